package check

import "testing"

// Rival values of fashion, sports, outdoor, hobby, office and household goods (rivalvalues.go,
// round 78), on names of no table: each kind's two values against each other, and controls
// where both names write one value or a word holds the value's letters only inside it.
func TestRivalGoodsValues(t *testing.T) {
	runNameCases(t, []nameCase{
		{"half against full finger gloves", "자전거 장갑 반장갑 여름용 / 블랙 M", "자전거 풀핑거 장갑 블랙 M", "block", "glovefinger", "반장갑", "풀핑거 장갑"},
		{"wide against narrow mouth", "트라이탄 물병 광구 1L / 그린", "트라이탄 물병 협구형 1L 그린", "block", "mouth", "광구", "협구형"},
		{"watercolour against oil colour pencils", "스테들러 수성색연필 / 24색", "스테들러 유성색연필 24색", "block", "pencilcore", "수성색연필", "유성색연필"},
		{"hot against cold pressed paper", "캔손 수채화지 300g 세목 / A4 10매", "캔손 수채화지 300g 중목 A4 10매", "block", "papergrain", "세목", "중목"},
		{"ruled against grid notebook", "몰스킨 클래식 라인노트 / 라지 블랙", "몰스킨 클래식 모눈노트 라지 블랙", "block", "ruling", "라인노트", "모눈노트"},
		{"firm ground against turf boots", "나이키 팬텀 GX 아카데미 FG 축구화 / 270", "나이키 팬텀 GX 아카데미 TF 270mm", "block", "studs", "FG", "TF"},
		{"self-inflating against air mat", "캠핑 자충매트 싱글 5cm / 카키", "캠핑 에어매트 싱글 5cm 카키", "block", "matkind", "자충매트", "에어매트"},
		{"tofu against bentonite litter", "고양이 두부모래 7L / 오리지널", "고양이 벤토나이트모래 7L 오리지널", "block", "litter", "두부모래", "벤토나이트모래"},
		{"clip-on against pierced earring", "진주 귀찌 골드 / 8mm", "진주 침귀걸이 골드 8mm", "block", "earring", "귀찌", "침귀걸이"},
		{"straight against wide jeans", "리바이스 남성 스트레이트 청바지 / 32", "리바이스 남성 와이드핏 청바지 32", "block", "fit", "스트레이트", "와이드핏"},
		{"same gloves both", "헬스장갑 반장갑 / 블랙 L", "헬스 하프핑거 장갑 블랙 L", "", "", "", ""},
		{"same mouth both", "날진 광구 물병 / 1L 블랙", "Nalgene 와이드마우스 1L 블랙", "", "", "", ""},
		{"same ruling both", "무지노트 A5 / 5권", "A5 블랭크노트 5권", "", "", "", ""},
		{"a straight hair iron stays a hair iron", "스트레이트 고데기 / 블랙", "스트레이트 고데기 블랙", "", "", "", ""},
	})
}

// The kinds round 78 adds are explained in Korean by their own names.
func TestRivalGoodsValuesExplained(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"트라이탄 물병 광구 1L / 그린", "트라이탄 물병 협구형 1L 그린", "입구 형태 광구 ↔ 협구형"},
		{"자전거 장갑 반장갑 여름용 / 블랙 M", "자전거 풀핑거 장갑 블랙 M", "장갑 손가락 반장갑 ↔ 풀핑거 장갑"},
	})
}

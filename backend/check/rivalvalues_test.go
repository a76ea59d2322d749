package check

import "testing"

// Two rival values of one attribute (rivalvalues.go), on names of no table: what a disc or a
// bit is for, a case's or a sheet's material, a book's edition and language, a lens, a filling
// and a battery one changes against one that charges. The controls keep words that only hold
// a value inside them (한글날, 변색방지, 편광판) and values both names write.
func TestRivalValues(t *testing.T) {
	runNameCases(t, []nameCase{
		{"iron against stainless disc", "마끼다 철용 연마석 4인치 / 10장", "마끼다 스텐용 연마석 4인치, 10장", "block", "workpiece", "철용", "스텐용"},
		{"iron against stainless bit", "디월트 철재용 드릴비트 5mm / 10개", "디월트 스테인리스용 드릴비트 5mm, 10개", "block", "workpiece", "철재용", "스테인리스용"},
		{"TPU against leather case", "아이폰15 TPU 케이스 / 투명", "아이폰15 가죽 케이스 투명", "block", "material", "TPU", "가죽"},
		{"acrylic against polycarbonate sheet", "투명 아크릴판 5T / 300x300mm", "투명 폴리카보네이트 5T 300x300mm", "block", "material", "아크릴판", "폴리카보네이트"},
		{"limited against regular edition", "원피스 100권 한정판 / 1권", "원피스 100 일반판, 1권", "block", "edition", "한정판", "일반판"},
		{"English against Korean book", "포켓몬 스티커북 / 영문", "포켓몬 스티커북 한글, 1권", "block", "language", "영문", "한글"},
		{"polarised against photochromic lens", "낚시 선글라스 편광 / 블랙", "낚시 선글라스 변색렌즈, 블랙", "block", "lens", "편광", "변색렌즈"},
		{"goose against duck down", "구스다운 이불 퀸 / 화이트", "덕다운 이불 퀸 화이트", "block", "fill", "구스다운", "덕다운"},
		{"battery changed against charged", "무선 마우스 배터리교체식 / 블랙", "무선 마우스 충전식 블랙", "block", "power", "배터리교체식", "충전식"},
		{"same fill both", "구스다운 베개 / 50x70", "구스다운 베개 50x70cm", "", "", "", ""},
		{"Hangul day is no language", "한글날 기념 티셔츠 / M", "한글날 티셔츠 M", "", "", "", ""},
		{"anti-tarnish is no lens", "변색방지 실버 목걸이 / 45cm", "실버 목걸이 변색방지 45cm", "", "", "", ""},
		{"same languages both", "한글 영문 자석 교구 / 세트", "한글 영문 자석 교구 세트", "", "", "", ""},
	})
}

// The kinds rivalvalues.go adds are explained in Korean by their own names.
func TestRivalValuesExplained(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"구스다운 이불 퀸 / 화이트", "덕다운 이불 퀸 화이트", "충전재 구스다운 ↔ 덕다운"},
		{"낚시 선글라스 편광 / 블랙", "낚시 선글라스 변색렌즈, 블랙", "렌즈 편광 ↔ 변색렌즈"},
		{"쏘렌토 MQ4 브레이크패드 / 리어", "쏘렌토 MQ4 프론트 브레이크패드, 1세트", "전면/후면 리어 ↔ 프론트"},
	})
}

// Front against rear (a value the option chooses among the sides its title lists) and dry
// against wet, on names of no table; 뒤 and 앞 only as whole words.
func TestRivalSides(t *testing.T) {
	runNameCases(t, []nameCase{
		{"rear against front pads", "쏘렌토 MQ4 브레이크패드 / 리어", "쏘렌토 MQ4 프론트 브레이크패드, 1세트", "block", "frontrear", "리어", "프론트"},
		{"rear against front in another script", "자전거 LED 라이트 / 뒤", "자전거 LED 라이트 프론트, 1개", "block", "frontrear", "뒤", "프론트"},
		{"the option chooses among the title's sides", "쏘나타 엠블럼 전면 후면 / 후면용", "쏘나타 전면 엠블럼", "block", "frontrear", "후면", "전면"},
		{"the option's side both write", "쏘나타 엠블럼 전면 후면 / 전면용", "쏘나타 전면 엠블럼", "", "", "", ""},
		{"dry against wet footbath", "족욕기 건식 원적외선 / 화이트", "습식 족욕기 화이트, 1개", "block", "wetdry", "건식", "습식"},
		{"a heel pad is no rear", "뒤꿈치 패드 / 2개", "뒤꿈치 패드 2개", "", "", "", ""},
		{"an apron is no front", "앞치마 방수 / 블랙", "방수 앞치마 블랙", "", "", "", ""},
		{"rear both", "리어 브레이크패드 / 1세트", "브레이크패드 뒤, 1세트", "", "", "", ""},
	})
}

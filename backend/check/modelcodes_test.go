package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestModelCodeLetters: a model code's letters: another letter ending, one more letter, the model
// inside the maker's full SKU, a code's letter x glued or hyphenated, a series' letters glued, a
// letter glued to a Hangul word (names of no table).
func TestModelCodeLetters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one number with another letter ending", "아스트록스 77D 배드민턴 라켓 / 4U5", "아스트록스 77S 배드민턴 라켓 4U5", order.Block, KindModel, "77D", "77S"},
		{"a letter ending against the bare number asks", "보네이도 서큘레이터 660 / 화이트", "보네이도 660DC 서큘레이터 화이트", order.Warn, KindModel, "660", "660DC"},
		{"a series' letters glued to a code", "다이와 스피닝릴 LT 2500-XH", "DAIWA 다이와 LT2500-XH 스피닝릴", "", "", "", ""},
		{"x before a hyphen and a digit starts a code", "타미야 에나멜 도료 / X-2 화이트 10ml", "타미야 에나멜 도료 XF-2 화이트 10ml", order.Warn, KindModel, "X-2", "XF-2"},
		{"one more model letter after a code's letters", "델 모니터 P2425H / 24인치", "델 모니터 P2425HE 24인치", order.Warn, KindModel, "P2425H", "P2425HE"},
		{"the model inside the maker's full SKU", "삼성 모니터 S24C310 / 24인치", "삼성전자 모니터 LS24C310EAKXKR 24인치", "", "", "", ""},
		{"a full SKU with its tail only", "삼성 충전기 EP-T2510 / 화이트", "삼성전자 EP-T2510NWKGKR 충전기 화이트", "", "", "", ""},
		{"another model inside a SKU still asks", "삼성 모니터 S24C310 / 24인치", "삼성전자 모니터 LS24C360EAKXKR 24인치", order.Warn, KindModel, "S24C310", "LS24C360EAKXKR"},
		{"x glued or hyphenated before a code", "니콘 쿨픽스 X100F / 블랙", "니콘 쿨픽스 X-100F 블랙", "", "", "", ""},
		{"another number after the x", "케어팟 가습기 X50V / 화이트", "케어팟 가습기 X70V 화이트", order.Block, KindModel, "X50V", "X70V"},
		{"the code without its letter ending", "케어팟 가습기 X50V / 화이트", "케어팟 가습기 X50 화이트", order.Warn, KindModel, "X50V", "X50"},
		{"vitamin C against vitamin D", "뉴트리원 비타민C 1000 / 200정", "뉴트리원 비타민D 1000 200정", order.Block, KindModel, "비타민C", "비타민D"},
		{"the same letter", "뉴트리원 비타민C 1000 / 200정", "NUTRIONE 뉴트리원 비타민C 1000mg 200정", "", "", "", ""},
		{"a letter on one side only is left to the other rules", "바스랩 비타민 샤워필터 / 3개", "바스랩 비타민C 샤워필터 3개", "", "", "", ""},
	})
}

// TestModelModifiers: a modifier after a model code or a line name (Ti, SUPER, XL, DIGITAL, AIR,
// Go, Edge, 사일런트) names another model, in either script; a modifier both names write, or one that
// describes the goods, does not (names of no table).
func TestModelModifiers(t *testing.T) {
	runNameCases(t, []nameCase{
		{"Ti after a model number", "이엠텍 지포스 RTX 3070 / 8GB", "이엠텍 지포스 RTX 3070 Ti 8GB", order.Block, KindModel, "3070", "3070 Ti"},
		{"SUPER after a model number", "MSI 지포스 RTX 2060 SUPER 벤투스 / 8GB", "MSI 지포스 RTX 2060 벤투스 8GB", order.Block, KindModel, "2060 SUPER", "2060"},
		{"a modifier after a Latin line name", "오클리 FLIGHT DECK 고글 / 블랙", "오클리 FLIGHT DECK XL 고글 블랙", order.Block, KindModel, "DECK", "DECK XL"},
		{"a modifier written in the other script", "딥쿨 AG400 쿨러 / 블랙", "DEEPCOOL AG400 모노 쿨러 블랙", order.Block, KindModel, "AG400", "AG400 모노"},
		{"DIGITAL written 디지털 on the other side", "딥쿨 AG400 DIGITAL 쿨러 / 블랙", "딥쿨 AG400 디지털 CPU쿨러 블랙", "", "", "", ""},
		{"a modifier both names write, glued on one", "미쉐린 파일럿 스포츠 EVO 4 / 245/40R18", "미쉐린 파일럿 스포츠 evo4 245/40 R18", "", "", "", ""},
		{"an air circulator is no Air model", "보네이도 서큘레이터 533 / 화이트", "Vornado 보네이도 533 에어 서큘레이터 흰색", "", "", "", ""},
		{"a silent edition after a code", "로지텍 무선 마우스 M240 / 그래파이트", "로지텍 무선 마우스 M240 사일런트 그래파이트", order.Block, KindModel, "M240", "M240 사일런트"},
		{"AIR in Latin letters after a code", "시디즈 의자 T40 / 블랙", "시디즈 의자 T40 AIR 블랙", order.Block, KindModel, "T40", "T40 AIR"},
		{"AIR after a name written 에어 on the other side", "LG gram AIR 노트북 / 16GB", "LG gram 에어 노트북 16GB", "", "", "", ""},
		{"Go after a Latin line name", "LG StanbyME / 27인치", "LG StanbyME Go 27인치", order.Block, KindModel, "StanbyME", "StanbyME Go"},
		{"Edge after a model number", "삼성 갤럭시 S25 / 256GB", "삼성 갤럭시 S25 엣지 256GB", order.Block, KindModel, "S25", "S25 엣지"},
		{"the modifier written by both", "삼성 갤럭시 S25 Edge / 256GB", "삼성 갤럭시 S25 엣지 256GB", "", "", "", ""},
	})
}

package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompareNamesMethod: the typed attributes, unit conversions, codes, grades and the
// script-independent word comparison, one case each, with the severity they get.
func TestCompareNamesMethod(t *testing.T) {
	tests := []nameCase{
		{"ounces are millilitres", "스탠리 퀜처 텀블러 / 30oz 크림", "STANLEY 스탠리 퀜처 887ml 크림", "", "", "", ""},
		{"40oz is not 30oz", "스탠리 퀜처 텀블러 / 30oz 크림", "스탠리 퀜처 1.18L 크림", order.Block, KindCapacity, "30oz", "1.18L"},
		{"a pound of butter", "앵커 무염버터 / 454g", "Anchor 앵커 무염 버터 1파운드", "", "", "", ""},
		{"a dozen is twelve", "스테들러 연필 / HB 1다스", "스테들러 연필 HB 12자루", "", "", "", ""},
		{"inches are millimetres", "보쉬 와이퍼 / 600mm", "BOSCH 보쉬 와이퍼 24인치", "", "", "", ""},
		{"22 inches are not 24", "불스원 와이퍼 / 22인치", "불스원 와이퍼 24인치", order.Block, KindLength, "22인치", "24인치"},
		{"a code with or without its hyphen", "디월트 드릴 DCD-791N / 본체", "DEWALT 디월트 DCD791N 드릴 본체", "", "", "", ""},
		{"a code split over words", "드롱기 커피머신 / ECAM22.110.B", "드롱기 ECAM 22.110.B 커피머신", "", "", "", ""},
		{"952 is not 952XL", "HP 952 정품 잉크 / 검정", "HP 정품잉크 952XL 대용량 검정", order.Block, KindModel, "952", "952XL"},
		{"V12 is not V15", "다이슨 V12 청소기", "다이슨 V15 청소기", order.Block, KindModel, "V12", "V15"},
		{"grade 1+ is not 1++", "한우 1+ 등급 등심 / 500g", "한우 1++등급 등심 500g", order.Block, KindGrade, "1+", "1++"},
		{"pencil 2B is not B", "스테들러 연필 / 2B 12자루", "스테들러 연필 B 12자루", order.Block, KindGrade, "2B", "B"},
		{"main and refill are two", "핸드워시 / 본품+리필", "핸드워시 본품 250ml", order.Block, KindCount, "2개", "1개(표기 없음)"},
		{"a part left out", "드릴 / 본체(배터리 미포함)", "드릴 본체 배터리 충전기 세트", order.Block, KindBundle, "배터리 미포함", "배터리"},
		{"Latin and Hangul brand", "디월트 드릴 드라이버 / 본체만", "DEWALT 드릴 드라이버 베어툴", "", "", "", ""},
		{"a loanword spelt two ways", "샤오미 밴드 / 미드나잇 블랙", "샤오미 밴드 미드나이트 블랙", "", "", "", ""},
		{"kimchi dumplings are not dumplings", "해태 고향만두 / 415g", "해태 고향 김치만두 415g", order.Block, KindFlavor, "", "김치만두"},
		{"large is not extra large", "생리대 / 대형 16개", "생리대 초대형 16개", order.Block, KindSize, "대형", "초대형"},
		{"another product word asks for a look", "코멧 수세미 / 10개", "코멧 고무장갑 10개", order.Warn, KindWord, "수세미", "고무장갑"},
		{"a count restated", "생리대 / 24개", "생리대 24개 (8매 x 3팩)", "", "", "", ""},
		{"1+1+1 is three", "샴푸 / 3개", "샴푸 1+1+1", "", "", "", ""},
		{"colours in three forms", "반팔티 / 블랙 L", "반팔티 검정 L", "", "", "", ""},
		{"a hyphenated word is a listed word", "충전 케이블 USB-C / 1m", "충전 케이블 8핀 1m", order.Block, KindPort, "USB-C", "8핀"},
		{"USB-C is C타입", "충전 케이블 USB-C / 1m", "충전 케이블 C타입 1m", "", "", "", ""},
		{"Wi-Fi is not cellular", "아이패드 에어 / 128GB Wi-Fi", "아이패드 에어 Wi-Fi+Cellular 128GB", order.Block, KindNetwork, "Wi-Fi", "Cellular"},
		// names of one thing the vocabulary knows, and compounds of them
		{"a blender is a mixer", "한일 블렌더 / 1.5L", "HANIL 한일 믹서기 1.5리터", "", "", "", ""},
		{"a compound written with synonyms", "일동 산양분유 / 800g", "일동 산양유아식 800g", "", "", "", ""},
		{"a word of a group written apart", "요즈리 합사 / 1호", "요즈리 PE 라인 1호", "", "", "", ""},
		{"an abbreviation of capitals", "보스 QC 이어버드 / 블랙", "BOSE QuietComfort 이어버드 블랙", "", "", "", ""},
		{"two spellings differ in tension only", "쌤소나이트 백팩 / 블랙", "샘소나이트 백팩 블랙", "", "", "", ""},
		{"aspiration makes another word", "하기스 기저귀 / 밴드형 4단계", "하기스 기저귀 팬티형 4단계", order.Warn, KindWord, "밴드형", "팬티형"},
		// a model code both names write says which product it is
		{"descriptions around a shared code", "오므론 자동 혈압계 HEM-7121 / 1개", "OMRON 오므론 HEM7121 상완식 혈압계", "", "", "", ""},
		{"but two known goods still differ", "레노버 노트북 82XM 파우치 / 14인치", "레노버 노트북 82XM 거치대 14인치", order.Warn, KindWord, "파우치", "거치대"},
		{"a region ending of a code", "위니아 제습기 DXAE160KR / 16L", "위니아 DXAE160 제습기 16리터", "", "", "", ""},
		{"Pro+ is 프로 플러스", "필립스 소닉케어 프로 플러스 / 1개", "PHILIPS 소닉케어 Pro+ 1개", "", "", "", ""},
		// counts only where they count
		{"X4 is a braid", "선라인 합사 / 2호 200m", "SUNLINE 선라인 X4 합사 2호 200m", "", "", "", ""},
		{"a grid is no count", "이케아 선반 / 3x3 화이트", "이케아 선반 3x3 화이트 1개", "", "", "", ""},
		{"3x3 is not 2x2", "이케아 선반 / 3x3 화이트", "이케아 선반 2x2 화이트", order.Block, KindCount, "9개", "4개"},
		{"a pair is two", "네오프렌 아령 / 3kg 2개", "네오프렌 아령 3kg 1쌍", "", "", "", ""},
		{"a supply against a pill count", "오메가3 / 3개월분", "오메가3 90캡슐", "", "", "", ""},
		// measures written another way
		{"ounces of sauce are a weight", "프랭크 핫소스 / 340g", "Frank's 핫소스 12oz", "", "", "", ""},
		{"a size with an assumed unit", "극세사 행주 / 30x30 5매", "극세사 행주 30 x 30cm 5장", "", "", "", ""},
		{"a total and its parts", "한돈 선물세트 / 삼겹살 목살 1kg", "한돈 선물세트 삼겹살 500g + 목살 500g", "", "", "", ""},
		// parts, variants and kinds of goods
		{"a part joined by a plus", "모윰 흡착 식판 / 핑크", "모윰 흡착 식판 + 포크 핑크", order.Block, KindBundle, "", "포크"},
		{"a flavour before a word of the other name", "농심 새우깡 / 90g", "농심 매운새우깡 90g", order.Block, KindFlavor, "새우깡", "매운새우깡"},
		{"a variant syllable before a word", "떡보의하루 꿀떡 / 20개", "떡보의하루 쑥꿀떡 20개", order.Warn, KindWord, "꿀떡", "쑥꿀떡"},
		{"whole beans are not ground", "테라로사 원두 / 200g 홀빈", "테라로사 원두 200g 분쇄", order.Block, KindGrind, "홀빈", "분쇄"},
		{"a refill is not the bottle", "다우니 섬유유연제 / 본품 1L", "다우니 섬유유연제 리필 1L", order.Block, KindRefill, "본품", "리필"},
		{"clear said on one side", "수납 리빙박스 / 40L 3개", "투명 수납 리빙박스 40L 3개", "", "", "", ""},
		{"the maker's letters before a code", "삼성 갤럭시 워치7 SM-L310 / 그린", "갤럭시 워치7 L310 그린", "", "", "", ""},
		{"option field names", "탑텐 맨투맨 / 곤색 L", "탑텐 맨투맨 색상: 네이비 사이즈: L", "", "", "", ""},
	}
	runNameCases(t, tests)
}

package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A listed value the catalogue writes between two words both names write, against one word
// nothing explains that the seller writes between the same two (valueslots.go), asks for a look.
func TestValueAgainstAWordInOnePlace(t *testing.T) {
	runNameCases(t, []nameCase{
		{"strong against sensitive toothpaste", "메디안 토탈 스트롱 치약 / 120g 2개", "메디안 토탈 센서티브 치약, 120g, 2개", order.Warn, attrSkin, "스트롱", "센서티브"},
		{"chunky against creamy", "피터팬 청키 땅콩버터 / 340g", "피터팬 크리미 땅콩버터, 340g, 1개", order.Warn, attrFinish, "청키", "크리미"},
		{"a waist apron against a long one", "린넨 앞치마 / 허리형 네이비", "린넨 앞치마 롱 네이비, 1개", order.Warn, attrCut, "허리형", "롱"},
		{"moisture against sensitive cream", "아토팜 모이스처 크림 / 200ml", "아토팜 센서티브 크림, 200ml, 1개", order.Warn, attrSkin, "모이스처", "센서티브"},
		{"the variant before the option", "도브 뷰티바 모이스처 / 90g 4개", "도브 뷰티바 센서티브, 90g, 4개", order.Warn, attrSkin, "모이스처", "센서티브"},
	})
}

// What the rule leaves: a use or an adjective against the value, a material, a colour or a
// flavour, a word that is the value in another language, a value in no shared place.
func TestValueAgainstAWordInOnePlaceGuards(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a use against the value", "폼텍 주소용 라벨 / 100매", "폼텍 레이저 라벨, 100매", "", "", "", ""},
		{"an adjective against the value", "플리츠 스커트 깔끔한 / M", "플리츠 스커트 롱, M", "", "", "", ""},
		{"mild against sensitive", "아기 순한 로션 / 300ml", "아기 센서티브 로션, 300ml", "", "", "", ""},
		{"a material is a description", "조지루시 스테인리스 텀블러 / 480ml", "조지루시 원터치 텀블러 480ml, 1개", "", "", "", ""},
		{"a colour is a description", "나이키 블랙 양말 / L", "나이키 스포츠 양말, L", "", "", "", ""},
		{"pearl in Korean and as a loanword", "비즈공예 진주 비즈 / 8mm", "비즈공예 펄 비즈 8mm, 1개", "", "", "", ""},
		{"the seller's value describes: cordless", "필립스 무선 면도기 / 1개", "필립스 전기 면도기, 1개", "", "", "", ""},
		{"the seller's value describes: bluetooth", "삼성 블루투스 이어폰 / 화이트", "삼성 갤럭시 이어폰 화이트", "", "", "", ""},
		{"the seller's value describes: round", "유아 원형 식판 / 핑크", "유아 실리콘 식판 핑크", "", "", "", ""},
		{"a flavour in the other language", "꽃샘 아카시아 벌꿀 / 1kg", "꽃샘 아카시아 허니 1kg, 1개", "", "", "", ""},
		{"a word added beside the value", "아토팜 크림 / 200ml", "아토팜 유아 센서티브 크림, 200ml, 1개", "", "", "", ""},
	})
}

func TestValueAgainstAWordInOnePlaceReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"메디안 토탈 스트롱 치약 / 120g 2개", "메디안 토탈 센서티브 치약, 120g, 2개", "피부 타입 스트롱 ↔ 센서티브"},
	})
}

// A catalogue writes whom the goods are for and how they connect (여성 러닝화, 무선 이어폰) of
// every line; the seller names the line in its place (review 42, names of no table).
func TestValueAgainstAWordInOnePlaceLineNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a shoe line against women's", "나이키 페가수스 러닝화 / 250", "나이키 여성 러닝화 250, 1개", "", "", "", ""},
		{"another shoe line against women's", "아디다스 울트라부스트 러닝화 / 240", "아디다스 여성 러닝화 240, 1개", "", "", "", ""},
		{"a membrane against men's", "블랙야크 고어텍스 등산화 / 260", "블랙야크 남성 등산화 260, 1개", "", "", "", ""},
		{"a sneaker line against women's", "휠라 디스럽터 운동화 / 240", "휠라 여성 운동화 240, 1개", "", "", "", ""},
		{"a gaming mouse against wireless", "로지텍 게이밍 마우스 G304", "로지텍 무선 마우스 G304, 1개", "", "", "", ""},
		{"a shaver line against wireless", "필립스 원블레이드 면도기", "필립스 무선 면도기, 1개", "", "", "", ""},
		{"an earphone line against wireless", "앤커 사운드코어 이어폰 / 블랙", "앤커 무선 이어폰 블랙, 1개", "", "", "", ""},
		{"a vacuum line against wireless", "샤오미 미지아 청소기", "샤오미 무선 청소기, 1개", "", "", "", ""},
		{"a skin type still warns", "메디안 토탈 스트롱 치약 / 120g 2개", "메디안 토탈 센서티브 치약, 120g, 2개", order.Warn, attrSkin, "스트롱", "센서티브"},
	})
}

// A catalogue writes a surface's finish (무광 텀블러, 매트 립스틱) of every line too; a texture
// (크리미 against 청키) still warns (review 42, names of no table).
func TestValueAgainstAWordInOnePlaceSurfaces(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tumbler line against matte", "스탠리 퀜처 텀블러 / 887ml", "스탠리 무광 텀블러 887ml, 1개", "", "", "", ""},
		{"a foundation line against matte", "에스티로더 더블웨어 파운데이션 / 30ml", "에스티로더 무광 파운데이션 30ml, 1개", "", "", "", ""},
		{"a tumbler series against matte", "락앤락 데일리 텀블러 / 500ml", "락앤락 무광 텀블러 500ml, 1개", "", "", "", ""},
		{"a lipstick line against matte", "맥 레트로 립스틱 / 루비우", "맥 매트 립스틱 루비우, 1개", "", "", "", ""},
		{"a texture still warns", "스키피 슈퍼청크 땅콩버터 / 462g", "스키피 크리미 땅콩버터 462g, 1개", order.Warn, attrFinish, "슈퍼청크", "크리미"},
	})
}

// 코드리스 (cordless) is wireless: against 유선 it blocks now that the value-in-place warning
// leaves connection values to the lexicon (review 42, names of no table).
func TestCordlessIsWireless(t *testing.T) {
	runNameCases(t, []nameCase{
		{"cordless against wired", "샤오미 코드리스 청소기 / 화이트", "샤오미 유선 청소기 화이트, 1개", order.Block, attrConnect, "코드리스", "유선"},
		{"cordless against wireless", "샤오미 코드리스 청소기 / 화이트", "샤오미 무선 청소기 화이트, 1개", "", "", "", ""},
		{"cordless in Latin against wired", "마끼다 cordless 드릴 / 18V", "마끼다 유선 드릴 18V, 1개", order.Block, attrConnect, "cordless", "유선"},
	})
}

package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFlavours: flavours: of the product part, inside a compound, as a degree (약간매운맛), joined by a
// particle (과, 와), named by a chocolate type, spaced two ways; another flavour or a flavour on one
// side still differs (names of no table).
func TestFlavours(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a flavour of the product part still counts", "농심 매운 새우깡 / 90g", "농심 새우깡 90g", order.Block, KindFlavor, "매운", ""},
		{"honey inside a compound", "동서 아카시아 벌꿀 / 500g", "동서 아카시아 허니 500g", "", "", "", ""},
		{"a flavour read from its parts is not explained by a sibling", "종가 맛김치 / 1.2kg", "종가 총각김치 1.2kg", order.Block, KindFlavor, "맛김치", ""},
		{"mildly spicy against spicy", "오뚜기 3분카레 / 약간매운맛 200g", "오뚜기 3분 카레 매운맛 200g", order.Block, KindFlavor, "약간매운맛", "매운맛"},
		{"mildly spicy written apart", "오뚜기 3분카레 / 약간매운맛 200g", "오뚜기 3분 카레 약간 매운맛 200g", "", "", "", ""},
		{"a slightly spicy is mildly spicy", "오뚜기 3분카레 / 약간매운맛 200g", "오뚜기 3분 카레 살짝매운맛 200g", "", "", "", ""},
		{"honey citron tea glued and apart", "담터 꿀유자차 / 1kg", "담터 꿀 유자차 1kg", "", "", "", ""},
		{"the honey on one side only", "담터 유자차 / 1kg", "담터 꿀 유자차 1kg", order.Block, KindFlavor, "유자차", "꿀"},
		{"a pepper flavour added", "프링글스 / 오리지널 110g", "프링글스 블랙페퍼 110g", order.Block, KindFlavor, "", "블랙페퍼"},
		{"cinnamon in Korean", "오트밀 쿠키 / 시나몬 200g", "오트밀 쿠키 계피 200g", "", "", "", ""},
		{"raspberry is 산딸기, not 딸기", "본마망 라즈베리 콩피츄르 / 370g", "본마망 산딸기 콩피츄르 370g", "", "", "", ""},
		{"팥 inside a word", "국산 팥빙수 / 500g", "국산 팥빙수 500g", "", "", "", ""},
		{"와 for an ampersand", "요거트 / 딸기&바나나 4개", "요거트 딸기와 바나나 4개", "", "", "", ""},
		{"과 after a final consonant", "쿠키 / 초콜릿+아몬드 200g", "쿠키 초콜릿과 아몬드 200g", "", "", "", ""},
		{"joined flavours still differ from others", "요거트 / 딸기&바나나 4개", "요거트 딸기와 블루베리 4개", order.Block, KindFlavor, "바나나", "블루베리"},
		{"과 after no final consonant is no particle", "제주 사과 / 3kg", "제주 사과 3kg", "", "", "", ""},
		{"dark chocolate named by its type", "가나 / 다크 70g", "가나 다크 초콜릿 70g", "", "", "", ""},
		{"a chocolate flavour of other goods still reads", "오레오 쿠키 / 오리지널 100g", "오레오 쿠키 초콜릿 100g", order.Block, KindFlavor, "", "초콜릿"},
		{"milk and dark chocolate still differ", "가나 / 밀크 70g", "가나 다크 초콜릿 70g", order.Warn, KindWord, "밀크", "다크"},
	})
}

package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFormWords: one-sided words of form, use and claim (밤, 인도어, 도금, 미백, 오일, 주스, 청) name another
// line; the same form glued or apart, the usual form of the goods and a description do not (names
// of no table).
func TestFormWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a balm of the same line", "클리니크 치크 팝 / 01 핑크", "클리니크 치크 팝 밤 01 핑크", order.Warn, KindForm, "", "밤"},
		{"an indoor formula", "힐스 사이언스다이어트 어덜트 / 2kg", "힐스 사이언스다이어트 인도어 어덜트 2kg", order.Warn, KindForm, "", "인도어"},
		{"indoor in either register", "힐스 사이언스다이어트 인도어 / 2kg", "힐스 사이언스다이어트 실내용 2kg", "", "", "", ""},
		{"an oil written apart is the oil of a compound", "폰타나 올리브 오일 / 500ml", "폰타나 올리브유 500ml", "", "", "", ""},
		{"the same form written glued", "아모스 헤어 오일 / 80ml", "아모스 헤어오일 80ml", "", "", "", ""},
		{"plated on one side", "제이에스티나 체인 목걸이 / 45cm", "제이에스티나 체인 목걸이 골드 도금 45cm", order.Warn, KindForm, "", "도금"},
		{"a whitening toothpaste", "페리오 치약 / 100g 3개", "페리오 미백 치약 100g 3개", order.Warn, KindForm, "", "미백"},
		{"an antibacterial board is a description", "해피콜 도마 / 대형", "해피콜 항균 도마 대형", "", "", "", ""},
		{"the claim on both sides", "페리오 미백 치약 / 100g", "페리오 치약 미백 100g", "", "", "", ""},
		{"strawberry milk is not strawberry juice", "빙그레 딸기우유 / 240ml", "빙그레 딸기 주스 240ml", order.Warn, KindForm, "딸기우유", "주스"},
		{"the same form written apart", "복음자리 딸기잼 / 500g", "복음자리 딸기 잼 500g", "", "", "", ""},
		{"tea written as 티", "담터 유자차 / 1kg", "담터 유자 티 1kg", "", "", "", ""},
		{"a citron tea is not a citron syrup", "담터 유자차 / 1kg", "담터 유자청 1kg", order.Warn, KindForm, "유자차", "유자청"},
		{"a spray of goods that are sprays", "페브리즈 섬유탈취제 / 370ml", "페브리즈 섬유탈취제 스프레이 370ml", "", "", "", ""},
		{"an oil of the same goods is still another form", "아모스 헤어 / 80ml", "아모스 헤어 오일 80ml", order.Warn, KindForm, "", "오일"},
	})
}

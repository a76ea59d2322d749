package check

import "testing"

// A listed variety glued before the goods' word (쇠고기탕수육 against 탕수육, the meat a dish is made
// of) names another variety than the other name's bare word, like a glued flavour (words.go
// compareVariants); the other name writing the variety glued to a word of its own is the same
// variety. Names of no table.
func TestGluedVarieties(t *testing.T) {
	runNameCases(t, []nameCase{
		{"pork buns against plain buns", "삼립 찐빵 / 5개입", "삼립 돼지고기찐빵 5개입", "block", "variety", "찐빵", "돼지고기찐빵"},
		{"chicken fried rice against fried rice", "국산 닭고기볶음밥 / 300g", "국산 볶음밥 300g, 1개", "block", "variety", "닭고기볶음밥", "볶음밥"},
		{"the variety written apart", "멸치육수 티백 / 20개", "멸치 육수 티백 20개", "", "", "", ""},
		{"the variety glued to another word", "굴무침 양념 / 500g", "굴젓 무침 양념 500g", "", "", "", ""},
	})
}

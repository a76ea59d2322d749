package check

import "testing"

// 납작 (flat) is a shape against 원형 (round): flat laces or cords are other goods than round ones
// (lexicon.go). Names of no table.
func TestFlatShape(t *testing.T) {
	runNameCases(t, []nameCase{
		{"flat against round laces", "운동화 끈 원형 / 120cm 화이트", "운동화 납작 끈 120cm, 화이트", "block", "shape", "원형", "납작"},
		{"flat on both sides", "면 납작 끈 / 100cm 블랙", "면 납작형 끈 100cm 블랙, 1개", "", "", "", ""},
	})
}

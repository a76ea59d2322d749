package check

// Colour names the trade writes with Sino-Korean colour syllables beside the Konglish ones: 황색
// is yellow (노랑), 흑갈색 a dark brown, 유백색 and 우유색 the same milky white. The shade
// syllables 연 (light) and 진 (dark) are read as 라이트 and 다크 by shadePrefixes, so 연회색 is
// 라이트그레이 and 진회색 다크그레이. 불투명 is a finish (see below).
var lexiconGroupsColourNames = []struct {
	kind  string
	words [][]string
}{
	{attrColor, [][]string{
		{"옐로우", "황색"},
		{"다크브라운", "흑갈색", "darkbrown"},
		{"유백색", "우유색", "밀키화이트", "milkywhite"},
	}},
	// 불투명 (opaque, the trade's 오페이크) is how the colour lets light through, not a colour:
	// read whole, it is not the clear 투명 written after a negation
	{attrFinish, [][]string{{"불투명", "오페이크", "opaque"}}},
}

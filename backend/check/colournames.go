package check

// Colour names the trade writes beside the Konglish ones: the Sino-Korean 황색 (노랑), 흑갈색 (a
// dark brown), 유백색 and 우유색 (one milky white), and the adjectives 빨간, 파란, 노란 and 하얀
// (빨간 장미 is 레드 장미; 검은 is left out: 검은콩 and 검은깨 are goods). The shade syllables 연
// (light) and 진 (dark) are read as 라이트 and 다크 by shadePrefixes, so 연회색 is 라이트그레이 and
// 진회색 다크그레이. 불투명 is a finish (see below).
var lexiconGroupsColourNames = []struct {
	kind  string
	words [][]string
}{
	{attrColor, [][]string{
		{"옐로우", "황색", "노란"}, {"레드", "빨간"}, {"블루", "파란"}, {"화이트", "하얀", "블랑", "blanc"},
		{"다크브라운", "흑갈색", "darkbrown"},
		{"유백색", "우유색", "밀키화이트", "milkywhite"},
	}},
	// 불투명 (opaque, the trade's 오페이크) is how the colour lets light through, not a colour:
	// read whole, it is not the clear 투명 written after a negation
	{attrFinish, [][]string{{"불투명", "오페이크", "opaque"}}},
}

// exactOnlyColourNames are this file's words read only as whole words: 블랑 inside a longer word
// is a name (몽블랑, 블랑쉬), not the French white.
var exactOnlyColourNames = map[string]bool{"블랑": true, "blanc": true}

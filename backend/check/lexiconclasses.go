package check

// lexiconGroups7 are attribute classes read by buildLexicon after lexiconGroups6: colours written
// as adjectives, the colour temperature of a lamp, metals and the formats of a record. A group
// whose first word is a value already listed adds spellings to it.
var lexiconGroups7 = []struct {
	kind  string
	words [][]string
}{
	// colours written as adjectives before 색 (하얀색, 까만색) and the colours of a martial-arts
	// belt written as one word with 띠 (노란띠 is a yellow belt: the colour names the goods)
	{attrColor, [][]string{
		{"화이트", "하얀색", "새하얀", "흰띠", "하얀띠"}, {"블랙", "까만색", "까망", "검은띠", "검정띠", "까만띠"},
		{"옐로우", "샛노란", "노란띠"}, {"레드", "빨강색", "새빨간", "빨간띠"}, {"블루", "파랑색", "파란띠"},
		{"그린", "초록띠"}, {"브라운", "밤색", "갈색띠", "밤띠"}, {"퍼플", "보라띠"}, {"핑크", "분홍띠"},
	}},
	// the colour temperature of a lamp or a string of lights, in the words of both registers
	// (전구색 is a warm white, 주광색 a daylight white)
	{attrVariety, [][]string{
		{"전구색", "웜화이트", "warmwhite", "웜톤", "웜라이트"}, {"주광색", "쿨화이트", "coolwhite", "데이라이트", "daylight"},
		{"주백색", "내추럴화이트", "뉴트럴화이트", "naturalwhite"},
	}},
	// metals a fastener, a hinge or a tool is made of beside stainless steel and brass (not
	// 아이언 or iron, a golf club and a clothes iron; 철 and 아연 only as whole words: exactOnly7)
	{attrMaterial, [][]string{
		{"철", "철제"}, {"아연도금", "아연", "galvanized"}, {"니켈", "nickel", "니켈도금"}, {"크롬도금"},
	}},
	// the format of a film or a record: a DVD is not a Blu-ray
	{attrVariety, [][]string{
		{"블루레이", "bluray", "blu-ray", "블루레이디스크"}, {"dvd", "디브이디"},
		{"cd", "씨디"}, {"카세트테이프", "카세트", "cassette"},
	}},
}

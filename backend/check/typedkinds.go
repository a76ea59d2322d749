package check

// Attribute kinds a seller's goods vary by that a name states as one value of a closed set: the
// language of a book, toy or game edition, the side of the car's steering wheel, and more ways of
// writing a screen's resolution. Each is compared only when both names state a value (one name
// alone saying 한국어 or 4K is wording), so only two values that conflict hold the box.

const (
	attrLanguage = "language" // 한국어판 / 영어판: the language of a book, toy, game or keyboard
	attrDrive    = "drive"    // 좌핸들 (LHD) / 우핸들 (RHD): the steering side of a car or model car

	attrOrigin = "origin" // 국산 / 중국산 / 호주산: where farm, meat and fish goods come from

	KindLanguage = attrLanguage
	KindOrigin   = attrOrigin
	KindDrive    = attrDrive
)

// lexiconGroupsTyped are the value sets of those kinds (read by buildLexicon after the other
// groups), each the common spellings of one value in Hangul, Latin and loanwords.
var lexiconGroupsTyped = []struct {
	kind  string
	words [][]string
}{
	{attrLanguage, [][]string{
		{"한국어", "한국어판", "한국어버전", "한글판", "한글버전", "국문판", "korean"},
		{"영어", "영어판", "영어버전", "영문판", "영문버전", "english"},
		{"일본어", "일본어판", "일어판", "일본어버전", "japanese"},
		{"중국어", "중국어판", "중문판", "중국어버전", "chinese"},
	}},
	{attrDrive, [][]string{
		{"좌핸들", "왼쪽핸들", "lhd"}, {"우핸들", "오른쪽핸들", "rhd"},
	}},
	// countries of origin as food and farm listings write them; not 수입산 or 외국산 (any
	// country but this one) nor a country's bare name (a brand's or a style's as often)
	{attrOrigin, [][]string{
		{"국산", "국내산", "한국산", "국내생산", "국내제조"}, {"중국산", "중국제조"}, {"미국산"}, {"호주산"}, {"칠레산"},
		{"뉴질랜드산"}, {"베트남산"}, {"일본산"}, {"캐나다산"}, {"스페인산"}, {"멕시코산"}, {"브라질산"}, {"태국산"},
		{"러시아산"}, {"노르웨이산"}, {"페루산"}, {"인도산"}, {"이탈리아산"}, {"프랑스산"}, {"독일산"},
	}},
	// a bundle is the goods sold with more (a game, an accessory): a set against 단품
	{attrPackage, [][]string{{"풀세트", "번들", "bundle", "번들팩"}}},
	// resolutions by their other common names (4K is UHD, 1080p is FHD) and plain HD
	{attrScreen, [][]string{
		{"uhd", "4k", "2160p"}, {"fhd", "1080p"}, {"qhd", "1440p"}, {"hd", "720p"}, {"8k", "4320p"},
	}},
}

// resolutionCode reads a code that is a resolution (4K, 8K, 2160p): a screen attribute besides
// the code it is.
func resolutionCode(code string) (attribute, bool) {
	if len(code) < 2 || len(code) > 5 || !isDigit(code[0]) || code[len(code)-1] != 'k' && code[len(code)-1] != 'p' {
		return attribute{}, false
	}
	a, ok := lookupListed(code)
	return a, ok && a.kind == attrScreen
}

// isResolution reports whether a code is a resolution (4K, 1080p): its number is the screen's,
// never a bare number the other name writes (1:4 against 1:2 in two splitters that both carry
// 4K are two port counts).
func isResolution(code string) bool {
	_, ok := resolutionCode(code)
	return ok
}

package check

// Value sets of goods' kinds that the other lists leave out, each a fact of the trade's language:
// the synonyms of one value, and the values a seller's option chooses between.
var lexiconGroupsGoodsValues = []struct {
	kind  string
	words [][]string
}{
	// sleeve length in its Sino-Korean words (반소매 is 반팔, 긴소매 is 긴팔)
	{attrSleeve, [][]string{
		{"반팔", "숏슬리브", "반소매"}, {"긴팔", "롱슬리브", "긴소매"},
	}},
	// a boot's shaft: a long boot is not a short (ankle-high) one
	{attrCut, [][]string{
		{"롱", "롱부츠", "톨", "톨부츠", "tall"}, {"숏", "숏부츠", "쇼트부츠"},
	}},
	// an inverter's output wave: a pure sine wave against a modified (stepped) one
	{attrVariety, [][]string{
		{"정현파", "순수정현파", "순정현파", "사인파", "순수사인파", "puresine"},
		{"유사정현파", "수정정현파", "유사사인파", "수정사인파", "modifiedsine"},
	}},
	// polypropylene is a plastic: PP against glass or steel is another material
	{attrMaterial, [][]string{
		{"플라스틱", "plastic", "pp", "폴리프로필렌"},
	}},
	// loanword spellings of one flavour
	{attrFlavor, [][]string{
		{"데리야끼", "데리야키", "teriyaki"},
	}},
}

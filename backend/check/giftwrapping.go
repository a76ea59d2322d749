package check

// A gift box, a gift bag or a wrapping joined to the goods by a plus (반지갑 / 블랙+선물박스,
// 텀블러+기프트박스) is how the goods are handed over, not a part sold with them: a name that
// leaves it out sells the same goods. (쇼핑백 and 선물포장 are stop words already; these are the
// box and bag words that also name goods of their own, so they are read so only after a plus.)

// giftWrappings are the words that name a gift's box, bag or wrapping.
var giftWrappings = map[string]bool{
	"선물박스": true, "선물상자": true, "기프트박스": true, "giftbox": true, "선물케이스": true, "선물봉투": true,
	"선물백": true, "기프트백": true, "포장박스": true, "선물포장박스": true, "보자기포장": true,
}

// giftWrapping reports whether the word t names a gift's box, bag or wrapping.
func giftWrapping(t *token) bool {
	return giftWrappings[t.text] || t.raw != "" && giftWrappings[t.raw]
}

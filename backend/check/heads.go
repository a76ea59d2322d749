package check

// Short loanwords name a thing as the last part of a compound far more surely than alone: 볼 alone
// is a ball, a bowl or a cheek, and 백 a bag, a hundred or a back, so the loanword lexicon leaves
// them out; but 볼링볼 is the 볼링공, 샐러드볼 the 샐러드 그릇, 비닐백 the 비닐봉투. After a first part
// both words share, these heads name the same thing as their native word.

// compoundHeads pairs a loanword head with the native heads it stands for; read both ways.
var compoundHeads = map[string][]string{
	"볼":  {"공", "그릇"},
	"백":  {"봉투", "가방"},
	"컵":  {"잔"},
	"박스": {"상자"},
	"캡":  {"뚜껑", "모자"},
	"벨트": {"띠"},
	"링":  {"고리"},
	"스틱": {"막대"},
	"매트": {"깔개"},
}

// sameHead reports whether a and b, the last parts of two compounds after a first part both
// share, are a loanword head and its native word.
func sameHead(a, b string) bool {
	for _, pair := range [2][2]string{{a, b}, {b, a}} {
		for _, n := range compoundHeads[pair[0]] {
			if n == pair[1] {
				return true
			}
		}
	}
	return false
}

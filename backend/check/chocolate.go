package check

// chocolateTypes are the words that say which chocolate a bar or a sweet is made of (밀크 초콜릿,
// 다크 초콜릿): after one of them 초콜릿 names the goods, not a chocolate flavour of them.
var chocolateTypes = map[string]bool{
	"밀크": true, "milk": true, "다크": true, "dark": true, "화이트": true, "white": true, "루비": true, "ruby": true,
	"비터스위트": true, "세미스위트": true, "엑스트라다크": true,
}

// chocolateGoods reports whether fs, the flavours one name says alone, are a chocolate written
// right after a chocolate type (린도르 밀크 초콜릿 against 린도르 밀크): the goods' own name.
func chocolateGoods(fs []fact, rd *reading) bool {
	if len(fs) != 1 || fs[0].key != "초코" {
		return false
	}
	i := tokenAt(rd, fs[0].sp)
	return i > 0 && rd.toks[i-1].kind == tWord && chocolateTypes[rd.toks[i-1].text] && adjacentWords(rd, i-1)
}

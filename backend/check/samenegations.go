package check

// A name says a part is not in the box in several words (미포함, 불포함, 별매, 별도, 제외, 없음:
// negations, codes.go); a seller and the catalogue often pick different ones for the same part
// (배터리 미포함 / 배터리 별매). Two of them after the same word are one statement, not two
// words nothing explains.

// sameNegation reports whether the word w of rd, at token t, is a negation that other writes
// with a negation of its own after the same word.
func sameNegation(w string, t *token, rd, other *reading) bool {
	if t == nil || !negationEnding(w) || !negations[w] {
		return false
	}
	part := ""
	for i := 1; i < len(rd.toks); i++ {
		if &rd.toks[i] == t {
			part = rd.toks[i-1].text
			break
		}
	}
	if part == "" {
		return false
	}
	for i := 1; i < len(other.toks); i++ {
		if u := &other.toks[i]; u.kind == tWord && negations[u.text] && other.toks[i-1].text == part {
			return true
		}
	}
	return false
}

package check

// Initials. Goods engraved or shaped with a letter (이니셜 각인 커프스, 크록스 지비츠 알파벳, 실링
// 스탬프 이니셜) are sold one letter each: where a name says so (이니셜, 알파벳, letter, 레터), a Latin
// letter written alone in each name is the letter chosen, however else it could be read (M, S and
// L are sizes elsewhere), and two names writing no letter in common are other goods.

// initialWords are the words that say the goods carry a letter of the buyer's choice.
var initialWords = map[string]bool{"이니셜": true, "알파벳": true, "레터": true, "letter": true, "initial": true, "alphabet": true}

var initialSigs = sigSetOf("이니셜", "알파벳", "레터", "etter", "ETTER", "nitial", "NITIAL", "lphabet", "LPHABET")

// compareInitials blocks two names that each write a letter alone and none in common where one
// of them says its goods carry a letter.
func compareInitials(r, e *reading, diffs []Difference) []Difference {
	if !r.says.mayWriteSome(&initialSigs) && !e.says.mayWriteSome(&initialSigs) {
		return diffs
	}
	if !r.writesInitialWord() && !e.writesInitialWord() {
		return diffs
	}
	var rb, eb [4]fact
	rl, el := r.loneLetters(rb[:0]), e.loneLetters(eb[:0])
	if len(rl) == 0 || len(el) == 0 {
		return diffs
	}
	for i := range rl {
		for j := range el {
			if rl[i].key == el[j].key {
				return diffs
			}
		}
	}
	return append(diffs, difference(KindInitial, nil, nil, rl, el))
}

// writesInitialWord reports whether rd writes a word of initialWords.
func (rd *reading) writesInitialWord() bool {
	for i := range rd.toks {
		// every initial word is 6 to 9 bytes long: the length is tested before the map is read
		if t := &rd.toks[i]; t.kind == tWord && (initialLen(t.text) && initialWords[t.text] || initialLen(t.raw) && initialWords[t.raw]) {
			return true
		}
	}
	return false
}

// initialLen reports whether a word of n bytes may be one of initialWords (레터 to 이니셜).
func initialLen(w string) bool { return len(w) >= 6 && len(w) <= 9 }

// loneLetters appends the Latin letters rd writes alone (a token of one letter) to fs.
func (rd *reading) loneLetters(fs []fact) []fact {
	for i := range rd.toks {
		t := &rd.toks[i]
		if (t.kind != tWord && t.kind != tSize) || t.sp.End-t.sp.Start != 1 {
			continue
		}
		c := rd.name[t.sp.Start]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			continue
		}
		fs = addFact(fs, string(c), 0, rd.name, t.sp)
	}
	return fs
}

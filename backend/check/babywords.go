package check

// A children's line said on one side only (유아용 미니 수영장) is other goods than the plain one,
// unless the other name says the goods are a baby's in a plain noun of its own (아기 볼풀 겸용 미니
// 풀): 아기 is no listed target, as it names the child, not a line, but it says the same
// children's goods. (베이비 is left out: 그린핑거 베이비 against 그린핑거 키즈 are two lines.)

// babyWords are the plain nouns that name a baby.
var babyWords = map[string]bool{"아기": true, "아가": true, "신생아": true, "영아": true}

// writesBaby reports whether rd writes a word that names a baby.
func (rd *reading) writesBaby() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && babyWords[t.text] {
			return true
		}
	}
	return false
}

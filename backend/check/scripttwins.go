package check

// A name often writes a brand or a line in Hangul and at once in Latin letters (몰스킨 MOLESKINE,
// 스탠리 STANLEY): the two words are one name written twice. A value the lexicon reads in the
// Hangul word (몰스킨 ends as 스킨, the toner) is no value there when the other name writes the
// Latin twin: that name writes the same brand, and the Hangul word is only its sound.

// twinBeside is the Latin word written right before or after rd's Hangul word at sp when the two
// sound as one name (three consonants or more), or "".
func (rd *reading) twinBeside(sp Span) string {
	i := tokenAt(rd, sp)
	if i < 0 || rd.toks[i].kind != tWord || latinWord(rd.toks[i].text) {
		return ""
	}
	for _, j := range [2]int{i + 1, i - 1} {
		if j < 0 || j >= len(rd.toks) {
			continue
		}
		if t := &rd.toks[j]; t.kind == tWord && latinWord(t.text) && len(t.text) >= 4 && brandSoundsAlike(rd.toks[i].text, t.text) {
			return t.text
		}
	}
	return ""
}

// twinWrittenBy reports whether the Hangul word of f has a Latin twin beside it in shared that
// other writes too.
func twinWrittenBy(f fact, other, shared *reading) bool {
	twin := shared.twinBeside(f.sp)
	return twin != "" && other.writesWord(twin)
}

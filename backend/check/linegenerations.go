package check

// A line's tier or variant followed by a number is the line's generation as much as a plain word
// is (타임모어 블랙미러 베이직 2, 버즈 프로 2): compareGenerations reads the number after such a
// listed value too.

// lineValue reports whether every listed value rd reads from the word t is a tier or a variant
// of a line (베이직, 프로, 라이트).
func (rd *reading) lineValue(t *token) bool {
	n := 0
	for i := range rd.attrs {
		f := &rd.attrs[i]
		if f.sp.Start != t.sp.Start {
			continue
		}
		if f.kind != attrTier && f.kind != attrVariant {
			return false
		}
		n++
	}
	return n > 0
}

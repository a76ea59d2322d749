package check

// A range of codes or values is written with a hyphen or a tilde alike: T10-T50 and T10~T50 (the
// sizes of a set of Torx keys), M3-M8 and M3~M8 (the taps a tap handle holds), 20-30mmHg and
// 20~30mmHg (a compression class). The hyphen glues the two ends into one code; the tilde leaves
// them apart, so one name read one code and the other two, and the other's end stood against
// the whole range. When one name writes a range with a tilde whose two ends, joined, are a code
// the other name writes, the range is read as that one code.

// readTildeRanges reads rd's ranges written with a tilde as the code other writes with a hyphen.
func (rd *reading) readTildeRanges(other *reading) {
	if len(other.models) == 0 {
		return
	}
	for i := 0; i+2 < len(rd.toks); i++ {
		a, tilde, b := &rd.toks[i], &rd.toks[i+1], &rd.toks[i+2]
		if tilde.kind != tBreak || tilde.text != "~" || b.kind != tModel || a.kind != tModel && a.kind != tNumber {
			continue
		}
		from, to := codeKey(b.text), codeKey(a.text)+codeKey(b.text)
		if !other.hasModel(to) {
			continue
		}
		rd.renameModel(from, to, Span{a.sp.Start, b.sp.End})
		if a.kind == tModel {
			rd.dropModel(codeKey(a.text))
		} else {
			rd.dropNumberAt(a.sp)
		}
	}
}

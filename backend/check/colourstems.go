package check

import "strings"

// writesColourStems reports whether rd writes, as a word of its own, the stem of each colour of
// fs that is written with the suffix 색 (청백 for 청백색, 연두 for 연두색): the same colour, the
// suffix left out.
func (rd *reading) writesColourStems(fs []fact) bool {
	for _, f := range fs {
		stem, ok := strings.CutSuffix(f.word, "색")
		if !ok || len(stem) < 3 || !rd.writesStem(stem) {
			return false
		}
	}
	return len(fs) > 0
}

// writesStem reports whether rd writes w as a word.
func (rd *reading) writesStem(w string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (t.text == w || t.raw == w) {
			return true
		}
	}
	return false
}

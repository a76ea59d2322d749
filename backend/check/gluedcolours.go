package check

import (
	"strings"
	"unicode/utf8"
)

// A colour word is also the first part of the names of goods that are of that colour by what
// they are (투명우산, 클리어화일, 흰웨스): one name writes the colour as a word of its own
// (투명 장우산, 클리어 파일, 면웨스 흰색) where the other writes it glued to the goods. The
// colour one name states and the other writes only inside the goods' name is that name's
// colour written another way, not a colour the other name leaves out or contradicts.

// gluedColours leaves out the colour facts of fs (read from one name) whose word, or its stem
// before 색 (흰 of 흰색), other writes as the start of a longer word that names no colour. It
// reads only the colours left over after every other colour reading, so a colour the other
// name also writes as a word of its own has been paired already.
func gluedColours(fs []fact, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if f.word == "" || !other.writesColourGlued(f.word) {
			out = append(out, f)
		}
	}
	return out
}

// writesColourGlued reports whether rd writes the colour word w, or its stem before 색, as the
// start of a longer word that is not read as an attribute (투명우산, 흰웨스), the rest of it two
// syllables or more.
func (rd *reading) writesColourGlued(w string) bool {
	stem := w
	if s, ok := strings.CutSuffix(w, "색"); ok && utf8.RuneCountInString(s) >= 1 {
		stem = s
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || t.attr || len(t.text) <= len(stem) {
			continue
		}
		for _, p := range [2]string{w, stem} {
			if rest, ok := strings.CutPrefix(t.text, p); ok && utf8.RuneCountInString(rest) >= 2 {
				return true
			}
		}
	}
	return false
}

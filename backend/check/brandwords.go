package check

import (
	"strings"
	"unicode/utf8"
)

// brandWords leaves out the colours of fs, read from rd, that are the first Latin word of a
// name written in Latin words apart which the other name writes as one Hangul word (CAMEL MOUNT
// against 카멜마운트, GOLD STAR against 골드스타): a brand or a line, not the goods' colour.
func brandWords(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !latinNameStart(f, rd, other) {
			out = append(out, f)
		}
	}
	return out
}

func latinNameStart(f fact, rd, other *reading) bool {
	i := tokenAt(rd, f.sp)
	if i < 0 || i+1 >= len(rd.toks) {
		return false
	}
	t, u := &rd.toks[i], &rd.toks[i+1]
	if t.kind != tWord || u.kind != tWord || t.text == "" || u.text == "" || t.text[0] >= 0x80 || u.text[0] >= 0x80 || !adjacentWords(rd, i) {
		return false
	}
	var k, ko soundKey
	soundOf(&k, t.text)
	appendSound(&k, u.text)
	wk := k.key()
	if consonants(wk) < 4 {
		return false
	}
	for j := range other.toks {
		o := &other.toks[j]
		if o.kind != tWord || o.text == "" || o.text[0] < 0x80 || utf8.RuneCountInString(o.text) < 4 {
			continue
		}
		soundOf(&ko, o.text)
		if soundsAlike(wk, ko.key()) {
			return true
		}
	}
	return false
}

// startsAlike reports whether other starts with what rd writes at sp, the start of rd (3M at the
// start of both names is the brand, however it reads).
func startsAlike(rd, other *reading, sp Span) bool {
	w := rd.name[sp.Start:sp.End]
	return len(other.name) > len(w) && strings.EqualFold(other.name[:len(w)], w) && spaceByte(other.name[len(w)])
}

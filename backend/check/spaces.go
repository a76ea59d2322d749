package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Spaces as a name may write them. A name pasted from a spreadsheet or typed twice over may
// separate its words by a tab, a line break, two spaces or a no-break space; the rules read a name
// whose words are separated by one space, so a name is read with each run of spaces written as
// one space and no space at either end, and the spans of its differences are mapped back to the
// name as written.

// spacedName is a name with its spaces written as one space each: text, and where each byte of
// text and its end lie in the name as written (nil when text is the name as written).
type spacedName struct {
	text string
	pos  []int32
}

// irregularSpaces reports whether s writes a space other than one ' ' between two words.
func irregularSpaces(s string) bool {
	if len(s) == 0 {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true // a space at either end
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !spaceLeads[c] {
			continue // most bytes: no space starts with them, and none is inside a space's runes
		}
		switch {
		case c == ' ':
			if s[i+1] == ' ' { // not the last byte: that is no space
				return true
			}
		case c < utf8.RuneSelf:
			return true // a tab, a line break
		default:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// spaceLeads marks the bytes a space can start with: the ASCII spaces (spaceByte) and the first
// bytes of the spaces outside ASCII (0xC2: U+0085, U+00A0; 0xE1–0xE3: U+1680, U+2000–U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000). TestSpaceLeads holds it against unicode.IsSpace.
var spaceLeads = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// oneSpaced writes each run of spaces of s as one space, without a space at either end. pos is
// reused for the byte positions.
func oneSpaced(s string, pos []int32) spacedName {
	if !irregularSpaces(s) {
		return spacedName{text: s}
	}
	var b strings.Builder
	b.Grow(len(s))
	pos = pos[:0]
	space := false // a run of spaces waits to be written
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if !space && b.Len() > 0 {
				space = true
				pos = append(pos, int32(i))
			}
			i += n
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		for k := 0; k < n; k++ {
			pos = append(pos, int32(i+k))
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	if space { // the run of spaces at the end is left out
		pos = pos[:len(pos)-1]
	}
	end := 0 // the end of the text's last byte as written
	if len(pos) > 0 {
		end = int(pos[len(pos)-1]) + 1
	}
	pos = append(pos, int32(end))
	return spacedName{text: b.String(), pos: pos}
}

// span maps a span of n.text to the name as written.
func (n spacedName) span(sp Span) Span {
	if n.pos == nil {
		return sp
	}
	start := int(n.pos[sp.Start])
	if sp.End <= sp.Start {
		return Span{start, start}
	}
	last := sp.End - 1
	end := int(n.pos[last]) + 1 // a byte other than a space is written as it was
	if n.text[last] == ' ' {
		end = int(n.pos[sp.End]) // a span that ends in a space ends where the run of spaces ends
	}
	return Span{start, end}
}

// spans maps spans of n.text to the name as written, in a new slice.
func (n spacedName) spans(sps []Span) []Span {
	if n.pos == nil || len(sps) == 0 {
		return sps
	}
	out := make([]Span, len(sps))
	for i, sp := range sps {
		out[i] = n.span(sp)
	}
	return out
}

// prefixedApart reports whether the word j of rd comes right after the word prefix, written
// apart (비 글로우): the name writes the prefixed word with a space, not the bare word.
func prefixedApart(rd *reading, j int, prefix string) bool {
	if j == 0 {
		return false
	}
	p := &rd.toks[j-1]
	return p.kind == tWord && p.text == prefix && p.sp.End <= rd.toks[j].sp.Start &&
		strings.TrimSpace(rd.name[p.sp.End:rd.toks[j].sp.Start]) == ""
}

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
	prevSpace := true // a space at the start
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return true
				}
				prevSpace = true
			} else if spaceByte(c) {
				return true
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		prevSpace = false
		if c != 0xC2 && (c < 0xE1 || c > 0xE3) { // no space outside ASCII starts with another byte
			switch {
			case c >= 0xE4 && c <= 0xEF && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
				i += 3 // a Hangul syllable, or another rune of three bytes
			default:
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return true
		}
		i += n
	}
	return prevSpace && len(s) > 0 // a space at the end
}

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

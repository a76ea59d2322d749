package check

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Span is a byte range [Start, End) in an original, unnormalised name, for highlighting.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// folded is a name brought to one comparable form: width folded (ＡＢ１２ → AB12, ｶﾞ → ガ),
// NFKC (compatibility forms such as ㎏, ㎖, ℓ, ㏄ and ① become plain text), lower case. Every
// rune remembers the span of the original bytes it came from.
type folded struct {
	runes []rune
	src   []Span
}

// fold normalises name rune by rune, keeping for each resulting rune its original byte span.
func fold(name string) folded {
	// Fast path: printable ASCII needs only lower-casing.
	ascii := true
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	out := folded{runes: make([]rune, 0, len(name)), src: make([]Span, 0, len(name))}
	if ascii {
		for i := 0; i < len(name); i++ {
			c := rune(name[i])
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out.runes = append(out.runes, c)
			out.src = append(out.src, Span{i, i + 1})
		}
		return out
	}

	// Width folding maps one rune to one rune, so original offsets survive it.
	buf := make([]byte, 0, len(name)+8)
	origAt := make([]int, 0, len(name)+9) // original offset of each byte of buf
	for i, r := range name {
		if f := width.LookupRune(r).Folded(); f != 0 {
			r = f
		}
		switch r { // spacing (half-width) voiced marks → combining marks, so NFKC composes them
		case '\u309B':
			r = '\u3099'
		case '\u309C':
			r = '\u309A'
		}
		n := len(buf)
		buf = utf8.AppendRune(buf, r)
		for range len(buf) - n {
			origAt = append(origAt, i)
		}
	}
	origAt = append(origAt, len(name))

	var it norm.Iter
	it.Init(norm.NFKC, buf)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		sp := Span{origAt[start], origAt[end]}
		for len(seg) > 0 {
			r, n := utf8.DecodeRune(seg)
			seg = seg[n:]
			out.runes = append(out.runes, unicode.ToLower(r))
			out.src = append(out.src, sp)
		}
	}
	return out
}

// span is the original byte span of the folded runes [i, j).
func (f *folded) span(i, j int) Span {
	if i >= j || i >= len(f.src) {
		return Span{}
	}
	return Span{f.src[i].Start, f.src[j-1].End}
}

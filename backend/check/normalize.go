package check

import (
	"encoding/binary"
	"strings"
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
	rs   []frune
	text string // the folded runes as a string
	end  int    // len(text)

	ungated bool // refine runs every pass whatever the token kinds (a test's switch)

	says nameSig // the syllables and letters the name writes (nameSig)
}

// frune is one folded rune: the rune, its class, its byte offset in the folded text and the
// original bytes it came from.
type frune struct {
	r          rune
	c          runeClass
	off        int32
	start, end int32
}

// sub is the folded text of runes [i, j), without allocating.
func (f *folded) sub(i, j int) string { return f.text[f.offset(i):f.offset(j)] }

func (f *folded) offset(i int) int {
	if i >= len(f.rs) {
		return f.end
	}
	return int(f.rs[i].off)
}

// fold normalises name rune by rune, keeping for each resulting rune its original byte span.
func fold(name string) folded {
	var f folded
	foldInto(&f, name)
	return f
}

// foldInto is fold reusing out's buffer.
func foldInto(out *folded, name string) {
	// Fast path: ASCII and precomposed Hangul syllables are already folded, NFKC and
	// width-wise; they only need lower-casing. Most names are nothing else.
	// A name has at most as many runes as bytes: the buffer grows to the byte count, without
	// counting the runes (the runtime decodes each syllable through a call), so a reused buffer
	// grows to the longest name's bytes and stays there.
	if cap(out.rs) < len(name)+2 {
		out.rs = make([]frune, 0, len(name)+2)
	}
	rs := out.rs[:cap(out.rs)] // room for every rune: written by index
	k := 0
	simple, upper := true, false
	var sig nameSig // what the name writes, for the rules' first tests (nameSig)
	for i := 0; i < len(name); {
		var r rune
		var c runeClass
		n := 1
		if b := name[i]; b < utf8.RuneSelf {
			r = rune(b)
			sig.ascii[b>>6] |= 1 << (b & 63)
			if b >= 'A' && b <= 'Z' {
				r += 'a' - 'A'
				upper = true
			}
			c = classOf(r)
		} else if r, n = hangulSyllable(name[i:]); n == 0 {
			simple = false
			break
		} else {
			h := syllableBit(r)
			sig.hangul[h>>6] |= 1 << (h & 63)
			c = cLetter
		}
		// field by field: a composite literal is built on the stack and then copied
		fr := &rs[k]
		fr.r, fr.c, fr.off, fr.start, fr.end = r, c, int32(i), int32(i), int32(i+n)
		k++
		i += n
	}
	out.rs = rs[:k]
	if simple {
		out.says = sig
		if out.ungated {
			out.says = allSig
		}
		out.text, out.end = name, len(name)
		if upper {
			out.text = lowerASCII(name) // only ASCII letters change: offsets stay
		}
		return
	}
	out.rs = out.rs[:0]
	out.says = allSig // its runes are not recorded: it may write anything

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
	// The iterator may hand out one segment in several pieces without moving its position:
	// runes get their span once the position moves past them.
	var text []byte
	segStart, pending := 0, 0
	setSpan := func(from, to int) {
		for k := pending; k < len(out.rs); k++ {
			out.rs[k].start, out.rs[k].end = int32(from), int32(to)
		}
		pending = len(out.rs)
	}
	for !it.Done() {
		seg := it.Next()
		for len(seg) > 0 {
			r, n := utf8.DecodeRune(seg)
			seg = seg[n:]
			r = plainLatin(unicode.ToLower(r))
			out.rs = append(out.rs, frune{r: r, c: classOf(r), off: int32(len(text))})
			text = utf8.AppendRune(text, r)
		}
		if end := it.Pos(); end > segStart {
			setSpan(origAt[segStart], origAt[end])
			segStart = end
		}
	}
	setSpan(origAt[segStart], len(name))
	out.text, out.end = string(text), len(text)
}

// hangulSyllable decodes a precomposed Hangul syllable (U+AC00-U+D7A3, three bytes) at the start
// of s; n is 0 when s starts with anything else.
func hangulSyllable(s string) (r rune, n int) {
	if len(s) < 3 {
		return 0, 0
	}
	// The three bytes as one number: with two continuation bytes, UTF-8 keeps the runes' order,
	// so U+AC00-U+D7A3 are the numbers from EA B0 80 to ED 9E A3, and the test is two
	// comparisons (the lead byte, its range and the rune's range in one).
	c0, c1, c2 := rune(s[0]), rune(s[1]), rune(s[2])
	if x := c0<<16 | c1<<8 | c2; uint32(x-0xEAB080) > 0xED9EA3-0xEAB080 || x&0xC0C0 != 0x8080 {
		return 0, 0
	}
	// (c0&0x0F)<<12 | (c1&0x3F)<<6 | c2&0x3F, with c0 = 0xE0+d and c1, c2 = 0x80+a, 0x80+b
	return c0<<12 + c1<<6 + c2 - (0xE0<<12 + 0x80<<6 + 0x80), 3
}

// decodeRune is utf8.DecodeRuneInString, decoding a Hangul syllable inline (the package's
// decoder takes its slow path for every rune that is not ASCII). For the Hangul words of rules.
func decodeRune(s string) (rune, int) {
	if r, n := hangulSyllable(s); n == 3 {
		return r, 3
	}
	return utf8.DecodeRuneInString(s)
}

// lastRune is utf8.DecodeLastRuneInString, decoding a Hangul syllable inline.
func lastRune(s string) (rune, int) {
	if n := len(s); n >= 3 {
		if r, k := hangulSyllable(s[n-3:]); k == 3 {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// runeCount is utf8.RuneCountInString, counting ASCII bytes and Hangul syllables inline (the
// runtime decodes every other rune through a call): the word rule counts the runes of words often.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < utf8.RuneSelf {
			i++
		} else if _, k := hangulSyllable(s[i:]); k == 3 {
			i += 3
		} else {
			return n + utf8.RuneCountInString(s[i:])
		}
	}
	return n
}

// hasRunes reports whether s has k runes or more (runeCount(s) >= k), counting no further than
// k: a rune takes one to four bytes (a broken byte counts as one rune), so the length alone
// answers a word of fewer than k bytes or of 4k bytes or more.
func hasRunes(s string, k int) bool {
	if len(s) < k {
		return false
	}
	if len(s) >= 4*k {
		return true
	}
	return countsRunes(s, k)
}

// countsRunes is hasRunes counting: it passes k-1 runes and asks whether a byte is left.
func countsRunes(s string, k int) bool {
	i := 0
	for n := 1; n < k && i < len(s); n++ {
		if s[i] < utf8.RuneSelf {
			i++
		} else if _, w := hangulSyllable(s[i:]); w == 3 {
			i += 3
		} else {
			_, w = utf8.DecodeRuneInString(s[i:])
			i += w
		}
	}
	return i < len(s)
}

// lowerASCII lower-cases the ASCII letters of s, leaving every other byte as it is.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var chunk [64]byte // lowered a chunk at a time, without a call for each capital
	for len(s) > 0 {
		n := copy(chunk[:], s)
		i := 0
		for ; i+8 <= n; i += 8 { // eight bytes at once
			w := binary.LittleEndian.Uint64(chunk[i:])
			binary.LittleEndian.PutUint64(chunk[i:], w|capitalBits(w))
		}
		for ; i < n; i++ {
			if c := chunk[i]; c-'A' < 26 {
				chunk[i] = c + 'a' - 'A'
			}
		}
		b.Write(chunk[:n])
		s = s[n:]
	}
	return b.String()
}

// capitalBits is 0x20 in each byte of w that is an ASCII capital A-Z, 0 in every other: OR-ed into
// w, it lower-cases them. Each byte's low seven bits x are tested without carries between bytes:
// x + (0x80-'A') sets the byte's top bit when x >= 'A', x + (0x80-'Z'-1) when x > 'Z'; a byte of
// 0x80 or more (UTF-8) is left out.
func capitalBits(w uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x := w &^ high
	atLeastA := x + (0x80-'A')*ones
	pastZ := x + (0x80-'Z'-1)*ones
	return (atLeastA &^ pastZ &^ w & high) >> 2
}

// span is the original byte span of the folded runes [i, j).
func (f *folded) span(i, j int) Span {
	if i >= j || i >= len(f.rs) {
		return Span{}
	}
	return Span{int(f.rs[i].start), int(f.rs[j-1].end)}
}

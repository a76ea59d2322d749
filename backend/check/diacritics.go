package check

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// plainLatin is a Latin letter without its diacritic (ä → a, é → e, ø → o): catalogue names
// write foreign brand and model names with their accents (BJÖRN, BERÄKNA, CRÈME) where sellers
// type plain letters, and the accented letter would otherwise split the word in two. Letters
// that do not decompose to one ASCII letter are kept.
func plainLatin(r rune) rune {
	if r < 0xC0 || r > 0x24F || r == 0xD7 || r == 0xF7 {
		return r
	}
	switch r {
	case 'ø', 'Ø':
		return 'o'
	case 'đ', 'Đ':
		return 'd'
	case 'ł', 'Ł':
		return 'l'
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	var it norm.Iter
	it.InitString(norm.NFD, string(buf[:n]))
	seg := it.Next()
	if len(seg) == 0 || seg[0] >= utf8.RuneSelf {
		return r
	}
	b := rune(seg[0])
	if b >= 'A' && b <= 'Z' {
		b += 'a' - 'A'
	}
	if b < 'a' || b > 'z' {
		return r
	}
	return b
}

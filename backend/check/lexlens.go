package check

import "unicode/utf8"

// lenSet indexes a set of words by their first rune: for each rune, the byte lengths (below 64)
// of the words that start with it, as bits (bit 63 for any longer word). The lexicon's searches
// try every prefix of a word; most prefixes have a length no listed word of that first rune has,
// and the set rules them out without a map lookup. Runes share the bits of their bucket (a rune
// modulo lenBuckets), which keeps the table small enough to stay in the cache: a shared bucket
// only lets more words through to the map.
type lenSet [lenBuckets]uint64

const lenBuckets = 2048

func lenBucket(r rune) uint32 { return uint32(r) % lenBuckets }

func (s *lenSet) add(w string) {
	if w == "" {
		return
	}
	r, _ := utf8.DecodeRuneInString(w)
	s[lenBucket(r)] |= uint64(1) << min(len(w), 63) // bit 63 stands for every length from 63 on
}

// lens is the lengths of the words that may start with w's first rune; bits below 63 are exact.
func (s *lenSet) lens(w string) uint64 {
	if w == "" {
		return 0
	}
	if c := w[0]; c < utf8.RuneSelf {
		return s[c]
	}
	return s[lenBucket(firstRune(w))]
}

// may reports whether a word of the set may be w: one starts like w and is as long.
func (s *lenSet) may(w string) bool {
	return s.lens(w)&(1<<min(len(w), 63)) != 0
}

// mayBytes is may for a word held in bytes.
func (s *lenSet) mayBytes(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	r := rune(w[0])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRune(w)
	}
	return s[lenBucket(r)]&(1<<min(len(w), 63)) != 0
}

// splitLexicon is the lexicon without the words read only as whole words (exactEntry): the
// entries a longer word may start with, in one lookup. Built once, read only.
var splitLexicon = func() map[string]attribute {
	m := make(map[string]attribute, len(lexicon))
	for w, a := range lexicon {
		if !exactEntry(w) {
			m[w] = a
		}
	}
	return m
}()

// listedLens indexes every listed word; splitLens the listed words that may start a longer word
// (not exactEntry); suffixLens the neutral suffixes and listJoiner. Built once, read only.
var listedLens, splitLens, suffixLens = buildLexLens()

func buildLexLens() (listed, split, suffix *lenSet) {
	listed, split, suffix = new(lenSet), new(lenSet), new(lenSet)
	for w := range lexicon {
		listed.add(w)
		if !exactEntry(w) {
			split.add(w)
		}
	}
	for w, ok := range wordSuffixes {
		if ok {
			suffix.add(w)
		}
	}
	suffix.add(listJoiner)
	return listed, split, suffix
}

// firstRune is utf8.DecodeRuneInString's rune, decoding a valid three-byte sequence (every Hangul
// syllable) inline.
func firstRune(s string) rune {
	if len(s) >= 3 {
		if c0, c1, c2 := s[0], s[1], s[2]; c0&0xF0 == 0xE0 && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			if r := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lensOf indexes the keys of maps built once at init.
func lensOf[V any](maps ...map[string]V) *lenSet {
	s := new(lenSet)
	for _, m := range maps {
		for w := range m {
			s.add(w)
		}
	}
	return s
}

// Indexes of the other tables read for every word or unit of a name. Read only.
var (
	wordIndexLens = lensOf(wordIndex)
	sizeWordLens  = lensOf(sizeWords)
	packWordLens  = lensOf(packWords)
	markerLens    = lensOf(markerWords)
	unitLens      = lensOf(allUnits)
)

// lookupListed is lexicon[w], looked up only when a listed word may be w.
func lookupListed(w string) (attribute, bool) {
	if !listedLens.may(w) {
		return attribute{}, false
	}
	a, ok := lexicon[w]
	return a, ok
}

// sizeWordOf is sizeWords[w], looked up only when a size word may be w.
func sizeWordOf(w string) (string, bool) {
	if !sizeWordLens.may(w) {
		return "", false
	}
	s, ok := sizeWords[w]
	return s, ok
}

// mayStartLong reports whether w may start with a listed word that may start a longer word and
// is long enough to be read after an unknown head: two syllables in Hangul, three letters in
// Latin (readIndexed). Without one, firstEntry finds nothing that long.
func mayStartLong(w string) bool {
	minLen := 3
	if w != "" && w[0] >= 0x80 {
		minLen = 6
	}
	upTo := uint64(1)<<(min(len(w), maxEntryLen)+1) - 1
	return splitLens.lens(w)&upTo>>minLen != 0
}

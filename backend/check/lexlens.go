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
	if r, n := hangulSyllable(w); n == 3 { // decoded inline: firstRune would give the same rune
		return s[lenBucket(r)]
	}
	return s[lenBucket(firstRune(w))]
}

// may reports whether a word of the set may be w: one starts like w and is as long.
func (s *lenSet) may(w string) bool {
	return s.lens(w)&(1<<min(len(w), 63)) != 0
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

// unitLens indexes the units, read for every unit a name may write. Read only.
var unitLens = lensOf(allUnits)

// lookupListed is lexicon[w], looked up only when a listed word may be w.
func lookupListed(w string) (attribute, bool) {
	if !listedKeys.may(w) {
		return attribute{}, false
	}
	a, ok := lexicon[w]
	return a, ok
}

// sizeWordOf is sizeWords[w], looked up only when a size word may be w: its last byte first
// (the tokeniser asks this of every word), then its filter.
func sizeWordOf(w string) (string, bool) {
	if w == "" || !sizeWordEnds[w[len(w)-1]] || !sizeWordKeys.may(w) {
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

// keySet is a one-sided filter of a set of words: a bit for each word, at a hash of its length
// and its first and last three bytes (a Hangul syllable is three). A word whose bit is clear is
// not in the set; a set bit sends the word on to the map. The lenSet's bits pass nearly every
// whole word (of 26,576 words of the labelled tables, 23,260 for the 3,973 words of wordIndex),
// a keySet with 16 bits a word (65,536 for wordIndex, 8 KB) about one in ten words that are not
// in the set (12,367, of which 10,989 are in it). Small sets get small tables, which stay in the
// cache. Built once at init, read only.
type keySet struct {
	shift uint32 // a hash's top bits index bits
	bits  []uint64
}

// keyBitsPerWord sizes a keySet: about one word in sixteen that is not in the set passes.
const keyBitsPerWord = 16

func newKeySet(words int) *keySet {
	n := 64
	for n < words*keyBitsPerWord {
		n <<= 1
	}
	shift := uint32(32)
	for m := n; m > 1; m >>= 1 {
		shift--
	}
	return &keySet{shift: shift, bits: make([]uint64, n/64)}
}

func keyHash3(x, y uint32, n int) uint32 {
	h := x*0x9E3779B1 ^ y*0x85EBCA77 ^ uint32(n)*0xC2B2AE3D
	h ^= h >> 15
	return h * 0x2C1B3C6D
}

// keyHash mixes a word's length with its first and last three bytes (keySet.may and mayBytes
// write it out for a word of three bytes or more).
func keyHash(w string) uint32 {
	if n := len(w); n >= 3 {
		return keyHash3(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16, uint32(w[n-3])|uint32(w[n-2])<<8|uint32(w[n-1])<<16, n)
	}
	return keyHashShort(w)
}

// keyHashShort is keyHash for a word of fewer than three bytes.
func keyHashShort(w string) uint32 {
	var x uint32
	switch len(w) {
	case 2:
		x = uint32(w[0]) | uint32(w[1])<<8
	case 1:
		x = uint32(w[0])
	}
	return keyHash3(x, 0, len(w))
}

func (s *keySet) add(w string) {
	h := keyHash(w) >> s.shift
	s.bits[h>>6] |= 1 << (h & 63)
}

// may reports whether w may be a word of the set. It is called for nearly every word of every
// name, several times: keyHash is written out here so that a call is one call, not two.
func (s *keySet) may(w string) bool {
	var h uint32
	if n := len(w); n >= 3 {
		h = keyHash3(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16, uint32(w[n-3])|uint32(w[n-2])<<8|uint32(w[n-1])<<16, n)
	} else {
		h = keyHashShort(w)
	}
	h >>= s.shift
	return s.bits[h>>6]&(1<<(h&63)) != 0
}

// mayBytes is may for a word held in bytes.
func (s *keySet) mayBytes(w []byte) bool {
	var h uint32
	if n := len(w); n >= 3 {
		h = keyHash3(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16, uint32(w[n-3])|uint32(w[n-2])<<8|uint32(w[n-1])<<16, n)
	} else {
		h = keyHashShort(string(w))
	}
	h >>= s.shift
	return s.bits[h>>6]&(1<<(h&63)) != 0
}

// keySetOf is the keySet of the keys of maps built once at init.
func keySetOf[V any](maps ...map[string]V) *keySet {
	n := 0
	for _, m := range maps {
		n += len(m)
	}
	s := newKeySet(n)
	for _, m := range maps {
		for w := range m {
			s.add(w)
		}
	}
	return s
}

// Filters of the tables looked up whole for the words of a name. Read only.
var (
	listedKeys    = keySetOf(lexicon)
	splitKeys     = keySetOf(splitLexicon)
	wordIndexKeys = keySetOf(wordIndex)
	sizeWordKeys  = keySetOf(sizeWords)
	synonymKeys   = keySetOf(wordSynonyms)
	synListKeys   = keySetOf(synonymsOf)
	suffixKeys    = keySetOf(wordSuffixes)
	markerKeys    = keySetOf(markerWords)

	unitKeys          = keySetOf(allUnits)
	packWordKeys      = keySetOf(packWords)
	numeralKeys       = keySetOf(romanNumerals, nativeNumerals)
	unitSpellingKeys  = keySetOf(unitSpellings)
	stopWordKeys      = keySetOf(stopWords)
	negationKeys      = keySetOf(negations)
	modifierKeys      = keySetOf(modifierWords)
	variantPrefixKeys = keySetOf(variantPrefixes)
	neutralSuffixKeys = keySetOf(neutralSuffixes)
)

// sizeWordEnds, packWordEnds and markerWordEnds are the last bytes of the size, pack and marker
// words, which rule out most words before their filters.
var sizeWordEnds, packWordEnds, markerWordEnds = lastBytes(sizeWords), lastBytes(packWords), lastBytes(markerWords)

// lastBytes marks the last byte of each key of m, built once at init.
func lastBytes[V any](m map[string]V) (ends [256]bool) {
	for w := range m {
		if w != "" {
			ends[w[len(w)-1]] = true
		}
	}
	return ends
}

// synonymMemberKeys is the filter of every word of the lists of synonymsOf (inCompound).
var synonymMemberKeys = func() *keySet {
	n := 0
	for _, g := range synonymsOf {
		n += len(g)
	}
	s := newKeySet(n)
	for _, g := range synonymsOf {
		for _, w := range g {
			s.add(w)
		}
	}
	return s
}()

// plusAttr and miniAttr are the listed readings of 플러스 and 미니, which rules compare with.
// Read only.
var plusAttr, miniAttr = lexicon["플러스"], lexicon["미니"]

// inSet is m[w] for a set of words, looked up only when keys (m's keySet) may hold w.
func inSet(keys *keySet, m map[string]bool, w string) bool {
	return keys.may(w) && m[w]
}

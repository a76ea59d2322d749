package check

import "strings"

// nameSig says which Hangul syllables (hashed to 256 bits) and which ASCII bytes (exactly, as
// written, capitals included) a name writes. foldInto records it while it decodes the name's
// runes, so that a rule whose first test looks for a word in the name (strings.Contains(rd.name,
// "포함")) first asks whether the name writes every syllable and letter of that word: most names
// do not, and one test of a few bits spares a search of the whole name. A clear bit is certain;
// a set bit may be another syllable of the same hash, and the rule's own test decides. Names
// foldInto does not take by its fast path, and a Matcher with its gates off, have every bit set.
type nameSig struct {
	hangul [4]uint64
	ascii  [2]uint64
}

// allSig has every bit set: a name whose runes were not recorded may write anything.
var allSig = nameSig{hangul: [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}, ascii: [2]uint64{^uint64(0), ^uint64(0)}}

// syllableBit is the bit of the Hangul syllable r in nameSig.hangul.
func syllableBit(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> 24 }

// sigOf is the signature of the words ws together: every Hangul syllable and ASCII byte they
// write (other runes are left out, which only makes the test weaker).
func sigOf(ws ...string) nameSig {
	var s nameSig
	for _, w := range ws {
		for i := 0; i < len(w); {
			if b := w[i]; b < 0x80 {
				s.ascii[b>>6] |= 1 << (b & 63)
				i++
			} else if r, n := hangulSyllable(w[i:]); n == 3 {
				h := syllableBit(r)
				s.hangul[h>>6] |= 1 << (h & 63)
				i += 3
			} else {
				i++
			}
		}
	}
	return s
}

// mayWriteCapital reports whether a name of signature s may write a capital Latin letter.
func (s *nameSig) mayWriteCapital() bool {
	const capitals = (1<<('Z'-64+1) - 1) &^ (1<<('A'-64) - 1) // 'A'-'Z' in ascii[1]
	return s.ascii[1]&capitals != 0
}

// sigsOf is the signature of each of ws.
func sigsOf(ws ...string) []nameSig {
	out := make([]nameSig, len(ws))
	for i, w := range ws {
		out[i] = sigOf(w)
	}
	return out
}

// mayWrite reports whether a name of signature s may write the word of signature w: false when
// it certainly does not (a syllable or letter of w is missing from it).
func (s *nameSig) mayWrite(w *nameSig) bool {
	// the bits w has and s has not, all six words at once: one branch instead of six
	return w.hangul[0]&^s.hangul[0]|w.hangul[1]&^s.hangul[1]|w.hangul[2]&^s.hangul[2]|w.hangul[3]&^s.hangul[3]|
		w.ascii[0]&^s.ascii[0]|w.ascii[1]&^s.ascii[1] == 0
}

// meets reports whether s and o share a bit: a name of signature s may write one of the words
// whose key bits (sigSet.key) o holds.
func (s *nameSig) meets(o *nameSig) bool {
	return s.hangul[0]&o.hangul[0]|s.hangul[1]&o.hangul[1]|s.hangul[2]&o.hangul[2]|s.hangul[3]&o.hangul[3]|
		s.ascii[0]&o.ascii[0]|s.ascii[1]&o.ascii[1] != 0
}

// mayWriteAny reports whether a name of signature s may write one of the words of signatures ws.
func (s *nameSig) mayWriteAny(ws []nameSig) bool {
	for i := range ws {
		if s.mayWrite(&ws[i]) {
			return true
		}
	}
	return false
}

// The words the rules' first tests look for in a name.
var (
	sigIncluded  = sigOf("포함")
	sigOneBody   = sigOf("일체형")
	sigType      = sigOf("형")
	sigHole      = sigOf("홀")
	sigNumberSgn = sigOf("호")
	sigTenths    = sigOf("부")
	sigBigM      = sigOf("M")
	sigSmallM    = sigOf("m")
	sigSmallG    = sigOf("g") // after smallLetters: a g of either case (storageGrams)
	sigSpares    = sigsOf(spareWords[:]...)
	sigLineXZ    = [2]nameSig{sigOf("X"), sigOf("Z")}
)

// sylSet is a set of Hangul syllables hashed to 256 bits (syllableBit): a clear bit is certain.
type sylSet [4]uint64

// allSyls has every bit set: a set that rules nothing out.
var allSyls = sylSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

func (s *sylSet) add(r rune) {
	h := syllableBit(r)
	s[h>>6] |= 1 << (h & 63)
}

// has reports whether s may hold the syllable r.
func (s *sylSet) has(r rune) bool {
	h := syllableBit(r)
	return s[h>>6]&(1<<(h&63)) != 0
}

// meets reports whether s and o may share a syllable.
func (s *sylSet) meets(o *sylSet) bool {
	return s[0]&o[0]|s[1]&o[1]|s[2]&o[2]|s[3]&o[3] != 0
}

// sylsAt is the set of the first (or, with last, the last) syllables of ws; every bit when one
// of them does not start (end) with a Hangul syllable, so that the set never rules a word out.
func sylsAt(last bool, ws ...string) sylSet {
	var s sylSet
	for _, w := range ws {
		if last && len(w) >= 3 {
			w = w[len(w)-3:]
		}
		r, n := hangulSyllable(w)
		if n != 3 {
			return allSyls
		}
		s.add(r)
	}
	return s
}

func mapKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// The syllables that start or end the words some rules look for first, built from the rules' own
// lists: scanGates records the first and last syllables of a name's words (reading.firstSyls,
// lastSyls), and a rule none of whose words can start (end) there returns at once.
var (
	useFirstSyls      = sylsAt(false, mapKeys(useWords)...)                      // usesOf
	mountingFirstSyls = sylsAt(false, append(wallWords[:], standWords[:]...)...) // mountingOf
	formLastSyls      = sylsAt(true, mapKeys(formSuffixes)...)                   // flavourForm
	partFirstSyls     = func() (s sylSet) {                                      // wholePartGroups
		for _, r := range partRunes {
			s.add(r)
		}
		return s
	}()
)

// sigSet is the signatures of a list of words with a first test of its own: key holds one bit of
// each word (its last syllable, or its rarest letter), so a name that has none of those bits
// writes none of the words and the words' signatures need not be tested one by one.
type sigSet struct {
	key     nameSig
	keyless bool // a word has no key bit (no syllable, no ASCII): the key tests nothing
	sigs    []nameSig
}

// sigSetOf is the sigSet of the words ws. A word's key bit is one its signature has (sigOf):
// its last Hangul syllable, else its rarest Latin letter, else its first byte.
func sigSetOf(ws ...string) sigSet {
	const rarity = "zqjvbwyfphudrsnitoaxkcglme" // letters, rarest in product names first (units write m, l, g, k, c, x)
	set := sigSet{sigs: sigsOf(ws...)}
	for _, w := range ws {
		syl, key, rank := rune(-1), -1, len(rarity)
		for i := 0; i < len(w); {
			if b := w[i]; b < 0x80 {
				if r := strings.IndexByte(rarity, b|0x20); key < 0 || r >= 0 && r < rank {
					key = int(b)
					if r >= 0 {
						rank = r
					}
				}
				i++
			} else if r, n := hangulSyllable(w[i:]); n == 3 {
				syl = r
				i += 3
			} else {
				i++
			}
		}
		switch {
		case syl >= 0:
			h := syllableBit(syl)
			set.key.hangul[h>>6] |= 1 << (h & 63)
		case key >= 0:
			set.key.ascii[key>>6] |= 1 << (key & 63)
		default:
			set.keyless = true // a word of other runes only: its signature is empty, any name may write it
		}
	}
	return set
}

// mayWriteSome reports whether a name of signature s may write one of the words of set: the key
// first, then each word's signature.
func (s *nameSig) mayWriteSome(set *sigSet) bool {
	k := &set.key
	if !set.keyless && s.hangul[0]&k.hangul[0]|s.hangul[1]&k.hangul[1]|s.hangul[2]&k.hangul[2]|s.hangul[3]&k.hangul[3]|
		s.ascii[0]&k.ascii[0]|s.ascii[1]&k.ascii[1] == 0 {
		return false
	}
	return s.mayWriteAny(set.sigs)
}

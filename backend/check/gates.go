package check

// gateBits say what a reading's tokens contain, found by one scan of each name (scanGates)
// before the comparison rules run, so that a rule whose precondition is absent from both names
// returns at once instead of walking both names' tokens. A rule's gate stands in the rule's own
// first lines and tests only what the rule's first test of a token needs; a gate that is wrong
// changes verdicts, which TestGatesAgree (every labelled pair gated and ungated) shows.
type gateBits uint32

// One bit for each token kind (1 << tokKind), then the bits below.
const (
	// a Hangul word of three syllables or more starting with a negation prefix's syllable
	// (비 무 논 불): compareOpposites
	gateNegPrefix gateBits = 1 << (16 + iota)
	// a bare number or a short word that may be a numeral: compareGenerations
	gateGeneration
	// a Hangul word ending in the last syllable of a negation (미포함, 배터리미포함):
	// compareNegations, which needs a negation written alone or at a word's end
	gateNegation
)

// numeralEnds are the last bytes of the numeral words generationOf reads, to test most words
// without hashing them.
var numeralEnds = func() (ends [256]bool) {
	for _, m := range [...]map[string]float64{romanNumerals, nativeNumerals} {
		for w := range m {
			ends[w[len(w)-1]] = true
		}
	}
	return ends
}()

// kindBit is the gate bit of the token kind k.
func kindBit(k tokKind) gateBits { return 1 << k }

// scanGates sets rd.gates from rd's tokens as the rules will read them; with all set (a test
// switch) every bit is set and no rule is skipped.
func (rd *reading) scanGates(all bool) {
	if all {
		rd.gates = ^gateBits(0)
		rd.firstSyls, rd.lastSyls = allSyls, allSyls
		return
	}
	var g gateBits
	var first, last sylSet
	for i := range rd.toks {
		t := &rd.toks[i]
		g |= kindBit(t.kind)
		switch t.kind {
		case tNumber:
			g |= gateGeneration
		case tWord:
			if r, n := hangulSyllable(t.text); n == 3 {
				first.add(r)
			}
			if n := len(t.text); n >= 3 {
				if r, k := hangulSyllable(t.text[n-3:]); k == 3 {
					last.add(r)
				}
			}
			if len(t.text) >= 9 && t.text[0] == 0xEB && negationSecond[t.text[1]] {
				g |= gateNegPrefix
			}
			if n := len(t.text); n > 0 && n <= 6 && numeralEnds[t.text[n-1]] && numeralKeys.may(t.text) {
				g |= gateGeneration
			}
			if negationEnding(t.text) {
				g |= gateNegation
			}
		}
	}
	rd.gates = g
	rd.firstSyls, rd.lastSyls = first, last
}

// ungated reports whether rd's gates are off (scanGates with all): a gate read elsewhere than
// in gateBits skips itself then.
func (rd *reading) ungated() bool { return rd.gates == ^gateBits(0) }

// neither reports whether neither r nor e has any of the gate bits need: a rule that needs one
// of them on some side has nothing to do.
func neither(r, e *reading, need gateBits) bool { return (r.gates|e.gates)&need == 0 }

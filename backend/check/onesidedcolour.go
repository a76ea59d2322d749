package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// A colour that only the seller's name states is the buyer's choice, and blocks (캡모자 / 블랙
// against 캡모자), except against a catalogue name that leaves it out: Coupang's catalogue name
// ends with its count of sale units (", 1개") and often omits the colour the seller's option
// names (이지피스 CCTV 카메라 / 화이트 against EasyPeace 실외 적외선 카메라, 1개). There the
// colour is a word to check (확인 필요), not a typed attribute that conflicts, as long as the
// catalogue name leaves no word of its own unexplained: a word there may be a colour the matcher
// does not know (크롬, 그래파이트), and then the colour still blocks.

// quietUnnamedColours makes warnings of the colours only the registered name states when they are
// the only blocking differences and the exposed name is a catalogue name. It reports whether it
// made any; restoreUnnamedColours takes them back once the words are compared.
func quietUnnamedColours(e *reading, diffs []Difference) bool {
	n := 0
	for i := range diffs {
		d := &diffs[i]
		switch {
		case d.Severity == order.Warn:
		case unnamedColour(d):
			n++
		default:
			return false // another difference blocks anyway
		}
	}
	if n == 0 || !catalogueCount(e) {
		return false
	}
	for i := range diffs {
		if unnamedColour(&diffs[i]) {
			diffs[i].Severity = order.Warn
		}
	}
	return true
}

// catalogueCount reports whether e is in the catalogue's form: its only count, the count of sale
// units, ends it after a comma (", 1개").
func catalogueCount(e *reading) bool {
	return catalogueUnitCount(e) && strings.HasSuffix(e.name[:e.counts[0].sp.Start], ", ")
}

func unnamedColour(d *Difference) bool {
	return d.Kind == KindColor && d.Severity == "" && d.Registered != "" && d.Exposed == ""
}

// restoreUnnamedColours makes blocks again of the colours quietUnnamedColours made warnings when
// the exposed name has a word the registered name does not account for where a colour may stand
// (colourplace.go), or the words were not compared.
func restoreUnnamedColours(r, e *reading, diffs []Difference) []Difference {
	if len(r.toks) <= maxWordRuleTokens && len(e.toks) <= maxWordRuleTokens && !wordInColourPlace(r, e, unaccounted(e, r), diffs) && !blocks(diffs) {
		return diffs
	}
	for i := range diffs {
		if d := &diffs[i]; d.Kind == KindColor && d.Registered != "" && d.Exposed == "" {
			d.Severity = ""
		}
	}
	return diffs
}

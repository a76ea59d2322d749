package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// How the goods stand: hung on or fixed to a wall (벽걸이, 벽부착형) or standing on a desk or the
// floor (탁상, 입식). Calendars, clocks, taps, fans, mirrors and heaters are sold both ways as
// other goods; a name that says one way against a name that says the other is other goods.

// wallWords and standWords start the words that say each way (벽걸이형, 탁상용 are read by their
// start).
var (
	wallWords  = [...]string{"벽걸이", "벽부착", "벽고정", "벽결이"}
	standWords = [...]string{"탁상", "입식", "스탠드형", "스탠딩"}
)

// mountingOf reports which ways rd writes: wall, stand.
func mountingOf(rd *reading) (wall, stand bool) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || len(t.text) < 6 || !mountingStart(t.text) {
			continue
		}
		for _, w := range wallWords {
			if strings.HasPrefix(t.text, w) {
				wall = true
			}
		}
		for _, w := range standWords {
			if strings.HasPrefix(t.text, w) {
				stand = true
			}
		}
	}
	return wall, stand
}

// compareMounting: one name says wall, the other stand, and neither says both (겸용).
func compareMounting(r, e *reading, diffs []Difference) []Difference {
	if !r.firstSyls.meets(&mountingFirstSyls) {
		return diffs // no word of r starts as a wall or stand word does (gate)
	}
	rw, rs := mountingOf(r)
	if !rw && !rs || rw && rs {
		return diffs
	}
	ew, es := mountingOf(e)
	if ew == es || ew == rw {
		return diffs
	}
	rf := mountingFacts(r, rw)
	ef := mountingFacts(e, ew)
	d := difference(KindMounting, nil, nil, rf, ef)
	d.Severity = order.Block
	return append(diffs, d)
}

func mountingFacts(rd *reading, wall bool) []fact {
	words := standWords[:]
	if wall {
		words = wallWords[:]
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(t.text, w) {
				return []fact{{key: t.text, word: t.raw, text: rd.name[t.sp.Start:t.sp.End], sp: t.sp}}
			}
		}
	}
	return nil
}

// mountingStart reports whether w starts with the first syllable of a word of either way (벽, 탁,
// 입, 스), so that most words cost one comparison.
func mountingStart(w string) bool {
	switch w[:3] {
	case "벽", "탁", "입", "스":
		return true
	}
	return false
}

package check

import (
	"sellerdesk/backend/order"
)

// formSuffixes are the endings that say what form a flavoured food or drink takes (포도잼,
// 딸기우유, 레몬차): a flavour with one ending is not the same goods as with another (포도잼 /
// 그레이프 젤리, 딸기우유 / 딸기주스). Spellings of one ending share a value.
var formSuffixes = map[string]string{
	"잼": "잼", "쨈": "잼", "젤리": "젤리", "우유": "우유", "밀크": "우유", "주스": "주스", "쥬스": "주스",
	"라떼": "라떼", "에이드": "에이드", "시럽": "시럽", "청": "청", "즙": "즙", "차": "차", "티": "차",
	"캔디": "사탕", "사탕": "사탕", "칩": "칩", "쿠키": "쿠키", "케이크": "케이크",
}

// formEnding is the form value a word ends with, and whether it has one: the word itself when it
// is an ending (젤리), or its last one to three syllables after a stem (포도잼).
func formEnding(w string) (string, bool) {
	last, _ := lastRune(w)
	switch last {
	case '잼', '쨈', '리', '유', '크', '스', '떼', '드', '럽', '청', '즙', '차', '티', '디', '탕', '칩', '키':
	default:
		return "", false // most words end otherwise: one look at the last syllable
	}
	end := len(w)
	for n := 1; n <= 3 && end >= 3; n++ {
		end -= 3 // Hangul syllables are three bytes
		if v, ok := formSuffixes[w[end:]]; ok && (end == 0 || end >= 3) {
			return v, true
		}
	}
	return "", false
}

// compareFormEndings: a flavoured food one name writes with one form ending (포도잼) and the other
// with another (그레이프 젤리), neither writing the other's, asks for a look.
func compareFormEndings(r, e *reading, diffs []Difference) []Difference {
	if !r.lastSyls.meets(&formLastSyls) && !e.lastSyls.meets(&formLastSyls) {
		return diffs // no word of either name ends as a form does (gate)
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		ai, av := a.flavourForm()
		if ai < 0 {
			continue
		}
		bi, bv := b.formWord(av)
		if bi < 0 || a.writesForm(bv) {
			continue
		}
		at, bt := &a.toks[ai], &b.toks[bi]
		d := Difference{Kind: KindForm, Severity: order.Warn, Registered: a.name[at.sp.Start:at.sp.End],
			Exposed: b.name[bt.sp.Start:bt.sp.End], RegisteredSpans: []Span{at.sp}, ExposedSpans: []Span{bt.sp}}
		if a == e {
			d.Registered, d.Exposed = d.Exposed, d.Registered
			d.RegisteredSpans, d.ExposedSpans = d.ExposedSpans, d.RegisteredSpans
		}
		return append(diffs, d)
	}
	return diffs
}

// flavourForm is the index of the first word of rd read as a flavour with a form ending (포도잼),
// and the ending's value; -1 when none.
func (rd *reading) flavourForm() (int, string) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || !t.attr {
			continue
		}
		if v, ok := formEnding(t.text); ok && len(t.text) > len(v) {
			return i, v
		}
	}
	return -1, ""
}

// formWord is the index of a word of rd with a form ending other than v (젤리 against 잼) when rd
// writes no word with v, and that ending's value; -1 when none.
func (rd *reading) formWord(v string) (int, string) {
	if rd.writesForm(v) {
		return -1, ""
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord {
			if w, ok := formEnding(t.text); ok && w != v {
				return i, w
			}
		}
	}
	return -1, ""
}

// writesForm reports whether a word of rd ends in the form v.
func (rd *reading) writesForm(v string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord {
			if w, ok := formEnding(t.text); ok && w == v {
				return true
			}
		}
	}
	return false
}

package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// A line's letter. Makers name the next line of goods by a capital X or Z written after the
// line's name (그리드 X, 크롬소프트 X, HD60 X, 캔디봉 Z): one name that writes the letter standing
// alone after a word or code both names write, and another that writes the line without it, may
// name two models. The letter must stand alone (X.O., X-Large and Z:IN are words of their own); an X between two numbers multiplies (40 X 60) and is not read here; a name
// that writes the letter inside a code (GBX55) may spell the line in its code. It asks for a
// look. An X where the other name writes 10 after the same word is the Roman ten (아이폰 X /
// 아이폰10). A capital X also joins two brands of a collaboration (나이키 X 스투시) or two colours (블랙 X
// 화이트): the letter before a word that is no goods of the vocabulary, or a listed value, is not
// read.

// compareLineLetters reports a model warning when one name writes a line's letter the other does
// not.
func compareLineLetters(r, e *reading, diffs []Difference) []Difference {
	if !r.says.mayWriteAny(sigLineXZ[:]) && !e.says.mayWriteAny(sigLineXZ[:]) ||
		!lineLetterAlone(r.name) && !lineLetterAlone(e.name) {
		return diffs
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := 1; i < len(a.toks); i++ {
			t := &a.toks[i]
			letter := a.name[t.sp.Start:t.sp.End]
			if letter != "X" && letter != "Z" || t.kind != tTimes && t.kind != tWord || !standsAlone(a.name, t.sp) {
				continue
			}
			p := &a.toks[i-1]
			if p.kind != tWord && p.kind != tModel || !b.writesWord(p.text) {
				continue
			}
			if i+1 < len(a.toks) {
				if k := a.toks[i+1].kind; k == tNumber || k == tMeasure || k == tModel {
					continue // 40 X 60, a size or a product of counts
				}
				if n := &a.toks[i+1]; n.kind == tWord && (n.canon == "" || n.attr) {
					continue // 나이키 X 스투시, 블랙 X 화이트: two names or two colours joined
				}
			}
			if b.writesLetter(strings.ToLower(letter)) || letter == "X" && b.writesTenAfter(p.text) {
				continue // 아이폰 X against 아이폰10: the Roman ten
			}
			af := fact{text: a.name[p.sp.Start:t.sp.End], sp: Span{p.sp.Start, t.sp.End}}
			bf := b.wordFact(p.text)
			if a == e {
				af, bf = bf, af
			}
			d := difference(KindModel, nil, nil, []fact{af}, []fact{bf})
			d.Severity = order.Warn
			return append(diffs, d)
		}
	}
	return diffs
}

// lineLetterAlone reports whether name writes a capital X or Z standing alone (standsAlone), the
// only letter the rule reads: a name with none (most names, an XL or a GBX55 among them) has
// nothing for the rule to read.
func lineLetterAlone(name string) bool {
	for _, c := range [...]byte{'X', 'Z'} {
		for i := 0; i < len(name); i++ {
			j := strings.IndexByte(name[i:], c)
			if j < 0 {
				break
			}
			i += j
			if standsAlone(name, Span{i, i + 1}) {
				return true
			}
		}
	}
	return false
}

// standsAlone reports whether the span sp of name is a word of its own: a space before it, and a
// space, a comma or the end after it (not X.O., X-Large or Z:IN).
func standsAlone(name string, sp Span) bool {
	if sp.Start == 0 || name[sp.Start-1] != ' ' {
		return false
	}
	return sp.End == len(name) || name[sp.End] == ' ' || name[sp.End] == ','
}

// writesLetter reports whether rd writes the lower-case letter l standing alone or inside a code.
func (rd *reading) writesLetter(l string) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		switch t.kind {
		case tWord, tTimes, tSize:
			if t.text == l {
				return true
			}
		case tModel:
			if strings.Contains(t.text, l) {
				return true
			}
		}
	}
	return false
}

// writesTenAfter reports whether rd writes the number 10 right after the word w (아이폰10, 아이폰
// 10): the other name's X after w is the Roman ten, the same model, not a line's letter.
func (rd *reading) writesTenAfter(w string) bool {
	for i := 0; i+1 < len(rd.toks); i++ {
		if t, n := &rd.toks[i], &rd.toks[i+1]; t.text == w && (t.kind == tWord || t.kind == tModel) && rd.name[n.sp.Start:n.sp.End] == "10" {
			return true
		}
	}
	return false
}

// wordFact is where rd first writes the word or code w.
func (rd *reading) wordFact(w string) fact {
	for i := range rd.toks {
		if t := &rd.toks[i]; (t.kind == tWord || t.kind == tModel) && t.text == w {
			return fact{text: rd.name[t.sp.Start:t.sp.End], sp: t.sp}
		}
	}
	return fact{}
}

package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// Model codes and grades are typed attributes read from how they are written: a code is letters
// and digits (S24, 952XL, MZ-V9P1T0BW), compared without its hyphens, dots and slashes; a grade is
// a number or code with plus signs (1+, 1++, MB4+), a number with 등급, or a pencil grade (2B, HB).

// codeKey is a code without its separators (sm-r630 → smr630, mb 4+ → mb4+), with the micro
// sign written as the u that stands for it without a Greek keyboard (100μf → 100uf, 200μl →
// 200ul). It allocates only when there is a separator or a micro sign to take out.
func codeKey(s string) string {
	if !strings.ContainsAny(s, "-./ ") && strings.IndexByte(s, 0xCE) < 0 {
		return s
	}
	if len(s) > 2 && s[0] == 'n' && s[1] == '.' && s[2] >= '0' && s[2] <= '9' {
		s = "no" + s[1:] // N.5 is No.5, the number sign abbreviated (Barilla N.5, 붓 N.10)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xCE && i+1 < len(s) && s[i+1] == 0xBC {
			b.WriteByte('u') // μ of 100μF is the u of 100uF
			i++
		} else if c != '-' && c != '.' && c != '/' && c != ' ' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// joinedKey is a word written with hyphens or apostrophes (usb-c, wi-fi, d'addario) as the
// lexicon lists it: without them. It allocates only when there is one to take out.
func joinedKey(w string) string {
	joined := false
	for i := 0; i < len(w); i++ {
		if c := w[i]; joinMarks[c] && (c != 0xE2 || strings.HasPrefix(w[i:], "’")) { // one test a byte
			joined = true
			break
		}
	}
	if !joined {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '-' || c == '\'':
		case c == 0xE2 && strings.HasPrefix(w[i:], "’"):
			i += len("’") - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// joinMarks are the bytes joinedKey takes out or may: the hyphen, the apostrophe and the first
// byte of the right single quotation mark (U+2019).
var joinMarks = [256]bool{'-': true, '\'': true, 0xE2: true}

// gradeFamily is what a grade grades: the letters it starts with (mb of mb4+, spf of spf50+), or
// "" for a plain number (1+, 1++).
func gradeFamily(s string) string {
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return s[:i]
}

// pencilGrade reports whether a word is a pencil hardness: HB, B, 2B…9B, H, 2H…9H.
func pencilGrade(w string) bool {
	switch len(w) {
	case 1:
		return w == "b" || w == "h"
	case 2:
		return w == "hb" || w[0] >= '2' && w[0] <= '9' && (w[1] == 'b' || w[1] == 'h')
	}
	return false
}

// compareGrades: when both names give a grade of the same family, the grades must be the same
// (한우 1+ vs 1++, 연필 2B vs B, 와규 MB4+ vs MB6+).
func compareGrades(r, e *reading, diffs []Difference) []Difference {
	if d, ok := plusOnOneSide(r, e); ok {
		return append(diffs, d)
	}
	if d, ok := letterGrade(r, e); ok {
		return append(diffs, d) // R40+ vs G40+
	}
	for i := range r.grades {
		fam := r.grades[i].kind
		if countAttrs(r.grades[:i], fam) > 0 || countAttrs(e.grades, fam) == 0 {
			continue // one comparison per family, and only when both names grade it
		}
		var rb, eb [4]fact
		rf, ef := attrFacts(rb[:0], r.grades, fam), attrFacts(eb[:0], e.grades, fam)
		rx, ex := extras(rf, ef), extras(ef, rf)
		if len(rx) > 0 || len(ex) > 0 {
			diffs = append(diffs, difference(KindGrade, rf, ef, rx, ex))
		}
	}
	return diffs
}

// plusOnOneSide: a grade written with plus signs on one side (PLA+, MB4+) whose head the other
// name writes as a word or code of its own, with no grade of that family (PLA, MB4), is another
// grade of the goods: the plus is what the other name lacks. (A plain number's grade, 1+ against
// 1등급, is left to the grade rule: a bare 1 is more often a count.) The same holds for a Hangul
// name with a plus (시칼파트+) against the name alone.
func plusOnOneSide(r, e *reading) (Difference, bool) {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for _, g := range a.grades {
			head := strings.TrimRight(g.key, "+")
			if head == g.key || head == "" || countAttrs(b.grades, g.kind) > 0 {
				continue
			}
			t := b.bareHead(head)
			if t == nil {
				continue
			}
			af := g
			bf := fact{key: head, text: b.name[t.sp.Start:t.sp.End], sp: t.sp}
			if a == e {
				af, bf = bf, af
			}
			return difference(KindGrade, nil, nil, []fact{af}, []fact{bf}), true
		}
		// a Hangul name with a plus (시칼파트+ 크림): another edition of the product the other
		// name writes without it
		for i := 0; a.gates&kindBit(tPlus) != 0 && i+1 < len(a.toks); i++ {
			t, p := &a.toks[i], &a.toks[i+1]
			if t.kind != tWord || latinWord(t.text) || p.kind != tPlus || !adjacent(t, p) ||
				i+2 < len(a.toks) && adjacent(p, &a.toks[i+2]) {
				continue // 헤드+필터, 본품+리필: parts joined by a plus
			}
			o := b.bareHead(t.text)
			if o == nil || o.kind != tWord || b.writesWithPlus(t.text) {
				continue // the other name writes the edition with the plus too (B형 A형+)
			}
			af := fact{text: a.name[t.sp.Start:p.sp.End], sp: Span{t.sp.Start, p.sp.End}}
			bf := fact{text: b.name[o.sp.Start:o.sp.End], sp: o.sp}
			if a == e {
				af, bf = bf, af
			}
			return difference(KindGrade, nil, nil, []fact{af}, []fact{bf}), true
		}
	}
	return Difference{}, false
}

// writesWithPlus reports whether rd writes the word w with a plus sign right after it (형+).
func (rd *reading) writesWithPlus(w string) bool {
	for i := 0; i+1 < len(rd.toks); i++ {
		if t, p := &rd.toks[i], &rd.toks[i+1]; t.kind == tWord && t.text == w && p.kind == tPlus && adjacent(t, p) {
			return true
		}
	}
	return false
}

// bareHead is the token of rd that writes head, the head of a grade, as a word, a code or a bare
// number of its own (PLA of PLA+), or nil.
func (rd *reading) bareHead(head string) *token {
	for i := range rd.toks {
		t := &rd.toks[i]
		switch t.kind {
		case tWord, tModel:
			if codeKey(t.text) == head && !(i+1 < len(rd.toks) && (rd.toks[i+1].kind == tPlus || rd.plusWord(&rd.toks[i+1]))) {
				return t
			}
		}
	}
	return nil
}

// plusWord reports whether t is the word plus (PLA PLUS, 4 플러스 for PLA+, 4+).
func (rd *reading) plusWord(t *token) bool {
	if t.kind != tWord {
		return false
	}
	a, _ := lookupListed(t.text) // the zero attribute when unlisted, as lexicon[t.text]
	return a == plusAttr
}

// variantSuffixes are code endings that name another model of the line: 952 vs 952XL, 265 vs
// 265S, PG-945 vs PG-945XL. Other endings (a colour letter, a region code) only ask for a look.
var variantSuffixes = map[string]bool{
	"xl": true, "l": true, "s": true, "x": true, "pro": true, "plus": true, "max": true, "mini": true,
	"lite": true, "ultra": true, "se": true, "fe": true, "e": true, "+": true, "k": true, "kf": true,
}

// compareModels: a code the other name writes in any form (with or without separators, split
// over words) is the same; two codes of one family that differ are different goods.
//   - same shape, other digits (V12 vs V15, MZ-V9P1T0BW vs MZ-V9P2T0BW, 16Z90T vs 14Z90T): block;
//   - one code extends the other (952 vs 952XL): block when the ending names a variant, else warn;
//   - codes that share a start of four characters and then part (DCD791N vs DCD791D2): warn.
func compareModels(r, e *reading, diffs []Difference) []Difference {
	var rb, eb [4]fact
	rx, ex := unexplainedModels(rb[:0], r, e), unexplainedModels(eb[:0], e, r)
	var block, warn [2][]fact
	note := func(sev order.Severity, a, b fact) {
		if sev == order.Warn {
			warn[0], warn[1] = addOnce(warn[0], a), addOnce(warn[1], b)
			return
		}
		block[0], block[1] = addOnce(block[0], a), addOnce(block[1], b)
	}
	for _, a := range rx {
		for _, b := range ex {
			if sev := codeRelation(a.key, b.key); sev != "" {
				note(sev, a, b)
			}
		}
		// 952XL against a bare 952 of the other name
		if b, sev := extendsNumber(a, r, e); sev != "" {
			note(sev, a, b)
		}
	}
	for _, b := range ex {
		if a, sev := extendsNumber(b, e, r); sev != "" {
			note(sev, a, b)
		}
	}
	if len(block[0]) > 0 {
		diffs = append(diffs, difference(KindModel, nil, nil, block[0], block[1]))
	} else if len(warn[0]) > 0 {
		d := difference(KindModel, nil, nil, warn[0], warn[1])
		d.Severity = order.Warn
		diffs = append(diffs, d)
	}
	return diffs
}

func addOnce(fs []fact, f fact) []fact {
	for _, g := range fs {
		if g.sp == f.sp {
			return fs
		}
	}
	return append(fs, f)
}

// unexplainedModels appends the codes of rd that other does not write in any form.
func unexplainedModels(out []fact, rd, other *reading) []fact {
	for _, m := range rd.models {
		if !other.explainsCode(m.key) {
			out = append(out, m)
		}
	}
	return out
}

// explainsCode reports whether rd writes the code key: as a code, or split over neighbouring
// words and numbers (ECAM 22.110.B, HERO 13, GSR 12V-30), or as the number it starts with
// (20000mAh for 20000).
func (rd *reading) explainsCode(key string) bool {
	if rd.explainsCodeAsWritten(key) {
		return true
	}
	// a region or colour ending after the digits (AF300KR, P-145B) on either side
	if base, ok := cutNeutralSuffix(key); ok && rd.explainsCodeAsWritten(base) {
		return true
	}
	if rd.writesVersion(key) {
		return true // ver.3 against 버전3
	}
	if rd.writesPhillipsTip(key) {
		return true // PH2 against +2 (phillipstips.go)
	}
	for _, m := range rd.models {
		if len(m.key) > len(key) && strings.HasPrefix(m.key, key) && isDigit(key[len(key)-1]) && neutralSuffixes[m.key[len(key):]] {
			return true
		}
		if makerPrefix(m.key, key) || makerPrefix(key, m.key) {
			return true // SM-R630 and R630: the maker's letters before a code
		}
		if fullSKU(m.key, key) || fullSKU(key, m.key) {
			return true // C27G55T and LC27G55TQBKXKR: the model inside the maker's full SKU
		}
	}
	return false
}

// fullSKU reports whether long is the maker's full stock code of the model code short: short
// (five characters or more, letters and digits) inside long with up to three letters before it
// and a tail of four characters or more after it (LC27G55TQBKXKR for C27G55T, EP-DA705BWEGWW for
// EP-DA705). A short tail is a model letter (U2724D / U2724DE), read by codeRelation.
func fullSKU(long, short string) bool {
	if len(short) < 5 || !strings.ContainsAny(short, "0123456789") || letterPrefix(short) == len(short) {
		return false
	}
	i := strings.Index(long, short)
	if i < 0 || i > 3 || letterPrefix(long) < i {
		return false
	}
	tail := long[i+len(short):]
	return len(tail) >= 4 && !variantSuffixes[tail]
}

// makerPrefix reports whether long is short with up to three letters before it, short being a
// code of four characters or more that has digits and letters (SMR630 / R630, LT3000CXH /
// 3000CXH).
func makerPrefix(long, short string) bool {
	n := len(long) - len(short)
	if n < 1 || n > 3 || len(short) < 4 || !strings.HasSuffix(long, short) || letterPrefix(long) < n {
		return false
	}
	// a bare number after a series' letters (RTX4060, 4060) is read by the number rules
	return strings.ContainsAny(short, "0123456789") && (letterPrefix(long) > n || letterPrefix(short) < len(short) && !isAllDigits(short))
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// neutralSuffixes end a code with where it is sold or its colour, not which product it is:
// AF300KR, OLED55C4KNA, P-145B.
var neutralSuffixes = map[string]bool{
	"kr": true, "ko": true, "kor": true, "kna": true, "us": true, "eu": true, "jp": true, "cn": true, "gl": true, "ww": true,
	"b": true, "bk": true, "blk": true, "w": true, "wh": true, "wht": true, "wt": true, "gy": true, "nv": true, "rd": true, "pk": true,
}

// cutNeutralSuffix is a code without a neutral ending after its digits, if it has one.
func cutNeutralSuffix(key string) (string, bool) {
	i := len(key)
	for i > 0 && key[i-1] >= 'a' && key[i-1] <= 'z' {
		i--
	}
	if i == 0 || i == len(key) || !isDigit(key[i-1]) || !inSet(neutralSuffixKeys, neutralSuffixes, key[i:]) {
		return "", false
	}
	return key[:i], true
}

// explainsCodeAsWritten is explainsCode without the neutral endings.
func (rd *reading) explainsCodeAsWritten(key string) bool {
	if rd.hasModel(key) || rd.joinedCode(key) {
		return true
	}
	if n := leadingNumber(key); n >= 0 && rd.writesNumber(n) && !hasDigitAfterLetter(key) && !letterEnding(key) {
		return true // 20000 for 20000mah, but 952 does not stand for 952xl, nor 633 for 633dc
	}
	return rd.soundsCode(key)
}

// letterEnding reports whether key is a number with letters after it and nothing else (952xl,
// 633dc, 88d): the letters name the model, so the number alone does not stand for it.
func letterEnding(key string) bool {
	tail := strings.TrimLeft(key, "0123456789")
	if tail == "" || len(tail) == len(key) {
		return false
	}
	return letterPrefix(tail) == len(tail)
}

// writesNumber reports whether rd writes v as a number or a measure of its own, not as the
// digits of a code (88 of 88s does not write the 88 of 88d).
func (rd *reading) writesNumber(v float64) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; (t.kind == tNumber || t.kind == tMeasure) && same(t.num, v) {
			return true
		}
	}
	return false
}

// soundsCode reports whether rd writes a code of letters and a number as a Hangul word and the
// number (MAJESTY9 as 마제스티9, HERO13 as 히어로 13).
func (rd *reading) soundsCode(key string) bool {
	i := 0
	for i < len(key) && key[i] >= 'a' && key[i] <= 'z' {
		i++
	}
	if i < 3 || i == len(key) {
		return false
	}
	n := leadingNumber(key[i:])
	if n < 0 || len(strings.TrimLeft(key[i:], "0123456789")) > 0 || !rd.writes(n) {
		return false
	}
	var a, b soundKey
	soundOf(&a, key[:i])
	for j := range rd.toks {
		if t := &rd.toks[j]; t.kind == tWord && t.text != "" && t.text[0] >= 0x80 {
			soundOf(&b, t.text)
			if soundsAlike(a.key(), b.key()) {
				return true
			}
		}
	}
	return false
}

// hasDigitAfterLetter reports whether key has a digit after a letter (a9s, 20v30): its leading
// number alone does not stand for it.
func hasDigitAfterLetter(key string) bool {
	letter := false
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= 'a' && c <= 'z' {
			letter = true
		} else if c >= '0' && c <= '9' && letter {
			return true
		}
	}
	return false
}

func codeish(t *token) bool {
	switch t.kind {
	case tModel, tNumber, tGrade:
		return true
	case tWord, tSize, tMeasure:
		return t.text != "" && t.text[0] < 0x80
	}
	return false
}

// joinedCode reports whether key is written by consecutive code-like tokens of rd, separators
// aside.
func (rd *reading) joinedCode(key string) bool {
	toks := rd.toks
	for j := range toks {
		if !codeish(&toks[j]) || toks[j].text == "" || !strings.HasPrefix(key, string(firstCodeByte(toks[j].text))) {
			continue
		}
		rest := key
		for k := j; k < len(toks); k++ {
			t := &toks[k]
			if t.kind == tBreak && (t.text == "-" || t.text == "." || t.text == "/") {
				continue
			}
			if !codeish(t) {
				break
			}
			var ok bool
			if rest, ok = consumeCode(rest, t.text); !ok {
				break
			}
			if rest == "" {
				return k > j || t.text != key // one token equal to key is a model compared elsewhere
			}
		}
	}
	return false
}

func firstCodeByte(s string) byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '-' && c != '.' && c != '/' && c != ' ' {
			return c
		}
	}
	return 0
}

// consumeCode takes text (separators aside) off the front of key; ok is false when text is not
// all there. A key that ends where text goes on after a separator is taken whole (DDR5 of
// DDR5-5600, SM-SA48 of SM-SA48-WA): the rest is a part of its own.
func consumeCode(key, text string) (string, bool) {
	i := 0
	for k := 0; k < len(text); k++ {
		c := text[k]
		if c == '-' || c == '.' || c == '/' || c == ' ' {
			if i == len(key) && i > 0 {
				if c == '-' && variantTail(text[k+1:]) {
					return key, false // IP-417-F is not IP-417: a model letter after the hyphen
				}
				return "", true
			}
			continue
		}
		if i >= len(key) || key[i] != c {
			return key, false
		}
		i++
	}
	return key[i:], true
}

// codeRelation says how two codes that neither name explains relate: "" (unrelated), Block or
// Warn.
func codeRelation(a, b string) order.Severity {
	if a == b || sameCodeNotation(a, b) { // DC12V and 12V (codenotation.go)
		return ""
	}
	if sameShape(a, b) || otherEnding(a, b) {
		return order.Block
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.HasPrefix(b, a) {
		return suffixSeverity(a, b[len(a):])
	}
	n := 0
	for n < len(a) && a[n] == b[n] {
		n++
	}
	if n >= 3 && strings.ContainsAny(a[:n], "0123456789") {
		return order.Warn
	}
	return order.Warn // two codes neither name explains: 27UP850 vs 27UL550
}

// otherEnding reports whether two codes are one number with different letter endings, neither
// of them a region or colour ending (88D / 88S, 100L / 100S).
func otherEnding(a, b string) bool {
	if !letterEnding(a) || !letterEnding(b) {
		return false
	}
	ta, tb := strings.TrimLeft(a, "0123456789"), strings.TrimLeft(b, "0123456789")
	return a[:len(a)-len(ta)] == b[:len(b)-len(tb)] && ta != tb && !neutralSuffixes[ta] && !neutralSuffixes[tb]
}

// suffixSeverity: code base is extended by suffix on the other side.
func suffixSeverity(base, suffix string) order.Severity {
	last := base[len(base)-1]
	if suffix == "" || neutralSuffixes[suffix] {
		return ""
	}
	if generationSuffix(base, suffix) {
		return order.Block // EF2000iS / EF2000iSv2: the next generation of the model
	}
	if last < '0' || last > '9' {
		if modelLetters(base, suffix) {
			return order.Warn // U2724D / U2724DE: one more model letter after the code's letters
		}
		return ""
	}
	if variantSuffixes[suffix] {
		return order.Block
	}
	return order.Warn
}

// modelLetters reports whether suffix is one or two letters that extend a code ending in a
// letter after its digits (u2724d + e): another model of the line, as far as the names tell.
func modelLetters(base, suffix string) bool {
	if len(suffix) > 2 || letterPrefix(suffix) != len(suffix) {
		return false
	}
	i := len(base)
	for i > 0 && !isDigit(base[i-1]) {
		i--
	}
	return i > 0 && len(base)-i <= 2
}

// sameShape reports whether two codes have the same letters and differ only in their digits
// (s23, s24; exl110, exl120).
func sameShape(a, b string) bool {
	i, j := 0, 0
	digits := false
	for i < len(a) && j < len(b) {
		da, db := isDigit(a[i]), isDigit(b[j])
		switch {
		case da && db:
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			digits = true
		case !da && !db && a[i] == b[j]:
			i++
			j++
		default:
			return false
		}
	}
	return i == len(a) && j == len(b) && digits
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// extendsNumber: a code of one name that is a bare number of the other with an ending
// (952XL against 952) differs from it.
//
// A code of one letter x before its number (X50V) is the same against the other name's x glued
// to the number (X50, which reads as times 50).
func extendsNumber(code fact, own, other *reading) (fact, order.Severity) {
	p := 0
	if strings.HasPrefix(code.key, "x") {
		p = 1
	}
	n := p
	for n < len(code.key) && isDigit(code.key[n]) {
		n++
	}
	if n == p || n == len(code.key) {
		return fact{}, ""
	}
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind == tNumber && t.text == code.key[p:n] {
			if p > 0 && (i == 0 || other.toks[i-1].kind != tTimes || !adjacent(&other.toks[i-1], t)) {
				continue
			}
			if other.explainsCode(code.key) {
				return fact{}, ""
			}
			if own.writesBareToken(t.text) {
				continue // GLL 3-80 G 3D vs GLL 3-80 G: the 3 both write is no stem of 3D
			}
			sev := suffixSeverity(t.text, code.key[n:])
			sp := t.sp
			if p > 0 {
				sp.Start = other.toks[i-1].sp.Start
			}
			return fact{key: code.key[:n], text: other.name[sp.Start:sp.End], sp: sp}, sev
		}
	}
	return fact{}, ""
}

// negations mark a part as left out: 헤드레스트 없음, 배터리 미포함.
var negations = map[string]bool{"없음": true, "미포함": true, "불포함": true, "제외": true, "별매": true, "미포함형": true, "별도": true}

// negationList is the keys of negations, sorted, built once: endsNegated walks a slice instead
// of iterating a map (no negation ends another, so the order never changes what it finds).
var negationList = func() []string {
	l := make([]string, 0, len(negations))
	for w := range negations {
		l = append(l, w)
	}
	slices.Sort(l)
	return l
}()

// negationEnds are the last syllables of the negations, to skip most words at once.
var negationEnds = [...]string{"음", "함", "외", "매", "형", "도"}

// negationEndSyllables holds the syllables of negationEnds, built once.
var negationEndSyllables = func() *runeSet {
	s := &runeSet{other: map[rune]bool{}}
	for _, e := range negationEnds {
		r, _ := utf8.DecodeRuneInString(e)
		s.add(r)
	}
	return s
}()

// negationEnding reports whether w is a Hangul word of two syllables or more ending in a
// syllable of negationEnds: a negation, or a word that may end in one. The last syllable is
// decoded and tested in a bit set: the gate scan asks this of nearly every word.
func negationEnding(w string) bool {
	if len(w) < 6 || w[0] < 0x80 {
		return false
	}
	r, n := hangulSyllable(w[len(w)-3:])
	return n == 3 && negationEndSyllables.has(r)
}

// endsNegated reports whether w ends in a negation (배터리미포함), and its stem.
func endsNegated(w string) (string, bool) {
	if len(w) < 9 || !negationEnding(w) {
		return "", false
	}
	for _, neg := range negationList {
		if stem, ok := strings.CutSuffix(w, neg); ok && utf8.RuneCountInString(stem) >= 2 {
			return stem, true
		}
	}
	return "", false
}

// compareNegations: a part one name says is left out and the other includes is a different
// composition (본체만(배터리 미포함) vs 배터리 2개 세트; 헤드레스트 포함 vs 없음).
func compareNegations(r, e *reading, diffs []Difference) []Difference {
	if neither(r, e, gateNegation) {
		return diffs // negatedWord needs a negation, alone or at a word's end
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := range a.toks {
			w, ok := negatedWord(a.toks, i)
			if !ok || b.negates(w) {
				continue // both names leave it out: one writes it again as a modifier (해먹 스탠드 (해먹 미포함))
			}
			bf, in := b.includedFact(w), b.includes(w)
			if !in {
				if bf, in = b.includesPart(w); !in {
					continue
				}
			}
			sp := a.toks[i].sp
			if i+1 < len(a.toks) && a.toks[i+1].kind == tWord && inSet(negationKeys, negations, a.toks[i+1].text) {
				sp.End = a.toks[i+1].sp.End // 배터리 미포함
			}
			af := fact{text: a.name[sp.Start:sp.End], sp: sp}
			if a == e {
				af, bf = bf, af
			}
			return append(diffs, difference(KindBundle, nil, nil, []fact{af}, []fact{bf}))
		}
	}
	return diffs
}

// negationPrefixes form the opposite of the word they are written before: 비접지 (not earthed),
// 무타공 (no drilling), 논슬립, 불투명. (미 is left out: 미박스 is Xiaomi's Mi Box.)
var negationPrefixes = [...]string{"비", "무", "논", "불"}

// negationSecond are the second bytes of the prefixes' encodings, to skip most words at once.
var negationSecond = [256]bool{0xB9: true, 0xAC: true, 0x85: true, 0xB6: true}

// compareOpposites: a word one name writes (접지) against the same word with a negation prefix
// glued before it in the other (비접지) names the opposite goods, and blocks. The word must be of
// two syllables or more and not a stop word, and the name that writes it must not write the
// negated word too.
func compareOpposites(r, e *reading, diffs []Difference) []Difference {
	if neither(r, e, gateNegPrefix) {
		return diffs
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := range a.toks {
			t := &a.toks[i]
			if t.kind != tWord || len(t.text) < 9 || t.text[0] != 0xEB || !negationSecond[t.text[1]] {
				continue // 비 무 논 불 are EB B9 84, EB AC B4, EB 85 BC, EB B6 88
			}
			var stem, prefix string
			for _, p := range negationPrefixes {
				if s, ok := strings.CutPrefix(t.text, p); ok {
					stem, prefix = s, p
					break
				}
			}
			if stem == "" || inSet(stopWordKeys, stopWords, stem) || b.writesWord(t.text) {
				continue
			}
			for j := range b.toks {
				u := &b.toks[j]
				if u.kind != tWord || u.text != stem && (len(u.text) < 6 || compared(u.text) != compared(stem)) || prefixedApart(b, j, prefix) || freeOf(b, j) {
					continue // 비 글로우 against 비글로우: the same word spaced two ways; 무알콜 against 알코올: one word spelled two ways; 알코올 프리 is 무알콜 too
				}
				af := fact{text: a.name[t.sp.Start:t.sp.End], sp: t.sp}
				bf := fact{text: b.name[u.sp.Start:u.sp.End], sp: u.sp}
				if a == e {
					af, bf = bf, af
				}
				return append(diffs, difference(KindOpposite, nil, nil, []fact{af}, []fact{bf}))
			}
		}
	}
	return diffs
}

// freeWords say the word before them is left out of the goods (알코올 프리, 설탕 제로, alcohol free,
// 불소 무함유, 설탕 무첨가).
var freeWords = map[string]bool{"프리": true, "free": true, "제로": true, "zero": true, "무함유": true, "무첨가": true, "미함유": true, "미첨가": true}

// freeOf reports whether rd.toks[j] is followed by a word saying it is left out (알코올 프리):
// the same as the negated word (무알콜) the other name writes, not its opposite.
func freeOf(rd *reading, j int) bool {
	if j+1 >= len(rd.toks) {
		return false
	}
	n := &rd.toks[j+1] // 프리 is read as the size free
	return (n.kind == tWord || n.kind == tSize) && (freeWords[strings.ToLower(n.text)] || freeWords[strings.ToLower(n.raw)])
}

// negatedWord: when toks[i] is a word followed by a negation (배터리 미포함) or ending in one
// (배터리미포함), the word left out.
func negatedWord(toks []token, i int) (string, bool) {
	t := &toks[i]
	if t.kind != tWord || t.text[0] < 0x80 && len(t.text) < 3 {
		return "", false
	}
	if stem, ok := endsNegated(t.text); ok && !inSet(stopWordKeys, stopWords, stem) {
		return stem, true
	}
	if i+1 < len(toks) && toks[i+1].kind == tWord && inSet(negationKeys, negations, toks[i+1].text) && !inSet(stopWordKeys, stopWords, t.text) {
		return t.text, true
	}
	return "", false
}

// negates reports whether rd writes w as a word left out (배터리 미포함, 배터리미포함).
func (rd *reading) negates(w string) bool {
	for i := range rd.toks {
		if n, ok := negatedWord(rd.toks, i); ok && n == w {
			return true
		}
	}
	return false
}

// includes reports whether rd writes w as a word that is not itself left out.
func (rd *reading) includes(w string) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tWord && t.text == w {
			if _, neg := negatedWord(rd.toks, i); !neg {
				return true
			}
		}
	}
	return false
}

func (rd *reading) includedFact(w string) fact {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && t.text == w {
			end := t.sp
			if i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && rd.toks[i+1].text == "포함" {
				end = rd.toks[i+1].sp
			}
			sp := Span{t.sp.Start, end.End}
			return fact{text: rd.name[sp.Start:sp.End], sp: sp}
		}
	}
	return fact{}
}

// writesBareToken reports whether rd writes n as a bare number token inside a code joined by a
// hyphen (the 3 of GLL 3-80) or glued to a Hangul name (버즈3): a number written alone (HP 952
// 잉크 / 952XL) is still the stem of a code the same name says besides.
func (rd *reading) writesBareToken(n string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tNumber && t.text == n && numberOfAName(rd.name, t.sp) {
			return true
		}
	}
	return false
}

// numberOfAName reports whether the number at sp of name belongs to a name: joined by a hyphen
// to a digit on either side (3-80, 80-3) or glued to the Hangul name it numbers (버즈3).
func numberOfAName(name string, sp Span) bool {
	if sp.End+1 < len(name) && name[sp.End] == '-' && isDigit(name[sp.End+1]) {
		return true
	}
	if sp.Start >= 1 && name[sp.Start-1] >= 0x80 {
		return true
	}
	return sp.Start >= 2 && name[sp.Start-1] == '-' && isDigit(name[sp.Start-2])
}

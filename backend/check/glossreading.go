package check

import (
	"strings"
	"unicode/utf8"
)

// Goods named in Korean on one side and as a loanword on the other (보석함 / 주얼리 케이스,
// 백색소음기 / 화이트노이즈 머신, 방석 / 쿠션) are one thing that no list of whole words can keep
// up with: each new batch of goods brings new compounds. Below the word it is regular: a Korean
// name is built of morphemes that each carry a concept (morphemeGlosses), and a loanword is the
// English for those concepts written in Hangul. So a Korean word is read as the English its
// morphemes gloss (백색 white + 소음 noise + 기 machine), and that reading is compared by sound
// (phonetic.go) with the loanword or the English letters the other name writes in its place,
// alone or with the words after it (화이트노이즈 머신). The rule runs only where the word rule
// would otherwise ask for a look, and only explains: two readings that differ keep the look.

// maxGlossReadings bounds the readings of one word or one run of words.
const maxGlossReadings = 48

// maxGlossRun is the most words of the other name one word is read against.
const maxGlossRun = 3

// glossAlternative is one English reading of a morpheme: its words joined, and their sound.
type glossAlternative struct {
	text string
	k    soundKey
}

// glossAlternatives is morphemeGlosses and areaMorphemeGlosses split into their alternatives,
// each read by sound once.
var glossAlternatives = func() map[string][]glossAlternative {
	m := make(map[string][]glossAlternative, len(morphemeGlosses)+len(areaMorphemeGlosses))
	for _, glosses := range []map[string]string{morphemeGlosses, areaMorphemeGlosses} {
		for w, g := range glosses {
			for _, alt := range strings.Split(g, "|") {
				a := glossAlternative{text: strings.ReplaceAll(alt, " ", "")}
				englishSound(&a.k, alt)
				m[w] = append(m[w], a)
			}
		}
	}
	return m
}()

// englishSound appends the sound of an English phrase of the gloss table to k: its words
// joined, as a loanword writes them (white noise: 화이트노이즈). Letters English writes and Korean
// does not say are left out: the h of an initial wh is said (화이트), the g of a final gn (사인,
// 디자인) and the l of alk (워커, 초크) are not, and -ing is said after its stem (행잉).
func englishSound(k *soundKey, phrase string) {
	for _, w := range strings.Fields(phrase) {
		if strings.HasPrefix(w, "wh") {
			k.add(sH)
		}
		if strings.HasSuffix(w, "gn") {
			w = w[:len(w)-2] + "n"
		}
		w = strings.Replace(w, "alk", "ak", 1)
		if stem, ok := strings.CutSuffix(w, "ing"); ok && len(stem) >= 3 {
			latinSound(k, stem) // hanging: 행잉, the g of the stem's ng not said again
			latinSound(k, "ing")
			continue
		}
		latinSound(k, w)
	}
}

// maxGlossText bounds the English a reading glosses; a longer one is compared by sound only.
const maxGlossText = 40

// glossRead is one reading of a word or a run of words: its sound key; for a reading wholly by
// glosses, the English it glosses (text[:tn]; tn is -1 for any other reading); whether any part
// was read by its glosses; and the stop its sound starts with, told finer than the sound key does
// (onset).
type glossRead struct {
	k     soundKey
	text  [maxGlossText]byte
	tn    int
	gloss bool
	onset byte
}

// addText appends English to a reading by glosses.
func (g *glossRead) addText(s string) {
	if g.tn < 0 {
		return
	}
	if g.tn+len(s) > maxGlossText {
		g.tn = -1
		return
	}
	g.tn += copy(g.text[g.tn:], s)
}

// addBytes is addText for English held in bytes.
func (g *glossRead) addBytes(b []byte) {
	if g.tn < 0 {
		return
	}
	if g.tn+len(b) > maxGlossText {
		g.tn = -1
		return
	}
	g.tn += copy(g.text[g.tn:], b)
}

// latinOnset is the stop an English word starts with, as Korean writes it: b and v (ㅂ), p and f
// (ㅍ), d (ㄷ), t (ㅌ), g (ㄱ), k, q and a hard c (ㅋ); 0 for any other sound, which the sound key
// tells well enough.
func latinOnset(w string) byte {
	if w == "" {
		return 0
	}
	next := byte(0)
	if len(w) > 1 {
		next = w[1]
	}
	switch c := w[0]; c {
	case 'b', 'v':
		return 'b'
	case 'p', 'f':
		return 'p'
	case 'd':
		return 'd'
	case 't':
		if next == 'h' {
			return 0
		}
		return 't'
	case 'g':
		if next == 'h' || next == 'e' || next == 'i' || next == 'y' {
			return 0
		}
		return 'g'
	case 'k', 'q':
		return 'k'
	case 'c':
		if next == 'h' || next == 'e' || next == 'i' || next == 'y' {
			return 0
		}
		return 'k'
	}
	return 0
}

// hangulOnsets are the stops of latinOnset by a Hangul syllable's initial (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ
// ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
var hangulOnsets = [19]byte{'g', 'g', 0, 'd', 'd', 0, 0, 'b', 'b', 0, 0, 0, 0, 0, 0, 'k', 't', 'p', 0}

// wordOnset is the stop a word written in either script starts with (latinOnset).
func wordOnset(w string) byte {
	if latinWord(w) {
		return latinOnset(w)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !isSyllable(r) {
		return 0
	}
	return hangulOnsets[int(r-0xAC00)/588]
}

// glossReads are the readings of one word (read).
type glossReads struct {
	w string
	r [maxGlossReadings]glossRead
	n int
}

// read reads the word w: its own sound and, when w is Hangul built wholly of glossed morphemes,
// each English reading of them.
func (g *glossReads) read(w string) {
	g.w, g.n = w, 1
	g.r[0] = glossRead{onset: wordOnset(w), tn: -1}
	soundOf(&g.r[0].k, w)
	if w == "" || latinWord(w) || len(w) > 8*3 {
		return
	}
	for _, r := range w {
		if !isSyllable(r) {
			return
		}
	}
	g.walk(0, glossRead{gloss: true}, false)
}

// readings are the readings read holds.
func (g *glossReads) readings() []glossRead { return g.r[:g.n] }

// walk reads the word from the byte at on, after the reading rd of what comes before; agent
// says that reading ends in an English agent noun (-er, -or).
func (g *glossReads) walk(at int, rd glossRead, agent bool) {
	if at == len(g.w) {
		if g.n < len(g.r) {
			g.r[g.n] = rd
			g.n++
		}
		return
	}
	for end := at + 3; end <= len(g.w) && end <= at+4*3; end += 3 {
		m := g.w[at:end]
		if agent && deviceSuffix(m) {
			// 분배기: splitter, not splitter machine — English names the device by the -er of
			// its action, Korean by the action and 기
			g.walk(end, rd, false)
		}
		for i := range glossAlternatives[m] {
			alt := &glossAlternatives[m][i]
			next := rd
			for c := 0; c < alt.k.n; c++ {
				next.k.add(alt.k.b[c])
			}
			if at == 0 {
				next.onset = latinOnset(alt.text)
			}
			next.addText(alt.text)
			g.walk(end, next, strings.HasSuffix(alt.text, "er") || strings.HasSuffix(alt.text, "or"))
		}
	}
}

// glossSame reports whether two readings are one English word or phrase. Two readings by glosses
// must gloss the same English; a reading by glosses and a loanword's sound must share the first
// stop (latinOnset: feed is no 버드), the first sound, two consonants or more, and an edit distance
// of their keys that grows with the length.
func glossSame(x, y *glossRead) bool {
	if x.tn >= 0 && y.tn >= 0 {
		return string(x.text[:x.tn]) == string(y.text[:y.tn])
	}
	if x.onset != 0 && y.onset != 0 && x.onset != y.onset {
		return false
	}
	return keysAlike(x.k.key(), y.k.key(), 4, 7)
}

// glossExplains reports whether the word of rd at token i reads, by the glosses of one side or
// both, as a run of one to three words of other that other leaves over (left), and which run
// (from, to): a word another reading placed explains nothing more (블루 is no 공).
func glossExplains(rd *reading, i int, own []bool, other *reading, left []bool) (int, int, bool) {
	goesOn := nameGoesOn(rd, own, i)
	var xr, tr glossReads
	var yb, nb [maxGlossReadings]glossRead
	w := rd.toks[i].raw
	if w == "" {
		w = rd.toks[i].text
	}
	xr.read(w)
	xs := xr.readings()
	glossed := len(xs) > 1
	for s := range other.toks {
		if other.toks[s].kind != tWord {
			continue
		}
		run := append(yb[:0], glossRead{})
		for t := s; t < len(left) && t < s+maxGlossRun && left[t]; t++ {
			v := other.toks[t].raw
			if v == "" {
				v = other.toks[t].text
			}
			if t == s && sharedPartMayAlike(w, v) && goesOn == nameGoesOn(other, left, t) {
				return s, t, true
			}
			if t == s && !glossed && (latinWord(v) || !glossable(v)) {
				break // neither word is glossed: their sounds are the sound rule's to compare
			}
			tr.read(v)
			ts := tr.readings()
			next := nb[:0]
			for _, a := range run {
				for _, b := range ts {
					if len(next) == maxGlossReadings {
						break
					}
					c := a
					for k := 0; k < b.k.n; k++ {
						c.k.add(b.k.b[k])
					}
					if t == s {
						c.onset = b.onset
					}
					// a run reads as English only while every word of it does
					if b.tn < 0 {
						c.tn = -1
					} else {
						c.addBytes(b.text[:b.tn])
					}
					c.gloss = a.gloss || b.gloss
					next = append(next, c)
				}
			}
			run = append(run[:0], next...)
			for x := range xs {
				for y := range run {
					if (xs[x].gloss || run[y].gloss) && glossSame(&xs[x], &run[y]) && goesOn == nameGoesOn(other, left, t) {
						return s, t, true
					}
				}
			}
		}
	}
	return 0, 0, false
}

// glossUnexplained leaves out of the word rule's paired words rx (of r) and ex (of e) those
// that one name writes in Korean and the other as the loanword or English for the same concepts
// (glossExplains), and the words of the other name they were read against. Only words both names
// leave over (leftR, leftE: the words no other reading accounts for) are read against each other:
// a word another reading already placed explains nothing more.
func glossUnexplained(r, e *reading, rx, ex, leftR, leftE []fact) ([]fact, []fact) {
	var rLeft, eLeft, rUsed, eUsed [maxWordRuleTokens]bool
	mark := func(rd *reading, fs []fact, left []bool) {
		for _, f := range fs {
			for _, sp := range factSpans(f) {
				if i := tokenAt(rd, sp); i >= 0 && i < len(left) && rd.toks[i].kind == tWord {
					left[i] = true
				}
			}
		}
	}
	mark(r, leftR, rLeft[:])
	mark(e, leftE, eLeft[:])
	gated := !r.ungated() && !e.ungated()
	explain := func(rd, other *reading, left, otherLeft, used, otherUsed []bool) {
		otherGlossed := gated && glossedLeft(other, otherLeft)
		for i := range rd.toks {
			if i >= len(left) || !left[i] {
				continue
			}
			if gated && !otherGlossed && !mayReadByGlosses(tokenWord(&rd.toks[i])) &&
				!sharedPartLeft(tokenWord(&rd.toks[i]), other, otherLeft) {
				continue // neither word of any pair is glossed nor do two share a part
			}
			if from, to, ok := glossExplains(rd, i, left, other, otherLeft); ok {
				used[i] = true
				for k := from; k <= to; k++ {
					otherUsed[k] = true
				}
			}
		}
	}
	explain(r, e, rLeft[:], eLeft[:], rUsed[:], eUsed[:])
	explain(e, r, eLeft[:], rLeft[:], eUsed[:], rUsed[:])
	keep := func(rd *reading, fs []fact, used []bool) []fact {
		out := fs[:0] // the word rule's own lists (slotPairs): filtered in place
		for _, f := range fs {
			if i := tokenAt(rd, f.sp); i >= 0 && i < len(used) && used[i] {
				continue
			}
			out = append(out, f)
		}
		return out
	}
	if rUsed != [maxWordRuleTokens]bool{} || eUsed != [maxWordRuleTokens]bool{} {
		rx, ex = keep(r, rx, rUsed[:]), keep(e, ex, eUsed[:])
	}
	if len(rx) == 1 && len(ex) == 1 && (headNames(r, rx[0], e, ex[0]) || headNames(e, ex[0], r, rx[0])) {
		return rx[:0], ex[:0]
	}
	return rx, ex
}

// tokenWord is the word of t as the gloss readings read it: as written when it was respelled.
func tokenWord(t *token) string {
	if t.raw != "" {
		return t.raw
	}
	return t.text
}

// mayReadByGlosses reports whether read may give w a reading by glosses: only a word built
// wholly of glossed morphemes (glossable), or one that writes 기, which read may leave out after
// an agent noun (deviceSuffix), has one.
func mayReadByGlosses(w string) bool {
	return !latinWord(w) && (glossable(w) || strings.Contains(w, "기"))
}

// glossedLeft reports whether a word of rd left over (left) is Korean built wholly of glossed
// morphemes: where neither word is, glossExplains reads a run only from such a word.
func glossedLeft(rd *reading, left []bool) bool {
	for t := range rd.toks {
		if t >= len(left) || !left[t] || rd.toks[t].kind != tWord {
			continue
		}
		if v := tokenWord(&rd.toks[t]); !latinWord(v) && glossable(v) {
			return true
		}
	}
	return false
}

// sharedPartLeft reports whether a word of rd left over (left) may share a part of two
// syllables with w, first or last, as sharedPartAlike needs.
func sharedPartLeft(w string, rd *reading, left []bool) bool {
	if len(w) < 9 {
		return false
	}
	for t := range rd.toks {
		if t >= len(left) || !left[t] || rd.toks[t].kind != tWord {
			continue
		}
		if v := tokenWord(&rd.toks[t]); len(v) >= 9 && (w[:6] == v[:6] || w[len(w)-6:] == v[len(v)-6:]) {
			return true
		}
	}
	return false
}

// headNames reports whether the Korean compound u of a ends in a morpheme whose gloss is the
// loanword v of b as it sounds (형광등 / 램프: 등 is a lamp; 펜촉 / 팁). Korean compounds end in
// their head, and a loanword often names the goods by the head alone; it is read only where u
// and v are the one word each name leaves over, so no other word of either is left unread.
func headNames(a *reading, u fact, b *reading, v fact) bool {
	i, j := tokenAt(a, u.sp), tokenAt(b, v.sp)
	if i < 0 || j < 0 {
		return false
	}
	w, o := a.toks[i].raw, b.toks[j].raw
	if w == "" {
		w = a.toks[i].text
	}
	if o == "" {
		o = b.toks[j].text
	}
	if latinWord(w) || len(w) < 6 || len(w)%3 != 0 {
		return false
	}
	if _, ok := glossAlternatives[w[len(w)-3:]]; !ok {
		if _, ok := glossAlternatives[w[len(w)-6:]]; !ok || len(w) == 6 {
			return false // no head of one or two syllables is glossed
		}
	}
	if !latinWord(o) && glossable(o) {
		return false // two Korean words: read whole above (옷걸이 / 수건걸이 are two goods)
	}
	var hr, or glossReads
	or.read(o)
	for h := 3; h <= 6 && h < len(w); h += 3 {
		head := w[len(w)-h:]
		if _, ok := glossAlternatives[head]; !ok {
			continue
		}
		hr.read(head)
		for x := 1; x < hr.n; x++ {
			if glossExactly(&hr.r[x], &or.r[0]) {
				return true // the loanword as it sounds
			}
		}
	}
	return false
}

// deviceSuffix reports whether m is a suffix that makes a device of an action (가습기, 계산기).
func deviceSuffix(m string) bool { return m == "기" || m == "기계" }

// sharedPartAlike reports whether two Hangul compounds share a part of two syllables or more,
// first or last, written alike, and their other parts are one thing by glosses (종이필터 /
// 페이퍼필터, 배팅장갑 / 배팅글러브, 조각도 / 조각칼), read exactly (glossExactly). A part read by
// its sound must have two syllables or more: one syllable sounds like too many English words.
// ar and br are scratch.
func sharedPartAlike(a, b string, ar, br *glossReads) bool {
	if latinWord(a) || latinWord(b) || len(a) < 9 || len(b) < 9 || len(a)%3 != 0 || len(b)%3 != 0 {
		return false
	}
	p := 0
	for p+3 <= len(a) && p+3 <= len(b) && a[p:p+3] == b[p:p+3] {
		p += 3
	}
	q := 0
	for q+3 <= len(a) && q+3 <= len(b) && a[len(a)-q-3:len(a)-q] == b[len(b)-q-3:len(b)-q] {
		q += 3
	}
	var ra, rb string
	switch {
	case p >= 6 && p < len(a) && p < len(b):
		ra, rb = a[p:], b[p:]
	case q >= 6 && q < len(a) && q < len(b):
		ra, rb = a[:len(a)-q], b[:len(b)-q]
	default:
		return false
	}
	for _, r := range ra + rb {
		if !isSyllable(r) {
			return false
		}
	}
	ar.read(ra)
	br.read(rb)
	xs, ys := ar.readings(), br.readings()
	for i := range xs {
		for j := range ys {
			x, y := &xs[i], &ys[j]
			if !x.gloss && !y.gloss {
				continue
			}
			if !x.gloss && len(ra) < 6 || !y.gloss && len(rb) < 6 {
				continue
			}
			if glossExactly(x, y) {
				return true
			}
		}
	}
	return false
}

// sharedPartMayAlike is sharedPartAlike with its own scratch, read only where the two words
// may share a part of two syllables (first or last): most pairs of words do not, and their
// readings are then not set up at all.
func sharedPartMayAlike(a, b string) bool {
	if len(a) < 9 || len(b) < 9 || a[:6] != b[:6] && a[len(a)-6:] != b[len(b)-6:] {
		return false
	}
	var ar, br glossReads
	return sharedPartAlike(a, b, &ar, &br)
}

// glossExactly is glossSame without an edit: beside a part both words write alike, the other
// part's reading must be the loanword's sound as it is (주원산 is no container).
func glossExactly(x, y *glossRead) bool {
	if x.tn >= 0 && y.tn >= 0 {
		return string(x.text[:x.tn]) == string(y.text[:y.tn])
	}
	if x.onset != 0 && y.onset != 0 && x.onset != y.onset {
		return false
	}
	a, b := x.k.key(), y.k.key()
	return consonants(a) >= 2 && string(a) == string(b)
}

// glossable reports whether the Hangul word w is built wholly of glossed morphemes.
func glossable(w string) bool {
	var ok [8*3 + 1]bool
	if len(w) > 8*3 {
		return false
	}
	ok[0] = true
	for at := 0; at < len(w); at += 3 {
		if !ok[at] {
			continue
		}
		for end := at + 3; end <= len(w) && end <= at+4*3; end += 3 {
			if _, found := glossAlternatives[w[at:end]]; found {
				ok[end] = true
			}
		}
	}
	return ok[len(w)]
}

// nameGoesOn reports whether the word of rd right after token t is left over too and names
// other goods made for what comes before it (커버 of 쿠션 커버, 케이스, 스탠드, 받침): the words up
// to t are then the front of that name. A word is read as a run only where both end the goods'
// name or neither does: 방석 is a 쿠션, not a 쿠션 커버, whose 커버 would be left as wording.
func nameGoesOn(rd *reading, left []bool, t int) bool {
	if t+1 >= len(left) || !left[t+1] || rd.toks[t+1].kind != tWord || !adjacentWords(rd, t) {
		return false
	}
	switch rd.toks[t+1].text {
	case "커버", "케이스", "매트", "스탠드", "거치대", "홀더", "파우치", "받침":
		return true
	}
	return false
}

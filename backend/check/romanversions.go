package check

import "math"

// Roman numerals of a model. Makers number a model's versions in Roman numerals written glued to
// the code or apart from it (V39II, V39 II, DS-530 II) and after Mk (MkII, the Mk2 of a
// catalogue). romanVersions writes each the one way: a Roman numeral right after a code is part
// of the code (V39 II is V39II, which V39 is not), and Mk with a Roman numeral is the version code
// Mk and its number (MkIII is Mk3, against MkII's Mk2).

// mkRoman maps Mk written with a Roman numeral to the version code with the number.
var mkRoman = map[string]string{"mkii": "mk2", "mkiii": "mk3", "mkiv": "mk4", "mkv": "mk5", "mkvi": "mk6", "mkvii": "mk7"}

// romanSigs are the letters of the words romanVersions reads (Mk with a numeral, a Roman
// numeral), small letters: a name that writes the letters of none of them in either case has
// nothing to rewrite. A word's letters are left out when another's are a part of them (every
// name that writes mkiii's writes ii's): two tests instead of thirteen.
var romanSigs = leastSigs(sigsOf(append(mapKeys(mkRoman), mapKeys(romanNumerals)...)...))

// leastSigs is ss without each signature that holds another of ss (and without repeats): a name
// may write one of ss exactly when it may write one of these.
func leastSigs(ss []nameSig) []nameSig {
	var out []nameSig
	for i := range ss {
		kept := true
		for j := range ss {
			if j != i && ss[i].mayWrite(&ss[j]) && (ss[i] != ss[j] || j < i) {
				kept = false
				break
			}
		}
		if kept {
			out = append(out, ss[i])
		}
	}
	return out
}

// smallLetters is s with each capital Latin letter it writes taken for its small letter too.
func smallLetters(s nameSig) nameSig {
	const capitals = (1<<('Z'-64+1) - 1) &^ (1<<('A'-64) - 1) // 'A'-'Z' in ascii[1]
	s.ascii[1] |= (s.ascii[1] & capitals) << ('a' - 'A')
	return s
}

// romanVersions rewrites rd's tokens in place, as above.
func (rd *reading) romanVersions() {
	if says := smallLetters(rd.says); !says.mayWriteAny(romanSigs) {
		return // the name's letters spell none of them (most names: no i, v or mk)
	}
	toks := rd.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind == tWord && len(t.text) >= 4 && t.text[0] == 'm' && t.text[1] == 'k' {
			if v, ok := mkRoman[t.text]; ok {
				t.kind, t.text = tModel, v
			}
			continue
		}
		if t.kind != tModel || i+1 >= len(toks) {
			continue
		}
		n := &toks[i+1]
		if _, ok := romanNumerals[n.text]; !ok || n.kind != tWord || n.sp.Start != t.sp.End+1 || !spaceByte(rd.name[t.sp.End]) ||
			!isDigit(t.text[len(t.text)-1]) {
			continue
		}
		t.text += n.text
		t.sp.End, t.fe = n.sp.End, n.fe
		toks = append(toks[:i+1], toks[i+2:]...)
	}
	rd.toks = toks
}

// writesRoman reports whether rd writes v as a Roman numeral word of its own (Classic III for 3).
func (rd *reading) writesRoman(v float64) bool {
	if v < 2 || v > maxGeneration || v != math.Trunc(v) {
		return false
	}
	if says := smallLetters(rd.says); !says.mayWriteAny(romanSigs) {
		return false
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && romanNumerals[t.text] == v {
			return true
		}
	}
	return false
}

// romanOf is the Roman numeral romanNumerals reads as v, "" when it has none.
func romanOf(v float64) string {
	for r, n := range romanNumerals {
		if n == v {
			return r
		}
	}
	return ""
}

// readArabicVersions reads a version number written apart after a code (E30 2, RX100 3) as the
// Roman numeral other writes after the same code (E30 II, RX100 III): the catalogue spells the
// maker's numeral in digits, so E30 2 is the E30II of the seller's name, which E30 alone or
// E30 3 is not.
func (rd *reading) readArabicVersions(other *reading) {
	if len(other.models) == 0 || len(rd.models) == 0 || len(rd.numbers) == 0 {
		return
	}
	for i := 0; i+1 < len(rd.toks); i++ {
		t, n := &rd.toks[i], &rd.toks[i+1]
		if t.kind != tModel || n.kind != tNumber || n.sp.Start != t.sp.End+1 || !spaceByte(rd.name[t.sp.End]) {
			continue
		}
		r := romanOf(n.num)
		if r == "" || !other.hasModel(codeKey(t.text+r)) {
			continue
		}
		rd.renameModel(codeKey(t.text), t.text+r, Span{t.sp.Start, n.sp.End})
		rd.dropNumberAt(n.sp)
	}
}

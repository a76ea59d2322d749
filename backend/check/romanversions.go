package check

// Roman numerals of a model. Makers number a model's versions in Roman numerals written glued to
// the code or apart from it (V39II, V39 II, DS-530 II) and after Mk (MkII, the Mk2 of a
// catalogue). romanVersions writes each the one way: a Roman numeral right after a code is part
// of the code (V39 II is V39II, which V39 is not), and Mk with a Roman numeral is the version code
// Mk and its number (MkIII is Mk3, against MkII's Mk2).

// mkRoman maps Mk written with a Roman numeral to the version code with the number.
var mkRoman = map[string]string{"mkii": "mk2", "mkiii": "mk3", "mkiv": "mk4", "mkv": "mk5", "mkvi": "mk6", "mkvii": "mk7"}

// romanVersions rewrites rd's tokens in place, as above.
func (rd *reading) romanVersions() {
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

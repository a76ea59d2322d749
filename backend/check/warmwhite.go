package check

// Warm white. A lamp's or an LED's light is white (화이트, 백색) or warm white (웜화이트, the
// lexicon's 전구색): a name that writes 웜화이트 and no plain white, against one that writes the
// colour white and no light colour at all, names another light.

// compareWarmWhite blocks 웜화이트 against plain 화이트 as the light's colour.
func compareWarmWhite(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		warm := warmWhiteFact(a)
		if warm == nil || lightColourOrWhite(a, false) != nil {
			continue
		}
		white := lightColourOrWhite(b, true)
		if white == nil {
			continue
		}
		af, bf := *warm, *white
		if a == e {
			af, bf = bf, af
		}
		return append(diffs, difference(KindVariety, nil, nil, []fact{af}, []fact{bf}))
	}
	return diffs
}

// warmWhiteFact is rd's light colour 전구색 when it was read from a word that says white
// (웜화이트, warmwhite), nil otherwise.
func warmWhiteFact(rd *reading) *fact {
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrVariety && f.key == "전구색" && (f.word == "웜화이트" || f.word == "warmwhite") {
			return f
		}
	}
	return nil
}

// lightColourOrWhite is rd's colour white; with only, nil when rd also writes a light colour
// (전구색, 주광색, 주백색).
func lightColourOrWhite(rd *reading, only bool) *fact {
	var white *fact
	for i := range rd.attrs {
		f := &rd.attrs[i]
		switch {
		case f.kind == attrColor && f.key == "화이트":
			white = f
		case only && f.kind == attrVariety && (f.key == "전구색" || f.key == "주광색" || f.key == "주백색"):
			return nil
		}
	}
	return white
}

package check

// A fruit named by its kind is often named by its family beside it: 샤인머스켓 김천 꿀포도 is a
// shine muscat, which is a grape (포도) of the green kind (청포도). Against a name that writes the
// kind alone, the family word of the same name is no other flavour. The family against the kind
// on the other side is still compared as written (웰치스 포도 against 웰치스 청포도).

// flavourKinds pairs the key of a flavour family with the key of a kind of it.
var flavourKinds = [...][2]string{{"포도", "청포도"}}

// familyBesideKind leaves out of fs the family value of a pair of flavourKinds when fs writes the
// kind too and other writes the kind and not the family.
func familyBesideKind(fs, other []fact) []fact {
	for _, p := range flavourKinds {
		family, kind := p[0], p[1]
		if !hasKey(fs, family) || !hasKey(fs, kind) || !hasKey(other, kind) || hasKey(other, family) {
			continue
		}
		fs = dropFactsIf(fs, func(f fact) bool { return f.key == family })
	}
	return fs
}

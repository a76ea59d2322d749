package check

// Drinks and sweets say they hold no sugar in two words of the flavour vocabulary that mean one
// thing: 무설탕 (무가당) and 제로 (슈가프리). A name that writes both (게토레이 무설탕 제로) says
// once what a name that writes one of them (Gatorade 제로) says: the word the other name lacks is
// no other flavour. A name that writes one of them against a name that writes neither is still
// compared as written (칠성사이다 제로 against 칠성사이다 오리지널).

// sugarFreeKeys are the keys of the two flavour groups that say the goods hold no sugar.
var sugarFreeKeys = [2]string{"무가당", "제로"}

// sugarFreeOnce leaves out of fs the sugar-free word of one group when fs writes both groups and
// other writes only the other group.
func sugarFreeOnce(fs, other []fact) []fact {
	a, b := sugarFreeKeys[0], sugarFreeKeys[1]
	if !hasKey(fs, a) || !hasKey(fs, b) {
		return fs
	}
	var drop string
	switch oa, ob := hasKey(other, a), hasKey(other, b); {
	case oa && !ob:
		drop = b
	case ob && !oa:
		drop = a
	default:
		return fs
	}
	return dropFactsIf(fs, func(f fact) bool { return f.key == drop })
}

// hasKey reports whether a fact of fs has the key.
func hasKey(fs []fact, key string) bool {
	for i := range fs {
		if fs[i].key == key {
			return true
		}
	}
	return false
}

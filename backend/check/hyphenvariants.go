package check

// A Latin word joined by a hyphen to a variant word (SDS-plus, SDS-max, Air-Pro) names the line
// and its variant, as SDS 플러스 and SDS 맥스 do: the hyphen joins two words, not one spelling
// (Wi-Fi, Joy-Con, USB-C). Read as one word, SDS-plus would leave the other name's 플러스 a
// variant only it writes, and SDS-plus against SDS-max two unknown words instead of two variants.

// endsInVariantWord reports whether the hyphenated Latin run parts (word, hyphen, word …) ends
// in a Latin word the lexicon lists as a variant (plus, pro, max, mini, lite, ultra …).
func endsInVariantWord(parts []token) bool {
	if len(parts) < 3 {
		return false
	}
	last := &parts[len(parts)-1]
	if last.kind != tWord || len(last.text) < 3 || last.text[0] >= 0x80 {
		return false
	}
	a, ok := lookupListed(last.text)
	return ok && a.kind == attrVariant
}

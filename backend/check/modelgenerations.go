package check

import "strings"

// generationSuffix reports whether suffix, glued to the end of a model code base that has
// digits, marks another generation of that model: v2, v3 (EF2000iSv2), mk2 / mkii (a maker's
// "Mark"), gen2, or the roman ii / iii after a letter (THR10ii). A version that starts the code
// or stands apart from it is read by the version rules.
func generationSuffix(base, suffix string) bool {
	if !strings.ContainsAny(base, "0123456789") {
		return false
	}
	for _, p := range [...]string{"v", "mk", "mark", "gen"} {
		if rest, ok := strings.CutPrefix(suffix, p); ok && rest != "" && (isAllDigits(rest) || rest == "ii" || rest == "iii" || rest == "iv") {
			return true
		}
	}
	last := base[len(base)-1]
	return (suffix == "ii" || suffix == "iii") && last >= 'a' && last <= 'z'
}

// variantTail reports whether the part of a code after its last hyphen is one letter or one
// digit that is not a colour or region ending (the F of IP-417-F, the 1 of 22-018-1):
// another model of the code before it, not a part of its own (the 5600 of DDR5-5600).
func variantTail(tail string) bool {
	if len(tail) != 1 {
		return false
	}
	c := tail[0] | 0x20
	return isDigit(tail[0]) || c >= 'a' && c <= 'z' && !neutralSuffixes[string(c)]
}

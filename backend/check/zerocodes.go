package check

// zeroCode reads a number written with a leading zero and no point (003, 002, 0015) as the
// decimal its digits spell after 0. (0.03, 0.02): thin goods name their thickness that way
// (오카모토 003 is 0.03mm). Two digits (01, 02) are more often a shade or a number.
func zeroCode(text string) (float64, bool) {
	if len(text) < 3 || text[0] != '0' {
		return 0, false
	}
	v, scale := 0.0, 1.0
	for i := 1; i < len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + float64(c-'0')
		scale *= 10
	}
	return v / scale, true
}

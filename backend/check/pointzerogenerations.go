package check

// A generation is also written with a point and a zero after it (Ranger 2.0, 팔마 3.0): the
// same second model as Ranger 2, where a decimal that is not a whole number (5.3, 2.5) is a
// measure or a version of a standard, not a generation.

// pointZeroGeneration reports whether a number is written as one digit, a point and zero (2.0).
func pointZeroGeneration(text string) bool {
	return len(text) == 3 && text[0] >= '1' && text[0] <= '9' && text[1] == '.' && text[2] == '0'
}

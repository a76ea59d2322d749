package check

// volumeBeforeOne reports whether the count run c is a number written with a counter followed by
// a count of one (원피스 104권 1권: volume 104, one book), read together as 104 × 1; the first
// number is then tried as a number of the goods' name like a count of its own (namenumbers.go).
func volumeBeforeOne(c *countRun) bool {
	return c.n == 2 && !c.weak && c.factors[0].value >= 2 && same(c.factors[1].value, 1)
}

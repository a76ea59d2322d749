package check

// tightChain reports whether the numbers and joiners toks[i..j] are written without a space
// between them (6x8m, 4x5x2m): the sides of one size, not a count times a length.
func tightChain(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !adjacent(&toks[k], &toks[k+1]) {
			return false
		}
	}
	return true
}

// countsElsewhere reports whether the name writes a count outside toks[i..j] (방수포 3 x 4m,
// 4개): the count is said there, so the numbers multiplied before the length are its sides.
func countsElsewhere(toks []token, i, j int) bool {
	for k := range toks {
		if (k < i || k > j) && toks[k].kind == tMeasure && toks[k].dim == dimCount {
			return true
		}
	}
	return false
}

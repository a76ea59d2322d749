package check

// Pipe sizes. A pipe, a fitting or a valve is sold by its nominal size written in A (15A, 20A:
// millimetres, the KS/JIS series) or in inches (1/2", 3/4": the B series). The two series name the
// same sizes: 15A is 1/2 inch, 20A 3/4, 25A 1, 32A 1-1/4, 40A 1-1/2, 50A 2.

// pipeNominalInches is the size in inches of a nominal pipe size in A, 0 for a code that is not one.
func pipeNominalInches(code string) float64 {
	switch code {
	case "8a":
		return 0.25
	case "10a":
		return 0.375
	case "15a":
		return 0.5
	case "20a":
		return 0.75
	case "25a":
		return 1
	case "32a":
		return 1.25
	case "40a":
		return 1.5
	case "50a":
		return 2
	case "65a":
		return 2.5
	case "80a":
		return 3
	case "100a":
		return 4
	}
	return 0
}

// readPipeSizes reads rd's nominal pipe sizes in A as lengths in inches when other writes a
// length in inches, so that 15A and 3/4인치 are compared as the sizes they are.
func (rd *reading) readPipeSizes(other *reading) {
	if !hasInchLength(other) {
		return
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tModel || len(t.text) < 2 || len(t.text) > 4 || t.text[len(t.text)-1] != 'a' || !isDigit(t.text[0]) {
			continue
		}
		in := pipeNominalInches(t.text)
		if in == 0 {
			continue
		}
		t.kind, t.dim, t.unit, t.num, t.value, t.approx = tMeasure, dimLength, "인치", in, in*25.4, true
		rd.measures = append(rd.measures, *t)
	}
}

// hasInchLength reports whether rd writes a length in inches.
func hasInchLength(rd *reading) bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimLength && (t.unit == "인치" || t.unit == "inch") {
			return true
		}
	}
	return false
}

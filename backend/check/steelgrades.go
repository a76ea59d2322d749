package check

// Stainless steel is sold by its grade written after the word (스텐304, 스텐 304, 스테인리스 316):
// the number is the steel, not a size of the goods. It is left out of the sizes and of the
// numbers to explain when the other name writes no number that may be a grade of steel
// (스테인레스 식기건조대 80cm); two grades (스텐304 against 스텐201, or a bare 316) are still
// compared as numbers.

// steelWords are the words a steel grade is written after.
var steelWords = map[string]bool{"스텐": true, "스테인리스": true, "스테인레스": true, "스텐레스": true, "sus": true, "sts": true}

// steelGrades are the stainless grades sold to households and trades.
var steelGrades = map[float64]bool{201: true, 202: true, 304: true, 316: true, 410: true, 430: true}

// steelGrade reports whether the number f of rd is a steel grade written right after a steel word.
func (rd *reading) steelGrade(f fact) bool {
	if !steelGrades[f.value] {
		return false
	}
	i := tokenAt(rd, f.sp)
	return i > 0 && rd.toks[i-1].kind == tWord && steelWords[rd.toks[i-1].text]
}

// writesSteelGrade reports whether rd writes a number that may be a steel grade, after a steel
// word or not (텀블러 500ml 316).
func (rd *reading) writesSteelGrade() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tNumber && steelGrades[t.value] {
			return true
		}
	}
	return false
}

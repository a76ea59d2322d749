package check

import "strings"

// A grade code is its letters and its number with the plus signs after it (R40+, MB4+). Grades of
// one family are compared by compareGrades; two families are two grading systems, except when
// both names write the same number and plus signs under other letters, each name one such code:
// that is one code with another letter (R40+ against G40+: two ball lines of one maker), as a
// model code's letter makes another model.

// letterGrade compares the one lettered grade each name writes when they share the number.
func letterGrade(r, e *reading) (Difference, bool) {
	rg, ok := onlyLetteredGrade(r)
	if !ok {
		return Difference{}, false
	}
	eg, ok := onlyLetteredGrade(e)
	if !ok || gradeFamily(rg.key) == gradeFamily(eg.key) || gradeNumber(rg.key) != gradeNumber(eg.key) {
		return Difference{}, false
	}
	return difference(KindGrade, nil, nil, []fact{rg}, []fact{eg}), true
}

// onlyLetteredGrade is rd's one grade written with letters, a number and a plus, when it writes
// no other grade.
func onlyLetteredGrade(rd *reading) (fact, bool) {
	if len(rd.grades) != 1 {
		return fact{}, false
	}
	g := rd.grades[0]
	num := gradeNumber(g.key)
	if gradeFamily(g.key) == "" || num == "" || num[0] < '0' || num[0] > '9' || !strings.HasSuffix(num, "+") {
		return fact{}, false
	}
	return g, true
}

// gradeNumber is a grade code without its letters (40+ of r40+).
func gradeNumber(key string) string { return key[len(gradeFamily(key)):] }

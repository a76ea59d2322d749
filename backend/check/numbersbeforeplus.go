package check

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A whole number written with plus signs after it (33+, 7+) is read as a grade, and grades are
// only compared when both names grade the goods (7+ against 11+). Against a name that writes no
// such grade the number is still the product's number, as it is without the plus: 슈퍼33+
// against 슈퍼88 are two tapes, as 슈퍼33 against 슈퍼88 are. The other name writing the number
// itself (33+ against 33) is the grade rule's, and explains the number here. Only a number glued
// to the name it numbers counts: a plus number standing alone is an age or a grade (레고 4+,
// 인도어 7+) that the other name need not write.

// plusGradeNumbers appends to fs the numbers of rd's grades written as a plain number with plus
// signs, when other writes no grade of plain numbers (33+, 1등급).
func plusGradeNumbers(fs []fact, rd, other *reading) []fact {
	if len(rd.grades) == 0 || countAttrs(other.grades, "") > 0 {
		return fs
	}
	for _, g := range rd.grades {
		n := strings.TrimRight(g.key, "+")
		if g.kind != "" || n == g.key || n == "" || !isAllDigits(n) || g.sp.Start == 0 {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(rd.name[:g.sp.Start]); !unicode.IsLetter(before) {
			continue // 레고 4+: an age
		}
		if v, err := strconv.ParseFloat(n, 64); err == nil {
			fs = addNumber(fs, v, rd.name, g.sp)
		}
	}
	return fs
}

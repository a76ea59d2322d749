package check

import (
	"strconv"
	"strings"
)

// 프로 after a number is also the spoken word for per cent (35프로 차광막: 35 % shade cloth), as
// well as a model's variant (아이폰16프로). Where the other name writes that number as a per cent
// (35%), 35프로 is that per cent, not a Pro model.

// percentPros leaves out of fs (rd's variants) each 프로 written glued after a number that other
// writes as a per cent.
func percentPros(fs []fact, other *reading) []fact {
	return dropFactsIf(fs, func(f fact) bool { return other.writesPercentAs(f.text) })
}

// writesPercentAs reports whether text is a number glued before 프로 (35프로) and rd writes that
// number as a per cent (writesMeasure).
func (rd *reading) writesPercentAs(text string) bool {
	num, ok := strings.CutSuffix(text, "프로")
	if !ok || num == "" || strings.Trim(num, "0123456789.") != "" {
		return false
	}
	v, err := strconv.ParseFloat(num, 64)
	return err == nil && rd.writesMeasure(dimPercent, v)
}

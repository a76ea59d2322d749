package check

import "strings"

// 각 (each) before a count says the count of every size listed before it: S M L 각1쌍 is a pair of
// each of three sizes, three pairs. The sizes are the size words written right before 각, two or
// more of them. (Colours listed with a count, 블랙 화이트 각 1개, are read by the colour-set rules.)

// eachCounts multiplies each count run that starts right after the word 각 by the number of
// sizes listed before 각.
func (rd *reading) eachCounts() {
	if len(rd.counts) == 0 || !strings.Contains(rd.name, "각") {
		return
	}
	for ci := range rd.counts {
		c := &rd.counts[ci]
		i := tokenAt(rd, c.sp)
		if i < 2 || rd.toks[i-1].kind != tWord || rd.toks[i-1].text != "각" {
			continue
		}
		k := 0
		for j := i - 2; j >= 0; j-- {
			t := &rd.toks[j]
			if t.kind != tSize {
				break
			}
			k++
		}
		if k < 2 {
			continue
		}
		c.value *= float64(k)
		if c.n < maxFactors {
			c.factors[c.n] = countFactor{float64(k), false}
		}
		c.n++
	}
}

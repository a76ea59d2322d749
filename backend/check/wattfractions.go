package check

// Fractions of a watt. A resistor's rating is written as a fraction (1/4W, 1/2W) as often as a
// decimal (0.25W, 0.5W); the reader takes the numerator for a watt value of its own (1 and 4W).

// readWattFractions reads a power written n/dW, with n smaller than d, as the one value n/d W.
func (rd *reading) readWattFractions() {
	for j := 0; j+1 < len(rd.measures); j++ {
		a, b := &rd.measures[j], &rd.measures[j+1]
		if a.dim != dimPower || b.dim != dimPower || a.num >= b.num || a.num <= 0 || a.sp.End+1 != b.sp.Start || rd.name[a.sp.End] != '/' {
			continue
		}
		if a.text == "" || a.text[len(a.text)-1] < '0' || a.text[len(a.text)-1] > '9' {
			continue // the numerator writes a unit of its own: two ratings (5W/10W)
		}
		b.num, b.value = a.num/b.num, a.num/b.num
		b.sp.Start = a.sp.Start
		rd.measures = append(rd.measures[:j], rd.measures[j+1:]...)
	}
}

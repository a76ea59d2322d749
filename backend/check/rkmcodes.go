package check

// Resistance codes. A resistor's value is written with its multiplier as the decimal point
// (the RKM code of IEC 60062: 4K7 is 4.7K, 2R2 is 2.2 ohms) as often as in decimals.

// readRKMCodes rewrites rd's RKM codes (4k7) in the decimal form (4.7k) when other writes that form.
func (rd *reading) readRKMCodes(other *reading) {
	for i := range rd.toks {
		t := &rd.toks[i]
		n := len(t.text)
		if t.kind != tModel || n < 3 || n > 6 || !isDigit(t.text[0]) || !isDigit(t.text[n-1]) {
			continue
		}
		m := 1
		for m < n && isDigit(t.text[m]) {
			m++
		}
		if m >= n-1 || t.text[m] != 'k' && t.text[m] != 'r' {
			continue
		}
		for k := m + 1; k < n; k++ {
			if !isDigit(t.text[k]) {
				m = -1
				break
			}
		}
		if m < 0 {
			continue
		}
		dec := t.text[:m] + "." + t.text[m+1:] + t.text[m:m+1]
		if t.text[m] == 'r' {
			dec = t.text[:m] + "." + t.text[m+1:]
		}
		for j := range other.toks {
			if u := &other.toks[j]; (u.kind == tModel || u.kind == tNumber) && u.text == dec {
				t.text = dec
				break
			}
		}
	}
}

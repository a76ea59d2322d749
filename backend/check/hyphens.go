package check

// writesHyphenless reports whether rd writes the Latin word w with hyphens where w has none, or
// without the hyphens w has (NT-USB / NTUSB, X-Pro / XPro).
func (rd *reading) writesHyphenless(w string) bool {
	if w == "" || w[0] >= 0x80 {
		return false
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && t.text != w && sameIgnoringHyphens(t.text, w) {
			return true
		}
	}
	return false
}

// sameIgnoringHyphens reports whether a and b are the same letters once hyphens are left out.
func sameIgnoringHyphens(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && a[i] == '-' {
			i++
		}
		for j < len(b) && b[j] == '-' {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

package check

// A cable or a gender written "C to 8핀" or "8핀 to C" names its USB-C end by the bare letter C:
// beside the word to, a C alone is the port USB-C (C타입), as 8핀 beside it is the Lightning
// port, so "C to 8핀" and "라이트닝 to USB-C" name the same two ends. Elsewhere a bare C is a
// size, a grade or a letter and is not read.

// portC is the port attribute a bare C beside "to" names.
var portC = attribute{kind: attrPort, value: "c타입"}

// readBareCEnds reads a bare C written right before or after the word to as the port USB-C.
func (rd *reading) readBareCEnds() {
	if !rd.mayWriteEnds() {
		return
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if !(i+1 < len(rd.toks) && rd.toks[i+1].text == "to") && !(i > 0 && rd.toks[i-1].text == "to") {
			continue
		}
		if t.kind == tWord && t.text == "c" && !t.attr {
			rd.addAttribute(portC, t.text, t.sp)
		}
	}
}

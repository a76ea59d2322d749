package check

import "strings"

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

// readJackPort reads rd's jack size (3.5mm beside 이어폰, 마이크, 헤드셋…) as its audio port where
// it is the only plug rd names and other names another plug and no jack size: 3.5mm 이어폰 against
// C타입 이어폰 are other earphones. Goods with two ends — a gender, an adapter or a cable — may
// name either end (3.5mm 젠더 and C타입 젠더 may be one C to 3.5mm gender), and a jack one name
// adds beside a plug both name is left to the lengths, which pass a plug said once.
func (rd *reading) readJackPort(other *reading) {
	if !rd.writesJack() || other.writesJack() || !other.writesKind(attrPort) || rd.writesKind(attrPort) || !rd.writesAudio() ||
		twoEnded(rd.name) || twoEnded(other.name) {
		return
	}
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimLength && jackSize(t.value) {
			rd.addAttribute(attribute{kind: attrPort, value: jackPort(t.value)}, t.text, t.sp)
			return
		}
	}
}

// writesKind reports whether rd reads a listed value of kind k.
func (rd *reading) writesKind(k string) bool {
	for i := range rd.attrs {
		if rd.attrs[i].kind == k {
			return true
		}
	}
	return false
}

// jackPort names the audio port of a jack size in mm (6.3 and 6.35 are one plug).
func jackPort(mm float64) string {
	switch {
	case same(mm, 2.5):
		return "2.5mm"
	case same(mm, 3.5):
		return "3.5mm"
	}
	return "6.35mm"
}

// twoEnded reports whether name says its goods have two ends: a gender, an adapter or a cable.
func twoEnded(name string) bool {
	return namesAdapter(name) || strings.Contains(name, "케이블") || strings.Contains(strings.ToLower(name), "cable")
}

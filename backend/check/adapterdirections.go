package check

import "strings"

// Adapter directions. A cable or a gender written "A to B" (C타입 to USB, 마이크로 5핀 to C타입,
// USB-C to 라이트닝) names its two ends in order: the plug it has and the socket or plug it turns
// it into. Two names that both write their ends so, and name other ends or the same ends the
// other way round (C to A against A to C), are other goods, however alike the rest of the name.
// A cable with a USB plug at each end is the one exception: USB-A to C and C to A name the same
// cable, so the same USB ends the other way round count only where a name says it is a gender or
// an adapter (OTG, 젠더, 어댑터), whose ends are a plug and a socket; a video conversion (HDMI to
// VGA) works one way and always counts.

var (
	sigToLower = sigOf("to")
	sigToUpper = sigOf("TO")
	sigToTitle = sigOf("To")
)

// portEnds maps an end of an adapter as written, folded (lower case, no USB, 타입, type or
// dash), to the end it names.
var portEnds = map[string]string{
	"c": "c", "c타입": "c", "타입c": "c", "typec": "c", "cpd": "c",
	"a": "a", "a타입": "a", "타입a": "a", "typea": "a", "": "a", // a bare USB end is the A plug
	"8핀": "8핀", "라이트닝": "8핀", "lightning": "8핀",
	"5핀": "5핀", "마이크로5핀": "5핀", "micro5핀": "5핀", "마이크로": "5핀", "micro": "5핀", "microb": "5핀", "마이크로b": "5핀",
	"hdmi": "hdmi", "dp": "dp", "displayport": "dp", "디스플레이포트": "dp", "vga": "vga", "dvi": "dvi",
}

// adapterDirection is one "A to B" of a name: its ends and the bytes it spans.
type adapterDirection struct {
	from, to string
	sp       Span
}

// compareAdapterDirections blocks two names whose "A to B" name other ends, or the same ends
// the other way round.
func compareAdapterDirections(r, e *reading, diffs []Difference) []Difference {
	if !r.mayWriteEnds() || !e.mayWriteEnds() {
		return diffs
	}
	for i := range diffs {
		if diffs[i].Kind == KindPort { // the ends already differ
			return diffs
		}
	}
	rd, rok := adapterDirectionOf(r.name)
	if !rok {
		return diffs // the exposed name's ends need not be read
	}
	ed, eok := adapterDirectionOf(e.name)
	if !eok || (rd.from == ed.from && rd.to == ed.to) {
		return diffs
	}
	if rd.from == ed.to && rd.to == ed.from && usbEnd(rd.from) && usbEnd(rd.to) && !namesAdapter(r.name) && !namesAdapter(e.name) {
		return diffs // USB-A to C against C to A: one cable, a plug at each end
	}
	rf := fact{text: r.name[rd.sp.Start:rd.sp.End], sp: rd.sp}
	ef := fact{text: e.name[ed.sp.Start:ed.sp.End], sp: ed.sp}
	return append(diffs, difference(KindPort, nil, nil, []fact{rf}, []fact{ef}))
}

// mayWriteEnds reports whether rd may write the word to, in any case, or a dash.
func (rd *reading) mayWriteEnds() bool {
	return rd.says.mayWrite(&sigToLower) || rd.says.mayWrite(&sigToUpper) || rd.says.mayWrite(&sigToTitle) ||
		strings.IndexByte(rd.name, '-') >= 0
}

// adapterDirectionOf reads the first "A to B" of name whose two ends are both ends of an
// adapter, or else the first word of two ends joined by a dash (C-마이크로5핀, not USB-C); ok is
// false when the name writes neither.
func adapterDirectionOf(name string) (adapterDirection, bool) {
	if d, ok := adapterToOf(name); ok {
		return d, true
	}
	return adapterDashOf(name)
}

// adapterDashOf reads the first word of name written as two ends joined by one dash, neither a
// bare USB (USB-C is one end).
func adapterDashOf(name string) (adapterDirection, bool) {
	for i := 0; i < len(name); {
		j, w := firstWord(name, i)
		if a, b, ok := strings.Cut(w, "-"); ok && !strings.Contains(b, "-") && !strings.EqualFold(a, "usb") && !strings.EqualFold(b, "usb") {
			from, ok1 := portEnd(a)
			to, ok2 := portEnd(b)
			if ok1 && ok2 {
				return adapterDirection{from: from, to: to, sp: Span{Start: i, End: j}}, true
			}
		}
		i = j + 1
	}
	return adapterDirection{}, false
}

// adapterToOf reads the first "A to B" of name whose two ends are both ends of an adapter.
func adapterToOf(name string) (adapterDirection, bool) {
	for i := 0; i+4 <= len(name); i++ {
		if name[i] != ' ' || !strings.EqualFold(name[i+1:min(i+3, len(name))], "to") || i+3 >= len(name) || name[i+3] != ' ' {
			continue
		}
		fs, fromEnd := lastWord(name[:i])
		te, toEnd := firstWord(name, i+4)
		from, ok1 := portEnd(fromEnd)
		to, ok2 := portEnd(toEnd)
		if ok1 && ok2 {
			return adapterDirection{from: from, to: to, sp: Span{Start: fs, End: te}}, true
		}
	}
	return adapterDirection{}, false
}

// lastWord is the last space-separated word of s and where it starts.
func lastWord(s string) (int, string) {
	j := strings.LastIndexByte(s, ' ') + 1
	return j, s[j:]
}

// firstWord is the word of s starting at i (up to a space or a comma) and where it ends.
func firstWord(s string, i int) (int, string) {
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '/' {
		j++
	}
	return j, s[i:j]
}

// portEnd is the end a written word names, if it names one (USB-C, C타입, usb, 라이트닝).
func portEnd(w string) (string, bool) {
	w = strings.Trim(w, "[]()")
	if w == "" {
		return "", false
	}
	f := strings.ToLower(w)
	f = strings.ReplaceAll(f, "-", "")
	f = strings.TrimPrefix(f, "usb")
	f = strings.TrimPrefix(f, "type")
	if f == "" && !strings.EqualFold(w, "usb") {
		return "", false
	}
	end, ok := portEnds[f]
	return end, ok
}

// usbEnd reports whether an end is a USB plug (A, C, Lightning, micro USB), which a cable may
// have at either end.
func usbEnd(end string) bool { return end == "a" || end == "c" || end == "8핀" || end == "5핀" }

// adapterWords name goods whose ends are a plug and a socket, so their direction matters.
var adapterWords = [...]string{"젠더", "어댑터", "아답터", "gender", "adapter", "otg"}

// namesAdapter reports whether name says the goods are a gender or an adapter.
func namesAdapter(name string) bool {
	l := strings.ToLower(name)
	for _, w := range adapterWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

package check

// Ratios. A switch or a splitter states its inputs and outputs as a ratio (HDMI 분배기 1:4, KVM
// 2:1), a two-part resin its mixing ratio (2:1): two numbers with a colon between. The numbers of
// a ratio are not numbers of the goods on their own, so a name that writes a ratio while the
// other writes none says nothing another's code could contradict (1:2 against 0102SP4K). Two
// ratios are compared as sizes elsewhere (1:4 against 1:2 blocks).

// notRatios leaves out of fs the bare numbers rd writes as one side of a ratio.
func (rd *reading) notRatios(fs []fact) []fact {
	out := fs[:0:0]
	for _, f := range fs {
		if !rd.inRatio(f.sp) {
			out = append(out, f)
		}
	}
	return out
}

// inRatio reports whether the number at sp stands right before or right after a colon with a
// digit on the colon's other side (1:4, 21:9), and not inside a time or a longer run of colons
// (12:30:00).
func (rd *reading) inRatio(sp Span) bool {
	n := rd.name
	if sp.End+1 < len(n) && n[sp.End] == ':' && isDigit(n[sp.End+1]) && !(sp.Start > 0 && n[sp.Start-1] == ':') {
		end := sp.End + 1
		for end < len(n) && isDigit(n[end]) {
			end++
		}
		return end == len(n) || n[end] != ':'
	}
	if sp.Start >= 2 && n[sp.Start-1] == ':' && isDigit(n[sp.Start-2]) && !(sp.End < len(n) && n[sp.End] == ':') {
		start := sp.Start - 1
		for start > 0 && isDigit(n[start-1]) {
			start--
		}
		return start == 0 || n[start-1] != ':'
	}
	return false
}

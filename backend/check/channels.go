package check

import (
	"strconv"
	"strings"
)

// KindChannel: how many channels a recorder, a dashcam, a transmitter or a mixer has (2채널,
// 4CH), in Hangul or Latin. Compared when both names state it and one writes it in Latin (two
// Hangul counts are compared as units by compareOther).
const KindChannel = "channel"

// channelCount reads a token that states a number of channels: 8채널 or 4CH.
func channelCount(t *token) (float64, bool) {
	switch t.kind {
	case tMeasure:
		if t.unit == "채널" && t.num > 0 {
			return t.num, true
		}
	case tModel:
		if n, ok := strings.CutSuffix(t.text, "ch"); ok && isAllDigits(n) && len(n) <= 3 {
			v, err := strconv.Atoi(n)
			return float64(v), err == nil && v > 0
		}
	}
	return 0, false
}

// compareChannels: both names state a number of channels and none of one name's is the other's.
func compareChannels(r, e *reading, diffs []Difference) []Difference {
	rf := channelFacts(r)
	if len(rf) == 0 {
		return diffs
	}
	ef := channelFacts(e)
	if len(ef) == 0 || !latinChannels(rf) && !latinChannels(ef) {
		return diffs // 2채널 against 3채널: compared as units already
	}
	for _, a := range rf {
		for _, b := range ef {
			if same(a.value, b.value) {
				return diffs
			}
		}
	}
	return append(diffs, difference(KindChannel, nil, nil, rf, ef))
}

// channelFacts are the numbers of channels rd states.
func channelFacts(rd *reading) []fact {
	var out []fact
	for i := range rd.toks {
		t := &rd.toks[i]
		if v, ok := channelCount(t); ok {
			out = append(out, fact{value: v, text: rd.name[t.sp.Start:t.sp.End], sp: t.sp})
		}
	}
	return out
}

// latinChannels reports whether one of fs is written in Latin (4CH).
func latinChannels(fs []fact) bool {
	for _, f := range fs {
		if f.text != "" && f.text[len(f.text)-1] < 0x80 {
			return true
		}
	}
	return false
}

package check

import "sellerdesk/backend/order"

// Coupang's catalogue name writes the options its goods come in after commas (스펙트라 S1+ 유축기,
// 1개; 점보 캠핑 마시멜로, 500g, 1개), and a colour among them when the goods come in several. A
// colour that only the seller's option names, against such a name that names none and leaves no
// word of its own where a colour may stand (quietUnnamedColours and restoreUnnamedColours,
// onesidedcolour.go), is then the colour of goods sold in one: 유축기 / 화이트, 모카포트 / 2컵
// 실버, 꽃병 / 18cm 투명. It is no difference. A colour the seller's title ends with (치킨너겟
// 골드: a line), a colour against a name in no catalogue form, and a word the catalogue adds
// where the colour stands still count.

// dropOneColourGoods leaves out the warnings quietUnnamedColours made and restoreUnnamedColours
// kept of the colours only r's option names.
func dropOneColourGoods(r *reading, diffs []Difference) []Difference {
	out := diffs[:0]
	for _, d := range diffs {
		if d.Kind == KindColor && d.Severity == order.Warn && d.Registered != "" && d.Exposed == "" && inOption(d.RegisteredSpans, r.optStart) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// inOption reports whether every span of sps lies in the option part, from optStart on.
func inOption(sps []Span, optStart int) bool {
	for _, sp := range sps {
		if sp.Start < optStart {
			return false
		}
	}
	return len(sps) > 0 && optStart > 0
}

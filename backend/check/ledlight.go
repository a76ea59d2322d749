package check

// 라이트 is also the plain noun "light", the goods themselves: a name that writes LED beside it
// (LED 라이트 지구본, LED 손전등 줌 라이트, LED 귀이개 유아 라이트) names a lamp or a lit tool, not a Lite
// edition the other name leaves out. (의성마늘햄 라이트 or 스와들업 라이트 write no LED and stay the
// lighter edition.) A 라이트 in the seller's option (LED 데스크 램프 1S / 라이트, LED 식물등 /
// 라이트) is what the buyer chose there, the edition, and is still compared.

// lightAttr is the listed reading of 라이트 as a variant. Read only.
var lightAttr = lexicon["라이트"]

// dropLightOfLED forgets rd's variant 라이트, written so and not in the seller's option, when rd
// writes LED and other writes no 라이트 of its own.
func (rd *reading) dropLightOfLED(other *reading) {
	light := -1
	for i := range rd.attrs {
		if a := &rd.attrs[i]; a.kind == lightAttr.kind && a.key == lightAttr.value && a.word == "라이트" {
			light = i
			break
		}
	}
	if light < 0 || rd.optStart > 0 && rd.attrs[light].sp.Start >= rd.optStart {
		return // 샤오미 LED 램프 1S / 라이트: the seller's option chooses the Lite edition
	}
	for i := range other.attrs {
		if other.attrs[i].kind == lightAttr.kind && other.attrs[i].key == lightAttr.value {
			return
		}
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && t.text == "led" {
			rd.attrs = append(rd.attrs[:light], rd.attrs[light+1:]...)
			return
		}
	}
}

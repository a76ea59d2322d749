package check

import "strings"

// 라이트 is also the plain noun "light", the goods themselves: a name that writes LED beside it
// (LED 라이트 지구본, LED 손전등 줌 라이트, LED 귀이개 유아 라이트) names a lamp or a lit tool, not a Lite
// edition the other name leaves out. (의성마늘햄 라이트 or 스와들업 라이트 write no LED and stay the
// lighter edition.) A 라이트 in the seller's option (LED 데스크 램프 1S / 라이트, LED 식물등 /
// 라이트) is what the buyer chose there, the edition, and is still compared.

// lightAttr is the listed reading of 라이트 as a variant. Read only.
var lightAttr = lexicon["라이트"]

// dropLightOfLED forgets rd's variant 라이트, written so and not in the seller's option, when rd
// or other writes LED or names a lamp (자전거 라이트 against 자전거 전조등: the other name calls the
// same goods by their kind) and other writes no 라이트 of its own.
func (rd *reading) dropLightOfLED(other *reading) {
	if !rd.holds(lightAttr.kind) {
		return // none to read (attrkinds.go)
	}
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
	if namesALamp(rd) || namesALamp(other) {
		rd.attrs = append(rd.attrs[:light], rd.attrs[light+1:]...)
	}
}

// namesALamp reports whether a word of rd names a lamp.
func namesALamp(rd *reading) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && namesLamp(t.text) {
			return true
		}
	}
	return false
}

// A name of a lamp says the same as LED (크레모아 울트라 미니 랜턴 캠핑 라이트, 무드등 수면등 라이트,
// 헤드랜턴 라이트): the goods light, and 라이트 beside them is the noun, not the Lite edition.

// lampWords are the words that name a lamp; a word ending in one of lampEndings does too
// (헤드랜턴, 캠핑랜턴, 데스크램프, 무드조명).
var lampWords = map[string]bool{
	"led": true, "lantern": true, "lamp": true, "flashlight": true, "후레쉬": true, "후래쉬": true,
	"무드등": true, "수면등": true, "취침등": true, "캠핑등": true, "식물등": true, "작업등": true, "센서등": true,
	"전조등": true, "후미등": true, "미등": true, "안개등": true, "headlight": true, "taillight": true,
}

// lampEndings are the endings of words that name a lamp.
var lampEndings = [...]string{"랜턴", "램프", "조명", "손전등", "전등"}

// namesLamp reports whether the folded word w names a lamp.
func namesLamp(w string) bool {
	if lampWords[w] {
		return true
	}
	for _, e := range lampEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

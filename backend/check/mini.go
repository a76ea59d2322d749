package check

// 미니 is also the plain adjective "small": a name that writes 미니 where the other writes 소형
// (소형 지폐계수기 against 계수기 미니) says the same size, not a Mini model the other leaves out.

// dropMiniForSmall forgets rd's variant 미니 when other writes 소형 and no 미니 of its own.
func (rd *reading) dropMiniForSmall(other *reading) {
	if !rd.holds(miniAttr.kind) {
		return // none to read (attrkinds.go)
	}
	mini := -1
	for i := range rd.attrs {
		if rd.attrs[i].kind == miniAttr.kind && rd.attrs[i].key == miniAttr.value {
			mini = i
			break
		}
	}
	if mini < 0 {
		return
	}
	for i := range other.attrs {
		if other.attrs[i].kind == miniAttr.kind && other.attrs[i].key == miniAttr.value {
			return
		}
	}
	for i := range other.toks {
		if t := &other.toks[i]; t.text == "소형" {
			rd.attrs = append(rd.attrs[:mini], rd.attrs[mini+1:]...)
			return
		}
	}
}

// dropMiniAfterSharedCode forgets rd's variant 미니 written right after a model code that both
// names write (쿠첸 전기보온밥솥 CJE-A0305 미니 against 쿠첸 CJE A0305): the code names the one
// product, and 미니 after it describes it. A Mini written after a line name (아이패드 미니, 맥
// 미니) has no code before it and is still compared.
func (rd *reading) dropMiniAfterSharedCode(other *reading) {
	rd.dropMiniAfter(other, func(m *token) bool {
		return m.kind == tModel && pinCode(codeKey(m.text)) && other.explainsCode(codeKey(m.text))
	})
}

// dropMiniAfter forgets rd's first variant 미니 when the token right before it says it describes
// the one product (before reports that), unless other writes a variant rd does not (가습기 맥스
// against 가습기 화이트 미니: there 미니 stands against the other's variant) or other reads a 미니 of
// its own (the two 미니 agree, wherever each is written). It is asked of both
// names, so that a name reads the same whichever side writes it.
func (rd *reading) dropMiniAfter(other *reading, before func(t *token) bool) {
	if !rd.holds(miniAttr.kind) {
		return // none to read (attrkinds.go)
	}
	if other.saysVariantBeside(rd) || other.hasAttr(miniAttr.kind, miniAttr.value) {
		return // 7430U 미니PC against A5 미니 PC: both write 미니, and the two agree
	}
	for i := range rd.attrs {
		a := &rd.attrs[i]
		if a.kind != miniAttr.kind || a.key != miniAttr.value {
			continue
		}
		if k := tokenAt(rd, a.sp); k >= 1 && before(&rd.toks[k-1]) {
			rd.attrs = append(rd.attrs[:i], rd.attrs[i+1:]...)
		}
		return
	}
}

// dropMiniGluedToShared forgets rd's variant 미니 glued to a word in Latin letters that other
// writes too (미니PC against 비링크 EQ12 미니PC): both names name the kind of goods, a mini PC,
// not a Mini model. Against a name that writes no PC (노트북, 태블릿) 미니 is still compared, and
// so is it against a name that reads a 미니 of its own (미니 PC, written apart): the two agree.
func (rd *reading) dropMiniGluedToShared(other *reading) {
	if !rd.holds(miniAttr.kind) {
		return // none to read (attrkinds.go)
	}
	if other.hasAttr(miniAttr.kind, miniAttr.value) {
		return
	}
	for i := range rd.attrs {
		a := &rd.attrs[i]
		if a.kind != miniAttr.kind || a.key != miniAttr.value {
			continue
		}
		k := tokenAt(rd, a.sp)
		if k < 0 || k+1 >= len(rd.toks) {
			return
		}
		next := &rd.toks[k+1]
		if next.kind != tWord || !latinWord(next.text) || rd.toks[k].sp.End != next.sp.Start {
			return
		}
		for j := range other.toks {
			if other.toks[j].kind == tWord && other.toks[j].text == next.text {
				rd.attrs = append(rd.attrs[:i], rd.attrs[i+1:]...)
				return
			}
		}
		return
	}
}

// dropMiniAfterValue forgets rd's variant 미니 written right after a value both names write — a
// listed attribute such as the power source (무선 고데기 충전식 미니) or a gold purity in karats
// (순금 골드바 24K 미니): a Mini model is written after a line name (아이패드 미니, 맥 미니), and
// a value is no line name, so 미니 there describes the size of the one product.
func (rd *reading) dropMiniAfterValue(other *reading) {
	rd.dropMiniAfter(other, func(t *token) bool { return rd.valueBoth(t, other) || karat(t.text) })
}

// valueBoth reports whether rd's token t is read as a listed value, not a variant, that other
// reads too.
func (rd *reading) valueBoth(t *token, other *reading) bool {
	if t.kind != tWord || !t.attr {
		return false
	}
	for i := range rd.attrs {
		a := &rd.attrs[i]
		if a.sp.Start != t.sp.Start || a.kind == miniAttr.kind {
			continue
		}
		for j := range other.attrs {
			if other.attrs[j].kind == a.kind && other.attrs[j].key == a.key {
				return true
			}
		}
	}
	return false
}

// karat reports whether w is a gold purity in karats (14k, 18k, 24k).
func karat(w string) bool {
	switch w {
	case "9k", "10k", "14k", "18k", "22k", "24k":
		return true
	}
	return false
}

// saysVariantBeside reports whether rd reads a variant (맥스, 프로) that other does not.
func (rd *reading) saysVariantBeside(other *reading) bool {
	for i := range rd.attrs {
		a := &rd.attrs[i]
		if a.kind != miniAttr.kind || a.key == miniAttr.value {
			continue
		}
		found := false
		for j := range other.attrs {
			found = found || other.attrs[j].kind == a.kind && other.attrs[j].key == a.key
		}
		if !found {
			return true
		}
	}
	return false
}

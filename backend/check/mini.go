package check

// 미니 is also the plain adjective "small": a name that writes 미니 where the other writes 소형
// (소형 지폐계수기 against 계수기 미니) says the same size, not a Mini model the other leaves out.

// dropMiniForSmall forgets rd's variant 미니 when other writes 소형 and no 미니 of its own.
func (rd *reading) dropMiniForSmall(other *reading) {
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

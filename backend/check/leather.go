package check

// Leather and PU said apart in one name (양면 가죽 데스크매트 PU) are PU leather, the synthetic
// leather the trade also writes PU 가죽, 인조가죽 or 합피: one material, not two.

// joinPULeather reads the materials 가죽 and 폴리우레탄 (PU) of one name as the one material
// 인조가죽, written where 가죽 is, with PU's place kept as a further span.
func (rd *reading) joinPULeather() {
	if !rd.holds(attrMaterial) {
		return // none to read (attrkinds.go)
	}
	leather, pu := -1, -1
	for i := range rd.attrs {
		if a := &rd.attrs[i]; a.kind == attrMaterial {
			switch a.key {
			case "가죽":
				leather = i
			case "폴리우레탄":
				pu = i
			}
		}
	}
	if leather < 0 || pu < 0 {
		return
	}
	l := &rd.attrs[leather]
	l.key = "인조가죽"
	l.more = append(l.more, rd.attrs[pu].sp)
	rd.attrs = append(rd.attrs[:pu], rd.attrs[pu+1:]...)
}

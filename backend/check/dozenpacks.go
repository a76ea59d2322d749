package check

// 타 (다스, dozen) counts twelve pieces, but a name that also writes twelve pieces a pack
// (셔틀콕 12개입, 3타; 12개입 / 1타) says the dozen twice: 3타 is three packs of those twelve, not
// three dozen packs of twelve. Read so, 12개입 × 3타 is 36 shuttlecocks, as 12개입 × 3개 is.

// dozenUnits are the count units worth twelve pieces.
var dozenUnits = map[string]bool{"타": true, "다스": true, "더즌": true, "dozen": true}

// dozensOfPacks reads rd's dozens as packs when rd writes a count of twelve in another unit.
func (rd *reading) dozensOfPacks() {
	twelve := false
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && t.num == 12 && t.value == 12 && !dozenUnits[t.unit] {
			twelve = true
			break
		}
	}
	if !twelve {
		return
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && dozenUnits[t.unit] && t.num > 0 {
			t.value = t.num
		}
	}
}

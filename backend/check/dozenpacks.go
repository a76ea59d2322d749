package check

// 타 (다스, dozen) counts twelve pieces, but a name that also writes twelve pieces a pack
// (셔틀콕 12개입, 3타; 12개입 / 1타) says the dozen twice: 3타 is three packs of those twelve, not
// three dozen packs of twelve. Read so, 12개입 × 3타 is 36 shuttlecocks, as 12개입 × 3개 is.

// dozenUnits are the count units worth twelve pieces.
var dozenUnits = map[string]bool{"타": true, "다스": true, "더즌": true, "dozen": true}

// dozenKeys is one bit of each dozen unit as a name may write it (타, 스, 즌, a z of either case:
// nameSig keeps ASCII letters as written): a name with none of them writes no dozen unit.
var dozenKeys = sigSetOf("타", "다스", "더즌", "z", "Z").key

// sigTwelve is what a name writing a count of twelve writes: its digits.
var sigTwelve = sigOf("12")

// dozensOfPacks reads rd's dozens as packs when rd writes a count of twelve in another unit.
func (rd *reading) dozensOfPacks() {
	if !rd.says.mayWrite(&sigTwelve) || !rd.says.meets(&dozenKeys) {
		return // no twelve or no dozen unit: nothing to read again
	}
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

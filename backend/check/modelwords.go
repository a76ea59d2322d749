package check

// A model named by the word 모델 or Model and one letter or number after it (테슬라 모델Y, Model
// 3, 생리컵 모델 1) is that model: the letter alone is read as a word or a size and the number as
// a bare number, so 모델Y against Model 3 had nothing to compare. compareModelWords blocks two
// names that each name such a model and no model in common.

// modelWordSigs are the signatures of the model word as a name may write it.
var modelWordSigs = sigSetOf("모델", "model", "Model", "MODEL")

// modelDesignators appends the letters or numbers rd writes right after 모델 or model.
func modelDesignators(fs []fact, rd *reading) []fact {
	for i := 0; i+1 < len(rd.toks); i++ {
		t, d := &rd.toks[i], &rd.toks[i+1]
		if t.kind != tWord || t.text != "모델" && t.text != "model" {
			continue
		}
		key := ""
		switch {
		case (d.kind == tWord || d.kind == tSize || d.kind == tTimes) && len(d.text) == 1 && d.text[0] >= 'a' && d.text[0] <= 'z':
			key = d.text
		case d.kind == tNumber && d.num >= 0 && d.num < 100 && d.num == float64(int(d.num)):
			key = formatValue(d.num)
		default:
			continue
		}
		if i+2 < len(rd.toks) && adjacent(d, &rd.toks[i+2]) && rd.toks[i+2].kind != tBreak {
			continue // 모델 3세대, Model 3x: more than a designator
		}
		fs = addFact(fs, "model "+key, 0, rd.name, Span{Start: t.sp.Start, End: d.sp.End})
	}
	return fs
}

// compareModelWords blocks 모델Y against Model 3 unless the models already differ.
func compareModelWords(r, e *reading, diffs []Difference) []Difference {
	if !r.says.mayWriteSome(&modelWordSigs) || !e.says.mayWriteSome(&modelWordSigs) {
		return diffs
	}
	for i := range diffs {
		if diffs[i].Kind == KindModel {
			return diffs
		}
	}
	var rb, eb [2]fact
	rf := modelDesignators(rb[:0], r)
	if len(rf) == 0 {
		return diffs
	}
	ef := modelDesignators(eb[:0], e)
	if len(ef) == 0 {
		return diffs
	}
	for i := range rf {
		for j := range ef {
			if rf[i].key == ef[j].key {
				return diffs
			}
		}
	}
	return append(diffs, difference(KindModel, nil, nil, rf, ef))
}

package check

// A generation written in English (2nd Gen, 3rd generation, Gen 2) is the generation a Korean
// name writes with 세대 (2세대): read both as the same generation number, so 1세대 against 2nd Gen
// is another generation and 2세대 against 2nd Gen is the same one.

// readEnglishGenerations reads each generation rd writes in English as a measure in 세대, as
// 2세대 is read: the ordinal or number leaves the codes and bare numbers, and the word gen or
// generation is no word of the goods.
func (rd *reading) readEnglishGenerations() {
	for i := range rd.toks {
		w := &rd.toks[i]
		if w.kind != tWord || w.text == "" || w.text[0] != 'g' || w.text != "gen" && w.text != "generation" {
			continue
		}
		var n *token
		var v float64
		if i > 0 {
			if o, ok := ordinalNumber(rd.toks[i-1].text); ok && rd.toks[i-1].kind == tModel {
				n, v = &rd.toks[i-1], o // 2nd Gen
			}
		}
		if n == nil && i+1 < len(rd.toks) {
			if t := &rd.toks[i+1]; t.kind == tNumber && t.value >= 1 && t.value < 100 && t.value == float64(int(t.value)) && t.text[0] != '0' {
				n, v = t, t.value // Gen 2
			}
		}
		if n == nil {
			continue
		}
		rd.models = dropAt(rd.models, n.sp, func(f *fact) Span { return f.sp })
		rd.numbers = dropAt(rd.numbers, n.sp, func(t *token) Span { return t.sp })
		sp := Span{min(n.sp.Start, w.sp.Start), max(n.sp.End, w.sp.End)}
		n.kind, n.dim, n.unit, n.value, n.num, n.sp = tMeasure, dimOther, "세대", v, v, sp
		w.stop = true
		rd.measures = append(rd.measures, *n)
	}
}

// ordinalNumber reads an English ordinal written with digits (1st, 2nd, 3rd, 10th).
func ordinalNumber(s string) (float64, bool) {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 || s[0] == '0' {
		return 0, false
	}
	switch s[k:] {
	case "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	return leadingNumber(s), true
}

// dropAt leaves out of xs the items written at sp (span gives an item's place in the name).
func dropAt[T any](xs []T, sp Span, span func(*T) Span) []T {
	out := xs[:0]
	for i := range xs {
		if span(&xs[i]) != sp {
			out = append(out, xs[i])
		}
	}
	return out
}

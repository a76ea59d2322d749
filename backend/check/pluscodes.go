package check

import "strings"

// comparePlusCodes: a model code written with a plus (DS224+, HD60 S+ as hd60s+) is read as a
// grade; against a model code of the other name with the same letters and other digits (DS223)
// it is another model, as two such codes without the plus are (compareModels).
func comparePlusCodes(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for _, g := range a.grades {
			head := strings.TrimRight(g.key, "+")
			if head == g.key || g.kind == "" || !strings.ContainsAny(head, "0123456789") || b.explainsCode(head) {
				continue
			}
			for _, m := range b.models {
				if m.key == head || !sameShape(head, m.key) || a.explainsCode(m.key) {
					continue
				}
				af, bf := g, m
				if a == e {
					af, bf = bf, af
				}
				return append(diffs, difference(KindModel, nil, nil, []fact{af}, []fact{bf}))
			}
		}
	}
	return diffs
}

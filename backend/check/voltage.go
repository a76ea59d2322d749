package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// KindVoltage: a device made for several voltages (12V/24V 겸용, 110/220V) is another model than
// the one made for one of them (12V).
const KindVoltage = "voltage"

// voltageSet reads a code written as one voltage or a list of voltages (12V, 12V/24V, 12/24V,
// DC12V) into vs, a list of its numbers as written; ok is false for anything else (a range such
// as 100-240V, a model such as 12V-30, a code with other letters).
func voltageSet(text string, vs []string) ([]string, bool) {
	vs = vs[:0]
	if text == "" || text[len(text)-1] != 'v' && text[len(text)-1] != 'V' || strings.ContainsAny(text, "-~") {
		return vs, false
	}
	for rest := text; rest != ""; {
		part, tail, _ := strings.Cut(rest, "/")
		rest = tail
		if len(part) > 2 && (part[:2] == "dc" || part[:2] == "DC" || part[:2] == "ac" || part[:2] == "AC") {
			part = part[2:]
		}
		if n := len(part); n > 0 && (part[n-1] == 'v' || part[n-1] == 'V') {
			part = part[:n-1]
		}
		if part == "" || !isDigit(part[0]) || strings.Trim(part, "0123456789.") != "" {
			return vs, false
		}
		vs = append(vs, part)
	}
	return vs, len(vs) > 0
}

// compareVoltages: a list of voltages written as one code on one side (12V/24V) against one of
// its voltages alone on the other (12V), the other name writing no such list, is a device for
// fewer voltages; so are single voltages written with 겸용 (12V 24V 겸용, dualAgainstOne). (Two
// single voltages that differ are codes that differ: compareModels.)
func compareVoltages(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for _, m := range a.models {
			var buf [4]string
			list, ok := voltageSet(m.text, buf[:0])
			if !ok || len(list) < 2 {
				continue
			}
			single, other := b.singleVoltageOf(list)
			if single == nil || other {
				continue
			}
			af, bf := m, *single
			if a == e {
				af, bf = bf, af
			}
			d := difference(KindVoltage, nil, nil, []fact{af}, []fact{bf})
			d.Severity = order.Block
			return append(diffs, d)
		}
		if volts, single, ok := a.dualAgainstOne(b); ok { // 12V 24V 겸용 against 12V (voltagesingles.go)
			af, bf := volts, []fact{*single}
			if a == e {
				af, bf = bf, af
			}
			d := difference(KindVoltage, nil, nil, af, bf)
			d.Severity = order.Block
			return append(diffs, d)
		}
	}
	return diffs
}

// singleVoltageOf is rd's code that writes one voltage of list alone, if any; lists reports
// whether rd also writes a list of voltages of its own.
func (rd *reading) singleVoltageOf(list []string) (single *fact, lists bool) {
	for i := range rd.models {
		var buf [4]string
		vs, ok := voltageSet(rd.models[i].text, buf[:0])
		switch {
		case !ok:
		case len(vs) > 1:
			lists = true
		case single == nil:
			for _, v := range list {
				if v == vs[0] {
					single = &rd.models[i]
				}
			}
		}
	}
	return single, lists
}

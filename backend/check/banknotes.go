package check

// Banknotes. Money bands, envelopes and wallets are sold by the note they hold, written with the
// number (50000원권), with the number word (만원권, 오만원권) or with both (5만원권): the words are
// the numbers, so 50000원권 against 만원권 are other bands and 50000원권, 오만원권 and 5만원권 one.

// banknoteWords are the notes Korea issues, written with the number word, and their value.
var banknoteWords = map[string]float64{"천원권": 1000, "오천원권": 5000, "만원권": 10000, "오만원권": 50000}

var sigWonNote = sigOf("원권")

// banknoteUnits are the number words a number before 원권 may be written with (5만원권).
var banknoteUnits = map[string]float64{"만원권": 10000, "천원권": 1000}

// readBanknotes reads a note written with its number word as the measure of its number in 원권.
func (rd *reading) readBanknotes() {
	if !rd.says.mayWrite(&sigWonNote) {
		return
	}
	for i := range rd.measures {
		if m := &rd.measures[i]; m.dim == dimOther && banknoteUnits[m.unit] > 0 {
			m.value *= banknoteUnits[m.unit]
			m.num, m.unit = m.value, "원권"
		}
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		v, ok := banknoteWords[t.text]
		if !ok {
			continue
		}
		m := *t
		m.kind, m.dim, m.unit, m.value, m.num = tMeasure, dimOther, "원권", v, v
		rd.measures = append(rd.measures, m)
	}
}

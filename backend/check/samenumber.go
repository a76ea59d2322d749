package check

// A name may count its pieces with a counter the matcher does not read as a count (24마디,
// 24컵, 5000발, 5팬) where the other name counts the same pieces with a count word (24조각,
// 24개입, 5000pcs, 팬 5개): the same number, said once on each side, is one count.

// propertyUnits are counters that say what the goods are, not how many (a 4인용 tent is one
// tent; a 3단 shelf one shelf; 4배 a lens's power; a 4베이 NAS has four slots, not four
// drives): their number is never a count of pieces.
var propertyUnits = map[string]bool{
	"인용": true, "인": true, "단": true, "배": true, "배율": true, "톤": true, "날": true, "구": true,
	"채널": true, "열": true, "층": true, "년": true, "호": true, "번": true, "세": true, "도": true,
	"단계": true, "인치": true, "평": true, "차": true, "년형": true, "세대": true, "핀": true, "구간": true,
	"베이": true, "포트": true, "슬롯": true, "구멍": true, "홀": true, "공": true,
}

// readSameNumberCount makes a number other writes with a counter rd never writes into a count
// of other's, when that count brings other's total to rd's: 24마디 against 24조각.
func (rd *reading) readSameNumberCount(other *reading) {
	if !rd.saysCount || same(rd.units, other.units) || other.units <= 0 {
		return
	}
	for i := range other.measures {
		m := &other.measures[i]
		if m.dim != dimOther || m.num <= 1 || m.num != float64(int(m.num)) || propertyUnits[m.unit] ||
			!same(other.units*m.num, rd.units) || rd.writesOther(m.unit, m.num) {
			continue
		}
		c := countRun{value: m.num, n: 1, sp: m.sp}
		c.factors[0] = countFactor{value: m.num}
		other.counts = append(other.counts, c)
		other.totalCounts()
		return
	}
}

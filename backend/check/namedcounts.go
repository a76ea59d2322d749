package check

// countWrittenBare reports whether the name that states no count (a) writes the number of the
// other name's count (b) as a number of its own: 주술회전 / 25 against 주술회전 25권, 135-36
// against 36컷, 1~5번 against 5벌. The number names the goods on both sides; a count only one
// name attaches to it is no count that conflicts. The catalogue's count of sale units (원터치
// 텐트, 4개) counts the boxes sold and is never a restated number (4인용 is no four tents).
func countWrittenBare(a, b *reading) bool {
	if a.saysCount || !b.saysCount || b.weakCount || b.units < 2 || catalogueCount(b) {
		return false
	}
	for i := range b.counts {
		if b.counts[i].weak {
			return false // read from bare numbers multiplied (4 X M): not a stated count
		}
	}
	return a.writesNumber(b.units)
}

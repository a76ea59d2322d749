package check

// A rank. Listings boast of a sales rank in their search titles ([올리브영 1위], 판매1위, 재구매율
// 1위): 1위 is a place in a chart, not a measure of the goods. A rank against a name that writes
// no rank says nothing of the goods and is not set against the other name's numbers (the 1025 of
// 라운드랩 1025 독도, a year); two names that both write a rank (3위 vs 2위 of a trophy) still
// compare it.

// rankUnit is the folded unit of a rank.
const rankUnit = "위"

// boastedRank reports whether t is a rank that other, writing no rank, does not answer.
func boastedRank(t *token, other *reading) bool {
	if t.unit != rankUnit {
		return false
	}
	for i := range other.measures {
		if other.measures[i].unit == rankUnit {
			return false
		}
	}
	return true
}

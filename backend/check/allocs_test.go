package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A reused Matcher allocates about three and a half times a pair over all the labelled tables
// (3.47; mostly the result: finding texts and spans, and the folded text of a name with capital
// letters). The word rule's left-over words and the measure, attribute and unit rules' extras
// live in reused or stack buffers; the loss of either brings it back to about 3.95 and fails the
// bound. A rule that lets a value escape to the heap on every count or word shows here at once:
// a closure handed a copy of each count once doubled it to eight, and cost about 5 % of
// throughput before anyone saw it. Counted, not timed.
func TestMatcherAllocationsPerPair(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every table")
	}
	pairs := loadNamePairs(t)
	var m Matcher
	for i := range pairs { // warm the Matcher's buffers
		_ = m.Compare(pairs[i].registered, pairs[i].exposed, pairs[i].bundle)
	}
	avg := testing.AllocsPerRun(3, func() {
		for i := range pairs {
			_ = m.Compare(pairs[i].registered, pairs[i].exposed, pairs[i].bundle)
		}
	}) / float64(len(pairs))
	assert.LessOrEqual(t, avg, 3.8, "allocations a pair, over %d pairs", len(pairs))
	t.Logf("%.2f allocations a pair over %d pairs", avg, len(pairs))
}

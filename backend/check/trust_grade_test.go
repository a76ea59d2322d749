package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 12 point 11: a produce size grade such as (L~2L) is a size, not a 2-litre capacity.
func TestSizeGradeIsNotACapacity(t *testing.T) {
	same := CompareNames("제주 감귤 5kg (L~2L)", "제주 감귤 5kg L~2L")
	assert.True(t, same.Match, "%+v", same.Differences)

	c := CompareNames("제주 감귤 5kg (L~2L)", "제주 감귤 5kg (2L~3L)")
	assert.False(t, c.Match)
	for _, d := range c.Differences {
		assert.NotEqual(t, KindCapacity, d.Kind, "a grade is not a capacity: %+v", d)
		assert.NotEqual(t, "용량", KindLabel(d.Kind))
	}

	// A litre is still a litre.
	w := CompareNames("생수 2L x 6병", "생수 1.5L x 6병")
	assert.False(t, w.Match)
	assert.Equal(t, KindCapacity, w.Differences[0].Kind)
	assert.True(t, CompareNames("생수 2L", "생수 2리터").Match)
}

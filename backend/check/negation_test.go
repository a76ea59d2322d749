package check

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A part a name leaves out is a different composition only against a name that includes it and
// does not leave it out too: a name that writes the part as a modifier of the goods and then
// says it is not included (해먹 스탠드 (해먹 미포함)) is the same name on both sides.
func TestNegatedPartWrittenTwice(t *testing.T) {
	tests := []struct {
		reg, exp string
		match    bool
	}{
		{"캠핑 의자 거치대 (의자 미포함) / 거치대 단품", "캠핑 의자 거치대 (의자 미포함) / 거치대 단품", true},
		{"유모차 컵홀더 거치대 컵 불포함 / 블랙", "유모차 컵홀더 거치대 컵 불포함, 블랙", true},
		{"전동 드릴 본체만 (배터리 미포함)", "전동 드릴 배터리 2개 세트", false},
		{"캠핑 의자 거치대 (의자 미포함) / 거치대 단품", "캠핑 의자 거치대 의자 세트", false},
	}
	for _, tc := range tests {
		got := CompareNames(tc.reg, tc.exp)
		assert.Equal(t, tc.match, got.Match, "%q vs %q: %+v", tc.reg, tc.exp, got.Differences)
	}
}

// endsNegated walks negationList in its own order and takes the first negation a word ends in:
// that is the only one as long as no negation ends another.
func TestNoNegationEndsAnother(t *testing.T) {
	assert.Len(t, negationList, len(negations))
	for _, a := range negationList {
		for _, b := range negationList {
			assert.False(t, a != b && strings.HasSuffix(a, b), "%s ends in %s", a, b)
		}
	}
}

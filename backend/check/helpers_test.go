package check

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

var testNow = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// nameCase is one pair of the method tests and the verdict it gets.
type nameCase struct {
	name     string
	reg, exp string
	severity order.Severity // "" for a match
	kind     string
	r, e     string // the readings the first difference names
}

// runNameCases checks each case's severity and, for a difference, the kind and both readings of
// the first one.
func runNameCases(t *testing.T, tests []nameCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.Equal(t, tc.severity, got.Severity, "%+v", got.Differences)
			assert.Equal(t, tc.severity == "", got.Match)
			if tc.severity == "" {
				return
			}
			require.NotEmpty(t, got.Differences)
			d := got.Differences[0]
			assert.Equal(t, tc.kind, d.Kind, "%+v", got.Differences)
			assert.Equal(t, tc.r, d.Registered)
			assert.Equal(t, tc.e, d.Exposed)
		})
	}
}

// readingCase is a pair and the Korean explanation its differences get (Readings).
type readingCase struct{ reg, exp, want string }

// runReadingCases checks each case's explanation.
func runReadingCases(t *testing.T, tests []readingCase) {
	t.Helper()
	for _, tc := range tests {
		got := CompareNames(tc.reg, tc.exp)
		assert.Equal(t, tc.want, Readings(got.Differences), "%s vs %s", tc.reg, tc.exp)
	}
}

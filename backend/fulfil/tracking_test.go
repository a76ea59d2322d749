package fulfil

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/lists"
)

func FuzzCheckTracking(f *testing.F) {
	for _, s := range []string{"612345678901", "6123-4567-8901", "6.12345678901E+11", "", "abc", "０１２３４５６７８９０１", "=\"612345678901\""} {
		f.Add("CJ대한통운", s)
		f.Add("로젠", s)
	}
	table, err := lists.DefaultCouriers()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, courier, raw string) {
		c, err := lookupCourier(table, courier)
		if err != nil {
			return
		}
		number, err := checkTracking(c, raw)
		if err != nil {
			assert.Empty(t, number)
			return
		}
		for _, r := range number {
			if len(c.TrackingDigits) > 0 {
				require.True(t, r >= '0' && r <= '9', "%q → %q", raw, number)
			}
		}
		if len(c.TrackingDigits) > 0 {
			assert.Contains(t, c.TrackingDigits, len(number), "%q → %q", raw, number)
		}
	})
}

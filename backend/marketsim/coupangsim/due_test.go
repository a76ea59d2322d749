package coupangsim

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

func TestEstimatedShippingIsTwoBusinessDaysLater(t *testing.T) {
	kst := order.KST()
	day := func(t time.Time) string { return t.Format(dateLayout) }
	assert.Equal(t, "2026-11-25", day(estimatedShipping(time.Date(2026, 11, 23, 10, 0, 0, 0, kst))), "Monday → Wednesday")
	assert.Equal(t, "2026-12-01", day(estimatedShipping(time.Date(2026, 11, 27, 23, 0, 0, 0, kst))), "Friday → Tuesday")
	assert.Equal(t, "2026-12-01", day(estimatedShipping(time.Date(2026, 11, 29, 9, 0, 0, 0, kst))), "Sunday → Tuesday")
}

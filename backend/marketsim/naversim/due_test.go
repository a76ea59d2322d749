package naversim

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

func TestShippingDueIsTheThirdBusinessDayEnd(t *testing.T) {
	kst := order.KST()
	tests := []struct {
		name string
		paid time.Time
		want time.Time
	}{
		{"a Monday payment is due on Thursday", time.Date(2026, 11, 23, 10, 0, 0, 0, kst), time.Date(2026, 11, 26, 23, 59, 59, 0, kst)},
		{"a Friday payment skips the weekend", time.Date(2026, 11, 27, 22, 0, 0, 0, kst), time.Date(2026, 12, 2, 23, 59, 59, 0, kst)},
		{"a Saturday payment counts from Monday", time.Date(2026, 11, 28, 9, 0, 0, 0, kst), time.Date(2026, 12, 2, 23, 59, 59, 0, kst)},
		{"a time in UTC is read in KST", time.Date(2026, 11, 22, 16, 0, 0, 0, time.UTC), time.Date(2026, 11, 26, 23, 59, 59, 0, kst)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, tt.want.Equal(shippingDue(tt.paid)), "got %s", shippingDue(tt.paid))
		})
	}
	assert.True(t, shippingDue(time.Time{}).IsZero())
}

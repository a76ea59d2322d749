package views

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Issue 12 point 9: the board's row names a box as every other screen does. A box of an order with
// several boxes says which one beside the receiver; a single box says nothing more.
func TestBoardRowSaysWhichBox(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, order.KST())
	for _, tc := range []struct {
		box      order.BoxNo
		wantBox  string
		wantName string
	}{
		{order.BoxNo{No: 2, Of: 3}, "박스 2/3", "쿠팡 30000012345 김민우 (박스 2/3)"},
		{order.BoxNo{}, "", "쿠팡 30000012345 김민우"},
		{order.BoxNo{No: 1, Of: 1}, "", "쿠팡 30000012345 김민우"},
	} {
		r := Row(store.Summary{Key: "coupang/6425", Market: order.Coupang, ID: "6425", OrderID: "30000012345",
			ReceiverName: "김민우", Box: tc.box}, now)
		assert.Equal(t, tc.wantBox, r.Box)
		assert.Equal(t, tc.wantName, r.Name)
	}
}

package views

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/check"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// The drawer offers 판매 취소 (its warning set, in Go's words) only on a box still to ship;
// a dispatched box, or one the buyer asked to cancel, is not offered it; the history names the write in Korean.
func TestDetailOffersSellerCancel(t *testing.T) {
	s := order.Shipment{Marketplace: order.Coupang, ID: "1", OrderID: "2", Status: order.StatusAcknowledged,
		Lines: []order.Line{{ItemID: "3", ProductName: "사과", Quantity: 1}}}
	d := Detail(&s, []store.AuditEntry{{At: time.Now(), Actor: "seller", Action: "seller-cancel", Detail: "판매 취소: 품절"},
		{At: time.Now(), Actor: "seller", Action: "seller-cancel-failed", Detail: "x"}}, check.Learned{})
	assert.Equal(t, fulfil.SellerCancelWarning, d.SellerCancelWarning)
	assert.Contains(t, d.SellerCancelWarning, "판매자 점수")
	assert.Empty(t, d.SellerCancelBlocked)
	assert.Equal(t, "판매 취소", d.History[0].Action)
	assert.Equal(t, "판매 취소 실패", d.History[1].Action)

	s.Status = order.StatusShipped
	d = Detail(&s, nil, check.Learned{})
	assert.Empty(t, d.SellerCancelWarning)

	s.Status, s.Marketplace = order.StatusPaid, order.Naver
	d = Detail(&s, nil, check.Learned{})
	assert.NotEmpty(t, d.SellerCancelWarning, "Naver takes it too")
	s.Claim = &order.Claim{Type: order.ClaimCancel, Open: true}
	d = Detail(&s, nil, check.Learned{})
	assert.Empty(t, d.SellerCancelWarning)
	assert.Contains(t, d.SellerCancelBlocked, "구매자의 취소 요청")
}

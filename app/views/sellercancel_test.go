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

// The 판매 취소 form's lines come from Go: per item with anything left, its name and what it has
// left (a line cancelled in full is not offered); whether only the whole box may go now, in Go's
// words (결제완료 on Coupang, any Naver box), "" at 상품준비중 on Coupang.
func TestDetailSellerCancelLines(t *testing.T) {
	s := order.Shipment{Marketplace: order.Coupang, ID: "1", OrderID: "2", Status: order.StatusAcknowledged,
		Lines: []order.Line{{ItemID: "3", ProductName: "현미", OptionName: "4kg", Quantity: 3, CanceledQty: 1},
			{ItemID: "4", ProductName: "텀블러", Quantity: 1}, {ItemID: "5", ProductName: "김", Quantity: 2, CanceledQty: 2}}}
	d := Detail(&s, nil, check.Learned{})
	assert.Equal(t, []fulfil.CancelableLine{{ItemID: "3", Name: "현미 / 4kg", Left: 2, Step: 1}, {ItemID: "4", Name: "텀블러", Left: 1, Step: 1}},
		d.SellerCancelLines)
	assert.Empty(t, d.SellerCancelWholeOnly)

	s.Status = order.StatusPaid
	d = Detail(&s, nil, check.Learned{})
	assert.Len(t, d.SellerCancelLines, 2)
	assert.Equal(t, fulfil.PartialCancelAtPaid, d.SellerCancelWholeOnly)
	s.Marketplace = order.Naver
	d = Detail(&s, nil, check.Learned{})
	assert.Equal(t, fulfil.PartialCancelNaver, d.SellerCancelWholeOnly)
	s.Status = order.StatusShipped
	d = Detail(&s, nil, check.Learned{})
	assert.Empty(t, d.SellerCancelLines, "not offered")
}

package lists

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// One number, one parcel: a number is taken by another box's own parcel and by another box's
// exchange re-delivery, not by a box packed to the same destination, nor by the box itself.
func TestTrackingNumberTaken(t *testing.T) {
	kim := order.Receiver{Name: "김민우", Phone: "010-1234-5678", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 152"}
	choi := order.Receiver{Name: "최유나", Phone: "010-2222-3333", Zip: "48058", Address1: "부산광역시 해운대구 센텀중앙로 79"}
	box := &order.Shipment{Marketplace: order.Coupang, ID: "1", Receiver: kim}
	own := &order.Shipment{Marketplace: order.Naver, ID: "2", Receiver: choi, TrackingNumber: "612300000017"}
	exchanged := &order.Shipment{Marketplace: order.Naver, ID: "3", Receiver: choi, TrackingNumber: "612300000024",
		Claim: &order.Claim{Type: order.ClaimExchange, Open: true, RedeliveryNumber: "612300000031"}}
	packed := &order.Shipment{Marketplace: order.Naver, ID: "4", Receiver: kim,
		Claim: &order.Claim{Type: order.ClaimExchange, Open: true, RedeliveryNumber: "612300000048"}}
	others := []*order.Shipment{box, own, exchanged, packed}
	for _, tc := range []struct {
		number string
		taken  []string
	}{
		{"612300000017", []string{"2"}},
		{"612300000024", []string{"3"}},
		{"612300000031", []string{"3"}},
		{"612300000048", nil},
		{"612300000055", nil},
		{"", nil},
	} {
		var got []string
		for _, s := range TrackingNumberTaken(tc.number, []*order.Shipment{box}, others) {
			got = append(got, s.ID)
		}
		assert.Equal(t, tc.taken, got, tc.number)
	}
	assert.Equal(t, []string{"612300000024", "612300000031"}, exchanged.TrackingNumbers())
	assert.Empty(t, box.TrackingNumbers())
}

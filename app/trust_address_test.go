package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Issue 12 point 13: the drawer shows the old receiver (struck) and the new one; a reprint is asked
// only of a box whose label was printed; a box first seen with the address already changed says
// why no old address is shown.
func TestAddressChangeAsksAReprintOnlyWhenPrinted(t *testing.T) {
	a, clock := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	const kim, park = "naver/2026112210001001", "naver/2026112210002001"
	_, err := a.PrintList(ctx, PrintRequest{Kind: "shipping", Keys: []string{park}, Record: true})
	require.NoError(t, err)
	clock.Add(time.Minute)
	for _, key := range []string{kim, park} {
		s, err := a.Store().Shipment(ctx, key)
		require.NoError(t, err)
		s.Findings = nil
		s.Receiver.Address1 = "부산광역시 해운대구 센텀중앙로 97"
		_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: s}}})
		require.NoError(t, err)
	}
	o := a.Orders()
	reprint := func(key string) (asked bool) {
		d, err := o.GetShipment(key)
		require.NoError(t, err)
		require.NotNil(t, d.PreviousReceiver, "the old receiver of %s", key)
		assert.NotContains(t, d.PreviousReceiver.Address, "센텀중앙로 97")
		assert.Contains(t, d.Receiver.Address, "센텀중앙로 97")
		assert.Empty(t, d.PreviousUnknown)
		for _, f := range d.Findings {
			if strings.Contains(f.Message, "다시 출력") {
				asked = true
			}
		}
		return asked
	}
	assert.False(t, reprint(kim), "never printed: no reprint asked")
	assert.True(t, reprint(park), "its courier sheet was printed: reprint it")

	// A Naver box first seen with the marketplace's address-change mark: no old address to show,
	// and the drawer says why.
	s := naverShipment("2026112210007001", "정하늘", "010-7777-8888", "서울특별시 종로구 세종대로 175", order.StatusPaid, 1)
	s.Events = []order.Event{{Kind: order.EventAddressChanged, MarketType: "DELIVERY_ADDRESS_CHANGED", At: clock.Now()}}
	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: s}}})
	require.NoError(t, err)
	d, err := o.GetShipment(s.Key())
	require.NoError(t, err)
	assert.Nil(t, d.PreviousReceiver)
	assert.Contains(t, d.PreviousUnknown, "바뀌기 전 주소는 알 수 없습니다")
}

package app

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Issue 12 point 12: one change is one alert card; 출력 후 변경 is in the 검수 filter; 알림 resolves
// in bulk what the seller may clear; the override button says what it does (it lifts the hold).
func TestOneChangeOneCardAndBulkResolve(t *testing.T) {
	a, clock := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	const kim, park = "naver/2026112210001001", "naver/2026112210002001"
	for _, kind := range []string{"picking", "packing", "shipping"} {
		_, err := a.PrintList(ctx, PrintRequest{Kind: kind, Record: true})
		require.NoError(t, err)
	}
	sync := func(key string, edit func(*order.Shipment)) order.Shipment {
		t.Helper()
		clock.Add(time.Minute)
		s, err := a.Store().Shipment(ctx, key)
		require.NoError(t, err)
		s.Findings = nil
		edit(&s)
		_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: s}}})
		require.NoError(t, err)
		s, err = a.Store().Shipment(ctx, key)
		require.NoError(t, err)
		return s
	}
	open := func(s order.Shipment) []order.FindingCode {
		var out []order.FindingCode
		for _, f := range s.Findings {
			if f.Open() {
				out = append(out, f.Code)
			}
		}
		return out
	}

	// A cancel request on a box printed on all three lists: the claim's card, nothing else.
	s := sync(kim, func(n *order.Shipment) {
		n.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true}
	})
	assert.Equal(t, []order.FindingCode{order.ClaimOpen}, open(s), "one change, one card")

	// An address change after printing: its own card and one 출력 후 변경 for the three lists.
	s = sync(park, func(n *order.Shipment) { n.Receiver.Address1 = "부산광역시 해운대구 센텀중앙로 97" })
	assert.ElementsMatch(t, []order.FindingCode{order.AddressChanged, order.ChangedAfterPrint}, open(s))
	for _, f := range s.Findings {
		if f.Code == order.ChangedAfterPrint {
			assert.Contains(t, f.Message, "피킹리스트, 패킹리스트, 배송리스트를 다시 출력하세요")
		}
	}

	// 출력 후 변경 is a 검수 filter.
	o := a.Orders()
	labels, err := o.Labels()
	require.NoError(t, err)
	var codes []order.FindingCode
	for _, f := range labels.Findings {
		codes = append(codes, f.Value)
	}
	assert.Contains(t, codes, order.ChangedAfterPrint)
	page, err := o.ListShipments(ShipmentQuery{Findings: []string{string(order.ChangedAfterPrint)}, Limit: 10})
	require.NoError(t, err)
	require.Len(t, page.Rows, 1)
	assert.Equal(t, park, page.Rows[0].Key)

	// The drawer's override lifts the hold: it says so.
	d, err := o.GetShipment(park)
	require.NoError(t, err)
	var labelsOf []string
	for _, f := range d.Findings {
		for _, act := range f.Actions {
			labelsOf = append(labelsOf, act.Label)
		}
	}
	assert.Contains(t, labelsOf, "보류 해제…")
	assert.NotContains(t, labelsOf, "무시하고 발송…")

	// Bulk 확인 완료 from 알림: the address change and the print change are cleared; the open
	// cancel request stays (only the marketplace clears it).
	sum, err := o.ResolveFindings([]string{kim, park}, "")
	require.NoError(t, err)
	assert.Equal(t, 2, sum.Resolved)
	assert.Equal(t, 1, sum.Left)
	assert.Contains(t, sum.Message, "2건을 확인 완료로 기록했습니다.")
	held, err := o.ListShipments(ShipmentQuery{BlockedOnly: true, Limit: 10})
	require.NoError(t, err)
	var keys []string
	for _, r := range held.Rows {
		keys = append(keys, r.Key)
	}
	assert.Contains(t, keys, kim, "the cancel request still holds its box")
	assert.NotContains(t, keys, park, "the seller's checks lifted park's hold")
	audit, err := a.Store().Audit(ctx, store.AuditQuery{ShipmentKey: park})
	require.NoError(t, err)
	require.NotEmpty(t, audit)
	assert.Equal(t, "finding-resolved", audit[0].Action)

	_, err = o.ResolveFindings(nil, "")
	assert.Equal(t, "확인할 주문을 고르세요.", SellerMessage(err))
}

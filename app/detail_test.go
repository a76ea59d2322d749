package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/views"
	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func joinParts(ps []views.TextPart) (all, marked string) {
	var a, m strings.Builder
	for _, p := range ps {
		a.WriteString(p.Text)
		if p.Mark {
			m.WriteString("[" + p.Text + "]")
		}
	}
	return a.String(), m.String()
}

func mismatchShipment(id string) store.Record {
	paid := time.Date(2026, 11, 22, 0, 14, 0, 0, time.UTC)
	s := order.Shipment{
		Marketplace: order.Coupang, ID: id, OrderID: "9100" + id, Status: order.StatusPaid, MarketStatus: "ACCEPT",
		OrderedAt: paid, PaidAt: paid, ShippingFee: 3000,
		Receiver: order.Receiver{Name: "이*주", Phone: "0502-4123-3501", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 152"},
		Lines: []order.Line{{ItemID: "85872453655", ProductName: "신서리티 델타 구운 캐슈넛", OptionName: "1개 160g",
			ExposedName: "신서리티 델타 구운 캐슈넛, 1개, 150g", Quantity: 2, UnitPrice: 41000, TotalPrice: 82000}},
	}
	s.Findings = check.Shipment(&s, paid)
	return store.Record{Shipment: s}
}

func addressChangedShipment(id string) store.Record {
	r := mismatchShipment(id)
	s := r.Shipment
	s.Lines[0].ExposedName = ""
	prev := s.Receiver
	s.Receiver.Address1 = "부산광역시 해운대구 센텀중앙로 79"
	s.Receiver.Zip = "48058"
	s.PreviousReceiver = &prev
	s.Findings = []order.Finding{{Code: order.AddressChanged, Severity: order.Block, Line: -1, RaisedAt: s.PaidAt,
		Message:  "발주확인 후 배송지가 바뀌었습니다. 새 주소를 확인하고 송장을 다시 출력하세요.",
		Evidence: []order.Evidence{{Field: "address", Old: prev.Address(), New: s.Receiver.Address()}}}}
	return store.Record{Shipment: s}
}

func TestShipmentDetailHighlightsTheDifferingTokens(t *testing.T) {
	a := newTestApp(t)
	rec := mismatchShipment("700")
	require.True(t, rec.Shipment.Blocked(), "the check blocks 160g vs 150g")
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: []store.Record{rec, addressChangedShipment("701")}}, nil)
	require.NoError(t, err)

	det, err := uiOf(a).GetShipment("coupang/700")
	require.NoError(t, err)
	require.Len(t, det.Lines, 1)
	l := det.Lines[0]
	assert.False(t, l.NamesMatch)
	reg, regMarked := joinParts(l.Registered)
	exp, expMarked := joinParts(l.Exposed)
	assert.Equal(t, "신서리티 델타 구운 캐슈넛 / 1개 160g", reg)
	assert.Equal(t, "신서리티 델타 구운 캐슈넛, 1개, 150g", exp)
	assert.Equal(t, "[160g]", regMarked)
	assert.Equal(t, "[150g]", expMarked)
	require.NotEmpty(t, l.Differences)
	assert.Contains(t, l.Differences[0], "160g ↔ 150g")
	assert.Equal(t, "82,000원", l.TotalPrice)
	assert.Equal(t, "85,000원", det.Total)
	assert.Equal(t, "2026-11-22 09:14", det.PaidAt)
	require.NotEmpty(t, det.Findings)
	assert.Equal(t, "OPTION_NAME_MISMATCH", det.Findings[0].Code)
	assert.True(t, det.Findings[0].Open)
	assert.Nil(t, det.PreviousReceiver)

	det, err = uiOf(a).GetShipment("coupang/701")
	require.NoError(t, err)
	require.NotNil(t, det.PreviousReceiver)
	assert.Equal(t, "서울특별시 강남구 테헤란로 152", det.PreviousReceiver.Address)
	assert.Equal(t, "부산광역시 해운대구 센텀중앙로 79", det.Receiver.Address)
	assert.Equal(t, "주소", det.Findings[0].Evidence[0].Field)
}

func TestResolveAndOverrideFindings(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: []store.Record{mismatchShipment("700"), addressChangedShipment("701")}}, nil)
	require.NoError(t, err)
	events, stop := a.Events().Subscribe()
	defer stop()

	findingOf := func(key string) string {
		det, err := d.GetShipment(key)
		require.NoError(t, err)
		return det.Findings[0].ID
	}
	addrID, nameID := findingOf("coupang/701"), findingOf("coupang/700")

	tests := []struct {
		name, key, id, reason string
		override              bool
		wantErr               string
	}{
		{"override needs a reason", "coupang/700", nameID, "  ", true, "보류를 해제하려면 사유를 입력하세요."},
		{"unknown finding", "coupang/700", "OPTION_NAME_MISMATCH-000000000000", "", false, "이 검수 항목은 더 이상 없습니다. 주문을 새로 고치세요."},
		{"empty finding id", "coupang/700", "", "", false, "처리할 검수 항목을 고르세요."},
		{"unknown shipment", "coupang/404", nameID, "", false, "이 주문을 찾을 수 없습니다. 목록을 새로 고치세요."},
		{"malformed key", "../x", nameID, "", false, "주문 번호가 올바르지 않습니다."},
		{"resolve the address change", "coupang/701", addrID, "새 주소로 송장 재출력", false, ""},
		{"resolved twice", "coupang/701", addrID, "", false, "이미 처리된 검수 항목입니다."},
		{"override the name mismatch", "coupang/700", nameID, "구매자와 통화: 160g 맞음", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var det views.ShipmentDetail
			var err error
			if tt.override {
				det, err = d.OverrideFinding(tt.key, tt.id, tt.reason)
			} else {
				det, err = d.ResolveFinding(tt.key, tt.id, tt.reason)
			}
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Equal(t, tt.wantErr, err.Error())
				return
			}
			require.NoError(t, err)
			assert.False(t, det.Blocked, "the only blocking finding is dealt with")
			var f *views.FindingView
			for i := range det.Findings {
				if det.Findings[i].ID == tt.id {
					f = &det.Findings[i]
				}
			}
			require.NotNil(t, f)
			assert.False(t, f.Open)
			assert.Contains(t, f.Resolution, tt.reason)
			require.NotEmpty(t, det.History, "the audit entry is written with the update")
			assert.Equal(t, tt.id, findingIDOf(t, a, tt.key))
			ev := <-events
			assert.Equal(t, EventShipmentsChanged, ev.Name)
		})
	}
	page, err := d.ListShipments(ShipmentQuery{BlockedOnly: true})
	require.NoError(t, err)
	assert.Zero(t, page.Total, "nothing is blocked any more")
}

func findingIDOf(t *testing.T, a *App, key string) string {
	t.Helper()
	entries, err := a.Store().Audit(context.Background(), store.AuditQuery{ShipmentKey: key, Limit: 1})
	require.NoError(t, err)
	require.Len(t, entries, 1)
	return entries[0].FindingID
}

func TestShipmentDetailOfGeneratedShipments(t *testing.T) {
	a := newTestApp(t)
	recs := storetest.Shipments(3, 300)
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: recs}, nil)
	require.NoError(t, err)
	for _, r := range recs {
		det, err := uiOf(a).GetShipment(r.Shipment.Key())
		require.NoError(t, err)
		require.Len(t, det.Lines, len(r.Shipment.Lines))
		for i, l := range det.Lines {
			reg, _ := joinParts(l.Registered)
			assert.Equal(t, check.RegisteredName(&r.Shipment.Lines[i]), reg)
			exp, _ := joinParts(l.Exposed)
			assert.Equal(t, r.Shipment.Lines[i].ExposedName, exp)
		}
		assert.Len(t, det.Findings, len(r.Shipment.Findings))
	}
}

func TestRowsCountTheLinesOfABox(t *testing.T) {
	a := newTestApp(t)
	recs := storetest.Shipments(9, 200)
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: recs}, nil)
	require.NoError(t, err)
	want := map[string]int{}
	multi := 0
	for _, r := range recs {
		want[r.Shipment.Key()] = len(r.Shipment.Lines)
		if len(r.Shipment.Lines) > 1 {
			multi++
		}
	}
	require.Positive(t, multi, "the generator makes boxes with several lines")
	page, err := uiOf(a).ListShipments(ShipmentQuery{Limit: 1000})
	require.NoError(t, err)
	for _, row := range page.Rows {
		assert.Equal(t, want[row.Key], row.Lines, row.Product)
	}
}

// claimShipment is a box whose buyer asked the marketplace to cancel or return: Naver's open
// 취소 요청, or Coupang's 출고중지 요청 (RU). legacyResolved stores the claim finding as an older
// version left it after the seller pressed 확인 완료.
func claimShipment(m order.Marketplace, id string, c order.Claim, legacyResolved bool) store.Record {
	r := mismatchShipment(id)
	s := r.Shipment
	s.Marketplace = m
	s.Lines[0].ExposedName = ""
	s.Claim = &c
	s.Findings = check.Shipment(&s, s.PaidAt)
	if legacyResolved {
		for i := range s.Findings {
			s.Findings[i].Resolution = &order.Resolution{Kind: order.Resolved, By: sellerActor, At: s.PaidAt}
		}
	}
	return store.Record{Shipment: s}
}

func TestClaimHoldOnlyTheMarketplaceClears(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	naverCancel := order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true, Reason: "단순 변심"}
	coupangStop := order.Claim{Type: order.ClaimCancel, MarketStatus: "RU", Open: true, Reason: "출고중지 요청"}
	recs := []store.Record{
		claimShipment(order.Naver, "2026112210001", naverCancel, false),
		claimShipment(order.Coupang, "7001", coupangStop, false),
		claimShipment(order.Coupang, "7002", coupangStop, true), // resolved by an older version
	}
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: recs}, nil)
	require.NoError(t, err)

	for _, key := range []string{"naver/2026112210001", "coupang/7001", "coupang/7002"} {
		t.Run(key, func(t *testing.T) {
			det, err := d.GetShipment(key)
			require.NoError(t, err)
			require.True(t, det.Blocked, "an open claim holds the box")
			require.NotEmpty(t, det.Findings)
			f := det.Findings[0]
			require.Equal(t, string(order.ClaimOpen), f.Code)
			assert.True(t, f.Open)
			assert.Equal(t, "marketplace", f.Clearance)
			assert.Empty(t, f.Actions, "the drawer offers no way to clear it")
			assert.Contains(t, f.ClearNote, "자동으로 풀립니다")
			assert.Empty(t, f.Resolution, "a resolution an older version recorded does not count")

			for _, call := range []func(string, string, string) (views.ShipmentDetail, error){d.ResolveFinding, d.OverrideFinding} {
				_, err := call(key, f.ID, "구매자와 통화함")
				require.Error(t, err)
				assert.Equal(t, check.ErrMarketplaceOnly.Error(), err.Error())
			}
			det, err = d.GetShipment(key)
			require.NoError(t, err)
			assert.True(t, det.Blocked, "still held after the refused attempts")
			for _, h := range det.History {
				assert.NotEqual(t, "검수 확인 완료", h.Action, "nothing was recorded")
			}
		})
	}
	page, err := d.ListShipments(ShipmentQuery{BlockedOnly: true})
	require.NoError(t, err)
	assert.Equal(t, 3, page.Total, "the board counts all three as held")

	// The packing list leaves them out as held.
	doc, err := a.PrintList(context.Background(), PrintRequest{Kind: "pack", Keys: []string{"naver/2026112210001", "coupang/7001", "coupang/7002"}, Format: "json"})
	require.NoError(t, err)
	assert.Zero(t, doc.Count)
	assert.Equal(t, 3, doc.Held)

	// The marketplace withdraws the claim: the next sync clears the hold by itself.
	s, err := a.Store().Shipment(context.Background(), "coupang/7002")
	require.NoError(t, err)
	next := s
	next.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "RU", Open: false}
	next.Findings = nil
	check.Apply(&s, &next, s.PaidAt.Add(time.Hour))
	assert.False(t, next.Blocked(), "a closed claim raises nothing")
}

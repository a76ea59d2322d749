package prints

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/check"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

func naverShipment(id, receiver, phone, address string, status order.Status, qty int) order.Shipment {
	paid := time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC)
	return order.Shipment{
		Marketplace: order.Naver, ID: id, OrderID: id[:len(id)-3], Status: status, MarketStatus: "PAYED",
		OrderedAt: paid, PaidAt: paid, OrdererName: receiver,
		Receiver: order.Receiver{Name: receiver, Phone: phone, Zip: "06236", Address1: address, Address2: "101호"},
		Lines: []order.Line{{ItemID: "70001", ProductName: "캐슈넛 160g", OptionName: "1개", SellerCode: "NUT-CASHEW-160",
			Quantity: qty, UnitPrice: 9000, TotalPrice: int64(9000 * qty)}},
	}
}

func TestCheckFuncWithoutRecordsIsCheckApply(t *testing.T) {
	now := time.Date(2026, 11, 22, 7, 0, 0, 0, time.UTC)
	prev := naverShipment("2026112210002001", "박지훈", "010-2222-3333", "부산광역시 해운대구 센텀중앙로 79", order.StatusPaid, 3)
	next := prev
	next.Receiver.Address1 = "서울특별시 마포구 월드컵북로 1"
	want := next
	check.Apply(&prev, &want, now)
	CheckFunc(Book{}, func() time.Time { return now })(&prev, &next)
	assert.Equal(t, want, next)
}

func TestBookPrune(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	book := Book{}
	book.add(lists.PrintRecord{ShipmentKey: "naver/1", Kind: lists.PickKind, PrintedAt: now.Add(-100 * 24 * time.Hour)})
	book.add(lists.PrintRecord{ShipmentKey: "naver/2", Kind: lists.PickKind, PrintedAt: now.Add(-100 * 24 * time.Hour)})
	book.add(lists.PrintRecord{ShipmentKey: "naver/2", Kind: lists.PackKind, PrintedAt: now})
	book.add(lists.PrintRecord{ShipmentKey: "naver/2", Kind: lists.PickKind, PrintedAt: now})
	book.prune(now.Add(-Kept))
	assert.Empty(t, book["naver/1"])
	require.Len(t, book["naver/2"], 2)
	assert.Equal(t, now, book["naver/2"][0].PrintedAt)
}

// A change stored after the list was read and before the print was recorded is caught by the
// print's own transaction: the record is of what was printed, and the shipment as stored now
// differs from it.
func TestRecordChecksWhatChangedSinceTheListWasRead(t *testing.T) {
	ctx := context.Background()
	clock := testclock.New(time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC))
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "data"), store.Options{Now: clock.Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	s := naverShipment("2026112210001001", "김민우", "010-1234-5678", "서울특별시 강남구 테헤란로 152", order.StatusPaid, 2)
	_, err = st.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: s}}}, nil)
	require.NoError(t, err)
	svc := New(Config{Store: st, Now: clock.Now})

	read, err := st.Shipments(ctx, []string{s.Key()})
	require.NoError(t, err)
	moved := s
	moved.Receiver.Address1 = "부산광역시 해운대구 센텀중앙로 79"
	_, err = st.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: moved}}}, nil) // a sync slips in
	require.NoError(t, err)

	n, _, err := svc.record(ctx, lists.ShippingKind, lists.FormatCSV, svc.view(read, clock.Now()), read, clock.Now(), "test", "")
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	stored, err := st.Shipment(ctx, s.Key())
	require.NoError(t, err)
	assert.True(t, stored.Blocked(), "the printed list is out of date: %+v", stored.Findings)
	assert.Equal(t, order.ChangedAfterPrint, stored.Findings[0].Code)
	entries, err := st.Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	require.Len(t, entries, 1)
	assert.Equal(t, "print", entries[0].Action, "the print's audit entry, in the same transaction")
}

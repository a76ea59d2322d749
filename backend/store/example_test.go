package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// A sync step stores its shipments and moves its cursor in one Apply; the list screen reads
// pages with List; a seller action goes through Update with its audit entry.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "sellerdesk-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	s, err := store.Open(ctx, dir, store.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	sh := order.Shipment{
		Marketplace: order.Coupang, ID: "642538970006401429", OrderID: "9100041863244",
		Status: order.StatusPaid, MarketStatus: "ACCEPT", PaidAt: time.Date(2026, 3, 1, 10, 0, 0, 0, order.KST()),
		Receiver: order.Receiver{Name: "이영희", Phone: "010-3333-4444"},
		Lines:    []order.Line{{ProductName: "구운 캐슈넛", OptionName: "1개 160g", Quantity: 1, BundleSize: 5}},
	}
	res, err := s.Apply(ctx, store.Batch{
		Records: []store.Record{{Shipment: sh, Raw: json.RawMessage(`{"shipmentBoxId":642538970006401429}`)}},
		Cursors: []store.Cursor{{Market: order.Coupang, Name: "createdAtFrom", Value: "2026-03-01"}},
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("added:", res.Added)

	page, err := s.List(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid}, Text: "영희"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range page.Items {
		fmt.Println(it.Key, it.ReceiverName, it.Product, it.Units)
	}

	err = s.Update(ctx, sh.Key(), func(sh *order.Shipment) error {
		sh.NoCombine = true
		return nil
	}, store.AuditEntry{Actor: "seller", Action: "no-combine"})
	if err != nil {
		fmt.Println(err)
		return
	}
	audit, err := s.Audit(ctx, store.AuditQuery{ShipmentKey: sh.Key()})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(audit[0].Action, audit[0].ShipmentKey)
	// Output:
	// added: [coupang/642538970006401429]
	// coupang/642538970006401429 이영희 구운 캐슈넛 / 1개 160g 5
	// no-combine coupang/642538970006401429
}

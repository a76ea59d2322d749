package lists_test

import (
	"fmt"
	"time"

	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
)

func Example() {
	now := time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC)
	kim := order.Receiver{Name: "김민우", Phone: "010-1234-5678", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 152"}
	shipments := []order.Shipment{
		{Marketplace: order.Naver, ID: "2026112210001001", OrderID: "2026112210001", Status: order.StatusAcknowledged,
			Receiver: kim, Lines: []order.Line{{ProductName: "캐슈넛 160g", SellerCode: "NUT-160", Quantity: 2}}},
		{Marketplace: order.Coupang, ID: "642538970006401429", OrderID: "30000012345", Status: order.StatusAcknowledged,
			Receiver: kim, Lines: []order.Line{{ProductName: "고소한 캐슈넛", OptionName: "1개", SellerCode: "NUT-160",
				Quantity: 1, BundleSize: 5}}},
	}
	var skus lists.SKUMap
	_ = skus.Link("code:nut160", lists.SKU{ID: "NUT-160", Name: "캐슈넛 160g", Location: "A-2"})

	all := lists.BuildAll(shipments, &skus, lists.PackOverrides{}, now)
	for _, r := range all.Pick.Rows {
		fmt.Printf("피킹 %s %s: %d개\n", r.Location, r.Name, r.Units)
	}
	for _, b := range all.Pack.Boxes {
		fmt.Printf("박스 %d (%s): %d개, 주문 %d건\n", b.No, b.Grouping, b.Units, len(b.Shipments))
	}
	fmt.Println("고객주문번호:", all.Shipping.Rows[0].OrderRefs)
	// Output:
	// 피킹 A-2 캐슈넛 160g: 7개
	// 박스 1 (same-receiver): 7개, 주문 2건
	// 고객주문번호: coupang/642538970006401429, naver/2026112210001001
}

func ExampleCleanTrackingNumber() {
	cj := []int{10, 12}
	for _, raw := range []string{"6.01234567890E+11", "6.01235E+11", "12345678901", "6012-3456-7890"} {
		n, issue, _ := lists.CleanTrackingNumber(raw, cj)
		fmt.Printf("%-18s → %q %s\n", raw, n, issue)
	}
	// Output:
	// 6.01234567890E+11  → "601234567890" EXPONENT_EXPANDED
	// 6.01235E+11        → "" DIGITS_LOST
	// 12345678901        → "012345678901" ZEROS_RESTORED
	// 6012-3456-7890     → "601234567890"
}

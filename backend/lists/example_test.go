package lists_test

import (
	"fmt"
	"strings"
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

func ExampleReadTrackingNumber() {
	table, _ := lists.DefaultCouriers()
	cj, _ := table.Lookup("CJ대한통운")
	lotte, _ := table.Lookup("롯데택배")
	for _, raw := range []string{"6.01234567890E+11", "6.01235E+11", "12345678901", "6012-3456-7890"} {
		r := lists.ReadTrackingNumber(raw, cj)
		fmt.Println(strings.TrimSpace(fmt.Sprintf("CJ %-18s → %q %s %s", raw, r.Number, r.Issue, r.Suggestion)))
	}
	for _, raw := range []string{"312345678901", "312345678902"} {
		r := lists.ReadTrackingNumber(raw, lotte)
		fmt.Println(strings.TrimSpace(fmt.Sprintf("롯데 %s → %q %s", raw, r.Number, r.Issue)))
	}
	// Output:
	// CJ 6.01234567890E+11  → "601234567890" EXPONENT_EXPANDED
	// CJ 6.01235E+11        → "" DIGITS_LOST
	// CJ 12345678901        → "" ZEROS_LOST 012345678901
	// CJ 6012-3456-7890     → "601234567890"
	// 롯데 312345678901 → "312345678901"
	// 롯데 312345678902 → "" BAD_CHECK_DIGIT
}

package check_test

import (
	"fmt"
	"time"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
)

func ExampleCompareNames() {
	reg := "신서리티 델타 구운 캐슈넛 160g / 1개 160g"
	exp := "신서리티 델타 구운 캐슈넛, 1개, 150g"
	cmp := check.CompareNames(reg, exp)
	for _, d := range cmp.Differences {
		sp := d.ExposedSpans[0]
		fmt.Printf("%s: %s → %s (buyer saw %q at bytes %d-%d)\n", d.Kind, d.Registered, d.Exposed, exp[sp.Start:sp.End], sp.Start, sp.End)
	}
	fmt.Println(cmp.Match)
	// Output:
	// weight: 160g → 150g (buyer saw "150g" at bytes 44-48)
	// false
}

// A product word the matcher does not list still makes a difference when each name has one the
// other lacks; marketing words and a brand added on one side do not.
func ExampleCompareNames_words() {
	reg := "코멧 주방 수세미 / 10개"
	for _, exp := range []string{"코멧 주방 고무장갑 10개", "[코멧] 주방 수세미 10개입 무료배송"} {
		cmp := check.CompareNames(reg, exp)
		fmt.Println(cmp.Match)
		for _, d := range cmp.Differences {
			fmt.Printf("%s (%s): %s → %s\n", d.Kind, check.KindLabel(d.Kind), d.Registered, d.Exposed)
		}
	}
	// Output:
	// false
	// word (상품명): 수세미 → 고무장갑
	// true
}

func ExampleShipment() {
	s := &order.Shipment{Marketplace: order.Coupang, ID: "642538970006401429", Lines: []order.Line{{
		ProductName: "신서리티 델타 구운 캐슈넛 160g", OptionName: "1개 160g",
		ExposedName: "신서리티 델타 구운 캐슈넛, 5개, 160g", Quantity: 1, BundleSize: 5,
	}}}
	for _, f := range check.Shipment(s, time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)) {
		fmt.Println(f.Code, f.Severity, f.Message)
	}
	fmt.Println(s.UnitsToShip(), check.Shippable(s))
	// Output:
	// BUNDLE_MULTIPLIER warn 쿠팡 묶음상품입니다. 쿠팡이 묶음 기준 수량을 보냈으니 5개 묶음 × 1 = 낱개 5개를 포장하세요.
	// 5 <nil>
}

// Since 2024-04-12 Coupang states the same order in the seller's own units: the quantity is
// already 5 and the names are the original option's; nothing is multiplied again.
func ExampleBundleNote() {
	l := order.Line{ProductName: "신서리티 델타 구운 캐슈넛 160g", OptionName: "1개 160g",
		ExposedName: "신서리티 델타 구운 캐슈넛, 1개, 160g", Quantity: 5,
		Bundle: &order.Bundle{Name: "신서리티 델타 구운 캐슈넛, 5개, 160g", Size: 5, Counted: order.CountedInUnits, Basis: order.BundleByName}}
	fmt.Println(check.BundleNote(&l, order.Coupang), "→", l.UnitsToShip())
	l = order.Line{ProductName: "신서리티 델타 구운 캐슈넛 160g", OptionName: "1개 160g",
		ExposedName: "신서리티 델타 구운 캐슈넛, 5개, 160g", Quantity: 1, BundleSize: 5,
		Bundle: &order.Bundle{Name: "신서리티 델타 구운 캐슈넛, 5개, 160g", Size: 5, Counted: order.CountedInBundles, Basis: order.BundleByName}}
	fmt.Println(check.BundleNote(&l, order.Coupang), "→", l.UnitsToShip())
	// Output:
	// 쿠팡이 낱개 기준 수량 5를 보냈습니다 (5개 묶음 1개분) → 5
	// 5개 묶음 × 1 = 낱개 5개 → 5
}

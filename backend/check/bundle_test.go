package check

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// The two forms Coupang has stated auto-bundle orders in: each gives the count the seller packs,
// the evidence in Korean, and an option-name check that compares like with like.
func TestBundleForms(t *testing.T) {
	const product, option = "신서리티 델타 구운 캐슈넛 160g", "1개 160g"
	const single, five = "신서리티 델타 구운 캐슈넛, 1개, 160g", "신서리티 델타 구운 캐슈넛, 5개, 160g"
	tests := []struct {
		name     string
		line     order.Line
		units    int
		severity order.Severity
		note     string
		message  string
	}{
		{"2024-04-08 form: bundles, names of the bundle", order.Line{ProductName: product, OptionName: option, ExposedName: five,
			Quantity: 2, BundleSize: 5, Bundle: &order.Bundle{Name: five, Size: 5, Counted: order.CountedInBundles, Basis: order.BundleByName}},
			10, order.Warn, "5개 묶음 × 2 = 낱개 10개", "쿠팡 묶음상품입니다. 쿠팡이 묶음 기준 수량을 보냈으니 5개 묶음 × 2 = 낱개 10개를 포장하세요."},
		{"2024-04-12 form: units, names of the original option", order.Line{ProductName: product, OptionName: option, ExposedName: single,
			Quantity: 10, Bundle: &order.Bundle{Name: five, Size: 5, Counted: order.CountedInUnits, Basis: order.BundleByName}},
			10, order.Warn, "쿠팡이 낱개 기준 수량 10을 보냈습니다 (5개 묶음 2개분)",
			"쿠팡 묶음상품(5개 묶음)이지만 쿠팡이 낱개 기준 수량 10을 보냈습니다. 낱개 10개를 포장하세요(묶음 수로 다시 곱하지 마세요)."},
		{"units with a cancelled unit", order.Line{ProductName: product, OptionName: option, ExposedName: single,
			Quantity: 10, CanceledQty: 1, Bundle: &order.Bundle{Name: five, Size: 5, Counted: order.CountedInUnits, Basis: order.BundleByName}},
			9, order.Warn, "쿠팡이 낱개 기준 수량 10을 보냈습니다 (5개 묶음 2개분)",
			"쿠팡 묶음상품(5개 묶음)이지만 쿠팡이 낱개 기준 수량 10을 보냈습니다. 낱개 9개를 포장하세요(묶음 수로 다시 곱하지 마세요)."},
		{"no bundle name: decided by date, held for the seller", order.Line{ProductName: product, OptionName: option, ExposedName: single,
			Quantity: 5, Bundle: &order.Bundle{Size: 5, Counted: order.CountedInUnits, Basis: order.BundleByDate}},
			5, order.Block, "쿠팡이 낱개 기준 수량 5를 보냈습니다 (5개 묶음 1개분)", ""},
		{"stored before the evidence was kept", order.Line{ProductName: product, OptionName: option, ExposedName: five, Quantity: 1, BundleSize: 5},
			5, order.Warn, "5개 묶음 × 1 = 낱개 5개", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &order.Shipment{Marketplace: order.Coupang, ID: "1", Status: order.StatusPaid, Lines: []order.Line{tc.line}}
			require.NoError(t, s.Validate())
			assert.Equal(t, tc.units, s.UnitsToShip())
			assert.Equal(t, tc.note, BundleNote(&s.Lines[0], order.Coupang))
			fs := Shipment(s, time.Now())
			require.Len(t, fs, map[bool]int{true: 2, false: 1}[tc.line.CanceledQty > 0], "%+v", fs)
			f := fs[0]
			assert.Equal(t, order.BundleMultiplier, f.Code, "names match: no OPTION_NAME_MISMATCH")
			assert.Equal(t, tc.severity, f.Severity)
			if tc.message != "" {
				assert.Equal(t, tc.message, f.Message)
			}
			ev := map[string]string{}
			for _, e := range f.Evidence {
				ev[e.Field] = e.New
			}
			assert.Equal(t, "5", ev["bundleSize"])
			if tc.line.Bundle != nil {
				assert.Equal(t, tc.line.Bundle.Name, ev["bundleName"])
				assert.Equal(t, map[order.BundleCount]string{order.CountedInUnits: "낱개", order.CountedInBundles: "묶음"}[tc.line.Bundle.Counted], ev["quantityBasis"])
			}
		})
	}

	// like with like: the 2024 form's quantity is in units, so the original option's names are
	// compared without a factor; the bundle's name with a factor of one would not match
	l := order.Line{ProductName: product, OptionName: option, ExposedName: five, Quantity: 5,
		Bundle: &order.Bundle{Name: five, Size: 5, Counted: order.CountedInUnits, Basis: order.BundleByName}}
	assert.False(t, CompareLine(&l).Match, "a 5-pack name against a 1-pack option, counted in units, is a real mismatch")

	// never multiplied twice
	bad := order.Line{ProductName: product, Quantity: 5, BundleSize: 5, Bundle: &order.Bundle{Size: 5, Counted: order.CountedInUnits}}
	assert.Error(t, bad.Validate())
}

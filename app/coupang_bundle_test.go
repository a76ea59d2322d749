package app

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/views"
	"sellerdesk/backend/export"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// Coupang has stated auto-bundle orders two ways: since 2024-04-12 in the seller's own units
// (shippingCount already multiplied, the original option's names), before in bundles under the
// bundle's name. Either way the seller packs the same number of units, seen in the drawer, the
// picking and packing lists and the export, and a box read in both forms is never multiplied twice.
func TestCoupangBundleFormsGiveTheUnitsToPack(t *testing.T) {
	ctx := context.Background()
	rig := newSimRig(t)
	a := rig.app(t, nil)
	require.NoError(t, a.PutSettings(ctx, rig.settings()))
	sync := func() {
		t.Helper()
		runs, err := a.SyncOnce(ctx, order.Coupang)
		require.NoError(t, err)
		require.NoError(t, runs[0].Result.Err)
	}
	key := func(id int64) string { return order.ShipmentKey(order.Coupang, strconv.FormatInt(id, 10)) }

	// 2024 form (the simulator's default): 2 × the 5-pack arrives as 10 units of the 1-pack
	current, err := rig.coupang.AddOrderOf(85872453655, 2)
	require.NoError(t, err)
	sync()
	d, err := uiOf(a).GetShipment(key(current))
	require.NoError(t, err)
	require.Len(t, d.Lines, 1)
	l := d.Lines[0]
	assert.Equal(t, 10, d.Shipment.Lines[0].Quantity, "shippingCount as sent")
	assert.Equal(t, 10, l.Units, "units to ship = shippingCount")
	assert.Equal(t, 1, l.Bundle, "not multiplied again")
	assert.Equal(t, "쿠팡이 낱개 기준 수량 10을 보냈습니다 (5개 묶음 2개분)", l.BundleNote)
	assert.True(t, l.NamesMatch, "the original option's names against the registered option: %v", l.Differences)
	assert.False(t, d.Blocked)
	assertBundleFinding(t, d, "낱개")

	// the lists and the export pack the same count
	s, err := a.Store().Shipment(ctx, key(current))
	require.NoError(t, err)
	ships := []order.Shipment{s}
	now := time.Now()
	assert.Equal(t, 10, lists.BuildPickList(ships, nil, now).Units)
	assert.Equal(t, 10, lists.BuildPackList(ships, nil, lists.PackOverrides{}, now).Units)
	ex := export.FromShipment(&s)
	assert.Equal(t, 10, ex.UnitsToShip)
	require.NotNil(t, ex.Lines[0].Bundle)
	assert.Equal(t, "units", ex.Lines[0].Bundle.Counted)
	assert.Equal(t, "88049657337", ex.Lines[0].Bundle.ItemID)

	// the older form: 3 bundles of 5 under the bundle's name
	require.NoError(t, rig.coupang.SetBundleForm(coupangsim.BundleFormBundles))
	older, err := rig.coupang.AddOrderOf(85872453655, 3)
	require.NoError(t, err)
	sync()
	d, err = uiOf(a).GetShipment(key(older))
	require.NoError(t, err)
	l = d.Lines[0]
	assert.Equal(t, 3, d.Shipment.Lines[0].Quantity)
	assert.Equal(t, 15, l.Units, "units to ship = shippingCount × upBundleSize")
	assert.Equal(t, 5, l.Bundle)
	assert.Equal(t, "5개 묶음 × 3 = 낱개 15개", l.BundleNote)
	assert.True(t, l.NamesMatch, "the bundle's name against the option with the bundle's factor: %v", l.Differences)
	assertBundleFinding(t, d, "묶음")
	s, err = a.Store().Shipment(ctx, key(older))
	require.NoError(t, err)
	assert.Equal(t, 15, export.FromShipment(&s).UnitsToShip)

	// the first box, now read in the older form too, still packs 10
	d, err = uiOf(a).GetShipment(key(current))
	require.NoError(t, err)
	assert.Equal(t, 2, d.Shipment.Lines[0].Quantity)
	assert.Equal(t, 10, d.Units)
	all, err := a.Store().Shipments(ctx, []string{key(current), key(older)})
	require.NoError(t, err)
	assert.Equal(t, 25, lists.BuildPickList(all, nil, now).Units)
}

func assertBundleFinding(t *testing.T, d views.ShipmentDetail, basis string) {
	t.Helper()
	for _, f := range d.Findings {
		if f.Code != string(order.BundleMultiplier) {
			continue
		}
		assert.Equal(t, "warn", f.Severity)
		for _, e := range f.Evidence {
			if e.Field == "수량 기준" {
				assert.Equal(t, basis, e.New)
				return
			}
		}
		t.Fatalf("no 수량 기준 evidence in %+v", f.Evidence)
	}
	t.Fatalf("no bundle finding in %+v", d.Findings)
}

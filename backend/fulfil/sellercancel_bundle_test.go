package fulfil

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// A box of Coupang's auto-generated bundle option (a 5-pack of cashews), stated in either form of
// the order sheet, is cancelled whole: the pipeline asks for what the order sheet says is left (in
// units in the form since 2024-04-12, in bundles in the older one), and the simulator counts the
// cancel on the same basis as its order sheet. Found by the browser test on the demo, where the
// simulator counted bundles against an order sheet stated in units.
func TestCoupangSellerCancelOfABundleBox(t *testing.T) {
	const cashew5 = int64(85872453655)
	for _, form := range []coupangsim.BundleForm{coupangsim.BundleFormUnits, coupangsim.BundleFormBundles} {
		t.Run(string(form), func(t *testing.T) {
			ctx := context.Background()
			r := newCoupangRigWith(t, func(c *coupangsim.Config) { c.BundleForm = form })
			accept, err := r.sim.AddOrderOf(cashew5, 1)
			require.NoError(t, err)
			instruct, err := r.sim.AddOrderOf(cashew5, 2)
			require.NoError(t, err)
			_, err = r.client.Acknowledge(ctx, []int64{instruct})
			require.NoError(t, err)
			ids := []string{strconv.FormatInt(accept, 10), strconv.FormatInt(instruct, 10)}
			r.read(t, ids...)
			keys := []string{order.ShipmentKey(order.Coupang, ids[0]), order.ShipmentKey(order.Coupang, ids[1])}

			out, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절", WingID: "wing"}, keys, "seller")
			require.NoError(t, err)
			require.Len(t, out.Items, 2)
			for i, it := range out.Items {
				assert.Equal(t, OK, it.Result, "%d: %s", i, it.Message)
			}
			v, _ := r.sim.Box(accept)
			assert.True(t, v.FullyCancel)
			v, _ = r.sim.Box(instruct)
			assert.Zero(t, v.UnitsToShip, "both bundles stopped")
			assert.Equal(t, 10, v.CanceledUnits)
		})
	}
}

package coupangsim

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A seller cancel counts a bundle option the way the order sheet states it: in the units form
// (since 2024-04-12) shippingCount is bundles × size, so the cancel of one 5-pack bundle asks for 5;
// asking for the bundle count (1) at 결제완료 is a partial cancel, and at 상품준비중 a count that is
// not whole bundles is refused. In the bundles form the count is in bundles.
func TestSellerCancelCountsBundlesAsTheOrderSheet(t *testing.T) {
	const cashew5 = int64(85872453655) // BundleSize 5
	for _, tc := range []struct {
		form  BundleForm
		whole int
	}{{BundleFormUnits, 5}, {BundleFormBundles, 1}} {
		t.Run(string(tc.form), func(t *testing.T) {
			h := newHarness(t, func(c *Config) { c.Versions = nil; c.BundleForm = tc.form })
			post := func(boxID int64, count int) (int, string) {
				v, ok := h.sim.Box(boxID)
				require.True(t, ok)
				m := map[string]any{"orderId": v.OrderID, "vendorItemIds": []int64{cashew5}, "receiptCounts": []int{count},
					"bigCancelCode": "CANERR", "middleCancelCode": "CCTTER", "vendorId": "A00012345", "userId": "wing"}
				st, out, _ := h.do("POST", pathAt("v5", "/orders/"+strconv.FormatInt(v.OrderID, 10)+"/cancel"), "", m)
				s, _ := out["message"].(string)
				return st, s
			}
			one, err := h.sim.AddOrderOf(cashew5, 1)
			require.NoError(t, err)
			if tc.whole > 1 {
				st, msg := post(one, 1)
				assert.Equal(t, 400, st, "one unit of a 5-pack at 결제완료 is a partial cancel")
				assert.Contains(t, msg, "부분 취소는 불가능합니다")
			}
			st, msg := post(one, tc.whole)
			require.Equal(t, 200, st, msg)
			v, _ := h.sim.Box(one)
			assert.True(t, v.FullyCancel, "the whole bundle is cancelled")
			assert.Equal(t, 5, v.CanceledUnits)

			two, err := h.sim.AddOrderOf(cashew5, 2)
			require.NoError(t, err)
			st, _, _ = h.do("PUT", pathAt("v4", "/ordersheets/acknowledgement"), "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{two}})
			require.Equal(t, 200, st)
			if tc.whole > 1 {
				st, msg = post(two, 3)
				assert.Equal(t, 400, st, "three units of two 5-packs are not whole bundles")
				assert.Contains(t, msg, "묶음 단위")
			}
			st, msg = post(two, 2*tc.whole+tc.whole)
			assert.Equal(t, 400, st, "more than the two bundles left")
			assert.Contains(t, msg, "취소 가능한 개수보다")
			st, msg = post(two, tc.whole)
			require.Equal(t, 200, st, msg)
			h.sim.mu.Lock()
			left := h.sim.boxes[two].Items[0].Count - h.sim.boxes[two].Items[0].CancelCount
			h.sim.mu.Unlock()
			assert.Equal(t, 1, left, "one bundle stopped, one left")
		})
	}
}

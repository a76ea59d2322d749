package coupangsim

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func pathAt(version, rest string) string {
	return "/v2/providers/openapi/apis/api/" + version + "/vendors/A00012345" + rest
}

// The simulator's default is the current official form: order sheets at v5 with +09:00 dates,
// returns at v6, the writes at v4; any other version is a wrong path (404).
func TestVersions(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil })
	ids := h.sim.AddOrders(2)
	b, _ := h.sim.Box(ids[0])

	tests := []struct {
		name, method, path, query string
		body                      any
		status                    int
	}{
		{"v5 day list, +09:00 as %2B09:00", "GET", pathAt("v5", "/ordersheets"), "createdAtFrom=2024-04-10%2B09:00&createdAtTo=2024-04-10%2B09:00&status=ACCEPT", nil, 200},
		{"v5 day list, colon encoded too", "GET", pathAt("v5", "/ordersheets"), "createdAtFrom=2024-04-10%2B09%3A00&createdAtTo=2024-04-10%2B09%3A00&status=ACCEPT", nil, 200},
		{"v5 day list without the offset", "GET", pathAt("v5", "/ordersheets"), "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=ACCEPT", nil, 400},
		{"v5 day list, + sent raw (a space)", "GET", pathAt("v5", "/ordersheets"), "createdAtFrom=2024-04-10+09:00&createdAtTo=2024-04-10+09:00&status=ACCEPT", nil, 400},
		{"v5 minute list", "GET", pathAt("v5", "/ordersheets"), "createdAtFrom=2024-04-10T00:00%2B09:00&createdAtTo=2024-04-10T23:59%2B09:00&searchType=timeFrame&status=ACCEPT", nil, 200},
		{"v4 day list is gone", "GET", pathAt("v4", "/ordersheets"), "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=ACCEPT", nil, 404},
		{"v5 single box", "GET", pathAt("v5", fmt.Sprintf("/ordersheets/%d", b.ID)), "", nil, 200},
		{"v4 single box is gone", "GET", pathAt("v4", fmt.Sprintf("/ordersheets/%d", b.ID)), "", nil, 404},
		{"v5 by order", "GET", pathAt("v5", fmt.Sprintf("/%d/ordersheets", b.OrderID)), "", nil, 200},
		{"v6 returns", "GET", pathAt("v6", "/returnRequests"), "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=UC", nil, 200},
		{"v4 returns are gone", "GET", pathAt("v4", "/returnRequests"), "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=UC", nil, 404},
		{"v5 acknowledgement does not exist", "PUT", pathAt("v5", "/ordersheets/acknowledgement"), "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": ids}, 404},
		{"v4 acknowledgement", "PUT", pathAt("v4", "/ordersheets/acknowledgement"), "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": ids}, 200},
		{"v4 withdrawn returns", "GET", pathAt("v4", "/returnWithdrawRequests"), "dateFrom=2024-04-04&dateTo=2024-04-10", nil, 200},
		{"another vendor's id", "GET", "/v2/providers/openapi/apis/api/v5/vendors/A00099999/ordersheets/1", "", nil, 404},
	}
	want404 := 0
	for _, tc := range tests {
		st, _, body := h.do(tc.method, tc.path, tc.query, tc.body)
		assert.Equal(t, tc.status, st, "%s: %s", tc.name, body)
		if tc.status == 404 {
			want404++
		}
	}
	assert.Equal(t, want404, h.sim.NotFound(), "every 404 is counted")
}

// Repeated 404s get the vendor and the IP blocked: every call, even a right one, gets the HTML
// Access Denied page until the block ends.
func TestRepeated404sBlock(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil; c.NotFoundLimit = 3 })
	good := "createdAtFrom=2024-04-10%2B09:00&createdAtTo=2024-04-10%2B09:00&status=ACCEPT"
	for range 3 {
		st, _, _ := h.do("GET", pathAt("v4", "/ordersheets"), "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=ACCEPT", nil)
		require.Equal(t, 404, st)
	}
	st, _, body := h.do("GET", pathAt("v5", "/ordersheets"), good, nil)
	assert.Equal(t, 403, st)
	assert.Contains(t, body, "Access Denied")
	assert.False(t, h.sim.DeniedUntil().IsZero())
	h.clock.Add(25 * time.Hour)
	st, _, _ = h.do("GET", pathAt("v5", "/ordersheets"), good, nil)
	assert.Equal(t, 200, st, "the block ends")

	// 404s spread wider than the window do not add up
	for range 4 {
		st, _, _ := h.do("GET", pathAt("v4", "/ordersheets"), good, nil)
		require.Equal(t, 404, st)
		h.clock.Add(31 * time.Minute)
	}
	st, _, _ = h.do("GET", pathAt("v5", "/ordersheets"), good, nil)
	assert.Equal(t, 200, st)
}

// A withdrawn return leaves returnRequests, frees the held units and is listed by
// returnWithdrawRequests (at most 7 days, paged by pageIndex).
func TestWithdrawnReturns(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil })
	ids := h.sim.AddOrders(3)
	st, _, _ := h.do("PUT", pathAt("v4", "/ordersheets/acknowledgement"), "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": ids})
	require.Equal(t, 200, st)
	var receipts []int64
	for _, id := range ids {
		rc, err := h.sim.CancelBox(id, 1)
		require.NoError(t, err)
		receipts = append(receipts, rc)
	}
	list := func(q string) (int, map[string]any) {
		st, m, _ := h.do("GET", pathAt("v6", "/returnRequests"), q, nil)
		return st, m
	}
	_, m := list("createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=RU")
	require.Len(t, m["data"], 3)

	h.clock.Add(time.Hour)
	for _, rc := range receipts {
		require.NoError(t, h.sim.WithdrawReceipt(rc))
	}
	assert.Error(t, h.sim.WithdrawReceipt(receipts[0]), "once")
	_, m = list("createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=RU")
	assert.Empty(t, m["data"], "withdrawn receipts leave the list")
	b, _ := h.sim.Box(ids[0])
	assert.Zero(t, b.HeldQty, "the held unit ships again")

	w := func(q string) (int, map[string]any) {
		st, m, _ := h.do("GET", pathAt("v4", "/returnWithdrawRequests"), q, nil)
		return st, m
	}
	st, m = w("dateFrom=2024-04-04&dateTo=2024-04-10&pageIndex=1&sizePerPage=2")
	require.Equal(t, 200, st)
	require.Len(t, m["data"], 2)
	assert.Equal(t, "2", m["nextPageIndex"])
	first := m["data"].([]any)[0].(map[string]any)
	assert.Equal(t, float64(receipts[0]), first["cancelId"])
	assert.Equal(t, "2024-04-10T13:00:00", first["createdAt"])
	_, m = w("dateFrom=2024-04-04&dateTo=2024-04-10&pageIndex=2&sizePerPage=2")
	assert.Len(t, m["data"], 1)
	assert.Equal(t, "", m["nextPageIndex"])
	st, _ = w("dateFrom=2024-04-03&dateTo=2024-04-10")
	assert.Equal(t, 400, st, "8 days")
	st, _ = w("dateFrom=2024-04-09&dateTo=2024-04-10&sizePerPage=101")
	assert.Equal(t, 400, st)
	_, m = w("dateFrom=2024-04-01&dateTo=2024-04-07")
	assert.Empty(t, m["data"])
}

// Both forms Coupang has stated auto-bundle orders in, for the same order of 2 × the 5-pack.
func TestBundleForms(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil })
	assert.Equal(t, BundleFormUnits, h.sim.bundleForm, "the current form by default")
	id, err := h.sim.AddOrderOf(85872453655, 2)
	require.NoError(t, err)
	item := func() map[string]any {
		st, m, body := h.do("GET", pathAt("v5", fmt.Sprintf("/ordersheets/%d", id)), "", nil)
		require.Equal(t, 200, st, body)
		return m["data"].(map[string]any)["orderItems"].([]any)[0].(map[string]any)
	}
	it := item()
	assert.Equal(t, float64(10), it["shippingCount"], "in the seller's original units")
	assert.Equal(t, "신서리티 델타 구운 캐슈넛, 1개, 160g", it["vendorItemName"], "the original option's name")
	assert.Equal(t, "신서리티 델타 구운 캐슈넛, 5개, 160g", it["upBundleVendorItemName"])
	assert.Equal(t, float64(88049657337), it["upBundleVendorItemId"])
	assert.Equal(t, float64(82000), it["orderPrice"])
	assert.Equal(t, float64(85872453655), it["vendorItemId"])

	require.NoError(t, h.sim.SetBundleForm(BundleFormBundles))
	it = item()
	assert.Equal(t, float64(2), it["shippingCount"], "in bundles")
	assert.Equal(t, it["upBundleVendorItemName"], it["vendorItemName"], "the bundle's name in both")
	assert.Equal(t, float64(41000), it["salesPrice"])
	assert.Equal(t, float64(82000), it["orderPrice"])
	assert.Error(t, h.sim.SetBundleForm("boxes"))

	// a name set on the box shows as vendorItemName in either form
	require.NoError(t, h.sim.SetExposedName(id, 85872453655, "신서리티 구운 캐슈넛, 5개, 150g"))
	assert.Equal(t, "신서리티 구운 캐슈넛, 5개, 150g", item()["vendorItemName"])
}

// An acknowledgement answered with success can take a while to apply: the box stays ACCEPT and
// an invoice is refused INVALID_STATUS until it does.
func TestAcknowledgementLatency(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil; c.AckLatency = 30 * time.Minute })
	ids := h.sim.AddOrders(1)
	id := ids[0]
	b, _ := h.sim.Box(id)
	ack := func() map[string]any {
		st, m, body := h.do("PUT", pathAt("v4", "/ordersheets/acknowledgement"), "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": ids})
		require.Equal(t, 200, st, body)
		return m["data"].(map[string]any)["responseList"].([]any)[0].(map[string]any)
	}
	invoice := func() map[string]any {
		body := map[string]any{"vendorId": "A00012345", "orderSheetInvoiceApplyDtos": []map[string]any{{
			"shipmentBoxId": id, "orderId": b.OrderID, "vendorItemId": b.VendorItems[0], "deliveryCompanyCode": "CJGLS",
			"invoiceNumber": "123456789012", "splitShipping": false, "preSplitShipped": false, "estimatedShippingDate": ""}}}
		if len(b.VendorItems) > 1 {
			body["orderSheetInvoiceApplyDtos"] = append(body["orderSheetInvoiceApplyDtos"].([]map[string]any), map[string]any{
				"shipmentBoxId": id, "orderId": b.OrderID, "vendorItemId": b.VendorItems[1], "deliveryCompanyCode": "CJGLS",
				"invoiceNumber": "123456789012", "splitShipping": false, "preSplitShipped": false, "estimatedShippingDate": ""})
		}
		st, m, raw := h.do("POST", pathAt("v4", "/orders/invoices"), "", body)
		require.Equal(t, 200, st, raw)
		return m["data"].(map[string]any)["responseList"].([]any)[0].(map[string]any)
	}
	assert.Equal(t, true, ack()["succeed"])
	v, _ := h.sim.Box(id)
	assert.Equal(t, "ACCEPT", v.Status, "not applied yet")
	r := invoice()
	assert.Equal(t, "INVALID_STATUS", r["resultCode"])
	assert.Contains(t, r["resultMessage"], "배송진행상태가 유효하지 않습니다")
	h.clock.Add(10 * time.Minute)
	assert.Equal(t, true, ack()["succeed"], "asked again meanwhile: accepted, the clock is not reset")
	h.clock.Add(20 * time.Minute)
	v, _ = h.sim.Box(id)
	assert.Equal(t, "INSTRUCT", v.Status, "applied after 30 minutes")
	assert.Equal(t, true, invoice()["succeed"])
}

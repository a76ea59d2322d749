package coupangsim

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An exchange Coupang re-delivers in two boxes: one group per box in the list, one line per box in
// the upload (the article's example body carries two), each line taken or refused on its own with
// one resultCode for the request; a box that is not the exchange's and a second upload for a box
// are refused; deliveryStatus moves on only once every box has its invoice.
func TestExchangeInvoicesSeveralBoxes(t *testing.T) {
	h := newHarness(t, nil)
	ids := h.sim.AddOrders(2)
	for _, id := range ids {
		shipped(h, id)
		require.NoError(t, h.sim.Deliver(id))
	}
	ex, err := h.sim.RequestExchange(ids[0], 1, "사이즈 교환")
	require.NoError(t, err)
	require.NoError(t, h.sim.SplitExchange(ex, 2))
	_, err = h.sim.ConfirmExchangeInWing(ex)
	require.NoError(t, err)
	assert.Error(t, h.sim.SplitExchange(ex, 3), "confirmed: its boxes are made")
	v, _ := h.sim.Exchange(ex)
	require.Len(t, v.NewBoxIDs, 2)
	a, b := v.NewBoxIDs[0], v.NewBoxIDs[1]

	post := func(lines ...map[string]any) map[string]any {
		body := make([]any, len(lines))
		for i, l := range lines {
			body[i] = l
		}
		st, m, _ := h.do("POST", pathAt("v4", "/exchangeRequests/"+strconv.FormatInt(ex, 10)+"/invoices"), "", body)
		require.Equal(t, 200, st)
		return m["data"].(map[string]any)
	}
	line := func(box int64, number string) map[string]any {
		return map[string]any{"exchangeId": ex, "vendorId": "A00012345", "shipmentBoxId": box, "goodsDeliveryCode": "CJGLS", "invoiceNumber": number}
	}
	groups := func() []any {
		_, m, _ := h.do("GET", pathAt("v4", "/exchangeRequests"), "createdAtFrom=2024-04-04T00:00:00&createdAtTo=2024-04-10T23:59:59", nil)
		for _, x := range m["data"].([]any) {
			if e := x.(map[string]any); e["exchangeId"] == float64(ex) {
				return e["deliveryInvoiceGroupDtos"].([]any)
			}
		}
		t.Fatal("not listed")
		return nil
	}
	require.Len(t, groups(), 2, "one group per re-delivery box")

	// box a and a box that is not the exchange's (the box first delivered): a goes through, the
	// other line is refused, the answer is FAIL and names it
	d := post(line(a, "640012345670"), line(ids[0], "640012345671"))
	assert.Equal(t, "FAIL", d["resultCode"])
	assert.Contains(t, d["resultMessage"], strconv.FormatInt(ids[0], 10))
	v, _ = h.sim.Exchange(ex)
	assert.Equal(t, []string{"640012345670", ""}, v.Invoices)
	assert.NotEqual(t, "CompleteDirection", v.DeliveryStatus, "box b has no invoice yet")
	g := groups()
	assert.Len(t, g[0].(map[string]any)["deliveryInvoiceDtos"], 1)
	assert.Empty(t, g[1].(map[string]any)["deliveryInvoiceDtos"])

	// a second upload for box a is refused whatever its number; box b alongside goes through
	d = post(line(a, "640012345679"), line(b, "640012345672"))
	assert.Equal(t, "FAIL", d["resultCode"])
	assert.Contains(t, d["resultMessage"], strconv.FormatInt(a, 10))
	v, _ = h.sim.Exchange(ex)
	assert.Equal(t, []string{"640012345670", "640012345672"}, v.Invoices, "a kept its first number")
	assert.Equal(t, "CompleteDirection", v.DeliveryStatus, "every box has its invoice")

	// both boxes at once on a fresh split exchange: SUCCESS
	ex2, err := h.sim.RequestExchange(ids[1], 1, "색상 교환")
	require.NoError(t, err)
	require.NoError(t, h.sim.SplitExchange(ex2, 2))
	_, err = h.sim.ConfirmExchangeInWing(ex2)
	require.NoError(t, err)
	v2, _ := h.sim.Exchange(ex2)
	st, m, _ := h.do("POST", pathAt("v4", "/exchangeRequests/"+strconv.FormatInt(ex2, 10)+"/invoices"), "", []any{
		map[string]any{"exchangeId": ex2, "vendorId": "A00012345", "shipmentBoxId": v2.NewBoxIDs[0], "goodsDeliveryCode": "CJGLS", "invoiceNumber": "640012345673"},
		map[string]any{"exchangeId": ex2, "vendorId": "A00012345", "shipmentBoxId": v2.NewBoxIDs[1], "goodsDeliveryCode": "EPOST", "invoiceNumber": "6400123499471"}})
	require.Equal(t, 200, st)
	assert.Equal(t, "SUCCESS", m["data"].(map[string]any)["resultCode"])
	v2, _ = h.sim.Exchange(ex2)
	assert.Equal(t, []string{"640012345673", "6400123499471"}, v2.Invoices)
	assert.Equal(t, "CompleteDirection", v2.DeliveryStatus)
}

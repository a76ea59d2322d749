package coupangsim

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 교환상품 송장 업로드 as article 360034027954 has it: only after 입고 확인 (CompleteCollect), only
// once the re-delivery's box exists (up to 10 minutes later), only for that NEW box, with
// goodsDeliveryCode from Coupang's courier codes, once; the list then shows the invoice and the
// re-delivery moves on.
func TestExchangeInvoicesStrict(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ExchangeBoxDelay = 10 * time.Minute })
	ids := h.sim.AddOrders(5)
	ex := make([]int64, len(ids))
	for i, id := range ids {
		shipped(h, id)
		require.NoError(t, h.sim.Deliver(id))
		e, err := h.sim.RequestExchange(id, 1, "사이즈 교환")
		require.NoError(t, err)
		ex[i] = e
	}
	path := func(id int64) string { return pathAt("v4", "/exchangeRequests/"+strconv.FormatInt(id, 10)+"/invoices") }
	post := func(id int64, body any) (int, map[string]any) {
		st, m, _ := h.do("POST", path(id), "", body)
		return st, m
	}
	line := func(id, box int64, courier, number string) map[string]any {
		return map[string]any{"exchangeId": id, "vendorId": "A00012345", "shipmentBoxId": box, "goodsDeliveryCode": courier, "invoiceNumber": number}
	}
	result := func(m map[string]any) string {
		d, _ := m["data"].(map[string]any)
		r, _ := d["resultCode"].(string)
		return r
	}
	listed := func(id int64) map[string]any {
		_, m, _ := h.do("GET", pathAt("v4", "/exchangeRequests"), "createdAtFrom=2024-04-04T00:00:00&createdAtTo=2024-04-10T23:59:59", nil)
		for _, x := range m["data"].([]any) {
			if e := x.(map[string]any); e["exchangeId"] == float64(id) {
				return e
			}
		}
		t.Fatalf("exchange %d not listed", id)
		return nil
	}

	// before 입고 확인: no box, FAIL whatever box is named
	st, m := post(ex[0], []any{line(ex[0], ids[0], "CJGLS", "640012345670")})
	require.Equal(t, 200, st)
	assert.Equal(t, "FAIL", result(m), "before 입고 확인")
	require.NoError(t, h.sim.PickUpExchange(ex[1]))
	_, m = post(ex[1], []any{line(ex[1], ids[1], "CJGLS", "640012345671")})
	assert.Equal(t, "FAIL", result(m), "goods on their way back (Delivering)")

	// 입고 확인: the box is made, shown and invoiceable only 10 minutes later
	st, _, _ = h.do("PUT", pathAt("v4", "/exchangeRequests/"+strconv.FormatInt(ex[2], 10)+"/receiveConfirmation"), "",
		map[string]any{"vendorId": "A00012345", "exchangeId": ex[2]})
	require.Equal(t, 200, st)
	v, _ := h.sim.Exchange(ex[2])
	require.NotZero(t, v.NewBoxID)
	newBox := v.NewBoxID
	assert.Empty(t, listed(ex[2])["deliveryInvoiceGroupDtos"], "not made yet")
	_, m = post(ex[2], []any{line(ex[2], newBox, "CJGLS", "640012345672")})
	assert.Equal(t, "FAIL", result(m), "within the 10 minutes")
	h.clock.Add(10 * time.Minute)
	groups := listed(ex[2])["deliveryInvoiceGroupDtos"].([]any)
	require.Len(t, groups, 1)
	assert.Equal(t, float64(newBox), groups[0].(map[string]any)["shipmentBoxId"])
	assert.Empty(t, groups[0].(map[string]any)["deliveryInvoiceDtos"])

	other, _ := h.sim.Box(ids[3])
	goodsflow := line(ex[2], newBox, "CJGLS", "640012345672")
	delete(goodsflow, "goodsDeliveryCode")
	goodsflow["goodsflowDeliveryCode"] = "CJGLS"
	for _, tc := range []struct {
		name   string
		body   any
		status int
		result string
	}{
		{"one object, not a list", line(ex[2], newBox, "CJGLS", "640012345672"), 400, ""},
		{"an empty list", []any{}, 400, ""},
		{"the 2017 table's field name", []any{goodsflow}, 400, ""},
		{"a courier code Coupang does not know", []any{line(ex[2], newBox, "LOTTE", "640012345672")}, 400, ""},
		{"a courier's name, not its code", []any{line(ex[2], newBox, "CJ대한통운", "640012345672")}, 400, ""},
		{"not an invoice number", []any{line(ex[2], newBox, "CJGLS", "12-34")}, 400, ""},
		{"another vendor", []any{map[string]any{"exchangeId": ex[2], "vendorId": "A00099999", "shipmentBoxId": newBox, "goodsDeliveryCode": "CJGLS", "invoiceNumber": "640012345672"}}, 400, ""},
		{"another exchange in the body", []any{line(ex[1], newBox, "CJGLS", "640012345672")}, 400, ""},
		{"no box", []any{map[string]any{"exchangeId": ex[2], "vendorId": "A00012345", "goodsDeliveryCode": "CJGLS", "invoiceNumber": "640012345672"}}, 400, ""},
		{"the same box twice", []any{line(ex[2], newBox, "CJGLS", "640012345672"), line(ex[2], newBox, "CJGLS", "640012345673")}, 400, ""},
		{"the box first delivered, not the new one", []any{line(ex[2], ids[2], "CJGLS", "640012345672")}, 200, "FAIL"},
		{"a number on another parcel", []any{line(ex[2], newBox, other.CourierCode, other.Invoice)}, 200, "FAIL"},
	} {
		st, m := post(ex[2], tc.body)
		assert.Equal(t, tc.status, st, tc.name)
		assert.Equal(t, tc.result, result(m), tc.name)
	}
	v, _ = h.sim.Exchange(ex[2])
	assert.Empty(t, v.InvoiceNumber, "nothing refused was stored")

	// the example's form: ids as strings
	st, m = post(ex[2], []any{map[string]any{"exchangeId": strconv.FormatInt(ex[2], 10), "vendorId": "A00012345",
		"shipmentBoxId": strconv.FormatInt(newBox, 10), "goodsDeliveryCode": "CJGLS", "invoiceNumber": "640012345672"}})
	require.Equal(t, 200, st)
	assert.Equal(t, "SUCCESS", result(m))
	assert.Equal(t, "200", m["code"])
	e := listed(ex[2])
	assert.Equal(t, "CompleteDirection", e["deliveryStatus"], "배송연동")
	inv := e["deliveryInvoiceGroupDtos"].([]any)[0].(map[string]any)["deliveryInvoiceDtos"].([]any)
	require.Len(t, inv, 1)
	assert.Equal(t, "640012345672", inv[0].(map[string]any)["invoiceNumber"])
	assert.Equal(t, "CJGLS", inv[0].(map[string]any)["deliverCode"])
	assert.Equal(t, "DEPARTURE", inv[0].(map[string]any)["statusCode"])

	for name, number := range map[string]string{"the same number again": "640012345672", "another number": "640012345679"} {
		_, m = post(ex[2], []any{line(ex[2], newBox, "CJGLS", number)})
		assert.Equal(t, "FAIL", result(m), name)
	}
	v, _ = h.sim.Exchange(ex[2])
	assert.Equal(t, "640012345672", v.InvoiceNumber, "a second upload changes nothing")

	// a rejected exchange is over
	_, m, _ = h.do("PUT", pathAt("v4", "/exchangeRequests/"+strconv.FormatInt(ex[4], 10)+"/rejection"), "",
		map[string]any{"vendorId": "A00012345", "exchangeId": ex[4], "exchangeRejectCode": "SOLDOUT"})
	require.Equal(t, "SUCCESS", result(m))
	_, m = post(ex[4], []any{line(ex[4], ids[4], "CJGLS", "640012345674")})
	assert.Equal(t, "FAIL", result(m), "a rejected exchange")

	// the couriers carry it; the exchange then ends
	require.NoError(t, h.sim.DeliverRedelivery(ex[2]))
	assert.Equal(t, "DELIVERING", listed(ex[2])["deliveryInvoiceGroupDtos"].([]any)[0].(map[string]any)["deliveryInvoiceDtos"].([]any)[0].(map[string]any)["statusCode"])
	require.NoError(t, h.sim.DeliverRedelivery(ex[2]))
	v, _ = h.sim.Exchange(ex[2])
	assert.Equal(t, "SUCCESS", v.Status)
	assert.Equal(t, "CompleteDelivery", v.DeliveryStatus)
	assert.Error(t, h.sim.DeliverRedelivery(ex[2]), "arrived")
	assert.Error(t, h.sim.DeliverRedelivery(ex[0]), "no invoice")

	// documented at v4 only; a lost answer of an applied upload
	st, _, _ = h.do("POST", pathAt("v5", "/exchangeRequests/"+strconv.FormatInt(ex[3], 10)+"/invoices"), "", []any{})
	assert.Equal(t, 404, st)
	box3, err := h.sim.ConfirmExchangeInWing(ex[3])
	require.NoError(t, err)
	assert.Len(t, listed(ex[3])["deliveryInvoiceGroupDtos"], 1, "confirmed in WING long ago: the box is there")
	h.sim.InjectFault(EndpointExchangeInvoices, FaultGatewayTimeoutApplied)
	st, _ = post(ex[3], []any{line(ex[3], box3, "HANJIN", "640012345675")})
	assert.Equal(t, 504, st)
	v, _ = h.sim.Exchange(ex[3])
	assert.Equal(t, "640012345675", v.InvoiceNumber, "applied, the answer lost")
}

package coupang

import (
	"context"
	"net/http"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// The exchange list after 입고 확인: deliveryInvoiceGroupDtos names the re-delivery's box (the one the
// exchange invoice must name) and, once uploaded, its invoice; the box's claim carries both.
func TestDecodeExchangeRedelivery(t *testing.T) {
	body, err := os.ReadFile("testdata/exchange_redelivery.json")
	require.NoError(t, err)
	p, err := DecodeExchangePage(body)
	require.NoError(t, err)
	require.Empty(t, p.Unreadable)
	require.Len(t, p.Exchanges, 3)

	waiting := p.Exchanges[0]
	require.Len(t, waiting.InvoiceGroups, 1)
	assert.Equal(t, Int64(853138000000005666), waiting.InvoiceGroups[0].ShipmentBoxID, "18-digit box ids stay exact")
	assert.Equal(t, flexText("EXCHANGE_DELIVERY"), waiting.InvoiceGroups[0].ShippingDeliveryType)
	assert.Equal(t, []string{"853138000000005666"}, waiting.RedeliveryBoxes())
	code, number := waiting.RedeliveryInvoice()
	assert.Empty(t, code+number, "no invoice yet")
	cs := ToExchangeClaims(waiting)
	require.Len(t, cs, 1)
	c := cs[0].Claim
	assert.Equal(t, order.ShipmentKey(order.Coupang, "642538970006401511"), cs[0].ShipmentKey, "the claim stays on the box first delivered")
	assert.Equal(t, CollectComplete, c.Stage)
	assert.Equal(t, []string{"853138000000005666"}, c.RedeliveryBoxes)
	assert.Empty(t, c.RedeliveryNumber)

	sent := p.Exchanges[1]
	assert.Equal(t, []string{"853138000000005667"}, sent.RedeliveryBoxes(), "a box id written as a string")
	inv := sent.InvoiceGroups[0].Invoices
	require.Len(t, inv, 1)
	assert.Equal(t, flexText("DEPARTURE"), inv[0].StatusCode)
	assert.False(t, inv[0].UploadedAt.IsZero())
	c = ToExchangeClaims(sent)[0].Claim
	assert.Equal(t, "CJGLS", c.RedeliveryCourier)
	assert.Equal(t, "640012345681", c.RedeliveryNumber)

	two := ToExchangeClaims(p.Exchanges[2])[0].Claim
	assert.Equal(t, []string{"853138000000005668", "853138000000005669"}, two.RedeliveryBoxes, "each box once, in order")

	// the documented example before 입고 확인: an empty list
	none := ToExchangeClaims(Exchange{ExchangeID: 1, ExchangeStatus: ExchangeProgress, InvoiceGroups: []ExchangeInvoiceGroup{{ShipmentBoxID: 0}},
		Items: []ExchangeItem{{Quantity: 1, OriginalShipmentBoxID: 3}}})
	assert.Empty(t, none[0].Claim.RedeliveryBoxes, "a group without a box id names none")
}

// 교환상품 송장 업로드 as article 360034027954 and its structured form write it: POST on the
// exchange's invoices, a JSON array of {exchangeId, vendorId, shipmentBoxId, goodsDeliveryCode,
// invoiceNumber}, the answer's data.resultCode read; refused locally before any call when a field
// is missing.
func TestUploadExchangeInvoicesOnTheWire(t *testing.T) {
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		switch n {
		case 0:
			return 200, `{"code":"200","message":"SUCCESS","data":{"resultCode":"SUCCESS","resultMessage":"Invoice number save successfully"}}`, nil
		case 1:
			return 200, `{"code":"200","message":"SUCCESS","data":{"resultCode":"FAIL","resultMessage":"이미 송장이 등록된 교환입니다."}}`, nil
		case 2:
			return 400, `{"code":"ERROR","message":"goodsDeliveryCode LOTTE is not valid."}`, nil
		}
		return 504, `{"code":504,"message":"Request timed out"}`, nil
	}}
	c, _ := newTestClient(t, rc)
	ctx := context.Background()
	parcel := []ExchangeParcel{{ShipmentBoxID: 853138000000005666, CourierCode: "CJGLS", InvoiceNumber: " 640012345681 "}}
	res, err := c.UploadExchangeInvoices(ctx, 100700011, parcel)
	require.NoError(t, err)
	assert.True(t, res.Succeeded)
	assert.Equal(t, int64(100700011), res.ReceiptID)

	require.Equal(t, 1, rc.count())
	r := rc.requests[0]
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "/v2/providers/openapi/apis/api/v4/vendors/"+testVendor+"/exchangeRequests/100700011/invoices", r.URL.Path)
	assert.JSONEq(t, `[{"exchangeId":100700011,"vendorId":"`+testVendor+`","shipmentBoxId":853138000000005666,
		"goodsDeliveryCode":"CJGLS","invoiceNumber":"640012345681"}]`, rc.bodies[0], "an array, goodsDeliveryCode, the number trimmed")
	assert.NotContains(t, rc.bodies[0], "goodsflowDeliveryCode")
	assert.True(t, signedOverSent(r))

	res, err = c.UploadExchangeInvoices(ctx, 100700011, parcel)
	require.NoError(t, err, "a FAIL is an answer, not an error")
	assert.False(t, res.Succeeded)
	assert.Equal(t, ReceiptFail, res.ResultCode)
	assert.Contains(t, res.SellerMessage(), "쿠팡: 이미 송장이 등록된 교환입니다.")

	_, err = c.UploadExchangeInvoices(ctx, 100700011, parcel)
	ae, ok := AsAPIError(err)
	require.True(t, ok, "%v", err)
	assert.Equal(t, 400, ae.HTTPStatus)

	_, err = c.UploadExchangeInvoices(ctx, 100700011, parcel)
	assert.True(t, IsOutcomeUnknown(err), "a lost answer of a write is not retried: %v", err)
	assert.Equal(t, 4, rc.count(), "sent once each")

	var bad *RequestError
	for name, ps := range map[string][]ExchangeParcel{
		"no box":       nil,
		"box id":       {{CourierCode: "CJGLS", InvoiceNumber: "1"}},
		"courier code": {{ShipmentBoxID: 1, CourierCode: "cj대한통운", InvoiceNumber: "1"}},
		"number":       {{ShipmentBoxID: 1, CourierCode: "CJGLS", InvoiceNumber: "  "}},
		"twice":        {{ShipmentBoxID: 1, CourierCode: "CJGLS", InvoiceNumber: "1"}, {ShipmentBoxID: 1, CourierCode: "CJGLS", InvoiceNumber: "2"}},
	} {
		_, err := c.UploadExchangeInvoices(ctx, 100700011, ps)
		assert.ErrorAs(t, err, &bad, name)
	}
	_, err = c.UploadExchangeInvoices(ctx, 0, parcel)
	assert.ErrorAs(t, err, &bad)
	assert.Equal(t, 4, rc.count(), "refused before calling")

	v4 := false
	for _, e := range Endpoints() {
		if e.Endpoint == EndpointExchangeInvoices {
			v4 = e.Method == "POST" && e.Version == "v4" && e.Article == "360034027954"
		}
	}
	assert.True(t, v4, "the endpoint table names the call and its article")
}

package coupang

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// An exchange re-delivered in two boxes: the upload sends one line per box in one array (the
// article's example carries two), and the answer is one resultCode for the request — a FAIL is
// read as such, whatever lines it concerns (the exchange read back tells which boxes carry their
// invoice).
func TestUploadExchangeInvoicesSeveralBoxes(t *testing.T) {
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		if n == 0 {
			return 200, `{"code":"200","message":"SUCCESS","data":{"resultCode":"SUCCESS","resultMessage":"Invoice number save successfully"}}`, nil
		}
		return 200, `{"code":"200","message":"SUCCESS","data":{"resultCode":"FAIL","resultMessage":"shipmentBoxId (853138000000005669): 이미 사용된 송장번호입니다."}}`, nil
	}}
	c, _ := newTestClient(t, rc)
	ctx := context.Background()
	parcels := []ExchangeParcel{
		{ShipmentBoxID: 853138000000005668, CourierCode: "CJGLS", InvoiceNumber: "640012345681"},
		{ShipmentBoxID: 853138000000005669, CourierCode: "EPOST", InvoiceNumber: "6400123499471"},
	}
	res, err := c.UploadExchangeInvoices(ctx, 100700011, parcels)
	require.NoError(t, err)
	assert.True(t, res.Succeeded)
	assert.JSONEq(t, `[
		{"exchangeId":100700011,"vendorId":"`+testVendor+`","shipmentBoxId":853138000000005668,"goodsDeliveryCode":"CJGLS","invoiceNumber":"640012345681"},
		{"exchangeId":100700011,"vendorId":"`+testVendor+`","shipmentBoxId":853138000000005669,"goodsDeliveryCode":"EPOST","invoiceNumber":"6400123499471"}]`,
		rc.bodies[0], "one line per box, in the order given, one call")

	res, err = c.UploadExchangeInvoices(ctx, 100700011, parcels)
	require.NoError(t, err)
	assert.False(t, res.Succeeded)
	assert.Contains(t, res.SellerMessage(), "853138000000005669")
	assert.Equal(t, 2, rc.count())
}

// The list shows each re-delivery box's invoice under its own group; the claim carries one
// invoice per box that has one, and the first as RedeliveryNumber.
func TestExchangeClaimInvoicePerBox(t *testing.T) {
	inv := func(code, number string) []ExchangeDeliveryInvoice {
		return []ExchangeDeliveryInvoice{{InvoiceNumber: flexText(number), DeliverCode: flexText(code), StatusCode: "DEPARTURE"}}
	}
	e := Exchange{ExchangeID: 7, ExchangeStatus: ExchangeProgress, CollectStatus: CollectComplete,
		Items: []ExchangeItem{{Quantity: 1, OriginalShipmentBoxID: 3}},
		InvoiceGroups: []ExchangeInvoiceGroup{
			{ShipmentBoxID: 11, Invoices: inv("CJGLS", "640012345681")},
			{ShipmentBoxID: 12},
			{ShipmentBoxID: 13, Invoices: append([]ExchangeDeliveryInvoice{{}}, inv("EPOST", "6400123499471")...)},
		}}
	c := ToExchangeClaims(e)[0].Claim
	assert.Equal(t, []string{"11", "12", "13"}, c.RedeliveryBoxes)
	assert.Equal(t, []order.BoxInvoice{{Box: "11", Courier: "CJGLS", Number: "640012345681"}, {Box: "13", Courier: "EPOST", Number: "6400123499471"}},
		c.RedeliveryInvoices)
	assert.Equal(t, "640012345681", c.RedeliveryNumber)
	assert.Equal(t, []string{"12"}, c.PendingRedeliveryBoxes())
}

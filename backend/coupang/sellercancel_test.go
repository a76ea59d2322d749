package coupang

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 주문 상품 취소 처리 (article 360033843154) on the wire: POST …/v5/…/orders/{orderId}/cancel with
// orderId, vendorItemIds and receiptCounts paired, bigCancelCode CANERR, a middleCancelCode, vendorId
// and the WING login id; both shapes of receiptMap read; PARTIAL names the failed items; a 400 is an
// *APIError with Coupang's words; a lost answer is never resent; bad requests never leave.
func TestSellerCancelOnTheWire(t *testing.T) {
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		switch n {
		case 0:
			return 200, `{"code":"200","message":"[요청번호] 43b9\r\n","data":{"receiptMap":{"181627233":{"receiptId":181627233,"receiptType":"CANCEL","vendorItemIds":[70071284034],"totalCount":2}},"orderId":23000059824637,"failedVendorItemIds":[]}}`, nil
		case 1:
			return 200, `{"code":"PARTIAL","message":"[3145181064]<= 취소 가능한 개수보다 요청한 개수가 더 많습니다.","data":{"receiptMap":{"receiptId":44698107,"receiptType":"STOP_SHIPMENT","vendorItemIds":[3145181065],"totalCount":1},"orderId":2000006593044,"failedVendorItemIds":[3145181064]}}`, nil
		case 2:
			return 400, `{"code":"ERROR","message":"해당 벤더아이템이 결제완료/상품지시 중 상태가 아닙니다."}`, nil
		case 3:
			return 200, `{"code":"FAIL","message":"출고정지 완료 처리에 실패했습니다.","data":{"failedVendorItemIds":[1]}}`, nil
		}
		return 504, `{"code":504,"message":"Request timed out"}`, nil
	}}
	c, _ := newTestClient(t, rc)
	ctx := context.Background()
	req := SellerCancelRequest{OrderID: 23000059824637, ShipmentBoxID: 777, UserID: " wing-seller ",
		Lines: []CancelLine{{VendorItemID: 70071284034, Count: 2}}}
	res, err := c.SellerCancel(ctx, req)
	require.NoError(t, err)
	assert.False(t, res.Partial())
	require.Len(t, res.Receipts, 1)
	assert.Equal(t, CancelReceipt{ReceiptID: 181627233, ReceiptType: CancelReceiptCancel, VendorItemIDs: []int64{70071284034}, TotalCount: 2}, res.Receipts[0])
	assert.Equal(t, int64(23000059824637), res.OrderID)

	r := rc.requests[0]
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "/v2/providers/openapi/apis/api/v5/vendors/"+testVendor+"/orders/23000059824637/cancel", r.URL.Path)
	assert.JSONEq(t, `{"orderId":23000059824637,"vendorItemIds":[70071284034],"receiptCounts":[2],"bigCancelCode":"CANERR",
		"middleCancelCode":"CCTTER","vendorId":"`+testVendor+`","userId":"wing-seller"}`, rc.bodies[0])
	assert.True(t, signedOverSent(r))

	res, err = c.SellerCancel(ctx, req)
	require.NoError(t, err, "PARTIAL is an answer")
	assert.True(t, res.Partial())
	assert.Equal(t, []int64{3145181064}, res.Failed)
	require.Len(t, res.Receipts, 1, "the single-object receiptMap of the portal's example")
	assert.Equal(t, CancelReceiptStop, res.Receipts[0].ReceiptType)

	_, err = c.SellerCancel(ctx, req)
	ae, ok := AsAPIError(err)
	require.True(t, ok, "%v", err)
	assert.Equal(t, 400, ae.HTTPStatus)
	assert.Contains(t, SellerMessage(err), "결제완료/상품지시 중 상태가 아닙니다")

	_, err = c.SellerCancel(ctx, req)
	ae, ok = AsAPIError(err)
	require.True(t, ok, "a FAIL is a refusal: %v", err)
	assert.Equal(t, "FAIL", ae.Code)

	_, err = c.SellerCancel(ctx, req)
	assert.True(t, IsOutcomeUnknown(err), "a lost answer of a write is not retried: %v", err)
	var lost *OutcomeUnknownError
	require.ErrorAs(t, err, &lost)
	assert.Equal(t, []int64{777}, lost.ShipmentBoxIDs)
	assert.Equal(t, 5, rc.count(), "sent once each")

	var bad *RequestError
	for name, q := range map[string]SellerCancelRequest{
		"no order":    {UserID: "u", Lines: []CancelLine{{VendorItemID: 1, Count: 1}}},
		"no lines":    {OrderID: 1, UserID: "u"},
		"zero count":  {OrderID: 1, UserID: "u", Lines: []CancelLine{{VendorItemID: 1}}},
		"twice":       {OrderID: 1, UserID: "u", Lines: []CancelLine{{VendorItemID: 1, Count: 1}, {VendorItemID: 1, Count: 1}}},
		"no wing id":  {OrderID: 1, UserID: "  ", Lines: []CancelLine{{VendorItemID: 1, Count: 1}}},
		"reason code": {OrderID: 1, UserID: "u", Reason: "SOLD_OUT", Lines: []CancelLine{{VendorItemID: 1, Count: 1}}},
	} {
		_, err := c.SellerCancel(ctx, q)
		assert.ErrorAs(t, err, &bad, name)
	}
	assert.Equal(t, 5, rc.count(), "refused before calling")

	found := false
	for _, e := range Endpoints() {
		if e.Endpoint == EndpointSellerCancel {
			found = e.Method == "POST" && e.Version == "v5" && e.Article == "360033843154"
		}
	}
	assert.True(t, found, "the endpoint table names the call and its article")
}

func FuzzDecodeSellerCancelResult(f *testing.F) {
	f.Add([]byte(`{"code":"200","message":"","data":{"receiptMap":{"181627233":{"receiptId":181627233,"receiptType":"CANCEL","vendorItemIds":[70071284034],"totalCount":1}},"orderId":23000059824637,"failedVendorItemIds":[]}}`))
	f.Add([]byte(`{"code":"PARTIAL","message":"x","data":{"receiptMap":{"receiptId":44698107,"receiptType":"STOP_SHIPMENT","vendorItemIds":["3145181065"],"totalCount":3},"orderId":"2000006593044","failedVendorItemIds":[3145181064]}}`))
	f.Add([]byte(`{"code":"FAIL","data":{"failedItemIds":[1],"receiptMap":null}}`))
	f.Add([]byte(`{"code":"ERROR","message":"x","data":"oops"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := DecodeSellerCancelResult(b)
		if err != nil {
			return
		}
		for _, r := range res.Receipts {
			if r.TotalCount < 0 && r.ReceiptID == 0 && len(r.VendorItemIDs) > 1<<20 {
				t.Fatal("impossible receipt")
			}
		}
	})
}

package coupang

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

func TestDecodeExchangePageDocumentedForm(t *testing.T) {
	body, err := os.ReadFile("testdata/exchange_page.json")
	require.NoError(t, err)
	p, err := DecodeExchangePage(body)
	require.NoError(t, err)
	assert.True(t, p.Code.OK())
	assert.Equal(t, "", p.NextToken)
	require.Len(t, p.Exchanges, 2)
	require.Len(t, p.Unreadable, 1, "one exchange that does not decode does not hide the others")
	assert.Equal(t, int64(100700003), p.Unreadable[0].ExchangeID)
	assert.ErrorIs(t, p.Unreadable[0].Err, ErrMalformedResponse)

	e := p.Exchanges[0]
	assert.Equal(t, Int64(100700001), e.ExchangeID)
	assert.Equal(t, ExchangeProgress, e.ExchangeStatus)
	assert.Equal(t, CollectDelivering, e.CollectStatus)
	assert.True(t, e.Rejectable)
	assert.False(t, e.DeliveryInvoiceModifiable, "null reads as false")
	require.Len(t, e.Items, 2)
	assert.Equal(t, Int64(642538970006401501), e.Items[0].OriginalShipmentBoxID, "18-digit ids stay exact")
	assert.Equal(t, Int64(2), e.Items[1].Quantity, "a quantity written as a string")
	assert.Equal(t, time.Date(2024, 4, 8, 10, 15, 0, 0, order.KST()), e.CreatedAt.Time)
	assert.Contains(t, string(e.Raw), `"exchangeId": 100700001`)

	cs := ToExchangeClaims(e)
	require.Len(t, cs, 2, "one claim per box the exchange touches")
	assert.Equal(t, order.ShipmentKey(order.Coupang, "642538970006401501"), cs[0].ShipmentKey)
	c := cs[0].Claim
	assert.Equal(t, order.ClaimExchange, c.Type)
	assert.Equal(t, "100700001", c.ID)
	assert.Equal(t, ExchangeProgress, c.MarketStatus)
	assert.Equal(t, CollectDelivering, c.Stage)
	assert.Equal(t, "사이즈가 맞지 않아요", c.Reason)
	assert.True(t, c.Open)
	assert.False(t, c.Withdrawn)
	assert.Equal(t, 1, c.Quantity)
	assert.Equal(t, 2, cs[1].Claim.Quantity)

	w := ToExchangeClaims(p.Exchanges[1])
	require.Len(t, w, 1)
	assert.False(t, w[0].Claim.Open, "a withdrawn exchange is over")
	assert.True(t, w[0].Claim.Withdrawn)
}

func TestExchangeClaimOpenUntilDone(t *testing.T) {
	for _, tc := range []struct {
		status          string
		open, withdrawn bool
	}{
		{ExchangeReceipt, true, false}, {ExchangeProgress, true, false}, {ExchangeSuccess, false, false},
		{ExchangeReject, false, true}, {ExchangeCancel, false, true}, {"SOMETHING_NEW", true, false},
	} {
		cs := ToExchangeClaims(Exchange{ExchangeID: 1, OrderID: 2, ExchangeStatus: tc.status, Items: []ExchangeItem{{Quantity: 1, OriginalShipmentBoxID: 3}}})
		require.Len(t, cs, 1)
		assert.Equal(t, tc.open, cs[0].Claim.Open, tc.status)
		assert.Equal(t, tc.withdrawn, cs[0].Claim.Withdrawn, tc.status)
	}
	assert.Empty(t, ToExchangeClaims(Exchange{ExchangeID: 1, Items: []ExchangeItem{{Quantity: 1}}}), "an item without a box names none")
}

func TestExchangeAndReturnOnOneBoxLatestWins(t *testing.T) {
	cs := Claims{}
	at := time.Date(2024, 4, 8, 10, 0, 0, 0, order.KST())
	cs.Add(ReturnRequest{ReceiptID: 7, OrderID: 2, ReceiptStatus: ReceiptCompleted, CreatedAt: Time{Time: at.Add(-time.Hour)},
		ReturnItems: []ReturnItem{{ShipmentBoxID: 3, CancelCount: 1}}})
	first := cs.AddExchange(Exchange{ExchangeID: 9, OrderID: 2, ExchangeStatus: ExchangeReceipt, CreatedAt: Time{Time: at},
		Items: []ExchangeItem{{Quantity: 1, OriginalShipmentBoxID: 3}, {Quantity: 1, OriginalShipmentBoxID: 4}}})
	assert.Equal(t, []string{order.ShipmentKey(order.Coupang, "4")}, first)
	assert.Equal(t, order.ClaimExchange, cs[order.ShipmentKey(order.Coupang, "3")].Claim.Type, "the later request is the box's claim")

	// a return withdrawal never closes an exchange
	c := cs[order.ShipmentKey(order.Coupang, "3")].Claim
	assert.False(t, Withdrawal{CancelID: 9, OrderID: 2}.Withdraws("2", &c))
}

func TestExchangeQueryDocumentedLimits(t *testing.T) {
	to := time.Date(2024, 4, 10, 15, 30, 45, 0, order.KST())
	v, err := ExchangeQuery{From: to.Add(-MaxExchangeWindow), To: to, Status: ExchangeProgress, OrderID: 12}.values()
	require.NoError(t, err)
	assert.Equal(t, "2024-04-03T15:30:45", v.Get("createdAtFrom"), "yyyy-MM-ddTHH:mm:ss")
	assert.Equal(t, "2024-04-10T15:30:45", v.Get("createdAtTo"))
	assert.Equal(t, "PROGRESS", v.Get("status"))
	assert.Equal(t, "12", v.Get("orderId"))
	assert.Empty(t, v.Get("maxPerPage"), "the largest page is not documented: the default is used")

	var bad *RequestError
	for name, q := range map[string]ExchangeQuery{
		"8 days":   {From: to.Add(-MaxExchangeWindow - time.Second), To: to},
		"reversed": {From: to, To: to.Add(-time.Hour)},
		"no from":  {To: to},
		"status":   {From: to.Add(-time.Hour), To: to, Status: "DONE"},
	} {
		_, err := q.values()
		assert.ErrorAs(t, err, &bad, name)
	}
	// the sync's window stays inside one call however the 7 days are counted
	from := ExchangeWindow(to)
	assert.Equal(t, time.Date(2024, 4, 4, 0, 0, 0, 0, order.KST()), from)
	assert.Less(t, to.Sub(from), MaxExchangeWindow)
}

func TestExchangeRequestsPagesByNextToken(t *testing.T) {
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		switch r.URL.Query().Get("nextToken") {
		case "":
			return 200, `{"code":200,"message":"OK","data":[{"exchangeId":1,"exchangeStatus":"RECEIPT","exchangeItemDtoV1s":[{"quantity":1,"originalShipmentBoxId":11}]}],"nextToken":"t2"}`, nil
		case "t2":
			return 200, `{"code":200,"message":"OK","data":[{"exchangeId":2,"exchangeStatus":"PROGRESS"},{"exchangeId":1,"exchangeStatus":"PROGRESS"}],"nextToken":""}`, nil
		}
		return 400, `{"code":"ERROR","message":"bad token"}`, nil
	}}
	c, _ := newTestClient(t, rc)
	to := time.Date(2024, 1, 15, 18, 30, 0, 0, time.UTC)
	exs, bad, err := c.ExchangeRequests(context.Background(), ExchangeQuery{From: ExchangeWindow(to), To: to})
	require.NoError(t, err)
	assert.Empty(t, bad)
	require.Len(t, exs, 2)
	assert.Equal(t, ExchangeProgress, exs[0].ExchangeStatus, "the later copy of a repeated exchange")
	require.Equal(t, 2, rc.count())
	r := rc.requests[0]
	assert.Equal(t, "/v2/providers/openapi/apis/api/v4/vendors/"+testVendor+"/exchangeRequests", r.URL.Path)
	assert.Equal(t, "2024-01-10T00:00:00", r.URL.Query().Get("createdAtFrom"))
	assert.Equal(t, "2024-01-16T03:30:00", r.URL.Query().Get("createdAtTo"), "KST")
	assert.True(t, signedOverSent(r))
	assert.NotEmpty(t, r.Header.Get("X-EXTENDED-TIMEOUT"), "a list call asks for the extended timeout")

	// a token that comes back is a malformed answer, not a loop
	loop := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"data":[],"nextToken":"same"}`, nil
	}}
	c, _ = newTestClient(t, loop)
	_, _, err = c.ExchangeRequests(context.Background(), ExchangeQuery{From: ExchangeWindow(to), To: to})
	assert.ErrorIs(t, err, ErrMalformedResponse)
	assert.Equal(t, 2, loop.count())
}

func FuzzDecodeExchangePage(f *testing.F) {
	if b, err := os.ReadFile("testdata/exchange_page.json"); err == nil {
		f.Add(string(b))
	}
	f.Add(`{"code":200,"data":null,"nextToken":null}`)
	f.Add(`{"code":"200","data":{"exchangeId":"1","exchangeItemDtoV1s":[{"originalShipmentBoxId":"x"}]}}`)
	f.Add(`{"code":200,"data":[null,{"exchangeId":1e3}]}`)
	f.Fuzz(func(t *testing.T, body string) {
		p, err := DecodeExchangePage([]byte(body))
		if err != nil {
			if !errors.Is(err, ErrMalformedResponse) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, u := range p.Unreadable {
			if !errors.Is(u.Err, ErrMalformedResponse) {
				t.Fatalf("untyped item error %v", u.Err)
			}
		}
		for _, e := range p.Exchanges {
			for _, bc := range ToExchangeClaims(e) {
				if bc.Claim.Type != order.ClaimExchange || bc.Claim.Quantity < 0 || !strings.HasPrefix(bc.ShipmentKey, string(order.Coupang)) {
					t.Fatalf("bad claim %+v", bc)
				}
			}
		}
	})
}

// The two exchange answers as articles 360034027834 and 360034027874 write them: PUT, the
// exchangeId in the path and the body, the vendorId, a documented reject code.
func TestExchangeAnswersOnTheWire(t *testing.T) {
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/receiveConfirmation"):
			return 200, `{"code":"200","message":"SUCCESS"}`, nil
		case n == 1:
			return 200, `{"code":"200","message":"SUCCESS","data":{"resultCode":"SUCCESS","resultMessage":"요청 처리완료"}}`, nil
		}
		return 200, `{"code":"200","message":"SUCCESS","data":{"resultCode":"FAIL","resultMessage":"입고 확인된 교환은 거부할 수 없습니다."}}`, nil
	}}
	c, _ := newTestClient(t, rc)
	ctx := context.Background()
	res, err := c.ConfirmExchangeReceived(ctx, 100702179)
	require.NoError(t, err)
	assert.True(t, res.Succeeded)
	res, err = c.RejectExchange(ctx, 100702180, ExchangeRejectSoldOut)
	require.NoError(t, err)
	assert.True(t, res.Succeeded)
	res, err = c.RejectExchange(ctx, 100702181, ExchangeRejectWithdraw)
	require.NoError(t, err)
	assert.False(t, res.Succeeded)
	assert.Contains(t, res.SellerMessage(), "쿠팡: 입고 확인된 교환은 거부할 수 없습니다.")

	require.Equal(t, 3, rc.count())
	base := "/v2/providers/openapi/apis/api/v4/vendors/" + testVendor + "/exchangeRequests/"
	assert.Equal(t, http.MethodPut, rc.requests[0].Method)
	assert.Equal(t, base+"100702179/receiveConfirmation", rc.requests[0].URL.Path)
	assert.JSONEq(t, `{"vendorId":"`+testVendor+`","exchangeId":100702179}`, rc.bodies[0])
	assert.Equal(t, base+"100702180/rejection", rc.requests[1].URL.Path)
	assert.JSONEq(t, `{"vendorId":"`+testVendor+`","exchangeId":100702180,"exchangeRejectCode":"SOLDOUT"}`, rc.bodies[1])
	assert.True(t, signedOverSent(rc.requests[1]))

	var bad *RequestError
	_, err = c.RejectExchange(ctx, 1, "OUT_OF_STOCK")
	assert.ErrorAs(t, err, &bad, "only SOLDOUT or WITHDRAW")
	_, err = c.ConfirmExchangeReceived(ctx, 0)
	assert.ErrorAs(t, err, &bad)
	assert.Equal(t, 3, rc.count(), "refused before calling")
}

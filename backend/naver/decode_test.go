package naver

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"
)

// fixtureClient serves the JSON fixtures under testdata/naver by path.
func fixtureClient(t *testing.T) *Client {
	t.Helper()
	files := map[string]string{
		pathQuery:           "query_response.json",
		pathChangedStatuses: "changed_statuses.json",
		pathProductOrders:   "list_response.json",
		pathConfirm:         "confirm_response.json",
		pathDispatch:        "dispatch_response.json",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/oauth2/token" {
			_, _ = io.WriteString(w, `{"access_token":"tok","expires_in":10800,"token_type":"Bearer"}`)
			return
		}
		name, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile(filepath.Join("testdata", "naver", name))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("GNCP-GW-Trace-ID", "fixture-"+name)
		_, _ = w.Write(b)
	}))
	t.Cleanup(srv.Close)
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 0))
	require.NoError(t, err)
	return c
}

func kstTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func fixtureDetails(t *testing.T) []ProductOrderDetail {
	t.Helper()
	ids := []string{"2026112245671201", "2026112245671202", "2026112045671203", "2026112245671204", "2026111045671205", "2026111545671206"}
	res, err := fixtureClient(t).QueryProductOrders(context.Background(), ids)
	require.NoError(t, err)
	require.Len(t, res.Orders, 6)
	assert.Empty(t, res.Missing)
	return res.Orders
}

func TestDecodeQueryFixture(t *testing.T) {
	d := fixtureDetails(t)

	first := d[0]
	assert.Equal(t, ID("2026112211453301"), first.Order.OrderID)
	assert.Equal(t, "김민준", first.Order.OrdererName)
	assert.Equal(t, Won(21500), first.ProductOrder.TotalPaymentAmount)
	assert.Equal(t, Won(11000), first.ProductOrder.OptionPrice)
	assert.Equal(t, "0502-1234-5678", first.ProductOrder.ShippingAddress.Tel1)
	assert.True(t, bool(first.ProductOrder.ShippingAddress.IsRoadNameAddress))
	assert.True(t, kstTime("2026-11-22T09:12:58+09:00").Equal(first.Order.PaymentDate.Time))
	assert.Nil(t, first.Delivery)

	// Raw keeps Naver's bytes, so unknown fields survive for the store.
	var raw map[string]any
	require.NoError(t, json.Unmarshal(d[1].Raw, &raw))
	assert.Contains(t, raw["productOrder"], "someFieldNaverAddsLater")

	// Numeric ids and one fractional digit.
	second := d[1]
	assert.Equal(t, ID("2026112245671202"), second.ProductOrder.ProductOrderID)
	assert.Equal(t, ID("2026112211453302"), second.Order.OrderID)
	assert.Equal(t, ID("2026112290000002"), second.ProductOrder.PackageNumber)
	assert.True(t, bool(second.Order.IsDeliveryMemoParticular))
	assert.True(t, kstTime("2026-11-21T21:04:35.1+09:00").Equal(second.Order.PaymentDate.Time))

	// No fractional digits, delivery.
	third := d[2]
	require.NotNil(t, third.Delivery)
	assert.Equal(t, "CJGLS", third.Delivery.DeliveryCompany)
	assert.True(t, kstTime("2026-11-20T14:03:11+09:00").Equal(third.Delivery.SendDate.Time))

	// currentClaim with nine fractional digits.
	kind, c := d[3].LatestClaim()
	assert.Equal(t, "CANCEL", kind)
	require.NotNil(t, c)
	assert.Equal(t, 123456789, c.ClaimRequestDate.Nanosecond())
	assert.Equal(t, "단순 변심: 다른 상품으로 다시 주문할게요", c.Reason())

	// Only the deprecated top-level return.
	kind, c = d[4].LatestClaim()
	assert.Equal(t, "RETURN", kind)
	assert.Equal(t, "RETURN_DONE", c.ClaimStatus)

	// currentClaim wins over the deprecated field.
	kind, c = d[5].LatestClaim()
	assert.Equal(t, "EXCHANGE", kind)
	assert.Equal(t, "COLLECTING", c.ClaimStatus)
}

func TestDecodeChangedStatusesFixture(t *testing.T) {
	p, err := fixtureClient(t).ChangedStatusesPage(context.Background(), ChangedStatusesQuery{From: kstTime("2026-11-22T09:00:00+09:00")})
	require.NoError(t, err)
	assert.Equal(t, 4, p.Count)
	require.Len(t, p.Statuses, 4)
	assert.Equal(t, "fixture-changed_statuses.json", p.TraceID)
	require.NotNil(t, p.More)
	assert.Equal(t, "00000000000000000004", p.More.MoreSequence)
	assert.True(t, kstTime("2026-11-22T10:02:00.5+09:00").Equal(p.More.MoreFrom.Time))
	assert.Equal(t, ID("2026112245671202"), p.Statuses[1].ProductOrderID)
	assert.True(t, bool(p.Statuses[1].ReceiverAddressChanged))
	assert.Equal(t, "CANCEL_REQUEST", p.Statuses[2].ClaimStatus)
	assert.Equal(t, "RECEIVED", p.Statuses[3].GiftReceivingStatus)
}

func TestDecodeListAndWriteFixtures(t *testing.T) {
	c := fixtureClient(t)
	ctx := context.Background()
	p, err := c.ListProductOrdersPage(ctx, ListQuery{From: kstTime("2026-11-22T00:00:00+09:00"), RangeType: "PAYED_DATETIME"}, 2)
	require.NoError(t, err)
	assert.True(t, p.HasNext)
	assert.Equal(t, 2, p.Page)
	require.Len(t, p.Orders, 2)
	assert.Equal(t, "2026112245671299", p.Orders[1].ID(), "the id from contents fills an empty productOrderId")

	cr, err := c.Confirm(ctx, []string{"2026112245671201", "2026112245671202", "2026112245671204"})
	require.NoError(t, err)
	require.Len(t, cr.Succeeded, 2)
	assert.True(t, bool(cr.Succeeded[1].IsReceiverAddressChanged))
	require.Len(t, cr.Failed, 1)
	assert.Equal(t, ItemFailure{ProductOrderID: "2026112245671204", Code: "9999", Message: "주문상태 및 클레임상태를 확인하세요"}, cr.Failed[0])

	dr, err := c.Dispatch(ctx, []DispatchItem{
		{ProductOrderID: "2026112245671201", CourierCode: "CJGLS", TrackingNumber: "1"},
		{ProductOrderID: "2026112245671202", CourierCode: "LOTTE", TrackingNumber: "2"},
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"2026112245671201"}, dr.Succeeded)
	assert.Equal(t, "104119", dr.Failed[0].Code)
}

func TestDecodeScalars(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want ID
		ok   bool
	}{
		{`"2026112245671201"`, "2026112245671201", true},
		{`2026112245671201`, "2026112245671201", true},
		{`null`, "", true},
		{` " 12 " `, "12", true},
		{`1.5`, "", false},
		{`-3`, "", false},
		{`true`, "", false},
		{`{}`, "", false},
	} {
		var id ID
		err := json.Unmarshal([]byte(tc.in), &id)
		if tc.ok {
			assert.NoError(t, err, tc.in)
			assert.Equal(t, tc.want, id, tc.in)
		} else {
			assert.Error(t, err, tc.in)
		}
	}
	for _, tc := range []struct {
		in   string
		want Won
		ok   bool
	}{
		{`12900`, 12900, true}, {`"12900"`, 12900, true}, {`12900.0`, 12900, true}, {`null`, 0, true},
		{`-3000`, -3000, true}, {`129.5`, 0, false}, {`"abc"`, 0, false}, {`1e30`, 0, false},
	} {
		var w Won
		err := json.Unmarshal([]byte(tc.in), &w)
		if tc.ok {
			assert.NoError(t, err, tc.in)
			assert.Equal(t, tc.want, w, tc.in)
		} else {
			assert.Error(t, err, tc.in)
		}
	}
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"2022-01-01T01:01:01.001+09:00", "2022-01-01T01:01:01.001+09:00"},
		{"2022-01-01T01:01:01+09:00", "2022-01-01T01:01:01.000+09:00"},
		{"2022-01-01T01:01:01.1+09:00", "2022-01-01T01:01:01.100+09:00"},
		{"2022-01-01T01:01:01.123456789+09:00", "2022-01-01T01:01:01.123+09:00"},
		{"2021-12-31T16:01:01.001Z", "2022-01-01T01:01:01.001+09:00"},
		{"2022-01-01T01:01:01.5", "2022-01-01T01:01:01.500+09:00"},
		{"2022-01-01", "2022-01-01T00:00:00.000+09:00"},
	} {
		got, err := ParseTime(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, FormatTime(got), tc.in)
	}
	_, err := ParseTime("22/01/01")
	assert.Error(t, err)
}

func TestQueryKeepsGoingPastAnUndecodableElement(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/oauth2/token" {
			_, _ = io.WriteString(w, `{"access_token":"tok","expires_in":10800}`)
			return
		}
		_, _ = io.WriteString(w, `{"traceId":"t","data":[
			{"order":{"orderId":"1"},"productOrder":{"productOrderId":"11","productOrderStatus":"PAYED","productName":"구운 캐슈넛 160g","quantity":1,"unitPrice":8900}},
			{"order":{"orderId":"2"},"productOrder":{"productOrderId":"12","productOrderStatus":"PAYED","unitPrice":8900.5}},
			{"order":{"orderId":"3","orderDate":"어제"},"productOrder":{"productOrderId":13}},
			null]}`)
	}))
	defer srv.Close()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 0))
	require.NoError(t, err)
	res, err := c.QueryProductOrders(context.Background(), []string{"11", "12", "13", "14"})
	require.NoError(t, err)
	require.Len(t, res.Orders, 1)
	assert.Equal(t, "11", res.Orders[0].ID())
	require.Len(t, res.Undecodable, 3)
	assert.Equal(t, "12", res.Undecodable[0].ProductOrderID)
	assert.Contains(t, res.Undecodable[0].Err.Error(), "whole number")
	assert.Contains(t, string(res.Undecodable[0].Raw), "8900.5")
	assert.Equal(t, "13", res.Undecodable[1].ProductOrderID)
	assert.Empty(t, res.Undecodable[2].ProductOrderID)
	assert.Equal(t, []string{"14"}, res.Missing)
}

package naver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/marketsim/naversim"
)

func TestChangedStatusesQueryEncoding(t *testing.T) {
	var mu sync.Mutex
	var raw []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/oauth2/token" {
			_, _ = io.WriteString(w, `{"access_token":"tok","expires_in":10800}`)
			return
		}
		mu.Lock()
		raw = append(raw, r.URL.RawQuery)
		mu.Unlock()
		_, _ = io.WriteString(w, `{"timestamp":"2026-11-22T09:30:00.000+09:00","traceId":"t","data":{"count":0,"lastChangeStatuses":[]}}`)
	}))
	defer srv.Close()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 0))
	require.NoError(t, err)
	from := time.Date(2022, 4, 11, 6, 21, 44, 10_000_000, time.UTC) // 15:21:44.010 KST
	_, err = c.ChangedStatusesPage(context.Background(), ChangedStatusesQuery{From: from, To: from.Add(time.Hour), LastChangedType: "DISPATCHED", MoreSequence: "abc+/="})
	require.NoError(t, err)
	require.Len(t, raw, 1)
	q := raw[0]
	assert.Contains(t, q, "lastChangedFrom=2022-04-11T15%3A21%3A44.010%2B09%3A00")
	assert.Contains(t, q, "lastChangedTo=2022-04-11T16%3A21%3A44.010%2B09%3A00")
	assert.NotContains(t, q, "%25", "no double encoding")
	assert.NotContains(t, q, "+", "a raw + would be read as a space")
	v, err := url.ParseQuery(q)
	require.NoError(t, err)
	assert.Equal(t, "2022-04-11T15:21:44.010+09:00", v.Get("lastChangedFrom"))
	assert.Equal(t, "abc+/=", v.Get("moreSequence"))
	assert.Equal(t, "300", v.Get("limitCount"))
	assert.Equal(t, "DISPATCHED", v.Get("lastChangedType"))
}

func TestChangedStatusesRequestChecks(t *testing.T) {
	env := newSimEnv(t)
	from := env.clock.Now()
	for name, q := range map[string]ChangedStatusesQuery{
		"no from":       {},
		"over 24 h":     {From: from, To: from.Add(24*time.Hour + time.Millisecond)},
		"to before":     {From: from, To: from.Add(-time.Second)},
		"limit too big": {From: from, Limit: 301},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := env.client.ChangedStatusesPage(context.Background(), q)
			var re *RequestError
			require.ErrorAs(t, err, &re)
		})
	}
	assert.Zero(t, env.sim.Calls()[naversim.EndpointChangedStatuses])
}

// TestChangedStatusesEqualTimestampsAcrossPages: 250 rows share one instant, so pages of 40 split
// equal timestamps; every row must come exactly once.
func TestChangedStatusesEqualTimestampsAcrossPages(t *testing.T) {
	env := newSimEnv(t)
	start := env.clock.Now()
	var want []string
	want = append(want, env.sim.AddOrders(250)...)
	env.clock.Add(time.Second)
	want = append(want, env.sim.AddOrders(50)...)
	env.clock.Add(time.Minute)

	seen := map[string]int{}
	pages := 0
	err := env.client.ChangedStatuses(context.Background(), start, env.clock.Now(), 40, func(p ChangedStatusesPage) error {
		pages++
		assert.Equal(t, len(p.Statuses), p.Count)
		for _, s := range p.Statuses {
			seen[string(s.ProductOrderID)]++
			assert.Equal(t, "PAYED", s.LastChangedType)
		}
		return nil
	})
	require.NoError(t, err)
	assert.Len(t, seen, len(want))
	for _, id := range want {
		assert.Equal(t, 1, seen[id], id)
	}
	assert.Equal(t, 8, pages) // ceil(300/40)
	assert.Equal(t, 8, env.sim.Calls()[naversim.EndpointChangedStatuses])
}

func TestChangedStatusesSplitsLongRanges(t *testing.T) {
	env := newSimEnv(t)
	start := env.clock.Now()
	a := env.sim.AddOrders(3)
	env.clock.Add(30 * time.Hour)
	b := env.sim.AddOrders(2)
	var got []string
	err := env.client.ChangedStatuses(context.Background(), start, env.clock.Now(), 0, func(p ChangedStatusesPage) error {
		for _, s := range p.Statuses {
			got = append(got, string(s.ProductOrderID))
		}
		return nil
	})
	require.NoError(t, err)
	assert.ElementsMatch(t, append(a, b...), got)
	assert.Equal(t, 2, env.sim.Calls()[naversim.EndpointChangedStatuses], "30 h = two windows")
}

func TestQueryChunksAndReportsMissing(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(650)
	ask := append(append([]string{}, ids...), "2099000000000001", "2099000000000002", ids[0])
	res, err := env.client.QueryProductOrders(context.Background(), ask)
	require.NoError(t, err)
	assert.Len(t, res.Orders, 650)
	assert.Equal(t, []string{"2099000000000001", "2099000000000002"}, res.Missing)
	assert.Equal(t, 3, env.sim.Calls()[naversim.EndpointQuery], "300 + 300 + 52")
	for _, d := range res.Orders {
		assert.NotEmpty(t, d.Raw)
		assert.Contains(t, string(d.Raw), d.ID())
	}
}

func TestProductOrderIDsAndList(t *testing.T) {
	env := newSimEnv(t)
	start := env.clock.Now().Add(-time.Second)
	ids := env.sim.AddOrders(20)
	ctx := context.Background()
	view, ok := env.sim.Order(ids[0])
	require.True(t, ok)
	got, err := env.client.ProductOrderIDs(ctx, view.OrderID)
	require.NoError(t, err)
	assert.Contains(t, got, ids[0])

	_, err = env.client.ProductOrderIDs(ctx, "1234")
	ae, ok := AsAPIError(err)
	require.True(t, ok)
	assert.Equal(t, "100003", ae.Code)

	var listed []string
	pages := 0
	err = env.client.ListProductOrders(ctx, ListQuery{From: start, To: env.clock.Now().Add(time.Second), RangeType: "PAYED_DATETIME",
		ProductOrderStatuses: []string{"PAYED"}, PageSize: 6}, func(p ProductOrdersPage) error {
		pages++
		for _, o := range p.Orders {
			listed = append(listed, o.ID())
		}
		return nil
	})
	require.NoError(t, err)
	assert.ElementsMatch(t, ids, listed)
	assert.Equal(t, 4, pages)
}

func TestConfirmAndDispatchPartialFailures(t *testing.T) {
	env := newSimEnv(t)
	ctx := context.Background()
	ids := env.sim.AddOrders(35)
	require.NoError(t, env.sim.RequestCancel(ids[3], "단순 변심"))

	first, err := env.client.Confirm(ctx, ids[:1])
	require.NoError(t, err)
	require.Len(t, first.Succeeded, 1)

	res, err := env.client.Confirm(ctx, append(ids, "2099000000000001"))
	require.NoError(t, err)
	assert.Equal(t, 2, env.sim.Calls()[naversim.EndpointConfirm]-1, "36 ids = 30 + 6")
	assert.Len(t, res.Succeeded, 33)
	codes := map[string]string{}
	for _, f := range res.Failed {
		codes[string(f.ProductOrderID)] = f.Code
	}
	assert.Equal(t, map[string]string{ids[0]: "105306", ids[3]: "9999", "2099000000000001": "100001"}, codes)
	assert.Empty(t, res.NotSent)

	items := []DispatchItem{
		{ProductOrderID: ids[1], CourierCode: "CJGLS", TrackingNumber: "640123456789"},
		{ProductOrderID: ids[2], CourierCode: "LOTTE", TrackingNumber: "640123456790"}, // not a Naver code
		{ProductOrderID: ids[4], CourierCode: "KGB"},
		{ProductOrderID: ids[5], CourierCode: "HYUNDAI", TrackingNumber: "640123456791"},
	}
	dr, err := env.client.Dispatch(ctx, items)
	require.NoError(t, err)
	assert.Equal(t, []string{ids[1], ids[5]}, dr.Succeeded)
	codes = map[string]string{}
	for _, f := range dr.Failed {
		codes[string(f.ProductOrderID)] = f.Code
	}
	assert.Equal(t, map[string]string{ids[2]: "104119", ids[4]: "104120"}, codes)
	v, _ := env.sim.Order(ids[1])
	assert.Equal(t, "DELIVERING", v.Status)
	assert.Equal(t, "640123456789", v.TrackingNumber)
}

func TestWriteOutcomeUnknownAfterApplied504(t *testing.T) {
	env := newSimEnv(t)
	ctx := context.Background()
	ids := env.sim.AddOrders(40)
	env.sim.InjectFault(naversim.EndpointConfirm, naversim.FaultAppliedTimeout)

	res, err := env.client.Confirm(ctx, ids)
	var oe *OutcomeUnknownError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, "confirm", oe.Op)
	assert.Equal(t, ids[:30], oe.ProductOrderIDs)
	assert.NotEmpty(t, oe.TraceID)
	assert.True(t, IsServer(err), "the 504 stays in the chain")
	assert.Equal(t, ids[30:], res.NotSent, "later chunks are not sent")
	assert.Empty(t, res.Succeeded)
	assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointConfirm], "never retried")
	assert.Contains(t, SellerMessage(err), "다시 불러와")

	// The caller resolves it by reading the orders back: the confirm did apply.
	back, err := env.client.QueryProductOrders(ctx, oe.ProductOrderIDs)
	require.NoError(t, err)
	for _, d := range back.Orders {
		assert.Equal(t, "OK", d.ProductOrder.PlaceOrderStatus)
	}
}

func TestWriteOutcomeUnknownOnTruncatedAnswer(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(2)
	env.sim.InjectFault(naversim.EndpointDispatch, naversim.FaultTruncate)
	_, err := env.client.Dispatch(context.Background(), []DispatchItem{
		{ProductOrderID: ids[0], CourierCode: "CJGLS", TrackingNumber: "1"},
		{ProductOrderID: ids[1], CourierCode: "CJGLS", TrackingNumber: "2"},
	})
	var oe *OutcomeUnknownError
	require.ErrorAs(t, err, &oe)
	var de *DecodeError
	assert.ErrorAs(t, err, &de)
	assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointDispatch])
	v, _ := env.sim.Order(ids[0])
	assert.Equal(t, "DELIVERING", v.Status, "the simulator applied it")
}

func TestWriteAnswerMissingItemsIsOutcomeUnknown(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/oauth2/token" {
			_, _ = io.WriteString(w, `{"access_token":"tok","expires_in":10800}`)
			return
		}
		_, _ = io.WriteString(w, `{"timestamp":"x","traceId":"t1","data":{"successProductOrderInfos":[{"productOrderId":"1","isReceiverAddressChanged":"true"}],"failProductOrderInfos":[]}}`)
	}))
	defer srv.Close()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 0))
	require.NoError(t, err)
	res, err := c.Confirm(context.Background(), []string{"1", "2"})
	var oe *OutcomeUnknownError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, []string{"2"}, oe.ProductOrderIDs)
	require.Len(t, res.Succeeded, 1)
	assert.True(t, bool(res.Succeeded[0].IsReceiverAddressChanged))
}

func TestReadsRetryTransientFaults(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(3)
	env.sim.InjectFault(naversim.EndpointQuery, naversim.FaultServerError, naversim.FaultTruncate, naversim.FaultRateLimit)
	res, err := env.client.QueryProductOrders(context.Background(), ids)
	require.NoError(t, err)
	assert.Len(t, res.Orders, 3)
	assert.Equal(t, 4, env.sim.Calls()[naversim.EndpointQuery])
	assert.Equal(t, []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second}, env.sleeps.Delays())
}

func TestReadsGiveUpAfterBoundedTries(t *testing.T) {
	env := newSimEnv(t, WithRetry(RetryPolicy{MaxTries: 3, BaseDelay: time.Second, MaxDelay: 1500 * time.Millisecond}))
	ids := env.sim.AddOrders(1)
	env.sim.InjectFault(naversim.EndpointQuery, naversim.FaultRateLimit, naversim.FaultRateLimit, naversim.FaultRateLimit, naversim.FaultRateLimit)
	_, err := env.client.QueryProductOrders(context.Background(), ids)
	require.True(t, IsRateLimit(err), "%v", err)
	var rl *RateLimitError
	assert.ErrorAs(t, err, &rl, "a rate limit the retries did not outlast is a RateLimitError, as in the coupang client")
	assert.Equal(t, 3, env.sim.Calls()[naversim.EndpointQuery])
	assert.Equal(t, []time.Duration{time.Second, 1500 * time.Millisecond}, env.sleeps.Delays())
}

func TestTypedErrors(t *testing.T) {
	for _, tc := range []struct {
		name      string
		fault     naversim.FaultKind
		check     func(error) bool
		calls     int
		sellerMsg string
	}{
		{"ip not allowed", naversim.FaultIPNotAllowed, IsIPNotAllowed, 1, "공인 IP가 커머스API센터에 등록되어 있지 않습니다"},
		{"quota penalty", naversim.FaultQuotaPenalty, IsQuota, 1, "호출 한도"},
		{"server error", naversim.FaultServerError, IsServer, 4, "서버"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := newSimEnv(t)
			ids := env.sim.AddOrders(1)
			_, err := env.client.QueryProductOrders(context.Background(), ids) // token + first call ok
			require.NoError(t, err)
			env.sim.ResetCalls()
			env.sim.InjectFault(naversim.EndpointQuery, tc.fault, tc.fault, tc.fault, tc.fault)
			_, err = env.client.QueryProductOrders(context.Background(), ids)
			require.Error(t, err)
			assert.True(t, tc.check(err), "%v", err)
			ae, ok := AsAPIError(err)
			require.True(t, ok)
			assert.NotEmpty(t, ae.TraceID)
			assert.Contains(t, ae.Error(), ae.TraceID)
			assert.Contains(t, SellerMessage(err), tc.sellerMsg)
			assert.Contains(t, SellerMessage(err), ae.TraceID)
			assert.Equal(t, tc.calls, env.sim.Calls()[naversim.EndpointQuery])
		})
	}
}

func TestAPIErrorPredicates(t *testing.T) {
	for _, tc := range []struct {
		status                                 int
		code                                   string
		ip, auth, rateLimit, quota, server, nf bool
		msgPart                                string
	}{
		{403, "GW.IP_NOT_ALLOWED", true, false, false, false, false, false, "API 호출 IP에 추가하세요"},
		{401, "GW.AUTHN", false, true, false, false, false, false, "시크릿"},
		{429, "GW.RATE_LIMIT", false, false, true, false, false, false, "잠시 후"},
		{429, "GW.QUOTA_LIMIT", false, false, false, true, false, false, "2주까지"},
		{500, "GW.PROXY.01", false, false, false, false, true, false, "서버"},
		{503, "GW.BLOCK.02", false, false, false, false, true, false, "서버"},
		{504, "GW.TIMEOUT.01", false, false, false, false, true, false, "서버"},
		{404, "GW.NOT_FOUND", false, false, false, false, false, true, "주문"},
		{400, "104139", false, false, false, false, false, false, "거절"},
	} {
		t.Run(fmt.Sprint(tc.status, tc.code), func(t *testing.T) {
			e := parseAPIError("op", tc.status, http.Header{"Gncp-Gw-Trace-Id": {"tr-1"}},
				[]byte(`{"code":"`+tc.code+`","message":"메시지","timestamp":"2022-02-07T07:57:11.369+09:00","traceId":"other"}`))
			assert.Equal(t, "tr-1", e.TraceID, "the header wins")
			assert.Equal(t, tc.code, e.Code)
			assert.Equal(t, [6]bool{tc.ip, tc.auth, tc.rateLimit, tc.quota, tc.server, tc.nf},
				[6]bool{e.IsIPNotAllowed(), e.IsAuth(), e.IsRateLimit(), e.IsQuota(), e.IsServer(), e.IsNotFound()})
			assert.Contains(t, e.SellerMessage(), tc.msgPart)
			assert.True(t, strings.HasSuffix(e.SellerMessage(), "(문의 시 추적번호: tr-1)"))
		})
	}
	// An empty or non-JSON body keeps the status; a quota header names the code.
	e := parseAPIError("op", 429, http.Header{"Gncp-Gw-Quota-Period": {"HOURS"}}, []byte("<html>"))
	assert.True(t, e.IsQuota())
	assert.Equal(t, "HOURS", e.QuotaPeriod)
}

func TestQuotaStopsTheClient(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(1)
	env.sim.InjectFault(naversim.EndpointToken, naversim.FaultQuotaPenalty)
	_, err := env.client.QueryProductOrders(context.Background(), ids)
	require.True(t, IsQuota(err), "%v", err)
	assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointToken], "quota is never retried")
	assert.Empty(t, env.sleeps.Delays())
	ae, _ := AsAPIError(err)
	assert.Equal(t, "HOURS", ae.QuotaPeriod)
}

func TestRateLimitHeadersAdjustPace(t *testing.T) {
	env := newSimEnv(t, WithRateLimit(5, 1))
	ids := env.sim.AddOrders(1)
	_, err := env.client.QueryProductOrders(context.Background(), ids)
	require.NoError(t, err)
	l := env.client.limiter("query") // the simulator without rate limit sends no headers
	assert.Equal(t, rate.Limit(5), l.Limit(), "no headers: configured pace kept")

	sim := naversim.New(naversim.Config{ClientID: testClientID, ClientSecret: testClientSecret, Seed: 1, RateLimit: 3, Burst: 6})
	srv := httptest.NewServer(sim)
	defer srv.Close()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL+"/external"), WithRateLimit(1, 1))
	require.NoError(t, err)
	ids = sim.AddOrders(1)
	_, err = c.QueryProductOrders(context.Background(), ids)
	require.NoError(t, err)
	assert.Equal(t, rate.Limit(3), c.limiter("query").Limit())
	assert.Equal(t, 6, c.limiter("query").Burst())
}

func TestDispatchRefusesBadItemsBeforeCalling(t *testing.T) {
	env := newSimEnv(t)
	for name, items := range map[string][]DispatchItem{
		"empty id":  {{ProductOrderID: "", CourierCode: "CJGLS", TrackingNumber: "1"}},
		"padded id": {{ProductOrderID: " 1 ", CourierCode: "CJGLS", TrackingNumber: "1"}},
		"twice":     {{ProductOrderID: "1", CourierCode: "CJGLS", TrackingNumber: "1"}, {ProductOrderID: "1", CourierCode: "CJGLS", TrackingNumber: "2"}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := env.client.Dispatch(context.Background(), items)
			var re *RequestError
			require.ErrorAs(t, err, &re)
			assert.Contains(t, SellerMessage(err), "요청")
		})
	}
	assert.Zero(t, env.sim.Calls()[naversim.EndpointDispatch])
}

func TestWriteWaitsOutGatewayRateLimit(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(2)
	env.sim.InjectFault(naversim.EndpointConfirm, naversim.FaultRateLimit)
	res, err := env.client.Confirm(context.Background(), ids)
	require.NoError(t, err)
	assert.Len(t, res.Succeeded, 2)
	assert.Equal(t, 2, env.sim.Calls()[naversim.EndpointConfirm])
	assert.Equal(t, []time.Duration{500 * time.Millisecond}, env.sleeps.Delays())

	// A 500 is not waited out: the write may have been applied.
	more := env.sim.AddOrders(1)
	env.sim.InjectFault(naversim.EndpointConfirm, naversim.FaultServerError)
	_, err = env.client.Confirm(context.Background(), more)
	assert.True(t, IsOutcomeUnknown(err))
	assert.Equal(t, 3, env.sim.Calls()[naversim.EndpointConfirm])
}

func TestItemFailureReasonsAreKorean(t *testing.T) {
	for _, tc := range []struct {
		f    ItemFailure
		want string
	}{
		{ItemFailure{Code: "104119", Message: "택배사코드 확인"}, "롯데택배는 HYUNDAI"},
		{ItemFailure{Code: "104119", Message: "택배사코드 확인"}, "(네이버: 택배사코드 확인)"},
		{ItemFailure{Code: "9999"}, "취소·반품·교환"},
		{ItemFailure{Code: "777", Message: "처음 보는 오류"}, "네이버: 처음 보는 오류"},
	} {
		assert.Contains(t, tc.f.SellerMessage(), tc.want)
	}
	assert.True(t, ItemFailure{Code: "9999"}.RefusedForState())
	assert.False(t, ItemFailure{Code: "104119"}.RefusedForState())
}

func TestIsNotFoundSeesThroughWrapping(t *testing.T) {
	assert.True(t, IsNotFound(fmt.Errorf("sync: %w", &APIError{HTTPStatus: 404})))
	assert.False(t, IsNotFound(fmt.Errorf("sync: %w", &APIError{HTTPStatus: 500})))
	assert.False(t, IsNotFound(errors.New("plain")))
}

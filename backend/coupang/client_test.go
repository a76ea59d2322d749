package coupang

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sellerdesk/backend/order"
	"sellerdesk/backend/retry"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"
)

const (
	testVendor = "A00012345"
	testAccess = "a1b2c3d4-0000-4000-8000-000000000001"
	testSecret = "0123456789abcdef0123456789abcdef01234567"
)

// recorder is a scripted fake: each request gets the next answer of its path.
type recorder struct {
	mu       sync.Mutex
	requests []*http.Request
	bodies   []string
	answer   func(n int, r *http.Request) (int, string, http.Header)
}

func (rc *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	n := len(rc.requests)
	rc.requests = append(rc.requests, r.Clone(context.Background()))
	rc.bodies = append(rc.bodies, string(b))
	rc.mu.Unlock()
	status, body, h := rc.answer(n, r)
	for k, v := range h {
		w.Header()[k] = v
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	}
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

func (rc *recorder) count() int {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return len(rc.requests)
}

func newTestClient(t *testing.T, h http.Handler, opts ...Option) (*Client, *[]time.Duration) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	var mu sync.Mutex
	slept := &[]time.Duration{}
	base := []Option{
		WithBaseURL(srv.URL),
		WithRateLimit(rate.Inf, 1),
		WithSleep(func(ctx context.Context, d time.Duration) error {
			mu.Lock()
			*slept = append(*slept, d)
			mu.Unlock()
			return ctx.Err()
		}),
		WithClock(func() time.Time { return time.Date(2024, 1, 15, 9, 30, 0, 0, time.UTC) }),
	}
	c, err := New(testVendor, testAccess, testSecret, append(base, opts...)...)
	require.NoError(t, err)
	return c, slept
}

func sheetJSON(id int64, status string) string {
	return fmt.Sprintf(`{"shipmentBoxId":%d,"orderId":%d,"status":%q,"orderItems":[{"vendorItemId":%d,"shippingCount":1,"sellerProductName":"상품"}]}`, id, id+1000, status, id+5000)
}

// signedOverSent reports whether r's Authorization is the HMAC over the path and raw query as
// sent (an independent check, not the client's signer).
func signedOverSent(r *http.Request) bool {
	auth := r.Header.Get("Authorization")
	i := strings.Index(auth, "signed-date=")
	if i < 0 {
		return false
	}
	date := auth[i+len("signed-date=") : i+len("signed-date=")+14]
	m := hmac.New(sha256.New, []byte(testSecret))
	m.Write([]byte(date + r.Method + r.URL.Path + r.URL.RawQuery))
	return strings.HasSuffix(auth, "signature="+hex.EncodeToString(m.Sum(nil)))
}

func TestRequestSignedOverQueryAsSent(t *testing.T) {
	v := loadVectors(t)
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"message":"OK","data":[],"nextToken":""}`, nil
	}}
	// the shared vectors are of the v4 paths and dates
	c, _ := newTestClient(t, rc, WithAPIVersions(Versions{EndpointOrderSheets: "v4"}))
	_, err := c.OrderSheetsByDay(context.Background(), DayQuery{
		From: time.Date(2024, 1, 14, 0, 0, 0, 0, order.KST()), To: time.Date(2024, 1, 15, 0, 0, 0, 0, order.KST()), Status: "ACCEPT"})
	require.NoError(t, err)
	require.Equal(t, 1, rc.count())
	r := rc.requests[0]
	assert.Equal(t, v.Vectors[0].Query, r.URL.RawQuery)
	assert.Equal(t, v.Vectors[0].Path, r.URL.Path)
	assert.Equal(t, v.Vectors[0].Authorization, r.Header.Get("Authorization"))
	assert.Equal(t, "90000", r.Header.Get("X-EXTENDED-TIMEOUT"))
	assert.Equal(t, testVendor, r.Header.Get("X-Requested-By"))

	// ":" goes out as the articles write it; the signature covers exactly what is sent
	_, err = c.OrderSheetsByMinute(context.Background(), MinuteQuery{
		From: time.Date(2024, 1, 15, 0, 0, 0, 0, order.KST()), To: time.Date(2024, 1, 15, 9, 0, 0, 0, order.KST()), Status: "ACCEPT"})
	require.NoError(t, err)
	assert.Equal(t, "createdAtFrom=2024-01-15T00:00&createdAtTo=2024-01-15T09:00&searchType=timeFrame&status=ACCEPT", rc.requests[1].URL.RawQuery)
	assert.True(t, signedOverSent(rc.requests[1]))
}

// The current articles put the order-sheet reads at v5 with dates written yyyy-MM-dd+09:00 (the
// "+" sent as %2B, article 360033919573) and the minute list as yyyy-MM-ddTHH:mm+09:00
// (360033792774); the return list is at v6 (360033919613); the writes stay at v4.
func TestDocumentedVersionsAndDates(t *testing.T) {
	rc := &recorder{answer: func(_ int, r *http.Request) (int, string, http.Header) {
		if strings.Contains(r.URL.Path, "acknowledgement") || strings.Contains(r.URL.Path, "invoices") {
			return 200, `{"code":"200","data":{"responseCode":0,"responseList":[{"shipmentBoxId":9,"succeed":true}]}}`, nil
		}
		if strings.HasSuffix(r.URL.Path, "/ordersheets/9") {
			return 200, `{"code":200,"data":` + sheetJSON(9, "INSTRUCT") + `}`, nil
		}
		return 200, `{"code":200,"message":"OK","data":[],"nextToken":""}`, nil
	}}
	c, _ := newTestClient(t, rc)
	ctx := context.Background()
	day := time.Date(2025, 7, 15, 10, 0, 0, 0, order.KST())
	_, err := c.OrderSheetsByDay(ctx, DayQuery{From: day, To: day.AddDate(0, 0, 10), Status: "INSTRUCT"})
	require.NoError(t, err)
	_, err = c.OrderSheetsByMinute(ctx, MinuteQuery{From: time.Date(2025, 7, 29, 0, 1, 0, 0, order.KST()), To: time.Date(2025, 7, 29, 23, 59, 0, 0, order.KST()), Status: "DEPARTURE"})
	require.NoError(t, err)
	_, err = c.OrderSheet(ctx, 9)
	require.NoError(t, err)
	_, err = c.OrderSheetsByOrderID(ctx, 500000596)
	require.NoError(t, err)
	_, err = c.ReturnRequests(ctx, ReturnQuery{From: day, To: day, Status: ReturnReceived})
	require.NoError(t, err)
	_, err = c.Acknowledge(ctx, []int64{9})
	require.NoError(t, err)
	_, err = c.UploadInvoices(ctx, []Invoice{{ShipmentBoxID: 9, OrderID: 1009, VendorItemID: 5009, DeliveryCompanyCode: "CJGLS", InvoiceNumber: "123456789012"}})
	require.NoError(t, err)

	const v = "/v2/providers/openapi/apis/api/"
	want := []struct{ path, query string }{
		{v + "v5/vendors/A00012345/ordersheets", "createdAtFrom=2025-07-15%2B09:00&createdAtTo=2025-07-25%2B09:00&maxPerPage=50&status=INSTRUCT"},
		{v + "v5/vendors/A00012345/ordersheets", "createdAtFrom=2025-07-29T00:01%2B09:00&createdAtTo=2025-07-29T23:59%2B09:00&searchType=timeFrame&status=DEPARTURE"},
		{v + "v5/vendors/A00012345/ordersheets/9", ""},
		{v + "v5/vendors/A00012345/500000596/ordersheets", ""},
		{v + "v6/vendors/A00012345/returnRequests", "createdAtFrom=2025-07-15&createdAtTo=2025-07-15&maxPerPage=50&status=UC"},
		{v + "v4/vendors/A00012345/ordersheets/acknowledgement", ""},
		{v + "v4/vendors/A00012345/orders/invoices", ""},
	}
	require.Equal(t, len(want), rc.count())
	for i, w := range want {
		assert.Equal(t, w.path, rc.requests[i].URL.Path)
		assert.Equal(t, w.query, rc.requests[i].URL.RawQuery)
		assert.True(t, signedOverSent(rc.requests[i]), "request %d signed over what was sent", i)
		// the server reads the dates back with their offset
		if from := rc.requests[i].URL.Query().Get("createdAtFrom"); i < 2 {
			assert.True(t, strings.HasSuffix(from, "+09:00"), from)
		}
	}
}

func TestNewSignaturePerRequest(t *testing.T) {
	now := time.Date(2024, 1, 15, 9, 30, 0, 0, time.UTC)
	var mu sync.Mutex
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"data":` + sheetJSON(1, "ACCEPT") + `}`, nil
	}}
	c, _ := newTestClient(t, rc, WithClock(func() time.Time { mu.Lock(); defer mu.Unlock(); now = now.Add(time.Second); return now }))
	for range 2 {
		_, err := c.OrderSheet(context.Background(), 1)
		require.NoError(t, err)
	}
	a, b := rc.requests[0].Header.Get("Authorization"), rc.requests[1].Header.Get("Authorization")
	assert.NotEqual(t, a, b)
	assert.Contains(t, a, "signed-date=240115T0930")
	assert.NotEqual(t, a[strings.Index(a, "signed-date="):strings.Index(a, ", signature")], b[strings.Index(b, "signed-date="):strings.Index(b, ", signature")])
}

func TestPagingFollowsNextToken(t *testing.T) {
	pages := map[string]string{
		"":   `{"code":200,"message":"OK","data":[` + sheetJSON(1, "INSTRUCT") + `,` + sheetJSON(2, "INSTRUCT") + `],"nextToken":"t2"}`,
		"t2": `{"code":"200","message":"OK","data":[` + sheetJSON(2, "INSTRUCT") + `,` + sheetJSON(3, "INSTRUCT") + `],"nextToken":33}`,
		"33": `{"code":200,"message":"OK","data":[` + sheetJSON(4, "INSTRUCT") + `],"nextToken":""}`,
	}
	rc := &recorder{answer: func(_ int, r *http.Request) (int, string, http.Header) {
		return 200, pages[r.URL.Query().Get("nextToken")], nil
	}}
	c, _ := newTestClient(t, rc)
	sheets, err := c.OrderSheetsByDay(context.Background(), DayQuery{From: time.Now(), To: time.Now(), Status: "INSTRUCT", MaxPerPage: 2})
	require.NoError(t, err)
	var ids []Int64
	for _, s := range sheets {
		ids = append(ids, s.ShipmentBoxID)
	}
	assert.Equal(t, []Int64{1, 2, 3, 4}, ids)
	require.Equal(t, 3, rc.count())
	assert.False(t, rc.requests[0].URL.Query().Has("nextToken"), "first page omits nextToken")
	for _, r := range rc.requests {
		assert.Equal(t, "2", r.URL.Query().Get("maxPerPage"))
		assert.Equal(t, "INSTRUCT", r.URL.Query().Get("status"))
	}
}

func TestPagingStopsOnRepeatedToken(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"data":[],"nextToken":"same"}`, nil
	}}
	c, _ := newTestClient(t, rc)
	_, err := c.OrderSheetsByDay(context.Background(), DayQuery{From: time.Now(), To: time.Now(), Status: "ACCEPT"})
	assert.ErrorIs(t, err, ErrMalformedResponse)
	assert.Equal(t, 2, rc.count())
}

func TestMinuteListDefensivePaging(t *testing.T) {
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		if n == 0 {
			return 200, `{"code":200,"data":[` + sheetJSON(1, "ACCEPT") + `],"nextToken":"x"}`, nil
		}
		return 200, `{"code":200,"data":[` + sheetJSON(2, "ACCEPT") + `]}`, nil
	}}
	c, _ := newTestClient(t, rc)
	now := time.Now()
	sheets, err := c.OrderSheetsByMinute(context.Background(), MinuteQuery{From: now.Add(-time.Hour), To: now, Status: "ACCEPT"})
	require.NoError(t, err)
	assert.Len(t, sheets, 2)
	assert.Equal(t, "timeFrame", rc.requests[0].URL.Query().Get("searchType"))
	assert.False(t, rc.requests[0].URL.Query().Has("maxPerPage"))
}

func TestClientSideLimits(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) { return 200, `{"code":200,"data":[]}`, nil }}
	c, _ := newTestClient(t, rc)
	ctx := context.Background()
	d := time.Date(2024, 1, 1, 0, 0, 0, 0, order.KST())
	var v *RequestError
	_, err := c.OrderSheetsByDay(ctx, DayQuery{From: d, To: d.AddDate(0, 0, 32), Status: "ACCEPT"})
	assert.ErrorAs(t, err, &v)
	_, err = c.OrderSheetsByDay(ctx, DayQuery{From: d, To: d.AddDate(0, 0, 31), Status: "ACCEPT", MaxPerPage: 51})
	assert.ErrorAs(t, err, &v)
	_, err = c.OrderSheetsByDay(ctx, DayQuery{From: d, To: d, Status: "ACCEPT,INSTRUCT"})
	assert.ErrorAs(t, err, &v)
	_, err = c.OrderSheetsByDay(ctx, DayQuery{From: d.AddDate(0, 0, 1), To: d, Status: "ACCEPT"})
	assert.ErrorAs(t, err, &v)
	_, err = c.OrderSheetsByMinute(ctx, MinuteQuery{From: d, To: d.Add(24*time.Hour + time.Minute), Status: "ACCEPT"})
	assert.ErrorAs(t, err, &v)
	_, err = c.ReturnRequests(ctx, ReturnQuery{From: d, To: d, CancelType: "CANCEL", Status: "RU"})
	assert.ErrorAs(t, err, &v)
	_, err = c.ReturnRequests(ctx, ReturnQuery{From: d, To: d})
	assert.ErrorAs(t, err, &v)
	_, err = c.ReturnRequests(ctx, ReturnQuery{From: d, To: d, Status: "XX"})
	assert.ErrorAs(t, err, &v)
	_, err = c.Acknowledge(ctx, nil)
	assert.ErrorAs(t, err, &v)
	_, err = c.UploadInvoices(ctx, []Invoice{{ShipmentBoxID: 1, OrderID: 2, VendorItemID: 3, DeliveryCompanyCode: "CJGLS"}})
	assert.ErrorAs(t, err, &v, "missing invoice number")
	_, err = c.UploadInvoices(ctx, []Invoice{{ShipmentBoxID: 1, OrderID: 2, VendorItemID: 3, DeliveryCompanyCode: "cj 대한통운", InvoiceNumber: "1"}})
	assert.ErrorAs(t, err, &v, "courier name instead of code")
	assert.Equal(t, 0, rc.count(), "nothing was sent")
	assert.Contains(t, SellerMessage(err), "쿠팡 API 제한")

	// Exactly 31 days and 24 hours are allowed.
	_, err = c.OrderSheetsByDay(ctx, DayQuery{From: d, To: d.AddDate(0, 0, 31), Status: "ACCEPT"})
	require.NoError(t, err)
	_, err = c.OrderSheetsByMinute(ctx, MinuteQuery{From: d, To: d.Add(24 * time.Hour), Status: "ACCEPT"})
	require.NoError(t, err)
	_, err = New("A0001/2", "a", "b")
	assert.ErrorAs(t, err, &v)
}

func TestOrderSheetsByOrderIDObjectOrArray(t *testing.T) {
	for _, data := range []string{sheetJSON(7, "ACCEPT"), `[` + sheetJSON(7, "ACCEPT") + `,` + sheetJSON(8, "ACCEPT") + `]`} {
		rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
			return 200, `{"code":"200","message":"OK","data":` + data + `}`, nil
		}}
		c, _ := newTestClient(t, rc)
		sheets, err := c.OrderSheetsByOrderID(context.Background(), 1007)
		require.NoError(t, err)
		require.NotEmpty(t, sheets)
		assert.Equal(t, Int64(7), sheets[0].ShipmentBoxID)
		assert.Equal(t, "/v2/providers/openapi/apis/api/v5/vendors/A00012345/1007/ordersheets", rc.requests[0].URL.Path)
	}
}

func TestAPIVersionsOverridable(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"data":` + sheetJSON(9, "ACCEPT") + `}`, nil
	}}
	over, err := ParseVersions("ordersheet=v6, returnRequests=V7")
	require.NoError(t, err)
	c, _ := newTestClient(t, rc, WithAPIVersions(over))
	_, err = c.OrderSheet(context.Background(), 9)
	require.NoError(t, err)
	assert.Equal(t, "/v2/providers/openapi/apis/api/v6/vendors/A00012345/ordersheets/9", rc.requests[0].URL.Path)
	got := c.APIVersions()
	assert.Equal(t, "v7", got[EndpointReturnRequests])
	assert.Equal(t, "v5", got[EndpointOrderSheets], "the others keep the table's version")
	assert.Equal(t, "v4", got[EndpointAcknowledgement])

	for _, bad := range []string{"ordersheets", "ordersheets=5", "ordersheets=v5/x", "orders=v5", "ordersheets=v05", "=v5"} {
		_, err := ParseVersions(bad)
		var v *RequestError
		assert.ErrorAs(t, err, &v, bad)
	}
	none, err := ParseVersions("  ")
	require.NoError(t, err)
	assert.Empty(t, none)
	_, err = New(testVendor, testAccess, testSecret, WithAPIVersions(Versions{"orders": "v5"}))
	assert.Error(t, err)
	_, err = New(testVendor, testAccess, testSecret, WithAPIVersions(Versions{EndpointInvoices: "../v4"}))
	assert.Error(t, err)
	assert.Equal(t, "acknowledgement=v4,completedShipment=v4,exchangeInvoices=v4,exchangeReceiveConfirmation=v4,exchangeRejection=v4,exchangeRequests=v4,invoices=v4,ordersheet=v5,ordersheets=v5,ordersheetsByOrder=v5,receiveConfirmation=v4,returnApproval=v4,returnRequests=v6,returnWithdrawRequests=v4,sellerCancel=v5,stoppedShipment=v4,updateInvoices=v4", DefaultVersions().String())
}

func TestReadsRetriedOn5xxAndTruncation(t *testing.T) {
	answers := []struct {
		status int
		body   string
	}{
		{503, `{"code":"ERROR","message":"busy"}`},
		{200, `{"code":200,"data":[` + sheetJSON(1, "ACCEPT")[:20]},
		{504, `{"code":"ERROR","message":"Request timed out"}`},
		{200, `{"code":200,"data":[` + sheetJSON(1, "ACCEPT") + `]}`},
	}
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		return answers[n].status, answers[n].body, nil
	}}
	c, slept := newTestClient(t, rc)
	sheets, err := c.OrderSheetsByDay(context.Background(), DayQuery{From: time.Now(), To: time.Now(), Status: "ACCEPT"})
	require.NoError(t, err)
	assert.Len(t, sheets, 1)
	assert.Equal(t, 4, rc.count())
	assert.Len(t, *slept, 3)
}

func TestReadRetriesBounded(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 500, `{"code":"ERROR","message":"internal"}`, nil
	}}
	c, slept := newTestClient(t, rc, WithRetry(retry.Policy{MaxTries: 3, BaseDelay: time.Minute, MaxDelay: time.Hour}), WithJitter(func(d time.Duration) time.Duration { return d }))
	_, err := c.OrderSheet(context.Background(), 1)
	require.Error(t, err)
	assert.Equal(t, 3, rc.count())
	assert.Equal(t, []time.Duration{time.Minute, 2 * time.Minute}, *slept)
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 500, apiErr.HTTPStatus)
}

func TestDefaultBackoffJittered(t *testing.T) {
	for attempt := 1; attempt <= 8; attempt++ {
		base := min(time.Second<<min(attempt-1, 5), 30*time.Second)
		for range 20 {
			d := jitter(defaultRetry().Delay(attempt))
			assert.GreaterOrEqual(t, d, base/2)
			assert.Less(t, d, base/2+base)
		}
	}
}

func TestTypedErrors(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
		header http.Header
		check  func(error) bool
		ko     string
	}{
		{"invalid signature", 401, `{"code":"ERROR","message":"Invalid signature.","transactionId":"36b96dc7"}`, nil, IsSignatureOrClock, "서명"},
		{"expired signature", 401, `{"code":"ERROR","message":"Specified signature is expired."}`, nil, IsClockSkew, "시계"},
		{"key expired", 401, `{"code":"ERROR","message":"Access key is expired."}`, nil, IsKeyExpired, "최대 30분"},
		{"ip not allowed", 403, `{"code":"ERROR","message":"Your ip address 1.2.3.4 is not allowed"}`, nil, IsIPNotAllowed, "IP"},
		{"access denied html", 403, `<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>Reference #18.1</BODY></HTML>`, http.Header{"Content-Type": {"text/html"}}, IsTemporaryBlock, "일시적으로"},
		{"rate limit", 429, `{"code":"ERROR","message":"Too Many Requests"}`, nil, IsRateLimit, "분 뒤"},
		{"gateway timeout", 504, `{"code":"ERROR","message":"Request timed out, if the situation continues consider applying timeout extension."}`, nil, IsGatewayTimeout, "시간이 초과"},
		{"bad request", 400, `{"code":"ERROR","message":"createdAtTo is invalid"}`, nil, func(err error) bool {
			e, ok := AsAPIError(err)
			return ok && e.HTTPStatus == 400 && e.Message == "createdAtTo is invalid"
		}, "거부"},
	}
	all := []func(error) bool{IsSignatureOrClock, IsKeyExpired, IsIPNotAllowed, IsTemporaryBlock, IsRateLimit, IsGatewayTimeout}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) { return tc.status, tc.body, tc.header }}
			c, _ := newTestClient(t, rc, WithRetry(retry.Policy{MaxTries: 1}))
			_, err := c.OrderSheet(context.Background(), 1)
			require.Error(t, err)
			assert.True(t, tc.check(err), "%v", err)
			n := 0
			for _, f := range all {
				if f(err) {
					n++
				}
			}
			assert.LessOrEqual(t, n, 1, "exactly one classification: %v", err)
			msg := SellerMessage(err)
			assert.Contains(t, msg, tc.ko)
			for _, s := range []string{err.Error(), msg} {
				assert.NotContains(t, s, testSecret)
			}
		})
	}
}

func TestRateLimitStopsCalling(t *testing.T) {
	now := time.Date(2024, 1, 15, 9, 30, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	rc := &recorder{answer: func(n int, _ *http.Request) (int, string, http.Header) {
		if n == 0 {
			return 429, `{"code":"ERROR","message":"Too Many Requests"}`, nil
		}
		return 200, `{"code":200,"data":` + sheetJSON(1, "ACCEPT") + `}`, nil
	}}
	c, slept := newTestClient(t, rc, WithClock(clock))
	_, err := c.OrderSheet(context.Background(), 1)
	require.True(t, IsRateLimit(err))
	assert.Equal(t, DefaultRateLimitPause, RetryAfter(err))
	assert.Empty(t, *slept, "429 is not retried")

	_, err = c.OrderSheet(context.Background(), 1)
	require.True(t, IsRateLimit(err), "still blocked locally")
	assert.Equal(t, 1, rc.count(), "no call during the block")

	mu.Lock()
	now = now.Add(DefaultRateLimitPause + time.Second)
	mu.Unlock()
	_, err = c.OrderSheet(context.Background(), 1)
	require.NoError(t, err)

	// Retry-After in seconds is honoured but never below a minute.
	rc2 := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 429, `{}`, http.Header{"Retry-After": {"600"}}
	}}
	c2, _ := newTestClient(t, rc2)
	_, err = c2.OrderSheet(context.Background(), 1)
	assert.Equal(t, 10*time.Minute, RetryAfter(err))
}

func TestClientSideRateLimitPaces(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"data":` + sheetJSON(1, "ACCEPT") + `}`, nil
	}}
	c, _ := newTestClient(t, rc, WithRateLimit(50, 1))
	start := time.Now()
	for range 6 {
		_, err := c.OrderSheet(context.Background(), 1)
		require.NoError(t, err)
	}
	assert.GreaterOrEqual(t, time.Since(start), 90*time.Millisecond, "6 calls at 50/s with burst 1 take ≥ 100 ms")
}

func ackBody(results ...string) string {
	ok := 0
	for _, r := range results {
		if strings.Contains(r, `"succeed":true`) {
			ok++
		}
	}
	code := 1
	switch ok {
	case len(results):
		code = 0
	case 0:
		code = 99
	}
	return fmt.Sprintf(`{"code":"200","message":"OK","data":{"responseCode":%d,"responseMessage":"x","responseList":[%s]}}`, code, strings.Join(results, ","))
}

func okResult(id int64) string {
	return fmt.Sprintf(`{"shipmentBoxId":%d,"succeed":true,"resultCode":"OK","retryRequired":false,"resultMessage":null}`, id)
}

func TestAcknowledgeChunksAndPartialFailure(t *testing.T) {
	rc := &recorder{}
	var ids []int64
	for i := range 120 {
		ids = append(ids, int64(1000+i))
	}
	rc.answer = func(n int, r *http.Request) (int, string, http.Header) {
		var req struct {
			VendorID       string  `json:"vendorId"`
			ShipmentBoxIDs []int64 `json:"shipmentBoxIds"`
		}
		rc.mu.Lock()
		body := rc.bodies[n]
		rc.mu.Unlock()
		if err := json.Unmarshal([]byte(body), &req); err != nil || req.VendorID != testVendor || len(req.ShipmentBoxIDs) > 50 {
			return 400, `{"code":"ERROR","message":"bad"}`, nil
		}
		var res []string
		for _, id := range req.ShipmentBoxIDs {
			if id == 1077 {
				res = append(res, fmt.Sprintf(`{"shipmentBoxId":%d,"succeed":false,"resultCode":"INVALID_STATUS","retryRequired":false,"resultMessage":"배송상태를 변경할 수 없습니다."}`, id))
				continue
			}
			res = append(res, okResult(id))
		}
		return 200, ackBody(res...), nil
	}
	c, _ := newTestClient(t, rc)
	res, err := c.Acknowledge(context.Background(), ids)
	require.NoError(t, err)
	assert.Equal(t, 3, rc.count(), "50 + 50 + 20")
	assert.Len(t, res.ResponseList, 120)
	assert.Equal(t, ResponsePartialError, res.ResponseCode)
	require.Len(t, res.Failed(), 1)
	assert.Equal(t, Int64(1077), res.Failed()[0].ShipmentBoxID)
	assert.Equal(t, "INVALID_STATUS", res.Failed()[0].ResultCode)
	for _, r := range rc.requests {
		assert.Equal(t, http.MethodPut, r.Method)
		assert.Equal(t, "/v2/providers/openapi/apis/api/v4/vendors/A00012345/ordersheets/acknowledgement", r.URL.Path)
		assert.Empty(t, r.Header.Get("X-EXTENDED-TIMEOUT"))
	}
}

func TestWritesNeverRetriedBlindly(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
	}{
		{"504", 504, `{"code":"ERROR","message":"Request timed out, if the situation continues consider applying timeout extension."}`},
		{"521", 521, `{"code":"ERROR","message":"connection timed out: api-provider"}`},
		{"truncated", 200, `{"code":"200","message":"OK","data":{"responseCode":0,"respo`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
				if n == 0 {
					return tc.status, tc.body, nil
				}
				return 200, ackBody(okResult(1), okResult(2)), nil
			}}
			c, slept := newTestClient(t, rc)
			var ids []int64
			for i := range 60 {
				ids = append(ids, int64(i+1))
			}
			res, err := c.Acknowledge(context.Background(), ids)
			require.Error(t, err)
			var unknown *OutcomeUnknownError
			require.ErrorAs(t, err, &unknown)
			assert.Equal(t, "acknowledge", unknown.Op)
			assert.Len(t, unknown.ShipmentBoxIDs, 50, "the boxes of the lost chunk")
			assert.Equal(t, 1, rc.count(), "not retried, later chunks not sent")
			assert.Empty(t, *slept)
			assert.Empty(t, res.ResponseList)
			assert.Contains(t, SellerMessage(err), "다시 조회")
			if tc.status >= 500 {
				assert.True(t, IsGatewayTimeout(err))
			}
		})
	}
}

func TestWriteTimeoutIsOutcomeUnknown(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
	}))
	defer srv.Close()
	defer close(release)
	c, err := New(testVendor, testAccess, testSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 1),
		WithHTTPClient(&http.Client{Timeout: 50 * time.Millisecond}))
	require.NoError(t, err)
	_, err = c.UploadInvoices(context.Background(), []Invoice{{ShipmentBoxID: 1, OrderID: 2, VendorItemID: 3, DeliveryCompanyCode: "CJGLS", InvoiceNumber: "123412341234"}})
	var unknown *OutcomeUnknownError
	require.ErrorAs(t, err, &unknown)
	assert.Equal(t, []int64{1}, unknown.ShipmentBoxIDs)
}

func TestUploadInvoicesPerItemResults(t *testing.T) {
	sheet := OrderSheet{ShipmentBoxID: 606920263, OrderID: 4000019469460, OrderItems: []OrderItem{{VendorItemID: 3823839899}, {VendorItemID: 3823839900}, {VendorItemID: 3823839899}}}
	invs := InvoicesForBox(sheet, "KDEXP", "20180731040123")
	require.Len(t, invs, 2, "one DTO per vendorItemId")
	stored := order.Shipment{Marketplace: order.Coupang, ID: "606920263", OrderID: "4000019469460",
		Lines: []order.Line{{ItemID: "3823839899"}, {ItemID: "3823839900"}, {ItemID: "3823839899"}}}
	assert.Equal(t, invs, InvoicesForShipment(&stored, "KDEXP", "20180731040123"), "the stored box gives the same lines")
	stored.Lines[1].ItemID = "x"
	assert.Nil(t, InvoicesForShipment(&stored, "KDEXP", "20180731040123"), "no line from an id that is not a number")
	sheet2 := OrderSheet{ShipmentBoxID: 7, OrderID: 8, OrderItems: []OrderItem{{VendorItemID: 9}}}
	invs = append(invs, InvoicesForBox(sheet2, "CJGLS", "555")...)
	rc := &recorder{answer: func(n int, r *http.Request) (int, string, http.Header) {
		return 200, `{"code":"200","message":"OK","data":{"responseCode":1,"responseMessage":"PARTIAL_ERROR","responseList":[` +
			okResult(606920263) + `,{"shipmentBoxId":7,"succeed":false,"resultCode":"DUPLICATE_INVOICE_NUMBER","retryRequired":true,"resultMessage":"dup"}]}}`, nil
	}}
	c, _ := newTestClient(t, rc)
	res, err := c.UploadInvoices(context.Background(), invs)
	require.NoError(t, err)
	assert.Equal(t, ResponsePartialError, res.ResponseCode)
	require.Len(t, res.Failed(), 1)
	f := res.Failed()[0]
	assert.Equal(t, BoxResult{ShipmentBoxID: 7, ResultCode: "DUPLICATE_INVOICE_NUMBER", RetryRequired: true, ResultMessage: "dup"}, f)
	require.Equal(t, 1, rc.count())
	assert.Equal(t, http.MethodPost, rc.requests[0].Method)
	assert.JSONEq(t, `{"vendorId":"A00012345","orderSheetInvoiceApplyDtos":[
	 {"shipmentBoxId":606920263,"orderId":4000019469460,"vendorItemId":3823839899,"deliveryCompanyCode":"KDEXP","invoiceNumber":"20180731040123","splitShipping":false,"preSplitShipped":false,"estimatedShippingDate":""},
	 {"shipmentBoxId":606920263,"orderId":4000019469460,"vendorItemId":3823839900,"deliveryCompanyCode":"KDEXP","invoiceNumber":"20180731040123","splitShipping":false,"preSplitShipped":false,"estimatedShippingDate":""},
	 {"shipmentBoxId":7,"orderId":8,"vendorItemId":9,"deliveryCompanyCode":"CJGLS","invoiceNumber":"555","splitShipping":false,"preSplitShipped":false,"estimatedShippingDate":""}]}`, rc.bodies[0])
}

func TestInvoiceBatchesKeepBoxesTogether(t *testing.T) {
	var invs []Invoice
	for box := range 30 {
		for item := range 3 {
			invs = append(invs, Invoice{ShipmentBoxID: int64(box + 1), VendorItemID: int64(item + 1)})
		}
	}
	batches := invoiceBatches(invs)
	total := 0
	for _, b := range batches {
		assert.LessOrEqual(t, len(b), 50)
		total += len(b)
	}
	assert.Equal(t, 90, total)
	assert.Len(t, batches, 2)
	assert.Len(t, batches[0], 48)
}

func TestWriteEnvelopeError(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":"ERROR","message":"vendorId mismatch"}`, nil
	}}
	c, _ := newTestClient(t, rc)
	_, err := c.Acknowledge(context.Background(), []int64{1})
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "ERROR", apiErr.Code)
	assert.False(t, IsOutcomeUnknown(err))
}

func TestUnexpectedShapeNotRetried(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"data":[{"shipmentBoxId":{"nested":true}}]}`, nil
	}}
	c, slept := newTestClient(t, rc)
	_, err := c.OrderSheetsByDay(context.Background(), DayQuery{From: time.Now(), To: time.Now(), Status: "ACCEPT"})
	assert.ErrorIs(t, err, ErrMalformedResponse)
	assert.Equal(t, 1, rc.count(), "a complete JSON body of another shape is not asked again")
	assert.Empty(t, *slept)
}

// TestKoreanQuerySignedAsSent sends Korean and ':' through the client and checks the signature
// server-side over r.URL.RawQuery exactly as received.
func TestKoreanQuerySignedAsSent(t *testing.T) {
	var got string
	verify := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		i := strings.Index(auth, "signed-date=")
		date := auth[i+len("signed-date=") : i+len("signed-date=")+14]
		m := hmac.New(sha256.New, []byte(testSecret))
		m.Write([]byte(date + r.Method + r.URL.Path + r.URL.RawQuery))
		got = r.URL.RawQuery
		if !strings.HasSuffix(auth, "signature="+hex.EncodeToString(m.Sum(nil))) {
			w.WriteHeader(401)
			_, _ = io.WriteString(w, `{"code":"ERROR","message":"Invalid signature."}`)
			return
		}
		_, _ = io.WriteString(w, `{"code":200,"data":[]}`)
	})
	c, _ := newTestClient(t, verify)
	q := url.Values{"sellerProductName": {"신서리티 델타 구운 캐슈넛"}, "createdAtFrom": {"2024-04-10T00:00"}, "memo": {"문 앞 / 부재 시 경비실"}}
	err := c.call(context.Background(), request{op: "test", method: http.MethodGet, path: c.path(EndpointOrderSheets, "/ordersheets"), query: q},
		func([]byte) error { return nil })
	require.NoError(t, err)
	assert.Contains(t, got, "createdAtFrom=2024-04-10T00:00")
	assert.Contains(t, got, "%EC%8B%A0%EC%84%9C%EB%A6%AC%ED%8B%B0")
}

func FuzzParseAPIError(f *testing.F) {
	f.Add(401, "application/json", `{"code":"ERROR","message":"Invalid signature.","transactionId":"x"}`)
	f.Add(403, "text/html", `<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD></HTML>`)
	f.Add(429, "", `Too Many Requests`)
	f.Add(500, "application/json", `{"code":500,"error":"boom"}`)
	f.Fuzz(func(t *testing.T, status int, ct, body string) {
		resp := &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {ct}}}
		e := parseAPIError("op", resp, []byte(body))
		if e.HTTPStatus != status {
			t.Fatalf("status %d, want %d", e.HTTPStatus, status)
		}
		_ = e.Error()
		_ = SellerMessage(e)
	})
}

// A 404 is a wrong path (a moved version, a mistyped vendorId): never retried, and every later
// call of the client fails without being sent, since Coupang blocks the IP and the vendorId after
// repeated 404s. Only ForgetNotFound (the seller's own retry) lets one call out again.
func TestNotFoundIsNeverRetriedNorRepeated(t *testing.T) {
	rc := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 404, `{"code":"ERROR","message":"No API found for this path."}`, nil
	}}
	c, slept := newTestClient(t, rc)
	ctx := context.Background()
	_, err := c.OrderSheetsByDay(ctx, DayQuery{From: time.Now(), To: time.Now(), Status: "ACCEPT"})
	require.Error(t, err)
	assert.True(t, IsNotFound(err))
	assert.Empty(t, *slept, "not retried")
	assert.Contains(t, err.Error(), "/api/v5/vendors/A00012345/ordersheets")
	for _, id := range []int64{1, 2, 3} {
		_, err = c.OrderSheet(ctx, id)
		assert.True(t, IsNotFound(err), "later calls report the same cause")
	}
	_, err = c.Acknowledge(ctx, []int64{1})
	assert.True(t, IsNotFound(err))
	assert.False(t, IsOutcomeUnknown(err), "never sent, so nothing is unknown")
	assert.Equal(t, 1, rc.count(), "only the first call went out")
	msg := SellerMessage(err)
	assert.Contains(t, msg, "404")
	assert.Contains(t, msg, "업체코드")
	assert.Contains(t, msg, "자동으로 다시 시도하지 않습니다")

	c.ForgetNotFound()
	_, err = c.OrderSheet(ctx, 1)
	assert.True(t, IsNotFound(err))
	assert.Equal(t, 2, rc.count())

	// the Akamai HTML 403 is a block, not a wrong path
	html := &APIError{HTTPStatus: 404, HTML: true}
	assert.False(t, IsNotFound(html))
}

// returnWithdrawRequests (article 360034027354): at most 7 days with both ends counted, paged by
// pageIndex; the next page is followed by nextPageIndex, or while pages come back full when the
// answer names none.
func TestReturnWithdrawals(t *testing.T) {
	w := func(id int) string {
		return fmt.Sprintf(`{"cancelId":%d,"orderId":%d,"vendorId":"A00012345","refundDeliveryDuty":"CUS","createdAt":"2018-06-05T13:40:56","vendorItemIds":[3737624764]}`, id, id+1)
	}
	full := make([]string, MaxWithdrawalsPerPage)
	for i := range full {
		full[i] = w(1000 + i)
	}
	pages := map[string]string{
		"1": `{"code":200,"message":"OK","data":[` + strings.Join(full, ",") + `]}`, // no next index: full page, ask on
		"2": `{"code":"200","data":[` + w(1) + `,` + w(1000) + `],"nextPageIndex":"3"}`,
		"3": `{"code":200,"data":[` + w(2) + `],"nextPageIndex":""}`,
	}
	rc := &recorder{answer: func(_ int, r *http.Request) (int, string, http.Header) {
		return 200, pages[r.URL.Query().Get("pageIndex")], nil
	}}
	c, _ := newTestClient(t, rc)
	ctx := context.Background()
	to := time.Date(2018, 11, 9, 23, 0, 0, 0, order.KST())
	got, err := c.ReturnWithdrawals(ctx, to.AddDate(0, 0, -6), to)
	require.NoError(t, err)
	assert.Len(t, got, MaxWithdrawalsPerPage+2, "a repeat across pages is kept once")
	assert.Equal(t, Int64(1), got[MaxWithdrawalsPerPage].CancelID)
	assert.Equal(t, Int64(2), got[MaxWithdrawalsPerPage].OrderID)
	assert.Equal(t, "2018-06-05 13:40", got[0].CreatedAt.Format("2006-01-02 15:04"))
	require.Equal(t, 3, rc.count())
	assert.Equal(t, "/v2/providers/openapi/apis/api/v4/vendors/A00012345/returnWithdrawRequests", rc.requests[0].URL.Path)
	assert.Equal(t, "dateFrom=2018-11-03&dateTo=2018-11-09&pageIndex=1&sizePerPage=100", rc.requests[0].URL.RawQuery)

	var v *RequestError
	_, err = c.ReturnWithdrawals(ctx, to.AddDate(0, 0, -7), to)
	assert.ErrorAs(t, err, &v, "8 days")
	_, err = c.ReturnWithdrawals(ctx, to, to.AddDate(0, 0, -1))
	assert.ErrorAs(t, err, &v)
	assert.Equal(t, 3, rc.count(), "refused before calling")

	// a next index that goes backwards is a malformed answer, not a loop
	loop := &recorder{answer: func(int, *http.Request) (int, string, http.Header) {
		return 200, `{"code":200,"data":[],"nextPageIndex":"1"}`, nil
	}}
	c, _ = newTestClient(t, loop)
	_, err = c.ReturnWithdrawals(ctx, to, to)
	assert.ErrorIs(t, err, ErrMalformedResponse)
	assert.Equal(t, 1, loop.count())
}

func FuzzDecodeWithdrawalPage(f *testing.F) {
	f.Add(`{"code":"200","message":"OK","data":[{"cancelId":87033689,"orderId":23000016565020,"vendorId":"A00001234","refundDeliveryDuty":"COM","createdAt":"2018-06-05T13:40:56","vendorItemIds":[3737624764]}],"nextPageIndex":2}`)
	f.Add(`{"code":200,"data":null}`)
	f.Add(`{"code":200,"data":[{"cancelId":"1"}],"nextPageIndex":null}`)
	f.Fuzz(func(t *testing.T, body string) {
		p, err := DecodeWithdrawalPage([]byte(body))
		if err != nil && !errors.Is(err, ErrMalformedResponse) {
			t.Fatalf("untyped error %v", err)
		}
		_ = p
	})
}

func TestBoxResultReasonsAreKorean(t *testing.T) {
	for _, tc := range []struct {
		r    BoxResult
		want string
	}{
		{BoxResult{ResultCode: "DUPLICATE_INVOICE_NUMBER"}, "6개월"},
		{BoxResult{ResultCode: "ORDER_DELIVERY_CANCELED", ResultMessage: "주문이 취소되었습니다."}, "보내지 마세요"},
		{BoxResult{ResultCode: "ORDER_DELIVERY_PARTIAL_STOP_REQUESTED"}, "출고중지"},
		{BoxResult{ResultCode: "NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD"}, "송장 수정"},
		{BoxResult{ResultCode: "SOMETHING_NEW", ResultMessage: "new"}, "쿠팡: new"},
	} {
		assert.Contains(t, tc.r.SellerMessage(), tc.want)
	}
	assert.True(t, BoxResult{ResultCode: "INVALID_STATUS"}.RefusedForState())
	assert.False(t, BoxResult{ResultCode: "DUPLICATE_INVOICE_NUMBER"}.RefusedForState())
}

func TestErrorHelpersSeeThroughWrapping(t *testing.T) {
	err := fmt.Errorf("sync: %w", &APIError{HTTPStatus: 502, Message: "bad gateway"})
	ae, ok := AsAPIError(err)
	require.True(t, ok)
	assert.Equal(t, 502, ae.HTTPStatus)
	assert.True(t, IsServer(err))
	assert.False(t, IsServer(fmt.Errorf("x: %w", &APIError{HTTPStatus: 400})))
	assert.False(t, IsServer(errors.New("plain")))
}

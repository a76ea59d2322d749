package naversim

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	// Tests sign token requests with the client's signer; the simulator itself verifies with
	// x/crypto/bcrypt and shares no code with the client.
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/testclock"
)

const (
	simID     = "U8JZpDE0iGXlD6gNCFbaEP"
	simSecret = "$2a$04$A.m5cKAa1oXZfFITnYi7k."
)

type env struct {
	sim   *Sim
	srv   *httptest.Server
	clock *testclock.Clock
}

func newEnv(t *testing.T, cfg Config) *env {
	t.Helper()
	c := testclock.New(time.Date(2026, 11, 22, 10, 0, 0, 0, order.KST()))
	if cfg.ClientID == "" {
		cfg.ClientID, cfg.ClientSecret = simID, simSecret
	}
	if cfg.Clock == nil {
		cfg.Clock = c.Now
	}
	s := New(cfg)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return &env{sim: s, srv: srv, clock: c}
}

type resp struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

func (e *env) do(t *testing.T, method, path, contentType, body string, token string) resp {
	t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, strings.NewReader(body))
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	r, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	out := resp{status: r.StatusCode, header: r.Header, raw: string(b)}
	_ = json.Unmarshal(b, &out.body)
	return out
}

func (e *env) tokenForm(t *testing.T, at time.Time) url.Values {
	t.Helper()
	ts := at.UnixMilli()
	sign, err := naver.Sign(simID, simSecret, ts)
	require.NoError(t, err)
	return url.Values{"client_id": {simID}, "timestamp": {strconv.FormatInt(ts, 10)}, "grant_type": {"client_credentials"},
		"client_secret_sign": {sign}, "type": {"SELF"}}
}

func (e *env) token(t *testing.T) string {
	t.Helper()
	r := e.do(t, http.MethodPost, "/external/v1/oauth2/token", "application/x-www-form-urlencoded", e.tokenForm(t, e.clock.Now()).Encode(), "")
	require.Equal(t, http.StatusOK, r.status, r.raw)
	return r.body["access_token"].(string)
}

func TestTokenIssueAndReuse(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	first := e.token(t)
	r := e.do(t, http.MethodPost, "/external/v1/oauth2/token", "application/x-www-form-urlencoded", e.tokenForm(t, e.clock.Now()).Encode(), "")
	assert.Equal(t, "Bearer", r.body["token_type"])
	assert.EqualValues(t, 10800, r.body["expires_in"])
	assert.NotEmpty(t, r.header.Get("GNCP-GW-Trace-ID"))

	e.clock.Add(2*time.Hour + 30*time.Minute) // exactly 30 min left: same token
	assert.Equal(t, first, e.token(t))
	e.clock.Add(time.Millisecond)
	second := e.token(t)
	assert.NotEqual(t, first, second)

	// The old token works until it expires.
	assert.Equal(t, http.StatusOK, e.do(t, http.MethodGet, "/external/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom="+url.QueryEscape("2026-11-22T10:00:00.000+09:00"), "", "", first).status)
	e.clock.Add(30 * time.Minute)
	r = e.do(t, http.MethodGet, "/external/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom="+url.QueryEscape("2026-11-22T10:00:00.000+09:00"), "", "", first)
	assert.Equal(t, http.StatusUnauthorized, r.status)
	assert.Equal(t, "GW.AUTHN", r.body["code"])
	assert.False(t, e.sim.Penalized())
}

func TestTokenOfficialVectorNormalisedSalt(t *testing.T) {
	// The documented vector: secret ends in 'v', the bcrypt in the signature has 'u'.
	at := time.UnixMilli(1643961623299)
	e := newEnv(t, Config{ClientID: "aaaabbbbcccc", ClientSecret: "$2a$10$abcdefghijklmnopqrstuv", Clock: func() time.Time { return at }, NoRateLimit: true})
	form := url.Values{"client_id": {"aaaabbbbcccc"}, "timestamp": {"1643961623299"}, "grant_type": {"client_credentials"},
		"client_secret_sign": {"JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy"}, "type": {"SELF"}}
	r := e.do(t, http.MethodPost, "/external/v1/oauth2/token", "application/x-www-form-urlencoded", form.Encode(), "")
	assert.Equal(t, http.StatusOK, r.status, r.raw)
}

func TestTokenRefusals(t *testing.T) {
	for _, tc := range []struct {
		name    string
		mutate  func(t *testing.T, e *env, v url.Values) (query, contentType string)
		status  int
		code    string
		penalty bool
	}{
		{"params in the query string", func(t *testing.T, e *env, v url.Values) (string, string) {
			return "?" + v.Encode(), "application/x-www-form-urlencoded"
		}, 429, "GW.QUOTA_LIMIT", true},
		{"json body", func(t *testing.T, e *env, v url.Values) (string, string) { return "", "application/json" }, 429, "GW.QUOTA_LIMIT", true},
		{"account_id with SELF", func(t *testing.T, e *env, v url.Values) (string, string) {
			v.Set("account_id", "ncp_2sRZTWJVbDtHPoz9OXXXX")
			return "", "application/x-www-form-urlencoded"
		}, 429, "GW.QUOTA_LIMIT", true},
		{"missing grant_type", func(t *testing.T, e *env, v url.Values) (string, string) {
			v.Del("grant_type")
			return "", "application/x-www-form-urlencoded"
		}, 429, "GW.QUOTA_LIMIT", true},
		{"wrong signature", func(t *testing.T, e *env, v url.Values) (string, string) {
			ts, _ := strconv.ParseInt(v.Get("timestamp"), 10, 64)
			sign, _ := naver.Sign(simID, simSecret, ts+1)
			v.Set("client_secret_sign", sign)
			return "", "application/x-www-form-urlencoded"
		}, 401, "GW.AUTHN", false},
		{"another secret's signature", func(t *testing.T, e *env, v url.Values) (string, string) {
			ts, _ := strconv.ParseInt(v.Get("timestamp"), 10, 64)
			sign, _ := naver.Sign(simID, "$2a$04$hvrKhv.NZGBP4SWuN4qJ2u", ts)
			v.Set("client_secret_sign", sign)
			return "", "application/x-www-form-urlencoded"
		}, 401, "GW.AUTHN", false},
		{"timestamp 6 minutes old", func(t *testing.T, e *env, v url.Values) (string, string) {
			for k, vs := range e.tokenForm(t, e.clock.Now().Add(-6*time.Minute)) {
				v[k] = vs
			}
			return "", "application/x-www-form-urlencoded"
		}, 401, "GW.AUTHN", false},
		{"unknown client", func(t *testing.T, e *env, v url.Values) (string, string) {
			v.Set("client_id", "someone-else")
			return "", "application/x-www-form-urlencoded"
		}, 401, "GW.AUTHN", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, Config{NoRateLimit: true})
			v := e.tokenForm(t, e.clock.Now())
			q, ct := tc.mutate(t, e, v)
			body := v.Encode()
			if ct == "application/json" {
				b, _ := json.Marshal(map[string]string{"client_id": v.Get("client_id")})
				body = string(b)
			}
			r := e.do(t, http.MethodPost, "/external/v1/oauth2/token"+q, ct, body, "")
			assert.Equal(t, tc.status, r.status, r.raw)
			assert.Equal(t, tc.code, r.body["code"])
			assert.Equal(t, tc.penalty, e.sim.Penalized())
			if !tc.penalty {
				return
			}
			assert.Equal(t, "HOURS", r.header.Get("gncp-gw-quota-period"))
			assert.Equal(t, "1", r.header.Get("gncp-gw-quota-limit"))
			assert.Equal(t, "0", r.header.Get("gncp-gw-quota-remaining"))
			// Every later call, a correct token request included, is refused until reset.
			r = e.do(t, http.MethodPost, "/external/v1/oauth2/token", "application/x-www-form-urlencoded", e.tokenForm(t, e.clock.Now()).Encode(), "")
			assert.Equal(t, 429, r.status)
			e.sim.ResetPenalty()
			assert.NotEmpty(t, e.token(t))
		})
	}
}

func TestBearerRequired(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	r := e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", `{"productOrderIds":["1"]}`, "")
	assert.Equal(t, 401, r.status)
	assert.Equal(t, "GW.AUTHN", r.body["code"])
	r = e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", `{"productOrderIds":["1"]}`, "forged")
	assert.Equal(t, 401, r.status)
	r = e.do(t, http.MethodGet, "/external/v1/nothing-here", "", "", "")
	assert.Equal(t, 404, r.status)
	assert.Equal(t, "GW.NOT_FOUND", r.body["code"])
	assert.NotEmpty(t, r.header.Get("GNCP-GW-Trace-ID"))
}

func feedURL(from, to string, extra string) string {
	u := "/external/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom=" + url.QueryEscape(from)
	if to != "" {
		u += "&lastChangedTo=" + url.QueryEscape(to)
	}
	return u + extra
}

func TestFeedLimitsAndPaging(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true, Seed: 3})
	tok := e.token(t)
	ids := e.sim.AddOrders(7) // one instant
	from := "2026-11-22T10:00:00.000+09:00"

	r := e.do(t, http.MethodGet, feedURL(from, "2026-11-23T10:00:00.001+09:00", ""), "", "", tok)
	assert.Equal(t, 400, r.status)
	assert.Equal(t, "104139", r.body["code"])

	// A raw '+' reaches the server as a space.
	r = e.do(t, http.MethodGet, "/external/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom=2026-11-22T10:00:00.000+09:00", "", "", tok)
	assert.Equal(t, 400, r.status)
	assert.Equal(t, "4000", r.body["code"])

	var got []string
	q := feedURL(from, "", "&limitCount=3")
	for pages := 0; ; pages++ {
		require.Less(t, pages, 5)
		r = e.do(t, http.MethodGet, q, "", "", tok)
		require.Equal(t, 200, r.status, r.raw)
		data := r.body["data"].(map[string]any)
		for _, row := range data["lastChangeStatuses"].([]any) {
			got = append(got, row.(map[string]any)["productOrderId"].(string))
		}
		more, ok := data["more"].(map[string]any)
		if !ok {
			break
		}
		assert.Equal(t, from, more["moreFrom"], "equal timestamps: the cursor stays on the same instant")
		q = feedURL(more["moreFrom"].(string), "", "&limitCount=3&moreSequence="+url.QueryEscape(more["moreSequence"].(string)))
	}
	assert.Equal(t, ids, got, "sorted by date then id, each once")

	// moreSequence is bound to moreFrom.
	r = e.do(t, http.MethodGet, feedURL("2026-11-22T10:00:00.001+09:00", "", "&moreSequence="+encodeSequence(e.clock.Now(), ids[0])), "", "", tok)
	assert.Equal(t, 400, r.status)

	// limitCount above 300 is read as 300.
	r = e.do(t, http.MethodGet, feedURL(from, "", "&limitCount=1000"), "", "", tok)
	assert.Equal(t, 200, r.status)
}

func TestIDLimits(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	tok := e.token(t)
	many := make([]string, 301)
	for i := range many {
		many[i] = strconv.Itoa(1000 + i)
	}
	b, _ := json.Marshal(map[string]any{"productOrderIds": many})
	r := e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", string(b), tok)
	assert.Equal(t, 400, r.status)
	assert.Equal(t, "4000", r.body["code"])
	b, _ = json.Marshal(map[string]any{"productOrderIds": many[:31]})
	r = e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/confirm", "application/json", string(b), tok)
	assert.Equal(t, 400, r.status)
	r = e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/x-www-form-urlencoded", "productOrderIds=1", tok)
	assert.Equal(t, 415, r.status)
}

func TestRateLimitBucket(t *testing.T) {
	e := newEnv(t, Config{Seed: 1})
	tok := e.token(t)
	path := "/external/v1/pay-order/seller/orders/1/product-order-ids"
	for i := 0; i < 4; i++ {
		r := e.do(t, http.MethodGet, path, "", "", tok)
		assert.Equal(t, 400, r.status, "burst of 4 passes (unknown order)")
		assert.Equal(t, "2", r.header.Get("GNCP-GW-RateLimit-Replenish-Rate"))
		assert.Equal(t, "4", r.header.Get("GNCP-GW-RateLimit-Burst-Capacity"))
		assert.Equal(t, strconv.Itoa(3-i), r.header.Get("GNCP-GW-RateLimit-Remaining"))
	}
	r := e.do(t, http.MethodGet, path, "", "", tok)
	assert.Equal(t, 429, r.status)
	assert.Equal(t, "GW.RATE_LIMIT", r.body["code"])
	e.clock.Add(500 * time.Millisecond)
	assert.Equal(t, 400, e.do(t, http.MethodGet, path, "", "", tok).status)
	assert.Equal(t, 429, e.do(t, http.MethodGet, path, "", "", tok).status)
	assert.Equal(t, 7, e.sim.Calls()[EndpointProductOrderIDs])
}

func TestStateMachine(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true, Seed: 9})
	tok := e.token(t)
	ids := e.sim.AddOrders(4)
	a, b := ids[0], ids[1]
	post := func(path string, v any) map[string]any {
		body, _ := json.Marshal(v)
		r := e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/"+path, "application/json", string(body), tok)
		require.Equal(t, 200, r.status, r.raw)
		return r.body["data"].(map[string]any)
	}
	dispatch := func(id, company, tracking string) map[string]any {
		return post("dispatch", map[string]any{"dispatchProductOrders": []map[string]any{{"productOrderId": id,
			"deliveryMethod": "DELIVERY", "deliveryCompanyCode": company, "trackingNumber": tracking,
			"dispatchDate": "2026-11-22T10:00:00.000+09:00"}}})
	}

	require.NoError(t, e.sim.ChangeAddress(a, e.sim.NewAddress()))
	d := post("confirm", map[string]any{"productOrderIds": []string{a}})
	assert.Equal(t, true, d["successProductOrderInfos"].([]any)[0].(map[string]any)["isReceiverAddressChanged"])
	v, _ := e.sim.Order(a)
	assert.Equal(t, "PAYED/OK", v.Status+"/"+v.PlaceOrderStatus)

	d = dispatch(a, "LOGEN", "123")
	assert.Equal(t, "104119", d["failProductOrderInfos"].([]any)[0].(map[string]any)["code"])
	d = dispatch(a, "KGB", "30012345678")
	assert.Equal(t, []any{a}, d["successProductOrderIds"])
	v, _ = e.sim.Order(a)
	assert.Equal(t, "DELIVERING", v.Status)
	assert.Equal(t, "DISPATCHED", v.LastChangedType)

	require.NoError(t, e.sim.Advance(a))
	v, _ = e.sim.Order(a)
	assert.Equal(t, "DELIVERED", v.Status)
	assert.Equal(t, "DISPATCHED", v.LastChangedType, "delivery does not refresh the feed row")
	require.NoError(t, e.sim.RequestReturn(a, "상품 파손"))
	var se *StateError
	assert.ErrorAs(t, e.sim.Advance(a), &se, "no purchase decision during an open return")
	require.NoError(t, e.sim.RejectClaim(a))
	require.NoError(t, e.sim.Advance(a))
	v, _ = e.sim.Order(a)
	assert.Equal(t, "PURCHASE_DECIDED", v.Status)

	require.NoError(t, e.sim.RequestCancel(b, "단순 변심"))
	d = dispatch(b, "CJGLS", "1")
	assert.Equal(t, "9999", d["failProductOrderInfos"].([]any)[0].(map[string]any)["code"])
	assert.ErrorAs(t, e.sim.ChangeOption(b, "x"), &se)
	require.NoError(t, e.sim.CompleteCancel(b))
	v, _ = e.sim.Order(b)
	assert.Equal(t, "CANCELED", v.Status)
	assert.Equal(t, "CLAIM_COMPLETED", v.LastChangedType)

	require.NoError(t, e.sim.ChangeOption(ids[2], "색상: 민트"))
	v, _ = e.sim.Order(ids[2])
	assert.Equal(t, "EXCHANGE_OPTION", v.LastChangedType)
	assert.Equal(t, "색상: 민트", v.Option)
	assert.ErrorAs(t, e.sim.RequestExchange(ids[3], "사이즈"), &se)
	assert.ErrorIs(t, e.sim.RequestCancel("nope", ""), ErrNoProductOrder)
}

func TestAppliedTimeoutAndCalls(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	tok := e.token(t)
	ids := e.sim.AddOrders(1)
	e.sim.InjectFault(EndpointConfirm, FaultAppliedTimeout)
	body, _ := json.Marshal(map[string]any{"productOrderIds": ids})
	r := e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/confirm", "application/json", string(body), tok)
	assert.Equal(t, 504, r.status)
	assert.Equal(t, "GW.TIMEOUT.01", r.body["code"])
	v, _ := e.sim.Order(ids[0])
	assert.Equal(t, "OK", v.PlaceOrderStatus, "applied despite the 504")

	e.sim.InjectFault(EndpointQuery, FaultTruncate)
	r = e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", string(body), tok)
	assert.Equal(t, 200, r.status)
	assert.False(t, json.Valid([]byte(r.raw)), "cut in the middle")

	e.sim.SetIPAllowed(false)
	r = e.do(t, http.MethodPost, "/external/v1/oauth2/token", "application/x-www-form-urlencoded", e.tokenForm(t, e.clock.Now()).Encode(), "")
	assert.Equal(t, 403, r.status)
	assert.Equal(t, "GW.IP_NOT_ALLOWED", r.body["code"])
	e.sim.SetIPAllowed(true)

	assert.Equal(t, map[string]int{EndpointToken: 2, EndpointConfirm: 1, EndpointQuery: 1}, e.sim.Calls())
	e.sim.ResetCalls()
	assert.Empty(t, e.sim.Calls())
}

func TestSeededDataIsDeterministicAndKorean(t *testing.T) {
	a, b := New(Config{Seed: 42}), New(Config{Seed: 42})
	other := New(Config{Seed: 43})
	ia, ib, io := a.AddOrders(30), b.AddOrders(30), other.AddOrders(30)
	require.Equal(t, ia, ib)
	differs := false
	for i := range ia {
		va, _ := a.Order(ia[i])
		vb, _ := b.Order(ib[i])
		va.LastChangedDate, vb.LastChangedDate = time.Time{}, time.Time{}
		assert.Equal(t, va, vb)
		vo, _ := other.Order(io[i])
		if vo.Receiver != va.Receiver {
			differs = true
		}
		assert.Regexp(t, `^[가-힣]{2,4}$`, va.Receiver.Name)
		assert.Regexp(t, `^(010|0502)-\d{4}-\d{4}$`, va.Receiver.Tel1)
		assert.Regexp(t, `^(서울|경기|부산|인천|대구|대전|광주|제주)`, va.Receiver.BaseAddress)
		assert.Positive(t, va.Total)
		assert.Equal(t, "PAYED", va.Status)
	}
	assert.True(t, differs, "another seed gives other data")
}

func TestSeedHistory(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true, Seed: 5})
	ids := e.sim.Seed(300, 14*24*time.Hour)
	require.Len(t, ids, 300)
	states := map[string]int{}
	now := e.clock.Now()
	for _, id := range ids {
		v, ok := e.sim.Order(id)
		require.True(t, ok)
		states[v.Status+"/"+v.PlaceOrderStatus]++
		if v.ClaimStatus != "" {
			states[v.ClaimStatus]++
		}
		assert.False(t, v.LastChangedDate.After(now), "no change in the future")
		assert.True(t, v.LastChangedDate.After(now.Add(-15*24*time.Hour)))
		if v.Status == "DELIVERING" {
			assert.NotEmpty(t, v.TrackingNumber)
		}
	}
	t.Logf("seeded states: %v", states)
	for _, k := range []string{"PAYED/NOT_YET", "PAYED/OK", "DELIVERING/OK", "DELIVERED/OK", "PURCHASE_DECIDED/OK", "CANCEL_REQUEST"} {
		assert.Positive(t, states[k], k)
	}
	again := New(Config{ClientID: simID, ClientSecret: simSecret, Clock: e.clock.Now, Seed: 5}).Seed(300, 14*24*time.Hour)
	assert.Equal(t, ids, again)
}

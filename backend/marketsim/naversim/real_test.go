package naversim

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// The real-world form of each behaviour, against the official pages (raws/commerce-api/current of
// the public mirror myso-kr/naver-commerce-api-docs-cli).

func TestRealEmptyAnswersHaveNoData(t *testing.T) {
	for _, tc := range []struct {
		name     string
		form     Realism
		wantData bool
	}{
		{"convenient form", Realism{}, true},
		{"real form", Realism{NoEmptyData: true}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, Config{NoRateLimit: true, Real: tc.form})
			tok := e.token(t)
			ids := e.sim.AddOrders(2)

			// a window with no change
			r := e.do(t, http.MethodGet, feedURL("2026-11-20T10:00:00.000+09:00", "2026-11-21T10:00:00.000+09:00", ""), "", "", tok)
			require.Equal(t, http.StatusOK, r.status, r.raw)
			_, has := r.body["data"]
			assert.Equal(t, tc.wantData, has, r.raw)
			assert.NotEmpty(t, r.body["traceId"])
			assert.NotEmpty(t, r.body["timestamp"])

			// a query of ids the store does not know
			r = e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", `{"productOrderIds":["1"]}`, tok)
			require.Equal(t, http.StatusOK, r.status, r.raw)
			_, has = r.body["data"]
			assert.Equal(t, tc.wantData, has, r.raw)

			// answers with something in them keep their data in both forms
			r = e.do(t, http.MethodGet, feedURL("2026-11-22T10:00:00.000+09:00", "", ""), "", "", tok)
			require.Equal(t, http.StatusOK, r.status, r.raw)
			assert.Len(t, r.body["data"].(map[string]any)["lastChangeStatuses"], 2)
			b, _ := json.Marshal(map[string]any{"productOrderIds": ids})
			r = e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", string(b), tok)
			assert.Len(t, r.body["data"], 2)
		})
	}
}

func TestRealMoreCursorNamesTheFirstRowNotReturned(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true, Seed: 3, Real: Realism{DocumentedMore: true}})
	tok := e.token(t)
	ids := e.sim.AddOrders(7) // one instant
	e.clock.Add(time.Second)
	ids = append(ids, e.sim.AddOrders(2)...) // one second later
	from := "2026-11-22T10:00:00.000+09:00"

	var got []string
	q := feedURL(from, "", "&limitCount=3")
	for pages := 0; ; pages++ {
		require.Less(t, pages, 5)
		r := e.do(t, http.MethodGet, q, "", "", tok)
		require.Equal(t, http.StatusOK, r.status, r.raw)
		data := r.body["data"].(map[string]any)
		rows := data["lastChangeStatuses"].([]any)
		for _, row := range rows {
			got = append(got, row.(map[string]any)["productOrderId"].(string))
		}
		more, ok := data["more"].(map[string]any)
		if !ok {
			break
		}
		// the cursor names the next row: its change time and its productOrderId
		next := ids[len(got)]
		v, _ := e.sim.Order(next)
		assert.Equal(t, v.LastChangedDate.In(order.KST()).Format(wireLayout), more["moreFrom"])
		assert.Equal(t, next, more["moreSequence"])
		q = feedURL(more["moreFrom"].(string), "", "&limitCount=3&moreSequence="+url.QueryEscape(more["moreSequence"].(string)))
	}
	assert.Equal(t, ids, got, "every row once, in order, the row named by the cursor included")
}

func TestRealTokenClock(t *testing.T) {
	token := func(e *env, at time.Time) resp {
		return e.do(t, http.MethodPost, "/external/v1/oauth2/token", "application/x-www-form-urlencoded", e.tokenForm(t, at).Encode(), "")
	}
	// The PC's clock is 3 s ahead of the store's.
	strict := newEnv(t, Config{NoRateLimit: true, ClockOffset: -3 * time.Second, Real: Realism{TokenClock: true, TokenErrors: true}})
	pc := strict.clock.Now()

	r := token(strict, pc)
	assert.Equal(t, http.StatusBadRequest, r.status, "a timestamp later than Naver's clock is refused")
	assert.Contains(t, r.raw, "timestamp 항목은 현재 이전이어야 합니다")
	server, err := http.ParseTime(r.header.Get("Date"))
	require.NoError(t, err)
	assert.Equal(t, pc.Add(-3*time.Second).Truncate(time.Second).UTC(), server.UTC(), "the Date header is the store's clock")

	r = token(strict, pc.Add(-6*time.Minute))
	assert.Equal(t, http.StatusBadRequest, r.status)
	assert.Contains(t, r.raw, "유효 시간이 만료")

	r = token(strict, pc.Add(-30*time.Second))
	assert.Equal(t, http.StatusOK, r.status, r.raw)

	// the convenient form took a timestamp a few seconds in its future
	conv := newEnv(t, Config{NoRateLimit: true, ClockOffset: -3 * time.Second})
	assert.Equal(t, http.StatusOK, token(conv, conv.clock.Now()).status)
	strict.sim.SetClockOffset(0)
	assert.Equal(t, http.StatusOK, token(strict, pc).status)
}

func TestRealTokenErrorBodies(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true, Real: Realism{TokenErrors: true}})
	for _, tc := range []struct {
		name   string
		edit   func(v url.Values)
		status int
		field  string
	}{
		{"wrong signature", func(v url.Values) {
			ts, _ := strconv.ParseInt(v.Get("timestamp"), 10, 64)
			sign, _ := naver.Sign(simID, simSecret, ts+1)
			v.Set("client_secret_sign", sign)
		}, http.StatusBadRequest, "client_secret_sign"},
		{"unknown application", func(v url.Values) { v.Set("client_id", "someone-else") }, http.StatusBadRequest, "client_id"},
		{"old timestamp", func(v url.Values) {
			for k, vs := range e.tokenForm(t, e.clock.Now().Add(-10*time.Minute)) {
				v[k] = vs
			}
		}, http.StatusBadRequest, "timestamp"},
		{"SELLER type for an own-store application", func(v url.Values) {
			v.Set("type", "SELLER")
			v.Set("account_id", "ncp_2sRZTWJVbDtHPoz9OXXXX")
		}, http.StatusForbidden, "type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := e.tokenForm(t, e.clock.Now())
			tc.edit(v)
			r := e.do(t, http.MethodPost, "/external/v1/oauth2/token", "application/x-www-form-urlencoded", v.Encode(), "")
			assert.Equal(t, tc.status, r.status, r.raw)
			for _, k := range []string{"code", "message", "timestamp", "invalidInputs", "data"} {
				assert.Contains(t, r.body, k, "documented field %s", k)
			}
			inputs := r.body["invalidInputs"].([]any)
			require.Len(t, inputs, 1)
			assert.Equal(t, tc.field, inputs[0].(map[string]any)["name"])
			assert.False(t, e.sim.Penalized(), "a refused but well-formed request earns no penalty")
		})
	}
}

func TestOrderRoutesRefusedByIPWhileTokensWork(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	e.sim.SetOrderIPAllowed(false)
	tok := e.token(t)
	require.NotEmpty(t, tok, "the token endpoint still answers")
	r := e.do(t, http.MethodGet, feedURL("2026-11-22T10:00:00.000+09:00", "", ""), "", "", tok)
	assert.Equal(t, http.StatusForbidden, r.status)
	assert.Equal(t, "GW.IP_NOT_ALLOWED", r.body["code"])
	r = e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", `{"productOrderIds":["1"]}`, tok)
	assert.Equal(t, http.StatusForbidden, r.status)
	e.sim.SetOrderIPAllowed(true)
	r = e.do(t, http.MethodGet, feedURL("2026-11-22T10:00:00.000+09:00", "", ""), "", "", tok)
	assert.Equal(t, http.StatusOK, r.status)
}

func TestRealClaimsEndInCompletedClaims(t *testing.T) {
	for _, tc := range []struct {
		name      string
		form      Realism
		completed bool
	}{{"convenient form", Realism{}, false}, {"real form", Realism{CompletedClaims: true}, true}} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, Config{NoRateLimit: true, Seed: 5, Real: tc.form})
			tok := e.token(t)
			ids := e.sim.AddOrders(2)
			e.clock.Add(time.Minute)
			require.NoError(t, e.sim.RequestCancel(ids[0], "단순 변심"))
			require.NoError(t, e.sim.RequestCancel(ids[1], "배송 지연"))
			e.clock.Add(time.Minute)
			require.NoError(t, e.sim.WithdrawClaim(ids[0]))
			require.NoError(t, e.sim.RejectClaim(ids[1]))
			require.Error(t, e.sim.WithdrawClaim(ids[0]), "nothing open to withdraw")

			b, _ := json.Marshal(map[string]any{"productOrderIds": ids})
			r := e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json", string(b), tok)
			require.Equal(t, http.StatusOK, r.status, r.raw)
			for _, el := range r.body["data"].([]any) {
				d := el.(map[string]any)
				po := d["productOrder"].(map[string]any)
				assert.Equal(t, "CANCEL_REJECT", po["claimStatus"])
				assert.Equal(t, "PAYED", po["productOrderStatus"])
				cur := d["currentClaim"].(map[string]any)["cancel"].(map[string]any)
				assert.Equal(t, "CANCEL_REJECT", cur["claimStatus"])
				done, has := d["completedClaims"].([]any)
				assert.Equal(t, tc.completed, has)
				if has {
					require.Len(t, done, 1)
					c := done[0].(map[string]any)
					assert.Equal(t, "CANCEL", c["claimType"])
					assert.Equal(t, "CANCEL_REJECT", c["claimStatus"])
					assert.Equal(t, po["claimId"], c["claimId"])
				}
			}
			r = e.do(t, http.MethodGet, feedURL("2026-11-22T10:01:30.000+09:00", "", ""), "", "", tok)
			rows := r.body["data"].(map[string]any)["lastChangeStatuses"].([]any)
			require.Len(t, rows, 2)
			for _, row := range rows {
				assert.Equal(t, "CLAIM_REJECTED", row.(map[string]any)["lastChangedType"])
			}
		})
	}
}

func TestAddOrdersAtAPastMoment(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	at := e.clock.Now().Add(-71 * time.Hour)
	ids := e.sim.AddOrdersAt(2, at)
	require.Len(t, ids, 2)
	for _, id := range ids {
		v, ok := e.sim.Order(id)
		require.True(t, ok)
		assert.True(t, at.Equal(v.LastChangedDate))
		assert.Equal(t, "PAYED", v.Status)
	}
}

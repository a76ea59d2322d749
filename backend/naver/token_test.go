package naver

import (
	"context"
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/time/rate"

	"sellerdesk/backend/marketsim/naversim"
)

func TestTokenRequestShape(t *testing.T) {
	clock := newFakeClock()
	type seen struct {
		method, path, rawQuery, contentType string
		form                                url.Values
	}
	var got []seen
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		form, err := url.ParseQuery(string(b))
		require.NoError(t, err)
		mu.Lock()
		got = append(got, seen{r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Get("Content-Type"), form})
		mu.Unlock()
		if r.URL.Path == "/external/v1/oauth2/token" {
			_, _ = io.WriteString(w, `{"access_token":"tok-1","expires_in":10800,"token_type":"Bearer"}`)
			return
		}
		assert.Equal(t, "Bearer tok-1", r.Header.Get("Authorization"))
		_, _ = io.WriteString(w, `{"timestamp":"2026-11-22T09:30:00.000+09:00","traceId":"t","data":["2026112210000001"]}`)
	}))
	defer srv.Close()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL+"/external"), WithClock(clock.Now), WithRateLimit(rate.Inf, 0))
	require.NoError(t, err)

	ids, err := c.ProductOrderIDs(context.Background(), "2026112200000001")
	require.NoError(t, err)
	assert.Equal(t, []string{"2026112210000001"}, ids)

	require.Len(t, got, 2)
	tok := got[0]
	assert.Equal(t, http.MethodPost, tok.method)
	assert.Equal(t, "/external/v1/oauth2/token", tok.path)
	assert.Empty(t, tok.rawQuery, "no parameter may go in the query string")
	assert.Equal(t, "application/x-www-form-urlencoded", tok.contentType)
	keys := make([]string, 0, len(tok.form))
	for k, v := range tok.form {
		keys = append(keys, k)
		assert.Len(t, v, 1, k)
	}
	sort.Strings(keys)
	assert.Equal(t, []string{"client_id", "client_secret_sign", "grant_type", "timestamp", "type"}, keys)
	assert.Equal(t, testClientID, tok.form.Get("client_id"))
	assert.Equal(t, "client_credentials", tok.form.Get("grant_type"))
	assert.Equal(t, "SELF", tok.form.Get("type"))
	assert.Equal(t, strconv.FormatInt(clock.Now().Add(-30*time.Second).UnixMilli(), 10), tok.form.Get("timestamp"),
		"signed 30 s in the past: Naver refuses a timestamp later than its clock")
	hashed, err := base64.StdEncoding.DecodeString(tok.form.Get("client_secret_sign"))
	require.NoError(t, err)
	require.NoError(t, bcrypt.CompareHashAndPassword(hashed, []byte(testClientID+"_"+tok.form.Get("timestamp"))))

	assert.Equal(t, http.MethodGet, got[1].method)
	assert.Equal(t, "/external/v1/pay-order/seller/orders/2026112200000001/product-order-ids", got[1].path)
}

func TestTokenSharedByConcurrentCallers(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(3)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := env.client.QueryProductOrders(context.Background(), ids)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	calls := env.sim.Calls()
	assert.Equal(t, 1, calls[naversim.EndpointToken], "one token request for all callers")
	assert.Equal(t, 20, calls[naversim.EndpointQuery])
}

func TestTokenRefreshBeforeExpiry(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(1)
	ctx := context.Background()
	query := func() {
		t.Helper()
		_, err := env.client.QueryProductOrders(ctx, ids)
		require.NoError(t, err)
	}
	query()
	first, _, _ := env.client.cache.LoadToken(ctx)
	env.clock.Add(2*time.Hour + 20*time.Minute) // 40 min left: still reused
	query()
	assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointToken])

	env.clock.Add(11 * time.Minute) // 29 min left: refresh; Naver issues a new one
	query()
	assert.Equal(t, 2, env.sim.Calls()[naversim.EndpointToken])
	second, _, _ := env.client.cache.LoadToken(ctx)
	assert.NotEqual(t, first.AccessToken, second.AccessToken)
	assert.Equal(t, env.clock.Now().Add(3*time.Hour), second.ExpiresAt)

	query()
	assert.Equal(t, 2, env.sim.Calls()[naversim.EndpointToken])
}

func TestTokenExpiresInCapped(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"access_token":"long","expires_in":999999,"token_type":"Bearer"}`)
	}))
	defer srv.Close()
	clock := newFakeClock()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithClock(clock.Now))
	require.NoError(t, err)
	tok, err := c.accessToken(context.Background())
	require.NoError(t, err)
	assert.Equal(t, clock.Now().Add(3*time.Hour), tok.ExpiresAt)
}

// savedTokens is a TokenCache like the store's, counting loads and saves.
type savedTokens struct {
	mu           sync.Mutex
	tok          Token
	ok           bool
	loads, saves int
}

func (s *savedTokens) LoadToken(context.Context) (Token, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.loads++
	return s.tok, s.ok, nil
}

func (s *savedTokens) SaveToken(_ context.Context, t Token) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saves++
	s.tok, s.ok = t, true
	return nil
}

func TestTokenPersistedAcrossRestart(t *testing.T) {
	store := &savedTokens{}
	env := newSimEnv(t, WithTokenCache(store))
	ids := env.sim.AddOrders(2)
	_, err := env.client.QueryProductOrders(context.Background(), ids)
	require.NoError(t, err)
	assert.Equal(t, 1, store.saves)

	// A "restarted" app: new client, same store.
	again, err := New(testClientID, testClientSecret, WithBaseURL(env.srv.URL+"/external"), WithClock(env.clock.Now),
		WithRateLimit(rate.Inf, 0), WithTokenCache(store))
	require.NoError(t, err)
	env.clock.Add(time.Hour)
	_, err = again.QueryProductOrders(context.Background(), ids)
	require.NoError(t, err)
	assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointToken], "the saved token is reused")
	assert.Equal(t, 2, store.loads)

	// A saved token about to expire is not trusted.
	env.clock.Add(time.Hour + 45*time.Minute)
	third, err := New(testClientID, testClientSecret, WithBaseURL(env.srv.URL+"/external"), WithClock(env.clock.Now),
		WithRateLimit(rate.Inf, 0), WithTokenCache(store))
	require.NoError(t, err)
	_, err = third.QueryProductOrders(context.Background(), ids)
	require.NoError(t, err)
	assert.Equal(t, 2, env.sim.Calls()[naversim.EndpointToken])
}

func TestTokenReissuedOnceOn401(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(1)
	ctx := context.Background()
	_, err := env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)

	env.sim.RevokeTokens()
	res, err := env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)
	assert.Len(t, res.Orders, 1)
	calls := env.sim.Calls()
	assert.Equal(t, 2, calls[naversim.EndpointToken])
	assert.Equal(t, 3, calls[naversim.EndpointQuery], "one refused call, one repeat")

	// A confirm refused with 401 is not applied, so it is repeated once too.
	env.sim.RevokeTokens()
	cr, err := env.client.Confirm(ctx, ids)
	require.NoError(t, err)
	assert.Len(t, cr.Succeeded, 1)
}

func TestTokenAuthFailureNotLooped(t *testing.T) {
	var tokenCalls, apiCalls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("GNCP-GW-Trace-ID", "cr3-000000-aaaaaa^1730711073284^6745261")
		if r.URL.Path == "/v1/oauth2/token" {
			n := tokenCalls.Add(1)
			_, _ = io.WriteString(w, `{"access_token":"tok-`+strconv.Itoa(int(n))+`","expires_in":10800}`)
			return
		}
		apiCalls.Add(1)
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"code":"GW.AUTHN","message":"요청을 보낼 권한이 없습니다.","timestamp":"2023-11-05T23:35:24.415+09:00","traceId":"cr3-000000-aaaaaa^1730711073284^6745261"}`)
	}))
	defer srv.Close()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 0))
	require.NoError(t, err)
	_, err = c.ProductOrderIDs(context.Background(), "1")
	var ae *APIError
	require.ErrorAs(t, err, &ae)
	assert.True(t, ae.IsAuth())
	assert.Equal(t, "cr3-000000-aaaaaa^1730711073284^6745261", ae.TraceID)
	assert.Equal(t, int32(2), tokenCalls.Load())
	assert.Equal(t, int32(2), apiCalls.Load())
}

func TestTokenNeverInStrings(t *testing.T) {
	tok := Token{AccessToken: "very-secret-token", ExpiresAt: time.Unix(0, 0)}
	for _, s := range []string{tok.String(), tok.GoString(), tok.LogValue().String()} {
		assert.NotContains(t, s, "very-secret-token")
	}
	_, err := New(testClientID, "$2a$04$short")
	var sfe *SecretFormatError
	require.True(t, errors.As(err, &sfe))
	assert.NotContains(t, err.Error(), "$2a$04$short")
}

func TestTokenRefreshFailureKeepsUsableToken(t *testing.T) {
	env := newSimEnv(t)
	ids := env.sim.AddOrders(1)
	ctx := context.Background()
	_, err := env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)

	env.clock.Add(2*time.Hour + 40*time.Minute) // 20 min left: wants a refresh
	env.sim.InjectFault(naversim.EndpointToken, naversim.FaultServerError, naversim.FaultServerError,
		naversim.FaultServerError, naversim.FaultServerError)
	_, err = env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err, "the old token still works")
	assert.Equal(t, 5, env.sim.Calls()[naversim.EndpointToken], "1 + 4 tries")

	_, err = env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)
	assert.Equal(t, 5, env.sim.Calls()[naversim.EndpointToken], "no new try within a minute")

	env.clock.Add(time.Minute)
	_, err = env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)
	assert.Equal(t, 6, env.sim.Calls()[naversim.EndpointToken])
	tok, _, _ := env.client.cache.LoadToken(ctx)
	assert.Equal(t, env.clock.Now().Add(3*time.Hour), tok.ExpiresAt)
}

func TestTokenWaitHonoursContext(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
		_, _ = io.WriteString(w, `{"access_token":"late","expires_in":10800}`)
	}))
	defer srv.Close()
	defer close(release)
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 0))
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err = c.CheckAccess(ctx)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

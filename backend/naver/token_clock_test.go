package naver

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
)

// The real token rules (exchange-sellers-auth, discussion #357): a timestamp later than Naver's
// clock is refused, one older than 5 minutes too, and refusals are 400/403 with
// {code, message, timestamp, invalidInputs, data}.

var strictToken = naversim.Realism{TokenClock: true, TokenErrors: true}

func TestTokenWorksWithAPCClockAFewSecondsFast(t *testing.T) {
	for _, offset := range []time.Duration{-3 * time.Second, -20 * time.Second, 0, 4 * time.Minute} {
		t.Run(offset.String(), func(t *testing.T) {
			env := newSimEnvWith(t, naversim.Config{Real: strictToken, ClockOffset: offset})
			ids := env.sim.AddOrders(2)
			res, err := env.client.QueryProductOrders(context.Background(), ids)
			require.NoError(t, err)
			assert.Len(t, res.Orders, 2)
			assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointToken], "accepted at the first request")
			skew, ok := env.client.ClockSkew()
			require.True(t, ok)
			assert.InDelta(t, offset.Seconds(), skew.Seconds(), 1, "Naver's clock learned from the answer")
		})
	}
}

func TestTokenClockCorrectedOnce(t *testing.T) {
	// The PC clock is 2 minutes fast: the first request is refused, the answer shows Naver's
	// clock, the second one is signed with it.
	env := newSimEnvWith(t, naversim.Config{Real: strictToken, ClockOffset: -2 * time.Minute})
	ctx := context.Background()
	ids := env.sim.AddOrders(1)
	_, err := env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)
	assert.Equal(t, 2, env.sim.Calls()[naversim.EndpointToken])
	skew, ok := env.client.ClockSkew()
	require.True(t, ok)
	assert.InDelta(t, -120, skew.Seconds(), 1)

	// three hours later the refresh is signed right the first time
	env.clock.Add(2*time.Hour + 45*time.Minute)
	_, err = env.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)
	assert.Equal(t, 3, env.sim.Calls()[naversim.EndpointToken])
}

func TestTokenClockTooFarOffStops(t *testing.T) {
	for _, tc := range []struct {
		name   string
		offset time.Duration
		way    string
	}{
		{"PC 10 minutes fast", -10 * time.Minute, "10분 빠릅니다"},
		{"PC 7 minutes slow", 7 * time.Minute, "7분 느립니다"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := newSimEnvWith(t, naversim.Config{Real: strictToken, ClockOffset: tc.offset})
			ctx := context.Background()
			ids := env.sim.AddOrders(1)
			_, err := env.client.QueryProductOrders(ctx, ids)
			var te *TokenError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, TokenCauseClock, te.Cause)
			assert.True(t, te.SkewKnown)
			assert.InDelta(t, tc.offset.Seconds(), te.Skew.Seconds(), 1)
			msg := SellerMessage(err)
			assert.Contains(t, msg, tc.way)
			assert.Contains(t, msg, "설정 › 시간 및 언어")
			assert.Contains(t, msg, "지금 동기화")
			assert.True(t, IsTokenRefused(err))
			assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointToken], "no second try with a clock this far off")

			// later calls are refused here, without asking Naver again
			for range 3 {
				_, err = env.client.QueryProductOrders(ctx, ids)
				require.ErrorAs(t, err, &te)
			}
			assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointToken])
			assert.Zero(t, env.sim.Calls()[naversim.EndpointQuery])
			assert.False(t, env.sim.Penalized())
		})
	}
}

func TestTokenRefusalsAreTypedAndNotRepeated(t *testing.T) {
	for _, tc := range []struct {
		name   string
		secret string
		id     string
		block  func(*naversim.Sim)
		cause  TokenCause
		fix    string
	}{
		{"wrong secret", "$2a$04$hvrKhv.NZGBP4SWuN4qJ2u", testClientID, nil, TokenCauseKey, "애플리케이션 ID와 시크릿을 그대로 복사해"},
		{"unknown application id", testClientSecret, "NotTheRightApplication", nil, TokenCauseKey, "애플리케이션 ID와 시크릿을 그대로 복사해"},
		{"IP not registered", testClientSecret, testClientID, func(s *naversim.Sim) { s.SetIPAllowed(false) }, TokenCauseIP, "API 호출 IP에"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := newSimEnvWith(t, naversim.Config{Real: strictToken})
			if tc.block != nil {
				tc.block(env.sim)
			}
			c, err := New(tc.id, tc.secret, WithBaseURL(env.srv.URL+"/external"), WithClock(env.clock.Now),
				WithSleep(env.sleeps.Sleep))
			require.NoError(t, err)
			ids := env.sim.AddOrders(1)
			_, err = c.QueryProductOrders(context.Background(), ids)
			var te *TokenError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tc.cause, te.Cause)
			require.NotNil(t, te.API)
			assert.NotEmpty(t, te.API.TraceID)
			msg := SellerMessage(err)
			assert.Contains(t, msg, tc.fix)
			assert.Contains(t, msg, te.API.TraceID)
			assert.NotContains(t, msg, tc.secret)
			assert.True(t, IsTokenRefused(err))
			assert.Equal(t, 1, env.sim.Calls()[naversim.EndpointToken], "a refusal is not retried")
			assert.Empty(t, env.sleeps.Delays())
			assert.Zero(t, env.sim.Calls()[naversim.EndpointQuery])
		})
	}
}

func TestTokenRefusalClassification(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  APIError
		want TokenCause // "" = not a refusal
	}{
		{"400 naming the timestamp", APIError{HTTPStatus: 400, Code: "BAD_REQUEST", InvalidInputs: []InvalidInput{{Name: "timestamp", Message: "timestamp 항목은 현재 이전이어야 합니다."}}}, TokenCauseClock},
		{"400 saying timestamp in the message", APIError{HTTPStatus: 400, Message: "timestamp 유효 시간이 만료되었습니다."}, TokenCauseClock},
		{"400 naming the signature", APIError{HTTPStatus: 400, InvalidInputs: []InvalidInput{{Name: "client_secret_sign"}}}, TokenCauseKey},
		{"403 without a code", APIError{HTTPStatus: 403}, TokenCauseIP},
		{"403 IP", APIError{HTTPStatus: 403, Code: CodeIPNotAllowed}, TokenCauseIP},
		{"403 other", APIError{HTTPStatus: 403, Code: "FORBIDDEN", Message: "접근 권한이 없습니다."}, TokenCauseKey},
		{"401 old gateway", APIError{HTTPStatus: 401, Code: CodeAuthn}, TokenCauseKey},
		{"quota", APIError{HTTPStatus: 429, Code: CodeQuotaLimit}, ""},
		{"rate limit", APIError{HTTPStatus: 429, Code: CodeRateLimit}, ""},
		{"server", APIError{HTTPStatus: 500, Code: "GW.PROXY.01"}, ""},
		{"not found", APIError{HTTPStatus: 404, Code: CodeNotFound}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.err
			te := tokenRefusal(&e)
			if tc.want == "" {
				assert.Nil(t, te)
				return
			}
			require.NotNil(t, te)
			assert.Equal(t, tc.want, te.Cause)
			assert.False(t, strings.Contains(te.SellerMessage(), "추적번호"), "no trace id to show")
		})
	}
}

func TestKoreanDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		300 * time.Millisecond:          "1초 미만",
		3 * time.Second:                 "3초",
		10 * time.Minute:                "10분",
		7*time.Minute + 20*time.Second:  "7분 20초",
		26 * time.Hour:                  "26시간",
		9*time.Hour + 5*time.Minute:     "9시간 5분",
		9*time.Hour + 5*time.Minute + 1: "9시간 5분",
	} {
		assert.Equal(t, want, koreanDuration(d), d.String())
	}
}

package connect

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/retry"
	"sellerdesk/backend/usererr"
)

// answering is a server that answers every call with status and body, and Naver's token
// endpoint with a token.
func answering(t *testing.T, status int, body string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/external/v1/oauth2/token" {
			_, _ = io.WriteString(w, `{"access_token":"tok","expires_in":10800,"token_type":"Bearer"}`)
			return
		}
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func states(checks []Check) map[string]string {
	out := map[string]string{}
	for _, c := range checks {
		out[c.Name] = c.State
	}
	return out
}

// Each check is decided on its own: a token issued while order reads are refused for want of the
// order API group is a permission failure, not a key failure; a refused signature skips the rest.
func TestChecksOneByOne(t *testing.T) {
	ctx := context.Background()
	nc, err := naver.New("U8JZpDE0iGXlD6gNCFbaEP", "$2a$04$A.m5cKAa1oXZfFITnYi7k.", naver.WithRateLimit(rate.Inf, 1),
		naver.WithBaseURL(answering(t, http.StatusUnauthorized, `{"code":"GW.AUTHN","message":"요청을 보낼 권한이 없습니다.","traceId":"tr-1"}`)+"/external"),
		naver.WithRetry(retry.Policy{MaxTries: 1}))
	require.NoError(t, err)
	checks, err := Naver(ctx, nc, nil)
	require.Error(t, err)
	assert.Equal(t, map[string]string{CheckToken: CheckOK, CheckIP: CheckOK, CheckPermission: CheckFailed}, states(checks))
	assert.Contains(t, Failed(checks), "API 그룹에 '주문'")
	assert.Contains(t, Failed(checks), "tr-1")

	cc, err := coupang.New("A00012345", "a1b2c3d4-0000-4000-8000-000000000001", "0123456789abcdef0123456789abcdef01234567",
		coupang.WithRateLimit(rate.Inf, 1), coupang.WithRetry(retry.Policy{MaxTries: 1}),
		coupang.WithBaseURL(answering(t, http.StatusUnauthorized, `{"code":"ERROR","message":"Invalid signature.","data":null}`)))
	require.NoError(t, err)
	checks, err = Coupang(ctx, cc, "A00012345", nil)
	require.Error(t, err)
	assert.Equal(t, map[string]string{CheckSignature: CheckFailed, CheckIP: CheckSkipped, CheckPermission: CheckSkipped}, states(checks))

	// a client that could not even be built says why, in the seller's words
	checks, err = Coupang(ctx, nil, "A00012345", usererr.New("쿠팡 API 키를 사용할 수 없습니다.", errors.New("bad key")))
	require.Error(t, err)
	assert.Equal(t, "쿠팡 API 키를 사용할 수 없습니다.", Failed(checks))
	assert.Empty(t, Failed([]Check{{State: CheckOK}}))
}

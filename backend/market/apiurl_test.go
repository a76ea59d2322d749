package market

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/usererr"
)

func TestAPIURL(t *testing.T) {
	tests := []struct {
		m        order.Marketplace
		in, want string
		ok       bool
	}{
		{order.Naver, "", "", true},
		{order.Naver, "https://api.commerce.naver.com/external", "", true},
		{order.Naver, " https://API.commerce.naver.com/external/ ", "", true},
		{order.Coupang, "https://api-gateway.coupang.com", "", true},
		{order.Coupang, "https://api-gateway.coupang.com/", "", true},
		{order.Naver, "https://relay.example.kr/external", "https://relay.example.kr/external", true},
		{order.Naver, "http://127.0.0.1:8080/external", "http://127.0.0.1:8080/external", true},
		{order.Coupang, "http://localhost:9000", "http://localhost:9000", true},
		{order.Coupang, "http://[::1]:9000", "http://[::1]:9000", true},
		{order.Naver, "http://127.9.9.9:80/external", "http://127.9.9.9:80/external", true},
		// plain http beyond this PC: anyone on the way reads the signatures and the token
		{order.Naver, "http://10.0.0.5:8080/external", "", false},
		{order.Coupang, "http://catcher.example.com", "", false},
		{order.Coupang, "http://127.0.0.1.nip.io", "", false},
		// the production host only at its own address
		{order.Naver, "http://api.commerce.naver.com/external", "", false},
		{order.Naver, "https://api.commerce.naver.com:8443/external", "", false},
		{order.Coupang, "https://api-gateway.coupang.com/other", "", false},
		{order.Coupang, "https://user:pw@relay.example.kr", "", false},
		{order.Coupang, "https://relay.example.kr?x=1", "", false},
		{order.Coupang, "https://relay.example.kr#frag", "", false},
		{order.Naver, "ftp://relay.example.kr", "", false},
		{order.Naver, "javascript:alert(1)", "", false},
		{order.Naver, "relay.example.kr", "", false},
	}
	for _, tt := range tests {
		got, err := APIURL(tt.m, tt.in)
		if !tt.ok {
			require.Error(t, err, tt.in)
			assert.ErrorIs(t, err, ErrAPIURL, tt.in)
			k, _ := usererr.Korean(err)
			assert.Contains(t, k, "API 주소", tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

package app

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/connect"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
)

const (
	connNaverID     = "U8JZpDE0iGXlD6gNCFbaEP"
	connNaverSecret = "$2a$04$A.m5cKAa1oXZfFITnYi7k."
	connCoupangKey  = "a1b2c3d4-0000-4000-8000-000000000001"
	connCoupangSec  = "0123456789abcdef0123456789abcdef01234567"
)

// jsonServer answers every call with status and body, and the token endpoint with a token.
func jsonServer(t *testing.T, status int, body string) string {
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

// naverSim serves a simulated Naver in its real-world form; edit may break it.
func naverSim(t *testing.T, edit func(*naversim.Sim)) string {
	t.Helper()
	s := naversim.New(naversim.Config{ClientID: connNaverID, ClientSecret: connNaverSecret, Seed: 2, NoRateLimit: true,
		Real: naversim.RealWorld()})
	if edit != nil {
		edit(s)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv.URL + "/external"
}

func coupangSim(t *testing.T) (string, coupangsim.Config) {
	t.Helper()
	cfg := coupangsim.DefaultConfig()
	cfg.RateLimit, cfg.ListDelay, cfg.InitialOrders = -1, 0, 0
	s, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv.URL, cfg
}

func TestTestConnection(t *testing.T) {
	naverKeys := func(base string) SettingsInput {
		return SettingsInput{NaverClientID: connNaverID, NaverClientSecret: connNaverSecret, NaverBaseURL: base}
	}
	coupangKeys := func(base, vendor string) SettingsInput {
		return SettingsInput{CoupangVendorID: vendor, CoupangAccessKey: connCoupangKey, CoupangSecretKey: connCoupangSec, CoupangBaseURL: base}
	}
	simURL, simCfg := coupangSim(t)
	tests := []struct {
		name   string
		market string
		in     SettingsInput
		ok     bool
		states map[string]string // check name → state
		want   string            // in the summary
	}{
		{"no keys saved", "naver", SettingsInput{}, false, nil, "API 키가 저장되어 있지 않습니다"},
		{"naver works", "naver", naverKeys(naverSim(t, nil)), true,
			map[string]string{connect.CheckToken: connect.CheckOK, connect.CheckIP: connect.CheckOK, connect.CheckPermission: connect.CheckOK}, "모두 정상"},
		{"naver refuses orders by IP, tokens still issued", "naver",
			naverKeys(naverSim(t, func(s *naversim.Sim) { s.SetOrderIPAllowed(false) })), false,
			map[string]string{connect.CheckToken: connect.CheckOK, connect.CheckIP: connect.CheckFailed, connect.CheckPermission: connect.CheckSkipped}, "API 호출 IP에"},
		{"naver refuses everything by IP", "naver",
			naverKeys(naverSim(t, func(s *naversim.Sim) { s.SetIPAllowed(false) })), false,
			map[string]string{connect.CheckToken: connect.CheckSkipped, connect.CheckIP: connect.CheckFailed, connect.CheckPermission: connect.CheckSkipped}, "API 호출 IP에"},
		{"naver refuses the secret", "naver",
			SettingsInput{NaverClientID: connNaverID, NaverClientSecret: "$2a$04$hvrKhv.NZGBP4SWuN4qJ2u", NaverBaseURL: naverSim(t, nil)}, false,
			map[string]string{connect.CheckToken: connect.CheckFailed, connect.CheckIP: connect.CheckSkipped, connect.CheckPermission: connect.CheckSkipped}, "시크릿을 그대로 복사해"},
		{"naver PC clock 10 minutes fast", "naver",
			naverKeys(naverSim(t, func(s *naversim.Sim) { s.SetClockOffset(-10 * time.Minute) })), false,
			map[string]string{connect.CheckToken: connect.CheckFailed, connect.CheckIP: connect.CheckSkipped, connect.CheckPermission: connect.CheckSkipped}, "지금 동기화"},
		{"naver without the order API group", "naver",
			naverKeys(jsonServer(t, http.StatusUnauthorized, `{"code":"GW.AUTHN","message":"요청을 보낼 권한이 없습니다.","traceId":"tr-1"}`) + "/external"), false,
			map[string]string{connect.CheckToken: connect.CheckOK, connect.CheckIP: connect.CheckOK, connect.CheckPermission: connect.CheckFailed}, "API 그룹에 '주문'"},
		{"coupang works", "coupang", coupangKeys(simURL, simCfg.VendorID), true,
			map[string]string{connect.CheckSignature: connect.CheckOK, connect.CheckIP: connect.CheckOK, connect.CheckPermission: connect.CheckOK}, "모두 정상"},
		{"coupang signature refused", "coupang",
			coupangKeys(jsonServer(t, http.StatusUnauthorized, `{"code":"ERROR","message":"Invalid signature.","data":null}`), "A00012345"), false,
			map[string]string{connect.CheckSignature: connect.CheckFailed, connect.CheckIP: connect.CheckSkipped, connect.CheckPermission: connect.CheckSkipped}, "서명"},
		{"coupang IP not registered", "coupang",
			coupangKeys(jsonServer(t, http.StatusForbidden, `{"code":"ERROR","message":"Your ip address 203.0.113.7 is not allowed for this request.","data":null}`), "A00012345"), false,
			map[string]string{connect.CheckSignature: connect.CheckSkipped, connect.CheckIP: connect.CheckFailed, connect.CheckPermission: connect.CheckSkipped}, "IP"},
		{"coupang vendor code of another seller", "coupang", coupangKeys(simURL, "A00099999"), false,
			map[string]string{connect.CheckSignature: connect.CheckOK, connect.CheckIP: connect.CheckOK, connect.CheckPermission: connect.CheckFailed}, "업체코드(A00099999)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := uiOf(newTestApp(t))
			tt.in.SyncIntervalMinutes = 5
			_, err := d.SaveSettings(tt.in)
			require.NoError(t, err)
			res, err := d.TestConnection(tt.market)
			require.NoError(t, err)
			assert.Equal(t, tt.ok, res.OK, res.Message)
			assert.Contains(t, res.Message, tt.want)
			got := map[string]string{}
			for _, c := range res.Checks {
				got[c.Name] = c.State
				assert.NotEmpty(t, c.Label)
				assert.NotEmpty(t, c.Message)
				for _, secret := range []string{tt.in.NaverClientSecret, tt.in.CoupangSecretKey, tt.in.CoupangAccessKey} {
					if secret != "" {
						assert.NotContains(t, c.Message, secret)
					}
				}
			}
			if tt.states != nil {
				assert.Equal(t, tt.states, got, "%+v", res.Checks)
			}
		})
	}
	_, err := uiOf(newTestApp(t)).TestConnection("11st")
	assert.EqualError(t, err, "알 수 없는 마켓입니다: 11st")
}

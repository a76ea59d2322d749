package app

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	markets "sellerdesk/backend/market"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/syncer"
)

// catcher counts the calls that reach it: the address an attacker would give.
func catcher(t *testing.T) (string, func() int) {
	t.Helper()
	var mu sync.Mutex
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		mu.Unlock()
		w.WriteHeader(http.StatusTeapot)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func() int { mu.Lock(); defer mu.Unlock(); return n }
}

func newLockedApp(t *testing.T) *App {
	t.Helper()
	a, err := New(context.Background(), Config{DataDir: filepath.Join(t.TempDir(), "data"), LockTimeout: 200 * time.Millisecond,
		APIURLsLocked: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	return a
}

// The attack of issue 18 point 3: a logged-in browser points an address at a catcher and presses
// 연결 테스트, so the saved keys sign calls to it. The browser door may not change an address;
// the window may, and then the saved secrets are not sent there.
func TestAPIURLChangeDoesNotSendSavedKeys(t *testing.T) {
	naverBase, coupangBase := naverSim(t, nil), func() string { u, _ := coupangSim(t); return u }()
	keys := SettingsInput{NaverClientID: connNaverID, NaverClientSecret: connNaverSecret, NaverBaseURL: naverBase,
		CoupangVendorID: "A00012345", CoupangAccessKey: connCoupangKey, CoupangSecretKey: connCoupangSec, CoupangBaseURL: coupangBase,
		SyncIntervalMinutes: 5}

	t.Run("browser door", func(t *testing.T) {
		a := newLockedApp(t)
		// Keys saved before (in the window or by an older version) at the simulators' addresses.
		s, err := applyInput(Settings{SyncIntervalMinutes: 5}, keys, false)
		require.NoError(t, err)
		require.NoError(t, a.PutSettings(context.Background(), s))
		d := uiOf(a)
		v, err := d.GetSettings()
		require.NoError(t, err)
		assert.True(t, v.APIURLsLocked)
		assert.Contains(t, v.APIURLNote, "--allow-api-url")

		url, calls := catcher(t)
		for _, in := range []SettingsInput{{NaverBaseURL: url + "/external"}, {CoupangBaseURL: url},
			{NaverBaseURL: "https://api.commerce.naver.com/external"}, // back to production is a change too
			{NaverBaseURL: url + "/external", NaverClientSecret: connNaverSecret}} {
			_, err := d.SaveSettings(in)
			require.Error(t, err, "%+v", in)
			assert.ErrorIs(t, err, markets.ErrAPIURL)
			assert.Contains(t, SellerMessage(err), "브라우저 접속에서는 API 주소를 바꿀 수 없습니다")
		}
		// The form saves the addresses as loaded: that is no change, and other fields save.
		v, err = d.SaveSettings(SettingsInput{NaverBaseURL: naverBase + "/", CoupangBaseURL: coupangBase, SyncIntervalMinutes: 7})
		require.NoError(t, err)
		assert.Equal(t, 7, v.SyncIntervalMinutes)
		assert.Equal(t, naverBase, v.NaverBaseURL)
		for _, m := range []string{"naver", "coupang"} {
			res, err := d.TestConnection(m)
			require.NoError(t, err)
			assert.True(t, res.OK, res.Message)
		}
		assert.Zero(t, calls(), "nothing reached the catcher")
	})

	t.Run("window", func(t *testing.T) {
		a := newTestApp(t)
		d := uiOf(a)
		_, err := d.SaveSettings(keys)
		require.NoError(t, err)
		// a token kept for the simulator's address
		res, err := d.TestConnection("naver")
		require.NoError(t, err)
		require.True(t, res.OK, res.Message)
		require.NoError(t, syncer.StoreTokenCache{Store: a.Store(), ClientID: connNaverID}.SaveToken(context.Background(),
			naver.Token{AccessToken: "kept-token", ExpiresAt: time.Now().Add(time.Hour)}))

		url, calls := catcher(t)
		v, err := d.SaveSettings(SettingsInput{NaverBaseURL: url + "/external", CoupangBaseURL: url})
		require.NoError(t, err)
		assert.Empty(t, v.NaverSecretHint, "the Naver secret is cleared")
		assert.Empty(t, v.CoupangAccessHint)
		assert.Empty(t, v.CoupangSecretHint)
		assert.Equal(t, connNaverID, v.NaverClientID, "the ids stay: they are no secret")
		assert.Equal(t, "A00012345", v.CoupangVendorID)
		assert.Contains(t, v.Notice, "네이버 API 주소가 바뀌어 저장된 키를 지웠습니다")
		assert.Contains(t, v.Notice, "쿠팡 API 주소가 바뀌어")
		_, kept, err := syncer.StoreTokenCache{Store: a.Store(), ClientID: connNaverID}.LoadToken(context.Background())
		require.NoError(t, err)
		assert.False(t, kept, "the token of the old address is forgotten")
		for _, m := range []string{"naver", "coupang"} {
			res, err := d.TestConnection(m)
			require.NoError(t, err)
			assert.False(t, res.OK)
			assert.Contains(t, res.Message, "API 키가 저장되어 있지 않습니다")
		}
		_, _ = a.SyncOnce(context.Background())
		assert.Zero(t, calls(), "nothing reached the new address without keys typed for it")

		// Keys typed again in the same save go to the new address: the seller's choice.
		v, err = d.SaveSettings(SettingsInput{NaverBaseURL: naverBase, NaverClientSecret: connNaverSecret})
		require.NoError(t, err)
		assert.NotEmpty(t, v.NaverSecretHint)
		assert.Empty(t, v.Notice)
		res, err = d.TestConnection("naver")
		require.NoError(t, err)
		assert.True(t, res.OK, res.Message)

		_, err = d.SaveSettings(SettingsInput{CoupangBaseURL: "http://10.0.0.9:8080"})
		assert.ErrorIs(t, err, markets.ErrAPIURL, "plain http beyond this PC is refused in the window too")
		// The window's settings form shows what Wails rejects with, err.Error(): the Korean reason.
		assert.Equal(t, SellerMessage(err), err.Error())
		assert.Contains(t, err.Error(), "다른 컴퓨터로는 암호화된 https 주소만 쓸 수 있습니다")
	})
}

// SELLERDESK_*_BASE_URL are set by whoever runs the program: kept, but under the same rule.
func TestEnvironmentAPIURLFollowsTheRule(t *testing.T) {
	url, calls := catcher(t)
	env := map[string]string{
		EnvNaverClientID: connNaverID, EnvNaverClientSecret: connNaverSecret, EnvNaverBaseURL: "http://192.0.2.10/external",
		EnvCoupangVendorID: "A00012345", EnvCoupangAccessKey: connCoupangKey, EnvCoupangSecretKey: connCoupangSec, EnvCoupangBaseURL: url,
	}
	a, err := New(context.Background(), Config{DataDir: filepath.Join(t.TempDir(), "data"), LockTimeout: 200 * time.Millisecond,
		Env: func(k string) string { return env[k] }})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	d := uiOf(a)
	res, err := d.TestConnection("naver")
	require.NoError(t, err)
	assert.False(t, res.OK)
	assert.Contains(t, res.Message, "네이버 API 주소는")
	res, err = d.TestConnection("coupang")
	require.NoError(t, err)
	assert.Equal(t, 1, calls(), "http on this PC is allowed (a simulator, a local relay): %s", res.Message)
}

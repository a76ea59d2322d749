package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
)

// The bridge places each bound struct under its Go package, as the Wails bindings do: the
// claims screen's struct lives in app/answers (window.go.answers.Claims), the others in app.
func TestBridgeNamesEachStructsPackage(t *testing.T) {
	a, err := app.New(context.Background(), app.Config{DataDir: filepath.Join(t.TempDir(), "data"), LockTimeout: time.Second, PasswordCost: 4})
	require.NoError(t, err)
	defer a.Close()
	srv := httptest.NewUnstartedServer(nil)
	s, err := New(Config{Bound: a.Bound(), Events: a.Events(), Assets: fstest.MapFS{"index.html": {Data: []byte("<html><head></head></html>")}},
		Passwords: a.Store(), PasswordCost: 4, Hosts: HostsFor(srv.Listener.Addr(), nil)})
	require.NoError(t, err)
	srv.Config.Handler = s
	srv.Start()
	defer srv.Close()
	res, err := http.Get(srv.URL + "/sellerdesk-bridge.js")
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Contains(t, string(b), `"Claims":"answers"`)
	assert.Contains(t, string(b), `"Orders":"app"`)
	assert.NotContains(t, string(b), "SELLERDESK_PACKAGES_JSON")
}

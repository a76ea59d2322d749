package web

import (
	"io"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The bridge places each bound struct under its Go package, as the Wails bindings do: the
// claims screen's struct lives in app/answers (window.go.answers.Claims), the others in app.
func TestBridgeNamesEachStructsPackage(t *testing.T) {
	_, srv := realDoor(t)
	res, err := http.Get(srv.URL + "/sellerdesk-bridge.js")
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Contains(t, string(b), `"Claims":"answers"`)
	assert.Contains(t, string(b), `"Orders":"app"`)
	assert.NotContains(t, string(b), "SELLERDESK_PACKAGES_JSON")
}

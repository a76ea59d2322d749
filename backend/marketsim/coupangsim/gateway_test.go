package coupangsim

import (
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Coupang's gateway waits 3 s for an answer unless the call sends X-EXTENDED-TIMEOUT
// (milliseconds); a list that takes longer is answered 504 with the documented message. Single
// lookups and writes are not lists.
func TestGatewayTimeout(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil; c.ListWork = 4 * time.Second })
	ids := h.sim.AddOrders(1)
	b, _ := h.sim.Box(ids[0])
	day := "createdAtFrom=2024-04-10%2B09:00&createdAtTo=2024-04-10%2B09:00&status=ACCEPT"
	lists := []struct{ name, path, query string }{
		{"order sheets by day", pathAt("v5", "/ordersheets"), day},
		{"order sheets by minute", pathAt("v5", "/ordersheets"), "createdAtFrom=2024-04-10T00:00%2B09:00&createdAtTo=2024-04-10T23:59%2B09:00&searchType=timeFrame&status=ACCEPT"},
		{"returns", pathAt("v6", "/returnRequests"), "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=UC"},
		{"withdrawn returns", pathAt("v4", "/returnWithdrawRequests"), "dateFrom=2024-04-04&dateTo=2024-04-10"},
		{"exchanges", pathAt("v4", "/exchangeRequests"), "createdAtFrom=2024-04-09T00:00:00&createdAtTo=2024-04-10T00:00:00"},
	}
	for _, l := range lists {
		for _, tc := range []struct {
			header string
			status int
		}{
			{"", http.StatusGatewayTimeout},
			{"3000", http.StatusGatewayTimeout},
			{"not-a-number", http.StatusGatewayTimeout},
			{"4000", http.StatusOK},
			{"90000", http.StatusOK},
		} {
			st, body := callWith(t, h, "GET", l.path, l.query, tc.header)
			assert.Equal(t, tc.status, st, "%s with X-EXTENDED-TIMEOUT %q: %s", l.name, tc.header, body)
			if tc.status == http.StatusGatewayTimeout {
				assert.JSONEq(t, `{"code":"ERROR","message":"Request timed out, if the situation continues consider applying timeout extension."}`, body)
			}
		}
	}
	st, body := callWith(t, h, "GET", pathAt("v5", fmt.Sprintf("/ordersheets/%d", b.ID)), "", "")
	assert.Equal(t, http.StatusOK, st, "a single box is no list: %s", body)

	// ListWork 0 answers every list
	quick := newHarness(t, func(c *Config) { c.Versions = nil })
	st, body = callWith(t, quick, "GET", pathAt("v5", "/ordersheets"), day, "")
	assert.Equal(t, http.StatusOK, st, body)
	assert.Equal(t, 4*time.Second, DefaultConfig().ListWork, "the realistic configuration needs the header")
}

// callWith is a signed call with X-EXTENDED-TIMEOUT set to ext ("" sends none).
func callWith(t *testing.T, h *harness, method, path, query, ext string) (int, string) {
	t.Helper()
	u := h.srv.URL + path
	if query != "" {
		u += "?" + query
	}
	req, err := http.NewRequest(method, u, nil)
	require.NoError(t, err)
	date := h.clock.Now().UTC().Format("060102T150405Z")
	req.Header.Set("Authorization", fmt.Sprintf("CEA algorithm=HmacSHA256, access-key=%s, signed-date=%s, signature=%s",
		h.cfg.AccessKey, date, sign(h.cfg.SecretKey, date, method, path, query)))
	if ext != "" {
		req.Header.Set("X-EXTENDED-TIMEOUT", ext)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(raw)
}

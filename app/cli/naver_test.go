package cli

import (
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
	"sellerdesk/backend/export"
	"sellerdesk/backend/marketsim/naversim"
)

// The Naver half of issue 11's "done when", from the CLI door: against the simulated Naver in its
// real-world form (no data for a quiet window, the documented more cursor, the token clock rule
// and error bodies), a store with orders three days ago and today and nothing in between, whose
// clock runs 3 s behind this PC, syncs everything exactly once in one `sync --once`.
func TestSyncOnceNaverQuietDaysAndAFastPCClock(t *testing.T) {
	ns := naversim.New(naversim.Config{ClientID: doorNaverID, ClientSecret: doorNaverSecret, Seed: 11, NoRateLimit: true,
		Real: naversim.RealWorld(), ClockOffset: -3 * time.Second})
	// three days ago, inside the first run's 3-day look-back; then two quiet days; then today
	old := ns.AddOrdersAt(4, time.Now().Add(-3*time.Second-71*time.Hour))
	fresh := ns.AddOrders(5)
	srv := httptest.NewServer(ns)
	defer srv.Close()
	dir := filepath.Join(t.TempDir(), "data")
	t.Setenv(app.EnvNaverClientID, doorNaverID)
	t.Setenv(app.EnvNaverClientSecret, doorNaverSecret)
	t.Setenv(app.EnvNaverBaseURL, srv.URL+"/external")

	out := syncDoor(t, dir, "--market", "naver")
	assert.Contains(t, out, "네이버 동기화 완료: 새 주문 9, 변경 0")
	calls := ns.Calls()
	assert.Equal(t, 1, calls[naversim.EndpointToken], "the first token request is accepted")
	assert.Equal(t, 3, calls[naversim.EndpointChangedStatuses], "three 24 h windows, the middle one answered without data")

	code, out, errOut := runDoor(t, "export", "--format", "json", "--market", "naver", "--data-dir", dir)
	require.Equal(t, 0, code, errOut)
	var doc export.Document
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	seen := map[string]int{}
	for _, s := range doc.Shipments {
		seen[s.ID]++
	}
	want := map[string]int{}
	for _, id := range append(old, fresh...) {
		want[id] = 1
	}
	assert.Equal(t, want, seen, "every product order exactly once")

	// the next run finds nothing new, with the saved token
	out = syncDoor(t, dir, "--market", "naver")
	assert.Contains(t, out, "네이버 동기화 완료: 새 주문 0, 변경 0")
	assert.Equal(t, 1, ns.Calls()[naversim.EndpointToken])
	assert.False(t, ns.Penalized())
}

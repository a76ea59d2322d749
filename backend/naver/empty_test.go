package naver

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/marketsim/naversim"
)

// Naver answers a read with nothing in it without a "data" key ("조회된 정보가 없을 경우 data키
// 없음"): that is an empty page, never an error.

func TestQuietWindowIsAnEmptyPage(t *testing.T) {
	env := newSimEnvWith(t, naversim.Config{Real: naversim.Realism{NoEmptyData: true}})
	ctx := context.Background()
	old := env.sim.AddOrders(2)
	env.clock.Add(70 * time.Hour) // a quiet weekend
	fresh := env.sim.AddOrders(3)
	env.clock.Add(time.Minute)

	now := env.clock.Now()
	var pages int
	var got []string
	err := env.client.ChangedStatuses(ctx, now.Add(-72*time.Hour), now, 0, func(p ChangedStatusesPage) error {
		pages++
		for _, r := range p.Statuses {
			got = append(got, string(r.ProductOrderID))
		}
		return nil
	})
	require.NoError(t, err, "a window without changes is not an error")
	assert.Equal(t, 3, pages, "three 24 h windows, the middle one empty")
	assert.Equal(t, append(old, fresh...), got)

	res, err := env.client.QueryProductOrders(ctx, []string{"2026112299999998", "2026112299999999"})
	require.NoError(t, err, "a query of unknown ids is not an error")
	assert.Empty(t, res.Orders)
	assert.Equal(t, []string{"2026112299999998", "2026112299999999"}, res.Missing)
}

func TestAnswersWithoutData(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("GNCP-GW-Trace-ID", "t-1")
		if r.URL.Path == "/v1/oauth2/token" {
			_, _ = io.WriteString(w, `{"access_token":"tok","expires_in":10800,"token_type":"Bearer"}`)
			return
		}
		_, _ = io.WriteString(w, `{"timestamp":"2026-11-22T09:30:00.000+09:00","traceId":"t-1"}`)
	}))
	defer srv.Close()
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL), WithRateLimit(rate.Inf, 0),
		WithRetry(RetryPolicy{MaxTries: 1}))
	require.NoError(t, err)
	ctx := context.Background()

	ids, err := c.ProductOrderIDs(ctx, "2026112200000001")
	require.NoError(t, err)
	assert.Empty(t, ids)

	page, err := c.ChangedStatusesPage(ctx, ChangedStatusesQuery{From: time.Now().Add(-time.Hour)})
	require.NoError(t, err)
	assert.Empty(t, page.Statuses)
	assert.Nil(t, page.More)
	assert.Equal(t, "t-1", page.TraceID)

	lp, err := c.ListProductOrdersPage(ctx, ListQuery{From: time.Now().Add(-time.Hour), RangeType: "PAYED_DATETIME"}, 1)
	require.NoError(t, err)
	assert.Empty(t, lp.Orders)
	assert.False(t, lp.HasNext)

	// A write answered without data tells nothing about what was applied.
	_, err = c.Confirm(ctx, []string{"2026112210000001"})
	assert.True(t, IsOutcomeUnknown(err), "%v", err)
}

// The documented more cursor names the first row not yet returned; the client passes it back as
// received, so rows sharing one instant across pages arrive exactly once.
func TestMoreCursorAsDocumented(t *testing.T) {
	env := newSimEnvWith(t, naversim.Config{Real: naversim.RealWorld()})
	ids := env.sim.AddOrders(8) // one instant
	env.clock.Add(time.Second)
	ids = append(ids, env.sim.AddOrders(3)...)
	env.clock.Add(time.Second)
	now := env.clock.Now()
	var got []string
	pages := 0
	err := env.client.ChangedStatuses(context.Background(), now.Add(-time.Hour), now, 3, func(p ChangedStatusesPage) error {
		pages++
		for _, r := range p.Statuses {
			got = append(got, string(r.ProductOrderID))
		}
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, ids, got, "every row once, in order")
	assert.Equal(t, 4, pages)
}

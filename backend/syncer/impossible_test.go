package syncer

import (
	"bytes"
	"context"
	"encoding/json"
	"golang.org/x/time/rate"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// hostileCounts serves the simulator, writing an impossible unit count into the given boxes of
// every order-sheet answer: what a broken or hostile server sends.
func hostileCounts(t *testing.T, sim http.Handler, counts map[int64]string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.URL.Path, "/ordersheets") {
			sim.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		sim.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		var env map[string]json.RawMessage
		if rec.Code == http.StatusOK && json.Unmarshal(body, &env) == nil {
			var sheets []map[string]json.RawMessage
			one := false
			if json.Unmarshal(env["data"], &sheets) != nil {
				var s map[string]json.RawMessage
				if json.Unmarshal(env["data"], &s) == nil {
					sheets, one = []map[string]json.RawMessage{s}, true
				}
			}
			for _, s := range sheets {
				var id int64
				_ = json.Unmarshal(s["shipmentBoxId"], &id)
				count, ok := counts[id]
				if !ok {
					continue
				}
				var items []map[string]json.RawMessage
				require.NoError(t, json.Unmarshal(s["orderItems"], &items))
				items[0]["shippingCount"] = json.RawMessage(count)
				s["orderItems"], _ = json.Marshal(items)
			}
			if one {
				env["data"], _ = json.Marshal(sheets[0])
			} else if sheets != nil {
				env["data"], _ = json.Marshal(sheets)
			}
			body, _ = json.Marshal(env)
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(rec.Code)
		_, _ = io.Copy(w, bytes.NewReader(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestImpossibleUnitCountDoesNotHoldTheSyncBack: one order sheet with a unit count over 2³¹ (as
// a number beyond what any integer holds, and as one that fits but no box does) refused the
// whole page of good orders on every run. Now the run stores the others, moves its cursor,
// reports the two in the sync log and in Korean, and the next run does the same.
func TestImpossibleUnitCountDoesNotHoldTheSyncBack(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	boxes := rig.sim.AddOrders(12)
	huge, big := boxes[3], boxes[8]
	srv := hostileCounts(t, rig.sim, map[int64]string{huge: "99999999999999999999", big: "2147483653"})
	src, err := NewCoupang(CoupangConfig{Client: coupangClient(t, rig.cfg, srv.URL, coupang.WithRateLimit(rate.Inf, 1))})
	require.NoError(t, err)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)

	for run := range 2 {
		res := e.Run(ctx, src)
		require.NoError(t, res.Err, "run %d", run)
		assert.Equal(t, 2, res.Skipped, "run %d", run)
		assert.Contains(t, res.ErrKorean, "쿠팡 주문 2건")
		assert.Contains(t, res.ErrKorean, "나머지 주문은 저장했습니다")
		joined := strings.Join(res.Warnings, "\n")
		assert.Contains(t, joined, "cannot be read")
		assert.Contains(t, joined, "impossible quantity")
		keys := storedKeys(t, st, order.Coupang)
		assert.Len(t, keys, len(boxes)-2)
		for _, b := range boxes {
			assert.Equal(t, b != huge && b != big, keys[boxKey(b)], "box %d", b)
		}
		for _, status := range []string{coupang.StatusAccept, coupang.StatusInstruct} {
			c, ok, err := st.Cursor(ctx, order.Coupang, CoupangCursor+"."+status)
			require.NoError(t, err)
			require.True(t, ok, "the %s cursor moved past the impossible boxes", status)
			assert.NotEmpty(t, c.Value)
		}
		runs, err := st.SyncRuns(ctx, order.Coupang, 1)
		require.NoError(t, err)
		require.Len(t, runs, 1)
		assert.Contains(t, runs[0].Err, "2 shipments skipped")
		assert.Equal(t, res.ErrKorean, runs[0].ErrKorean)
	}
}

// TestRecordTheStoreSetsAsideIsReported: a record the checks fail on is set aside by the store;
// the run reports it, stores the rest and tells no one of its findings.
func TestRecordTheStoreSetsAsideIsReported(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	boxes := rig.sim.AddOrders(6)
	st := openStore(t, t.TempDir())
	rec := newRecorder()
	bad := boxKey(boxes[2])
	e, err := New(Config{Store: st, Observer: rec, Check: func(prev, next *order.Shipment, now time.Time) {
		next.Findings = append(next.Findings, order.Finding{Code: "TEST", Severity: order.Warn, Message: "x", Line: -1, RaisedAt: now})
		if next.Key() == bad {
			panic("a check that cannot cope with this record")
		}
	}})
	require.NoError(t, err)
	res := e.Run(ctx, rig.source(t))
	require.NoError(t, res.Err)
	assert.Equal(t, 1, res.SetAside)
	assert.Equal(t, 1, res.Skipped)
	assert.Equal(t, len(boxes)-1, res.Added)
	assert.NotEmpty(t, res.ErrKorean)
	for _, f := range rec.findings {
		assert.NotEqual(t, bad, f.ShipmentKey, "no finding of a record that was not stored")
	}
	list, err := st.SetAsideRecords(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, bad, list[0].Key)
	assert.Equal(t, store.SetAsideInvalid, list[0].Kind)
}

package syncer

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

func boxKey(id int64) string { return order.ShipmentKey(order.Coupang, strconv.FormatInt(id, 10)) }

func callsOf(sim *coupangsim.Server) map[coupangsim.Endpoint]int {
	out := map[coupangsim.Endpoint]int{}
	for k, v := range sim.CallCounts() {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func TestCoupangSyncEconomyAndIdle(t *testing.T) {
	for _, n := range []int{0, 30, 120} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			ctx := context.Background()
			rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
			boxes := rig.sim.AddOrders(n)
			st := openStore(t, t.TempDir())
			rec := newRecorder()
			e := newEngine(t, st, rec, nil)
			src := rig.source(t)

			// the first run is a slow one: four statuses, five claim lists, the exchanges and the
			// withdrawals
			res := e.Run(ctx, src)
			require.NoError(t, res.Err)
			assert.Equal(t, n, res.Added)
			want := map[coupangsim.Endpoint]int{coupangsim.EndpointOrderSheets: max(1, ceilDiv(n, 50)) + 3,
				coupangsim.EndpointReturnRequests: 5, coupangsim.EndpointExchangeRequests: 1, coupangsim.EndpointReturnWithdrawRequests: 1}
			assert.Equal(t, want, callsOf(rig.sim))
			assert.Equal(t, want[coupangsim.EndpointOrderSheets]+7, res.Calls)
			keys := storedKeys(t, st, order.Coupang)
			require.Len(t, keys, n)
			for _, b := range boxes {
				assert.True(t, keys[boxKey(b)])
			}

			// the next runs poll ACCEPT and INSTRUCT, the three open claim lists and the exchanges
			rig.sim.ResetCalls()
			res = e.Run(ctx, src)
			require.NoError(t, res.Err)
			assert.Zero(t, res.Added+res.Changed)
			assert.Equal(t, map[coupangsim.Endpoint]int{coupangsim.EndpointOrderSheets: max(1, ceilDiv(n, 50)) + 1,
				coupangsim.EndpointReturnRequests: 3, coupangsim.EndpointExchangeRequests: 1}, callsOf(rig.sim))
		})
	}
}

func TestCoupangAcknowledgedBoxIsReadAgain(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	boxes := rig.sim.AddOrders(4)
	st := openStore(t, t.TempDir())
	rec := newRecorder()
	e := newEngine(t, st, rec, nil)
	src := rig.source(t)
	require.NoError(t, e.Run(ctx, src).Err)

	_, err := src.client.Acknowledge(ctx, boxes[:2])
	require.NoError(t, err)
	moved := coupangsim.Receiver{Name: "김이사", SafeNumber: "0502-1234-5678", ReceiverNumber: "010-2222-3333",
		Addr1: "부산광역시 해운대구 센텀중앙로 97", Addr2: "1203호", PostCode: "48058"}
	require.NoError(t, rig.sim.ForceChangeReceiver(boxes[0], moved))
	rig.sim.ResetCalls()
	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Equal(t, 2, res.Changed)
	assert.Equal(t, 2, rig.sim.Calls(coupangsim.EndpointOrderSheet), "each newly acknowledged box read once singly")
	got, err := st.Shipment(ctx, boxKey(boxes[0]))
	require.NoError(t, err)
	assert.Equal(t, order.StatusAcknowledged, got.Status)
	assert.Equal(t, "부산광역시 해운대구 센텀중앙로 97", got.Receiver.Address1)
	require.Len(t, rec.findings, 1)
	assert.Equal(t, boxKey(boxes[0]), rec.findings[0].ShipmentKey)

	rig.sim.ResetCalls()
	res = e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Zero(t, rig.sim.Calls(coupangsim.EndpointOrderSheet), "read singly only once")
	assert.Zero(t, res.Changed)
}

func TestCoupangClaims(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	boxes := rig.sim.AddOrders(6)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	src := rig.source(t)
	require.NoError(t, e.Run(ctx, src).Err)

	whole, ok := rig.sim.Box(boxes[0])
	require.True(t, ok)
	_, err := rig.sim.CancelBox(boxes[0], whole.Units) // cancelled at 결제완료: leaves the lists
	require.NoError(t, err)
	_, err = src.client.Acknowledge(ctx, boxes[1:2])
	require.NoError(t, err)
	_, err = rig.sim.CancelBox(boxes[1], 1) // during 상품준비중: a stop-shipment request
	require.NoError(t, err)

	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	got, err := st.Shipment(ctx, boxKey(boxes[0]))
	require.NoError(t, err)
	assert.Equal(t, order.StatusCanceled, got.Status)
	require.NotNil(t, got.Claim)
	assert.Equal(t, order.ClaimCancel, got.Claim.Type)
	assert.Zero(t, got.UnitsToShip())

	got, err = st.Shipment(ctx, boxKey(boxes[1]))
	require.NoError(t, err)
	require.NotNil(t, got.Claim)
	assert.Equal(t, order.ClaimCancel, got.Claim.Type)
	assert.True(t, got.Claim.Open)
	assert.Equal(t, coupang.ReturnStopRequested, got.Claim.MarketStatus)

	// the claim stays when later list reads (which carry no claim) store the box again
	rig.sim.ResetCalls()
	res = e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Zero(t, rig.sim.Calls(coupangsim.EndpointOrderSheet), "unchanged claims are not read again")
	got, err = st.Shipment(ctx, boxKey(boxes[1]))
	require.NoError(t, err)
	require.NotNil(t, got.Claim)
}

func TestCoupangRateLimitBacksOff(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	rig.sim.AddOrders(3)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	src := rig.source(t)
	rig.sim.InjectFault(coupangsim.EndpointOrderSheets, coupangsim.FaultRateLimited)
	res := e.Run(ctx, src)
	require.Error(t, res.Err)
	assert.True(t, coupang.IsRateLimit(res.Err))
	assert.False(t, res.Stopped)
	assert.GreaterOrEqual(t, res.RetryAfter, time.Minute)
	assert.Equal(t, coupang.SellerMessage(res.Err), res.ErrKorean)
	assert.Equal(t, 1, rig.sim.Calls(coupangsim.EndpointOrderSheets), "a 429 is not retried")
}

func TestCoupangIPRefusalStops(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	rig.sim.InjectFault(coupangsim.EndpointOrderSheets, coupangsim.FaultIPNotAllowed)
	res := e.Run(ctx, rig.source(t))
	require.Error(t, res.Err)
	assert.True(t, res.Stopped)
	assert.NotEmpty(t, res.ErrKorean)
}

func TestCoupangFaultsLoseNothing(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 150; c.FaultRate = 0.1; c.Seed = 5 })
	rig.sim.AddOrders(400)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	src := rig.source(t)
	var res Result
	runs := 0
	for runs < 8 { // a run that gives up after its retries is completed by the next one
		runs++
		if res = e.Run(ctx, src); res.Err == nil {
			break
		}
	}
	require.NoError(t, res.Err)
	t.Logf("completed after %d run(s); last run %d calls", runs, res.Calls)
	want := map[string]bool{}
	for _, b := range rig.sim.Boxes() {
		if b.Listed && !b.FullyCancel && b.PaidAt.After(time.Now().Add(-6*24*time.Hour)) &&
			b.Status != coupang.StatusFinalDelivery && b.Status != coupang.StatusNoneTracking {
			want[boxKey(b.ID)] = true
		}
	}
	keys := storedKeys(t, st, order.Coupang)
	for k := range want {
		assert.True(t, keys[k], "lost %s", k)
	}
	assert.Zero(t, rig.sim.Calls(coupangsim.EndpointAcknowledge)+rig.sim.Calls(coupangsim.EndpointInvoices), "no writes")
	assert.NotZero(t, rig.sim.Faults()[coupangsim.FaultServerError]+rig.sim.Faults()[coupangsim.FaultGatewayTimeout]+
		rig.sim.Faults()[coupangsim.FaultTruncated]+rig.sim.Faults()[coupangsim.FaultServiceUnavailable])
}

func TestCoupangClaimOnABoxThatCannotBeReadStaysOnTheStoredBox(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	boxes := rig.sim.AddOrders(2)
	var refuse atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if refuse.Load() && strings.Contains(r.URL.Path, "/ordersheets/") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			_, _ = io.WriteString(w, `{"code":"ERROR","message":"취소된 주문입니다."}`)
			return
		}
		rig.sim.ServeHTTP(w, r)
	}))
	defer srv.Close()
	src, err := NewCoupang(CoupangConfig{Client: coupangClient(t, rig.cfg, srv.URL, coupang.WithRateLimit(rate.Inf, 1))})
	require.NoError(t, err)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	require.NoError(t, e.Run(ctx, src).Err)

	_, err = rig.sim.CancelBox(boxes[0], 1)
	require.NoError(t, err)
	refuse.Store(true)
	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	got, err := st.Shipment(ctx, boxKey(boxes[0]))
	require.NoError(t, err)
	require.NotNil(t, got.Claim)
	assert.Equal(t, order.ClaimCancel, got.Claim.Type)
	assert.Zero(t, res.Skipped)
}

func TestCoupangSlowRunNoticesDeliveredBoxes(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	boxes := rig.sim.AddOrders(3)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	client := coupangClient(t, rig.cfg, rig.srv.URL, coupang.WithRateLimit(rate.Inf, 1))
	src, err := NewCoupang(CoupangConfig{Client: client, SlowEvery: 2})
	require.NoError(t, err)
	_, err = client.Acknowledge(ctx, boxes)
	require.NoError(t, err)
	for _, b := range boxes {
		sheet, err := src.client.OrderSheet(ctx, b)
		require.NoError(t, err)
		res, err := src.client.UploadInvoices(ctx, coupang.InvoicesForBox(sheet, "CJGLS", fmt.Sprintf("6400%08d", b%100000000)))
		require.NoError(t, err)
		require.NotEmpty(t, res.ResponseList)
		require.True(t, res.ResponseList[0].Succeed, "%+v", res.ResponseList[0])
	}
	rig.sim.ResetCalls()
	require.NoError(t, e.Run(ctx, src).Err) // slow run: the boxes are listed DEPARTURE
	got, err := st.Shipment(ctx, boxKey(boxes[0]))
	require.NoError(t, err)
	require.Equal(t, order.StatusShipped, got.Status)

	require.NoError(t, rig.sim.Deliver(boxes[0]))
	rig.sim.ResetCalls()
	require.NoError(t, e.Run(ctx, src).Err) // a quick run: not looked at
	assert.Zero(t, rig.sim.Calls(coupangsim.EndpointOrderSheet))
	require.NoError(t, e.Run(ctx, src).Err) // the next slow run reads the one box that left the lists
	assert.Equal(t, 1, rig.sim.Calls(coupangsim.EndpointOrderSheet))
	got, err = st.Shipment(ctx, boxKey(boxes[0]))
	require.NoError(t, err)
	assert.Equal(t, order.StatusDelivered, got.Status)
	got, err = st.Shipment(ctx, boxKey(boxes[1]))
	require.NoError(t, err)
	assert.Equal(t, order.StatusShipped, got.Status)
}

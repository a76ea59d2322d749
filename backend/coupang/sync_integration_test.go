package coupang_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/retry"
	"sellerdesk/backend/testclock"
)

func newSim(t *testing.T, edit func(*coupangsim.Config)) (*coupangsim.Server, *httptest.Server, *testclock.Clock) {
	t.Helper()
	clk := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	cfg := coupangsim.DefaultConfig()
	cfg.Now = clk.Now
	cfg.RateLimit = -1
	cfg.ListDelay = 0
	if edit != nil {
		edit(&cfg)
	}
	sim, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	return sim, srv, clk
}

func newClient(t *testing.T, srv *httptest.Server, clk *testclock.Clock, opts ...coupang.Option) *coupang.Client {
	t.Helper()
	cfg := coupangsim.DefaultConfig()
	base := []coupang.Option{
		coupang.WithBaseURL(srv.URL), coupang.WithClock(clk.Now), coupang.WithRateLimit(rate.Inf, 1),
		coupang.WithRetry(retry.Policy{MaxTries: 7, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond}),
		coupang.WithSleep(func(ctx context.Context, _ time.Duration) error { return ctx.Err() }),
	}
	c, err := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey, append(base, opts...)...)
	require.NoError(t, err)
	return c
}

// TestSyncFromSimulatorWithFaults syncs a few hundred shipments through the client from the
// simulator with random faults on: day lists per status with paging plus return requests.
func TestSyncFromSimulatorWithFaults(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 150
	}
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = n; c.Seed = 42; c.FaultRate = 0.15 })
	c := newClient(t, srv, clk)
	ctx := context.Background()
	now := clk.Now()
	from, to := now.AddDate(0, 0, -15), now

	// 1. Order sheets, one status per call, 50 per page.
	seen := map[string]order.Shipment{}
	for _, st := range coupang.OrderSheetStatuses() {
		sheets, err := c.OrderSheetsByDay(ctx, coupang.DayQuery{From: from, To: to, Status: st})
		require.NoError(t, err, st)
		for _, s := range sheets {
			sh, err := coupang.ToShipment(s)
			require.NoError(t, err)
			require.NoError(t, sh.Validate())
			_, dup := seen[sh.ID]
			require.False(t, dup, "box %s seen twice", sh.ID)
			seen[sh.ID] = sh
			assert.NotEmpty(t, s.Raw)
		}
	}
	expected := map[string]coupangsim.BoxView{}
	for _, v := range sim.Boxes() {
		if v.Listed {
			expected[strconv.FormatInt(v.ID, 10)] = v
		}
	}
	require.GreaterOrEqual(t, len(expected), n*9/10)
	require.Equal(t, len(expected), len(seen), "every listed shipment exactly once")
	for id, v := range expected {
		sh, ok := seen[id]
		require.True(t, ok, id)
		assert.Equal(t, v.Status, sh.MarketStatus, id)
		canceled, held := 0, 0
		for _, l := range sh.Lines {
			canceled += l.CanceledQty * l.Multiplier()
			held += l.HeldQty * l.Multiplier()
		}
		assert.Equal(t, v.CanceledUnits, canceled, id)
		assert.Equal(t, v.HeldUnits, held, id)
		assert.Equal(t, v.UnitsToShip, sh.UnitsToShip(), id)
	}
	pages := sim.Calls(coupangsim.EndpointOrderSheets)
	assert.GreaterOrEqual(t, pages, len(coupang.OrderSheetStatuses())+len(seen)/50, "paged at 50 per page")

	// 2. Cancels and returns: cancelType=CANCEL for 결제완료 cancels, RU/UC/CC/PR for the rest.
	claims := map[string][]coupang.BoxClaim{}
	queries := []coupang.ReturnQuery{{CancelType: "CANCEL"}, {Status: "RU"}, {Status: "UC"}, {Status: "CC"}, {Status: "PR"}}
	receipts := map[string]bool{}
	for _, q := range queries {
		q.From, q.To = from, to
		reqs, err := c.ReturnRequests(ctx, q)
		require.NoError(t, err)
		for _, r := range reqs {
			for _, bc := range coupang.ToClaims(r) {
				key := bc.ReceiptID + "/" + bc.ShipmentID
				if receipts[key] {
					continue // RU receipts also show under UC
				}
				receipts[key] = true
				claims[bc.ShipmentID] = append(claims[bc.ShipmentID], bc)
			}
		}
	}
	cancelled := 0
	for _, v := range sim.Boxes() {
		id := strconv.FormatInt(v.ID, 10)
		if v.CanceledQty+v.HeldQty == 0 {
			assert.Empty(t, claims[id], id)
			continue
		}
		cancelled++
		require.NotEmpty(t, claims[id], "cancellation on box %s seen", id)
		qty := 0
		for _, bc := range claims[id] {
			qty += bc.CancelCount
		}
		assert.Equal(t, v.CanceledQty+v.HeldQty, qty, id)
		if v.FullyCancel && v.Status == "ACCEPT" {
			assert.False(t, v.Listed)
			assert.Equal(t, order.ClaimCancel, claims[id][0].Claim.Type)
		}
		if v.HeldQty > 0 {
			assert.Equal(t, "RU", claims[id][0].Claim.MarketStatus)
			assert.True(t, claims[id][0].Claim.Open)
		}
	}
	assert.Positive(t, cancelled, "the seed has cancellations")
	faults := 0
	for _, k := range sim.Faults() {
		faults += k
	}
	assert.Positive(t, faults, "faults were on")
	t.Logf("synced %d shipments in %d list calls, %d cancelled/returned boxes; calls %v; faults %v",
		len(seen), pages, cancelled, sim.CallCounts(), sim.Faults())
}

// TestAcknowledgeAndInvoiceWithReadBack runs the seller's write flow against faults that lose
// answers after applying the change: the caller reads boxes back instead of retrying blindly.
func TestAcknowledgeAndInvoiceWithReadBack(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0; c.Seed = 9 })
	c := newClient(t, srv, clk)
	ctx := context.Background()
	ids := sim.AddOrders(70)
	held, err := strconv.ParseInt(strconv.FormatInt(ids[3], 10), 10, 64)
	require.NoError(t, err)

	sim.InjectFault(coupangsim.EndpointAcknowledge, coupangsim.FaultGatewayTimeoutApplied)
	res, err := c.Acknowledge(ctx, ids)
	var unknown *coupang.OutcomeUnknownError
	require.ErrorAs(t, err, &unknown)
	assert.True(t, coupang.IsGatewayTimeout(err))
	assert.Len(t, unknown.ShipmentBoxIDs, 50)
	assert.Empty(t, res.ResponseList)
	assert.Equal(t, 1, sim.Calls(coupangsim.EndpointAcknowledge), "not retried")

	// Read back the unknown boxes: they were acknowledged. Only the rest is sent again.
	done := map[int64]bool{}
	for _, id := range unknown.ShipmentBoxIDs {
		s, err := c.OrderSheet(ctx, id)
		require.NoError(t, err)
		if s.Status == coupang.StatusInstruct {
			done[id] = true
		}
	}
	require.Len(t, done, 50)
	var rest []int64
	for _, id := range ids {
		if !done[id] {
			rest = append(rest, id)
		}
	}
	res, err = c.Acknowledge(ctx, rest)
	require.NoError(t, err)
	assert.Equal(t, coupang.ResponseSuccess, res.ResponseCode)
	assert.Len(t, res.ResponseList, 20)

	// A buyer cancels one unit of a box after 상품준비중; the receiver of another changes.
	_, err = sim.CancelBox(held, 1)
	require.NoError(t, err)
	moved := ids[5]
	newRcv := coupangsim.Receiver{Name: "정하은", SafeNumber: "0502-7777-1234", Addr1: "대전광역시 서구 둔산로 100", Addr2: "5층", PostCode: "35242"}
	require.NoError(t, sim.ForceChangeReceiver(moved, newRcv))

	// Re-check each box after 상품준비중, then upload invoices for all of them.
	var invoices []coupang.Invoice
	for i, id := range ids {
		s, err := c.OrderSheet(ctx, id)
		require.NoError(t, err)
		sh, err := coupang.ToShipment(s)
		require.NoError(t, err)
		if id == moved {
			assert.Equal(t, "정하은", sh.Receiver.Name, "re-check sees the new receiver")
			assert.Equal(t, "35242", sh.Receiver.Zip)
		}
		invoices = append(invoices, coupang.InvoicesForBox(s, "CJGLS", strconv.Itoa(600000000000+i))...)
	}
	sim.InjectFault(coupangsim.EndpointInvoices, coupangsim.FaultNone, coupangsim.FaultTruncated)
	res, err = c.UploadInvoices(ctx, invoices)
	require.ErrorAs(t, err, &unknown, "the second call's answer was cut")
	assert.False(t, coupang.IsGatewayTimeout(err))
	firstCall := res.ResponseList
	require.NotEmpty(t, firstCall)
	assert.Equal(t, coupang.ResponsePartialError, res.ResponseCode, "the held box failed")
	var failed []coupang.BoxResult
	for _, r := range firstCall {
		if !r.Succeed {
			failed = append(failed, r)
		}
	}
	if assert.Len(t, failed, 1) {
		assert.Equal(t, coupang.Int64(held), failed[0].ShipmentBoxID)
		assert.Equal(t, "ORDER_DELIVERY_PARTIAL_STOP_REQUESTED", failed[0].ResultCode)
		assert.True(t, failed[0].RetryRequired)
	}
	// Read back the lost call's boxes: applied.
	for _, id := range unknown.ShipmentBoxIDs {
		s, err := c.OrderSheet(ctx, id)
		require.NoError(t, err)
		assert.Equal(t, coupang.StatusDeparture, s.Status, "box %d", id)
		assert.NotEmpty(t, s.InvoiceNumber)
	}
	assert.Equal(t, 2, sim.Calls(coupangsim.EndpointInvoices))
	for _, id := range ids {
		v, _ := sim.Box(id)
		if id == held {
			assert.Equal(t, "INSTRUCT", v.Status)
			continue
		}
		assert.Equal(t, "DEPARTURE", v.Status, "box %d", id)
	}
}

// TestClientStaysUnderSimulatorRateLimit runs the default client pace (5/s, burst 1) against the
// simulator's real 10/s limit on the wall clock: no 429.
func TestClientStaysUnderSimulatorRateLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("paced by the wall clock")
	}
	cfg := coupangsim.DefaultConfig()
	cfg.Now, cfg.ListDelay, cfg.InitialOrders = time.Now, 0, 0
	sim, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(sim)
	defer srv.Close()
	ids := sim.AddOrders(12)
	c, err := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey, coupang.WithBaseURL(srv.URL))
	require.NoError(t, err)
	for _, id := range ids {
		_, err := c.OrderSheet(context.Background(), id)
		require.NoError(t, err)
	}
	assert.True(t, sim.BlockedUntil().IsZero())

	// A burst without client pacing trips the block, and the client then stops calling.
	fast, err := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey, coupang.WithBaseURL(srv.URL), coupang.WithRateLimit(rate.Inf, 1))
	require.NoError(t, err)
	var rlErr error
	for range 30 {
		if _, err := fast.OrderSheet(context.Background(), ids[0]); err != nil {
			rlErr = err
			break
		}
	}
	require.True(t, coupang.IsRateLimit(rlErr), "%v", rlErr)
	before := sim.Calls(coupangsim.EndpointOrderSheet)
	_, err = fast.OrderSheet(context.Background(), ids[0])
	assert.True(t, coupang.IsRateLimit(err))
	assert.Equal(t, before, sim.Calls(coupangsim.EndpointOrderSheet), "no call while blocked")
	assert.Contains(t, coupang.SellerMessage(err), "분 뒤")
}

func TestSimulatorErrorsAreTyped(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	ids := sim.AddOrders(1)
	c := newClient(t, srv, clk, coupang.WithRetry(retry.Policy{MaxTries: 1}))
	ctx := context.Background()
	tests := []struct {
		fault coupangsim.Fault
		check func(error) bool
	}{
		{coupangsim.FaultIPNotAllowed, coupang.IsIPNotAllowed},
		{coupangsim.FaultAccessDenied, coupang.IsTemporaryBlock},
		{coupangsim.FaultRateLimited, coupang.IsRateLimit},
		{coupangsim.FaultGatewayTimeout, coupang.IsGatewayTimeout},
		{coupangsim.FaultTruncated, func(err error) bool { return errors.Is(err, coupang.ErrMalformedResponse) }},
	}
	for _, tc := range tests {
		t.Run(string(tc.fault), func(t *testing.T) {
			c := newClient(t, srv, clk, coupang.WithRetry(retry.Policy{MaxTries: 1}))
			sim.InjectFault(coupangsim.EndpointOrderSheet, tc.fault)
			_, err := c.OrderSheet(ctx, ids[0])
			assert.True(t, tc.check(err), "%v", err)
		})
	}

	// Wrong secret → invalid signature; wrong clock → expired signature; wrong vendor → 400.
	cfg := coupangsim.DefaultConfig()
	bad, err := coupang.New(cfg.VendorID, cfg.AccessKey, "wrong-secret", coupang.WithBaseURL(srv.URL), coupang.WithRateLimit(rate.Inf, 1), coupang.WithClock(clk.Now))
	require.NoError(t, err)
	_, err = bad.OrderSheet(ctx, ids[0])
	assert.True(t, coupang.IsSignatureOrClock(err))
	assert.False(t, coupang.IsClockSkew(err))
	assert.NotContains(t, err.Error(), "wrong-secret")
	skewed, err := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey, coupang.WithBaseURL(srv.URL), coupang.WithRateLimit(rate.Inf, 1),
		coupang.WithClock(func() time.Time { return clk.Now().Add(-10 * time.Minute) }))
	require.NoError(t, err)
	_, err = skewed.OrderSheet(ctx, ids[0])
	assert.True(t, coupang.IsClockSkew(err), "%v", err)
	other, err := coupang.New("A99999999", cfg.AccessKey, cfg.SecretKey, coupang.WithBaseURL(srv.URL), coupang.WithRateLimit(rate.Inf, 1), coupang.WithClock(clk.Now))
	require.NoError(t, err)
	_, err = other.OrderSheet(ctx, ids[0])
	var apiErr *coupang.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 404, apiErr.HTTPStatus, "a vendorId other than the key's is a wrong path")
	_ = c
}

func TestMinuteListsAndListDelay(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0; c.ListDelay = 10 * time.Minute })
	c := newClient(t, srv, clk)
	ctx := context.Background()
	ids := sim.AddOrders(3)
	q := coupang.MinuteQuery{From: clk.Now().Add(-time.Hour), To: clk.Now(), Status: coupang.StatusAccept}
	sheets, err := c.OrderSheetsByMinute(ctx, q)
	require.NoError(t, err)
	assert.Empty(t, sheets, "orders show in lists ~10 minutes after payment")
	one, err := c.OrderSheet(ctx, ids[0])
	require.NoError(t, err, "the single lookup is immediate")
	assert.Equal(t, coupang.Int64(ids[0]), one.ShipmentBoxID)
	byOrder, err := c.OrderSheetsByOrderID(ctx, int64(one.OrderID))
	require.NoError(t, err)
	assert.NotEmpty(t, byOrder)

	clk.Add(11 * time.Minute)
	q.To = clk.Now()
	sheets, err = c.OrderSheetsByMinute(ctx, q)
	require.NoError(t, err)
	assert.Len(t, sheets, len(ids))

	_, err = sim.CancelBox(ids[1], 1)
	require.NoError(t, err)
	reqs, err := c.ReturnRequests(ctx, coupang.ReturnQuery{From: clk.Now().Add(-time.Hour), To: clk.Now(), ByMinute: true, CancelType: "CANCEL"})
	require.NoError(t, err)
	require.Len(t, reqs, 1)
	claims := coupang.ToClaims(reqs[0])
	require.Len(t, claims, 1)
	assert.Equal(t, strconv.FormatInt(ids[1], 10), claims[0].ShipmentID)
	assert.Equal(t, order.ClaimCancel, claims[0].Claim.Type)
	assert.Equal(t, "CANCEL", reqs[0].CancelType)
}

// BenchmarkSyncFromSimulator measures a full day-list sync of 400 boxes (6 statuses, 50 per
// page) plus the cancel list, over loopback HTTP, without pacing.
func BenchmarkSyncFromSimulator(b *testing.B) {
	clk := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	cfg := coupangsim.DefaultConfig()
	cfg.Now, cfg.RateLimit, cfg.ListDelay, cfg.InitialOrders = clk.Now, -1, 0, 400
	sim, err := coupangsim.New(cfg)
	require.NoError(b, err)
	srv := httptest.NewServer(sim)
	defer srv.Close()
	c, err := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey, coupang.WithBaseURL(srv.URL),
		coupang.WithClock(clk.Now), coupang.WithRateLimit(rate.Inf, 1))
	require.NoError(b, err)
	ctx := context.Background()
	from, to := clk.Now().AddDate(0, 0, -15), clk.Now()
	b.ReportAllocs()
	for b.Loop() {
		total := 0
		for _, st := range coupang.OrderSheetStatuses() {
			sheets, err := c.OrderSheetsByDay(ctx, coupang.DayQuery{From: from, To: to, Status: st})
			if err != nil {
				b.Fatal(err)
			}
			for _, s := range sheets {
				if _, err := coupang.ToShipment(s); err != nil {
					b.Fatal(err)
				}
			}
			total += len(sheets)
		}
		if _, err := c.ReturnRequests(ctx, coupang.ReturnQuery{From: from, To: to, CancelType: "CANCEL"}); err != nil {
			b.Fatal(err)
		}
		if total < 350 {
			b.Fatalf("synced %d", total)
		}
	}
}

func TestCheckConnection(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	require.NoError(t, newClient(t, srv, clk).CheckConnection(context.Background()))
	assert.Equal(t, 1, sim.Calls(coupangsim.EndpointOrderSheets))
	cfg := coupangsim.DefaultConfig()
	bad, err := coupang.New(cfg.VendorID, cfg.AccessKey, "not-the-secret", coupang.WithBaseURL(srv.URL), coupang.WithClock(clk.Now))
	require.NoError(t, err)
	err = bad.CheckConnection(context.Background())
	assert.True(t, coupang.IsSignatureOrClock(err))
	assert.Contains(t, coupang.SellerMessage(err), "Secret Key")
}

package fulfil

import (
	"bytes"
	"context"
	"log/slog"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/check"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/syncer"
	"sellerdesk/backend/testclock"
)

// The one rule of 교환 재배송 on a Coupang exchange: offered once the goods are confirmed back
// (CompleteCollect) and Coupang made the re-delivery boxes (one or several), not before, not twice.
func TestCoupangRedeliveryOffered(t *testing.T) {
	exchange := func(stage string, boxes []string, number string) *order.Shipment {
		return &order.Shipment{Marketplace: order.Coupang, ID: "642538970006401511", Status: order.StatusDelivered,
			Claim: &order.Claim{Type: order.ClaimExchange, ID: "100700011", MarketStatus: coupang.ExchangeProgress, Open: true,
				Stage: stage, RedeliveryBoxes: boxes, RedeliveryNumber: number}}
	}
	one := []string{"853138000000005666"}
	for _, tc := range []struct {
		name string
		s    *order.Shipment
		want []ClaimAction
		todo string
	}{
		{"goods on their way back", exchange(coupang.CollectDelivering, nil, ""), []ClaimAction{ReceiveExchange, RejectExchange}, "입고 확인"},
		{"confirmed, the box not made yet", exchange(coupang.CollectComplete, nil, ""), nil, "최대 10분"},
		{"confirmed, the box made", exchange(coupang.CollectComplete, one, ""), []ClaimAction{RedeliverExchange}, "교환 송장"},
		{"two re-delivery boxes: one parcel each", exchange(coupang.CollectComplete, []string{"1", "2"}, ""), []ClaimAction{RedeliverExchange}, "재배송 박스를 2개"},
		{"re-delivered already", exchange(coupang.CollectComplete, one, "640012345681"), nil, "640012345681"},
		{"a box id that is not a number", exchange(coupang.CollectComplete, []string{"x"}, ""), nil, "교환 송장"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ClaimActions(tc.s))
			assert.Contains(t, ClaimTodo(tc.s), tc.todo)
		})
	}
	v := OpenClaimOf(exchange(coupang.CollectComplete, one, ""))
	require.Len(t, v.Answers, 1)
	assert.Equal(t, ClaimAnswer{Action: RedeliverExchange, Label: "교환 재배송", Needs: "parcel"}, v.Answers[0], "the same form as Naver's")
}

// coupangRig is the pipeline on a store, against the simulated Coupang through the real client and
// the sync's read-back.
type coupangRig struct {
	sim    *coupangsim.Server
	clock  *testclock.Clock
	client *coupang.Client
	st     *store.Store
	engine *syncer.Engine
	src    *syncer.CoupangSource
	p      *Pipeline
	log    *syncBuffer
}

// syncBuffer is a log sink the pipeline may write from its goroutine.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newCoupangRig(t *testing.T) *coupangRig { return newCoupangRigWith(t, nil) }

// newCoupangRigWith is newCoupangRig with the simulator's configuration edited first and the
// client's options added (e.g. the saved WING login id).
func newCoupangRigWith(t *testing.T, edit func(*coupangsim.Config), opts ...coupang.Option) *coupangRig {
	t.Helper()
	ctx := context.Background()
	clock := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	cfg := coupangsim.DefaultConfig()
	cfg.Now, cfg.RateLimit, cfg.ListDelay, cfg.InitialOrders, cfg.Seed = clock.Now, -1, 0, 0, 7
	cfg.ExchangeBoxDelay = 10 * time.Minute
	if edit != nil {
		edit(&cfg)
	}
	sim, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	c, err := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey, append([]coupang.Option{coupang.WithBaseURL(srv.URL), coupang.WithClock(clock.Now),
		coupang.WithRateLimit(rate.Inf, 1), coupang.WithSleep(func(ctx context.Context, _ time.Duration) error { return ctx.Err() })}, opts...)...)
	require.NoError(t, err)
	st, err := store.Open(ctx, t.TempDir(), store.Options{Now: clock.Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	engine, err := syncer.New(syncer.Config{Store: st, Now: clock.Now, Check: check.Apply}) // the real checks: the claim hold is theirs
	require.NoError(t, err)
	src, err := syncer.NewCoupang(syncer.CoupangConfig{Client: c})
	require.NoError(t, err)
	r := &coupangRig{sim: sim, clock: clock, client: c, st: st, engine: engine, src: src, log: &syncBuffer{}}
	r.p, err = New(Config{Store: st, Now: clock.Now, Logger: slog.New(slog.NewTextHandler(r.log, nil)),
		Markets: func(context.Context, []order.Marketplace) (map[order.Marketplace]Market, error) {
			return map[order.Marketplace]Market{order.Coupang: {Coupang: c, ReadBack: func(ctx context.Context, ids []string) (map[string]order.Shipment, map[string]error) {
				return engine.ReadBack(ctx, src, ids)
			}}}, nil
		}})
	require.NoError(t, err)
	return r
}

// exchanged makes n delivered boxes whose buyers asked to exchange them, stored the way the sync
// stores them; it returns the box keys and the exchange ids.
func (r *coupangRig) exchanged(t *testing.T, n int) ([]string, []int64) {
	t.Helper()
	ctx := context.Background()
	boxes := r.sim.AddOrders(n)
	_, err := r.client.Acknowledge(ctx, boxes)
	require.NoError(t, err)
	var keys, ids []string
	var exs []int64
	for i, b := range boxes {
		sheet, err := r.client.OrderSheet(ctx, b)
		require.NoError(t, err)
		res, err := r.client.UploadInvoices(ctx, coupang.InvoicesForBox(sheet, "CJGLS", "5400123400"+strconv.Itoa(10+i)))
		require.NoError(t, err)
		require.Empty(t, res.Failed())
		require.NoError(t, r.sim.Deliver(b))
		ex, err := r.sim.RequestExchange(b, 1, "사이즈 교환")
		require.NoError(t, err)
		exs = append(exs, ex)
		ids = append(ids, strconv.FormatInt(b, 10))
		keys = append(keys, order.ShipmentKey(order.Coupang, ids[i]))
	}
	r.read(t, ids...)
	return keys, exs
}

// receive confirms the exchanged boxes' goods back (입고 확인) through the pipeline, every one
// done; it returns the boxes' shipmentBoxIds.
func (r *coupangRig) receive(t *testing.T, keys []string) []string {
	t.Helper()
	out, err := r.p.AnswerClaims(context.Background(), ClaimRequest{Action: ReceiveExchange}, keys, "seller")
	require.NoError(t, err)
	require.Equal(t, Counts{OK: len(keys)}, out.Counts, "%+v", out.Items)
	ids := make([]string, len(keys))
	for i, k := range keys {
		ids[i] = k[len("coupang/"):]
	}
	return ids
}

// parcelElsewhere puts the tracking number (the courier's Coupang code) on another box, one the
// exchanges know nothing of, as a number already used.
func (r *coupangRig) parcelElsewhere(t *testing.T, courier, number string) {
	t.Helper()
	ctx := context.Background()
	other := r.sim.AddOrders(1)[0]
	_, err := r.client.Acknowledge(ctx, []int64{other})
	require.NoError(t, err)
	sheet, err := r.client.OrderSheet(ctx, other)
	require.NoError(t, err)
	_, err = r.client.UploadInvoices(ctx, coupang.InvoicesForBox(sheet, courier, number))
	require.NoError(t, err)
}

// read stores boxes as the sync would (its read-back).
func (r *coupangRig) read(t *testing.T, ids ...string) {
	t.Helper()
	_, failed := r.engine.ReadBack(context.Background(), r.src, ids)
	require.Empty(t, failed)
}

func (r *coupangRig) claim(t *testing.T, key string) *order.Claim {
	t.Helper()
	s, err := r.st.Shipment(context.Background(), key)
	require.NoError(t, err)
	require.NotNil(t, s.Claim)
	return s.Claim
}

// 교환 재배송 on Coupang through the one write pipeline: refused before the re-delivery box exists,
// sent for that box with the courier table's Coupang code, read back first (done already: not
// sent), a lost answer read back and never resent, a refusal in Korean with Coupang's words (the
// detail in the log), the number kept on the box's claim for the one-number-one-parcel rule.
func TestCoupangRedeliveryThroughThePipeline(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRig(t)
	keys, exs := r.exchanged(t, 5)
	ids := r.receive(t, keys)
	redeliver := func(key, courier, number string) Outcome {
		t.Helper()
		out, err := r.p.AnswerClaims(ctx, ClaimRequest{Action: RedeliverExchange, Courier: courier, TrackingNumber: number}, []string{key}, "seller")
		require.NoError(t, err)
		require.Len(t, out.Items, 1)
		return out
	}

	// within the 10 minutes: no box yet, nothing sent
	out := redeliver(keys[0], "CJ대한통운", "640012349901")
	assert.Equal(t, Skipped, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "교환 배송번호를 만들지 않았습니다")
	assert.Zero(t, r.sim.Calls(coupangsim.EndpointExchangeInvoices))

	r.clock.Add(10 * time.Minute)
	r.read(t, ids...) // the next sync
	v0, _ := r.sim.Exchange(exs[0])
	assert.Equal(t, []string{strconv.FormatInt(v0.NewBoxID, 10)}, r.claim(t, keys[0]).RedeliveryBoxes)

	// a courier Coupang has no code for, a number the courier's rule does not read
	out = redeliver(keys[0], "CU편의점택배", "640012349901")
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "쿠팡에서 쓸 수 없는 택배사")
	_, err := r.p.AnswerClaims(ctx, ClaimRequest{Action: RedeliverExchange, Courier: "CJ대한통운", TrackingNumber: "12"}, keys[:1], "seller")
	require.Error(t, err)
	assert.Zero(t, r.sim.Calls(coupangsim.EndpointExchangeInvoices))

	// sent: the new box, the courier table's code; the number is the box's re-delivery's
	out = redeliver(keys[0], "롯데택배", "640012349900")
	require.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	v0, _ = r.sim.Exchange(exs[0])
	assert.Equal(t, "HYUNDAI", v0.InvoiceCourier)
	assert.Equal(t, "640012349900", v0.InvoiceNumber)
	c := r.claim(t, keys[0])
	assert.Equal(t, "640012349900", c.RedeliveryNumber, "kept on the box's claim")
	assert.True(t, c.Open, "the exchange goes on until the buyer has the goods")
	audit, err := r.st.Audit(ctx, store.AuditQuery{ShipmentKey: keys[0]})
	require.NoError(t, err)
	assert.Equal(t, "claim-exchange-redeliver", audit[0].Action)
	assert.Contains(t, audit[0].Detail, "롯데택배 640012349900")
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointExchangeInvoices))

	// sent once: a second answer is not sent
	out = redeliver(keys[0], "롯데택배", "640012349900")
	assert.Equal(t, Skipped, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "이미 교환 송장(운송장 640012349900)을 올렸습니다")
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointExchangeInvoices), "not sent twice")

	// the same number for another exchange's parcel: refused before sending
	out = redeliver(keys[1], "롯데택배", "640012349900")
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "640012349900")
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointExchangeInvoices))

	// the answer lost after Coupang applied it: read back, done, not resent
	r.sim.InjectFault(coupangsim.EndpointExchangeInvoices, coupangsim.FaultGatewayTimeoutApplied)
	out = redeliver(keys[1], "한진택배", "640012349914")
	assert.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	assert.True(t, out.Items[0].ReadBack)
	assert.Equal(t, 2, r.sim.Calls(coupangsim.EndpointExchangeInvoices))
	assert.Equal(t, "640012349914", r.claim(t, keys[1]).RedeliveryNumber)

	// lost before Coupang applied it: read back, not done, not resent
	r.sim.InjectFault(coupangsim.EndpointExchangeInvoices, coupangsim.FaultGatewayTimeout)
	out = redeliver(keys[2], "한진택배", "640012349925")
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.True(t, out.Items[0].ReadBack)
	assert.Contains(t, out.Items[0].Message, "응답이 끊겨 다시 조회했더니")
	assert.Equal(t, 3, r.sim.Calls(coupangsim.EndpointExchangeInvoices))
	v2, _ := r.sim.Exchange(exs[2])
	assert.Empty(t, v2.InvoiceNumber)

	// refused by Coupang (a number on a parcel SellerDesk has not seen): Korean with Coupang's
	// words, the detail in the log, read back and left as it is
	r.parcelElsewhere(t, "HANJIN", "640012349936")
	out = redeliver(keys[3], "한진택배", "640012349936")
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Equal(t, "FAIL", out.Items[0].Code)
	assert.Contains(t, out.Items[0].Message, "쿠팡이 처리하지 않았습니다")
	assert.Contains(t, out.Items[0].Message, "이미 사용된 송장번호입니다")
	assert.Contains(t, r.log.String(), "coupang refused a claim answer")
	assert.Contains(t, r.log.String(), "resultCode=FAIL")
	assert.Equal(t, 4, r.sim.Calls(coupangsim.EndpointExchangeInvoices))
	s3, err := r.st.Shipment(ctx, keys[3])
	require.NoError(t, err)
	require.NotNil(t, s3.WriteProblem, "the failure stays on the box")

	// uploaded in WING since the last sync: read back first, the exchange carries this invoice
	// already, nothing is sent; another number is not sent either, the seller is told which is there
	v4, _ := r.sim.Exchange(exs[4])
	res, err := r.client.UploadExchangeInvoices(ctx, exs[4], []coupang.ExchangeParcel{{ShipmentBoxID: v4.NewBoxID, CourierCode: "EPOST", InvoiceNumber: "6400123499471"}})
	require.NoError(t, err)
	require.True(t, res.Succeeded)
	out = redeliver(keys[4], "우체국택배", "6400123499471")
	assert.Equal(t, Skipped, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "이미 교환 재배송되어 있습니다")
	out = redeliver(keys[4], "CJ대한통운", "640012349947")
	assert.Equal(t, Skipped, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "6400123499471")
	assert.Equal(t, 5, r.sim.Calls(coupangsim.EndpointExchangeInvoices), "only the WING upload")

	// the couriers deliver it: the exchange ends and its hold with it
	require.NoError(t, r.sim.DeliverRedelivery(exs[0]))
	require.NoError(t, r.sim.DeliverRedelivery(exs[0]))
	r.read(t, ids[0])
	c = r.claim(t, keys[0])
	assert.False(t, c.Open)
	assert.Equal(t, coupang.ExchangeSuccess, c.MarketStatus)
	assert.Equal(t, "640012349900", c.RedeliveryNumber)
}

// What a read-back of the exchange says about an exchange invoice sent: this number (done), another
// (확인 필요: something else is there), none, or another claim on the box (not this answer's).
func TestCoupangRedeliveredReadBack(t *testing.T) {
	j := &Job{Item: &Item{MarketLabel: "쿠팡"}, Claim: order.Claim{Type: order.ClaimExchange, ID: "100700011"},
		Boxes: []BoxLine{{Box: "11", Parcel: Parcel{Courier: "CJ대한통운", Code: "CJGLS", Number: "640012345681"}},
			{Box: "12", Parcel: Parcel{Courier: "CJ대한통운", Code: "CJGLS", Number: "640012345682"}}}}
	box := func(id string, invs ...order.BoxInvoice) *order.Shipment {
		return &order.Shipment{Marketplace: order.Coupang, Claim: &order.Claim{Type: order.ClaimExchange, ID: id,
			RedeliveryBoxes: []string{"11", "12"}, RedeliveryInvoices: invs}}
	}
	a, b := order.BoxInvoice{Box: "11", Courier: "CJGLS", Number: "640012345681"}, order.BoxInvoice{Box: "12", Courier: "CJGLS", Number: "640012345682"}
	for _, tc := range []struct {
		name     string
		s        *order.Shipment
		applied  bool
		conflict string
	}{
		{"these numbers on both boxes", box("100700011", a, b), true, ""},
		{"one box only", box("100700011", a), false, ""},
		{"another number on a box", box("100700011", a, order.BoxInvoice{Box: "12", Courier: "CJGLS", Number: "640012345699"}), false, "640012345699"},
		{"none yet", box("100700011"), false, ""},
		{"another exchange", box("100700012", a, b), false, ""},
	} {
		applied, conflict := (&answerClaims{req: ClaimRequest{Action: RedeliverExchange}}).Applied(j, tc.s)
		assert.Equal(t, tc.applied, applied, tc.name)
		if tc.conflict == "" {
			assert.Empty(t, conflict, tc.name)
		} else {
			assert.Contains(t, conflict, "확인 필요", tc.name)
			assert.Contains(t, conflict, tc.conflict, tc.name)
		}
	}
}

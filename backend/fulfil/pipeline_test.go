package fulfil

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

// The pipeline's unit tests: a real store, a fake marketplace (its own record of each shipment,
// read back through the checked path) and a fake writer that answers as told. No simulator.

// fakeMarket is a marketplace: what it holds of each shipment, and the shipments it will not
// show (a read-back fails for them).
type fakeMarket struct {
	mu         sync.Mutex
	st         *store.Store
	clock      *testclock.Clock
	remote     map[string]order.Shipment // by key
	unreadable map[string]bool
	reads      int
}

func (f *fakeMarket) readBack(ctx context.Context, ids []string) (map[string]order.Shipment, map[string]error) {
	f.mu.Lock()
	f.reads++
	var records []store.Record
	failed := map[string]error{}
	for _, id := range ids {
		var key string
		for k := range f.remote {
			if strings.HasSuffix(k, "/"+id) {
				key = k
			}
		}
		s, ok := f.remote[key]
		if !ok || f.unreadable[key] {
			failed[key] = errors.New("fake: cannot read " + id)
			continue
		}
		records = append(records, store.Record{Shipment: s})
	}
	f.mu.Unlock()
	now := f.clock.Now()
	_, err := f.st.Apply(ctx, store.Batch{Records: records}, func(prev, next *order.Shipment) {
		if prev != nil && next.TrackingNumber == "" {
			next.Courier, next.TrackingNumber = prev.Courier, prev.TrackingNumber
		}
		check.Apply(prev, next, now)
	})
	got := map[string]order.Shipment{}
	for _, r := range records {
		if err != nil {
			failed[r.Shipment.Key()] = err
			continue
		}
		s, err := f.st.Shipment(ctx, r.Shipment.Key())
		if err != nil {
			failed[r.Shipment.Key()] = err
			continue
		}
		got[r.Shipment.Key()] = s
	}
	return got, failed
}

// fakeWriter answers each id as told: "applied", "refused", "refused-state", "notyet", "lost"
// (the answer is lost; applyOnLoss says whether the write took effect), "notsent". It records
// every batch it was given.
type fakeWriter struct {
	mu          sync.Mutex
	market      *fakeMarket
	answers     map[string]string
	applyOnLoss map[string]bool
	apply       func(s *order.Shipment) // what the write does at the marketplace
	batches     [][]string
}

func (w *fakeWriter) Send(_ context.Context, b *Batch) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	ids := idsOf(b.Jobs)
	w.batches = append(w.batches, ids)
	var err error
	for _, j := range b.Jobs {
		key := j.Item.Key
		doIt := func() {
			w.market.mu.Lock()
			s := w.market.remote[key]
			w.apply(&s)
			w.market.remote[key] = s
			w.market.mu.Unlock()
		}
		switch w.answers[j.Item.ID] {
		case "refused":
			j.Answer = Answer{Said: Refused, Code: "E1", Reason: "마켓이 거절했습니다."}
		case "refused-state":
			j.Answer = Answer{Said: Refused, Code: "STATE", Reason: "상태 때문에 거절했습니다.", Recheck: true}
		case "notyet":
			j.Answer = Answer{Said: NotYet, Code: "STATE", Reason: "아직 안 됨: 잠시 뒤 다시 보내세요.", Recheck: true}
		case "lost":
			if w.applyOnLoss[j.Item.ID] {
				doIt()
			}
			err = fmt.Errorf("fake: 504 gateway timeout")
		case "notsent":
			j.Answer = Answer{Said: NotSent}
			err = fmt.Errorf("fake: 504 gateway timeout")
		default:
			doIt()
			j.Answer = Answer{Said: Applied, Status: w.statusAfter(), MarketStatus: "DONE"}
		}
	}
	return err
}

func (w *fakeWriter) statusAfter() order.Status {
	var s order.Shipment
	w.apply(&s)
	return s.Status
}

func (w *fakeWriter) sent() map[string]int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := map[string]int{}
	for _, b := range w.batches {
		for _, id := range b {
			n[id]++
		}
	}
	return n
}

// withWriter is a write whose every marketplace writer is w.
type withWriter struct {
	Write
	w Writer
}

func (ww withWriter) Writer(order.Marketplace, Market) Writer { return ww.w }

type rig struct {
	t       *testing.T
	st      *store.Store
	clock   *testclock.Clock
	market  *fakeMarket
	p       *Pipeline
	changed [][]string
}

func newRig(t *testing.T) *rig {
	t.Helper()
	clock := testclock.New(time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC))
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "data"), store.Options{Now: clock.Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	r := &rig{t: t, st: st, clock: clock}
	r.market = &fakeMarket{st: st, clock: clock, remote: map[string]order.Shipment{}, unreadable: map[string]bool{}}
	r.p, err = New(Config{Store: st, Now: clock.Now,
		Markets: func(_ context.Context, ms []order.Marketplace) (map[order.Marketplace]Market, error) {
			out := map[order.Marketplace]Market{}
			for _, m := range ms {
				out[m] = Market{ReadBack: r.market.readBack}
			}
			return out, nil
		},
		Check:   check.Apply,
		Changed: func(keys []string) { r.changed = append(r.changed, keys) }})
	require.NoError(t, err)
	return r
}

// add stores a shipment and gives the marketplace the same record.
func (r *rig) add(m order.Marketplace, id string, st order.Status, edit func(*order.Shipment)) string {
	r.t.Helper()
	s := order.Shipment{Marketplace: m, ID: id, OrderID: "O" + id, Status: st, MarketStatus: string(st),
		PaidAt: r.clock.Now().Add(-time.Hour), Receiver: order.Receiver{Name: "김민준", Phone: "010-1234-5678", Address1: "서울특별시 강남구 테헤란로 1"},
		Lines: []order.Line{{ItemID: "I" + id, ProductName: "유기농 현미", OptionName: "5kg", Quantity: 1, UnitPrice: 10000, TotalPrice: 10000}}}
	if edit != nil {
		edit(&s)
	}
	_, err := r.st.Apply(context.Background(), store.Batch{Records: []store.Record{{Shipment: s}}}, nil)
	require.NoError(r.t, err)
	r.market.remote[s.Key()] = s
	return s.Key()
}

func (r *rig) stored(key string) order.Shipment {
	r.t.Helper()
	s, err := r.st.Shipment(context.Background(), key)
	require.NoError(r.t, err)
	return s
}

func (r *rig) audit(key string) []store.AuditEntry {
	r.t.Helper()
	entries, err := r.st.Audit(context.Background(), store.AuditQuery{ShipmentKey: key})
	require.NoError(r.t, err)
	return entries
}

func byKey(items []Item) map[string]Item {
	out := map[string]Item{}
	for _, it := range items {
		out[it.Key] = it
	}
	return out
}

func acknowledging(m *fakeMarket, answers map[string]string) *fakeWriter {
	return &fakeWriter{market: m, answers: answers, applyOnLoss: map[string]bool{},
		apply: func(s *order.Shipment) { s.Status, s.MarketStatus = order.StatusAcknowledged, "DONE" }}
}

func TestBatchesPerMarketplaceInSelectionOrder(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	n1 := r.add(order.Naver, "1", order.StatusPaid, nil)
	c1 := r.add(order.Coupang, "11", order.StatusPaid, nil)
	n2 := r.add(order.Naver, "2", order.StatusPaid, nil)
	done := r.add(order.Naver, "3", order.StatusAcknowledged, nil)
	held := r.add(order.Coupang, "12", order.StatusPaid, func(s *order.Shipment) {
		s.Claim = &order.Claim{Type: order.ClaimCancel, Open: true}
	})
	w := acknowledging(r.market, nil)
	keys := []string{n2, c1, n1, done, held, n2, "naver/404"}
	res, err := r.p.Run(ctx, withWriter{acknowledge{}, w}, keys, "test")
	require.NoError(t, err)

	assert.Equal(t, [][]string{{"2", "1"}, {"11"}}, w.batches, "one batch per marketplace, Naver first, in the selection's order, a repeat once")
	require.Len(t, res.Items, 6, "one item per distinct key, in the selection's order")
	assert.Equal(t, []string{n2, c1, n1, done, held, "naver/404"}, []string{res.Items[0].Key, res.Items[1].Key,
		res.Items[2].Key, res.Items[3].Key, res.Items[4].Key, res.Items[5].Key})
	assert.Equal(t, Counts{OK: 3, Skipped: 2, Failed: 1}, res.Counts)
	assert.Equal(t, "3건 발주확인했습니다, 1건은 처리하지 못했습니다, 2건은 보내지 않았습니다.", res.Summary)
	items := byKey(res.Items)
	assert.Contains(t, items[done].Message, "신규주문(결제완료) 상태만")
	assert.Contains(t, items[held].Message, "요청이 있는 주문은 발주확인하지 않습니다")
	assert.Equal(t, "이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.", items["naver/404"].Message)
	for _, k := range []string{n1, n2, c1} {
		assert.Equal(t, OK, items[k].Result, k)
		assert.Equal(t, "발주확인되었습니다.", items[k].Message)
		s := r.stored(k)
		assert.Equal(t, order.StatusAcknowledged, s.Status, k)
		assert.Equal(t, "DONE", s.MarketStatus, k)
		assert.Equal(t, r.clock.Now(), s.AcknowledgedAt.UTC(), k)
		a := r.audit(k)
		require.Len(t, a, 1, k)
		assert.Equal(t, "acknowledge", a[0].Action)
		assert.Equal(t, "test", a[0].Actor)
	}
	assert.Len(t, r.audit("naver/404"), 1, "a failure is audited")
	assert.Equal(t, [][]string{{n2, c1, n1, "naver/404"}}, r.changed, "the UI hears what was touched, not what was skipped")
}

func TestSelectionLimits(t *testing.T) {
	r := newRig(t)
	w := acknowledging(r.market, nil)
	for name, keys := range map[string][]string{
		"처리할 주문을 선택하세요.":                      nil,
		"주문 번호가 올바르지 않습니다: ../x":              {"../x"},
		"한 번에 1000건까지 처리할 수 있습니다. 나누어 진행하세요.": make([]string, MaxSelection+1),
	} {
		_, err := r.p.Run(context.Background(), withWriter{acknowledge{}, w}, keys, "")
		assert.EqualError(t, err, name)
	}
	assert.Empty(t, w.batches)
}

func TestPartialFailure(t *testing.T) {
	r := newRig(t)
	ok := r.add(order.Coupang, "1", order.StatusPaid, nil)
	refused := r.add(order.Coupang, "2", order.StatusPaid, nil)
	notSent := r.add(order.Coupang, "3", order.StatusPaid, nil)
	w := acknowledging(r.market, map[string]string{"2": "refused", "3": "notsent"})
	res, err := r.p.Run(context.Background(), withWriter{acknowledge{}, w}, []string{ok, refused, notSent}, "test")
	require.NoError(t, err)
	assert.Equal(t, Counts{OK: 1, Failed: 2}, res.Counts)
	items := byKey(res.Items)
	assert.Equal(t, "E1", items[refused].Code)
	assert.Equal(t, "마켓이 거절했습니다.", items[refused].Message)
	assert.Contains(t, items[notSent].Message, "보내지 않았습니다")
	for _, k := range []string{refused, notSent} {
		assert.Equal(t, order.StatusPaid, r.stored(k).Status, k)
		a := r.audit(k)
		require.Len(t, a, 1, k)
		assert.Equal(t, "acknowledge-failed", a[0].Action)
	}
	assert.Equal(t, 0, r.market.reads, "nothing needed reading back")
}

// A 504 whose write was applied is read back and reported done, never sent again; one that was not
// applied is reported not done; one that cannot be read back is 확인 필요.
func TestLostAnswerIsReadBackNotResent(t *testing.T) {
	r := newRig(t)
	applied := r.add(order.Naver, "1", order.StatusPaid, nil)
	notApplied := r.add(order.Naver, "2", order.StatusPaid, nil)
	unreadable := r.add(order.Naver, "3", order.StatusPaid, nil)
	r.market.unreadable[unreadable] = true
	w := acknowledging(r.market, map[string]string{"1": "lost", "2": "lost", "3": "lost"})
	w.applyOnLoss["1"] = true
	res, err := r.p.Run(context.Background(), withWriter{acknowledge{}, w}, []string{applied, notApplied, unreadable}, "test")
	require.NoError(t, err)
	assert.Equal(t, Counts{OK: 1, Failed: 1, Unknown: 1}, res.Counts)
	assert.Equal(t, map[string]int{"1": 1, "2": 1, "3": 1}, w.sent(), "sent once each, never again")
	items := byKey(res.Items)
	for _, it := range res.Items {
		assert.True(t, it.ReadBack, it.Key)
	}
	assert.Contains(t, items[applied].Message, "응답이 끊겨 다시 조회했더니 발주확인되어 있었습니다")
	assert.Equal(t, order.StatusAcknowledged, r.stored(applied).Status)
	assert.Contains(t, r.audit(applied)[0].Detail, "응답이 끊겨 다시 조회함")
	assert.Contains(t, items[notApplied].Message, "발주확인되지 않았습니다(지금 상태: 신규주문)")
	assert.Contains(t, items[unreadable].Message, "확인 필요")
	assert.Contains(t, items[unreadable].Message, "네이버 스마트스토어센터")
}

// A refusal because of the shipment's state is read back: done meanwhile is ok (the code kept),
// otherwise the stored state follows the marketplace's and the refusal stands.
func TestRefusedForStateIsReadBack(t *testing.T) {
	r := newRig(t)
	doneMeanwhile := r.add(order.Coupang, "1", order.StatusPaid, nil)
	cancelled := r.add(order.Coupang, "2", order.StatusPaid, nil)
	r.market.remote[doneMeanwhile] = func() order.Shipment {
		s := r.market.remote[doneMeanwhile]
		s.Status = order.StatusAcknowledged
		return s
	}()
	r.market.remote[cancelled] = func() order.Shipment {
		s := r.market.remote[cancelled]
		s.Status = order.StatusCanceled
		return s
	}()
	w := acknowledging(r.market, map[string]string{"1": "refused-state", "2": "refused-state"})
	res, err := r.p.Run(context.Background(), withWriter{acknowledge{}, w}, []string{doneMeanwhile, cancelled}, "test")
	require.NoError(t, err)
	items := byKey(res.Items)
	assert.Equal(t, OK, items[doneMeanwhile].Result)
	assert.Equal(t, "STATE", items[doneMeanwhile].Code)
	assert.Contains(t, items[doneMeanwhile].Message, "이미 발주확인된 주문입니다")
	assert.Equal(t, Failed, items[cancelled].Result)
	assert.Equal(t, order.StatusCanceled, items[cancelled].Status)
	assert.Equal(t, order.StatusCanceled, r.stored(cancelled).Status, "the board shows why")
}

func dispatching(m *fakeMarket, answers map[string]string) *fakeWriter {
	return &fakeWriter{market: m, answers: answers, applyOnLoss: map[string]bool{},
		apply: func(s *order.Shipment) { s.Status, s.MarketStatus = order.StatusShipped, "DONE" }}
}

func numbered(n string) func(*order.Shipment) {
	return func(s *order.Shipment) { s.Courier, s.TrackingNumber = "CJ대한통운", n }
}

// The claim sweep reads every box back right before sending: a box the buyer cancelled since the
// last sync is held (its claim stored, with the finding) and not sent; the others go.
func TestClaimSweepHoldsWhatWasCancelledMeanwhile(t *testing.T) {
	r := newRig(t)
	kept := r.add(order.Coupang, "1", order.StatusAcknowledged, numbered("612345678901"))
	claimed := r.add(order.Coupang, "2", order.StatusAcknowledged, numbered("612345678902"))
	sentElsewhere := r.add(order.Naver, "3", order.StatusAcknowledged, numbered("612345678903"))
	s := r.market.remote[claimed]
	s.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "RU", Open: true, RequestedAt: r.clock.Now()}
	r.market.remote[claimed] = s
	s = r.market.remote[sentElsewhere]
	s.Status = order.StatusDelivering
	r.market.remote[sentElsewhere] = s
	before := r.stored(claimed)
	require.False(t, before.Blocked(), "the store does not know yet")

	w := dispatching(r.market, nil)
	res, err := r.p.Run(context.Background(), withWriter{dispatch{couriers: r.p.Couriers()}, w}, []string{kept, claimed, sentElsewhere}, "test")
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"1"}}, w.batches, "only the box still safe goes")
	assert.Equal(t, Counts{OK: 1, Skipped: 2}, res.Counts)
	items := byKey(res.Items)
	assert.Contains(t, items[claimed].Message, "보류")
	after := r.stored(claimed)
	assert.True(t, after.Blocked(), "the claim and its finding are stored")
	assert.Contains(t, items[sentElsewhere].Message, "이미 같은 운송장번호(612345678903)로 발송처리되어 있습니다")
	assert.Equal(t, order.StatusShipped, r.stored(kept).Status)
	assert.Equal(t, "612345678901", items[kept].TrackingNumber)
	assert.Contains(t, r.audit(kept)[0].Detail, "발송처리 완료: CJ대한통운 612345678901")
}

// Before anything is sent, a dispatch refuses what it cannot send: no number, a number on another
// parcel, a courier the marketplace does not take, a number the courier's rule does not read.
func TestDispatchChecksBeforeSending(t *testing.T) {
	r := newRig(t)
	none := r.add(order.Naver, "1", order.StatusAcknowledged, nil)
	a := r.add(order.Naver, "2", order.StatusAcknowledged, numbered("612345678905"))
	b := r.add(order.Naver, "3", order.StatusAcknowledged, func(s *order.Shipment) {
		numbered("612345678905")(s)
		s.Receiver.Name = "다른 사람"
	})
	short := r.add(order.Coupang, "4", order.StatusAcknowledged, numbered("6123"))
	paid := r.add(order.Coupang, "5", order.StatusPaid, numbered("612345678906"))
	w := dispatching(r.market, nil)
	res, err := r.p.Run(context.Background(), withWriter{dispatch{couriers: r.p.Couriers()}, w}, []string{none, a, b, short, paid}, "test")
	require.NoError(t, err)
	assert.Empty(t, w.batches, "nothing sent")
	assert.Zero(t, r.market.reads, "nothing swept")
	items := byKey(res.Items)
	assert.Contains(t, items[none].Message, "운송장번호가 없습니다")
	assert.Contains(t, items[a].Message, "612345678905")
	assert.Equal(t, Failed, items[b].Result)
	assert.Contains(t, items[short].Message, "자릿수")
	assert.Contains(t, items[paid].Message, "상품준비중")
}

// Not yet: refused only until an earlier write applies; pending, read back, and the number kept.
func TestNotYetIsPending(t *testing.T) {
	r := newRig(t)
	k := r.add(order.Coupang, "1", order.StatusAcknowledged, numbered("612345678901"))
	w := dispatching(r.market, map[string]string{"1": "notyet"})
	res, err := r.p.Run(context.Background(), withWriter{dispatch{couriers: r.p.Couriers()}, w}, []string{k}, "test")
	require.NoError(t, err)
	assert.Equal(t, Counts{Pending: 1}, res.Counts)
	assert.Contains(t, res.Summary, "기다리는 중")
	assert.Equal(t, "612345678901", r.stored(k).TrackingNumber)
	assert.Equal(t, "dispatch-pending", r.audit(k)[0].Action)
}

// A marketplace without keys fails its shipments with the reason; the other goes on.
func TestUnavailableMarketplace(t *testing.T) {
	r := newRig(t)
	n := r.add(order.Naver, "1", order.StatusPaid, nil)
	c := r.add(order.Coupang, "2", order.StatusPaid, nil)
	markets := r.p.cfg.Markets
	r.p.cfg.Markets = func(ctx context.Context, ms []order.Marketplace) (map[order.Marketplace]Market, error) {
		out, err := markets(ctx, ms)
		out[order.Coupang] = Market{Unavailable: "쿠팡 API 키가 없습니다. 설정에서 먼저 키를 입력하세요."}
		return out, err
	}
	w := acknowledging(r.market, nil)
	res, err := r.p.Run(context.Background(), withWriter{acknowledge{}, w}, []string{n, c}, "test")
	require.NoError(t, err)
	items := byKey(res.Items)
	assert.Equal(t, OK, items[n].Result)
	assert.Equal(t, "쿠팡 API 키가 없습니다. 설정에서 먼저 키를 입력하세요.", items[c].Message)
}

func TestUnknownMessageNamesTheSellerCentre(t *testing.T) {
	assert.Contains(t, unknownMessage(order.Coupang), "쿠팡 WING")
	assert.Contains(t, unknownMessage(order.Naver), "네이버 스마트스토어센터")
}

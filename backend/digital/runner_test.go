package digital

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/mail"
	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

// rig is a store, a TLS mail server and a runner between them.
type rig struct {
	t       *testing.T
	st      *store.Store
	catcher *mailcatcher.Catcher
	clock   *testclock.Clock
	set     Settings
	market  *fakeMarket
	runner  *Runner
	noMail  bool
}

type fakeMarket struct {
	mu   sync.Mutex
	keys []string
	// back is what a read of the marketplace shows; reads counts the keys read.
	back  map[string]order.Shipment
	reads []string
	// results are the answers to DispatchNothing (default: done).
	results map[string]MarketResult
}

func (f *fakeMarket) ReadBack(_ context.Context, keys []string) map[string]order.Shipment {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]order.Shipment{}
	for _, k := range keys {
		f.reads = append(f.reads, k)
		if s, ok := f.back[k]; ok {
			out[k] = s
		}
	}
	return out
}

func (f *fakeMarket) DispatchNothing(_ context.Context, keys []string) []MarketResult {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []MarketResult
	for _, k := range keys {
		f.keys = append(f.keys, k)
		if res, ok := f.results[k]; ok {
			res.Key = k
			out = append(out, res)
			continue
		}
		out = append(out, MarketResult{Key: k, Done: true})
	}
	return out
}

func testSettings(c *mailcatcher.Catcher) Settings {
	sec := mail.StartTLS
	if c.Security() == mailcatcher.ImplicitTLS {
		sec = mail.ImplicitTLS
	}
	return Settings{
		Enabled: true, AutoNothing: true, DefaultProduct: "guide",
		Products: []Product{
			{ID: "font", Name: "한글 폰트", Kind: KindCodes, Template: DefaultTemplate(KindCodes), LowStock: 3,
				Match: Match{ProductIDs: []string{"9000001"}}},
			{ID: "guide", Name: "여행 안내서", Kind: KindLink, Link: "https://example.com/guide.pdf", Template: DefaultTemplate(KindLink),
				Match: Match{SellerCodes: []string{"GUIDE"}}},
		},
		SMTP: mail.Server{Host: c.Host(), Port: c.Port(), Security: sec, Username: c.Username(), From: "shop@example.com", FromName: "달빛 상점"},
	}
}

func newRig(t *testing.T, sec mailcatcher.Security) *rig {
	t.Helper()
	c, err := mailcatcher.Start(mailcatcher.Config{Security: sec, Username: "shop", Password: "app-pass"})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	clock := testclock.New(time.Date(2026, 12, 1, 23, 0, 0, 0, order.KST()))
	st, err := store.Open(context.Background(), t.TempDir(), store.Options{Now: clock.Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	r := &rig{t: t, st: st, catcher: c, clock: clock, set: testSettings(c), market: &fakeMarket{}}
	require.NoError(t, r.set.Validate())
	r.runner, err = NewRunner(RunnerConfig{Store: st, Now: clock.Now, Market: r.market, RetryDelay: time.Minute,
		Settings: func(context.Context) (Settings, error) { return r.set, nil },
		Mailer: func(_ context.Context, s Settings) (Mailer, error) {
			if r.noMail {
				return nil, &mail.ConfigError{Message: "메일 서버 비밀번호를 입력하세요."}
			}
			return mail.NewSender(s.SMTP, "app-pass", mail.WithRootCAs(c.RootCAs()), mail.WithTimeout(5*time.Second))
		}})
	require.NoError(t, err)
	return r
}

// naverOrder stores a paid Naver product order with its raw payload.
func (r *rig) naverOrder(id, ordererID, productID, sellerCode string, qty int, method string) string {
	r.t.Helper()
	sh := order.Shipment{Marketplace: order.Naver, ID: id, OrderID: "O" + id, Status: order.StatusPaid, MarketStatus: "PAYED/NOT_YET",
		PaidAt: r.clock.Now(), OrdererName: "김민준",
		Lines: []order.Line{{ItemID: productID, ProductID: productID, ProductName: "상품 " + productID, OptionName: "기본", SellerCode: sellerCode,
			Quantity: qty, UnitPrice: 1000, TotalPrice: int64(1000 * qty)}}}
	raw, err := json.Marshal(map[string]any{"order": map[string]any{"orderId": "O" + id, "ordererId": ordererID},
		"productOrder": map[string]any{"productOrderId": id, "expectedDeliveryMethod": method}})
	require.NoError(r.t, err)
	_, err = r.st.Apply(context.Background(), store.Batch{Records: []store.Record{{Shipment: sh, Raw: raw}}}, nil)
	require.NoError(r.t, err)
	return sh.Key()
}

func (r *rig) run(keys ...string) Report {
	r.t.Helper()
	rep, err := r.runner.Run(context.Background(), keys)
	require.NoError(r.t, err)
	return rep
}

func (r *rig) delivery(key string) store.Delivery {
	r.t.Helper()
	d, ok, err := r.st.Delivery(context.Background(), key)
	require.NoError(r.t, err)
	require.True(r.t, ok, key)
	return d
}

func (r *rig) codes(n int) {
	r.t.Helper()
	var codes []string
	for i := 0; i < n; i++ {
		codes = append(codes, fmt.Sprintf("FONT-%04d", i))
	}
	_, err := r.st.ImportCodes(context.Background(), "font", codes, "seller")
	require.NoError(r.t, err)
}

func TestRunnerMailsEachOrderOnce(t *testing.T) {
	r := newRig(t, mailcatcher.ImplicitTLS)
	r.codes(10)
	k1 := r.naverOrder("2026120100000001", "buyer_one", "9000001", "", 1, "NOTHING")
	k2 := r.naverOrder("2026120100000002", "buyer_two", "9000001", "", 2, "NOTHING")
	k3 := r.naverOrder("2026120100000003", "buyer_three", "1234", "GUIDE", 1, "DELIVERY")
	k4 := r.naverOrder("2026120100000004", "buyer_four", "5555", "", 1, "NOTHING") // automatic: 배송 없음
	box := r.naverOrder("2026120100000005", "buyer_five", "7777", "", 1, "DELIVERY")

	rep := r.run(k1, k2, k3, k4, box)
	assert.Equal(t, 4, rep.Planned)
	assert.Equal(t, 4, rep.Sent)
	assert.Equal(t, 4, rep.Market)
	mails := r.catcher.Mails()
	require.Len(t, mails, 4)

	given := map[string]string{}
	for _, key := range []string{k1, k2} {
		d := r.delivery(key)
		assert.Equal(t, store.DeliverySent, d.State)
		assert.Equal(t, "done", d.MarketState)
		got := r.catcher.MailsTo(d.To)
		require.Len(t, got, 1)
		assert.Equal(t, d.MessageID, got[0].MessageID)
		assert.Len(t, d.Codes, d.Quantity, "one code per unit")
		for _, c := range d.Codes {
			assert.Contains(t, got[0].Body, c)
			assert.Empty(t, given[c], "code %s given twice", c)
			given[c] = key
		}
	}
	assert.Equal(t, "buyer_one@naver.com", r.delivery(k1).To)
	guide := r.catcher.MailsTo("buyer_three@naver.com")
	require.Len(t, guide, 1)
	assert.Contains(t, guide[0].Body, "https://example.com/guide.pdf")
	assert.Contains(t, guide[0].Subject, "2026120100000003")
	assert.Equal(t, "guide", r.delivery(k4).Product, "NOTHING orders use the default product")
	_, ok, err := r.st.Delivery(context.Background(), box)
	require.NoError(t, err)
	assert.False(t, ok, "a box is not digital")

	rep = r.run(k1, k2, k3, k4, box)
	assert.Zero(t, rep.Sent+rep.Planned)
	assert.Len(t, r.catcher.Mails(), 4, "a second run sends nothing again")
	assert.ElementsMatch(t, []string{k1, k2, k3, k4}, r.market.keys, "each order went to the marketplace once")
}

func TestRunnerOnlyWhenEnabled(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	key := r.naverOrder("1000", "buyer_off", "1", "GUIDE", 1, "DELIVERY")
	r.set.Enabled = false
	rep := r.run(key)
	assert.Zero(t, rep.Planned+rep.Sent)
	_, ok, err := r.st.Delivery(context.Background(), key)
	require.NoError(t, err)
	assert.False(t, ok, "nothing is planned while the seller has not switched it on")
	assert.Empty(t, r.catcher.Mails())
}

func TestRunnerRefusedRecipient(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	key := r.naverOrder("1001", "nobody_here", "1", "GUIDE", 1, "DELIVERY")
	r.catcher.Refuse("nobody_here@naver.com", 550)
	rep := r.run(key)
	assert.Equal(t, 1, rep.Failed)
	d := r.delivery(key)
	assert.Equal(t, store.DeliveryFailed, d.State)
	assert.Contains(t, d.Note, "거부")
	assert.Contains(t, d.Note, "자동 재시도")
	r.clock.Add(24 * time.Hour)
	r.run()
	assert.Equal(t, 1, r.delivery(key).Attempts, "a refused address is not tried again by itself")
	assert.Empty(t, r.catcher.Mails())

	// the seller gives another address and sends again
	_, err := r.st.SetDeliveryAddress(context.Background(), key, "real@daum.net", "seller")
	require.NoError(t, err)
	_, err = r.st.DecideDelivery(context.Background(), key, store.DeliveryDecision{To: store.DeliveryPlanned, Actor: "seller", Reason: "주소 바꿈"})
	require.NoError(t, err)
	rep = r.run()
	assert.Equal(t, 1, rep.Sent)
	assert.Len(t, r.catcher.MailsTo("real@daum.net"), 1)
}

func TestRunnerTemporaryFailureRetriesBounded(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	key := r.naverOrder("1002", "busy_box", "1", "GUIDE", 1, "DELIVERY")
	r.catcher.Refuse("busy_box@naver.com", 451)
	r.run(key)
	for i := 0; i < 5; i++ {
		r.clock.Add(time.Hour)
		r.run()
	}
	d := r.delivery(key)
	assert.Equal(t, store.DeliveryFailed, d.State)
	assert.Equal(t, DefaultMaxAttempts, d.Attempts, "retries are bounded")
	assert.Contains(t, d.Note, "자동 재시도(3회)를 마쳤습니다")
	assert.Empty(t, r.catcher.Mails())
}

func TestRunnerDroppedAfterDataIsUnknownAndNotResent(t *testing.T) {
	r := newRig(t, mailcatcher.ImplicitTLS)
	r.codes(5)
	key := r.naverOrder("1003", "buyer_drop", "9000001", "", 1, "NOTHING")
	r.catcher.DropAfterData(1)
	rep := r.run(key)
	assert.Equal(t, 1, rep.Unknown)
	d := r.delivery(key)
	assert.Equal(t, store.DeliveryUnknown, d.State)
	assert.Contains(t, d.Note, "알 수 없습니다")
	for i := 0; i < 3; i++ {
		r.clock.Add(time.Hour)
		r.run(key)
	}
	assert.Len(t, r.catcher.MailsTo("buyer_drop@naver.com"), 1, "never a second mail without the seller")
	assert.Empty(t, r.market.keys, "no 배송없음 while it is unknown whether the buyer got it")
}

func TestRunnerExhaustedPoolWaits(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	r.codes(1)
	key := r.naverOrder("1004", "buyer_many", "9000001", "", 2, "NOTHING")
	rep := r.run(key)
	assert.Equal(t, 1, rep.Held)
	require.Len(t, rep.LowStock, 1)
	assert.Contains(t, rep.LowStock[0].Message, "1개 남았습니다")
	d := r.delivery(key)
	assert.Equal(t, store.DeliveryHeld, d.State)
	assert.Equal(t, HoldNoCodes, d.Hold)
	assert.Contains(t, d.Note, "라이선스 코드가 모자랍니다")
	assert.Empty(t, r.catcher.Mails())

	_, err := r.st.ImportCodes(context.Background(), "font", []string{"NEW-1", "NEW-2", "NEW-3", "NEW-4"}, "seller")
	require.NoError(t, err)
	rep = r.run()
	assert.Equal(t, 1, rep.Sent)
	assert.Empty(t, rep.LowStock)
	assert.Equal(t, []string{"FONT-0000", "NEW-1"}, r.delivery(key).Codes)
}

func TestRunnerCancelBeforeSend(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	key := r.naverOrder("1005", "buyer_cancel", "1", "GUIDE", 1, "DELIVERY")
	r.noMail = true
	rep := r.run(key)
	assert.Equal(t, 1, rep.Planned)
	assert.Contains(t, rep.Stopped, "비밀번호")
	assert.Equal(t, store.DeliveryPlanned, r.delivery(key).State)

	// the buyer asks to cancel before the mail left
	sh, err := r.st.Shipment(context.Background(), key)
	require.NoError(t, err)
	sh.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true}
	_, err = r.st.Apply(context.Background(), store.Batch{Records: []store.Record{{Shipment: sh}}}, nil)
	require.NoError(t, err)
	r.noMail = false
	rep = r.run(key)
	assert.Equal(t, 1, rep.Canceled)
	d := r.delivery(key)
	assert.Equal(t, store.DeliveryCanceled, d.State)
	assert.Contains(t, d.Note, "취소")
	assert.Empty(t, r.catcher.Mails())
}

func TestRunnerHeldAddresses(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	masked := r.naverOrder("1006", "kimm****", "1", "GUIDE", 1, "DELIVERY")
	sh := order.Shipment{Marketplace: order.Coupang, ID: "77001", OrderID: "C1", Status: order.StatusPaid, MarketStatus: "ACCEPT",
		PaidAt: r.clock.Now(), Lines: []order.Line{{ItemID: "v1", ProductName: "안내서", SellerCode: "GUIDE", Quantity: 1}}}
	_, err := r.st.Apply(context.Background(), store.Batch{Records: []store.Record{{Shipment: sh}}}, nil)
	require.NoError(t, err)
	rep := r.run(masked, sh.Key())
	assert.Equal(t, 2, rep.Held)
	assert.Equal(t, HoldMaskedAddress, r.delivery(masked).Hold)
	assert.Contains(t, r.delivery(masked).Note, "kimm****")
	assert.Equal(t, HoldCoupang, r.delivery(sh.Key()).Hold)
	assert.True(t, strings.Contains(r.delivery(sh.Key()).Note, "2024년 8월 6일"))
	assert.Empty(t, r.catcher.Mails())

	_, err = r.st.SetDeliveryAddress(context.Background(), masked, "kim@gmail.com", "seller")
	require.NoError(t, err)
	rep = r.run()
	assert.Equal(t, 1, rep.Sent)
	assert.Len(t, r.catcher.MailsTo("kim@gmail.com"), 1)
	assert.Equal(t, AddressFromSeller, r.delivery(masked).ToSource)
}

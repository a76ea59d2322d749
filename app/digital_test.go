package app

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/mail"
	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// digitalRig is the app against the simulated Naver (its real-world form) and a real SMTP server
// with TLS (the mail catcher), with the seller's digital settings saved through the screen.
type digitalRig struct {
	sim     *naversim.Sim
	catcher *mailcatcher.Catcher
	a       *App
}

func digitalSettings(c *mailcatcher.Catcher) digital.Settings {
	return digital.Settings{Enabled: true, AutoNothing: true, DefaultProduct: "guide",
		Products: []digital.Product{
			{ID: "font", Name: "한글 폰트", Kind: digital.KindCodes, Template: digital.DefaultTemplate(digital.KindCodes), LowStock: 2,
				Match: digital.Match{SellerCodes: []string{"FONT"}}},
			{ID: "guide", Name: "제주 여행 안내서", Kind: digital.KindLink, Link: "https://example.com/jeju.pdf",
				Template: digital.DefaultTemplate(digital.KindLink), Match: digital.Match{ProductIDs: []string{"9100002"}}},
		},
		SMTP: mail.Server{Preset: "naver", Host: c.Host(), Port: c.Port(), Security: mail.ImplicitTLS, Username: c.Username(),
			From: "moonlight@naver.com", FromName: "달빛 상점"}}
}

// digitalWorld is what a digital test's app runs against, both closed with the test: the simulated
// Naver in its real-world form (seeded) with its base URL, and a real SMTP server with TLS (the
// mail catcher) taking the seller's login.
func digitalWorld(t *testing.T, seed uint64) (*naversim.Sim, string, *mailcatcher.Catcher) {
	t.Helper()
	sim := naversim.New(naversim.Config{ClientID: simNaverID, ClientSecret: simNaverSecret, Seed: seed, NoRateLimit: true, Real: naversim.RealWorld()})
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	c, err := mailcatcher.Start(mailcatcher.Config{Security: mailcatcher.ImplicitTLS, Username: "moonlight", Password: "app-password-16ch"})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return sim, srv.URL + "/external", c
}

// digitalConfig is the app's configuration on the data folder dir for a digital test: Naver without
// a rate limit, mail through the catcher's TLS.
func digitalConfig(dir string, c *mailcatcher.Catcher) Config {
	return Config{DataDir: dir, LockTimeout: 200 * time.Millisecond,
		NaverOptions: []naver.Option{naver.WithRateLimit(rate.Inf, 1)},
		MailOptions:  []mail.Option{mail.WithRootCAs(c.RootCAs()), mail.WithTimeout(5 * time.Second)}}
}

// putSimNaverKeys saves the simulated Naver's keys and address (baseURL) as the settings screen does.
func putSimNaverKeys(t *testing.T, a *App, baseURL string) {
	t.Helper()
	require.NoError(t, a.PutSettings(context.Background(), Settings{Naver: NaverKeys{ClientID: simNaverID, ClientSecret: simNaverSecret,
		BaseURL: baseURL}, SyncIntervalMinutes: 60}))
}

func newDigitalRig(t *testing.T) *digitalRig {
	t.Helper()
	sim, naverURL, c := digitalWorld(t, 17)
	cfg := digitalConfig(filepath.Join(t.TempDir(), "data"), c)
	cfg.Mailbox, cfg.DigitalConfirmEvery = c, time.Nanosecond
	a, err := New(context.Background(), cfg)
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	putSimNaverKeys(t, a, naverURL)
	return &digitalRig{sim: sim, catcher: c, a: a}
}

func (r *digitalRig) sync(t *testing.T) {
	t.Helper()
	runs, err := r.a.SyncOnce(context.Background(), order.Naver)
	require.NoError(t, err)
	require.Len(t, runs, 1)
	require.NoError(t, runs[0].Result.Err)
	r.a.digital.Wait() // the passes the screen's calls started
}

func (r *digitalRig) delivery(t *testing.T, id string) digital.DeliveryView {
	t.Helper()
	return deliveryOf(t, r.a, id)
}

// Issue 17's "done when", in Go: a digital order arriving on the simulated Naver is mailed through
// a real TLS SMTP server and dispatched as 배송없음 by the sync alone, exactly once; a later read
// sees it 배송완료, then 구매확정; the board shows the delivery beside the marketplace's state.
func TestDigitalOrderMailedAndDispatchedBySync(t *testing.T) {
	r := newDigitalRig(t)
	dg := r.a.Digital()
	v, err := dg.SaveSettings(digital.SettingsInput{Settings: digitalSettings(r.catcher), Password: "app-password-16ch"})
	require.NoError(t, err)
	assert.Equal(t, "저장됨", v.PasswordHint)
	assert.NotContains(t, mustJSON(t, v), "app-password-16ch", "the password never comes back")
	imp, err := dg.ImportCodes("font", "codes.csv", []byte("라이선스 코드\nFONT-AAAA-0001\nFONT-AAAA-0002\nFONT-AAAA-0003\n"))
	require.NoError(t, err)
	assert.Equal(t, 3, imp.Added)

	font := r.sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100001", ProductName: "한글 폰트 (개인용)", SellerCode: "FONT", OrdererID: "buyer_font", Quantity: 2})
	guide := r.sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100002", ProductName: "제주 여행 안내서 PDF", OrdererID: "buyer_guide"})
	auto := r.sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100009", ProductName: "배송 없음 상품", OrdererID: "buyer_auto"})
	masked := r.sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100002", ProductName: "제주 여행 안내서 PDF", OrdererID: "kimm****"})
	parcel := r.sim.AddOrders(1)[0]
	r.sync(t)

	mails := r.catcher.Mails()
	require.Len(t, mails, 3, "one mail per digital order with a whole Naver ID")
	fontMail := r.catcher.MailsTo("buyer_font@naver.com")
	require.Len(t, fontMail, 1)
	assert.Contains(t, fontMail[0].Body, "FONT-AAAA-0001")
	assert.Contains(t, fontMail[0].Body, "FONT-AAAA-0002")
	assert.Contains(t, fontMail[0].FromHeader, "달빛 상점")
	require.Len(t, r.catcher.MailsTo("buyer_guide@naver.com"), 1)
	assert.Contains(t, r.catcher.MailsTo("buyer_guide@naver.com")[0].Body, "https://example.com/jeju.pdf")
	require.Len(t, r.catcher.MailsTo("buyer_auto@naver.com"), 1, "배송 없음 orders go with the default product")

	for _, id := range []string{font, guide, auto} {
		o, _ := r.sim.Order(id)
		assert.Equal(t, "DELIVERING", o.Status, id)
		assert.Equal(t, "OK", o.PlaceOrderStatus, id)
		assert.Equal(t, naver.DeliveryNothing, o.DeliveryMethod, id)
		assert.Empty(t, o.Courier+o.TrackingNumber, id)
		d := r.delivery(t, id)
		assert.Equal(t, "sent", d.State, id)
		assert.Equal(t, store.MarketDone, d.MarketState, id)
	}
	o, _ := r.sim.Order(parcel)
	assert.Equal(t, "PAYED", o.Status, "an order that ships is left alone")
	held := r.delivery(t, masked)
	assert.Equal(t, "held", held.State)
	assert.Contains(t, held.Note, "kimm****")
	assert.True(t, held.Address)

	page, err := r.a.Orders().ListShipments(ShipmentQuery{Limit: 100})
	require.NoError(t, err)
	badges := map[string]string{}
	for _, row := range page.Rows {
		badges[row.ID] = row.DigitalLabel
	}
	assert.Equal(t, "메일 발송 완료", badges[font])
	assert.Equal(t, "메일 보류", badges[masked])
	assert.Empty(t, badges[parcel])

	// the seller types the buyer's address for the masked order: it goes at once
	_, err = dg.SetAddress(order.ShipmentKey(order.Naver, masked), "kim.real@gmail.com")
	require.NoError(t, err)
	r.a.digital.Wait()
	require.Len(t, r.catcher.MailsTo("kim.real@gmail.com"), 1)

	// again: nothing mailed twice; then Naver shows 배송완료, later 구매확정
	r.sync(t)
	assert.Len(t, r.catcher.Mails(), 4)
	require.NoError(t, r.sim.Advance(font))
	r.sync(t)
	assert.Equal(t, store.MarketDelivered, r.delivery(t, font).MarketState, "a later read sees 배송완료")
	require.NoError(t, r.sim.Advance(font))
	r.sync(t)
	assert.Equal(t, store.MarketDecided, r.delivery(t, font).MarketState)
	assert.Equal(t, "구매확정", r.delivery(t, font).MarketStateLabel)

	box, err := dg.Mailbox()
	require.NoError(t, err)
	assert.Len(t, box, 4, "the demo's mailbox shows the caught mails")
	st, err := dg.Status()
	require.NoError(t, err)
	assert.True(t, st.Enabled)
	assert.True(t, st.Demo)
}

// The test-send button says in Korean what the mail server answered.
func TestDigitalTestSend(t *testing.T) {
	r := newDigitalRig(t)
	dg := r.a.Digital()
	s := digitalSettings(r.catcher)
	s.Enabled = false
	_, err := dg.SaveSettings(digital.SettingsInput{Settings: s, Password: "wrong-password"})
	require.NoError(t, err)
	res, err := dg.TestSend("")
	require.NoError(t, err)
	assert.False(t, res.OK)
	assert.Contains(t, res.Message, "로그인을 거부")
	_, err = dg.SaveSettings(digital.SettingsInput{Settings: s, Password: "app-password-16ch"})
	require.NoError(t, err)
	res, err = dg.TestSend("me@example.com")
	require.NoError(t, err)
	assert.True(t, res.OK, res.Message)
	require.Len(t, r.catcher.MailsTo("me@example.com"), 1)
	assert.Contains(t, r.catcher.MailsTo("me@example.com")[0].Subject, "테스트")
}

// The seller's decisions: a resend is explicit and recorded; "the buyer has it" ends an unknown.
func TestDigitalDecisions(t *testing.T) {
	r := newDigitalRig(t)
	dg := r.a.Digital()
	_, err := dg.SaveSettings(digital.SettingsInput{Settings: digitalSettings(r.catcher), Password: "app-password-16ch"})
	require.NoError(t, err)
	id := r.sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100002", ProductName: "안내서", OrdererID: "buyer_drop"})
	r.catcher.DropAfterData(1)
	r.sync(t)
	d := r.delivery(t, id)
	assert.Equal(t, "unknown", d.State)
	assert.ElementsMatch(t, []string{"resend", "received", "manual"}, d.Actions)
	o, _ := r.sim.Order(id)
	assert.Equal(t, "PAYED", o.Status, "no 배송없음 while it is unknown whether the buyer has the mail")

	_, err = dg.Decide(d.Key, "resend", "")
	require.NoError(t, err)
	r.a.digital.Wait()
	assert.Len(t, r.catcher.MailsTo("buyer_drop@naver.com"), 2, "the explicit resend leaves")
	d = r.delivery(t, id)
	assert.Equal(t, "sent", d.State)
	assert.Equal(t, 1, d.Resends)
	assert.Equal(t, store.MarketDone, d.MarketState)
	_, err = dg.Decide(d.Key, "cancel", "")
	assert.Error(t, err, "a sent mail cannot be cancelled")
	audit, err := r.a.Store().Audit(context.Background(), store.AuditQuery{ShipmentKey: d.Key})
	require.NoError(t, err)
	var actions []string
	for _, e := range audit {
		actions = append(actions, e.Action)
	}
	assert.Contains(t, actions, "digital.resend")
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"sellerdesk/app/views"
	"sellerdesk/backend/digital"
	"sellerdesk/backend/mail"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// DigitalSettingsView is the digital goods' settings screen: the settings (no password), whether
// a password is saved, and the tables the form offers.
type DigitalSettingsView struct {
	Settings digital.Settings `json:"settings"`
	// PasswordHint is "저장됨" when an SMTP password is saved (or given by the environment), ""
	// when none is: the password itself never comes back.
	PasswordHint string                      `json:"passwordHint"`
	Presets      []mail.Preset               `json:"presets"`
	Securities   []views.LabelOption         `json:"securities"`
	Kinds        []views.LabelOption         `json:"kinds"`
	Placeholders []digital.Placeholder       `json:"placeholders"`
	Templates    map[string]digital.Template `json:"templates"` // the default mail of each kind
	Stocks       []CodeStockView             `json:"stocks"`
	// CoupangNote says why Coupang orders cannot be mailed.
	CoupangNote string `json:"coupangNote"`
}

// CodeStockView is one product's licence-code pool.
type CodeStockView struct {
	Product   string `json:"product"`
	Name      string `json:"name"`
	Available int    `json:"available"`
	Used      int    `json:"used"`
	Level     int    `json:"level"`
	Low       bool   `json:"low"`
}

// DigitalSettingsInput is what the settings screen saves: the settings, and a new SMTP password
// ("" keeps the saved one).
type DigitalSettingsInput struct {
	Settings digital.Settings `json:"settings"`
	Password string           `json:"password"`
}

// settingsView builds the screen's view of s.
func (d *Digital) settingsView(ctx context.Context, s digital.Settings) (DigitalSettingsView, error) {
	v := DigitalSettingsView{Settings: s, Presets: mail.Presets(), Placeholders: digital.Placeholders(),
		Templates:   map[string]digital.Template{},
		CoupangNote: digital.CoupangNote,
		Securities:  []views.LabelOption{{Value: string(mail.ImplicitTLS), Label: mail.ImplicitTLS.Label()}, {Value: string(mail.StartTLS), Label: mail.StartTLS.Label()}}}
	for _, k := range []digital.Kind{digital.KindLink, digital.KindCodes} {
		v.Kinds = append(v.Kinds, views.LabelOption{Value: string(k), Label: k.Label()})
		v.Templates[string(k)] = digital.DefaultTemplate(k)
	}
	if v.Settings.Products == nil {
		v.Settings.Products = []digital.Product{}
	}
	has, err := digital.HasSMTPPassword(ctx, d.app.store, d.app.cfg.Env)
	if err != nil {
		return v, d.fail("메일 서버 비밀번호를 확인하지 못했습니다.", err)
	}
	if has {
		v.PasswordHint = "저장됨"
	}
	if v.Stocks, err = d.stocks(ctx, s); err != nil {
		return v, err
	}
	return v, nil
}

func (d *Digital) stocks(ctx context.Context, s digital.Settings) ([]CodeStockView, error) {
	out := []CodeStockView{}
	for _, p := range s.Products {
		if p.Kind != digital.KindCodes {
			continue
		}
		st, err := d.app.store.CodeStockOf(ctx, p.ID)
		if err != nil {
			return nil, d.fail("라이선스 코드 재고를 읽지 못했습니다.", err)
		}
		name := p.Name
		if name == "" {
			name = p.ID
		}
		out = append(out, CodeStockView{Product: p.ID, Name: name, Available: st.Available, Used: st.Used,
			Level: p.LowStockLevel(), Low: st.Available < p.LowStockLevel()})
	}
	return out, nil
}

// Settings returns the digital goods' settings (without the SMTP password).
func (d *Digital) Settings() (DigitalSettingsView, error) {
	ctx := d.ctx()
	s, err := digital.LoadSettings(ctx, d.app.store)
	if err != nil {
		return DigitalSettingsView{}, d.fail("디지털 상품 설정을 읽지 못했습니다.", err)
	}
	return d.settingsView(ctx, s)
}

// SaveSettings validates and saves the digital goods' settings and, when given, the SMTP
// password; the runner then plans what the new settings make deliverable.
func (d *Digital) SaveSettings(in DigitalSettingsInput) (DigitalSettingsView, error) {
	ctx := d.ctx()
	if err := digital.SaveSettings(ctx, d.app.store, in.Settings); err != nil {
		return DigitalSettingsView{}, d.settingsErr(err)
	}
	if err := digital.SaveSMTPPassword(ctx, d.app.store, in.Password); err != nil {
		return DigitalSettingsView{}, d.fail("메일 서버 비밀번호를 저장하지 못했습니다.", err)
	}
	d.app.log.Info("digital settings saved", "enabled", in.Settings.Enabled, "products", len(in.Settings.Products), "passwordChanged", in.Password != "")
	d.app.kickDigital()
	return d.settingsView(ctx, in.Settings)
}

// settingsErr passes a settings rule's Korean sentence to the seller.
func (d *Digital) settingsErr(err error) error {
	var se *digital.SettingsError
	var te *digital.TemplateError
	var ce *mail.ConfigError
	if errors.As(err, &se) || errors.As(err, &te) || errors.As(err, &ce) {
		return userErr(err.Error(), err)
	}
	return d.fail("디지털 상품 설정을 저장하지 못했습니다.", err)
}

// TestSendView is the outcome of the test-send button.
type TestSendView struct {
	OK      bool   `json:"ok"`
	To      string `json:"to"`
	Message string `json:"message"`
}

// TestSend sends the test mail (mail.TestMessage) with the saved server settings and password to
// to (the from-address when empty) and says in Korean what happened.
func (d *Digital) TestSend(to string) (TestSendView, error) {
	ctx := d.ctx()
	s, err := digital.LoadSettings(ctx, d.app.store)
	if err != nil {
		return TestSendView{}, d.fail("디지털 상품 설정을 읽지 못했습니다.", err)
	}
	if strings.TrimSpace(to) == "" {
		to = s.SMTP.From
	}
	if to, err = digital.ParseAddress(to); err != nil {
		return TestSendView{}, userErr(err.Error(), err)
	}
	sender, err := digital.NewMailer(d.app.store, d.app.cfg.Env, d.app.digital.mailOpts...)(ctx, s)
	if err != nil {
		var ce *mail.ConfigError
		if errors.As(err, &ce) {
			return TestSendView{To: to, Message: ce.Message}, nil
		}
		return TestSendView{}, d.fail("메일 서버 설정을 읽지 못했습니다.", err)
	}
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := sender.Send(sctx, mail.TestMessage(to, d.app.cfg.Now())); err != nil {
		d.app.log.Warn("digital test send failed", "err", err)
		var se *mail.SendError
		if errors.As(err, &se) {
			return TestSendView{To: to, Message: se.Korean()}, nil
		}
		return TestSendView{To: to, Message: "테스트 메일을 보내지 못했습니다."}, nil
	}
	return TestSendView{OK: true, To: to, Message: fmt.Sprintf("%s로 테스트 메일을 보냈습니다. 받은편지함(또는 스팸함)을 확인하세요.", to)}, nil
}

// CodeImportView is what a licence-code file added to a product's pool.
type CodeImportView struct {
	Product    string        `json:"product"`
	Added      int           `json:"added"`
	Known      int           `json:"known"`
	Duplicates int           `json:"duplicates"`
	Stock      CodeStockView `json:"stock"`
	Message    string        `json:"message"`
}

// ImportCodes reads a licence-code file (CSV, TSV or XLSX; Go's []byte travels as base64) into
// the pool of a code product. A code the pool ever had is not added again.
func (d *Digital) ImportCodes(product, fileName string, data []byte) (CodeImportView, error) {
	ctx := d.ctx()
	s, err := digital.LoadSettings(ctx, d.app.store)
	if err != nil {
		return CodeImportView{}, d.fail("디지털 상품 설정을 읽지 못했습니다.", err)
	}
	p, ok := s.Product(product)
	if !ok || p.Kind != digital.KindCodes {
		return CodeImportView{}, userErr("라이선스 코드를 쓰는 디지털 상품을 먼저 저장하고 고르세요.", fmt.Errorf("import codes: no code product %q", product))
	}
	cf, err := digital.ParseCodes(data)
	if err != nil {
		var fe *digital.CodeFileError
		if errors.As(err, &fe) {
			return CodeImportView{}, userErr(fe.Message, err)
		}
		return CodeImportView{}, d.fail("코드 파일을 읽지 못했습니다.", err)
	}
	res, err := d.app.store.ImportCodes(ctx, p.ID, cf.Codes, "seller")
	if err != nil {
		return CodeImportView{}, d.fail("코드를 저장하지 못했습니다.", err)
	}
	d.app.log.Info("licence codes imported", "product", p.ID, "file", fileName, "added", res.Added, "known", res.Known)
	v := CodeImportView{Product: p.ID, Added: res.Added, Known: res.Known, Duplicates: cf.Duplicates,
		Stock: CodeStockView{Product: p.ID, Name: p.Name, Available: res.Stock.Available, Used: res.Stock.Used,
			Level: p.LowStockLevel(), Low: res.Stock.Available < p.LowStockLevel()}}
	v.Message = fmt.Sprintf("코드 %d개를 추가했습니다. 남은 코드 %d개.", res.Added, res.Stock.Available)
	if res.Known > 0 {
		v.Message += fmt.Sprintf(" 이미 있던(또는 이미 보낸) 코드 %d개는 다시 넣지 않았습니다.", res.Known)
	}
	d.app.kickDigital() // orders waiting for codes go now
	return v, nil
}

// DeliveryView is one delivery on the 디지털 발송 screen.
type DeliveryView struct {
	Key              string   `json:"key"`
	Market           string   `json:"market"`
	MarketLabel      string   `json:"marketLabel"`
	ID               string   `json:"id"`
	OrderID          string   `json:"orderId"`
	Product          string   `json:"product"`
	ProductName      string   `json:"productName"`
	OptionName       string   `json:"optionName"`
	Quantity         int      `json:"quantity"`
	KindLabel        string   `json:"kindLabel"`
	Codes            []string `json:"codes"`
	BuyerName        string   `json:"buyerName"`
	To               string   `json:"to"`
	ToSource         string   `json:"toSource"`
	Subject          string   `json:"subject"`
	Body             string   `json:"body"`
	State            string   `json:"state"`
	StateLabel       string   `json:"stateLabel"`
	Note             string   `json:"note"`
	Attempts         int      `json:"attempts"`
	MaxAttempts      int      `json:"maxAttempts"`
	Resends          int      `json:"resends"`
	MarketState      string   `json:"marketState"`
	MarketStateLabel string   `json:"marketStateLabel"`
	MarketNote       string   `json:"marketNote"`
	Created          string   `json:"created"` // KST
	Sent             string   `json:"sent"`    // KST
	// Actions are the seller's decisions possible now: resend, received, manual, cancel; Address
	// says an address may be typed; RetryMarket that the 배송없음 step may be tried again.
	Actions     []string `json:"actions"`
	Address     bool     `json:"address"`
	RetryMarket bool     `json:"retryMarket"`
}

// The seller's decisions on a delivery, as the screen names them.
var deliveryActions = map[string]store.DeliveryState{
	"resend": store.DeliveryPlanned, "received": store.DeliverySent, "manual": store.DeliveryManual, "cancel": store.DeliveryCanceled,
}

func actionOf(to store.DeliveryState) string {
	for a, s := range deliveryActions {
		if s == to {
			return a
		}
	}
	return ""
}

func kst(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(order.KST()).Format("01-02 15:04")
}

func deliveryView(d store.Delivery) DeliveryView {
	_, id, _ := order.SplitKey(d.Key)
	v := DeliveryView{Key: d.Key, Market: string(d.Market), MarketLabel: d.Market.Label(), ID: id, OrderID: d.OrderID,
		Product: d.Product, ProductName: d.ProductName, OptionName: d.OptionName, Quantity: d.Quantity,
		KindLabel: digital.Kind(d.Kind).Label(), Codes: d.Codes, BuyerName: d.BuyerName, To: d.To, ToSource: d.ToSource,
		Subject: d.Subject, Body: d.Body, State: string(d.State), StateLabel: d.State.Label(), Note: d.Note,
		Attempts: d.Attempts, MaxAttempts: d.MaxAttempts, Resends: d.Resends, MarketState: d.MarketState,
		MarketStateLabel: store.MarketStateLabel(d.MarketState), MarketNote: d.MarketNote,
		Created: kst(d.CreatedAt), Sent: kst(d.SentAt), Actions: []string{}, Address: d.AddressEditable(),
		RetryMarket: d.MarketState == store.MarketFailed}
	if v.Codes == nil {
		v.Codes = []string{}
	}
	for _, to := range d.Decisions() {
		v.Actions = append(v.Actions, actionOf(to))
	}
	return v
}

// Deliveries lists every digital delivery, newest first, with its mail, state and codes.
func (d *Digital) Deliveries() ([]DeliveryView, error) {
	items, err := d.app.DigitalDeliveries(d.ctx())
	if err != nil {
		return nil, d.fail("디지털 발송 내역을 읽지 못했습니다.", err)
	}
	out := make([]DeliveryView, len(items))
	for i, it := range items {
		out[i] = deliveryView(it.Delivery)
	}
	return out, nil
}

// Decide records the seller's decision on a delivery: "resend" (send the same mail again,
// recorded), "received" (the buyer has it), "manual" (delivered by hand) or "cancel".
func (d *Digital) Decide(key, action, reason string) (DeliveryView, error) {
	to, ok := deliveryActions[action]
	if !ok {
		return DeliveryView{}, userErr("알 수 없는 처리입니다: "+action, fmt.Errorf("decide %s: action %q", key, action))
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		reason = map[string]string{"resend": "판매자가 다시 보내기를 골랐습니다.", "received": "판매자가 구매자가 받았다고 표시했습니다.",
			"manual": "판매자가 직접 보냈다고 표시했습니다.", "cancel": "판매자가 보내지 않기로 했습니다."}[action]
	}
	dl, err := d.app.store.DecideDelivery(d.ctx(), key, store.DeliveryDecision{To: to, Actor: "seller", Reason: reason})
	if err != nil {
		return DeliveryView{}, d.deliveryErr(key, err)
	}
	d.app.events.Emit(EventDigitalChanged, nil)
	d.app.kickDigital() // a resend leaves now; a delivery marked sent goes on to 배송없음
	return deliveryView(dl), nil
}

// SetAddress stores the address the seller typed for one order (a masked or missing Naver ID, a
// Coupang order, a refused address).
func (d *Digital) SetAddress(key, address string) (DeliveryView, error) {
	addr, err := digital.ParseAddress(address)
	if err != nil {
		return DeliveryView{}, userErr(err.Error(), err)
	}
	dl, err := d.app.store.SetDeliveryAddress(d.ctx(), key, addr, "seller")
	if err != nil {
		return DeliveryView{}, d.deliveryErr(key, err)
	}
	d.app.events.Emit(EventDigitalChanged, nil)
	d.app.kickDigital() // a held order is planned with it now
	return deliveryView(dl), nil
}

// RetryMarket lets the runner try 배송없음 again for a delivery the marketplace refused (after the
// seller fixed the cause in the seller centre).
func (d *Digital) RetryMarket(key string) (DeliveryView, error) {
	dl, ok, err := d.app.store.Delivery(d.ctx(), key)
	switch {
	case err != nil:
		return DeliveryView{}, d.fail("디지털 발송 내역을 읽지 못했습니다.", err)
	case !ok:
		return DeliveryView{}, userErr("이 주문의 디지털 발송 기록이 없습니다.", store.ErrNotFound)
	case dl.MarketState != store.MarketFailed:
		return deliveryView(dl), nil
	}
	if dl, err = d.app.store.SetDeliveryMarket(d.ctx(), key, "", "판매자가 발송처리를 다시 시도합니다."); err != nil {
		return DeliveryView{}, d.deliveryErr(key, err)
	}
	d.app.kickDigital()
	return deliveryView(dl), nil
}

func (d *Digital) deliveryErr(key string, err error) error {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return userErr("이 주문의 디지털 발송 기록이 없습니다. 목록을 새로 고치세요.", err)
	case errors.Is(err, store.ErrDeliveryState):
		return userErr("지금 상태에서는 할 수 없는 처리입니다. 목록을 새로 고치세요.", err)
	}
	return d.fail("디지털 발송 기록을 바꾸지 못했습니다.", fmt.Errorf("%s: %w", key, err))
}

// DigitalStatusView is the 디지털 발송 screen's head: on or off, the last run, the stock warnings.
type DigitalStatusView struct {
	Enabled bool   `json:"enabled"`
	LastRun string `json:"lastRun"` // KST, "" before the first
	// Report is the last run's report; Error says in Korean when it failed.
	Report digital.Report `json:"report"`
	Error  string         `json:"error"`
	// Demo: the app runs on the demo's mail catcher (Mailbox shows the caught mails).
	Demo bool `json:"demo"`
}

// Status returns whether digital delivery is on and what the last run did.
func (d *Digital) Status() (DigitalStatusView, error) {
	s, err := digital.LoadSettings(d.ctx(), d.app.store)
	if err != nil {
		return DigitalStatusView{}, d.fail("디지털 상품 설정을 읽지 못했습니다.", err)
	}
	r := &d.app.digital
	r.mu.Lock()
	defer r.mu.Unlock()
	return DigitalStatusView{Enabled: s.Enabled, LastRun: kst(r.lastAt), Report: r.last, Error: r.lastErr, Demo: d.app.cfg.Mailbox != nil}, nil
}

// CaughtMail is one mail the demo's mail catcher received.
type CaughtMail struct {
	At        string   `json:"at"` // KST
	From      string   `json:"from"`
	To        []string `json:"to"`
	Subject   string   `json:"subject"`
	Body      string   `json:"body"`
	MessageID string   `json:"messageId"`
}

// Mailbox lists the mails the demo's mail catcher received, newest first (empty outside the demo).
func (d *Digital) Mailbox() ([]CaughtMail, error) {
	out := []CaughtMail{}
	if d.app.cfg.Mailbox == nil {
		return out, nil
	}
	mails := d.app.cfg.Mailbox.Mails()
	for i := len(mails) - 1; i >= 0; i-- {
		m := mails[i]
		out = append(out, CaughtMail{At: m.At.In(order.KST()).Format("01-02 15:04:05"), From: m.FromHeader, To: m.To,
			Subject: m.Subject, Body: m.Body, MessageID: m.MessageID})
	}
	return out, nil
}

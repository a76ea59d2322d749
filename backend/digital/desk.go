package digital

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"sellerdesk/backend/mail"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Desk is what the 디지털 발송 screen asks of digital goods: the settings (never the password),
// the test mail, licence-code files, the deliveries and the seller's decisions on them. Every
// error it returns carries a Korean sentence for the seller (usererr); the cause goes to the log.
type Desk struct {
	Store *store.Store
	// Secrets keeps the SMTP password (backend/secrets).
	Secrets secrets.Store
	// Env reads the environment (SELLERDESK_SMTP_PASSWORD); nil reads nothing.
	Env func(string) string
	// MailOptions tune the sender (the demo's and the tests' certificate authorities).
	MailOptions []mail.Option
	Now         func() time.Time
	Log         *slog.Logger
	// Monitor keeps the last run (the screen's head); Demo says the mails go to the demo's catcher.
	Monitor *Monitor
	Demo    bool
	// Kick starts a digital run now (a resend leaves at once, not at the next sync); Changed tells
	// the screens a delivery changed. Either may be nil.
	Kick, Changed func()
}

// fail logs the cause and returns the seller's sentence (with the store's words for a full disk,
// a read-only folder or a damaged file).
func (d *Desk) fail(korean string, err error) error {
	if d.Log != nil {
		d.Log.Error(korean, "err", err)
	}
	if msg, ok := store.SellerMessage(err); ok {
		korean += " " + msg
	}
	return usererr.New(korean, err)
}

func (d *Desk) kick() {
	if d.Kick != nil {
		d.Kick()
	}
}

func (d *Desk) changed() {
	if d.Changed != nil {
		d.Changed()
	}
}

// Option is one code with the Korean words the screen shows for it.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// SettingsView is the settings screen: the settings (no password), whether a password is saved,
// and the tables the form offers.
type SettingsView struct {
	Settings Settings `json:"settings"`
	// PasswordHint is "저장됨" when an SMTP password is saved (or given by the environment), ""
	// when none is: the password itself never comes back.
	PasswordHint string              `json:"passwordHint"`
	Presets      []mail.Preset       `json:"presets"`
	Securities   []Option            `json:"securities"`
	Kinds        []Option            `json:"kinds"`
	Placeholders []Placeholder       `json:"placeholders"`
	Templates    map[string]Template `json:"templates"` // the default mail of each kind
	Stocks       []CodeStockView     `json:"stocks"`
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

func stockView(p Product, st store.CodeStock) CodeStockView {
	name := p.Name
	if name == "" {
		name = p.ID
	}
	return CodeStockView{Product: p.ID, Name: name, Available: st.Available, Used: st.Used, Level: p.LowStockLevel(), Low: st.Available < p.LowStockLevel()}
}

// SettingsInput is what the settings screen saves: the settings, and a new SMTP password ("" keeps
// the saved one).
type SettingsInput struct {
	Settings Settings `json:"settings"`
	Password string   `json:"password"`
}

func (d *Desk) settings(ctx context.Context) (Settings, error) {
	s, err := LoadSettings(ctx, d.Store)
	if err != nil {
		return s, d.fail("디지털 상품 설정을 읽지 못했습니다.", err)
	}
	return s, nil
}

// SettingsView returns the settings screen of the saved settings.
func (d *Desk) SettingsView(ctx context.Context) (SettingsView, error) {
	s, err := d.settings(ctx)
	if err != nil {
		return SettingsView{}, err
	}
	return d.view(ctx, s)
}

func (d *Desk) view(ctx context.Context, s Settings) (SettingsView, error) {
	v := SettingsView{Settings: s, Presets: mail.Presets(), Placeholders: Placeholders(), Templates: map[string]Template{}, CoupangNote: CoupangNote,
		Securities: []Option{{string(mail.ImplicitTLS), mail.ImplicitTLS.Label()}, {string(mail.StartTLS), mail.StartTLS.Label()}}, Stocks: []CodeStockView{}}
	for _, k := range []Kind{KindLink, KindCodes} {
		v.Kinds = append(v.Kinds, Option{string(k), k.Label()})
		v.Templates[string(k)] = DefaultTemplate(k)
	}
	if v.Settings.Products == nil {
		v.Settings.Products = []Product{}
	}
	has, err := HasSMTPPassword(ctx, d.Secrets, d.Env)
	if err != nil {
		return v, d.fail("메일 서버 비밀번호를 확인하지 못했습니다.", err)
	}
	if has {
		v.PasswordHint = "저장됨"
	}
	for _, p := range s.Products {
		if p.Kind == KindCodes {
			st, err := d.Store.CodeStockOf(ctx, p.ID)
			if err != nil {
				return v, d.fail("라이선스 코드 재고를 읽지 못했습니다.", err)
			}
			v.Stocks = append(v.Stocks, stockView(p, st))
		}
	}
	return v, nil
}

// Save validates and saves the settings and, when given, the SMTP password; a run then plans what
// the new settings make deliverable.
func (d *Desk) Save(ctx context.Context, in SettingsInput) (SettingsView, error) {
	if err := SaveSettings(ctx, d.Store, in.Settings); err != nil {
		var se *SettingsError
		var te *TemplateError
		var ce *mail.ConfigError
		if errors.As(err, &se) || errors.As(err, &te) || errors.As(err, &ce) {
			return SettingsView{}, usererr.New(err.Error(), err)
		}
		return SettingsView{}, d.fail("디지털 상품 설정을 저장하지 못했습니다.", err)
	}
	if err := SaveSMTPPassword(ctx, d.Secrets, in.Password); err != nil {
		return SettingsView{}, d.fail("메일 서버 비밀번호를 저장하지 못했습니다.", err)
	}
	if d.Log != nil {
		d.Log.Info("digital settings saved", "enabled", in.Settings.Enabled, "products", len(in.Settings.Products), "passwordChanged", in.Password != "")
	}
	d.kick()
	return d.view(ctx, in.Settings)
}

// TestSendView is the outcome of the test-send button.
type TestSendView struct {
	OK      bool   `json:"ok"`
	To      string `json:"to"`
	Message string `json:"message"`
}

// TestSend sends the test mail (mail.TestMessage) with the saved server settings and password to
// to (the from-address when empty) and says in Korean what happened.
func (d *Desk) TestSend(ctx context.Context, to string) (TestSendView, error) {
	s, err := d.settings(ctx)
	if err != nil {
		return TestSendView{}, err
	}
	if strings.TrimSpace(to) == "" {
		to = s.SMTP.From
	}
	if to, err = ParseAddress(to); err != nil {
		return TestSendView{}, usererr.New(err.Error(), err)
	}
	sender, err := NewMailer(d.Secrets, d.Env, d.MailOptions...)(ctx, s)
	if err != nil {
		var ce *mail.ConfigError
		if errors.As(err, &ce) {
			return TestSendView{To: to, Message: ce.Message}, nil
		}
		return TestSendView{}, d.fail("메일 서버 설정을 읽지 못했습니다.", err)
	}
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := sender.Send(sctx, mail.TestMessage(to, d.Now())); err != nil {
		if d.Log != nil {
			d.Log.Warn("digital test send failed", "err", err)
		}
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

// ImportCodes reads a licence-code file (CSV, TSV or XLSX) into the pool of a code product. A code
// the pool ever had is not added again.
func (d *Desk) ImportCodes(ctx context.Context, product, fileName string, data []byte) (CodeImportView, error) {
	s, err := d.settings(ctx)
	if err != nil {
		return CodeImportView{}, err
	}
	p, ok := s.Product(product)
	if !ok || p.Kind != KindCodes {
		return CodeImportView{}, usererr.New("라이선스 코드를 쓰는 디지털 상품을 먼저 저장하고 고르세요.", fmt.Errorf("import codes: no code product %q", product))
	}
	cf, err := ParseCodes(data)
	if err != nil {
		var fe *CodeFileError
		if errors.As(err, &fe) {
			return CodeImportView{}, usererr.New(fe.Message, err)
		}
		return CodeImportView{}, d.fail("코드 파일을 읽지 못했습니다.", err)
	}
	res, err := d.Store.ImportCodes(ctx, p.ID, cf.Codes, "seller")
	if err != nil {
		return CodeImportView{}, d.fail("코드를 저장하지 못했습니다.", err)
	}
	if d.Log != nil {
		d.Log.Info("licence codes imported", "product", p.ID, "file", fileName, "added", res.Added, "known", res.Known)
	}
	v := CodeImportView{Product: p.ID, Added: res.Added, Known: res.Known, Duplicates: cf.Duplicates, Stock: stockView(p, res.Stock),
		Message: fmt.Sprintf("코드 %d개를 추가했습니다. 남은 코드 %d개.", res.Added, res.Stock.Available)}
	if res.Known > 0 {
		v.Message += fmt.Sprintf(" 이미 있던(또는 이미 보낸) 코드 %d개는 다시 넣지 않았습니다.", res.Known)
	}
	d.kick() // orders waiting for codes go now
	return v, nil
}

// Status returns whether digital delivery is on and what the last run did.
func (d *Desk) Status(ctx context.Context) (StatusView, error) {
	s, err := d.settings(ctx)
	if err != nil {
		return StatusView{}, err
	}
	return d.Monitor.Status(s.Enabled, d.Demo), nil
}

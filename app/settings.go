package app

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"sellerdesk/backend/order"
)

// settingsKey is the store setting holding Settings.
const settingsKey = "settings.v1"

// Settings is the seller's configuration. Secrets live in the data file (0600, folder 0700) and
// never leave the Go side once saved: the UI only sees SettingsView.
type Settings struct {
	Naver               NaverKeys   `json:"naver"`
	Coupang             CoupangKeys `json:"coupang"`
	SyncIntervalMinutes int         `json:"syncIntervalMinutes"`
	AutoAcknowledge     bool        `json:"autoAcknowledge"`
	// NaverLookbackDays is how far the first Naver sync reaches back (0: 3 days).
	NaverLookbackDays int `json:"naverLookbackDays,omitempty"`
	// CoupangWindowDays is the Coupang order-creation window polled each sync (0: 7, at most 31).
	CoupangWindowDays int `json:"coupangWindowDays,omitempty"`
	// PrivacyDays: the buyer's personal data is masked this many days after a box settled
	// (0: DefaultPrivacyDays; PrivacyOff: never). See retention.go.
	PrivacyDays int `json:"privacyDays,omitempty"`
}

// NaverKeys are the 커머스API센터 application's credentials.
type NaverKeys struct {
	ClientID     string `json:"clientId"`
	ClientSecret string `json:"clientSecret"`
	BaseURL      string `json:"baseUrl,omitempty"`
}

// CoupangKeys are the WING Open API credentials.
type CoupangKeys struct {
	VendorID  string `json:"vendorId"`
	AccessKey string `json:"accessKey"`
	SecretKey string `json:"secretKey"`
	BaseURL   string `json:"baseUrl,omitempty"`
}

// Defaults and bounds of the sync interval (minutes). One minute is far inside both
// marketplaces' rate limits for an idle sync.
const (
	DefaultSyncInterval = 5
	MinSyncInterval     = 1
	MaxSyncInterval     = 24 * 60
)

func (s Settings) configured(m order.Marketplace) bool {
	switch m {
	case order.Naver:
		return s.Naver.ClientID != "" && s.Naver.ClientSecret != ""
	case order.Coupang:
		return s.Coupang.VendorID != "" && s.Coupang.AccessKey != "" && s.Coupang.SecretKey != ""
	}
	return false
}

func (a *App) loadSettings(ctx context.Context) (Settings, error) {
	s := Settings{SyncIntervalMinutes: DefaultSyncInterval}
	if _, err := a.store.GetSetting(ctx, settingsKey, &s); err != nil {
		return s, fmt.Errorf("app: load settings: %w", err)
	}
	if s.SyncIntervalMinutes == 0 {
		s.SyncIntervalMinutes = DefaultSyncInterval
	}
	return s, nil
}

// SettingsView is the settings as the UI may see them: secrets only as a masked hint.
type SettingsView struct {
	NaverClientID       string `json:"naverClientId"`
	NaverSecretHint     string `json:"naverSecretHint"`
	NaverBaseURL        string `json:"naverBaseUrl"`
	CoupangVendorID     string `json:"coupangVendorId"`
	CoupangAccessHint   string `json:"coupangAccessHint"`
	CoupangSecretHint   string `json:"coupangSecretHint"`
	CoupangBaseURL      string `json:"coupangBaseUrl"`
	SyncIntervalMinutes int    `json:"syncIntervalMinutes"`
	AutoAcknowledge     bool   `json:"autoAcknowledge"`
	DataDir             string `json:"dataDir"`
	// SecretNote tells the seller where the keys are kept.
	SecretNote string `json:"secretNote"`
	// PrivacyDays is the retention period in days (0 when PrivacyOff); PrivacyNote says what it
	// does, in Korean.
	PrivacyDays int    `json:"privacyDays"`
	PrivacyOff  bool   `json:"privacyOff"`
	PrivacyNote string `json:"privacyNote"`
}

// SettingsInput is what the settings screen saves. An empty secret keeps the saved one.
type SettingsInput struct {
	NaverClientID       string `json:"naverClientId"`
	NaverClientSecret   string `json:"naverClientSecret"`
	NaverBaseURL        string `json:"naverBaseUrl"`
	CoupangVendorID     string `json:"coupangVendorId"`
	CoupangAccessKey    string `json:"coupangAccessKey"`
	CoupangSecretKey    string `json:"coupangSecretKey"`
	CoupangBaseURL      string `json:"coupangBaseUrl"`
	SyncIntervalMinutes int    `json:"syncIntervalMinutes"`
	AutoAcknowledge     bool   `json:"autoAcknowledge"`
	// PrivacyDays is the retention period, which also turns masking back on (0 keeps the saved
	// choice); PrivacyOff turns masking off.
	PrivacyDays int  `json:"privacyDays"`
	PrivacyOff  bool `json:"privacyOff"`
}

// mask shows that a secret is saved without showing it: at most its last 4 characters.
func mask(secret string) string {
	if secret == "" {
		return ""
	}
	r := []rune(secret)
	if len(r) <= 8 {
		return "저장됨 (••••)"
	}
	return "저장됨 (••••" + string(r[len(r)-4:]) + ")"
}

func (a *App) view(s Settings) SettingsView {
	return SettingsView{
		NaverClientID: s.Naver.ClientID, NaverSecretHint: mask(s.Naver.ClientSecret), NaverBaseURL: s.Naver.BaseURL,
		CoupangVendorID: s.Coupang.VendorID, CoupangAccessHint: mask(s.Coupang.AccessKey),
		CoupangSecretHint: mask(s.Coupang.SecretKey), CoupangBaseURL: s.Coupang.BaseURL,
		SyncIntervalMinutes: s.SyncIntervalMinutes, AutoAcknowledge: s.AutoAcknowledge, DataDir: a.cfg.DataDir,
		SecretNote:  "API 키는 이 PC의 데이터 폴더(본인만 읽을 수 있는 파일)에만 저장되며, 저장 후에는 화면에 다시 표시되지 않습니다.",
		PrivacyDays: s.privacyDays(), PrivacyOff: s.privacyDays() == 0, PrivacyNote: privacyNote(s.privacyDays()),
	}
}

// privacyNote says in Korean what the retention setting does.
func privacyNote(days int) string {
	if days == 0 {
		return "꺼져 있습니다: 받는 분·주문자의 이름, 연락처, 주소, 배송 메시지를 기한 없이 보관합니다. " +
			"개인정보는 목적(배송·반품 처리)을 다하면 파기해야 하므로, 끄는 것은 그 책임을 판매자가 직접 지겠다는 선택입니다."
	}
	return fmt.Sprintf("배송 완료(구매확정·취소·반품·교환 완료 포함) 후 %d일이 지난 주문은 받는 분·주문자의 이름, 연락처, 주소, "+
		"배송 메시지를 가립니다(예: 김**, 010-****-****). 진행 중인 클레임이 있는 주문은 클레임이 끝날 때까지 보관합니다. "+
		"%d일보다 오래된 백업 파일도 지웁니다(최근 %d개는 남김).", days, days, BackupsKept)
}

// GetSettings returns the settings with secrets masked.
func (d *Desk) GetSettings() (SettingsView, error) {
	s, err := d.app.loadSettings(context.Background())
	if err != nil {
		return SettingsView{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	return d.app.view(s), nil
}

var (
	naverSecretRe = regexp.MustCompile(`^\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{22}$`)
	vendorIDRe    = regexp.MustCompile(`^A\d{8}$`)
)

// SaveSettings validates and saves the settings. Secrets left empty keep their saved value.
func (d *Desk) SaveSettings(in SettingsInput) (SettingsView, error) {
	ctx := context.Background()
	s, err := d.app.loadSettings(ctx)
	if err != nil {
		return SettingsView{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	s.Naver.ClientID = strings.TrimSpace(in.NaverClientID)
	if in.NaverClientSecret != "" {
		// The secret is an opaque bcrypt salt containing '$': never trim or expand inside it.
		if !naverSecretRe.MatchString(in.NaverClientSecret) {
			return SettingsView{}, userErr("네이버 애플리케이션 시크릿 형식이 올바르지 않습니다. 커머스API센터에서 복사한 값($2a$로 시작하는 29자)을 그대로 붙여 넣으세요.",
				fmt.Errorf("naver client secret does not look like a bcrypt salt"))
		}
		s.Naver.ClientSecret = in.NaverClientSecret
	}
	s.Coupang.VendorID = strings.ToUpper(strings.TrimSpace(in.CoupangVendorID))
	if s.Coupang.VendorID != "" && !vendorIDRe.MatchString(s.Coupang.VendorID) {
		return SettingsView{}, userErr("쿠팡 업체코드는 A로 시작하는 9자리(예: A00012345)입니다.", fmt.Errorf("bad vendor id"))
	}
	if k := strings.TrimSpace(in.CoupangAccessKey); k != "" {
		s.Coupang.AccessKey = k
	}
	if k := strings.TrimSpace(in.CoupangSecretKey); k != "" {
		s.Coupang.SecretKey = k
	}
	for _, u := range []struct{ in, label string }{{in.NaverBaseURL, "네이버"}, {in.CoupangBaseURL, "쿠팡"}} {
		if u.in == "" {
			continue
		}
		p, err := url.Parse(u.in)
		if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			return SettingsView{}, userErr(u.label+" API 주소는 https://로 시작하는 전체 주소여야 합니다.", fmt.Errorf("bad base url"))
		}
	}
	s.Naver.BaseURL = strings.TrimSpace(in.NaverBaseURL)
	s.Coupang.BaseURL = strings.TrimSpace(in.CoupangBaseURL)
	if in.SyncIntervalMinutes < MinSyncInterval || in.SyncIntervalMinutes > MaxSyncInterval {
		return SettingsView{}, userErr(fmt.Sprintf("동기화 주기는 %d분에서 %d분 사이로 정하세요.", MinSyncInterval, MaxSyncInterval),
			fmt.Errorf("sync interval %d out of range", in.SyncIntervalMinutes))
	}
	s.SyncIntervalMinutes = in.SyncIntervalMinutes
	s.AutoAcknowledge = in.AutoAcknowledge
	switch {
	case in.PrivacyOff:
		s.PrivacyDays = PrivacyOff
	case in.PrivacyDays == 0:
		// not sent: the saved choice stays (a form without the field never turns masking on or off)
	case in.PrivacyDays < MinPrivacyDays || in.PrivacyDays > MaxPrivacyDays:
		return SettingsView{}, userErr(fmt.Sprintf("개인정보 보관 기간은 %d일에서 %d일 사이로 정하세요.", MinPrivacyDays, MaxPrivacyDays),
			fmt.Errorf("privacy days %d out of range", in.PrivacyDays))
	default:
		s.PrivacyDays = in.PrivacyDays
	}
	if err := d.app.store.PutSetting(ctx, settingsKey, s); err != nil {
		return SettingsView{}, d.fail("설정을 저장하지 못했습니다.", err)
	}
	d.app.log.Info("settings saved", "naverConfigured", s.configured(order.Naver), "coupangConfigured", s.configured(order.Coupang))
	d.app.events.Emit(EventSettingsChanged, nil)
	d.app.restartSync()
	d.app.maybeRetention(true)
	return d.app.view(s), nil
}

// SyncRunView is one line of the sync log.
type SyncRunView struct {
	Started  string `json:"started"` // KST
	Duration string `json:"duration"`
	Added    int    `json:"added"`
	Changed  int    `json:"changed"`
	Calls    int    `json:"calls"`
	Error    string `json:"error"` // Korean, with the fix
}

// SyncLog returns the last runs of one marketplace's sync, newest first.
func (d *Desk) SyncLog(market string) ([]SyncRunView, error) {
	m, err := order.ParseMarketplace(market)
	if err != nil {
		return nil, userErr("알 수 없는 마켓입니다: "+market, err)
	}
	runs, err := d.app.store.SyncRuns(context.Background(), m, 50)
	if err != nil {
		return nil, d.fail("동기화 기록을 읽지 못했습니다.", err)
	}
	out := make([]SyncRunView, 0, len(runs))
	for _, r := range runs {
		out = append(out, SyncRunView{Started: r.Started.In(kst).Format("01-02 15:04:05"),
			Duration: r.Finished.Sub(r.Started).Round(100 * 1e6).String(),
			Added:    r.Added, Changed: r.Changed, Calls: r.Calls, Error: r.ErrKorean})
	}
	return out, nil
}

// PutSettings saves settings as they are (the demo door wires its simulated marketplaces with it).
// The UI saves through Desk.SaveSettings, which validates.
func (a *App) PutSettings(ctx context.Context, s Settings) error {
	if err := a.store.PutSetting(ctx, settingsKey, s); err != nil {
		return fmt.Errorf("app: save settings: %w", err)
	}
	a.events.Emit(EventSettingsChanged, nil)
	a.restartSync()
	return nil
}

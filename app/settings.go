package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"sellerdesk/app/views"
	"sellerdesk/backend/coupang"
	markets "sellerdesk/backend/market"
	"sellerdesk/backend/order"
	"sellerdesk/backend/retention"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/syncer"
)

// settingsKey is the store setting holding Settings.
const settingsKey = "settings.v1"

// Settings is the seller's configuration. Its secrets are kept in the secrets vault (the OS
// credential store, else the 0600 keys file: backend/secrets), never in the data file, and never
// leave the Go side once saved: the UI only sees SettingsView.
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
	// WingUserID is the seller's WING login id (not a secret): Coupang's 판매 취소 asks for it.
	WingUserID string `json:"wingUserId,omitempty"`
	// APIVersions overrides the version of Coupang endpoints, e.g. "ordersheets=v6", for when
	// Coupang moves one before SellerDesk is updated (coupang.ParseVersions; empty: the table's).
	APIVersions string `json:"apiVersions,omitempty"`
	// KeysSavedAt is when the seller last saved new keys: they expire at the latest 180 days on.
	KeysSavedAt time.Time `json:"keysSavedAt"`
}

// Defaults and bounds of the sync interval (minutes). One minute is far inside both
// marketplaces' rate limits for an idle sync.
const (
	DefaultSyncInterval = 5
	MinSyncInterval     = 1
	MaxSyncInterval     = 24 * 60
)

// apiURL is the saved API address of m ("" for the production one).
func apiURL(s Settings, m order.Marketplace) string {
	if m == order.Naver {
		return s.Naver.BaseURL
	}
	return s.Coupang.BaseURL
}

// keyNote warns before m's saved keys run out ("" when none need it).
func (s Settings) keyNote(m order.Marketplace, now time.Time) string {
	if m != order.Coupang || !s.configured(m) {
		return ""
	}
	return coupang.KeyExpiryNote(s.Coupang.KeysSavedAt, now)
}

func (s Settings) configured(m order.Marketplace) bool {
	switch m {
	case order.Naver:
		return s.Naver.ClientID != "" && s.Naver.ClientSecret != ""
	case order.Coupang:
		return s.Coupang.VendorID != "" && s.Coupang.AccessKey != "" && s.Coupang.SecretKey != ""
	}
	return false
}

// secretFields are the secrets of s by their name in the vault.
func (s *Settings) secretFields() secrets.Fields {
	return secrets.Fields{secrets.NaverClientSecret: &s.Naver.ClientSecret,
		secrets.CoupangAccessKey: &s.Coupang.AccessKey, secrets.CoupangSecretKey: &s.Coupang.SecretKey}
}

func (a *App) loadSettings(ctx context.Context) (Settings, error) {
	s := Settings{SyncIntervalMinutes: DefaultSyncInterval}
	if _, err := a.store.GetSetting(ctx, settingsKey, &s); err != nil {
		return s, fmt.Errorf("app: load settings: %w", err)
	}
	if err := a.vault.Fill(ctx, s.secretFields()); err != nil {
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
	CoupangAPIVersions  string `json:"coupangApiVersions"`
	CoupangWingUserID   string `json:"coupangWingUserId"`
	SyncIntervalMinutes int    `json:"syncIntervalMinutes"`
	AutoAcknowledge     bool   `json:"autoAcknowledge"`
	DataDir             string `json:"dataDir"`
	// SecretNote tells the seller where the keys are kept.
	SecretNote     string `json:"secretNote"`
	CoupangKeyNote string `json:"coupangKeyNote,omitempty"` // before the keys' 180 days run out
	// APIURLsLocked: this door may not change the API addresses (the browser door without
	// --allow-api-url); APIURLNote says so in Korean.
	APIURLsLocked bool   `json:"apiUrlsLocked"`
	APIURLNote    string `json:"apiUrlNote"`
	// Notice is what a save did beyond saving, in Korean (secrets cleared by an address change).
	Notice string `json:"notice,omitempty"`
	// PrivacyDays is the retention period in days (0 when PrivacyOff); PrivacyNote says what it
	// does, in Korean.
	PrivacyDays int    `json:"privacyDays"`
	PrivacyOff  bool   `json:"privacyOff"`
	PrivacyNote string `json:"privacyNote"`
}

// SettingsInput is what the settings screen saves. A blank field never clears a stored value: an
// empty ID, code, key or address keeps the saved one (only ClearCoupangWingUserID clears one), a zero interval keeps the saved interval and
// a missing AutoAcknowledge keeps the saved choice. Removing a marketplace's keys is its own call
// (Setup.RemoveKeys).
type SettingsInput struct {
	NaverClientID     string `json:"naverClientId"`
	NaverClientSecret string `json:"naverClientSecret"`
	NaverBaseURL      string `json:"naverBaseUrl"`
	CoupangVendorID   string `json:"coupangVendorId"`
	CoupangAccessKey  string `json:"coupangAccessKey"`
	CoupangSecretKey  string `json:"coupangSecretKey"`
	CoupangBaseURL    string `json:"coupangBaseUrl"`
	CoupangWingUserID string `json:"coupangWingUserId"`
	// ClearCoupangWingUserID clears the saved WING login id (설정's 지우기), which a blank never does.
	ClearCoupangWingUserID bool `json:"clearCoupangWingUserId,omitempty"`
	// CoupangAPIVersions overrides endpoint versions ("ordersheets=v6,…"); absent keeps the saved
	// overrides, "" goes back to the versions SellerDesk knows.
	CoupangAPIVersions  *string `json:"coupangApiVersions,omitempty"`
	SyncIntervalMinutes int     `json:"syncIntervalMinutes"`
	AutoAcknowledge     *bool   `json:"autoAcknowledge,omitempty"`
	// PrivacyDays is the retention period, which also turns masking back on (0 keeps the saved
	// choice); PrivacyOff turns masking off.
	PrivacyDays int  `json:"privacyDays"`
	PrivacyOff  bool `json:"privacyOff"`
}

func (a *App) view(s Settings) SettingsView {
	return SettingsView{
		NaverClientID: s.Naver.ClientID, NaverSecretHint: secrets.Hint(s.Naver.ClientSecret), NaverBaseURL: s.Naver.BaseURL,
		CoupangVendorID: s.Coupang.VendorID, CoupangAccessHint: secrets.Hint(s.Coupang.AccessKey),
		CoupangSecretHint: secrets.Hint(s.Coupang.SecretKey), CoupangBaseURL: s.Coupang.BaseURL, CoupangAPIVersions: s.Coupang.APIVersions,
		CoupangWingUserID: s.Coupang.WingUserID, SyncIntervalMinutes: s.SyncIntervalMinutes, AutoAcknowledge: s.AutoAcknowledge, DataDir: a.cfg.DataDir,
		SecretNote: a.vault.Where().Korean(), CoupangKeyNote: s.keyNote(order.Coupang, a.cfg.Now()),
		PrivacyDays: s.privacyDays(), PrivacyOff: s.privacyDays() == 0, PrivacyNote: retention.Note(s.privacyDays()),
		APIURLsLocked: a.cfg.APIURLsLocked, APIURLNote: markets.APIURLNote(a.cfg.APIURLsLocked),
	}
}

// GetSettings returns the settings with secrets masked.
func (d *Setup) GetSettings() (SettingsView, error) {
	s, err := d.app.loadSettings(d.ctx())
	if err != nil {
		return SettingsView{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	return d.app.view(s), nil
}

// applyInput validates in and applies it over the stored settings s. Nothing blank clears a stored
// value; every field given is checked, and the first bad one is refused with a Korean sentence.
// urlsLocked refuses any change of an API address (markets.ChangeAPIURL).
func applyInput(s Settings, in SettingsInput, urlsLocked bool) (Settings, error) {
	// An address that changes clears that marketplace's saved secrets: the new address gets only
	// what the seller types again in this input (applied below).
	for _, u := range []struct {
		m  order.Marketplace
		in string
		to *string
	}{{order.Naver, in.NaverBaseURL, &s.Naver.BaseURL}, {order.Coupang, in.CoupangBaseURL, &s.Coupang.BaseURL}} {
		v, changed, err := markets.ChangeAPIURL(u.m, *u.to, u.in, urlsLocked)
		if err != nil {
			return s, err
		}
		if *u.to = v; changed && u.m == order.Naver {
			s.Naver.ClientSecret = ""
		} else if changed {
			s.Coupang.AccessKey, s.Coupang.SecretKey = "", ""
		}
	}
	k, err := markets.CheckKeys(markets.Keys{NaverClientID: in.NaverClientID, NaverClientSecret: in.NaverClientSecret, CoupangVendorID: in.CoupangVendorID,
		CoupangAccessKey: in.CoupangAccessKey, CoupangSecretKey: in.CoupangSecretKey, CoupangWingUserID: in.CoupangWingUserID, ClearCoupangWingUserID: in.ClearCoupangWingUserID})
	if err != nil {
		return s, err
	}
	k = k.Onto(markets.Keys{NaverClientID: s.Naver.ClientID, NaverClientSecret: s.Naver.ClientSecret, CoupangVendorID: s.Coupang.VendorID,
		CoupangAccessKey: s.Coupang.AccessKey, CoupangSecretKey: s.Coupang.SecretKey, CoupangWingUserID: s.Coupang.WingUserID})
	s.Naver.ClientID, s.Naver.ClientSecret, s.Coupang.VendorID = k.NaverClientID, k.NaverClientSecret, k.CoupangVendorID
	s.Coupang.AccessKey, s.Coupang.SecretKey, s.Coupang.WingUserID = k.CoupangAccessKey, k.CoupangSecretKey, k.CoupangWingUserID
	if in.CoupangAPIVersions != nil {
		v := strings.TrimSpace(*in.CoupangAPIVersions)
		if _, err := coupang.ParseVersions(v); err != nil {
			return s, userErr(coupang.VersionsHelp, err)
		}
		s.Coupang.APIVersions = v
	}
	switch n := in.SyncIntervalMinutes; {
	case n == 0:
		// blank: keep the saved interval
	case n < MinSyncInterval || n > MaxSyncInterval:
		return s, userErr(fmt.Sprintf("동기화 주기는 %d분에서 %d분 사이로 정하세요.", MinSyncInterval, MaxSyncInterval),
			fmt.Errorf("sync interval %d out of range", n))
	default:
		s.SyncIntervalMinutes = n
	}
	if in.AutoAcknowledge != nil {
		s.AutoAcknowledge = *in.AutoAcknowledge
	}
	switch {
	case in.PrivacyOff:
		s.PrivacyDays = PrivacyOff
	case in.PrivacyDays == 0:
		// not sent: the saved choice stays (a form without the field never turns masking on or off)
	case in.PrivacyDays < MinPrivacyDays || in.PrivacyDays > MaxPrivacyDays:
		return s, userErr(fmt.Sprintf("개인정보 보관 기간은 %d일에서 %d일 사이로 정하세요.", MinPrivacyDays, MaxPrivacyDays),
			fmt.Errorf("privacy days %d out of range", in.PrivacyDays))
	default:
		s.PrivacyDays = in.PrivacyDays
	}
	return s, nil
}

// SaveSettings validates and saves the settings. A blank field keeps its saved value (see
// SettingsInput); nothing is saved when any field is refused.
func (d *Setup) SaveSettings(in SettingsInput) (SettingsView, error) {
	ctx := d.ctx()
	s, err := d.app.loadSettings(ctx)
	if err != nil {
		return SettingsView{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	prev := s
	if s, err = applyInput(s, in, d.app.cfg.APIURLsLocked); err != nil {
		d.app.log.Warn("settings refused", "err", err)
		return SettingsView{}, err
	}
	if s.Coupang.AccessKey != prev.Coupang.AccessKey || s.Coupang.SecretKey != prev.Coupang.SecretKey {
		s.Coupang.KeysSavedAt = d.app.cfg.Now() // new keys: their 180 days count from today at the latest
	}
	if s.Naver.BaseURL != prev.Naver.BaseURL && prev.Naver.ClientID != "" {
		// A token issued through the old address is never sent to the new one.
		if err := (syncer.StoreTokenCache{Store: d.app.store, ClientID: prev.Naver.ClientID}).Forget(ctx); err != nil {
			return SettingsView{}, d.fail("설정을 저장하지 못했습니다.", err)
		}
	}
	var notice []string
	for _, m := range []order.Marketplace{order.Naver, order.Coupang} {
		if apiURL(s, m) == apiURL(prev, m) {
			continue
		}
		d.app.log.Warn("api address changed; secrets not given again were cleared", "market", m, "address", apiURL(s, m))
		if !s.configured(m) && prev.configured(m) {
			notice = append(notice, markets.KeysCleared(m))
		}
	}
	v, err := d.saveSettings(ctx, s)
	v.Notice = strings.Join(notice, " ")
	return v, err
}

// RemoveKeys deletes one marketplace's saved API keys (the ID or 업체코드, the WING login id and
// the secrets); the other marketplace and the rest of the settings stay. The page asks first.
func (d *Setup) RemoveKeys(market string) (SettingsView, error) {
	m, err := order.ParseMarketplace(market)
	if err != nil {
		return SettingsView{}, userErr("알 수 없는 마켓입니다: "+market, err)
	}
	ctx := d.ctx()
	s, err := d.app.loadSettings(ctx)
	if err != nil {
		return SettingsView{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	switch m {
	case order.Naver:
		s.Naver.ClientID, s.Naver.ClientSecret = "", ""
	case order.Coupang:
		s.Coupang.VendorID, s.Coupang.AccessKey, s.Coupang.SecretKey, s.Coupang.WingUserID = "", "", "", ""
	}
	d.app.log.Info("api keys removed", "market", m)
	return d.saveSettings(ctx, s)
}

func (d *Setup) saveSettings(ctx context.Context, s Settings) (SettingsView, error) {
	if err := d.app.putSettings(ctx, s); err != nil {
		return SettingsView{}, d.fail("설정을 저장하지 못했습니다.", err)
	}
	d.app.log.Info("settings saved", "naverConfigured", s.configured(order.Naver), "coupangConfigured", s.configured(order.Coupang))
	d.app.events.Emit(EventSettingsChanged, nil)
	d.app.restartSync()
	d.app.maybeRetention(true)
	return d.app.view(s), nil
}

// SyncLog returns the last runs of one marketplace's sync, newest first.
func (d *Setup) SyncLog(market string) ([]views.SyncRunView, error) {
	m, err := order.ParseMarketplace(market)
	if err != nil {
		return nil, userErr("알 수 없는 마켓입니다: "+market, err)
	}
	runs, err := d.app.store.SyncRuns(d.ctx(), m, 50)
	if err != nil {
		return nil, d.fail("동기화 기록을 읽지 못했습니다.", err)
	}
	return views.SyncRuns(runs), nil
}

// PutSettings saves settings as they are (the demo door wires its simulated marketplaces with it).
// The UI saves through Setup.SaveSettings, which validates.
func (a *App) PutSettings(ctx context.Context, s Settings) error {
	if err := a.putSettings(ctx, s); err != nil {
		return err
	}
	a.events.Emit(EventSettingsChanged, nil)
	a.restartSync()
	return nil
}

// putSettings saves s: its secrets in the vault, the rest in the data file.
func (a *App) putSettings(ctx context.Context, s Settings) error {
	if err := a.vault.Save(ctx, s.secretFields()); err != nil {
		return fmt.Errorf("app: save settings: %w", err)
	}
	if err := a.store.PutSetting(ctx, settingsKey, s); err != nil {
		return fmt.Errorf("app: save settings: %w", err)
	}
	return nil
}

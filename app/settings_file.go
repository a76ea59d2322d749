package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"sellerdesk/backend/digital"
)

// The settings file moves a shop to another PC (or sets one up without the window): every
// setting a seller chose, and none of the secrets. What a seller expects on the new PC is the
// same shop — the marketplace application IDs, the sync, the retention, the digital products,
// their mails and the mail server — while the secrets (Naver's application secret, Coupang's
// access and secret keys, the SMTP password, the browser door's password) are typed again on the
// new PC or given by the SELLERDESK_* environment: a file that travels by USB stick or e-mail
// must not open the seller's stores or mailbox.

const (
	settingsFileFormat  = "sellerdesk.settings"
	settingsFileVersion = 1
	maxSettingsFile     = 2 << 20
)

// generalSettings are the non-secret part of Settings.
type generalSettings struct {
	NaverClientID       string `json:"naverClientId,omitempty"`
	NaverBaseURL        string `json:"naverBaseUrl,omitempty"`
	CoupangVendorID     string `json:"coupangVendorId,omitempty"`
	CoupangBaseURL      string `json:"coupangBaseUrl,omitempty"`
	CoupangAPIVersions  string `json:"coupangApiVersions,omitempty"`
	SyncIntervalMinutes int    `json:"syncIntervalMinutes"`
	AutoAcknowledge     bool   `json:"autoAcknowledge"`
	NaverLookbackDays   int    `json:"naverLookbackDays,omitempty"`
	CoupangWindowDays   int    `json:"coupangWindowDays,omitempty"`
	PrivacyDays         int    `json:"privacyDays,omitempty"`
}

// settingsFile is the exported document. It has no field for a secret: an unknown field (a key
// typed into the file) is refused on import.
type settingsFile struct {
	Format  string          `json:"format"`
	Version int             `json:"version"`
	General generalSettings `json:"general"`
	// Digital is the digital goods' settings document (digital.ExportJSON).
	Digital json.RawMessage `json:"digital"`
}

// ExportSettings writes the settings file: the general settings without the secrets, and the
// digital goods' settings without the SMTP password.
func (a *App) ExportSettings(ctx context.Context, w io.Writer) error {
	s, err := a.loadSettings(ctx)
	if err != nil {
		return err
	}
	ds, err := digital.LoadSettings(ctx, a.store)
	if err != nil {
		return err
	}
	dj, err := digital.ExportJSON(ds, a.cfg.Now())
	if err != nil {
		return err
	}
	f := settingsFile{Format: settingsFileFormat, Version: settingsFileVersion, Digital: bytes.TrimSpace(dj),
		General: generalSettings{NaverClientID: s.Naver.ClientID, NaverBaseURL: s.Naver.BaseURL, CoupangVendorID: s.Coupang.VendorID,
			CoupangBaseURL: s.Coupang.BaseURL, CoupangAPIVersions: s.Coupang.APIVersions, SyncIntervalMinutes: s.SyncIntervalMinutes,
			AutoAcknowledge: s.AutoAcknowledge, NaverLookbackDays: s.NaverLookbackDays, CoupangWindowDays: s.CoupangWindowDays,
			PrivacyDays: s.PrivacyDays}}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("app: export settings: %w", err)
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// SettingsImport says what an import did, in Korean lines for the door.
type SettingsImport struct {
	Notes []string `json:"notes"`
}

// ImportSettings reads a settings file, checks all of it, and only then saves it: the general
// settings through the settings screen's rules, the digital settings through digital's. The saved
// secrets stay. An application ID (Naver) or 업체코드 (Coupang) different from the one this PC
// has keys for is not taken: it would pair with the other shop's secret.
func (a *App) ImportSettings(ctx context.Context, data []byte) (SettingsImport, error) {
	var res SettingsImport
	if len(data) > maxSettingsFile {
		return res, userErr("설정 파일이 너무 큽니다.", fmt.Errorf("settings file of %d bytes", len(data)))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f settingsFile
	if err := dec.Decode(&f); err != nil {
		msg := "설정 파일을 읽지 못했습니다. 셀러데스크에서 내보낸 JSON 파일인지 확인하세요."
		if strings.Contains(err.Error(), "unknown field") {
			msg = "설정 파일에 알 수 없는 항목이 있습니다 (" + strings.TrimPrefix(err.Error(), "json: ") + "). API 키와 비밀번호는 파일에 넣지 말고 설정 화면이나 SELLERDESK_* 환경 변수로 입력하세요."
		}
		return res, userErr(msg, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return res, userErr("설정 파일 끝에 다른 내용이 붙어 있습니다.", fmt.Errorf("trailing data"))
	}
	if f.Format != settingsFileFormat {
		return res, userErr("셀러데스크 설정 파일이 아닙니다.", fmt.Errorf("format %q", f.Format))
	}
	if f.Version < 1 || f.Version > settingsFileVersion {
		return res, userErr(fmt.Sprintf("이 설정 파일(버전 %d)은 더 새로운 셀러데스크에서 만들어졌습니다. 셀러데스크를 업데이트하세요.", f.Version), fmt.Errorf("version %d", f.Version))
	}
	s, err := a.loadSettings(ctx)
	if err != nil {
		return res, err
	}
	g := f.General
	in := SettingsInput{NaverBaseURL: g.NaverBaseURL, CoupangBaseURL: g.CoupangBaseURL, CoupangAPIVersions: &g.CoupangAPIVersions,
		SyncIntervalMinutes: g.SyncIntervalMinutes, AutoAcknowledge: &g.AutoAcknowledge}
	switch {
	case g.PrivacyDays == PrivacyOff:
		in.PrivacyOff = true
	case g.PrivacyDays > 0:
		in.PrivacyDays = g.PrivacyDays
	}
	if id := strings.TrimSpace(g.NaverClientID); id != "" {
		if s.Naver.ClientSecret != "" && s.Naver.ClientID != "" && s.Naver.ClientID != id {
			res.Notes = append(res.Notes, "네이버 애플리케이션 ID가 이 PC에 저장된 것과 달라 바꾸지 않았습니다 (저장된 시크릿과 짝이 맞지 않습니다).")
		} else {
			in.NaverClientID = id
		}
	}
	if v := strings.TrimSpace(g.CoupangVendorID); v != "" {
		if s.Coupang.SecretKey != "" && s.Coupang.VendorID != "" && !strings.EqualFold(s.Coupang.VendorID, v) {
			res.Notes = append(res.Notes, "쿠팡 업체코드가 이 PC에 저장된 것과 달라 바꾸지 않았습니다 (저장된 키와 짝이 맞지 않습니다).")
		} else {
			in.CoupangVendorID = v
		}
	}
	next, err := applyInput(s, in)
	if err != nil {
		return res, err
	}
	if g.NaverLookbackDays < 0 || g.NaverLookbackDays > maxNaverLookbackDays || g.CoupangWindowDays < 0 || g.CoupangWindowDays > maxCoupangWindowDays {
		return res, userErr("설정 파일의 조회 기간이 올바르지 않습니다.", fmt.Errorf("lookback %d, window %d", g.NaverLookbackDays, g.CoupangWindowDays))
	}
	next.NaverLookbackDays, next.CoupangWindowDays = g.NaverLookbackDays, g.CoupangWindowDays
	var ds digital.Settings
	if len(f.Digital) > 0 && string(f.Digital) != "null" {
		if ds, err = digital.ImportJSON(f.Digital); err != nil {
			return res, userErr(err.Error(), err)
		}
		if err := digital.SaveSettings(ctx, a.store, ds); err != nil {
			return res, userErr(err.Error(), err)
		}
	}
	if err := a.PutSettings(ctx, next); err != nil {
		return res, err
	}
	a.log.Info("settings imported", "digitalProducts", len(ds.Products), "digitalEnabled", ds.Enabled)
	var missing []string
	if next.Naver.ClientID != "" && next.Naver.ClientSecret == "" {
		missing = append(missing, "네이버 애플리케이션 시크릿")
	}
	if next.Coupang.VendorID != "" && (next.Coupang.AccessKey == "" || next.Coupang.SecretKey == "") {
		missing = append(missing, "쿠팡 Access Key·Secret Key")
	}
	if ds.SMTP.Host != "" {
		if has, err := digital.HasSMTPPassword(ctx, a.store, a.cfg.Env); err == nil && !has {
			missing = append(missing, "메일 서버 비밀번호(앱 비밀번호)")
		}
	}
	if len(missing) > 0 {
		res.Notes = append(res.Notes, "파일에 없는 비밀 값: "+strings.Join(missing, ", ")+
			". 설정 화면에서 입력하거나 SELLERDESK_NAVER_CLIENT_SECRET, SELLERDESK_COUPANG_ACCESS_KEY/SECRET_KEY, "+digital.EnvSMTPPassword+" 환경 변수로 주세요.")
	}
	if ds.Enabled {
		res.Notes = append(res.Notes, "디지털 상품 자동 발송이 켜져 있습니다. 예전 PC의 셀러데스크는 끄세요: 두 PC가 같은 주문에 메일을 보낼 수 있습니다.")
	}
	return res, nil
}

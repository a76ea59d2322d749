package app

import (
	"context"
	"fmt"
	"io"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/settingsfile"
)

// ExportSettings writes the settings file (backend/settingsfile): the general settings without
// the secrets, and the digital goods' settings without the SMTP password.
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
	return settingsfile.Write(w, settingsfile.General{NaverClientID: s.Naver.ClientID, NaverBaseURL: s.Naver.BaseURL,
		CoupangVendorID: s.Coupang.VendorID, CoupangBaseURL: s.Coupang.BaseURL, CoupangAPIVersions: s.Coupang.APIVersions,
		CoupangWingUserID: s.Coupang.WingUserID, SyncIntervalMinutes: s.SyncIntervalMinutes, AutoAcknowledge: s.AutoAcknowledge, NaverLookbackDays: s.NaverLookbackDays,
		CoupangWindowDays: s.CoupangWindowDays, PrivacyDays: s.PrivacyDays}, dj)
}

// SettingsImport says what an import did, in Korean lines for the door.
type SettingsImport struct {
	Notes []string `json:"notes"`
}

// ImportSettings reads a settings file, checks all of it, and only then saves it: the general
// settings through the settings screen's rules, the digital settings through digital's. The saved
// secrets stay; an ID that would pair with another shop's secret is not taken.
func (a *App) ImportSettings(ctx context.Context, data []byte) (SettingsImport, error) {
	var res SettingsImport
	f, err := settingsfile.Read(data)
	if err != nil {
		return res, err
	}
	s, err := a.loadSettings(ctx)
	if err != nil {
		return res, err
	}
	g := f.General
	res.Notes = g.KeepPairs(settingsfile.Keys{NaverClientID: s.Naver.ClientID, NaverSecret: s.Naver.ClientSecret != "",
		CoupangVendorID: s.Coupang.VendorID, CoupangSecret: s.Coupang.SecretKey != ""})
	in := SettingsInput{NaverClientID: g.NaverClientID, CoupangVendorID: g.CoupangVendorID, CoupangWingUserID: g.CoupangWingUserID, NaverBaseURL: g.NaverBaseURL,
		CoupangBaseURL: g.CoupangBaseURL, CoupangAPIVersions: &g.CoupangAPIVersions, SyncIntervalMinutes: g.SyncIntervalMinutes,
		AutoAcknowledge: &g.AutoAcknowledge, PrivacyOff: g.PrivacyDays == PrivacyOff, PrivacyDays: max(g.PrivacyDays, 0)}
	next, err := applyInput(s, in, a.cfg.APIURLsLocked)
	if err != nil {
		return res, err
	}
	if g.NaverLookbackDays > maxNaverLookbackDays || g.CoupangWindowDays > maxCoupangWindowDays {
		return res, userErr("설정 파일의 조회 기간이 올바르지 않습니다.", fmt.Errorf("lookback %d, window %d", g.NaverLookbackDays, g.CoupangWindowDays))
	}
	next.NaverLookbackDays, next.CoupangWindowDays = g.NaverLookbackDays, g.CoupangWindowDays
	var ds digital.Settings
	if f.HasDigital() {
		if ds, err = digital.ImportJSON(f.Digital); err == nil {
			err = digital.SaveSettings(ctx, a.store, ds)
		}
		if err != nil {
			return res, userErr(err.Error(), err)
		}
	}
	if err := a.PutSettings(ctx, next); err != nil {
		return res, err
	}
	a.log.Info("settings imported", "digitalProducts", len(ds.Products), "digitalEnabled", ds.Enabled)
	noSMTP := false
	if ds.SMTP.Host != "" {
		has, err := digital.HasSMTPPassword(ctx, a.vault, a.cfg.Env)
		noSMTP = err == nil && !has
	}
	if note := settingsfile.Missing(next.Naver.ClientID != "" && next.Naver.ClientSecret == "",
		next.Coupang.VendorID != "" && (next.Coupang.AccessKey == "" || next.Coupang.SecretKey == ""), noSMTP, digital.EnvSMTPPassword); note != "" {
		res.Notes = append(res.Notes, note)
	}
	if ds.Enabled {
		res.Notes = append(res.Notes, "디지털 상품 자동 발송이 켜져 있습니다. 예전 PC의 셀러데스크는 끄세요: 두 PC가 같은 주문에 메일을 보낼 수 있습니다.")
	}
	return res, nil
}

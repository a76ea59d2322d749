// Package settingsfile is the file that moves a shop to another PC (or sets one up without the
// window): every setting a seller chose, and none of the secrets. What a seller expects on the new
// PC is the same shop — the marketplace application IDs, the sync, the retention, the digital
// products, their mails and the mail server — while the secrets (Naver's application secret,
// Coupang's access and secret keys, the SMTP password, the browser door's password) are typed
// again on the new PC or given by the SELLERDESK_* environment: a file that travels by USB stick or
// e-mail must not open the seller's stores or mailbox.
package settingsfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"sellerdesk/backend/usererr"
)

const (
	format  = "sellerdesk.settings"
	version = 1
	// MaxSize bounds a settings file.
	MaxSize = 2 << 20
)

// General are the non-secret general settings.
type General struct {
	NaverClientID       string `json:"naverClientId,omitempty"`
	NaverBaseURL        string `json:"naverBaseUrl,omitempty"`
	CoupangVendorID     string `json:"coupangVendorId,omitempty"`
	CoupangWingUserID   string `json:"coupangWingUserId,omitempty"` // the WING login id (판매 취소)
	CoupangBaseURL      string `json:"coupangBaseUrl,omitempty"`
	CoupangAPIVersions  string `json:"coupangApiVersions,omitempty"`
	SyncIntervalMinutes int    `json:"syncIntervalMinutes"`
	AutoAcknowledge     bool   `json:"autoAcknowledge"`
	NaverLookbackDays   int    `json:"naverLookbackDays,omitempty"`
	CoupangWindowDays   int    `json:"coupangWindowDays,omitempty"`
	PrivacyDays         int    `json:"privacyDays,omitempty"`
}

// File is the document. It has no field for a secret: an unknown field (a key typed into the
// file) is refused by Read.
type File struct {
	Format  string  `json:"format"`
	Version int     `json:"version"`
	General General `json:"general"`
	// Digital is the digital goods' settings document (digital.ExportJSON); null when none.
	Digital json.RawMessage `json:"digital"`
}

// Write writes the file of g and the digital goods' document.
func Write(w io.Writer, g General, digital []byte) error {
	data, err := json.MarshalIndent(File{Format: format, Version: version, General: g, Digital: bytes.TrimSpace(digital)}, "", "  ")
	if err != nil {
		return fmt.Errorf("settingsfile: write: %w", err)
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// Read reads and checks a settings file; its errors say in Korean what is wrong.
func Read(data []byte) (File, error) {
	var f File
	if len(data) > MaxSize {
		return f, usererr.New("설정 파일이 너무 큽니다.", fmt.Errorf("settings file of %d bytes", len(data)))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		msg := "설정 파일을 읽지 못했습니다. 셀러데스크에서 내보낸 JSON 파일인지 확인하세요."
		if strings.Contains(err.Error(), "unknown field") {
			msg = "설정 파일에 알 수 없는 항목이 있습니다 (" + strings.TrimPrefix(err.Error(), "json: ") + "). API 키와 비밀번호는 파일에 넣지 말고 설정 화면이나 SELLERDESK_* 환경 변수로 입력하세요."
		}
		return f, usererr.New(msg, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return f, usererr.New("설정 파일 끝에 다른 내용이 붙어 있습니다.", errors.New("trailing data"))
	}
	if f.Format != format {
		return f, usererr.New("셀러데스크 설정 파일이 아닙니다.", fmt.Errorf("format %q", f.Format))
	}
	if f.Version < 1 || f.Version > version {
		return f, usererr.New(fmt.Sprintf("이 설정 파일(버전 %d)은 더 새로운 셀러데스크에서 만들어졌습니다. 셀러데스크를 업데이트하세요.", f.Version), fmt.Errorf("version %d", f.Version))
	}
	if f.General.NaverLookbackDays < 0 || f.General.CoupangWindowDays < 0 {
		return f, usererr.New("설정 파일의 조회 기간이 올바르지 않습니다.", fmt.Errorf("lookback %d, window %d", f.General.NaverLookbackDays, f.General.CoupangWindowDays))
	}
	return f, nil
}

// HasDigital reports whether the file carries digital goods' settings.
func (f *File) HasDigital() bool { return len(f.Digital) > 0 && string(f.Digital) != "null" }

// Keys is what this PC has saved: the IDs and whether their secrets are there.
type Keys struct {
	NaverClientID   string
	NaverSecret     bool
	CoupangVendorID string
	CoupangSecret   bool
}

// KeepPairs clears an application ID (Naver) or 업체코드 (Coupang) of the file that differs from
// the one this PC has a secret for — it would pair with the other shop's secret — and says so.
func (g *General) KeepPairs(k Keys) []string {
	var notes []string
	g.NaverClientID, g.CoupangVendorID = strings.TrimSpace(g.NaverClientID), strings.TrimSpace(g.CoupangVendorID)
	if g.NaverClientID != "" && k.NaverSecret && k.NaverClientID != "" && k.NaverClientID != g.NaverClientID {
		g.NaverClientID = ""
		notes = append(notes, "네이버 애플리케이션 ID가 이 PC에 저장된 것과 달라 바꾸지 않았습니다 (저장된 시크릿과 짝이 맞지 않습니다).")
	}
	if g.CoupangVendorID != "" && k.CoupangSecret && k.CoupangVendorID != "" && !strings.EqualFold(k.CoupangVendorID, g.CoupangVendorID) {
		g.CoupangVendorID, g.CoupangWingUserID = "", "" // the WING login id is that other shop's too
		notes = append(notes, "쿠팡 업체코드와 WING 로그인 ID가 이 PC에 저장된 것과 달라 바꾸지 않았습니다 (저장된 키와 짝이 맞지 않습니다).")
	}
	return notes
}

// Missing says which secrets the new PC still needs and how to give them ("" when none).
func Missing(naverSecret, coupangKeys, smtpPassword bool, smtpEnv string) string {
	var missing []string
	for _, m := range []struct {
		miss bool
		name string
	}{{naverSecret, "네이버 애플리케이션 시크릿"}, {coupangKeys, "쿠팡 Access Key·Secret Key"}, {smtpPassword, "메일 서버 비밀번호(앱 비밀번호)"}} {
		if m.miss {
			missing = append(missing, m.name)
		}
	}
	if len(missing) == 0 {
		return ""
	}
	return "파일에 없는 비밀 값: " + strings.Join(missing, ", ") +
		". 설정 화면에서 입력하거나 SELLERDESK_NAVER_CLIENT_SECRET, SELLERDESK_COUPANG_ACCESS_KEY/SECRET_KEY, " + smtpEnv + " 환경 변수로 주세요."
}

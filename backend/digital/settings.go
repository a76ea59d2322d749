package digital

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"sellerdesk/backend/mail"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Store settings and the environment variable of the SMTP password.
const (
	// SettingsKey holds Settings (no secret in it).
	SettingsKey = "digital.v1"
	// legacyPasswordKey held the SMTP password in the data file before it moved to the secrets
	// store (MoveSMTPPassword).
	legacyPasswordKey = "digital.smtp-password.v1"
	// EnvSMTPPassword, when set, is the SMTP password (the headless door, CI), like the API keys'
	// SELLERDESK_* variables.
	EnvSMTPPassword = "SELLERDESK_SMTP_PASSWORD"
)

// LoadSettings reads the digital settings (the zero Settings when none were saved).
func LoadSettings(ctx context.Context, st *store.Store) (Settings, error) {
	var s Settings
	if _, err := st.GetSetting(ctx, SettingsKey, &s); err != nil {
		return Settings{}, fmt.Errorf("digital: load settings: %w", err)
	}
	return s, nil
}

// SaveSettings validates and saves the digital settings.
func SaveSettings(ctx context.Context, st *store.Store, s Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if err := st.PutSetting(ctx, SettingsKey, s); err != nil {
		return fmt.Errorf("digital: save settings: %w", err)
	}
	return nil
}

// SaveSMTPPassword keeps the SMTP password in the secrets store (the OS credential store, else the
// 0600 keys file of the data folder: backend/secrets), never in the data file, so a backup holds
// none; an empty password keeps the saved one. It is never returned to a screen.
func SaveSMTPPassword(ctx context.Context, sec secrets.Store, password string) error {
	if password == "" {
		return nil
	}
	if err := sec.Set(ctx, secrets.SMTPPassword, password); err != nil {
		return fmt.Errorf("digital: save the SMTP password: %w", err) // secrets' errors never quote the value
	}
	return nil
}

// SMTPPassword is the password to log in with: the environment's when set, else the saved one.
// env may be nil. A password kept in an OS credential store that cannot be opened now is a
// UserError saying so.
func SMTPPassword(ctx context.Context, sec secrets.Store, env func(string) string) (string, error) {
	if env != nil {
		if v := env(EnvSMTPPassword); v != "" {
			return v, nil
		}
	}
	pw, err := sec.Get(ctx, secrets.SMTPPassword)
	if errors.Is(err, secrets.ErrKeyringUnavailable) {
		return "", usererr.New("메일 비밀번호가 저장된 "+secrets.StoreName()+"을(를) 열 수 없습니다. 잠금을 풀고 셀러데스크를 다시 시작하거나, 설정에서 비밀번호를 다시 입력하세요.", err)
	}
	if err != nil {
		return "", fmt.Errorf("digital: read the SMTP password: %w", err)
	}
	return pw, nil
}

// HasSMTPPassword tells whether a password is saved or given by the environment.
func HasSMTPPassword(ctx context.Context, sec secrets.Store, env func(string) string) (bool, error) {
	pw, err := SMTPPassword(ctx, sec, env)
	return pw != "", err
}

// MoveSMTPPassword moves a password an older version kept in the data file (or a restored backup
// brought back) into the secrets store and deletes it from the data file.
func MoveSMTPPassword(ctx context.Context, st *store.Store, sec secrets.Store) error {
	var pw string
	set, err := st.GetSetting(ctx, legacyPasswordKey, &pw)
	if err != nil {
		return errors.New("digital: read the SMTP password: store read failed")
	}
	if !set {
		return nil
	}
	if pw != "" {
		if err := sec.Set(ctx, secrets.SMTPPassword, pw); err != nil {
			return fmt.Errorf("digital: move the SMTP password out of the data file: %w", err)
		}
	}
	if err := st.DeleteSetting(ctx, legacyPasswordKey); err != nil {
		return fmt.Errorf("digital: move the SMTP password out of the data file: %w", err)
	}
	return nil
}

// NewMailer builds the mailer of RunnerConfig from the saved password (or the environment's).
func NewMailer(sec secrets.Store, env func(string) string, opts ...mail.Option) func(context.Context, Settings) (Mailer, error) {
	return func(ctx context.Context, s Settings) (Mailer, error) {
		pw, err := SMTPPassword(ctx, sec, env)
		if err != nil {
			return nil, err
		}
		return mail.NewSender(s.SMTP, pw, opts...)
	}
}

// Export file format.
const (
	exportFormat     = "sellerdesk.digital-settings"
	exportVersion    = 1
	maxSettingsBytes = 1 << 20
)

// settingsFile is the exported document. It has no password field at all.
type settingsFile struct {
	Format     string    `json:"format"`
	Version    int       `json:"version"`
	ExportedAt time.Time `json:"exportedAt"`
	Digital    Settings  `json:"digital"`
}

// ExportJSON writes the settings as a JSON document to move a shop to another PC. The SMTP
// password is not in it (nor anywhere in Settings): it is typed again, or given by
// SELLERDESK_SMTP_PASSWORD.
func ExportJSON(s Settings, now time.Time) ([]byte, error) {
	data, err := json.MarshalIndent(settingsFile{Format: exportFormat, Version: exportVersion, ExportedAt: now, Digital: s}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("digital: export settings: %w", err)
	}
	return append(data, '\n'), nil
}

// ImportError says why a settings file cannot be used, in Korean.
type ImportError struct{ Message string }

func (e *ImportError) Error() string { return e.Message }

// ImportJSON reads an exported settings document and validates it. Unknown fields (a password
// typed into the file, a typo) are refused rather than silently dropped.
func ImportJSON(data []byte) (Settings, error) {
	if len(data) > maxSettingsBytes {
		return Settings{}, &ImportError{"설정 파일이 너무 큽니다 (최대 1MB)."}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f settingsFile
	if err := dec.Decode(&f); err != nil {
		msg := "설정 파일을 읽지 못했습니다. 셀러데스크에서 내보낸 JSON 파일인지 확인하세요."
		if strings.Contains(err.Error(), "unknown field") {
			msg = "설정 파일에 알 수 없는 항목이 있습니다 (" + strings.TrimPrefix(err.Error(), "json: ") + "). 비밀번호는 파일에 넣지 말고 설정 화면이나 " + EnvSMTPPassword + "로 입력하세요."
		}
		return Settings{}, &ImportError{msg}
	}
	if _, err := dec.Token(); err != io.EOF {
		return Settings{}, &ImportError{"설정 파일 끝에 다른 내용이 붙어 있습니다."}
	}
	if f.Format != exportFormat {
		return Settings{}, &ImportError{"셀러데스크 디지털 상품 설정 파일이 아닙니다."}
	}
	if f.Version < 1 || f.Version > exportVersion {
		return Settings{}, &ImportError{fmt.Sprintf("이 설정 파일(버전 %d)은 더 새로운 셀러데스크에서 만들어졌습니다. 셀러데스크를 업데이트하세요.", f.Version)}
	}
	if err := f.Digital.Validate(); err != nil {
		return Settings{}, &ImportError{"설정 파일의 내용이 올바르지 않습니다: " + err.Error()}
	}
	return f.Digital, nil
}

// ListItem is one delivery as the list shows it.
type ListItem struct {
	store.Delivery
	StateLabel string `json:"stateLabel"`
}

// List returns every delivery, newest first, with its state in Korean.
func List(ctx context.Context, st *store.Store) ([]ListItem, error) {
	ds, err := st.Deliveries(ctx, store.DeliveryQuery{Limit: store.MaxAuditLimit})
	if err != nil {
		return nil, err
	}
	out := make([]ListItem, len(ds))
	for i, d := range ds {
		out[i] = ListItem{Delivery: d, StateLabel: d.State.Label()}
	}
	return out, nil
}

// WriteList writes the deliveries as JSON, or as a table for a terminal.
func WriteList(w io.Writer, items []ListItem, asJSON bool) error {
	if asJSON {
		if items == nil {
			items = []ListItem{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(items)
	}
	if len(items) == 0 {
		_, err := fmt.Fprintln(w, "디지털 발송 내역이 없습니다. / no digital deliveries")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "주문\t상태\t받는 주소\t상품\t코드\t마켓\t메모")
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", it.Key, it.StateLabel, it.To, it.ProductName,
			strings.Join(it.Codes, " "), it.MarketState, oneLine(it.Note))
	}
	return tw.Flush()
}

// restoredKey holds when the data file was last restored from a backup (see AfterRestore).
const restoredKey = "digital.restored-at.v1"

// RestoredNote is the note of a delivery the restored backup showed still to send.
const RestoredNote = "데이터를 예전 백업으로 되돌렸기 때문에, 이 메일이 백업 이후에 이미 보내졌는지 알 수 없습니다. 두 번 보내지 않도록 자동으로 보내지 않습니다. " +
	"구매자(또는 보낸메일함)에서 확인한 뒤 '다시 보내기' 또는 '보냄으로 표시'를 고르세요."

// RestoredOrderNote is the note of an order paid before a restore that the sync brought again.
const RestoredOrderNote = "데이터를 예전 백업으로 되돌리기 전에 결제된 주문이라, 그때의 셀러데스크가 이미 메일을 보냈는지 알 수 없습니다. 두 번 보내지 않도록 자동으로 보내지 않습니다. " +
	"보낸메일함에서 확인한 뒤 '다시 보내기' 또는 '보냄으로 표시'를 고르세요."

// AfterRestore is the guard run once after the data file was restored from an older backup:
// what the backup shows still to send becomes unknown, and an order paid before now that the
// sync brings again is planned unknown too (its mail may have left after the backup was taken).
// No mail then leaves again without the seller. It returns the deliveries it held.
func AfterRestore(ctx context.Context, st *store.Store, now time.Time) ([]string, error) {
	if err := st.PutSetting(ctx, restoredKey, now); err != nil {
		return nil, fmt.Errorf("digital: after restore: %w", err)
	}
	keys, err := st.HoldAfterRestore(ctx, RestoredNote)
	if err != nil {
		return nil, fmt.Errorf("digital: after restore: %w", err)
	}
	return keys, nil
}

// restoredAt is when the data file was last restored (zero when never).
func restoredAt(ctx context.Context, st *store.Store) (time.Time, error) {
	var t time.Time
	if _, err := st.GetSetting(ctx, restoredKey, &t); err != nil {
		return time.Time{}, fmt.Errorf("digital: read the restore time: %w", err)
	}
	return t, nil
}

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
	"sellerdesk/backend/digital"
	"sellerdesk/backend/mail"
	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
)

// Issue 17 headless: a shop set up without the window — its settings exported on one PC and
// imported on another, the secrets from the environment — mails a digital order and dispatches
// it as 배송없음 in one `sync --once`, against the simulated Naver and a real TLS SMTP server.
func TestHeadlessSyncOnceMailsAndDispatchesDigitalOrders(t *testing.T) {
	ctx := context.Background()
	ns := naversim.New(naversim.Config{ClientID: doorNaverID, ClientSecret: doorNaverSecret, Seed: 21, NoRateLimit: true, Real: naversim.RealWorld()})
	srv := httptest.NewServer(ns)
	defer srv.Close()
	c, err := mailcatcher.Start(mailcatcher.Config{Security: mailcatcher.StartTLS, Username: "moonlight@gmail.com", Password: "abcd efgh ijkl mnop"})
	require.NoError(t, err)
	defer c.Close()
	ca := filepath.Join(t.TempDir(), "catcher.pem")
	require.NoError(t, os.WriteFile(ca, c.CertPEM(), 0o600))

	// the old PC: settings saved through the screen, then exported
	oldDir := filepath.Join(t.TempDir(), "old")
	old, err := app.New(ctx, app.Config{DataDir: oldDir})
	require.NoError(t, err)
	require.NoError(t, old.PutSettings(ctx, app.Settings{Naver: app.NaverKeys{ClientID: doorNaverID, ClientSecret: doorNaverSecret}, SyncIntervalMinutes: 10}))
	_, err = old.Digital().SaveSettings(digital.SettingsInput{Password: "abcd efgh ijkl mnop", Settings: digital.Settings{Enabled: true,
		Products: []digital.Product{{ID: "guide", Name: "제주 안내서", Kind: digital.KindLink, Link: "https://example.com/jeju.pdf",
			Template: digital.DefaultTemplate(digital.KindLink), Match: digital.Match{SellerCodes: []string{"JEJU-PDF"}}}},
		SMTP: mail.Server{Preset: "gmail", Host: c.Host(), Port: c.Port(), Security: mail.StartTLS, Username: "moonlight@gmail.com", From: "moonlight@gmail.com"}}})
	require.NoError(t, err)
	require.NoError(t, old.Close())
	file := filepath.Join(t.TempDir(), "shop-settings.json")
	code, out, errOut := runDoor(t, "settings", "export", file, "--data-dir", oldDir)
	require.Equal(t, 0, code, out+errOut)
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	for _, secret := range []string{doorNaverSecret, "abcd efgh ijkl mnop"} {
		assert.False(t, bytes.Contains(data, []byte(secret)), "the file holds no secret")
	}
	info, err := os.Stat(file)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())

	// the new PC: import, secrets from the environment, then the headless sync
	dir := filepath.Join(t.TempDir(), "new")
	code, out, errOut = runDoor(t, "settings", "import", "--data-dir", dir, file)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "네이버 애플리케이션 시크릿")
	assert.Contains(t, out, "메일 서버 비밀번호")
	t.Setenv(app.EnvNaverClientSecret, doorNaverSecret)
	t.Setenv(app.EnvNaverBaseURL, srv.URL+"/external")
	t.Setenv(digital.EnvSMTPPassword, "abcd efgh ijkl mnop")
	t.Setenv(digital.EnvSMTPCAFile, ca)

	id := ns.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9200001", ProductName: "제주 여행 안내서 PDF", SellerCode: "JEJU-PDF", OrdererID: "jeju_lover"})
	parcel := ns.AddOrders(1)[0]
	out = syncDoor(t, dir, "--market", "naver")
	assert.Contains(t, out, "디지털 상품: 메일 1건 보냄")
	assert.Contains(t, out, "배송없음 발송처리 1")
	mails := c.MailsTo("jeju_lover@naver.com")
	require.Len(t, mails, 1)
	assert.Contains(t, mails[0].Body, "https://example.com/jeju.pdf")
	o, _ := ns.Order(id)
	assert.Equal(t, "DELIVERING", o.Status)
	assert.Equal(t, naver.DeliveryNothing, o.DeliveryMethod)
	o, _ = ns.Order(parcel)
	assert.Equal(t, "PAYED", o.Status)

	code, out, errOut = runDoor(t, "digital", "--json", "--data-dir", dir)
	require.Equal(t, 0, code, errOut)
	var items []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &items))
	require.Len(t, items, 1)
	assert.Equal(t, "sent", items[0]["state"])
	assert.Equal(t, "done", items[0]["marketState"])

	// a second run mails nobody again
	out = syncDoor(t, dir, "--market", "naver")
	assert.Len(t, c.Mails(), 1)
}

// An import refuses a file with a secret typed into it, and a file of another kind.
func TestSettingsImportRefusesSecrets(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	file := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"format":"sellerdesk.settings","version":1,"general":{"syncIntervalMinutes":5,"naverClientSecret":"$2a$04$x"},"digital":null}`), 0o600))
	code, _, errOut := runDoor(t, "settings", "import", file, "--data-dir", dir)
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "알 수 없는 항목")
	require.NoError(t, os.WriteFile(file, []byte(`{"format":"something.else","version":1}`), 0o600))
	code, _, errOut = runDoor(t, "settings", "import", file, "--data-dir", dir)
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "셀러데스크 설정 파일이 아닙니다")
	code, _, _ = runDoor(t, "settings", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
}

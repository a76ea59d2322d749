package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
)

// memKeyring is an OS credential store in memory (tests never touch the user's keyring); down
// fails every call like a Linux session without a Secret Service.
type memKeyring struct {
	mu   sync.Mutex
	m    map[string]string
	down bool
}

func (k *memKeyring) Get(service, user string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.down {
		return "", assert.AnError
	}
	v, ok := k.m[service+"/"+user]
	if !ok {
		return "", secrets.ErrNotFound
	}
	return v, nil
}

func (k *memKeyring) Set(service, user, password string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.down {
		return assert.AnError
	}
	k.m[service+"/"+user] = password
	return nil
}

func (k *memKeyring) Delete(service, user string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.down {
		return assert.AnError
	}
	delete(k.m, service+"/"+user)
	return nil
}

func (k *memKeyring) holds(v string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, s := range k.m {
		if s == v {
			return true
		}
	}
	return false
}

const legacySMTPPassword = "legacy smtp pass 42"

var allSecrets = []string{connNaverSecret, connCoupangKey, connCoupangSec}

// backupText is a backup of the app's data file, as bytes to search.
func backupText(t *testing.T, a *App) string {
	t.Helper()
	var b bytes.Buffer
	_, err := a.Store().Backup(context.Background(), &b)
	require.NoError(t, err)
	return b.String()
}

// assertNoSecret checks that a backup's bytes hold none of the secrets (without printing either).
func assertNoSecret(t *testing.T, b string, secrets ...string) {
	t.Helper()
	for i, s := range secrets {
		assert.False(t, strings.Contains(b, s), "the backup holds secret #%d", i)
	}
}

func openWith(t *testing.T, dir string, kr secrets.Keyring, env map[string]string) *App {
	t.Helper()
	cfg := Config{DataDir: dir, LockTimeout: 200 * time.Millisecond, Keyring: kr}
	if env != nil {
		cfg.Env = func(k string) string { return env[k] }
	}
	a, err := New(context.Background(), cfg)
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	return a
}

// Keys saved through the settings never reach the data file, so a backup holds none (on main the
// data file held them, and every backup with it).
func TestBackupHoldsNoAPIKeys(t *testing.T) {
	a := newTestApp(t)
	_, err := uiOf(a).SaveSettings(SettingsInput{NaverClientID: connNaverID, NaverClientSecret: connNaverSecret,
		CoupangVendorID: "A00012345", CoupangAccessKey: connCoupangKey, CoupangSecretKey: connCoupangSec})
	require.NoError(t, err)
	b := backupText(t, a)
	assertNoSecret(t, b, allSecrets...)
	assert.True(t, strings.Contains(b, connNaverID), "the backup holds the rest of the settings")
}

// A data folder of an older version holds the keys and the SMTP password in the data file: the
// first start moves them into the OS credential store, and the data file (and its backups) then
// holds none; the app still works with them.
func TestSecretsMoveIntoTheOSStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	st, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	naverBase := naverSim(t, nil)
	require.NoError(t, st.PutSetting(ctx, settingsKey, Settings{SyncIntervalMinutes: 5,
		Naver:   NaverKeys{ClientID: connNaverID, ClientSecret: connNaverSecret, BaseURL: naverBase},
		Coupang: CoupangKeys{VendorID: "A00012345", AccessKey: connCoupangKey, SecretKey: connCoupangSec}}))
	require.NoError(t, st.PutSetting(ctx, "digital.smtp-password.v1", legacySMTPPassword))
	require.NoError(t, st.Close())

	kr := &memKeyring{m: map[string]string{}}
	a := openWith(t, dir, kr, nil)
	for _, s := range append(allSecrets, legacySMTPPassword) {
		assert.True(t, kr.holds(s), "moved into the OS store")
	}
	var raw Settings
	_, err = a.Store().GetSetting(ctx, settingsKey, &raw)
	require.NoError(t, err)
	assert.Empty(t, raw.Naver.ClientSecret+raw.Coupang.AccessKey+raw.Coupang.SecretKey, "the data file holds no secret")
	assert.Equal(t, connNaverID, raw.Naver.ClientID)
	b := backupText(t, a)
	assertNoSecret(t, b, append(allSecrets, legacySMTPPassword)...)
	keys, _ := os.ReadFile(filepath.Join(dir, secrets.FileName))
	assert.NotContains(t, string(keys), connNaverSecret)

	d := uiOf(a)
	v, err := d.GetSettings()
	require.NoError(t, err)
	assert.NotEmpty(t, v.NaverSecretHint)
	assert.NotEmpty(t, v.CoupangSecretHint)
	assert.Contains(t, v.SecretNote, secrets.StoreName())
	assert.NotContains(t, v.SecretNote, "주의")
	res, err := d.TestConnection("naver")
	require.NoError(t, err)
	assert.True(t, res.OK, res.Message)
	pw, err := digital.SMTPPassword(ctx, a.Secrets(), nil)
	require.NoError(t, err)
	assert.Equal(t, legacySMTPPassword, pw)

	// Removing the keys removes them from the OS store.
	_, err = d.RemoveKeys("naver")
	require.NoError(t, err)
	assert.False(t, kr.holds(connNaverSecret))
}

// Without an OS credential store (headless Linux, as on CI) the secrets stay in the 0600 keys
// file of the data folder, the settings say so in Korean, backups still hold none, and the
// SELLERDESK_* variables still override what is saved.
func TestSecretsWithoutAnOSStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	a := openWith(t, dir, &memKeyring{m: map[string]string{}, down: true}, nil)
	d := uiOf(a)
	v, err := d.SaveSettings(SettingsInput{NaverClientID: connNaverID, NaverClientSecret: connNaverSecret,
		CoupangVendorID: "A00012345", CoupangAccessKey: connCoupangKey, CoupangSecretKey: connCoupangSec})
	require.NoError(t, err)
	assert.Contains(t, v.SecretNote, "주의")
	assert.Contains(t, v.SecretNote, secrets.FileName)
	require.NoError(t, digital.SaveSMTPPassword(ctx, a.Secrets(), "file smtp pass"))
	keys, err := os.ReadFile(filepath.Join(dir, secrets.FileName))
	require.NoError(t, err)
	assert.Contains(t, string(keys), connCoupangSec)
	fi, err := os.Stat(filepath.Join(dir, secrets.FileName))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	b := backupText(t, a)
	assertNoSecret(t, b, append(allSecrets, "file smtp pass")...)
	require.NoError(t, a.Close())

	// The next start reads them back; the environment still overrides.
	naverBase := naverSim(t, nil)
	a = openWith(t, dir, nil, map[string]string{EnvNaverClientSecret: connNaverSecret, EnvNaverBaseURL: naverBase})
	require.NoError(t, a.PutSettings(ctx, func() Settings {
		s, err := a.loadSettings(ctx)
		require.NoError(t, err)
		s.Naver.ClientSecret = "$2a$04$wrongwrongwrongwrongwro"
		return s
	}()))
	v, err = uiOf(a).GetSettings()
	require.NoError(t, err)
	assert.NotEmpty(t, v.CoupangAccessHint)
	res, err := uiOf(a).TestConnection("naver")
	require.NoError(t, err)
	assert.True(t, res.OK, "SELLERDESK_NAVER_CLIENT_SECRET overrides the saved secret: %s", res.Message)
}

// The OS store held the keys and is locked at this start: the settings say why the keys are
// missing instead of the seller finding them silently gone.
func TestSecretsInALockedOSStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	kr := &memKeyring{m: map[string]string{}}
	a := openWith(t, dir, kr, nil)
	_, err := uiOf(a).SaveSettings(SettingsInput{CoupangVendorID: "A00012345", CoupangAccessKey: connCoupangKey, CoupangSecretKey: connCoupangSec})
	require.NoError(t, err)
	require.NoError(t, a.Close())

	kr.down = true
	a = openWith(t, dir, kr, nil)
	v, err := uiOf(a).GetSettings()
	require.NoError(t, err)
	assert.Empty(t, v.CoupangSecretHint)
	assert.Contains(t, v.SecretNote, "열 수 없어")
	res, err := uiOf(a).TestConnection("coupang")
	require.NoError(t, err)
	assert.False(t, res.OK)
}

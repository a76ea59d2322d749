package secrets

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestOSKeyringRealStore runs the vault against this machine's real OS credential store (on
// Linux the Secret Service of a D-Bus session), not a fake: keys typed into an older version's
// keys file move into it at start, survive a restart, never stay in the data folder, and are
// deleted from it. It needs an unlocked store, so it runs only when SELLERDESK_OS_KEYRING=1
// (scripts/keyring-test.sh starts a private session with an unlocked GNOME keyring and sets it;
// `make test` runs that script).
func TestOSKeyringRealStore(t *testing.T) {
	if os.Getenv("SELLERDESK_OS_KEYRING") != "1" {
		t.Skip("needs an unlocked OS credential store: run scripts/keyring-test.sh")
	}
	ctx := context.Background()
	dir := t.TempDir()
	const access, secret = "ak-real-store-0001", "sk-real-store-never-in-a-file"
	// an older version left the keys in the fallback file
	require.NoError(t, os.WriteFile(filepath.Join(dir, FileName),
		[]byte(`{"format":"sellerdesk.keys","secrets":{"coupang.accessKey":"`+access+`","coupang.secretKey":"`+secret+`"}}`), 0o600))

	v, err := Open(ctx, dir, OS{}, nil)
	require.NoError(t, err)
	t.Cleanup(func() {
		for _, n := range []Name{CoupangAccessKey, CoupangSecretKey, NaverClientSecret} {
			_ = OS{}.Delete(Service, v.account(n))
		}
	})
	w := v.Where()
	require.True(t, w.Keyring, "the real store answered, so the keys live there")
	require.False(t, w.Lost)
	got, err := OS{}.Get(Service, v.account(CoupangSecretKey))
	require.NoError(t, err, "the secret is in the OS store under SellerDesk's service")
	require.Equal(t, secret, got)
	noSecretIn(t, dir, secret, access)

	// a restart reads them back from the OS store
	v2, err := Open(ctx, dir, OS{}, nil)
	require.NoError(t, err)
	s, a := "", ""
	require.NoError(t, v2.Fill(ctx, Fields{CoupangSecretKey: &s, CoupangAccessKey: &a}))
	require.Equal(t, secret, s)
	require.Equal(t, access, a)

	// a new key saved from the settings screen goes to the OS store, and its field is blanked
	naver := "naver-secret-typed-in-settings"
	f := Fields{NaverClientSecret: &naver}
	require.NoError(t, v2.Save(ctx, f))
	require.Empty(t, naver)
	got, err = OS{}.Get(Service, v2.account(NaverClientSecret))
	require.NoError(t, err)
	require.Equal(t, "naver-secret-typed-in-settings", got)
	noSecretIn(t, dir, secret, access, "naver-secret-typed-in-settings")

	// deleting a key deletes the OS store's entry
	require.NoError(t, v2.Set(ctx, CoupangSecretKey, ""))
	_, err = OS{}.Get(Service, v2.account(CoupangSecretKey))
	require.ErrorIs(t, err, ErrNotFound)
	back, err := v2.Get(ctx, CoupangSecretKey)
	require.NoError(t, err)
	require.Empty(t, back)
}

// noSecretIn fails when any file of dir holds one of the secrets.
func noSecretIn(t *testing.T, dir string, secrets ...string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range secrets {
			require.False(t, strings.Contains(string(b), s), "%s holds a secret", path)
		}
		return nil
	}))
}

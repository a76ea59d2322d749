package secrets

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zalando/go-keyring"
)

// fakeKeyring is an OS credential store in memory; down makes every call fail the way a Linux
// session without a Secret Service does. Tests never touch the real user keyring.
type fakeKeyring struct {
	mu   sync.Mutex
	m    map[string]string
	down bool
}

func newFake() *fakeKeyring { return &fakeKeyring{m: map[string]string{}} }

var errNoService = errors.New("The name org.freedesktop.secrets was not provided by any .service files")

func (f *fakeKeyring) Get(service, user string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return "", errNoService
	}
	s, ok := f.m[service+"/"+user]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return s, nil
}

func (f *fakeKeyring) Set(service, user, password string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return errNoService
	}
	f.m[service+"/"+user] = password
	return nil
}

func (f *fakeKeyring) Delete(service, user string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return errNoService
	}
	if _, ok := f.m[service+"/"+user]; !ok {
		return keyring.ErrNotFound
	}
	delete(f.m, service+"/"+user)
	return nil
}

func (f *fakeKeyring) values() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, v := range f.m {
		out = append(out, v)
	}
	return out
}

const (
	naverSecret = "$2a$04$abcdefghijklmnopqrstuv"
	smtpPass    = "abcd efgh ijkl mnop"
)

func keysFile(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	require.NoError(t, err)
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(filepath.Join(dir, FileName))
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	}
	return string(b)
}

func TestVaultInTheOSStore(t *testing.T) {
	ctx := context.Background()
	dir, kr := t.TempDir(), newFake()
	v, err := Open(ctx, dir, kr, nil)
	require.NoError(t, err)
	assert.True(t, v.Where().Keyring)
	require.NoError(t, v.Set(ctx, NaverClientSecret, naverSecret))
	require.NoError(t, v.Set(ctx, SMTPPassword, smtpPass))
	assert.ElementsMatch(t, []string{naverSecret, smtpPass}, kr.values())
	f := keysFile(t, dir)
	assert.NotContains(t, f, naverSecret, "the file holds only the mark")
	assert.Contains(t, f, `"keyring": true`)

	// Another start reads them back from the OS store.
	v, err = Open(ctx, dir, kr, nil)
	require.NoError(t, err)
	got, err := v.Get(ctx, NaverClientSecret)
	require.NoError(t, err)
	assert.Equal(t, naverSecret, got)
	got, err = v.Get(ctx, CoupangSecretKey)
	require.NoError(t, err)
	assert.Empty(t, got)
	require.NoError(t, v.Set(ctx, SMTPPassword, ""))
	assert.Equal(t, []string{naverSecret}, kr.values(), `"" deletes the entry`)

	// Two data folders never share an entry.
	other, err := Open(ctx, t.TempDir(), kr, nil)
	require.NoError(t, err)
	got, err = other.Get(ctx, NaverClientSecret)
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestVaultFallsBackToTheFile(t *testing.T) {
	ctx := context.Background()
	for name, kr := range map[string]Keyring{"no OS store": nil, "headless Linux": &fakeKeyring{m: map[string]string{}, down: true}} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			v, err := Open(ctx, dir, kr, nil)
			require.NoError(t, err)
			w := v.Where()
			assert.False(t, w.Keyring)
			assert.False(t, w.Lost)
			assert.Equal(t, filepath.Join(dir, FileName), w.File)
			require.NoError(t, v.Set(ctx, CoupangSecretKey, "coupang-secret-1234"))
			assert.Contains(t, keysFile(t, dir), "coupang-secret-1234")
			v, err = Open(ctx, dir, kr, nil)
			require.NoError(t, err)
			got, err := v.Get(ctx, CoupangSecretKey)
			require.NoError(t, err)
			assert.Equal(t, "coupang-secret-1234", got)
			require.NoError(t, v.Set(ctx, CoupangSecretKey, ""))
			assert.NotContains(t, keysFile(t, dir), "coupang-secret-1234")
		})
	}
}

// Secrets kept in the file (no OS store at an earlier start) move into the OS store at the first
// start that has one, and leave the file.
func TestVaultMovesTheFileIntoTheOSStore(t *testing.T) {
	ctx := context.Background()
	dir, kr := t.TempDir(), newFake()
	kr.down = true
	v, err := Open(ctx, dir, kr, nil)
	require.NoError(t, err)
	require.NoError(t, v.Set(ctx, NaverClientSecret, naverSecret))
	require.NoError(t, v.Set(ctx, SMTPPassword, smtpPass))

	kr.down = false
	v, err = Open(ctx, dir, kr, nil)
	require.NoError(t, err)
	assert.True(t, v.Where().Keyring)
	assert.ElementsMatch(t, []string{naverSecret, smtpPass}, kr.values())
	assert.NotContains(t, keysFile(t, dir), naverSecret)
	assert.NotContains(t, keysFile(t, dir), smtpPass)
	got, err := v.Get(ctx, SMTPPassword)
	require.NoError(t, err)
	assert.Equal(t, smtpPass, got)
}

// The OS store held the keys and cannot be opened at this start (a locked keyring): the keys are
// reported missing from it, not silently gone; keys typed again wait in the file and move when it
// is back.
func TestVaultWhenTheOSStoreIsGone(t *testing.T) {
	ctx := context.Background()
	dir, kr := t.TempDir(), newFake()
	v, err := Open(ctx, dir, kr, nil)
	require.NoError(t, err)
	require.NoError(t, v.Set(ctx, NaverClientSecret, naverSecret))
	require.NoError(t, v.Set(ctx, CoupangAccessKey, "old-access"))

	kr.down = true
	v, err = Open(ctx, dir, kr, nil)
	require.NoError(t, err)
	assert.True(t, v.Where().Lost)
	_, err = v.Get(ctx, NaverClientSecret)
	assert.ErrorIs(t, err, ErrKeyringUnavailable)
	s := ""
	require.NoError(t, v.Fill(ctx, Fields{NaverClientSecret: &s}), "Fill leaves it empty")
	assert.Empty(t, s)
	require.NoError(t, v.Set(ctx, NaverClientSecret, "$2a$04$newnewnewnewnewnewnewn"))
	require.NoError(t, v.Set(ctx, CoupangAccessKey, ""))

	kr.down = false
	v, err = Open(ctx, dir, kr, nil)
	require.NoError(t, err)
	assert.False(t, v.Where().Lost)
	got, err := v.Get(ctx, NaverClientSecret)
	require.NoError(t, err)
	assert.Equal(t, "$2a$04$newnewnewnewnewnewnewn", got)
	got, err = v.Get(ctx, CoupangAccessKey)
	require.NoError(t, err)
	assert.Empty(t, got, "a key removed while the store was gone is removed there too")
	assert.NotContains(t, keysFile(t, dir), "newnew")
}

func TestVaultFieldsHelpers(t *testing.T) {
	ctx := context.Background()
	v, err := Open(ctx, t.TempDir(), newFake(), nil)
	require.NoError(t, err)
	a, b := naverSecret, ""
	moved, err := v.Adopt(ctx, Fields{NaverClientSecret: &a, CoupangSecretKey: &b})
	require.NoError(t, err)
	assert.True(t, moved)
	assert.Empty(t, a)
	moved, err = v.Adopt(ctx, Fields{NaverClientSecret: &a})
	require.NoError(t, err)
	assert.False(t, moved, "nothing to move")

	require.NoError(t, v.Fill(ctx, Fields{NaverClientSecret: &a, CoupangSecretKey: &b}))
	assert.Equal(t, naverSecret, a)
	assert.Empty(t, b)
	b = "typed-now"
	kept := "kept-in-settings"
	require.NoError(t, v.Fill(ctx, Fields{SMTPPassword: &kept}))
	assert.Equal(t, "kept-in-settings", kept, "a value already there stays")

	require.NoError(t, v.Save(ctx, Fields{NaverClientSecret: &a, CoupangSecretKey: &b}))
	assert.Empty(t, a)
	assert.Empty(t, b)
	got, err := v.Get(ctx, CoupangSecretKey)
	require.NoError(t, err)
	assert.Equal(t, "typed-now", got)
}

func TestVaultSetsADamagedFileAside(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, FileName), []byte("{not json"), 0o600))
	v, err := Open(context.Background(), dir, nil, nil)
	require.NoError(t, err, "a damaged keys file does not lock the seller out")
	assert.Equal(t, filepath.Join(dir, FileName)+".damaged", v.Where().SetAside)
	require.NoError(t, v.Set(context.Background(), CoupangSecretKey, "typed-again"))
	assert.Contains(t, keysFile(t, dir), "typed-again")
}

// A keys file that cannot be read (not a damaged one) is never set aside: its keys may be fine.
func TestVaultKeepsAnUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, FileName), 0o700)) // reading it fails, even as root
	_, err := Open(context.Background(), dir, nil, nil)
	require.Error(t, err)
	assert.NotErrorIs(t, err, errDamaged)
	assert.DirExists(t, filepath.Join(dir, FileName))
}

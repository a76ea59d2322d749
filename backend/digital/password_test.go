package digital

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// lostKeyring is an OS credential store that cannot be opened at this start.
type lostKeyring struct{}

func (lostKeyring) Get(string, string) (string, error) { return "", assert.AnError }
func (lostKeyring) Set(string, string, string) error   { return assert.AnError }
func (lostKeyring) Delete(string, string) error        { return assert.AnError }

// A password an older version kept in the data file moves into the secrets store; the data file,
// and so a backup of it, then holds none.
func TestSMTPPasswordMovesOutOfTheDataFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	defer st.Close()
	const pw = "legacy-pass-9876"
	require.NoError(t, st.PutSetting(ctx, legacyPasswordKey, pw))

	sec, err := secrets.Open(ctx, dir, nil, nil)
	require.NoError(t, err)
	require.NoError(t, MoveSMTPPassword(ctx, st, sec))
	got, err := SMTPPassword(ctx, sec, nil)
	require.NoError(t, err)
	assert.Equal(t, pw, got)
	require.NoError(t, MoveSMTPPassword(ctx, st, sec), "once moved there is nothing to move")

	var b bytes.Buffer
	_, err = st.Backup(ctx, &b)
	require.NoError(t, err)
	assert.NotContains(t, b.String(), pw, "a backup holds no SMTP password")
	require.NoError(t, SaveSMTPPassword(ctx, sec, "new-pass-1234"))
	b.Reset()
	_, err = st.Backup(ctx, &b)
	require.NoError(t, err)
	assert.NotContains(t, b.String(), "new-pass-1234")
}

// The password sits in an OS store that cannot be opened now: the mail run says so in Korean.
func TestSMTPPasswordInALockedStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// a start with a working OS store marks the keys file
	mark, err := secrets.Open(ctx, dir, fakeOK{}, nil)
	require.NoError(t, err)
	require.NoError(t, mark.Set(ctx, secrets.SMTPPassword, "in-the-keychain"))

	sec, err := secrets.Open(ctx, dir, lostKeyring{}, nil)
	require.NoError(t, err)
	_, err = NewMailer(sec, nil)(ctx, Settings{})
	require.Error(t, err)
	k, ok := usererr.Korean(err)
	require.True(t, ok)
	assert.Contains(t, k, "메일 비밀번호가 저장된")
	assert.Contains(t, koreanOf(err), "잠금을 풀고")
}

// fakeOK is an OS store that accepts everything and forgets it (the mark is what matters here).
type fakeOK struct{}

func (fakeOK) Get(string, string) (string, error) { return "", secrets.ErrNotFound }
func (fakeOK) Set(string, string, string) error   { return nil }
func (fakeOK) Delete(string, string) error        { return nil }

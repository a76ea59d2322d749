package digital

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/order"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
)

func TestSettingsSaveExportImport(t *testing.T) {
	ctx := context.Background()
	c, err := mailcatcher.Start(mailcatcher.Config{})
	require.NoError(t, err)
	defer c.Close()
	st, err := store.Open(ctx, t.TempDir(), store.Options{})
	require.NoError(t, err)
	defer st.Close()

	sec, err := secrets.Open(ctx, t.TempDir(), nil, nil)
	require.NoError(t, err)

	set := testSettings(c)
	require.NoError(t, SaveSettings(ctx, st, set))
	const pw = "abcd efgh ijkl mnop"
	require.NoError(t, SaveSMTPPassword(ctx, sec, pw))
	require.NoError(t, SaveSMTPPassword(ctx, sec, ""), "empty keeps the saved one")
	got, err := LoadSettings(ctx, st)
	require.NoError(t, err)
	assert.Equal(t, set, got)
	p, err := SMTPPassword(ctx, sec, nil)
	require.NoError(t, err)
	assert.Equal(t, pw, p)
	p, err = SMTPPassword(ctx, sec, func(k string) string {
		if k == EnvSMTPPassword {
			return "from-env"
		}
		return ""
	})
	require.NoError(t, err)
	assert.Equal(t, "from-env", p)

	data, err := ExportJSON(got, time.Date(2026, 12, 1, 9, 0, 0, 0, order.KST()))
	require.NoError(t, err)
	assert.NotContains(t, string(data), pw, "the password never leaves in an export")
	assert.NotContains(t, strings.ToLower(string(data)), "password")
	back, err := ImportJSON(data)
	require.NoError(t, err)
	assert.Equal(t, set, back)

	bad := map[string]string{
		"password smuggled": strings.Replace(string(data), `"username"`, `"password": "x", "username"`, 1),
		"not ours":          `{"format":"other","version":1,"digital":{}}`,
		"newer":             strings.Replace(string(data), `"version": 1`, `"version": 9`, 1),
		"broken template":   strings.Replace(string(data), `{{코드}}`, `{{코드`, 1),
		"garbage":           `{"format":`,
		"trailing":          string(data) + "{}",
	}
	for name, doc := range bad {
		_, err := ImportJSON([]byte(doc))
		var ie *ImportError
		assert.True(t, errors.As(err, &ie), "%s: %v", name, err)
	}
	_, err = ImportJSON([]byte(strings.Replace(string(data), `"username"`, `"password": "x", "username"`, 1)))
	assert.Contains(t, err.Error(), EnvSMTPPassword)
}

func TestWriteList(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	key := r.naverOrder("5001", "list_buyer", "1", "GUIDE", 1, "DELIVERY")
	masked := r.naverOrder("5002", "kimm****", "1", "GUIDE", 1, "DELIVERY")
	r.run(key, masked)
	items, err := List(context.Background(), r.st)
	require.NoError(t, err)
	require.Len(t, items, 2)
	var buf bytes.Buffer
	require.NoError(t, WriteList(&buf, items, false))
	assert.Contains(t, buf.String(), "naver/5001")
	assert.Contains(t, buf.String(), "발송 완료")
	assert.Contains(t, buf.String(), "보류")
	buf.Reset()
	require.NoError(t, WriteList(&buf, items, true))
	assert.Contains(t, buf.String(), `"state": "sent"`)
	assert.Contains(t, buf.String(), `"stateLabel": "보류"`)
	buf.Reset()
	require.NoError(t, WriteList(&buf, nil, true))
	assert.Equal(t, "[]\n", buf.String())
}

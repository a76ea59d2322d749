package web

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 12 point 14: in the browser an export downloads; before, the list stayed in the data folder
// of the PC running the door. Only a logged-in page gets it, and only a plain file of the folder.
func TestExportDownloads(t *testing.T) {
	f := newFixture(t, "correct horse battery")
	require.NoError(t, os.WriteFile(filepath.Join(f.exports, "배송리스트_20261122.xlsx"), []byte("xlsx bytes"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(f.exports, ".hidden.tmp"), []byte("x"), 0o600))
	outside := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(outside, []byte("keys"), 0o600))
	require.NoError(t, os.Symlink(outside, filepath.Join(f.exports, "link.txt")))

	get := func(name, cookie string) (*http.Response, string) {
		req, err := http.NewRequest(http.MethodGet, f.srv.URL+"/api/exports/"+name, nil)
		require.NoError(t, err)
		if cookie != "" {
			req.AddCookie(&http.Cookie{Name: sessionCookie, Value: cookie})
		}
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}

	res, _ := get("%EB%B0%B0%EC%86%A1%EB%A6%AC%EC%8A%A4%ED%8A%B8_20261122.xlsx", "")
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode, "no session, no file")

	cookie := f.login(t, "correct horse battery")
	res, body := get("%EB%B0%B0%EC%86%A1%EB%A6%AC%EC%8A%A4%ED%8A%B8_20261122.xlsx", cookie)
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "xlsx bytes", body)
	assert.Contains(t, res.Header.Get("Content-Disposition"), "attachment")
	assert.Equal(t, "no-store", res.Header.Get("Cache-Control"))

	for _, name := range []string{".hidden.tmp", "link.txt", "..%2Fsecret.txt", "%2E%2E", "missing.xlsx"} {
		res, body := get(name, cookie)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, name)
		assert.NotContains(t, body, "keys", name)
	}
}

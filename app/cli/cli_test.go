package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sellerdesk/backend/order"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
	"sellerdesk/backend/export"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
)

const (
	doorNaverID     = "U8JZpDE0iGXlD6gNCFbaEP"
	doorNaverSecret = "$2a$04$A.m5cKAa1oXZfFITnYi7k."
)

// testAssets stand in for the built frontend.
var testAssets = fstest.MapFS{"index.html": {Data: []byte("<html><head></head><body>셀러데스크</body></html>")}}

// runWith runs a door the way main does, with these streams and the test assets.
func runWith(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return Run(ctx, args, Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Assets: testAssets, Version: "test"})
}

func runDoor(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runWith(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestSyncAndExportDoors(t *testing.T) {
	ns := naversim.New(naversim.Config{ClientID: doorNaverID, ClientSecret: doorNaverSecret, Seed: 8, NoRateLimit: true})
	ns.AddOrders(9)
	nsrv := httptest.NewServer(ns)
	defer nsrv.Close()
	ccfg := coupangsim.DefaultConfig()
	ccfg.RateLimit, ccfg.ListDelay, ccfg.InitialOrders = -1, 0, 0
	cs, err := coupangsim.New(ccfg)
	require.NoError(t, err)
	cs.AddOrders(4)
	csrv := httptest.NewServer(cs)
	defer csrv.Close()
	dir := filepath.Join(t.TempDir(), "data")

	// only Naver has keys: Coupang is skipped with a Korean line, not a failure
	t.Setenv(app.EnvNaverClientID, doorNaverID)
	t.Setenv(app.EnvNaverClientSecret, doorNaverSecret)
	t.Setenv(app.EnvNaverBaseURL, nsrv.URL+"/external")
	out := syncDoor(t, dir)
	assert.Contains(t, out, "쿠팡: API 키가 없어 건너뜁니다")
	assert.Contains(t, out, "네이버 동기화 완료: 새 주문 9")

	// naming a marketplace without keys fails
	code, _, _ := runDoor(t, "sync", "--once", "--market", "coupang", "--data-dir", dir)
	assert.Equal(t, exitFailure, code)

	t.Setenv(app.EnvCoupangVendorID, ccfg.VendorID)
	t.Setenv(app.EnvCoupangAccessKey, ccfg.AccessKey)
	t.Setenv(app.EnvCoupangSecretKey, ccfg.SecretKey)
	t.Setenv(app.EnvCoupangBaseURL, csrv.URL)
	out = syncDoor(t, dir, "--market", "쿠팡")
	assert.Contains(t, out, "쿠팡 동기화 완료: 새 주문 4")

	// a failing marketplace makes the door fail
	ns.SetIPAllowed(false)
	code, out, _ = runDoor(t, "sync", "--once", "--data-dir", dir)
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, out, "네이버 동기화 실패")
	assert.Contains(t, out, "쿠팡 동기화 완료")

	// export: JSON to stdout, CSV and XLSX to 0600 files
	code, out, errOut := runDoor(t, "export", "--format", "json", "--data-dir", dir)
	require.Equal(t, 0, code, errOut)
	var doc export.Document
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, export.DocumentFormat, doc.Format)
	assert.Equal(t, 13, doc.Count)
	code, out, _ = runDoor(t, "export", "--format", "json", "--market", "coupang", "--status", "paid", "--data-dir", dir)
	require.Equal(t, 0, code)
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, 4, doc.Count)
	for _, f := range []string{"csv", "xlsx"} {
		path := filepath.Join(t.TempDir(), "orders."+f)
		code, _, errOut = runDoor(t, "export", "--format", f, "--out", path, "--data-dir", dir)
		require.Equal(t, 0, code, errOut)
		info, err := os.Stat(path)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
		assert.Greater(t, info.Size(), int64(200))
	}
	code, _, _ = runDoor(t, "export", "--format", "pdf", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	code, _, _ = runDoor(t, "export", "--format", "xlsx", "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "xlsx needs a file")
}

// lineWriter is the door's stdout, read line by line by the test through a pipe.
type lineWriter struct {
	pw *io.PipeWriter
}

func (l lineWriter) Write(p []byte) (int, error) { return l.pw.Write(p) }

func TestDemoServeDoor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the demo for a few seconds")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	dir := filepath.Join(t.TempDir(), "demo")
	done := make(chan int, 1)
	go func() {
		done <- runWith(ctx, []string{"demo", "--serve", "--addr", "127.0.0.1:0", "--data-dir", dir}, strings.NewReader(""), lineWriter{pw}, io.Discard)
		_ = pw.Close()
	}()
	var url string
	var lines []string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if i := strings.Index(sc.Text(), "http://"); i >= 0 {
			url = strings.Fields(sc.Text()[i:])[0] // the first URL on stdout is the UI's
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	require.NotEmpty(t, url, "%v", lines)
	assert.Contains(t, strings.Join(lines, "\n"), "가상 네이버")
	// no password yet: the address carries the one-time set-up code in its fragment
	url, code, found := strings.Cut(url, "/#setup=")
	require.True(t, found, "the first-run address carries the set-up code: %s", url)
	require.Regexp(t, `^[A-Z2-9]{4}-[A-Z2-9]{4}$`, code)
	// first run: no password yet, the setup flow is offered (the UI asks for one)
	resp, err := http.Get(url + "/api/session")
	require.NoError(t, err)
	var session struct {
		LoggedIn    bool `json:"loggedIn"`
		PasswordSet bool `json:"passwordSet"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&session))
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.False(t, session.LoggedIn)
	assert.False(t, session.PasswordSet)
	setup := func(code string) int {
		req, err := http.NewRequest(http.MethodPost, url+"/api/setup", strings.NewReader(`{"password":"데모-비밀번호-2026","code":"`+code+`"}`))
		require.NoError(t, err)
		req.Header.Set("X-SellerDesk-Request", "1")
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		_ = res.Body.Close()
		return res.StatusCode
	}
	assert.Equal(t, http.StatusForbidden, setup(""), "whoever arrives first without the code cannot set the password")
	assert.Equal(t, http.StatusOK, setup(code))

	// the background sync fills the demo store
	_, err = os.Stat(filepath.Join(dir, "sellerdesk.db"))
	require.NoError(t, err)
	cancel()
	select {
	case code := <-done:
		assert.Equal(t, 0, code)
	case <-time.After(20 * time.Second):
		t.Fatal("demo did not stop")
	}
}

func TestSyncDoorKeepsSyncingUntilInterrupted(t *testing.T) {
	ns := doorNaver(t, naversim.Config{Seed: 9})
	ns.AddOrders(5)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- runWith(ctx, []string{"sync", "--data-dir", filepath.Join(t.TempDir(), "data")}, strings.NewReader(""), lineWriter{pw}, io.Discard)
		_ = pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
		if strings.Contains(sc.Text(), "네이버 동기화 완료: 새 주문 5") {
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	require.Contains(t, strings.Join(got, "\n"), "Ctrl+C")
	select {
	case <-done:
		t.Fatal("the door ended without being interrupted")
	case <-time.After(200 * time.Millisecond):
	}
	cancel() // Ctrl+C
	select {
	case code := <-done:
		assert.Equal(t, 0, code)
	case <-time.After(10 * time.Second):
		t.Fatal("the door did not stop on Ctrl+C")
	}
}

// doorNaver serves a simulated Naver that takes the door's keys, with no rate limit (cfg adds the
// rest: the seed, the real-world form), for a door's test (closed with the test) and points the
// environment's Naver keys and address at it.
func doorNaver(t *testing.T, cfg naversim.Config) *naversim.Sim {
	t.Helper()
	cfg.ClientID, cfg.ClientSecret, cfg.NoRateLimit = doorNaverID, doorNaverSecret, true
	ns := naversim.New(cfg)
	srv := httptest.NewServer(ns)
	t.Cleanup(srv.Close)
	t.Setenv(app.EnvNaverClientID, doorNaverID)
	t.Setenv(app.EnvNaverClientSecret, doorNaverSecret)
	t.Setenv(app.EnvNaverBaseURL, srv.URL+"/external")
	return ns
}

// doorCoupang serves a simulated Coupang for a door's test (no rate limit, no list delay, no
// orders yet; closed with the test) and points the environment's Coupang keys and address at it.
// tweaks change the simulator's configuration first (a WING id, a test clock).
func doorCoupang(t *testing.T, tweaks ...func(*coupangsim.Config)) *coupangsim.Server {
	t.Helper()
	cfg := coupangsim.DefaultConfig()
	cfg.RateLimit, cfg.ListDelay, cfg.InitialOrders = -1, 0, 0
	for _, tw := range tweaks {
		tw(&cfg)
	}
	cs, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(cs)
	t.Cleanup(srv.Close)
	t.Setenv(app.EnvCoupangVendorID, cfg.VendorID)
	t.Setenv(app.EnvCoupangAccessKey, cfg.AccessKey)
	t.Setenv(app.EnvCoupangSecretKey, cfg.SecretKey)
	t.Setenv(app.EnvCoupangBaseURL, srv.URL)
	return cs
}

// syncedShop is a new data folder after one `sync --once` (args adds to it, e.g. --market naver).
func syncedShop(t *testing.T, args ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	syncDoor(t, dir, args...)
	return dir
}

// syncDoor runs `sync --once` on the data folder dir (args adds to it); it must succeed. Returns
// what it printed.
func syncDoor(t *testing.T, dir string, args ...string) string {
	t.Helper()
	code, out, errOut := runDoor(t, append(append([]string{"sync", "--once"}, args...), "--data-dir", dir)...)
	require.Equal(t, 0, code, out+errOut)
	return out
}

// openShop opens the app on the data folder dir with the environment's keys, as a door does,
// for what a test sets up or looks at between two doors; the test closes it.
func openShop(t *testing.T, dir string) *app.App {
	t.Helper()
	a, err := app.New(context.Background(), app.Config{DataDir: dir, Env: os.Getenv, LockTimeout: time.Second})
	require.NoError(t, err)
	return a
}

// shipOut acknowledges the shipments keys on the app, gives key i the CJ대한통운 number numbers[i]
// and sends them out (발송처리), each of them applied, then closes the app.
func shipOut(t *testing.T, a *app.App, keys []string, numbers ...string) {
	t.Helper()
	require.Len(t, numbers, len(keys))
	ctx := context.Background()
	ack, err := a.Acknowledge(ctx, keys, "test")
	require.NoError(t, err)
	require.Equal(t, len(keys), ack.Counts.OK, "%+v", ack.Items)
	for i, k := range keys {
		require.NoError(t, a.SetTracking(ctx, k, "CJ대한통운", numbers[i], "test"))
	}
	res, err := a.Dispatch(ctx, keys, "test")
	require.NoError(t, err)
	require.Equal(t, len(keys), res.Counts.OK, "%+v", res.Items)
	require.NoError(t, a.Close())
}

// coupangKey is the shipment key of the Coupang box shipmentBoxId box.
func coupangKey(box int64) string {
	return order.ShipmentKey(order.Coupang, strconv.FormatInt(box, 10))
}

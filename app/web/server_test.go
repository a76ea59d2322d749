package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"

	"sellerdesk/app"
)

// memSettings is a PasswordStore in memory.
type memSettings struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *memSettings) GetSetting(_ context.Context, name string, v any) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[name]
	if !ok {
		return false, nil
	}
	return true, json.Unmarshal(b, v)
}

func (s *memSettings) PutSetting(_ context.Context, name string, v any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if s.m == nil {
		s.m = map[string][]byte{}
	}
	s.m[name] = b
	return nil
}

type echoArgs struct {
	Text  string `json:"text"`
	Times int    `json:"times"`
}

// counter is a bound struct for the tests.
type counter struct{ calls atomic.Int32 }

func (c *counter) Echo(a echoArgs) (string, error) {
	c.calls.Add(1)
	return strings.Repeat(a.Text, a.Times), nil
}
func (c *counter) Fail() (int, error) {
	return 0, &app.UserError{Korean: "주문을 읽지 못했습니다.", Detail: errors.New("disk on fire")}
}

// vault is not bound: its methods are not reachable.
type vault struct{}

func (vault) Secret() (string, error) { return "hidden", nil }

// badCounter has a method the door cannot answer (no error result).
type badCounter struct{}

func (*badCounter) Count() int { return 1 }

type fixture struct {
	srv *httptest.Server
	c   *counter
	ps  *memSettings
	// notices are what the door showed on its console (unlock codes).
	notices chan string
	// exports is the door's exports folder (Config.Exports).
	exports string

	mu  sync.Mutex
	now time.Time
}

func (f *fixture) clock() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fixture) advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

const testSetupCode = "ABCD-EFGH"

func newFixture(t *testing.T, password string) *fixture {
	t.Helper()
	f := &fixture{c: &counter{}, ps: &memSettings{}, now: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC),
		notices: make(chan string, 16), exports: t.TempDir()}
	if password != "" {
		require.NoError(t, setPassword(context.Background(), f.ps, password, bcrypt.MinCost))
	}
	f.srv = httptest.NewUnstartedServer(nil)
	s, err := New(Config{
		Hosts:     HostsFor(f.srv.Listener.Addr(), nil),
		SetupCode: testSetupCode,
		Notice:    func(n string) { f.notices <- n },
		Bound:     []any{f.c},
		Events:    app.NewEvents(),
		Assets:    fstest.MapFS{"index.html": {Data: []byte("<html><head><title>t</title></head><body>셀러데스크</body></html>")}},
		Passwords: f.ps,
		Now:       f.clock,
		Exports:   f.exports,

		PasswordCost: bcrypt.MinCost,
	})
	require.NoError(t, err)
	f.srv.Config.Handler = s
	f.srv.Start()
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) post(t *testing.T, path, body, cookie string, hdr map[string]string) (*http.Response, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, f.srv.URL+path, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(requestHeader, "1")
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	if cookie != "" {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: cookie})
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(res.Body)
	_ = json.Unmarshal(b, &out)
	return res, out
}

func (f *fixture) login(t *testing.T, password string) string {
	t.Helper()
	res, body := f.post(t, "/api/login", `{"password":"`+password+`"}`, "", nil)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	for _, c := range res.Cookies() {
		if c.Name == sessionCookie {
			assert.True(t, c.HttpOnly)
			assert.Equal(t, http.SameSiteStrictMode, c.SameSite)
			return c.Value
		}
	}
	t.Fatal("no session cookie")
	return ""
}

func TestNewRefusesUnknownMethods(t *testing.T) {
	for _, bound := range [][]any{{&badCounter{}}, {counter{}}, {&counter{}, &counter{}}, {vault{}}} {
		_, err := New(Config{Bound: bound, Events: app.NewEvents(), Passwords: &memSettings{}, Hosts: []string{"127.0.0.1:1"}})
		assert.Error(t, err, "%T", bound)
	}
	_, err := New(Config{Bound: []any{&counter{}}, Events: app.NewEvents(), Passwords: &memSettings{}})
	assert.Error(t, err, "a door without the host names it answers to")
}

func TestCallsNeedASession(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	res, body := f.post(t, "/api/counter.Echo", `[{"text":"가","times":2}]`, "", nil)
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode)
	assert.Equal(t, "로그인이 필요합니다.", body["error"])
	res, _ = f.post(t, "/api/counter.Echo", `[{"text":"가","times":2}]`, "forged-session", nil)
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode)
	assert.Zero(t, f.c.calls.Load())
}

func TestCallDispatch(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	sess := f.login(t, "올바른-비밀번호")

	tests := []struct {
		name   string
		path   string
		body   string
		status int
		want   map[string]any
	}{
		{"allowed method", "/api/counter.Echo", `[{"text":"가","times":3}]`, 200, map[string]any{"result": "가가가"}},
		{"seller error is the Korean sentence, not the cause", "/api/counter.Fail", `[]`, 200, map[string]any{"error": "주문을 읽지 못했습니다."}},
		{"not a bound struct's method", "/api/vault.Secret", `[]`, 404, map[string]any{"error": "허용되지 않은 기능입니다."}},
		{"no such method of a bound struct", "/api/counter.Secret", `[]`, 404, map[string]any{"error": "허용되지 않은 기능입니다."}},
		{"wrong argument count", "/api/counter.Echo", `[]`, 400, map[string]any{"error": "요청 형식이 올바르지 않습니다."}},
		{"wrong argument type", "/api/counter.Echo", `[{"times":"many"}]`, 400, map[string]any{"error": "요청 형식이 올바르지 않습니다."}},
		{"not JSON", "/api/counter.Echo", `{{{`, 400, map[string]any{"error": "요청 형식이 올바르지 않습니다."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := f.post(t, tt.path, tt.body, sess, nil)
			assert.Equal(t, tt.status, res.StatusCode)
			assert.Equal(t, tt.want, body)
		})
	}
}

func TestCrossSiteRefused(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	sess := f.login(t, "올바른-비밀번호")
	for name, hdr := range map[string]map[string]string{
		"no request header":   {requestHeader: ""},
		"foreign origin":      {"Origin": "https://evil.example"},
		"cross-site fetch":    {"Sec-Fetch-Site": "cross-site"},
		"same-site subdomain": {"Sec-Fetch-Site": "same-site"},
	} {
		t.Run(name, func(t *testing.T) {
			res, _ := f.post(t, "/api/counter.Echo", `[{"text":"a","times":1}]`, sess, hdr)
			assert.Equal(t, http.StatusForbidden, res.StatusCode)
		})
	}
	assert.Zero(t, f.c.calls.Load())
	res, _ := f.post(t, "/api/counter.Echo", `[{"text":"a","times":1}]`, sess, map[string]string{"Origin": f.srv.URL})
	assert.Equal(t, http.StatusOK, res.StatusCode, "the page's own origin is fine")
}

func TestLoginThrottle(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	for i := 0; i < freeFailures; i++ {
		res, body := f.post(t, "/api/login", `{"password":"wrong"}`, "", nil)
		require.Equal(t, http.StatusUnauthorized, res.StatusCode)
		assert.Equal(t, "비밀번호가 올바르지 않습니다.", body["error"])
	}
	res, body := f.post(t, "/api/login", `{"password":"올바른-비밀번호"}`, "", nil)
	assert.Equal(t, http.StatusTooManyRequests, res.StatusCode, "locked out without the unlock code")
	assert.Contains(t, body["error"], "초 후에 다시 시도하거나")
	assert.Equal(t, true, body["unlock"], "the page is told to ask for the unlock code")
	assert.Equal(t, "31", res.Header.Get("Retry-After"))

	f.advance(firstLockout + time.Second)
	f.login(t, "올바른-비밀번호")
}

// Rotating over loopback addresses (all of 127/8 is this PC) buys no extra guesses: the count is
// the door's, not the address's.
func TestLoginThrottleIsGlobal(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	checked := 0
	for i := 0; i < 20; i++ {
		local := &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(2+i))}
		client := &http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{LocalAddr: local}).DialContext}}
		req, err := http.NewRequest(http.MethodPost, f.srv.URL+"/api/login", strings.NewReader(`{"password":"guess-`+fmt.Sprint(i)+`"}`))
		require.NoError(t, err)
		req.Header.Set(requestHeader, "1")
		res, err := client.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		if res.StatusCode == http.StatusUnauthorized {
			checked++
		}
	}
	assert.Equal(t, freeFailures, checked, "only the free failures are checked, whatever the source address")
}

// A hundred parallel guesses are not a hundred password checks: each is counted before it is
// checked, and the lockout stops the rest unchecked.
func TestLoginThrottleParallel(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	var wg sync.WaitGroup
	var checked atomic.Int32
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, _ := f.post(t, "/api/login", `{"password":"parallel-guess"}`, "", nil)
			if res.StatusCode == http.StatusUnauthorized {
				checked.Add(1)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(freeFailures), checked.Load())
}

// Others' failures never keep the owner out: the unlock code shown on the console lets the right
// password in during a lockout; wrong codes are failures and replace the code.
func TestOwnerUnlocksWithTheConsoleCode(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	for i := 0; i < freeFailures; i++ {
		f.post(t, "/api/login", `{"password":"attacker"}`, "", nil)
	}
	var notice string
	select {
	case notice = <-f.notices:
	default:
		t.Fatal("a lockout shows an unlock code on the console")
	}
	code := regexp.MustCompile(`[A-Z2-9]{4}-[A-Z2-9]{4}`).FindString(notice)
	require.NotEmpty(t, code, notice)

	res, _ := f.post(t, "/api/login", `{"password":"attacker","unlock":"`+code+`"}`, "", nil)
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode, "the code does not replace the password")
	for i := 0; i < maxUnlockMisses; i++ {
		res, _ = f.post(t, "/api/login", `{"password":"올바른-비밀번호","unlock":"WRNG-CODE"}`, "", nil)
		assert.Equal(t, http.StatusTooManyRequests, res.StatusCode)
	}
	select {
	case notice = <-f.notices:
	default:
		t.Fatal("wrong unlock codes replace the code")
	}
	res, _ = f.post(t, "/api/login", `{"password":"올바른-비밀번호","unlock":"`+code+`"}`, "", nil)
	assert.Equal(t, http.StatusTooManyRequests, res.StatusCode, "the replaced code is dead")
	code = regexp.MustCompile(`[A-Z2-9]{4}-[A-Z2-9]{4}`).FindString(notice)
	res, body := f.post(t, "/api/login", `{"password":"올바른-비밀번호","unlock":"`+strings.ToLower(code)+`"}`, "", nil)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	res, _ = f.post(t, "/api/login", `{"password":"올바른-비밀번호"}`, "", nil)
	assert.Equal(t, http.StatusOK, res.StatusCode, "the lockout is over for everyone after the owner's login")
}

// DNS rebinding: a page elsewhere whose name now points at 127.0.0.1 reaches the port, but its
// requests name its own host. Nothing is served to it, not even the page.
func TestForeignHostRefused(t *testing.T) {
	f := newFixture(t, "")
	port := f.srv.Listener.Addr().(*net.TCPAddr).Port
	evil := fmt.Sprintf("rebind.evil.example:%d", port)
	for _, tc := range []struct{ method, path, body string }{
		{http.MethodGet, "/", ""},
		{http.MethodGet, "/api/session", ""},
		{http.MethodPost, "/api/setup", `{"password":"빼앗은-비밀번호","code":"` + testSetupCode + `"}`},
	} {
		req, err := http.NewRequest(tc.method, f.srv.URL+tc.path, strings.NewReader(tc.body))
		require.NoError(t, err)
		req.Host = evil
		req.Header.Set("Origin", "http://"+evil)
		req.Header.Set(requestHeader, "1")
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, http.StatusMisdirectedRequest, res.StatusCode, tc.path)
	}
	set, err := PasswordSet(context.Background(), f.ps)
	require.NoError(t, err)
	assert.False(t, set)
	for _, host := range []string{fmt.Sprintf("localhost:%d", port), fmt.Sprintf("127.0.0.1:%d", port)} {
		req, err := http.NewRequest(http.MethodGet, f.srv.URL+"/api/session", nil)
		require.NoError(t, err)
		req.Host = host
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, http.StatusOK, res.StatusCode, host)
	}
}

func TestHostsFor(t *testing.T) {
	loop := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8765}
	assert.ElementsMatch(t, []string{"localhost:8765", "127.0.0.1:8765"}, HostsFor(loop, nil))
	lan := &net.TCPAddr{IP: net.IPv4(192, 168, 0, 10), Port: 8765}
	assert.ElementsMatch(t, []string{"192.168.0.10:8765", "desk.local:8765", "desk.lan:9000"}, HostsFor(lan, []string{"desk.local", "desk.lan:9000"}))
	v6 := &net.TCPAddr{IP: net.IPv6loopback, Port: 80}
	assert.ElementsMatch(t, []string{"localhost:80", "localhost", "[::1]:80", "::1"}, HostsFor(v6, nil))
}

// Idle connections cannot exhaust the process: the door caps its open connections and drops
// clients that send nothing, so a real request still gets through.
func TestConnectionCapAndTimeouts(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	srv, limit := HTTPServer(f.srv.Config.Handler, Limits{MaxConns: 4, ReadHeader: 200 * time.Millisecond,
		Read: time.Second, Write: time.Second, Idle: time.Second})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	counted := &countingListener{Listener: limit(ln)}
	go func() { _ = srv.Serve(counted) }()
	t.Cleanup(func() { _ = srv.Close() })
	var idle []net.Conn
	for i := 0; i < 40; i++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		require.NoError(t, err)
		idle = append(idle, c)
	}
	t.Cleanup(func() {
		for _, c := range idle {
			c.Close()
		}
	})
	req, err := http.NewRequest(http.MethodGet, "http://"+ln.Addr().String()+"/sellerdesk-bridge.js", nil)
	require.NoError(t, err)
	req.Host = f.srv.Listener.Addr().String() // the fixture's door answers to its own address
	client := &http.Client{Timeout: 20 * time.Second}
	res, err := client.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.LessOrEqual(t, counted.peak.Load(), int32(4), "never more open connections than the cap")
}

// countingListener records the most connections open at once.
type countingListener struct {
	net.Listener
	open, peak atomic.Int32
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	n := l.open.Add(1)
	for p := l.peak.Load(); n > p && !l.peak.CompareAndSwap(p, n); p = l.peak.Load() {
	}
	return &countedConn{Conn: c, l: l}, nil
}

type countedConn struct {
	net.Conn
	l    *countingListener
	once sync.Once
}

func (c *countedConn) Close() error {
	c.once.Do(func() { c.l.open.Add(-1) })
	return c.Conn.Close()
}

func TestFirstRunSetup(t *testing.T) {
	f := newFixture(t, "")
	res, body := f.post(t, "/api/setup", `{"password":"short","code":"`+testSetupCode+`"}`, "", nil)
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	assert.Equal(t, "비밀번호는 8자 이상으로 정하세요.", body["error"])

	// whoever arrives first is not trusted: the code printed on the console is required
	res, body = f.post(t, "/api/setup", `{"password":"먼저-온-사람입니다"}`, "", nil)
	assert.Equal(t, http.StatusForbidden, res.StatusCode)
	assert.Contains(t, body["error"], "설정 코드가 올바르지 않습니다")
	res, _ = f.post(t, "/api/setup", `{"password":"먼저-온-사람입니다","code":"ZZZZ-ZZZZ"}`, "", nil)
	assert.Equal(t, http.StatusForbidden, res.StatusCode)
	set, err := PasswordSet(context.Background(), f.ps)
	require.NoError(t, err)
	assert.False(t, set)

	// a long Korean passphrase (over bcrypt's 72 bytes) is fine
	long := strings.Repeat("장바구니", 8)
	res, body = f.post(t, "/api/setup", `{"password":"`+long+`","code":"abcd efgh"}`, "", nil)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	var hash string
	ok, err := f.ps.GetSetting(context.Background(), passwordSetting, &hash)
	require.NoError(t, err)
	require.True(t, ok)
	assert.True(t, strings.HasPrefix(hash, "sha256+$2a$"), "only a bcrypt hash is stored")
	assert.NotContains(t, hash, "장바구니")

	res, _ = f.post(t, "/api/setup", `{"password":"다른-비밀번호입니다","code":"`+testSetupCode+`"}`, "", nil)
	assert.Equal(t, http.StatusConflict, res.StatusCode, "setup works only once")
	f.login(t, long)
}

func TestFirstRunWithoutACodeIsTheCommandLine(t *testing.T) {
	ps := &memSettings{}
	s, err := New(Config{Events: app.NewEvents(), Passwords: ps, Hosts: []string{"example:1"}, PasswordCost: bcrypt.MinCost})
	require.NoError(t, err)
	srv := httptest.NewUnstartedServer(s)
	s.hosts[strings.ToLower(srv.Listener.Addr().String())] = true
	srv.Start()
	defer srv.Close()
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/api/setup", strings.NewReader(`{"password":"처음-정한-비밀번호","code":""}`))
	require.NoError(t, err)
	req.Header.Set(requestHeader, "1")
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusForbidden, res.StatusCode)
}

func TestIndexGetsTheBridge(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	for _, path := range []string{"/", "/alerts"} {
		res, err := http.Get(f.srv.URL + path)
		require.NoError(t, err)
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		assert.Contains(t, string(b), `<head><script src="/sellerdesk-bridge.js"></script>`, path)
		assert.Contains(t, res.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'")
	}
	res, err := http.Get(f.srv.URL + "/sellerdesk-bridge.js")
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Contains(t, string(b), `({"counter":["Echo","Fail"]})`, "the bridge lists exactly the bound structs' methods")
	res, err = http.Get(f.srv.URL + "/missing.js")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
}

func TestEventsStream(t *testing.T) {
	f := newFixture(t, "올바른-비밀번호")
	sess := f.login(t, "올바른-비밀번호")
	req, err := http.NewRequest(http.MethodGet, f.srv.URL+"/api/events", nil)
	require.NoError(t, err)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: sess})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	res, err := http.DefaultClient.Do(req.WithContext(ctx))
	require.NoError(t, err)
	defer res.Body.Close()
	assert.Equal(t, "text/event-stream", res.Header.Get("Content-Type"))
	buf := make([]byte, 256)
	n, err := res.Body.Read(buf) // ": connected"
	require.NoError(t, err)
	require.Contains(t, string(buf[:n]), "connected")

	srv := f.srv.Config.Handler.(*Server)
	srv.cfg.Events.Emit(app.EventShipmentsChanged, map[string]int{"added": 3})
	var got strings.Builder
	for !strings.Contains(got.String(), "\n\n") {
		n, err := res.Body.Read(buf)
		require.NoError(t, err)
		got.Write(buf[:n])
	}
	assert.Equal(t, `data: {"name":"shipments:changed","data":{"added":3}}`+"\n\n", got.String())
}

func TestListenCheck(t *testing.T) {
	ctx := context.Background()
	none := &memSettings{}
	for _, addr := range []string{"127.0.0.1:8765", "localhost:8765", "[::1]:8765"} {
		assert.NoError(t, ListenCheck(ctx, addr, none), addr)
	}
	for _, addr := range []string{"0.0.0.0:8765", ":8765", "192.168.0.10:8765"} {
		assert.ErrorIs(t, ListenCheck(ctx, addr, none), ErrNoPasswordForNetwork, addr)
	}
	withPw := &memSettings{}
	require.NoError(t, setPassword(ctx, withPw, "올바른-비밀번호", bcrypt.MinCost))
	assert.NoError(t, ListenCheck(ctx, "0.0.0.0:8765", withPw))
	assert.Error(t, ListenCheck(ctx, "no-port", none))
}

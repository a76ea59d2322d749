// Package web is the browser door of SellerDesk: the same UI and the same Desk methods as the
// desktop window, served over HTTP. The page gets the same window.go / window.runtime surface the
// desktop webview has (bridge.js), so the frontend code is identical in both doors:
//
//	POST /api/<Struct>.<Method>  JSON array of arguments → {"result": …} or {"error": "Korean sentence"}
//	GET  /api/events             Server-Sent Events (the Wails EventsOn surface)
//	GET  /api/session, POST /api/login, /api/logout, /api/setup
//
// Only the bound structs' exported methods can be called; every API call needs a session (a bcrypt-checked
// password login), and cross-site requests are refused.
package web

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"path"
	"reflect"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/net/netutil"

	"sellerdesk/app"
)

//go:embed bridge.js
var bridgeJS []byte

// Config wires the browser door.
type Config struct {
	// Bound are the structs (pointers) the page may call: every exported method of each is
	// reachable as "Struct.Method", by the struct type's name (Orders → window.go.app.Orders), and
	// nothing else is. The allow-list is derived from them, never kept by hand.
	Bound  []any
	Events *app.Events
	// Assets is the built frontend (index.html at its root).
	Assets    fs.FS
	Passwords PasswordStore
	Logger    *slog.Logger
	Now       func() time.Time
	// PasswordCost is the bcrypt cost of a password set on first run (default bcrypt.DefaultCost).
	PasswordCost int
	// Hosts are the Host header values the door answers to ("127.0.0.1:8765", "localhost:8765";
	// see HostsFor). A request naming any other host is refused: a web page elsewhere whose
	// name was rebound to 127.0.0.1 (DNS rebinding) reaches the port but names its own host.
	Hosts []string
	// SetupCode is the one-time code shown on the console that the first password must come
	// with; "" means the first password can only be set on the command line.
	SetupCode string
	// Notice shows a Korean sentence on the console of the running door (the unlock code of a
	// login lockout). Nil shows nothing.
	Notice func(string)
	// Exports is the folder the lists and exports are saved in (the data folder's exports); a
	// logged-in page downloads a file from it by its name (GET /api/exports/{name}). "" serves none.
	Exports string
}

// Server is the browser door's HTTP handler.
type Server struct {
	cfg      Config
	bridge   []byte
	log      *slog.Logger
	methods  map[string]reflect.Value
	sessions *sessions
	guard    *guard
	hosts    map[string]bool
	mux      *http.ServeMux
}

const sessionCookie = "sellerdesk_session"

// requestHeader must be present on every POST: a cross-site form or image cannot set it, and we
// answer no CORS preflight, so a foreign page cannot either.
const requestHeader = "X-SellerDesk-Request"

// New builds the handler. It fails if a bound struct has a method the door cannot answer (one
// that does not return (T, error) or error), so that is caught at start, not by a seller.
func New(cfg Config) (*Server, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.PasswordCost == 0 {
		cfg.PasswordCost = bcrypt.DefaultCost
	}
	if len(cfg.Hosts) == 0 {
		return nil, errors.New("web: no host names to answer to (Config.Hosts)")
	}
	notice := cfg.Notice
	if notice == nil {
		notice = func(string) {}
	}
	s := &Server{cfg: cfg, log: cfg.Logger, methods: map[string]reflect.Value{},
		sessions: newSessions(12*time.Hour, cfg.Now), hosts: map[string]bool{}, mux: http.NewServeMux()}
	for _, h := range cfg.Hosts {
		s.hosts[strings.ToLower(h)] = true
	}
	s.guard = newGuard(cfg.Now, func(code string) {
		s.log.Warn("login locked after repeated failures; unlock code shown on the console")
		notice(fmt.Sprintf("브라우저 로그인이 잠겼습니다(비밀번호를 여러 번 틀림). 이 PC의 주인이라면 로그인 화면에 잠금 해제 코드 %s 를 함께 입력하세요. / login locked; unlock code: %s", code, code))
	})
	byStruct, err := s.allow(cfg.Bound)
	if err != nil {
		return nil, err
	}
	list, err := json.Marshal(byStruct)
	if err != nil {
		return nil, fmt.Errorf("web: encode method list: %w", err)
	}
	pkgs, err := json.Marshal(packagesOf(cfg.Bound))
	if err != nil {
		return nil, fmt.Errorf("web: encode package list: %w", err)
	}
	s.bridge = bytes.Replace(bridgeJS, []byte("SELLERDESK_METHODS_JSON"), list, 1)
	s.bridge = bytes.Replace(s.bridge, []byte("SELLERDESK_PACKAGES_JSON"), pkgs, 1)
	s.mux.HandleFunc("GET /sellerdesk-bridge.js", s.serveBridge)
	s.mux.HandleFunc("GET /api/session", s.serveSession)
	s.mux.HandleFunc("POST /api/login", s.serveLogin)
	s.mux.HandleFunc("POST /api/logout", s.serveLogout)
	s.mux.HandleFunc("POST /api/setup", s.serveSetup)
	s.mux.HandleFunc("GET /api/events", s.requireSession(s.serveEvents))
	s.mux.HandleFunc("POST /api/{call}", s.requireSession(s.serveCall))
	s.mux.HandleFunc("GET /api/exports/{name}", s.requireSession(s.serveExport))
	s.mux.HandleFunc("GET /", s.serveAsset)
	return s, nil
}

// ServeHTTP applies the host and cross-site policies to every request, then routes it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Frame-Options", "DENY")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if !s.hosts[strings.ToLower(r.Host)] {
		s.log.Warn("request for a foreign host refused", "host", r.Host, "path", r.URL.Path, "remote", r.RemoteAddr)
		writeJSON(w, http.StatusMisdirectedRequest, map[string]string{"error": "이 주소로는 셀러데스크에 접속할 수 없습니다. 셀러데스크가 알려 준 주소(예: http://127.0.0.1:8765)로 여세요."})
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		if err := sameOrigin(r); err != nil {
			s.log.Warn("cross-site request refused", "path", r.URL.Path, "remote", r.RemoteAddr, "err", err)
			writeJSON(w, http.StatusForbidden, map[string]string{"error": "다른 사이트에서 보낸 요청은 처리하지 않습니다."})
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

func sameOrigin(r *http.Request) error {
	if r.Header.Get(requestHeader) != "1" {
		return errors.New("missing " + requestHeader + " header")
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return fmt.Errorf("Sec-Fetch-Site %q", site)
	}
	if origin := r.Header.Get("Origin"); origin != "" {
		if origin != "http://"+r.Host && origin != "https://"+r.Host {
			return fmt.Errorf("origin %q is not host %q", origin, r.Host)
		}
	}
	return nil
}

// packagesOf names the Go package of each bound struct (the last element of its import path), as
// the Wails bindings place them under window.go.
func packagesOf(bound []any) map[string]string {
	out := map[string]string{}
	for _, b := range bound {
		if t := reflect.TypeOf(b); t.Kind() == reflect.Pointer {
			out[t.Elem().Name()] = path.Base(t.Elem().PkgPath())
		}
	}
	return out
}

// allow registers every exported method of the bound structs and returns their names by struct.
func (s *Server) allow(bound []any) (map[string][]string, error) {
	byStruct := map[string][]string{}
	for _, b := range bound {
		v := reflect.ValueOf(b)
		t := v.Type()
		if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct || t.Elem().Name() == "" {
			return nil, fmt.Errorf("web: bound %T is not a pointer to a named struct", b)
		}
		structName := t.Elem().Name()
		if _, dup := byStruct[structName]; dup {
			return nil, fmt.Errorf("web: two bound structs named %s", structName)
		}
		byStruct[structName] = []string{}
		for i := 0; i < t.NumMethod(); i++ {
			name := structName + "." + t.Method(i).Name
			m := v.Method(i)
			mt := m.Type()
			if mt.NumOut() == 0 || mt.NumOut() > 2 || !mt.Out(mt.NumOut()-1).Implements(reflect.TypeFor[error]()) {
				return nil, fmt.Errorf("web: %q must return (T, error) or error", name)
			}
			s.methods[name] = m
			byStruct[structName] = append(byStruct[structName], t.Method(i).Name)
		}
	}
	return byStruct, nil
}

func (s *Server) serveBridge(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(s.bridge)
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	data, err := fs.ReadFile(s.cfg.Assets, name)
	if err != nil && !strings.Contains(name, ".") {
		name = "index.html" // client-side routes fall back to the page
		data, err = fs.ReadFile(s.cfg.Assets, name)
	}
	if err != nil {
		if name == "index.html" {
			http.Error(w, "SellerDesk frontend is not built: run `make build` (frontend/dist is empty).", http.StatusServiceUnavailable)
			return
		}
		http.NotFound(w, r)
		return
	}
	if name == "index.html" {
		// The bridge must define window.go before the app's module script runs.
		data = bytes.Replace(data, []byte("<head>"), []byte(`<head><script src="/sellerdesk-bridge.js"></script>`), 1)
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

type sessionInfo struct {
	LoggedIn    bool `json:"loggedIn"`
	PasswordSet bool `json:"passwordSet"`
}

func (s *Server) serveSession(w http.ResponseWriter, r *http.Request) {
	set, err := PasswordSet(r.Context(), s.cfg.Passwords)
	if err != nil {
		s.log.Error("read password state", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "로그인 상태를 확인하지 못했습니다."})
		return
	}
	writeJSON(w, http.StatusOK, sessionInfo{LoggedIn: s.loggedIn(r), PasswordSet: set})
}

func (s *Server) loggedIn(r *http.Request) bool {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return false
	}
	h, err := passwordHash(r.Context(), s.cfg.Passwords)
	if err != nil {
		s.log.Error("read password for session", "err", err)
		return false
	}
	return h != "" && s.sessions.valid(c.Value, h)
}

// passwordBody is what the login and set-up forms post.
type passwordBody struct {
	Password string `json:"password"`
	// Unlock is the console's unlock code during a lockout (login).
	Unlock string `json:"unlock,omitempty"`
	// Code is the console's set-up code (first password).
	Code string `json:"code,omitempty"`
}

func readPassword(r *http.Request) (passwordBody, error) {
	var b passwordBody
	if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&b); err != nil {
		return b, fmt.Errorf("web: decode password body: %w", err)
	}
	return b, nil
}

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// guarded reads a password body and takes the login guard's turn: one attempt at a time, none
// during a lockout (unlock: whether the body's unlock code may end one). ok is false when the
// answer has been written; leave must be called when ok.
func (s *Server) guarded(w http.ResponseWriter, r *http.Request, unlock bool) (body passwordBody, leave func(), ok bool) {
	body, err := readPassword(r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "요청 형식이 올바르지 않습니다."})
		return body, nil, false
	}
	leave, ok = s.guard.enter(r.Context())
	if !ok {
		writeBusy(w)
		return body, nil, false
	}
	code := ""
	if unlock {
		code = body.Unlock
	}
	if d := s.guard.admit(code); d > 0 {
		leave()
		writeLocked(w, d)
		return body, nil, false
	}
	return body, leave, true
}

func (s *Server) serveLogin(w http.ResponseWriter, r *http.Request) {
	body, leave, ok := s.guarded(w, r, true)
	if !ok {
		return
	}
	defer leave()
	h, err := passwordHash(r.Context(), s.cfg.Passwords)
	if err != nil {
		s.log.Error("check password", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "로그인을 처리하지 못했습니다."})
		return
	}
	if !app.ServePasswordMatches(h, body.Password) {
		s.guard.failed()
		s.log.Warn("login failed", "remote", clientAddr(r))
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "비밀번호가 올바르지 않습니다."})
		return
	}
	s.guard.succeeded()
	s.startSession(w, r)
}

func writeBusy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "3")
	writeJSON(w, http.StatusTooManyRequests, map[string]string{"error": "다른 로그인 시도를 처리하는 중입니다. 잠시 후 다시 시도하세요."})
}

// writeLocked answers an attempt during a lockout; "unlock" tells the page to ask for the code.
func writeLocked(w http.ResponseWriter, d time.Duration) {
	secs := int(d.Seconds()) + 1
	w.Header().Set("Retry-After", fmt.Sprint(secs))
	writeJSON(w, http.StatusTooManyRequests, map[string]any{
		"error":  fmt.Sprintf("비밀번호를 여러 번 틀려 로그인이 잠겼습니다. %d초 후에 다시 시도하거나, 셀러데스크를 실행한 창(콘솔)에 표시된 잠금 해제 코드를 함께 입력하세요.", secs),
		"unlock": true})
}

func (s *Server) startSession(w http.ResponseWriter, r *http.Request) {
	h, err := passwordHash(r.Context(), s.cfg.Passwords)
	var tok string
	if err == nil {
		tok, err = s.sessions.create(h)
	}
	if err != nil {
		s.log.Error("create session", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "로그인을 처리하지 못했습니다."})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: tok, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: int((12 * time.Hour).Seconds())})
	writeJSON(w, http.StatusOK, sessionInfo{LoggedIn: true, PasswordSet: true})
}

func (s *Server) serveLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		s.sessions.drop(c.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: -1})
	writeJSON(w, http.StatusOK, sessionInfo{})
}

// serveSetup sets the first password. It works only while none is set, only from this PC, and
// only with the one-time set-up code shown on the console: whoever arrives first is not trusted.
func (s *Server) serveSetup(w http.ResponseWriter, r *http.Request) {
	if ip := net.ParseIP(clientAddr(r)); ip == nil || !ip.IsLoopback() {
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "비밀번호는 이 PC에서만 처음 설정할 수 있습니다."})
		return
	}
	set, err := PasswordSet(r.Context(), s.cfg.Passwords)
	if err != nil || set {
		writeJSON(w, http.StatusConflict, map[string]string{"error": "비밀번호가 이미 설정되어 있습니다. 로그인하세요."})
		return
	}
	if s.cfg.SetupCode == "" {
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "처음 비밀번호는 명령줄에서 정하세요: sellerdesk serve --set-password"})
		return
	}
	body, leave, ok := s.guarded(w, r, false)
	if !ok {
		return
	}
	defer leave()
	if !codesEqual(body.Code, s.cfg.SetupCode) {
		s.guard.failed()
		s.log.Warn("first-run setup with a wrong code", "remote", clientAddr(r))
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "설정 코드가 올바르지 않습니다. 셀러데스크를 실행한 창(콘솔)에 표시된 코드를 입력하세요."})
		return
	}
	if err := setPassword(r.Context(), s.cfg.Passwords, body.Password, s.cfg.PasswordCost); err != nil {
		if rule := app.ServePasswordRule(err); rule != "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": rule})
			return
		}
		s.log.Error("set password", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "비밀번호를 저장하지 못했습니다."})
		return
	}
	s.guard.succeeded()
	s.log.Info("serve password set on first run")
	s.startSession(w, r)
}

func (s *Server) requireSession(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.loggedIn(r) {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "로그인이 필요합니다."})
			return
		}
		next(w, r)
	}
}

// maxCallBody bounds an API call's arguments.
const maxCallBody = 1 << 20

func (s *Server) serveCall(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("call")
	m, ok := s.methods[name]
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "허용되지 않은 기능입니다."})
		return
	}
	var raw []json.RawMessage
	body, err := io.ReadAll(io.LimitReader(r.Body, maxCallBody+1))
	if err == nil && len(body) > maxCallBody {
		err = errors.New("body too large")
	}
	if err == nil && len(bytes.TrimSpace(body)) > 0 {
		err = json.Unmarshal(body, &raw)
	}
	t := m.Type()
	if err == nil && len(raw) != t.NumIn() {
		err = fmt.Errorf("%s takes %d arguments, got %d", name, t.NumIn(), len(raw))
	}
	args := make([]reflect.Value, t.NumIn())
	for i := 0; err == nil && i < t.NumIn(); i++ {
		p := reflect.New(t.In(i))
		if e := json.Unmarshal(raw[i], p.Interface()); e != nil {
			err = fmt.Errorf("argument %d: %w", i, e)
		}
		args[i] = p.Elem()
	}
	if err != nil {
		s.log.Warn("bad api call", "call", name, "err", err)
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "요청 형식이 올바르지 않습니다."})
		return
	}
	out := m.Call(args)
	if e, _ := out[len(out)-1].Interface().(error); e != nil {
		writeJSON(w, http.StatusOK, map[string]string{"error": app.SellerMessage(e)})
		return
	}
	var result any
	if len(out) == 2 {
		result = out[0].Interface()
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": result})
}

// heartbeat keeps idle event streams open through proxies and lets us notice gone clients.
const heartbeat = 25 * time.Second

func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	// The stream outlives the server's write timeout: lift it for this response only.
	if err := http.NewResponseController(w).SetWriteDeadline(time.Time{}); err != nil {
		s.log.Debug("event stream write deadline", "err", err)
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	events, cancel := s.cfg.Events.Subscribe()
	defer cancel()
	_, _ = io.WriteString(w, ": connected\n\n")
	fl.Flush()
	tick := time.NewTicker(heartbeat)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
			if _, err := io.WriteString(w, ": ping\n\n"); err != nil {
				return
			}
			fl.Flush()
		case ev, open := <-events:
			if !open {
				return
			}
			data, err := json.Marshal(ev)
			if err != nil {
				s.log.Error("encode event", "event", ev.Name, "err", err)
				continue
			}
			if _, err := fmt.Fprintf(w, "data: %s\n\n", data); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// ListenCheck refuses to expose the seller's orders on a network address without a password.
func ListenCheck(ctx context.Context, addr string, ps PasswordStore) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("web: address %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	set, err := PasswordSet(ctx, ps)
	if err != nil {
		return err
	}
	if !set {
		return ErrNoPasswordForNetwork
	}
	return nil
}

// ErrNoPasswordForNetwork: listening beyond this PC needs a password first.
var ErrNoPasswordForNetwork = errors.New("web: refusing to listen on a network address with no password set; run `sellerdesk serve --set-password` first")

// Limits bound what one client can hold of the browser door.
type Limits struct {
	// MaxConns caps open connections; more wait in the kernel's queue until one closes.
	MaxConns int
	// ReadHeader, Read, Write and Idle are the http.Server timeouts (the event stream lifts its
	// own write deadline).
	ReadHeader, Read, Write, Idle time.Duration
}

// DefaultLimits suit one seller with a few tabs: a browser keeps about six connections a tab.
var DefaultLimits = Limits{MaxConns: 128, ReadHeader: 10 * time.Second, Read: 30 * time.Second,
	Write: 2 * time.Minute, Idle: 90 * time.Second}

// HTTPServer returns the server for h with the timeouts of l and a listener wrapper that caps
// the open connections: idle or slow clients cannot exhaust the process's file descriptors.
func HTTPServer(h http.Handler, l Limits) (*http.Server, func(net.Listener) net.Listener) {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: l.ReadHeader, ReadTimeout: l.Read,
		WriteTimeout: l.Write, IdleTimeout: l.Idle, MaxHeaderBytes: 64 << 10}
	return srv, func(ln net.Listener) net.Listener { return netutil.LimitListener(ln, l.MaxConns) }
}

// HostsFor lists the Host header values of a door listening on addr: the address itself, and
// "localhost" for a loopback address; every address of this PC's interfaces for an unspecified
// address (0.0.0.0, ::); plus names (a configured host name, with or without a port).
func HostsFor(addr net.Addr, names []string) []string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return append([]string{addr.String()}, names...)
	}
	port := fmt.Sprint(tcp.Port)
	var hosts []string
	add := func(host string) {
		hosts = append(hosts, net.JoinHostPort(host, port))
		if port == "80" {
			hosts = append(hosts, host)
		}
	}
	switch {
	case tcp.IP.IsUnspecified():
		add("localhost")
		if ifaddrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range ifaddrs {
				if n, ok := a.(*net.IPNet); ok {
					add(n.IP.String())
				}
			}
		}
	case tcp.IP.IsLoopback():
		add("localhost")
		add(tcp.IP.String())
	default:
		add(tcp.IP.String())
	}
	for _, n := range names {
		if _, _, err := net.SplitHostPort(n); err == nil {
			hosts = append(hosts, n)
		} else {
			add(strings.Trim(n, "[]"))
		}
	}
	return hosts
}

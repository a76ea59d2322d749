// Package naversim is a strict simulated Naver Commerce API (under /external) for tests and the
// demo: it checks the token request the way Naver now does (form body only, or a day of
// 1-call-per-hour quota), the bcrypt signature and its 5-minute window, bearer tokens, windows and
// id limits, pages the changed-statuses feed with moreSequence, runs the order state machine, and
// injects faults deterministically. It shares no code with the client package.
//
// Config.Real switches on, one by one, the ways the real Naver answers as its current official
// pages document them (answers without "data", the documented more cursor, the token clock rule
// and token error bodies, completedClaims); RealWorld() turns them all on. The zero value keeps
// the form the simulator first spoke, so each behaviour can be tested on its own.
package naversim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"sellerdesk/backend/marketsim/stall"
	"sellerdesk/backend/order"
)

const wireLayout = "2006-01-02T15:04:05.000-07:00"

// Endpoint names used by Calls, InjectFault and Faults.
const (
	EndpointToken           = "token"
	EndpointChangedStatuses = "last-changed-statuses"
	EndpointQuery           = "query"
	EndpointProductOrderIDs = "product-order-ids"
	EndpointProductOrders   = "product-orders"
	EndpointConfirm         = "confirm"
	EndpointDispatch        = "dispatch"
	// The answers about one product order (POST product-orders/{productOrderId}/…).
	EndpointDelay         = "delay"
	EndpointCancelApprove = "claim-cancel-approve"
	// EndpointCancelRequest is the seller's own 취소 요청 (seller-request-cancel-pay-order-seller.md).
	EndpointCancelRequest  = "claim-cancel-request"
	EndpointReturnApprove  = "claim-return-approve"
	EndpointReturnReject   = "claim-return-reject"
	EndpointReturnHoldback = "claim-return-holdback"
	EndpointReturnRelease  = "claim-return-release"
	// The answers to an exchange (claim/exchange/…).
	EndpointExchangeCollect  = "claim-exchange-collect"
	EndpointExchangeReject   = "claim-exchange-reject"
	EndpointExchangeHoldback = "claim-exchange-holdback"
	EndpointExchangeRelease  = "claim-exchange-release"
	EndpointExchangeDispatch = "claim-exchange-dispatch"
	// 배송 희망일 변경 (hope-delivery/change).
	EndpointHopeChange = "hope-delivery-change"
)

// Config sets up a simulated store.
type Config struct {
	ClientID     string
	ClientSecret string // a bcrypt salt, "$2a$04$" + 22 chars
	// Clock is the store's time (default time.Now). Token expiry, the 5-minute signature window,
	// change dates and the rate-limit bucket all follow it.
	Clock func() time.Time
	// Seed makes the generated data and random faults reproducible.
	Seed uint64
	// RateLimit is the per-endpoint replenish rate per second (default 2) and Burst the bucket size
	// (default 4). NoRateLimit turns the bucket off (benchmarks).
	RateLimit   float64
	Burst       int
	NoRateLimit bool
	// TokenLifetime defaults to 3 h.
	TokenLifetime time.Duration
	// Faults are random faults on reads, drawn from the seed.
	Faults Faults
	// Real picks the documented real-world form of each behaviour (see Realism).
	Real Realism
	// ClockOffset is how far the store's clock runs ahead of Clock (negative: behind): a PC whose
	// clock is 3 s fast talks to a store with ClockOffset −3 s. Everything the store dates follows
	// it: the token clock rule, change dates, the Date header and the answers' timestamp.
	ClockOffset time.Duration
}

// Realism switches on the real Naver's documented behaviour where it differs from the convenient
// form. Each switch is independent; the zero value is the convenient form.
type Realism struct {
	// NoEmptyData: an answer with nothing to give has no "data" key, only timestamp and traceId
	// (last-changed-statuses of a quiet window, a query of unknown ids, product-order-ids of an
	// order without product orders). The convenient form sends an empty data.
	NoEmptyData bool
	// DocumentedMore: more.moreFrom is the change time of the first row not yet returned and
	// more.moreSequence that row's productOrderId; the next page starts at that row, inclusive.
	// The convenient form names the last row returned with an opaque sequence.
	DocumentedMore bool
	// TokenClock: a token timestamp later than the store's clock is refused, and so is one older
	// than 5 minutes. The convenient form accepts ±5 minutes.
	TokenClock bool
	// TokenErrors: a refused token request answers 400 or 403 with {code, message, timestamp,
	// invalidInputs, data}. The convenient form answers 401 GW.AUTHN.
	TokenErrors bool
	// CompletedClaims: /query answers list the product order's ended claims (done, rejected or
	// withdrawn) in completedClaims[]. The convenient form leaves it out.
	CompletedClaims bool
}

// RealWorld is every Realism switch on: the simulator answers as the official pages document.
func RealWorld() Realism {
	return Realism{NoEmptyData: true, DocumentedMore: true, TokenClock: true, TokenErrors: true, CompletedClaims: true}
}

// Faults are probabilities (0..1) of a random fault on each read call (feed, query, product order
// ids, list). The token endpoint and writes only get scripted faults (InjectFault).
type Faults struct {
	RateLimit   float64 // 429 GW.RATE_LIMIT
	ServerError float64 // 500 GW.INTERNAL_SERVER_ERROR / 503 / 504
	Slow        float64 // answer after SlowDelay
	Truncate    float64 // answer cut in the middle
	SlowDelay   time.Duration
}

// FaultKind is a scripted one-shot fault.
type FaultKind int

const (
	FaultRateLimit      FaultKind = iota + 1 // 429 GW.RATE_LIMIT
	FaultServerError                         // 500 GW.INTERNAL_SERVER_ERROR, nothing applied
	FaultGatewayTimeout                      // 504 GW.TIMEOUT.01, nothing applied
	FaultSlow                                // answer normally after the slow delay
	FaultTruncate                            // apply, then cut the answer in the middle
	FaultAppliedTimeout                      // apply the call, then answer 504 GW.TIMEOUT.01
	FaultIPNotAllowed                        // 403 GW.IP_NOT_ALLOWED
	FaultQuotaPenalty                        // switch the quota penalty on (this and later calls 429)
)

// Sim is the simulated Naver. It is an http.Handler; mount it at the server root and point the
// client at server URL + "/external".
type Sim struct {
	cfg Config

	mu        sync.Mutex
	rng       *rand.Rand
	orders    map[string]*productOrder
	byOrder   map[string][]string
	nextOrder int64
	nextPO    int64
	nextPkg   int64
	tokens    map[string]time.Time // access token → expiry
	current   string
	penalty   bool
	ipBlocked bool
	// orderIPBlocked refuses the order routes by IP while the token endpoint still answers.
	orderIPBlocked bool
	offset         time.Duration
	buckets        map[string]*bucket
	calls          map[string]int
	scripted       map[string][]FaultKind
	traceSeq       int
	// stall and endless are the switchable faults of a misbehaving gateway (SetStall,
	// SetEndlessPaging).
	stall   stall.Gate
	endless bool
}

// New makes a simulated store.
func New(cfg Config) *Sim {
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.RateLimit <= 0 {
		cfg.RateLimit = 2
	}
	if cfg.Burst <= 0 {
		cfg.Burst = 4
	}
	if cfg.TokenLifetime <= 0 {
		cfg.TokenLifetime = 3 * time.Hour
	}
	if cfg.Faults.SlowDelay <= 0 {
		cfg.Faults.SlowDelay = 2 * time.Second
	}
	return &Sim{
		cfg:       cfg,
		offset:    cfg.ClockOffset,
		rng:       rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		orders:    map[string]*productOrder{},
		byOrder:   map[string][]string{},
		nextOrder: 2026112200000001,
		nextPO:    2026112210000001,
		nextPkg:   2026112290000001,
		tokens:    map[string]time.Time{},
		buckets:   map[string]*bucket{},
		calls:     map[string]int{},
		scripted:  map[string][]FaultKind{},
	}
}

// Calls returns how many calls each endpoint received (faulted and refused ones included).
func (s *Sim) Calls() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.calls)
}

// ResetCalls zeroes the call counters.
func (s *Sim) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = map[string]int{}
}

// Penalized reports whether the quota penalty (every call 429 GW.QUOTA_LIMIT) is on.
func (s *Sim) Penalized() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.penalty
}

// ResetPenalty lifts the quota penalty, as Naver does a day after a clean day.
func (s *Sim) ResetPenalty() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.penalty = false
}

// SetIPAllowed switches the "this PC's IP is registered" state; when false every call is 403
// GW.IP_NOT_ALLOWED, the token endpoint included.
func (s *Sim) SetIPAllowed(allowed bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ipBlocked = !allowed
}

// SetOrderIPAllowed switches the IP allow-list of the order routes only: when false every order
// call is 403 GW.IP_NOT_ALLOWED while token requests from the same PC still succeed, as sellers
// have seen on the real Naver.
func (s *Sim) SetOrderIPAllowed(allowed bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.orderIPBlocked = !allowed
}

// SetClockOffset sets how far the store's clock runs ahead of Config.Clock (negative: behind).
func (s *Sim) SetClockOffset(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.offset = d
}

// RevokeTokens makes every issued token invalid (the next calls get 401 GW.AUTHN).
func (s *Sim) RevokeTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens = map[string]time.Time{}
	s.current = ""
}

// InjectFault queues one-shot faults for the next calls of an endpoint (Endpoint* names).
func (s *Sim) InjectFault(endpoint string, faults ...FaultKind) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.scripted[endpoint] = append(s.scripted[endpoint], faults...)
}

// SetStall switches a stalled gateway on or off: while on, every call waits without an answer
// until the caller gives up (at most stall.Max); switched off, the calls still waiting are answered.
func (s *Sim) SetStall(on bool) { s.stall.Set(on) }

// SetEndlessPaging switches a runaway feed on or off: while on, every last-changed-statuses page
// is full and carries more, and the rows that fill it are new product orders (with details, so a
// client stores them) changed at the page's last change time — the feed never ends.
func (s *Sim) SetEndlessPaging(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.endless = on
}

// SetFaults replaces the random read faults.
func (s *Sim) SetFaults(f Faults) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.SlowDelay <= 0 {
		f.SlowDelay = s.cfg.Faults.SlowDelay
	}
	s.cfg.Faults = f
}

// clock is the store's own time: Config.Clock plus the clock offset. Callers hold mu.
func (s *Sim) clock() time.Time { return s.cfg.Clock().Add(s.offset) }

func (s *Sim) now() time.Time { return s.clock().In(order.KST()).Truncate(time.Millisecond) }

func fmtTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.In(order.KST()).Format(wireLayout)
}

// answer is a response being built, sent by ServeHTTP after faults are applied.
type answer struct {
	status int
	header http.Header
	body   []byte
}

func (s *Sim) traceID() string {
	s.traceSeq++
	return fmt.Sprintf("sim-%06d^%d^%d", s.traceSeq, s.clock().UnixMilli(), s.traceSeq*7919%1000003)
}

func (s *Sim) jsonAnswer(status int, trace string, v map[string]any) answer {
	v["timestamp"] = fmtTime(s.now())
	v["traceId"] = trace
	b, _ := json.Marshal(v)
	return answer{status: status, header: http.Header{}, body: b}
}

func (s *Sim) errAnswer(status int, trace, code, msg string) answer {
	return s.jsonAnswer(status, trace, map[string]any{"code": code, "message": msg})
}

func (s *Sim) dataAnswer(trace string, data any) answer {
	return s.jsonAnswer(http.StatusOK, trace, map[string]any{"data": data})
}

// readAnswer is a read's answer: with Real.NoEmptyData, one with nothing to give has no "data".
func (s *Sim) readAnswer(trace string, data any, empty bool) answer {
	if empty && s.cfg.Real.NoEmptyData {
		return s.jsonAnswer(http.StatusOK, trace, map[string]any{})
	}
	return s.dataAnswer(trace, data)
}

func (s *Sim) quotaAnswer(trace string) answer {
	a := s.errAnswer(http.StatusTooManyRequests, trace, "GW.QUOTA_LIMIT", "할당된 시간당 요청량을 초과하였습니다.")
	a.header.Set("gncp-gw-quota-period", "HOURS")
	a.header.Set("gncp-gw-quota-limit", "1")
	a.header.Set("gncp-gw-quota-remaining", "0")
	return a
}

// route names the endpoint of a request, "" when unknown.
func route(method, path string) (endpoint, orderID string) {
	switch {
	case method == http.MethodPost && path == "/v1/oauth2/token":
		return EndpointToken, ""
	case method == http.MethodGet && path == "/v1/pay-order/seller/product-orders/last-changed-statuses":
		return EndpointChangedStatuses, ""
	case method == http.MethodPost && path == "/v1/pay-order/seller/product-orders/query":
		return EndpointQuery, ""
	case method == http.MethodGet && path == "/v1/pay-order/seller/product-orders":
		return EndpointProductOrders, ""
	case method == http.MethodPost && path == "/v1/pay-order/seller/product-orders/confirm":
		return EndpointConfirm, ""
	case method == http.MethodPost && path == "/v1/pay-order/seller/product-orders/dispatch":
		return EndpointDispatch, ""
	case method == http.MethodPost && strings.HasPrefix(path, productOrderPrefix):
		// {productOrderId}/delay, {productOrderId}/claim/cancel/approve, …
		id, rest, ok := strings.Cut(strings.TrimPrefix(path, productOrderPrefix), "/")
		if ep, known := answerRoutes[rest]; ok && known && id != "" {
			return ep, id
		}
	case method == http.MethodGet && strings.HasPrefix(path, "/v1/pay-order/seller/orders/") && strings.HasSuffix(path, "/product-order-ids"):
		id := strings.TrimSuffix(strings.TrimPrefix(path, "/v1/pay-order/seller/orders/"), "/product-order-ids")
		if id != "" && !strings.Contains(id, "/") {
			return EndpointProductOrderIDs, id
		}
	}
	return "", ""
}

func isRead(endpoint string) bool {
	switch endpoint {
	case EndpointChangedStatuses, EndpointQuery, EndpointProductOrderIDs, EndpointProductOrders:
		return true
	}
	return false
}

// ServeHTTP implements http.Handler.
func (s *Sim) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.stall.Wait(r) {
		return
	}
	body, err := readBody(r)
	a, delay, truncate := s.handle(r, body, err)
	if delay > 0 {
		t := time.NewTimer(delay)
		select {
		case <-r.Context().Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
	for k, vs := range a.header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.WriteHeader(a.status)
	if truncate {
		_, _ = w.Write(a.body[:len(a.body)/2])
		return
	}
	_, _ = w.Write(a.body)
}

func readBody(r *http.Request) ([]byte, error) {
	var buf bytes.Buffer
	_, err := buf.ReadFrom(http.MaxBytesReader(nil, r.Body, 4<<20))
	return buf.Bytes(), err
}

// handle decides the answer under the lock; delay and truncation are applied by ServeHTTP.
func (s *Sim) handle(r *http.Request, body []byte, bodyErr error) (a answer, delay time.Duration, truncate bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	trace := s.traceID()
	defer func() {
		a.header.Set("GNCP-GW-Trace-ID", trace)
		// The store's own clock, which the client learns its offset from.
		a.header.Set("Date", s.clock().UTC().Format(http.TimeFormat))
	}()

	path, ok := strings.CutPrefix(r.URL.Path, "/external")
	endpoint, orderID := route(r.Method, path)
	if !ok || endpoint == "" {
		return s.errAnswer(http.StatusNotFound, trace, "GW.NOT_FOUND", "요청하신 리소스를 찾을 수 없습니다."), 0, false
	}
	s.calls[endpoint]++
	if s.penalty {
		return s.quotaAnswer(trace), 0, false
	}
	if s.ipBlocked || (s.orderIPBlocked && endpoint != EndpointToken) {
		return s.errAnswer(http.StatusForbidden, trace, "GW.IP_NOT_ALLOWED", "호출이 허용되지 않은 IP입니다."), 0, false
	}
	if bodyErr != nil {
		return s.errAnswer(http.StatusBadRequest, trace, "4000", "요청 본문을 읽을 수 없습니다."), 0, false
	}

	var fault FaultKind
	if q := s.scripted[endpoint]; len(q) > 0 {
		fault, s.scripted[endpoint] = q[0], q[1:]
	} else if isRead(endpoint) {
		fault = s.randomFault()
	}
	switch fault {
	case FaultIPNotAllowed:
		return s.errAnswer(http.StatusForbidden, trace, "GW.IP_NOT_ALLOWED", "호출이 허용되지 않은 IP입니다."), 0, false
	case FaultQuotaPenalty:
		s.penalty = true
		return s.quotaAnswer(trace), 0, false
	case FaultRateLimit:
		return s.rateLimited(trace, endpoint), 0, false
	case FaultServerError:
		return s.errAnswer(http.StatusInternalServerError, trace, "GW.INTERNAL_SERVER_ERROR", "작업 중 오류가 발생하였습니다."), 0, false
	case FaultGatewayTimeout:
		return s.errAnswer(http.StatusGatewayTimeout, trace, "GW.TIMEOUT.01", "요청 대기 시간이 초과되었습니다."), 0, false
	case FaultSlow:
		delay = s.cfg.Faults.SlowDelay
	case FaultTruncate:
		truncate = true
	}

	if endpoint == EndpointToken {
		a = s.token(r, body, trace)
	} else {
		if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); !ok || !s.validToken(tok) {
			return s.errAnswer(http.StatusUnauthorized, trace, "GW.AUTHN", "요청을 보낼 권한이 없습니다."), 0, false
		}
		if limited, remaining := s.take(endpoint); limited {
			return s.rateLimited(trace, endpoint), 0, false
		} else {
			defer func() { s.rateHeaders(a.header, remaining) }()
		}
		switch endpoint {
		case EndpointChangedStatuses:
			a = s.changedStatuses(r, trace)
		case EndpointQuery:
			a = s.query(r, body, trace)
		case EndpointProductOrderIDs:
			a = s.productOrderIDs(orderID, trace)
		case EndpointProductOrders:
			a = s.listProductOrders(r, trace)
		case EndpointConfirm:
			a = s.confirm(r, body, trace)
		case EndpointDispatch:
			a = s.dispatch(r, body, trace)
		default:
			a = s.answerOrder(r, endpoint, orderID, body, trace)
		}
	}
	if fault == FaultAppliedTimeout {
		return s.errAnswer(http.StatusGatewayTimeout, trace, "GW.TIMEOUT.01", "요청 대기 시간이 초과되었습니다."), 0, false
	}
	return a, delay, truncate
}

func (s *Sim) randomFault() FaultKind {
	f := s.cfg.Faults
	x := s.rng.Float64()
	for _, c := range []struct {
		p float64
		k FaultKind
	}{{f.RateLimit, FaultRateLimit}, {f.ServerError, FaultServerError}, {f.Slow, FaultSlow}, {f.Truncate, FaultTruncate}} {
		if x < c.p {
			if c.k == FaultServerError && s.rng.IntN(2) == 0 {
				return FaultGatewayTimeout
			}
			return c.k
		}
		x -= c.p
	}
	return 0
}

func (s *Sim) rateLimited(trace, endpoint string) answer {
	a := s.errAnswer(http.StatusTooManyRequests, trace, "GW.RATE_LIMIT", "요청이 많아 서비스를 일시적으로 사용할 수 없습니다.")
	s.rateHeaders(a.header, 0)
	return a
}

func (s *Sim) rateHeaders(h http.Header, remaining int) {
	if s.cfg.NoRateLimit {
		return
	}
	h.Set("GNCP-GW-RateLimit-Replenish-Rate", fmt.Sprint(s.cfg.RateLimit))
	h.Set("GNCP-GW-RateLimit-Burst-Capacity", fmt.Sprint(s.cfg.Burst))
	h.Set("GNCP-GW-RateLimit-Remaining", fmt.Sprint(remaining))
}

// bucket is one endpoint's token bucket.
type bucket struct {
	tokens float64
	last   time.Time
}

// take spends one token of the endpoint's bucket; limited when empty.
func (s *Sim) take(endpoint string) (limited bool, remaining int) {
	if s.cfg.NoRateLimit {
		return false, 0
	}
	now := s.clock()
	b := s.buckets[endpoint]
	if b == nil {
		b = &bucket{tokens: float64(s.cfg.Burst), last: now}
		s.buckets[endpoint] = b
	}
	if el := now.Sub(b.last).Seconds(); el > 0 {
		b.tokens = min(float64(s.cfg.Burst), b.tokens+el*s.cfg.RateLimit)
		b.last = now
	}
	if b.tokens < 1 {
		return true, 0
	}
	b.tokens--
	return false, int(b.tokens)
}

// sortedIDs returns product order ids sorted.
func sortedIDs(m map[string]*productOrder) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Package coupangsim is a strict simulated Coupang Wing Open API (order side): HMAC checking,
// documented limits, a shipment state machine, seeded Korean orders, cancels and returns, a
// per-vendor 429 block, fault injection and call counters. It shares no code with the client
// in backend/coupang on purpose: one bug must not hide on both sides of the wire.
package coupangsim

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"sellerdesk/backend/marketsim/stall"
)

// Config configures a simulated Coupang.
type Config struct {
	VendorID  string
	AccessKey string
	SecretKey string
	// Now is the simulator's clock (time.Now when nil).
	Now func() time.Time
	// Seed makes generated orders, ids and random faults reproducible.
	Seed uint64
	// SkewWindow is how far signed-date may be from Now (default 5 minutes).
	SkewWindow time.Duration
	// RateLimit is the calls per second per vendor above which a 429 block starts (default 10;
	// negative disables the limit).
	RateLimit int
	// BlockFor is how long a 429 block lasts (default 10 minutes).
	BlockFor time.Duration
	// ListDelay is how long after payment an order shows in the list calls; the single lookup
	// sees it at once. DefaultConfig uses 10 minutes; 0 lists orders immediately.
	ListDelay time.Duration
	// FaultRate is the probability (0..1) of a random fault per call: 500/503/504/truncated
	// answers on reads, and on writes a 504 or a truncated answer after the change was applied.
	FaultRate float64
	// KeyExpiresAt, when set, makes every call after it fail with 401 "access key is expired".
	KeyExpiresAt time.Time
	// InitialOrders is how many orders to generate at start, spread over the last 14 days in
	// every status, with some cancels and returns.
	InitialOrders int
	// Versions overrides the version each endpoint is served at. The default is what Coupang's
	// current articles document: the order-sheet reads at v5, returnRequests at v6, the
	// acknowledgement, the invoices and returnWithdrawRequests at v4. A call at any other version
	// gets 404 "No API found", like a mistyped path.
	Versions map[Endpoint]string
	// NotFoundLimit is how many 404s (wrong path, wrong version or wrong vendorId) within
	// NotFoundWindow get the vendor and the caller's IP blocked: every call then gets the HTML 403
	// "Access Denied" page for NotFoundBlockFor. Coupang documents the block without numbers
	// (articles 360022936054, 30176501214361); defaults 10 within an hour, blocked for 24 hours.
	// Negative disables the block.
	NotFoundLimit    int
	NotFoundWindow   time.Duration
	NotFoundBlockFor time.Duration
	// AckLatency is how long a successful acknowledgement takes to apply. Coupang answers success
	// at once but, when orders surge, the box stays 결제완료 (ACCEPT) for up to 30 minutes; an
	// invoice meanwhile is refused INVALID_STATUS (articles 900001688666, 6181917568921). 0 (the
	// usual case) applies it at once.
	AckLatency time.Duration
	// BundleForm is how the order sheets state auto-generated bundle options: in the seller's
	// original-option units (BundleFormUnits, Coupang's form since 2024-04-12, the default) or in
	// bundles under the bundle's name (BundleFormBundles, the older form of the seed's example).
	BundleForm BundleForm
	// ExchangeBoxDelay is how long after 입고 확인 an exchange's re-delivery box takes to show in the
	// exchange list (deliveryInvoiceGroupDtos) and to take its invoice: "교환상품 입고확인 처리 후, 최대
	// 10분 이후에 교환송장 업로드처리가 가능합니다" (article 360034027954). DefaultConfig uses the 10
	// minutes; 0 makes the box at once.
	ExchangeBoxDelay time.Duration
	// WingUserID, when set, is the only WING login id a seller cancel (주문 상품 취소 처리) takes
	// as userId; empty takes any.
	WingUserID string
	// ListWork is how long Coupang takes to answer a list call (the order-sheet lists by day and
	// by minute, returnRequests, returnWithdrawRequests, exchangeRequests). Coupang's gateway
	// waits GatewayTimeout (3 s) for an answer unless the call sends X-EXTENDED-TIMEOUT
	// (milliseconds), and then that long; a list that takes longer is answered 504 "Request timed
	// out, if the situation continues consider applying timeout extension." (article
	// 360022937714, the FAQ's 기타오류; field report 2026-12 #7). The simulator does not wait: it
	// answers at once what the gateway would. DefaultConfig uses 4 seconds, so a list call
	// without the header fails as it does at Coupang; 0 answers every list.
	ListWork time.Duration
}

// GatewayTimeout is how long Coupang's gateway waits for an answer when a call sends no
// X-EXTENDED-TIMEOUT.
const GatewayTimeout = 3 * time.Second

// gatewayTimedOut is the gateway's answer to a call it stopped waiting for.
func gatewayTimedOut() response {
	return errorResponse(http.StatusGatewayTimeout, "Request timed out, if the situation continues consider applying timeout extension.")
}

// gatewayWaits is how long the gateway waits for the answer to r: X-EXTENDED-TIMEOUT
// (milliseconds) when r sends a positive one, else GatewayTimeout.
func gatewayWaits(r *http.Request) time.Duration {
	if ms, err := strconv.ParseInt(strings.TrimSpace(r.Header.Get("X-EXTENDED-TIMEOUT")), 10, 64); err == nil && ms > 0 {
		return time.Duration(ms) * time.Millisecond
	}
	return GatewayTimeout
}

// isList reports whether ep is a list call, the calls ListWork applies to.
func isList(ep Endpoint) bool {
	switch ep {
	case EndpointOrderSheets, EndpointReturnRequests, EndpointReturnWithdrawRequests, EndpointExchangeRequests:
		return true
	}
	return false
}

// BundleForm is a way Coupang has stated the quantity of an auto-generated bundle option.
type BundleForm string

const (
	// BundleFormUnits: shippingCount already multiplied, the original option's vendorItemName,
	// the bundle in upBundleVendorItemName (since 2024-04-12 17:00, article 30049331688089).
	BundleFormUnits BundleForm = "units"
	// BundleFormBundles: shippingCount in bundles, vendorItemName equal to upBundleVendorItemName.
	BundleFormBundles BundleForm = "bundles"
)

// DefaultVersions are the versions Coupang's current articles document per endpoint.
func DefaultVersions() map[Endpoint]string {
	return map[Endpoint]string{
		EndpointOrderSheets: "v5", EndpointOrderSheet: "v5", EndpointOrderSheetsByOrder: "v5",
		EndpointReturnRequests: "v6", EndpointReturnWithdrawRequests: "v4",
		EndpointAcknowledge: "v4", EndpointInvoices: "v4", EndpointUpdateInvoices: "v4",
		EndpointStoppedShipment: "v4", EndpointCompletedShipment: "v4", EndpointReceiveConfirmation: "v4", EndpointReturnApproval: "v4",
		EndpointExchangeRequests: "v4", EndpointExchangeReceiveConfirmation: "v4", EndpointExchangeRejection: "v4",
		EndpointExchangeInvoices: "v4", EndpointSellerCancel: "v5",
	}
}

// LegacyVersions serves every endpoint at v4, the form of the 2019 documentation (older tests
// and the version-override tests use it).
func LegacyVersions() map[Endpoint]string {
	out := DefaultVersions()
	for k := range out {
		out[k] = "v4"
	}
	return out
}

// DefaultConfig is a realistic configuration: 10 rps limit, 10-minute blocks, 5-minute skew
// window, orders listed 10 minutes after payment, an exchange's re-delivery box made 10 minutes
// after 입고 확인, list calls that take 4 s (longer than the gateway waits without
// X-EXTENDED-TIMEOUT).
func DefaultConfig() Config {
	return Config{
		VendorID: "A00012345", AccessKey: "a1b2c3d4-0000-4000-8000-000000000001",
		SecretKey: "0123456789abcdef0123456789abcdef01234567",
		Now:       time.Now, Seed: 1, SkewWindow: 5 * time.Minute, RateLimit: 10,
		BlockFor: 10 * time.Minute, ListDelay: 10 * time.Minute, InitialOrders: 200,
		ExchangeBoxDelay: 10 * time.Minute, ListWork: 4 * time.Second,
	}
}

// Endpoint names a group of calls for counters and fault injection.
type Endpoint string

const (
	EndpointOrderSheets        Endpoint = "ordersheets"          // GET ordersheets (day and minute lists)
	EndpointOrderSheet         Endpoint = "ordersheet"           // GET ordersheets/{shipmentBoxId}
	EndpointOrderSheetsByOrder Endpoint = "ordersheets-by-order" // GET {orderId}/ordersheets
	EndpointAcknowledge        Endpoint = "acknowledgement"      // PUT ordersheets/acknowledgement
	EndpointInvoices           Endpoint = "invoices"             // POST orders/invoices
	EndpointReturnRequests     Endpoint = "returnRequests"       // GET returnRequests
	// EndpointReturnWithdrawRequests is GET returnWithdrawRequests (returns the buyer withdrew).
	EndpointReturnWithdrawRequests Endpoint = "returnWithdrawRequests"
	// The seller's corrections and answers to claims (writes).
	EndpointUpdateInvoices      Endpoint = "updateInvoices"      // POST orders/updateInvoices
	EndpointStoppedShipment     Endpoint = "stoppedShipment"     // PUT returnRequests/{receiptId}/stoppedShipment
	EndpointCompletedShipment   Endpoint = "completedShipment"   // PUT returnRequests/{receiptId}/completedShipment
	EndpointReceiveConfirmation Endpoint = "receiveConfirmation" // PUT returnRequests/{receiptId}/receiveConfirmation
	EndpointReturnApproval      Endpoint = "returnApproval"      // PUT returnRequests/{receiptId}/approval
	// EndpointExchangeRequests is GET exchangeRequests (교환요청 목록조회, article 360033397594).
	EndpointExchangeRequests Endpoint = "exchangeRequests"
	// The seller's answers to an exchange (writes): PUT exchangeRequests/{exchangeId}/receiveConfirmation
	// (입고 확인, 360034027834) and …/rejection (교환 거부, 360034027874).
	EndpointExchangeReceiveConfirmation Endpoint = "exchangeReceiveConfirmation"
	EndpointExchangeRejection           Endpoint = "exchangeRejection"
	// EndpointExchangeInvoices is POST exchangeRequests/{exchangeId}/invoices (교환상품 송장 업로드,
	// 360034027954).
	EndpointExchangeInvoices Endpoint = "exchangeInvoices"
	// EndpointSellerCancel is POST orders/{orderId}/cancel (주문 상품 취소 처리, 360033843154).
	EndpointSellerCancel Endpoint = "sellerCancel"
	EndpointOther        Endpoint = "other" // anything else (404)
)

// Fault is an injected failure.
type Fault string

const (
	FaultNone                  Fault = "none" // a scripted pass: this call is answered normally
	FaultServerError           Fault = "500"
	FaultServiceUnavailable    Fault = "503"
	FaultGatewayTimeout        Fault = "504"         // the request was not applied
	FaultGatewayTimeoutApplied Fault = "504-applied" // the change was applied, the answer lost
	FaultConnectionTimeout     Fault = "521"         // API provider connection failed
	FaultTruncated             Fault = "truncated"   // 200 with the body cut (writes: applied)
	FaultIPNotAllowed          Fault = "403-ip"      // JSON 403, IP not registered
	FaultAccessDenied          Fault = "403-html"    // Akamai HTML "Access Denied"
	FaultRateLimited           Fault = "429"         // a 429 without starting a block
)

// Server is the simulated Coupang; it is an http.Handler.
type Server struct {
	cfg Config

	mu           sync.Mutex
	rng          *rand.Rand
	boxes        map[int64]*box
	orders       map[int64][]int64
	receipts     []*receipt
	withdrawals  []withdrawal
	exchanges    []*exchange
	nextExchange int64
	invoices     map[string]int64 // courier+invoice number → box
	nextBox      int64
	nextOrder    int64
	nextReceipt  int64
	calls        map[Endpoint]int
	scripted     map[Endpoint][]Fault
	faulted      map[Fault]int
	windowSecond int64
	windowCount  int
	blockedUntil time.Time
	// notFound counts every 404 answered; notFoundAt keeps the recent ones for the block.
	notFound    int
	notFoundAt  []time.Time
	deniedUntil time.Time
	versions    map[Endpoint]string
	bundleForm  BundleForm
	// stall and endless are the switchable faults of a misbehaving gateway (SetStall,
	// SetEndlessPaging); endlessSeq numbers the runaway tokens.
	stall      stall.Gate
	endless    map[string]bool
	endlessSeq int
}

type box struct {
	ID, OrderID   int64
	OrderedAt     time.Time
	PaidAt        time.Time
	Status        string
	OrdererName   string
	OrdererPhone  string
	Receiver      Receiver
	Message       string
	Refer         string
	ShippingPrice int64
	RemotePrice   int64
	Items         []*boxItem
	CourierCode   string
	Invoice       string
	InvoiceAt     time.Time
	InTransitAt   time.Time
	DeliveredAt   time.Time
	AcknowledgeAt time.Time
	// AckAppliesAt is when an acknowledgement still in flight applies (zero when none).
	AckAppliesAt time.Time
}

type boxItem struct {
	catalogItem
	// Shown replaces the vendorItemName of this box's item ("" keeps the catalog's).
	Shown       string
	Product     *product
	Count       int
	CancelCount int
	HoldCount   int
}

type receipt struct {
	ID, OrderID int64
	Type        string // CANCEL | RETURN
	Status      string // RELEASE_STOP_UNCHECKED | RETURNS_UNCHECKED | RETURNS_COMPLETED | CANCEL_COMPLETED ...
	CancelList  bool   // listed with cancelType=CANCEL
	CreatedAt   time.Time
	ModifiedAt  time.Time
	Reason      int
	// StopAnswer is the seller's answer to a stop request (releaseStopStatus): "" while none,
	// "처리(출고중지)" or "처리(이미출고)".
	StopAnswer string
	Items      []receiptItem
	// ByVendor: the seller's own cancel (주문 상품 취소 처리), not the buyer's.
	ByVendor      bool
	RequesterName string
	Requester     Receiver
}

// withdrawal is a return or cancel receipt the buyer withdrew (반품철회).
type withdrawal struct {
	ReceiptID, OrderID int64
	At                 time.Time
	VendorItemIDs      []int64
}

type receiptItem struct {
	BoxID        int64
	Item         *boxItem
	Purchase     int
	CancelCount  int
	ReleaseState string
}

// Receiver is a box's destination as the buyer entered it.
type Receiver struct {
	Name           string
	SafeNumber     string
	ReceiverNumber string
	Addr1          string
	Addr2          string
	PostCode       string
}

// New builds a simulator and generates cfg.InitialOrders orders.
func New(cfg Config) (*Server, error) {
	if cfg.VendorID == "" || cfg.AccessKey == "" || cfg.SecretKey == "" {
		return nil, errors.New("coupangsim: vendorId, access key and secret key are required")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.SkewWindow <= 0 {
		cfg.SkewWindow = 5 * time.Minute
	}
	if cfg.RateLimit == 0 {
		cfg.RateLimit = 10
	}
	if cfg.BlockFor <= 0 {
		cfg.BlockFor = 10 * time.Minute
	}
	if cfg.NotFoundLimit == 0 {
		cfg.NotFoundLimit = 10
	}
	if cfg.NotFoundWindow <= 0 {
		cfg.NotFoundWindow = time.Hour
	}
	if cfg.NotFoundBlockFor <= 0 {
		cfg.NotFoundBlockFor = 24 * time.Hour
	}
	versions := DefaultVersions()
	for k, v := range cfg.Versions {
		if _, ok := versions[k]; !ok {
			return nil, fmt.Errorf("coupangsim: no endpoint %q to version", k)
		}
		versions[k] = v
	}
	if cfg.FaultRate < 0 || cfg.FaultRate > 1 {
		return nil, fmt.Errorf("coupangsim: fault rate %v outside 0..1", cfg.FaultRate)
	}
	s := &Server{
		cfg:          cfg,
		rng:          rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		boxes:        map[int64]*box{},
		orders:       map[int64][]int64{},
		invoices:     map[string]int64{},
		nextBox:      642538970006401500 + int64(cfg.Seed%1000)*1000,
		nextOrder:    9100041863300 + int64(cfg.Seed%1000)*1000,
		nextReceipt:  363667,
		nextExchange: 100702100,
		calls:        map[Endpoint]int{},
		scripted:     map[Endpoint][]Fault{},
		faulted:      map[Fault]int{},
		versions:     versions,
		bundleForm:   cfg.BundleForm,
	}
	switch s.bundleForm {
	case "":
		s.bundleForm = BundleFormUnits
	case BundleFormUnits, BundleFormBundles:
	default:
		return nil, fmt.Errorf("coupangsim: unknown bundle form %q", cfg.BundleForm)
	}
	s.seed(cfg.InitialOrders)
	return s, nil
}

// response is a computed answer before faults are applied.
type response struct {
	status int
	body   []byte
	html   bool
}

func jsonResponse(status int, v any) response {
	b, err := json.Marshal(v)
	if err != nil {
		return response{status: http.StatusInternalServerError, body: []byte(`{"code":"ERROR","message":"encode"}`)}
	}
	return response{status: status, body: b}
}

func errorResponse(status int, msg string) response {
	return jsonResponse(status, map[string]any{"code": "ERROR", "message": msg})
}

// ServeHTTP checks the signature, the path's vendor, the rate limit and faults, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.stall.Wait(r) {
		return
	}
	ep, version, rest, vendor, ok := classify(r)
	body, _ := readBody(r)

	s.mu.Lock()
	s.calls[ep]++
	now := s.cfg.Now()
	resp := s.serveLocked(r, ep, version, rest, vendor, ok, body, now)
	if resp.status == http.StatusNotFound {
		s.notFound++
		s.notFoundAt = append(s.notFoundAt, now)
	}
	s.mu.Unlock()

	if resp.html {
		w.Header().Set("Content-Type", "text/html")
	} else {
		w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	}
	w.WriteHeader(resp.status)
	_, _ = w.Write(resp.body)
}

func (s *Server) serveLocked(r *http.Request, ep Endpoint, version string, rest []string, vendor string, ok bool, body []byte, now time.Time) response {
	s.applyAcks(now)
	if s.denied(now) {
		return accessDenied()
	}
	if resp, failed := s.checkRate(now); failed {
		return resp
	}
	if resp, failed := s.checkAuth(r, now); failed {
		return resp
	}
	// A wrong path, a version the endpoint is not served at and a vendorId other than the key's
	// all answer 404 (article 360022936054: "잘못된 VendorId(업체코드) 입력을 할 경우 404").
	if !ok || version != s.versions[ep] || vendor != s.cfg.VendorID {
		return errorResponse(http.StatusNotFound, "No API found for this path.")
	}
	fault := s.nextFault(ep)
	if fault != "" {
		s.faulted[fault]++
	}
	switch fault {
	case FaultIPNotAllowed:
		return errorResponse(http.StatusForbidden, "Your ip address 203.0.113.7 is not allowed for this request.")
	case FaultAccessDenied:
		return accessDenied()
	case FaultRateLimited:
		return errorResponse(http.StatusTooManyRequests, "Too Many Requests")
	case FaultServerError:
		return errorResponse(http.StatusInternalServerError, "Internal Server Error")
	case FaultServiceUnavailable:
		return errorResponse(http.StatusServiceUnavailable, "Service Unavailable")
	case FaultGatewayTimeout:
		return gatewayTimedOut()
	case FaultConnectionTimeout:
		return errorResponse(521, "connection timed out: api-provider")
	}
	if isList(ep) && s.cfg.ListWork > gatewayWaits(r) {
		return gatewayTimedOut()
	}
	resp := s.route(r, ep, rest, body, now)
	switch fault {
	case FaultGatewayTimeoutApplied:
		return gatewayTimedOut()
	case FaultTruncated:
		if resp.status == http.StatusOK && len(resp.body) > 2 {
			resp.body = resp.body[:len(resp.body)/2]
		}
	}
	return resp
}

func readBody(r *http.Request) ([]byte, error) {
	if r.Body == nil {
		return nil, nil
	}
	var buf bytes.Buffer
	_, err := buf.ReadFrom(http.MaxBytesReader(nil, r.Body, 8<<20))
	return buf.Bytes(), err
}

const pathPrefix = "/v2/providers/openapi/apis/api/"

// classify finds the endpoint, the path's version, the path after the vendor, and the path's
// vendorId.
func classify(r *http.Request) (ep Endpoint, version string, rest []string, vendor string, ok bool) {
	p, found := strings.CutPrefix(r.URL.Path, pathPrefix)
	if !found {
		return EndpointOther, "", nil, "", false
	}
	parts := strings.Split(p, "/")
	// {version}/vendors/{vendorId}/...
	if len(parts) < 4 || parts[1] != "vendors" || !strings.HasPrefix(parts[0], "v") {
		return EndpointOther, "", nil, "", false
	}
	version, vendor, rest = parts[0], parts[2], parts[3:]
	switch {
	case r.Method == http.MethodGet && len(rest) == 1 && rest[0] == "ordersheets":
		return EndpointOrderSheets, version, rest, vendor, true
	case r.Method == http.MethodPut && len(rest) == 2 && rest[0] == "ordersheets" && rest[1] == "acknowledgement":
		return EndpointAcknowledge, version, rest, vendor, true
	case r.Method == http.MethodGet && len(rest) == 2 && rest[0] == "ordersheets":
		return EndpointOrderSheet, version, rest, vendor, true
	case r.Method == http.MethodGet && len(rest) == 2 && rest[1] == "ordersheets":
		return EndpointOrderSheetsByOrder, version, rest, vendor, true
	case r.Method == http.MethodPost && len(rest) == 2 && rest[0] == "orders" && rest[1] == "invoices":
		return EndpointInvoices, version, rest, vendor, true
	case r.Method == http.MethodGet && len(rest) == 1 && rest[0] == "returnRequests":
		return EndpointReturnRequests, version, rest, vendor, true
	case r.Method == http.MethodGet && len(rest) == 1 && rest[0] == "returnWithdrawRequests":
		return EndpointReturnWithdrawRequests, version, rest, vendor, true
	case r.Method == http.MethodGet && len(rest) == 1 && rest[0] == "exchangeRequests":
		return EndpointExchangeRequests, version, rest, vendor, true
	case r.Method == http.MethodPut && len(rest) == 3 && rest[0] == "exchangeRequests" && rest[2] == "receiveConfirmation":
		return EndpointExchangeReceiveConfirmation, version, rest, vendor, true
	case r.Method == http.MethodPut && len(rest) == 3 && rest[0] == "exchangeRequests" && rest[2] == "rejection":
		return EndpointExchangeRejection, version, rest, vendor, true
	case r.Method == http.MethodPost && len(rest) == 3 && rest[0] == "exchangeRequests" && rest[2] == "invoices":
		return EndpointExchangeInvoices, version, rest, vendor, true
	case r.Method == http.MethodPost && len(rest) == 3 && rest[0] == "orders" && rest[2] == "cancel":
		return EndpointSellerCancel, version, rest, vendor, true
	case r.Method == http.MethodPost && len(rest) == 2 && rest[0] == "orders" && rest[1] == "updateInvoices":
		return EndpointUpdateInvoices, version, rest, vendor, true
	case r.Method == http.MethodPut && len(rest) == 3 && rest[0] == "returnRequests":
		if ep, ok := receiptWrites[rest[2]]; ok {
			return ep, version, rest, vendor, true
		}
	}
	return EndpointOther, version, rest, vendor, false
}

// accessDenied is the gateway's HTML block page.
func accessDenied() response {
	return response{status: http.StatusForbidden, html: true, body: []byte(
		"<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n" +
			"You don't have permission to access this server.<P>\nReference&#32;&#35;18&#46;5c2f3b17&#46;1700000000&#46;2b1c9a0\n</BODY>\n</HTML>\n")}
}

// denied applies the block that repeated 404s earn: NotFoundLimit 404s within NotFoundWindow
// start a block of NotFoundBlockFor during which every call gets the Access Denied page.
func (s *Server) denied(now time.Time) bool {
	if now.Before(s.deniedUntil) {
		return true
	}
	if s.cfg.NotFoundLimit < 0 {
		return false
	}
	recent := s.notFoundAt[:0]
	for _, t := range s.notFoundAt {
		if now.Sub(t) < s.cfg.NotFoundWindow {
			recent = append(recent, t)
		}
	}
	s.notFoundAt = recent
	if len(recent) >= s.cfg.NotFoundLimit {
		s.deniedUntil = now.Add(s.cfg.NotFoundBlockFor)
		s.notFoundAt = nil
		return true
	}
	return false
}

// checkRate applies the per-vendor limit: more than RateLimit calls within one second of the
// simulator's clock starts a block of BlockFor, during which every call gets 429.
func (s *Server) checkRate(now time.Time) (response, bool) {
	if s.cfg.RateLimit < 0 {
		return response{}, false
	}
	tooMany := errorResponse(http.StatusTooManyRequests, "Too Many Requests")
	if now.Before(s.blockedUntil) {
		return tooMany, true
	}
	sec := now.Unix()
	if sec != s.windowSecond {
		s.windowSecond, s.windowCount = sec, 0
	}
	s.windowCount++
	if s.windowCount > s.cfg.RateLimit {
		s.blockedUntil = now.Add(s.cfg.BlockFor)
		return tooMany, true
	}
	return response{}, false
}

// checkAuth verifies the CEA HmacSHA256 header over the path and raw query as received.
func (s *Server) checkAuth(r *http.Request, now time.Time) (response, bool) {
	unauthorized := func(msg string) (response, bool) {
		return jsonResponse(http.StatusUnauthorized, map[string]any{
			"code": "ERROR", "message": msg, "transactionId": s.transactionID(),
		}), true
	}
	h := strings.TrimSpace(r.Header.Get("Authorization"))
	scheme, params, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "CEA") {
		return unauthorized("Invalid signature.")
	}
	fields := map[string]string{}
	for _, part := range strings.Split(params, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok {
			fields[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	if !strings.EqualFold(fields["algorithm"], "HmacSHA256") {
		return unauthorized("Invalid signature.")
	}
	if fields["access-key"] != s.cfg.AccessKey {
		return unauthorized("Invalid access key.")
	}
	if !s.cfg.KeyExpiresAt.IsZero() && !now.Before(s.cfg.KeyExpiresAt) {
		return unauthorized("The access key is expired.")
	}
	signed, err := time.Parse("060102T150405Z", fields["signed-date"])
	if err != nil {
		return unauthorized("Invalid signature.")
	}
	mac := hmac.New(sha256.New, []byte(s.cfg.SecretKey))
	mac.Write([]byte(fields["signed-date"] + r.Method + r.URL.Path + r.URL.RawQuery))
	want := mac.Sum(nil)
	got, err := hex.DecodeString(fields["signature"])
	if err != nil || !hmac.Equal(want, got) {
		return unauthorized("Invalid signature.")
	}
	if d := now.Sub(signed); d > s.cfg.SkewWindow || d < -s.cfg.SkewWindow {
		return unauthorized("Specified signature is expired.")
	}
	return response{}, false
}

func (s *Server) transactionID() string {
	return fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", s.rng.Uint32(), s.rng.Uint32()&0xffff, s.rng.Uint32()&0xffff, s.rng.Uint32()&0xffff, s.rng.Uint64()&0xffffffffffff)
}

func (s *Server) nextFault(ep Endpoint) Fault {
	if q := s.scripted[ep]; len(q) > 0 {
		s.scripted[ep] = q[1:]
		if q[0] == FaultNone {
			return ""
		}
		return q[0]
	}
	if s.cfg.FaultRate <= 0 || s.rng.Float64() >= s.cfg.FaultRate {
		return ""
	}
	if isWrite(ep) {
		return []Fault{FaultGatewayTimeoutApplied, FaultTruncated, FaultGatewayTimeout}[s.rng.IntN(3)]
	}
	return []Fault{FaultServerError, FaultServiceUnavailable, FaultGatewayTimeout, FaultTruncated}[s.rng.IntN(4)]
}

// InjectFault queues one-shot faults for the next calls of an endpoint (in order).
func (s *Server) InjectFault(ep Endpoint, faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.scripted[ep] = append(s.scripted[ep], faults...)
}

// SetStall switches a stalled gateway on or off: while on, every call waits without an answer
// until the caller gives up (at most stall.Max); switched off, the calls still waiting are answered.
func (s *Server) SetStall(on bool) { s.stall.Set(on) }

// SetEndlessPaging makes the day lists of these statuses runaways (none: every list ends again).
// A runaway list never ends: a page that would be the last carries a nextToken anyway. In ACCEPT
// the next pages bring new paid boxes within the asked window, page after page; in the other
// statuses the same page comes back under a new token each time.
func (s *Server) SetEndlessPaging(statuses ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.endless = map[string]bool{}
	for _, st := range statuses {
		s.endless[st] = true
	}
}

// Calls is how many calls an endpoint received (including rejected ones).
func (s *Server) Calls(ep Endpoint) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[ep]
}

// CallCounts is a copy of every endpoint's call count.
func (s *Server) CallCounts() map[Endpoint]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.calls)
}

// Faults counts the faults served so far, scripted and random.
func (s *Server) Faults() map[Fault]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.faulted)
}

// ResetCalls zeroes the call counters (the 404 count too).
func (s *Server) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = map[Endpoint]int{}
	s.notFound = 0
}

// NotFound is how many calls were answered 404 (wrong path, version or vendorId).
func (s *Server) NotFound() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.notFound
}

// DeniedUntil is when the block earned by repeated 404s ends (zero when none).
func (s *Server) DeniedUntil() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.deniedUntil
}

// Version is the version an endpoint is served at.
func (s *Server) Version(ep Endpoint) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.versions[ep]
}

// Unblock lifts a running 429 block (for the demo and tests).
func (s *Server) Unblock() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blockedUntil = time.Time{}
	s.windowCount = 0
}

// BlockedUntil is when the current 429 block ends (zero when none).
func (s *Server) BlockedUntil() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.blockedUntil
}

// applyAcks applies the acknowledgements whose latency has passed: the box moves to INSTRUCT,
// unless the buyer cancelled it whole meanwhile.
func (s *Server) applyAcks(now time.Time) {
	for _, b := range s.boxes {
		if b.AckAppliesAt.IsZero() || now.Before(b.AckAppliesAt) {
			continue
		}
		if b.Status == "ACCEPT" && !b.fullyCanceled() {
			b.Status, b.AcknowledgeAt = "INSTRUCT", b.AckAppliesAt
		}
		b.AckAppliesAt = time.Time{}
	}
}

func (s *Server) sortedBoxes() []*box {
	out := make([]*box, 0, len(s.boxes))
	for _, b := range s.boxes {
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

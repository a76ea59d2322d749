package coupang

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// Endpoint names one Coupang call whose path carries a version segment
// (/v2/providers/openapi/apis/api/{version}/vendors/{vendorId}/...).
type Endpoint string

// The endpoints SellerDesk calls. The names are the keys of a version override
// ("ordersheets=v5,returnRequests=v6").
const (
	EndpointOrderSheets            Endpoint = "ordersheets"            // GET ordersheets (day and minute lists)
	EndpointOrderSheet             Endpoint = "ordersheet"             // GET ordersheets/{shipmentBoxId}
	EndpointOrderSheetsByOrder     Endpoint = "ordersheetsByOrder"     // GET {orderId}/ordersheets
	EndpointReturnRequests         Endpoint = "returnRequests"         // GET returnRequests
	EndpointReturnWithdrawRequests Endpoint = "returnWithdrawRequests" // GET returnWithdrawRequests
	EndpointAcknowledgement        Endpoint = "acknowledgement"        // PUT ordersheets/acknowledgement
	EndpointInvoices               Endpoint = "invoices"               // POST orders/invoices
	EndpointUpdateInvoices         Endpoint = "updateInvoices"         // POST orders/updateInvoices
	EndpointStoppedShipment        Endpoint = "stoppedShipment"        // PUT returnRequests/{receiptId}/stoppedShipment
	EndpointCompletedShipment      Endpoint = "completedShipment"      // PUT returnRequests/{receiptId}/completedShipment
	EndpointReceiveConfirmation    Endpoint = "receiveConfirmation"    // PUT returnRequests/{receiptId}/receiveConfirmation
	EndpointReturnApproval         Endpoint = "returnApproval"         // PUT returnRequests/{receiptId}/approval
	EndpointExchangeRequests       Endpoint = "exchangeRequests"       // GET exchangeRequests
	// PUT exchangeRequests/{exchangeId}/receiveConfirmation and …/rejection
	EndpointExchangeReceiveConfirmation Endpoint = "exchangeReceiveConfirmation"
	EndpointExchangeRejection           Endpoint = "exchangeRejection"
	// POST exchangeRequests/{exchangeId}/invoices (교환상품 송장 업로드)
	EndpointExchangeInvoices Endpoint = "exchangeInvoices"
	// POST orders/{orderId}/cancel (주문 상품 취소 처리, the seller's own cancel)
	EndpointSellerCancel Endpoint = "sellerCancel"
)

// EndpointInfo is one row of the version table.
type EndpointInfo struct {
	Endpoint Endpoint
	Method   string
	// Path is the path after /vendors/{vendorId}.
	Path    string
	Version string
	// Article is the official article (developers.coupangcorp.com/hc/ko/articles/<id>) that
	// documents this version.
	Article string
}

// Endpoints is THE table of every Coupang call SellerDesk makes and the version Coupang's current
// articles document for it (crawl of 2026-04). The order-sheet reads moved to v5, the return list
// to v6; the writes and the withdrawal list are still documented at v4, so one global version
// would break either the reads or the writes. docs/marketplace-endpoints.md lists the same table.
func Endpoints() []EndpointInfo {
	return []EndpointInfo{
		{EndpointOrderSheets, "GET", "/ordersheets", "v5", "360033919573 (day), 360033792774 (minute)"},
		{EndpointOrderSheet, "GET", "/ordersheets/{shipmentBoxId}", "v5", "360033792854"},
		{EndpointOrderSheetsByOrder, "GET", "/{orderId}/ordersheets", "v5", "360034320553"},
		{EndpointReturnRequests, "GET", "/returnRequests", "v6", "360033919613"},
		{EndpointReturnWithdrawRequests, "GET", "/returnWithdrawRequests", "v4", "360034027354"},
		{EndpointAcknowledgement, "PUT", "/ordersheets/acknowledgement", "v4", "360033792994"},
		{EndpointInvoices, "POST", "/orders/invoices", "v4", "360033793014"},
		{EndpointUpdateInvoices, "POST", "/orders/updateInvoices", "v4", "360034320653"},
		{EndpointStoppedShipment, "PUT", "/returnRequests/{receiptId}/stoppedShipment", "v4", "360034320673"},
		{EndpointCompletedShipment, "PUT", "/returnRequests/{receiptId}/completedShipment", "v4", "360033793034"},
		// The 2025-06-26 notice (48314250583705) lists v5 forms of the two return writes beside the
		// v4 ones, which "remain valid"; the calls' own articles document v4.
		{EndpointReceiveConfirmation, "PUT", "/returnRequests/{receiptId}/receiveConfirmation", "v4", "360034027214"},
		{EndpointReturnApproval, "PUT", "/returnRequests/{receiptId}/approval", "v4", "360034562513"},
		{EndpointExchangeRequests, "GET", "/exchangeRequests", "v4", "360033397594"},
		{EndpointExchangeReceiveConfirmation, "PUT", "/exchangeRequests/{exchangeId}/receiveConfirmation", "v4", "360034027834"},
		{EndpointExchangeRejection, "PUT", "/exchangeRequests/{exchangeId}/rejection", "v4", "360034027874"},
		{EndpointExchangeInvoices, "POST", "/exchangeRequests/{exchangeId}/invoices", "v4", "360034027954"},
		{EndpointSellerCancel, "POST", "/orders/{orderId}/cancel", "v5", "360033843154"},
	}
}

// Versions maps each endpoint to the version segment its path is built with.
type Versions map[Endpoint]string

// DefaultVersions are the versions of the table in Endpoints.
func DefaultVersions() Versions {
	v := Versions{}
	for _, e := range Endpoints() {
		v[e.Endpoint] = e.Version
	}
	return v
}

// String writes the versions as an override would be written, sorted by endpoint.
func (v Versions) String() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+v[Endpoint(k)])
	}
	return strings.Join(parts, ",")
}

// validVersion accepts a path segment "v" followed by a number (v4, v5, v10).
func validVersion(s string) bool {
	n, ok := versionNumber(s)
	return ok && n > 0
}

func versionNumber(s string) (int, bool) {
	digits, ok := strings.CutPrefix(s, "v")
	if !ok || digits == "" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || strconv.Itoa(n) != digits {
		return 0, false
	}
	return n, true
}

// VersionsHelp explains a malformed version override to the seller (ParseVersions' error).
const VersionsHelp = "쿠팡 API 버전은 '기능=버전'을 쉼표로 나눠 적습니다(예: ordersheets=v6,returnRequests=v7). " +
	"기능 이름: ordersheets, ordersheet, ordersheetsByOrder, returnRequests, returnWithdrawRequests, acknowledgement, invoices. 비워 두면 기본값을 씁니다."

// ParseVersions reads a version override such as "ordersheets=v5,returnRequests=v6" (commas or
// spaces between pairs). Only the endpoints named change; an unknown endpoint or a version that
// is not "v" and a number is an error that names it. "" is no override.
func ParseVersions(s string) (Versions, error) {
	out := Versions{}
	known := DefaultVersions()
	for _, pair := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\t' }) {
		k, v, ok := strings.Cut(pair, "=")
		k, v = strings.TrimSpace(k), strings.ToLower(strings.TrimSpace(v))
		if !ok || k == "" {
			return nil, invalid("apiVersions", "%q is not endpoint=version (e.g. ordersheets=v5)", pair)
		}
		ep, found := endpointNamed(k, known)
		if !found {
			return nil, invalid("apiVersions", "unknown endpoint %q (known: %s)", k, known.String())
		}
		if !validVersion(v) {
			return nil, invalid("apiVersions", "version %q of %s must be v and a number, e.g. v5", v, ep)
		}
		out[ep] = v
	}
	return out, nil
}

// endpointNamed finds an endpoint by name, ignoring case.
func endpointNamed(name string, known Versions) (Endpoint, bool) {
	for ep := range known {
		if strings.EqualFold(string(ep), name) {
			return ep, true
		}
	}
	return "", false
}

// WithAPIVersions overrides the version of the endpoints named (the rest keep the table's).
// A version moved by Coupang can be followed without a new release (setting or
// SELLERDESK_COUPANG_API_VERSIONS); New refuses unknown endpoints and malformed versions.
func WithAPIVersions(v Versions) Option {
	return func(c *Client) {
		for k, ver := range v {
			c.versions[k] = ver
		}
	}
}

// APIVersions is the version each endpoint is called at.
func (c *Client) APIVersions() Versions {
	out := make(Versions, len(c.versions))
	for k, v := range c.versions {
		out[k] = v
	}
	return out
}

func (c *Client) checkVersions() error {
	known := DefaultVersions()
	for k, v := range c.versions {
		if _, ok := known[k]; !ok {
			return invalid("apiVersions", "unknown endpoint %q", k)
		}
		if !validVersion(v) {
			return invalid("apiVersions", "version %q of %s must be v and a number, e.g. v5", v, k)
		}
	}
	return nil
}

// path builds the absolute path of an endpoint: the base with its version, then rest.
func (c *Client) path(ep Endpoint, rest string) string {
	return "/v2/providers/openapi/apis/api/" + c.versions[ep] + "/vendors/" + c.vendorID + rest
}

// dateSuffix is what follows the dates of the order-sheet lists at the configured version: v5 and
// later write day-mode dates as yyyy-MM-dd+09:00 and minute-mode times as yyyy-MM-ddTHH:mm+09:00
// (articles 360033919573, 360033792774); v4 took them without.
func (c *Client) dateSuffix() string {
	if n, ok := versionNumber(c.versions[EndpointOrderSheets]); ok && n >= 5 {
		return "+09:00"
	}
	return ""
}

// encodeQuery writes the query the way Coupang's articles write it: every value percent-encoded
// (so the "+" of "+09:00" goes out as %2B and is not read as a space), except ":", which the
// examples leave as it is (createdAtFrom=2025-07-15%2B09:00). The same string is signed and sent.
func encodeQuery(v url.Values) string {
	return strings.ReplaceAll(v.Encode(), "%3A", ":")
}

package coupangsim

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sellerdesk/backend/testclock"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type harness struct {
	t     *testing.T
	sim   *Server
	srv   *httptest.Server
	clock *testclock.Clock
	cfg   Config
}

func newHarness(t *testing.T, edit func(*Config)) *harness {
	t.Helper()
	clock := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	cfg := DefaultConfig()
	cfg.Now = clock.Now
	cfg.RateLimit = -1
	cfg.ListDelay = 0
	cfg.InitialOrders = 0
	cfg.ExchangeBoxDelay = 0
	// These tests' raw calls send no X-EXTENDED-TIMEOUT; TestGatewayTimeout checks the gateway.
	cfg.ListWork = 0
	// These tests exercise the rules every version shares, on the paths of the 2019 documents;
	// TestVersions checks the current form (v5 order sheets, v6 returns).
	cfg.Versions = LegacyVersions()
	if edit != nil {
		edit(&cfg)
	}
	sim, err := New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	return &harness{t: t, sim: sim, srv: srv, clock: clock, cfg: cfg}
}

const base = "/v2/providers/openapi/apis/api/v4/vendors/A00012345"

// sign is the test's own signer (independent of both the client and the simulator).
func sign(secret, date, method, path, query string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(date + method + path + query))
	return hex.EncodeToString(m.Sum(nil))
}

func (h *harness) do(method, path, rawQuery string, body any, hdr ...string) (int, map[string]any, string) {
	h.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		require.NoError(h.t, err)
		rd = bytes.NewReader(b)
	}
	u := h.srv.URL + path
	if rawQuery != "" {
		u += "?" + rawQuery
	}
	req, err := http.NewRequest(method, u, rd)
	require.NoError(h.t, err)
	date := h.clock.Now().UTC().Format("060102T150405Z")
	auth := fmt.Sprintf("CEA algorithm=HmacSHA256, access-key=%s, signed-date=%s, signature=%s",
		h.cfg.AccessKey, date, sign(h.cfg.SecretKey, date, method, path, rawQuery))
	if len(hdr) > 0 {
		auth = hdr[0]
	}
	req.Header.Set("Authorization", auth)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(h.t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(h.t, err)
	var m map[string]any
	_ = json.Unmarshal(raw, &m)
	return resp.StatusCode, m, string(raw)
}

func TestAuth(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.InitialOrders = 20 })
	q := "createdAtFrom=2024-04-01&createdAtTo=2024-04-10&status=FINAL_DELIVERY"
	path := base + "/ordersheets"
	date := h.clock.Now().UTC().Format("060102T150405Z")
	good := sign(h.cfg.SecretKey, date, "GET", path, q)

	st, m, _ := h.do("GET", path, q, nil)
	require.Equal(t, 200, st)
	assert.Equal(t, float64(200), m["code"], "code is a number in lists")

	tests := []struct {
		name   string
		header string
		status int
		msg    string
	}{
		{"no spaces after commas", fmt.Sprintf("CEA algorithm=HmacSHA256,access-key=%s,signed-date=%s,signature=%s", h.cfg.AccessKey, date, good), 200, ""},
		{"wrong signature", fmt.Sprintf("CEA algorithm=HmacSHA256, access-key=%s, signed-date=%s, signature=%s", h.cfg.AccessKey, date, strings.Repeat("0", 64)), 401, "Invalid signature."},
		{"signed over unencoded query", fmt.Sprintf("CEA algorithm=HmacSHA256, access-key=%s, signed-date=%s, signature=%s", h.cfg.AccessKey, date,
			sign(h.cfg.SecretKey, date, "GET", path, strings.ReplaceAll(q, "%3A", ":")+"&x")), 401, "Invalid signature."},
		{"unknown key", fmt.Sprintf("CEA algorithm=HmacSHA256, access-key=other, signed-date=%s, signature=%s", date, good), 401, "Invalid access key."},
		{"missing", "", 401, "Invalid signature."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, m, _ := h.do("GET", path, q, nil, tc.header)
			assert.Equal(t, tc.status, st)
			if tc.msg != "" {
				assert.Equal(t, "ERROR", m["code"])
				assert.Equal(t, tc.msg, m["message"])
				assert.NotEmpty(t, m["transactionId"])
			}
		})
	}

	// Clock skew: signed 6 minutes ago is expired, 4 minutes ago is fine.
	for _, tc := range []struct {
		skew time.Duration
		want int
	}{{-6 * time.Minute, 401}, {-4 * time.Minute, 200}, {6 * time.Minute, 401}} {
		d := h.clock.Now().Add(tc.skew).UTC().Format("060102T150405Z")
		hdr := fmt.Sprintf("CEA algorithm=HmacSHA256, access-key=%s, signed-date=%s, signature=%s", h.cfg.AccessKey, d, sign(h.cfg.SecretKey, d, "GET", path, q))
		st, m, _ := h.do("GET", path, q, nil, hdr)
		assert.Equal(t, tc.want, st, tc.skew)
		if st == 401 {
			assert.Equal(t, "Specified signature is expired.", m["message"])
		}
	}
}

func TestKeyExpiry(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.KeyExpiresAt = time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC) })
	st, m, _ := h.do("GET", base+"/ordersheets", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10&status=ACCEPT", nil)
	assert.Equal(t, 401, st)
	assert.Contains(t, m["message"], "key is expired")
}

func TestSignedOverRawQueryWithKoreanAndColon(t *testing.T) {
	h := newHarness(t, nil)
	// Korean and colons percent-encoded: the simulator verifies the bytes as received.
	q := "createdAtFrom=2024-04-10T00%3A00&createdAtTo=2024-04-10T09%3A00&searchType=timeFrame&status=ACCEPT&memo=%EB%AC%B8+%EC%95%9E"
	st, _, body := h.do("GET", base+"/ordersheets", q, nil)
	assert.Equal(t, 200, st, body)
}

func TestVendorMismatchAndLimits(t *testing.T) {
	h := newHarness(t, nil)
	tests := []struct {
		name, path, query string
		status            int
	}{
		{"vendor mismatch", "/v2/providers/openapi/apis/api/v4/vendors/A99999999/ordersheets", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10&status=ACCEPT", 404},
		{"32 days", base + "/ordersheets", "createdAtFrom=2024-03-01&createdAtTo=2024-04-02&status=ACCEPT", 400},
		{"31 days ok", base + "/ordersheets", "createdAtFrom=2024-03-01&createdAtTo=2024-04-01&status=ACCEPT", 200},
		{"maxPerPage 51", base + "/ordersheets", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10&maxPerPage=51&status=ACCEPT", 400},
		{"no status", base + "/ordersheets", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10", 400},
		{"two statuses", base + "/ordersheets", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10&status=ACCEPT,INSTRUCT", 400},
		{"minute > 24h", base + "/ordersheets", "createdAtFrom=2024-04-09T00%3A00&createdAtTo=2024-04-10T00%3A01&searchType=timeFrame&status=ACCEPT", 400},
		{"minute 24h ok", base + "/ordersheets", "createdAtFrom=2024-04-09T00%3A00&createdAtTo=2024-04-10T00%3A00&searchType=timeFrame&status=ACCEPT", 200},
		{"day format in minute mode", base + "/ordersheets", "createdAtFrom=2024-04-09&createdAtTo=2024-04-10&searchType=timeFrame&status=ACCEPT", 400},
		{"bad token", base + "/ordersheets", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10&nextToken=abc&status=ACCEPT", 400},
		{"cancelType with status", base + "/returnRequests", "cancelType=CANCEL&createdAtFrom=2024-04-01&createdAtTo=2024-04-10&status=UC", 400},
		{"returns without status", base + "/returnRequests", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10", 400},
		{"returns 32 days", base + "/returnRequests", "createdAtFrom=2024-03-01&createdAtTo=2024-04-02&status=UC", 400},
		{"unknown path", base + "/somewhere", "", 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, m, body := h.do("GET", tc.path, tc.query, nil)
			assert.Equal(t, tc.status, st, body)
			if st != 200 {
				assert.Equal(t, "ERROR", m["code"])
				assert.NotEmpty(t, m["message"])
			}
		})
	}
	ids := make([]int64, 51)
	st, _, _ := h.do("PUT", base+"/ordersheets/acknowledgement", "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": ids})
	assert.Equal(t, 400, st, "more than 50 boxes")
}

type listAnswer struct {
	Code      json.RawMessage  `json:"code"`
	Data      []map[string]any `json:"data"`
	NextToken string           `json:"nextToken"`
}

func (h *harness) list(query string) listAnswer {
	h.t.Helper()
	st, _, body := h.do("GET", base+"/ordersheets", query, nil)
	require.Equal(h.t, 200, st, body)
	var a listAnswer
	require.NoError(h.t, json.Unmarshal([]byte(body), &a))
	return a
}

func TestPagingAndListDelay(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ListDelay = 10 * time.Minute })
	ids := h.sim.AddOrders(7)
	q := "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&maxPerPage=3&status=ACCEPT"
	assert.Empty(t, h.list(q).Data, "not listed before 10 minutes")
	st, m, _ := h.do("GET", fmt.Sprintf("%s/ordersheets/%d", base, ids[0]), "", nil)
	require.Equal(t, 200, st, "single lookup is immediate")
	assert.Equal(t, "ACCEPT", m["data"].(map[string]any)["status"])

	h.clock.Add(10 * time.Minute)
	var got []int64
	token := ""
	pages := 0
	for {
		qq := q
		if token != "" {
			qq += "&nextToken=" + token
		}
		a := h.list(qq)
		pages++
		assert.Equal(t, "200", string(a.Code))
		assert.LessOrEqual(t, len(a.Data), 3)
		for _, d := range a.Data {
			got = append(got, int64(d["shipmentBoxId"].(float64)))
		}
		if a.NextToken == "" {
			break
		}
		token = a.NextToken
	}
	assert.Equal(t, len(ids), len(got))
	assert.Equal(t, (len(ids)+2)/3, pages)
}

func TestStateMachineAndWrites(t *testing.T) {
	h := newHarness(t, nil)
	box, err := h.sim.AddOrderOf(85872453655, 1)
	require.NoError(t, err)
	v, _ := h.sim.Box(box)
	require.Equal(t, "ACCEPT", v.Status)

	// Receiver change allowed while ACCEPT only.
	newRcv := Receiver{Name: "박서연", SafeNumber: "0502-1234-5678", Addr1: "부산광역시 해운대구 센텀중앙로 79", Addr2: "1203호", PostCode: "48058"}
	require.NoError(t, h.sim.ChangeReceiver(box, newRcv))

	// Invoice before acknowledgement fails with INVALID_STATUS.
	inv := func(id int64, number string) map[string]any {
		bv, _ := h.sim.Box(id)
		var dtos []map[string]any
		for _, vi := range bv.VendorItems {
			dtos = append(dtos, map[string]any{"shipmentBoxId": id, "orderId": bv.OrderID, "vendorItemId": vi, "deliveryCompanyCode": "CJGLS",
				"invoiceNumber": number, "splitShipping": false, "preSplitShipped": false, "estimatedShippingDate": ""})
		}
		return map[string]any{"vendorId": "A00012345", "orderSheetInvoiceApplyDtos": dtos}
	}
	st, m, _ := h.do("POST", base+"/orders/invoices", "", inv(box, "123456789012"))
	require.Equal(t, 200, st)
	assert.Equal(t, "200", m["code"], "code is a string in writes")
	data := m["data"].(map[string]any)
	assert.Equal(t, float64(99), data["responseCode"])
	assert.Equal(t, "INVALID_STATUS", data["responseList"].([]any)[0].(map[string]any)["resultCode"])

	// Acknowledge: one good, one unknown.
	st, m, _ = h.do("PUT", base+"/ordersheets/acknowledgement", "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{box, 1}})
	require.Equal(t, 200, st)
	data = m["data"].(map[string]any)
	assert.Equal(t, float64(1), data["responseCode"])
	list := data["responseList"].([]any)
	assert.Equal(t, true, list[0].(map[string]any)["succeed"])
	assert.Equal(t, "NOT_FOUND_SHIPMENT_BOX", list[1].(map[string]any)["resultCode"])
	v, _ = h.sim.Box(box)
	assert.Equal(t, "INSTRUCT", v.Status)
	assert.Error(t, h.sim.ChangeReceiver(box, newRcv), "buyer cannot change after INSTRUCT")
	require.NoError(t, h.sim.ForceChangeReceiver(box, newRcv))

	// Second acknowledgement fails: status is no longer ACCEPT.
	_, m, _ = h.do("PUT", base+"/ordersheets/acknowledgement", "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{box}})
	assert.Equal(t, float64(99), m["data"].(map[string]any)["responseCode"])

	// Invoice with a missing vendor item, then OK, then duplicate number on another box.
	bad := inv(box, "123456789012")
	bad["orderSheetInvoiceApplyDtos"].([]map[string]any)[0]["vendorItemId"] = 1
	_, m, _ = h.do("POST", base+"/orders/invoices", "", bad)
	assert.Equal(t, "NOT_FOUND_VENDOR_ITEM", m["data"].(map[string]any)["responseList"].([]any)[0].(map[string]any)["resultCode"])
	_, m, _ = h.do("POST", base+"/orders/invoices", "", inv(box, "123456789012"))
	assert.Equal(t, float64(0), m["data"].(map[string]any)["responseCode"])
	v, _ = h.sim.Box(box)
	assert.Equal(t, "DEPARTURE", v.Status)
	assert.Equal(t, "123456789012", v.Invoice)

	other, _ := h.sim.AddOrderOf(83653589505, 2)
	h.do("PUT", base+"/ordersheets/acknowledgement", "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{other}})
	_, m, _ = h.do("POST", base+"/orders/invoices", "", inv(other, "123456789012"))
	r := m["data"].(map[string]any)["responseList"].([]any)[0].(map[string]any)
	assert.Equal(t, "DUPLICATE_INVOICE_NUMBER", r["resultCode"])
	assert.Equal(t, true, r["retryRequired"])

	// Re-upload on a shipped box is refused.
	_, m, _ = h.do("POST", base+"/orders/invoices", "", inv(box, "123456789013"))
	assert.Equal(t, "NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD", m["data"].(map[string]any)["responseList"].([]any)[0].(map[string]any)["resultCode"])

	st2, err := h.sim.Advance(box)
	require.NoError(t, err)
	assert.Equal(t, "DELIVERING", st2)
	require.NoError(t, h.sim.Deliver(box))
	v, _ = h.sim.Box(box)
	assert.Equal(t, "FINAL_DELIVERY", v.Status)
	_, err = h.sim.Advance(box)
	assert.Error(t, err)

	// The fixture's bundle: upBundleSize 5 on the cashews, renamed option on request.
	require.NoError(t, h.sim.RenameOption(box, 85872453655, "1봉 160g"))
	_, m, _ = h.do("GET", fmt.Sprintf("%s/ordersheets/%d", base, box), "", nil)
	item := m["data"].(map[string]any)["orderItems"].([]any)[0].(map[string]any)
	assert.Equal(t, float64(5), item["upBundleSize"])
	assert.Equal(t, true, item["upBundleItem"])
	assert.Equal(t, "신서리티 델타 구운 캐슈넛, 5개, 160g", item["upBundleVendorItemName"])
	assert.Equal(t, "1봉 160g", item["sellerProductItemName"])
	assert.Equal(t, "1개 160g", item["firstSellerProductItemName"])
	sheet := m["data"].(map[string]any)
	assert.Equal(t, "박서연", sheet["receiver"].(map[string]any)["name"])
	assert.Equal(t, "CJ 대한통운", sheet["deliveryCompanyName"])
}

func TestCancels(t *testing.T) {
	h := newHarness(t, nil)
	accept, _ := h.sim.AddOrderOf(81000000102, 2)
	instruct, _ := h.sim.AddOrderOf(81000000201, 3)
	h.do("PUT", base+"/ordersheets/acknowledgement", "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{instruct}})

	_, err := h.sim.CancelBox(accept, 2)
	require.NoError(t, err)
	rid, err := h.sim.CancelBox(instruct, 1)
	require.NoError(t, err)
	_, err = h.sim.CancelBox(instruct, 3)
	assert.Error(t, err, "only 2 left")

	// The whole-cancelled ACCEPT box leaves the list but stays in the single lookup.
	a := h.list("createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=ACCEPT")
	assert.Empty(t, a.Data)
	_, m, _ := h.do("GET", fmt.Sprintf("%s/ordersheets/%d", base, accept), "", nil)
	it := m["data"].(map[string]any)["orderItems"].([]any)[0].(map[string]any)
	assert.Equal(t, float64(2), it["cancelCount"])
	assert.Equal(t, true, it["canceled"])

	rr := func(q string) []map[string]any {
		st, _, body := h.do("GET", base+"/returnRequests", q, nil)
		require.Equal(t, 200, st, body)
		var a listAnswer
		require.NoError(t, json.Unmarshal([]byte(body), &a))
		return a.Data
	}
	cancels := rr("cancelType=CANCEL&createdAtFrom=2024-04-10&createdAtTo=2024-04-10")
	require.Len(t, cancels, 1)
	assert.Equal(t, "CANCEL", cancels[0]["receiptType"])
	ru := rr("createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=RU")
	uc := rr("createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=UC")
	require.Len(t, ru, 1)
	require.Len(t, uc, 1, "a stop-shipment request shows under RU and UC")
	assert.Equal(t, float64(rid), ru[0]["receiptId"])
	assert.Equal(t, "RELEASE_STOP_UNCHECKED", ru[0]["receiptStatus"])
	ri := ru[0]["returnItems"].([]any)[0].(map[string]any)
	assert.Equal(t, float64(instruct), ri["shipmentBoxId"])
	assert.Equal(t, float64(1), ri["cancelCount"])

	// Invoice upload on the held box fails with the documented code.
	bv, _ := h.sim.Box(instruct)
	assert.Equal(t, 1, bv.HeldQty)
	body := map[string]any{"vendorId": "A00012345", "orderSheetInvoiceApplyDtos": []map[string]any{{"shipmentBoxId": instruct, "orderId": bv.OrderID,
		"vendorItemId": 81000000201, "deliveryCompanyCode": "HYUNDAI", "invoiceNumber": "223456789012", "splitShipping": false, "preSplitShipped": false, "estimatedShippingDate": ""}}}
	_, m, _ = h.do("POST", base+"/orders/invoices", "", body)
	assert.Equal(t, "ORDER_DELIVERY_PARTIAL_STOP_REQUESTED", m["data"].(map[string]any)["responseList"].([]any)[0].(map[string]any)["resultCode"])

	// 출고중지완료: held becomes cancelled; then the rest can ship.
	require.NoError(t, h.sim.StopShipment(rid))
	bv, _ = h.sim.Box(instruct)
	assert.Equal(t, 0, bv.HeldQty)
	assert.Equal(t, 1, bv.CanceledQty)
	assert.Equal(t, 2, bv.Units)
	_, m, _ = h.do("POST", base+"/orders/invoices", "", body)
	assert.Equal(t, float64(0), m["data"].(map[string]any)["responseCode"])
	assert.Len(t, rr("createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=CC"), 1)

	// Fully cancelled box in INSTRUCT: ORDER_DELIVERY_CANCELED.
	full, _ := h.sim.AddOrderOf(81000000601, 1)
	h.do("PUT", base+"/ordersheets/acknowledgement", "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{full}})
	rid2, _ := h.sim.CancelBox(full, 1)
	require.NoError(t, h.sim.StopShipment(rid2))
	bv, _ = h.sim.Box(full)
	body["orderSheetInvoiceApplyDtos"] = []map[string]any{{"shipmentBoxId": full, "orderId": bv.OrderID, "vendorItemId": 81000000601,
		"deliveryCompanyCode": "KGB", "invoiceNumber": "323456789012", "splitShipping": false, "preSplitShipped": false, "estimatedShippingDate": ""}}
	_, m, _ = h.do("POST", base+"/orders/invoices", "", body)
	assert.Equal(t, "ORDER_DELIVERY_CANCELED", m["data"].(map[string]any)["responseList"].([]any)[0].(map[string]any)["resultCode"])
}

func TestByOrderIDReturnsArray(t *testing.T) {
	h := newHarness(t, nil)
	box, _ := h.sim.AddOrderOf(83653589505, 1)
	bv, _ := h.sim.Box(box)
	st, m, _ := h.do("GET", fmt.Sprintf("%s/%d/ordersheets", base, bv.OrderID), "", nil)
	require.Equal(t, 200, st)
	assert.Equal(t, "200", m["code"])
	arr, ok := m["data"].([]any)
	require.True(t, ok)
	assert.Len(t, arr, 1)
}

func TestRateLimitBlock(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.RateLimit = 10; c.BlockFor = 3 * time.Minute })
	q := "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=ACCEPT"
	for i := range 10 {
		st, _, _ := h.do("GET", base+"/ordersheets", q, nil)
		require.Equal(t, 200, st, i)
	}
	st, _, _ := h.do("GET", base+"/ordersheets", q, nil)
	assert.Equal(t, 429, st, "11th call within one second")
	h.clock.Add(2 * time.Minute)
	st, _, _ = h.do("GET", base+"/ordersheets", q, nil)
	assert.Equal(t, 429, st, "still blocked")
	h.clock.Add(time.Minute + time.Second)
	st, _, _ = h.do("GET", base+"/ordersheets", q, nil)
	assert.Equal(t, 200, st, "block over")
	assert.Equal(t, 13, h.sim.Calls(EndpointOrderSheets))
}

func TestScriptedFaults(t *testing.T) {
	h := newHarness(t, nil)
	box, _ := h.sim.AddOrderOf(81000000401, 1)
	h.sim.InjectFault(EndpointAcknowledge, FaultGatewayTimeoutApplied)
	st, m, _ := h.do("PUT", base+"/ordersheets/acknowledgement", "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{box}})
	assert.Equal(t, 504, st)
	assert.Equal(t, "ERROR", m["code"])
	v, _ := h.sim.Box(box)
	assert.Equal(t, "INSTRUCT", v.Status, "the change was applied despite the 504")

	h.sim.InjectFault(EndpointOrderSheet, FaultTruncated, FaultIPNotAllowed, FaultAccessDenied, FaultServerError, FaultConnectionTimeout, FaultGatewayTimeout)
	path := fmt.Sprintf("%s/ordersheets/%d", base, box)
	st, _, body := h.do("GET", path, "", nil)
	assert.Equal(t, 200, st)
	assert.False(t, json.Valid([]byte(body)), "truncated")
	st, m, _ = h.do("GET", path, "", nil)
	assert.Equal(t, 403, st)
	assert.Contains(t, m["message"], "ip address")
	st, _, body = h.do("GET", path, "", nil)
	assert.Equal(t, 403, st)
	assert.Contains(t, body, "Access Denied")
	for _, want := range []int{500, 521, 504, 200} {
		st, _, _ = h.do("GET", path, "", nil)
		assert.Equal(t, want, st)
	}
	assert.Equal(t, 7, h.sim.Calls(EndpointOrderSheet))
	assert.Equal(t, 1, h.sim.CallCounts()[EndpointAcknowledge])
	h.sim.ResetCalls()
	assert.Zero(t, h.sim.Calls(EndpointOrderSheet))
}

func TestSeedDeterministicAndRealistic(t *testing.T) {
	a := newHarness(t, func(c *Config) { c.InitialOrders = 150; c.Seed = 7 })
	b := newHarness(t, func(c *Config) { c.InitialOrders = 150; c.Seed = 7 })
	va, vb := a.sim.Boxes(), b.sim.Boxes()
	require.Equal(t, va, vb)
	assert.GreaterOrEqual(t, len(va), 150)
	statuses := map[string]int{}
	for _, v := range va {
		statuses[v.Status]++
		assert.True(t, strings.HasPrefix(v.Receiver.SafeNumber, "0502-"))
		assert.NotEmpty(t, v.Receiver.Addr1)
	}
	for _, s := range []string{"ACCEPT", "INSTRUCT", "DEPARTURE", "DELIVERING", "FINAL_DELIVERY"} {
		assert.Positive(t, statuses[s], s)
	}
}

// FuzzServeHTTP feeds the simulator arbitrary Authorization headers, queries and bodies: it must
// answer every request with a well-formed status and never panic.
func FuzzServeHTTP(f *testing.F) {
	f.Add("GET", "/ordersheets", "createdAtFrom=2024-04-01&createdAtTo=2024-04-10&status=ACCEPT", "", "CEA algorithm=HmacSHA256, access-key=a, signed-date=240410T030000Z, signature=00")
	f.Add("PUT", "/ordersheets/acknowledgement", "", `{"vendorId":"A00012345","shipmentBoxIds":[1,2]}`, "CEA algorithm=HmacSHA256,access-key=x")
	f.Add("POST", "/orders/invoices", "", `{"vendorId":"A00012345","orderSheetInvoiceApplyDtos":[{}]}`, "")
	f.Add("GET", "/returnRequests", "cancelType=CANCEL&createdAtFrom=2024-04-10T00%3A00&createdAtTo=2024-04-10T01%3A00&searchType=timeFrame", "", "cea ,,,==")
	clock := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	cfg := DefaultConfig()
	cfg.Now, cfg.RateLimit, cfg.ListDelay, cfg.InitialOrders = clock.Now, -1, 0, 30
	sim, err := New(cfg)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, method, sub, query, body, auth string) {
		for _, signed := range []bool{false, true} {
			req := httptest.NewRequest(http.MethodGet, "/", strings.NewReader(body))
			req.Method = method
			req.URL.Path = base + sub
			req.URL.RawQuery = query
			if signed {
				date := clock.Now().UTC().Format("060102T150405Z")
				auth = fmt.Sprintf("CEA algorithm=HmacSHA256, access-key=%s, signed-date=%s, signature=%s",
					cfg.AccessKey, date, sign(cfg.SecretKey, date, method, req.URL.Path, query))
			}
			req.Header.Set("Authorization", auth)
			rec := httptest.NewRecorder()
			sim.ServeHTTP(rec, req)
			if rec.Code < 200 || rec.Code > 599 {
				t.Fatalf("status %d", rec.Code)
			}
			// errors are JSON, except the gateway's HTML "Access Denied" page of a blocked caller
			// (after repeated 404s), which the real API sends too
			blocked := rec.Code == http.StatusForbidden && strings.Contains(rec.Body.String(), "<TITLE>Access Denied</TITLE>")
			if rec.Code != http.StatusOK && !blocked && !json.Valid(rec.Body.Bytes()) {
				t.Fatalf("error body is not JSON: %q", rec.Body.String())
			}
		}
	})
}

func TestAdvanceAll(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.InitialOrders = 60; c.Seed = 5 })
	moving := 0
	for _, v := range h.sim.Boxes() {
		if v.Status == "DEPARTURE" || v.Status == "DELIVERING" {
			moving++
		}
	}
	require.Positive(t, moving)
	assert.Equal(t, moving, h.sim.AdvanceAll())
	for range 3 {
		h.sim.AdvanceAll()
	}
	for _, v := range h.sim.Boxes() {
		assert.NotContains(t, []string{"DEPARTURE", "DELIVERING"}, v.Status)
	}
}

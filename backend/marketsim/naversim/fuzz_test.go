package naversim

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sellerdesk/backend/order"
	"strings"
	"testing"
	"time"
)

// FuzzRequests: whatever a client sends, the simulator answers JSON with a trace id and never
// panics or grants access without a token.
func FuzzRequests(f *testing.F) {
	f.Add("GET", "/external/v1/pay-order/seller/product-orders/last-changed-statuses", "lastChangedFrom=2026-11-22T10%3A00%3A00.000%2B09%3A00&limitCount=0", "", "")
	f.Add("POST", "/external/v1/pay-order/seller/product-orders/query", "", "application/json", `{"productOrderIds":[1,"2",null]}`)
	f.Add("POST", "/external/v1/pay-order/seller/product-orders/dispatch", "", "application/json", `{"dispatchProductOrders":[{"productOrderId":"x"}]}`)
	f.Add("POST", "/external/v1/oauth2/token", "", "application/x-www-form-urlencoded", "client_id=a&timestamp=1&grant_type=client_credentials&client_secret_sign=%%&type=SELF")
	f.Add("GET", "/external/v1/pay-order/seller/product-orders", "from=x&rangeType=PAYED_DATETIME&page=-1", "", "")
	f.Add("GET", "/external/v1/pay-order/seller/orders//product-order-ids", "", "", "")
	clock := func() time.Time { return time.Date(2026, 11, 22, 10, 0, 0, 0, order.KST()) }
	f.Fuzz(func(t *testing.T, method, path, query, contentType, body string) {
		for _, withToken := range []bool{false, true} {
			s := New(Config{ClientID: simID, ClientSecret: simSecret, Clock: clock, NoRateLimit: true})
			s.AddOrders(3)
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.Method = method
			req.URL.Path, req.URL.RawQuery = path, query
			req.Body = http.NoBody
			if body != "" {
				req.Body = httptestBody(body)
			}
			req.Header.Set("Content-Type", contentType)
			if withToken {
				s.tokens["fuzz-token"] = clock().Add(time.Hour)
				req.Header.Set("Authorization", "Bearer fuzz-token")
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, req)
			if w.Header().Get("GNCP-GW-Trace-ID") == "" {
				t.Fatal("no trace id")
			}
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("answer is not JSON: %q", w.Body.String())
			}
			if !withToken && w.Code == http.StatusOK && !strings.HasSuffix(path, "/oauth2/token") {
				t.Fatalf("%s %s answered 200 without a token", method, path)
			}
		}
	})
}

func httptestBody(s string) *readCloser { return &readCloser{strings.NewReader(s)} }

type readCloser struct{ *strings.Reader }

func (readCloser) Close() error { return nil }

package naver

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func addFixtureSeeds(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", "naver", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzDecodeProductOrders: any /query answer either fails to decode or maps without panicking,
// and every mapped shipment is valid.
func FuzzDecodeProductOrders(f *testing.F) {
	addFixtureSeeds(f, "query_response.json")
	f.Add([]byte(`{"data":[{"order":{"orderId":1},"productOrder":{"productOrderId":2,"productOrderStatus":"PAYED","productName":"x","quantity":-1}}]}`))
	f.Add([]byte(`{"data":[{"productOrder":{"productOrderId":"1","productOrderStatus":"PAYED"},"currentClaim":{},"cancel":{"claimStatus":"CANCEL_DONE"}}]}`))
	f.Add([]byte(`{"data":null}`))
	f.Add([]byte(`{"data":[{"productOrder":{"unitPrice":1e400}}]}`))
	f.Add([]byte(`{"data":[{"productOrder":{"productOrderId":"3","productOrderStatus":"PAYED","productName":"케이크","deliveryAttributeType":"HOPE","hopeDelivery":{"hopeDeliveryYmd":"20261224","hopeDeliveryHm":"1500","region":"서울","additionalFee":3000}}}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var elems []json.RawMessage
		if err := decodeData(body, &elems, true); err != nil {
			return
		}
		data, bad := decodeDetails(elems)
		if len(data)+len(bad) != len(elems) {
			t.Fatalf("%d elements became %d decoded + %d undecodable", len(elems), len(data), len(bad))
		}
		for _, u := range bad {
			if u.Err == nil || len(u.Raw) == 0 {
				t.Fatal("undecodable element without error or raw bytes")
			}
		}
		for i := range data {
			s, err := ToShipment(&data[i], nil)
			if err != nil {
				continue
			}
			if verr := s.Validate(); verr != nil {
				t.Fatalf("ToShipment returned an invalid shipment: %v", verr)
			}
			if len(data[i].Raw) == 0 {
				t.Fatal("raw JSON not kept")
			}
		}
	})
}

// FuzzDecodeChangedStatuses: feed pages decode or fail cleanly; events only come from known types.
func FuzzDecodeChangedStatuses(f *testing.F) {
	addFixtureSeeds(f, "changed_statuses.json", "list_response.json")
	f.Add([]byte(`{"data":{"count":1,"lastChangeStatuses":[{"productOrderId":1e3,"lastChangedDate":"2022-01-01T00:00:00.0000000000+09:00"}]}}`))
	f.Add([]byte(`{"data":{"more":{"moreFrom":"x"}}}`))
	f.Add([]byte(`{"timestamp":"2026-11-22T09:30:00.000+09:00","traceId":"t"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var page ChangedStatusesPage
		if err := decodeData(body, &page, true); err != nil {
			return
		}
		for _, row := range page.Statuses {
			for _, e := range EventsFromFeed(row) {
				if e.Kind == "" {
					t.Fatal("event without kind")
				}
			}
		}
	})
}

// FuzzParseTime: parsed times format back and re-parse to the same instant (to the millisecond).
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2022-01-01T01:01:01.001+09:00", "2022-01-01T01:01:01+09:00", "2022-01-01T01:01:01.1+09:00",
		"2022-01-01T01:01:01.123456789+09:00", "2022-01-01", "2022-01-01T01:01:01.5", "", "null", "+09:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := ParseTime(s)
		if err != nil || tm.IsZero() || tm.Year() < 1 || tm.Year() > 9999 {
			return
		}
		back, err := ParseTime(FormatTime(tm))
		if err != nil {
			t.Fatalf("FormatTime output %q does not parse: %v", FormatTime(tm), err)
		}
		if !back.Equal(tm.Truncate(time.Millisecond)) && back.Sub(tm).Abs() >= time.Millisecond {
			t.Fatalf("round trip %q: %v != %v", s, back, tm)
		}
	})
}

// FuzzParseAPIError: any error answer gives an APIError with the status kept.
func FuzzParseAPIError(f *testing.F) {
	f.Add(429, []byte(`{"code":"GW.QUOTA_LIMIT","message":"할당된 시간당 요청량을 초과하였습니다."}`))
	f.Add(400, []byte(`{"code":"BAD_REQUEST","invalidInputs":[{"name":"a","type":"b","message":"c"}]}`))
	f.Add(502, []byte(`<html>bad gateway</html>`))
	f.Add(401, []byte(``))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		e := parseAPIError("fuzz", status, http.Header{}, body)
		if e.HTTPStatus != status {
			t.Fatal("status lost")
		}
		if e.SellerMessage() == "" || e.Error() == "" {
			t.Fatal("empty message")
		}
		if json.Valid(body) && len(body) > 0 && body[0] == '{' && e.Code == "" && status != 429 {
			var eb errorBody
			if json.Unmarshal(body, &eb) == nil && eb.Code != "" {
				t.Fatal("code in a valid body was lost")
			}
		}
	})
}

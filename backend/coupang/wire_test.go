package coupang

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sellerdesk/backend/order"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readFixture(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "coupang", "coupang_ordersheets_seed_example.json"))
	require.NoError(t, err)
	return b
}

func kt(y int, mo time.Month, d, h, mi, s int) time.Time {
	return time.Date(y, mo, d, h, mi, s, 0, order.KST())
}

func TestDecodeFixtureEveryField(t *testing.T) {
	page, err := DecodeOrderSheetPage(readFixture(t))
	require.NoError(t, err)
	assert.Equal(t, Code("200"), page.Code)
	assert.True(t, page.Code.OK())
	assert.Equal(t, "OK", page.Message)
	assert.Equal(t, "448537989", page.NextToken)
	require.Len(t, page.Sheets, 2)

	a := page.Sheets[0]
	assert.Equal(t, Int64(642538970006401429), a.ShipmentBoxID)
	assert.Equal(t, Int64(9100041863244), a.OrderID)
	assert.True(t, kt(2024, 4, 8, 22, 54, 46).Equal(a.OrderedAt.Time))
	assert.Equal(t, Orderer{Name: "이*주", Email: "", SafeNumber: "0502-4***-3501", OrdererNumber: ""}, a.Orderer)
	assert.True(t, kt(2024, 4, 8, 22, 54, 56).Equal(a.PaidAt.Time))
	assert.Equal(t, "FINAL_DELIVERY", a.Status)
	assert.Equal(t, Int64(0), a.ShippingPrice)
	assert.Equal(t, Int64(0), a.RemotePrice)
	assert.False(t, a.RemoteArea)
	assert.Equal(t, "문 앞", a.ParcelPrintMessage)
	assert.False(t, a.SplitShipping)
	assert.False(t, a.AbleSplitShipping)
	assert.Equal(t, Receiver{Name: "이*주", SafeNumber: "0502-4***-3501", ReceiverNumber: "", Addr1: "***", Addr2: "***", PostCode: "***84"}, a.Receiver)
	require.Len(t, a.OrderItems, 1)
	ai := a.OrderItems[0]
	assert.Equal(t, OrderItem{
		VendorItemPackageID:        0,
		VendorItemPackageName:      "신서리티 델타 구운 캐슈넛",
		ProductID:                  7313251147,
		VendorItemID:               85872453655,
		VendorItemName:             "신서리티 델타 구운 캐슈넛, 5개, 160g",
		ShippingCount:              1,
		SalesPrice:                 41000,
		OrderPrice:                 41000,
		DiscountPrice:              0,
		InstantCouponDiscount:      0,
		DownloadableCouponDiscount: 0,
		CoupangDiscount:            0,
		ExternalVendorSkuCode:      "",
		EtcInfoHeader:              "",
		EtcInfoValue:               "",
		EtcInfoValues:              nil,
		SellerProductID:            14091699106,
		SellerProductName:          "신서리티 델타 구운 캐슈넛 160g",
		SellerProductItemName:      "1개 160g",
		FirstSellerProductItemName: "1개 160g",
		CancelCount:                0,
		HoldCountForCancel:         0,
		EstimatedShippingDate:      Time{Time: kt(2024, 4, 9, 0, 0, 0)},
		PlannedShippingDate:        Time{},
		InvoiceNumberUploadDate:    Time{Time: kt(2024, 4, 9, 19, 15, 38)},
		ExtraProperties:            json.RawMessage(`{}`),
		PricingBadge:               false,
		UsedProduct:                false,
		ConfirmDate:                Time{},
		DeliveryChargeTypeName:     "무료",
		UpBundleVendorItemID:       88049657337,
		UpBundleVendorItemName:     "신서리티 델타 구운 캐슈넛, 5개, 160g",
		UpBundleSize:               5,
		UpBundleItem:               true,
		Canceled:                   false,
	}, ai)
	assert.Equal(t, 1, ai.ShippableCount())
	assert.Equal(t, OverseaShippingInfo{}, a.OverseaShippingInfo)
	assert.Equal(t, "로젠택배", a.DeliveryCompanyName)
	assert.Equal(t, "***00402083", a.InvoiceNumber)
	assert.True(t, kt(2024, 4, 9, 22, 41, 0).Equal(a.InTransitDateTime.Time))
	assert.True(t, kt(2024, 4, 11, 9, 57, 0).Equal(a.DeliveredDate.Time))
	assert.Equal(t, "안드로이드앱", a.Refer)
	assert.Equal(t, "THIRD_PARTY", a.ShipmentType)
	assert.True(t, strings.HasPrefix(string(a.Raw), `{`) && strings.Contains(string(a.Raw), `"shipmentBoxId": 642538970006401429`))
	assert.True(t, json.Valid(a.Raw))

	b := page.Sheets[1]
	assert.Equal(t, Int64(642538970006401428), b.ShipmentBoxID)
	assert.Equal(t, Int64(4100042183223), b.OrderID)
	assert.True(t, kt(2024, 4, 9, 13, 2, 2).Equal(b.OrderedAt.Time))
	assert.Equal(t, Orderer{Name: "류*영", Email: "st*****@na", SafeNumber: "0502-4***-5824"}, b.Orderer)
	assert.True(t, kt(2024, 4, 9, 13, 2, 11).Equal(b.PaidAt.Time))
	assert.Equal(t, "FINAL_DELIVERY", b.Status)
	assert.Equal(t, Int64(0), b.ShippingPrice)
	assert.Equal(t, Int64(0), b.RemotePrice)
	assert.False(t, b.RemoteArea)
	assert.Equal(t, "직접 받고 부재 시 문 앞", b.ParcelPrintMessage)
	assert.False(t, b.SplitShipping)
	assert.False(t, b.AbleSplitShipping)
	assert.Equal(t, Receiver{Name: "류*영", SafeNumber: "0502-41***-5824", Addr1: "***", Addr2: "***", PostCode: "1***3"}, b.Receiver)
	require.Len(t, b.OrderItems, 1)
	assert.Equal(t, OrderItem{
		VendorItemPackageName:      "신서리티 캘리포니아 레몬과즙 파우더 150g",
		ProductID:                  6875929180,
		VendorItemID:               83653589505,
		VendorItemName:             "신서리티 미국산 레몬 가루 150g x 3개",
		ShippingCount:              1,
		SalesPrice:                 40400,
		OrderPrice:                 40400,
		SellerProductID:            13653570850,
		SellerProductName:          "신서리티 미국산 레몬 가루 150g x 3개",
		SellerProductItemName:      "3개 150g",
		FirstSellerProductItemName: "3개 150g",
		EstimatedShippingDate:      Time{Time: kt(2024, 4, 11, 0, 0, 0)},
		InvoiceNumberUploadDate:    Time{Time: kt(2024, 4, 9, 19, 15, 36)},
		ExtraProperties:            json.RawMessage(`{}`),
		DeliveryChargeTypeName:     "무료",
		UpBundleItem:               false,
	}, b.OrderItems[0])
	assert.Equal(t, OverseaShippingInfo{}, b.OverseaShippingInfo)
	assert.Equal(t, "로젠택배", b.DeliveryCompanyName)
	assert.Equal(t, "***11719925", b.InvoiceNumber)
	assert.True(t, kt(2024, 4, 9, 22, 40, 0).Equal(b.InTransitDateTime.Time))
	assert.True(t, kt(2024, 4, 11, 16, 11, 0).Equal(b.DeliveredDate.Time))
	assert.Equal(t, "안드로이드앱", b.Refer)
	assert.Equal(t, "THIRD_PARTY", b.ShipmentType)
	assert.Contains(t, string(b.Raw), `"upBundleSize": null`)
}

func TestCodeBothTypes(t *testing.T) {
	tests := []struct {
		in   string
		want Code
		ok   bool
	}{
		{`200`, "200", true}, {`"200"`, "200", true}, {`"SUCCESS"`, "SUCCESS", true},
		{`"ERROR"`, "ERROR", false}, {`400`, "400", false}, {`null`, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			page, err := DecodeOrderSheetPage([]byte(`{"code":` + tc.in + `,"message":"m","data":[]}`))
			require.NoError(t, err)
			assert.Equal(t, tc.want, page.Code)
			assert.Equal(t, tc.ok, page.Code.OK())
		})
	}
	_, err := DecodeOrderSheetPage([]byte(`{"code":{"x":1}}`))
	assert.ErrorIs(t, err, ErrMalformedResponse)
}

func TestDecodeOrderSheetsObjectOrArray(t *testing.T) {
	obj := `{"shipmentBoxId":642538970006401429,"orderId":"9100041863244","status":"INSTRUCT","orderItems":[]}`
	tests := []struct {
		name string
		data string
		ids  []Int64
	}{
		{"object", obj, []Int64{642538970006401429}},
		{"array", `[` + obj + `,{"shipmentBoxId":2}]`, []Int64{642538970006401429, 2}},
		{"null", `null`, nil},
		{"empty array", `[]`, nil},
		{"absent", ``, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sheets, err := DecodeOrderSheets(json.RawMessage(tc.data))
			require.NoError(t, err)
			var ids []Int64
			for _, s := range sheets {
				ids = append(ids, s.ShipmentBoxID)
			}
			assert.Equal(t, tc.ids, ids)
		})
	}
	sheets, err := DecodeOrderSheets(json.RawMessage(obj))
	require.NoError(t, err)
	assert.Equal(t, Int64(9100041863244), sheets[0].OrderID, "numeric string id")
	_, err = DecodeOrderSheets(json.RawMessage(`"x"`))
	assert.ErrorIs(t, err, ErrMalformedResponse)
}

func TestLargeIDsStayExact(t *testing.T) {
	// 2^53+1 would be rounded by a float64 decoder.
	sheets, err := DecodeOrderSheets(json.RawMessage(`{"shipmentBoxId":9007199254740993,"orderId":999999999999999999}`))
	require.NoError(t, err)
	assert.Equal(t, Int64(9007199254740993), sheets[0].ShipmentBoxID)
	assert.Equal(t, Int64(999999999999999999), sheets[0].OrderID)
	_, err = DecodeOrderSheets(json.RawMessage(`{"shipmentBoxId":1.5}`))
	assert.Error(t, err)
}

func TestTimeStyles(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{`"2024-04-08T22:54:46"`, kt(2024, 4, 8, 22, 54, 46)},
		{`"2024-04-09 22:41:00"`, kt(2024, 4, 9, 22, 41, 0)},
		{`"2024-04-09T22:41"`, kt(2024, 4, 9, 22, 41, 0)},
		{`"2024-04-09 22:41"`, kt(2024, 4, 9, 22, 41, 0)},
		{`"2024-04-09"`, kt(2024, 4, 9, 0, 0, 0)},
		{`"2024-04-09T13:41:00Z"`, kt(2024, 4, 9, 22, 41, 0)},
		{`""`, time.Time{}},
		{`null`, time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var v Time
			require.NoError(t, json.Unmarshal([]byte(tc.in), &v))
			assert.True(t, tc.want.Equal(v.Time), "got %v", v.Time)
			if !v.IsZero() {
				_, off := v.Zone()
				assert.Equal(t, 9*3600, off)
			}
		})
	}
	for _, odd := range []string{`"yesterday"`, `12`, `{"a":1}`} {
		var v Time
		require.NoError(t, json.Unmarshal([]byte(odd), &v), "an odd time does not fail the sheet")
		assert.True(t, v.IsZero())
		assert.NotEmpty(t, v.Unparsed)
	}
	_, err := ParseTime("yesterday")
	assert.Error(t, err)
}

func TestDecodeToleratesNullsAndUnknownFields(t *testing.T) {
	body := `{"code":200,"data":[{"shipmentBoxId":7,"orderId":8,"orderer":null,"receiver":null,"orderItems":[{"vendorItemId":1,"shippingCount":null,"upBundleSize":null,"etcInfoValues":null,"brandNew":{"x":[1,2]}}],
	"parcelPrintMessage":null,"deliveryCompanyName":null,"futureField":"x","inTrasitDateTime":null}],"nextToken":null}`
	page, err := DecodeOrderSheetPage([]byte(body))
	require.NoError(t, err)
	require.Len(t, page.Sheets, 1)
	assert.Equal(t, "", page.NextToken)
	assert.Equal(t, Int64(7), page.Sheets[0].ShipmentBoxID)
	assert.Equal(t, 0, page.Sheets[0].OrderItems[0].ShippingCount)
}

func TestNextTokenAsNumber(t *testing.T) {
	page, err := DecodeOrderSheetPage([]byte(`{"code":200,"data":[],"nextToken":448537989}`))
	require.NoError(t, err)
	assert.Equal(t, "448537989", page.NextToken)
}

func TestDecodeWriteResult(t *testing.T) {
	body := `{"code":"200","message":"OK","data":{"responseKey":-7326489997410939972,"responseCode":1,
 "responseMessage":"apply instructStatus result - Partial errors.",
 "responseList":[
  {"shipmentBoxId":102391542,"succeed":true,"resultCode":"OK","retryRequired":false,"resultMessage":"request succeeded."},
  {"shipmentBoxId":102391599,"succeed":false,"resultCode":"NOT_FOUND_SHIPMENT_BOX","retryRequired":true,"resultMessage":"shipmentBoxId (102391599) is not found."}]}}`
	code, msg, w, err := DecodeWriteResult([]byte(body))
	require.NoError(t, err)
	assert.Equal(t, Code("200"), code)
	assert.Equal(t, "OK", msg)
	assert.Equal(t, Int64(-7326489997410939972), w.ResponseKey)
	assert.Equal(t, ResponsePartialError, w.ResponseCode)
	assert.Equal(t, "apply instructStatus result - Partial errors.", w.ResponseMessage)
	assert.Equal(t, []BoxResult{
		{ShipmentBoxID: 102391542, Succeed: true, ResultCode: "OK", ResultMessage: "request succeeded."},
		{ShipmentBoxID: 102391599, Succeed: false, ResultCode: "NOT_FOUND_SHIPMENT_BOX", RetryRequired: true, ResultMessage: "shipmentBoxId (102391599) is not found."},
	}, w.ResponseList)
	assert.Len(t, w.Failed(), 1)

	_, _, _, err = DecodeWriteResult([]byte(body[:len(body)/2]))
	assert.ErrorIs(t, err, ErrMalformedResponse, "truncated")
}

func TestDecodeReturnRequests(t *testing.T) {
	body := `{"code":"SUCCESS","message":"OK","data":[{"receiptId":363667,"orderId":9100041863244,"paymentId":1,"receiptType":"RETURN",
	"receiptStatus":"RELEASE_STOP_UNCHECKED","createdAt":"2024-04-09T10:00:00","modifiedAt":"2024-04-09 10:05:00","requesterName":"이*주",
	"cancelReasonCategory1":"고객변심","cancelReasonCategory2":"단순변심","cancelReason":"필요 없어짐","cancelCountSum":2,
	"returnItems":[{"vendorItemId":85872453655,"purchaseCount":3,"cancelCount":2,"shipmentBoxId":642538970006401429,"releaseStatus":"N"}],
	"returnDeliveryDtos":[{"deliveryCompanyCode":"CJGLS","deliveryInvoiceNo":"123"}]}],"nextToken":""}`
	page, err := DecodeReturnRequestPage([]byte(body))
	require.NoError(t, err)
	require.Len(t, page.Requests, 1)
	r := page.Requests[0]
	assert.True(t, page.Code.OK())
	assert.Equal(t, Int64(363667), r.ReceiptID)
	assert.Equal(t, "RELEASE_STOP_UNCHECKED", r.ReceiptStatus)
	assert.True(t, kt(2024, 4, 9, 10, 5, 0).Equal(r.ModifiedAt.Time))
	assert.Equal(t, 2, r.CancelCountSum)
	assert.Equal(t, Int64(642538970006401429), r.ReturnItems[0].ShipmentBoxID)
	assert.Equal(t, "CJGLS", r.ReturnDeliveryDtos[0].DeliveryCompanyCode)
	assert.True(t, json.Valid(r.Raw))

	one, err := DecodeReturnRequestPage([]byte(`{"code":200,"data":{"receiptId":5}}`))
	require.NoError(t, err)
	require.Len(t, one.Requests, 1)
	assert.Equal(t, Int64(5), one.Requests[0].ReceiptID)
}

func FuzzDecodeOrderSheetPage(f *testing.F) {
	f.Add(readFixture(f))
	f.Add([]byte(`{"code":"200","data":{"shipmentBoxId":"1"}}`))
	f.Add([]byte(`{"code":200,"data":null,"nextToken":12}`))
	f.Add([]byte(`{"code":200,"data":[{"shipmentBoxId":5,"status":"ACCEPT","orderItems":[{"vendorItemId":1,"shippingCount":-2}]}]}`))
	f.Add([]byte(`{"code":200,"data":[{"orderedAt":"2024-04-09 22:41","orderItems":[{"upBundleSize":null}]}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		page, err := DecodeOrderSheetPage(b)
		if err != nil {
			return
		}
		for _, s := range page.Sheets {
			if !json.Valid(s.Raw) {
				t.Fatalf("raw of a decoded sheet is not valid JSON: %q", s.Raw)
			}
			sh, err := ToShipment(s)
			if err == nil {
				require.NoError(t, sh.Validate())
			}
		}
	})
}

func FuzzDecodeReturnRequestPage(f *testing.F) {
	f.Add([]byte(`{"code":"SUCCESS","data":[{"receiptId":1,"returnItems":[{"shipmentBoxId":2,"cancelCount":1}]}],"nextToken":""}`))
	f.Add([]byte(`{"code":200,"data":{"receiptId":"5","createdAt":"2024-01-01T00:00"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		page, err := DecodeReturnRequestPage(b)
		if err != nil {
			return
		}
		for _, r := range page.Requests {
			for _, c := range ToClaims(r) {
				if c.ShipmentID == "" || c.ShipmentKey != "coupang/"+c.ShipmentID {
					t.Fatalf("bad claim key %+v", c)
				}
			}
		}
	})
}

func FuzzDecodeWriteResult(f *testing.F) {
	f.Add([]byte(`{"code":"200","message":"OK","data":{"responseCode":0,"responseMessage":"SUCCESS","responseList":[{"shipmentBoxId":606920263,"succeed":true,"resultCode":"OK","retryRequired":false,"resultMessage":null}]}}`))
	f.Add([]byte(`{"code":"ERROR","message":"x"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _, w, err := DecodeWriteResult(b)
		if err == nil && len(w.Failed()) > len(w.ResponseList) {
			t.Fatal("more failures than results")
		}
	})
}

func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2024-04-08T22:54:46", "2024-04-09 22:41:00", "2024-04-09T22:41", "2024-04-09", "", "2024-13-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseTime(s)
		if err == nil && !v.IsZero() {
			if _, off := v.Zone(); off != 9*3600 {
				t.Fatalf("%q parsed outside order.KST(): %v", s, v)
			}
		}
	})
}

func BenchmarkDecode50BoxPage(b *testing.B) {
	page, err := DecodeOrderSheetPage(readFixture(b))
	require.NoError(b, err)
	var raws []json.RawMessage
	for i := range 50 {
		raws = append(raws, page.Sheets[i%2].Raw)
	}
	data, err := json.Marshal(raws)
	require.NoError(b, err)
	body := []byte(`{"code":200,"message":"OK","data":` + string(data) + `,"nextToken":"1"}`)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		p, err := DecodeOrderSheetPage(body)
		if err != nil || len(p.Sheets) != 50 {
			b.Fatal(err)
		}
	}
}

// TestOnePageSheetThatDoesNotDecodeLeavesTheOthers: a sheet with a value no integer holds is
// reported as unreadable (with its box id) and the page's other sheets are read; the whole-list
// calls still fail on it.
func TestOnePageSheetThatDoesNotDecodeLeavesTheOthers(t *testing.T) {
	body := `{"code":200,"data":[{"shipmentBoxId":1,"orderItems":[{"shippingCount":1}]},` +
		`{"shipmentBoxId":2,"orderItems":[{"shippingCount":99999999999999999999}]},` +
		`{"shipmentBoxId":3,"orderItems":[{"shippingCount":2}]}],"nextToken":"t"}`
	page, err := DecodeOrderSheetPage([]byte(body))
	require.NoError(t, err)
	require.Len(t, page.Sheets, 2)
	assert.Equal(t, Int64(1), page.Sheets[0].ShipmentBoxID)
	assert.Equal(t, Int64(3), page.Sheets[1].ShipmentBoxID)
	require.Len(t, page.Unreadable, 1)
	assert.Equal(t, int64(2), page.Unreadable[0].ShipmentBoxID)
	assert.ErrorIs(t, page.Unreadable[0].Err, ErrMalformedResponse)
	assert.Contains(t, string(page.Unreadable[0].Raw), "99999999999999999999")
	assert.Equal(t, "t", page.NextToken)

	_, err = DecodeOrderSheets(json.RawMessage(`[{"shipmentBoxId":1},{"shipmentBoxId":2,"orderItems":[{"shippingCount":1e30}]}]`))
	assert.ErrorIs(t, err, ErrMalformedResponse)
}

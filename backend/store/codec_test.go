package store

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

var writeBoxDict = flag.Bool("write-box-dict", false, "rewrite backend/store/boxdict1.bin (never for a released format)")

// TestWriteBoxDictionary writes the zstd dictionary of box format 1 from the shape of the
// documents a box holds: the documented Coupang order sheet (testdata, product names replaced),
// a Naver product-order detail with the fields the client reads, and our own shipment JSON, with
// placeholder values. It is deliberately not built from the generated test data, so that the
// bench measures compression as a seller's real boxes would get it. Run with -write-box-dict
// only to create a NEW format: boxdict1.bin is frozen.
func TestWriteBoxDictionary(t *testing.T) {
	if !*writeBoxDict {
		t.Skip("run with -write-box-dict to rewrite boxdict1.bin")
	}
	var buf bytes.Buffer
	// Coupang: the documented order sheet, with the product names made generic.
	var sheets struct {
		Data []map[string]any `json:"data"`
	}
	data, err := os.ReadFile("../../testdata/coupang/coupang_ordersheets_seed_example.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &sheets))
	require.NotEmpty(t, sheets.Data)
	sheet := sheets.Data[0]
	for _, it := range sheet["orderItems"].([]any) {
		item := it.(map[string]any)
		for _, k := range []string{"vendorItemPackageName", "vendorItemName", "sellerProductName", "upBundleVendorItemName"} {
			item[k] = "상품명, 옵션"
		}
		item["sellerProductItemName"], item["firstSellerProductItemName"] = "옵션", "옵션"
	}
	writeJSON(t, &buf, sheet)
	// Naver: a product-order detail as the API returns it.
	writeJSON(t, &buf, map[string]any{
		"order": map[string]any{
			"orderId": "2026010110000000", "orderDate": "2026-01-01T00:00:00.0+09:00", "ordererId": "abcd****",
			"ordererName": "홍길동", "ordererTel": "010-0000-0000", "paymentDate": "2026-01-01T00:00:00.0+09:00",
			"paymentMeans": "신용카드", "payLocationType": "MOBILE", "orderDiscountAmount": 0, "generalPaymentAmount": 10000,
			"naverMileagePaymentAmount": 0, "isDeliveryMemoParticularInput": "false", "isMembershipSubscribed": false,
		},
		"productOrder": map[string]any{
			"productOrderId": "2026010100000000", "productOrderStatus": "PAYED", "placeOrderStatus": "NOT_YET",
			"placeOrderDate": "2026-01-01T00:00:00.0+09:00", "productId": "1000000000", "originalProductId": "1000000000",
			"productName": "상품명", "productOption": "옵션: 선택", "optionCode": "1000000000", "itemNo": "1000000000",
			"optionManageCode": "CODE-1", "sellerProductCode": "CODE", "quantity": 1, "initialQuantity": 1, "remainQuantity": 1,
			"unitPrice": 10000, "optionPrice": 0, "totalProductAmount": 10000, "totalPaymentAmount": 10000,
			"initialPaymentAmount": 10000, "remainPaymentAmount": 10000, "productDiscountAmount": 0, "deliveryFeeAmount": 3000,
			"deliveryPolicyType": "유료", "shippingFeeType": "선결제", "packageNumber": "2026010120000000", "mallId": "ncp_1",
			"shippingDueDate": "2026-01-04T00:00:00.0+09:00", "shippingMemo": "문 앞에 놓아주세요",
			"expectedDeliveryMethod": "DELIVERY", "deliveryAttributeType": "NORMAL", "productClass": "단일상품",
			"taxType": "TAX", "inflowPath": "검색>네이버쇼핑", "decisionDate": "", "claimType": "RETURN", "claimStatus": "RETURN_REQUEST",
			"shippingAddress": map[string]any{
				"name": "홍길동", "tel1": "010-0000-0000", "tel2": "", "baseAddress": "서울특별시 강남구 테헤란로 1",
				"detailedAddress": "101동 101호", "zipCode": "06000", "addressType": "DOMESTIC", "isRoadNameAddress": true,
				"pickupLocationType": "FRONT_OF_DOOR",
			},
		},
		"delivery": map[string]any{
			"deliveryMethod": "DELIVERY", "deliveryCompany": "CJGLS", "trackingNumber": "000000000000",
			"sendDate": "2026-01-02T00:00:00.0+09:00", "deliveredDate": "2026-01-03T00:00:00.0+09:00",
			"deliveryStatus": "DELIVERY_COMPLETION", "isWrongTrackingNumber": false,
		},
	})
	// Our shipment JSON, both marketplaces, every field set.
	at := time.Date(2026, 1, 1, 9, 0, 0, 0, order.KST())
	recv := order.Receiver{Name: "홍길동", Phone: "010-0000-0000", Phone2: "010-0000-0000", Zip: "06000",
		Address1: "서울특별시 강남구 테헤란로 1", Address2: "101동 101호", Message: "부재 시 경비실에 맡겨주세요"}
	for _, m := range []order.Marketplace{order.Coupang, order.Naver} {
		sh := order.Shipment{Marketplace: m, ID: "2026010100000000", OrderID: "2026010110000000", PackageNumber: "2026010120000000",
			Status: order.StatusAcknowledged, MarketStatus: "PAYED/OK", OrderedAt: at, PaidAt: at, ChangedAt: at, AcknowledgedAt: at,
			OrdererName: "홍길동", Receiver: recv, PreviousReceiver: &recv,
			Lines: []order.Line{{ItemID: "1000000000", ProductID: "1000000000", ProductName: "상품명", OptionName: "옵션",
				ExposedName: "상품명, 옵션", FirstOptionName: "옵션", SellerCode: "CODE", Quantity: 1, CanceledQty: 1, HeldQty: 1,
				BundleSize: 2, UnitPrice: 10000, TotalPrice: 10000}},
			ShippingFee: 3000, Courier: "CJ대한통운", TrackingNumber: "000000000000",
			Claim:     &order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REQUEST", RequestedAt: at, Reason: "단순 변심", Open: true},
			Events:    []order.Event{{Kind: order.EventAddressChanged, MarketType: "DELIVERY_ADDRESS_CHANGED", At: at}},
			NoCombine: true,
			Findings: []order.Finding{{Code: order.AddressChanged, Severity: order.Block, Line: -1, RaisedAt: at, Message: "배송지가 바뀌었습니다.",
				Evidence:   []order.Evidence{{Field: "address", Old: "서울특별시", New: "서울특별시"}},
				Resolution: &order.Resolution{Kind: order.Resolved, By: "seller", At: at}}},
			FirstSeenAt: at.UTC(), UpdatedAt: at.UTC(),
		}
		if m == order.Coupang {
			sh.Status, sh.MarketStatus = order.StatusPaid, "ACCEPT"
		}
		writeJSON(t, &buf, sh)
	}
	require.NoError(t, os.WriteFile("boxdict1.bin", buf.Bytes(), 0o644))
	t.Logf("wrote boxdict1.bin (%d bytes, sha256 %s)", buf.Len(), boxDictHash())
}

func writeJSON(t *testing.T, buf *bytes.Buffer, v any) {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	buf.Write(data)
}

// TestBoxDictionaryIsFrozen: the dictionary is part of the file format; a changed dictionary
// would make every stored box unreadable.
func TestBoxDictionaryIsFrozen(t *testing.T) {
	assert.Equal(t, boxDict1SHA256, boxDictHash())
}

func TestBoxRoundTripAndDamage(t *testing.T) {
	c, err := newCodec()
	require.NoError(t, err)
	defer c.close()
	for _, tt := range []struct{ ship, raw string }{
		{`{"id":"1"}`, `{"x":1}`},
		{`{"id":"2"}`, ``},
		{`{}`, `[` + string(bytes.Repeat([]byte(`"가나다",`), 5000)) + `1]`},
	} {
		box, _ := c.encodeBox([]byte(tt.ship), []byte(tt.raw), nil)
		ship, raw, err := c.decodeBox(box, nil)
		require.NoError(t, err)
		assert.Equal(t, tt.ship, string(ship))
		assert.Equal(t, tt.raw, string(raw))
	}
	box, _ := c.encodeBox([]byte(`{"id":"1"}`), []byte(`{"x":1}`), nil)
	for _, bad := range [][]byte{nil, {1}, {2, 0, 0}, append([]byte{1}, box[1:len(box)-3]...), append(bytes.Clone(box[:len(box)-1]), box[len(box)-1]^0xff)} {
		_, _, err := c.decodeBox(bad, nil)
		assert.ErrorIs(t, err, errBoxDamaged)
	}
}

func FuzzDecodeBox(f *testing.F) {
	c, err := newCodec()
	require.NoError(f, err)
	box, _ := c.encodeBox([]byte(`{"id":"1"}`), []byte(`{"x":1}`), nil)
	f.Add(box)
	f.Add([]byte{1, 0x28, 0xb5, 0x2f, 0xfd})
	f.Fuzz(func(t *testing.T, b []byte) {
		ship, raw, err := c.decodeBox(b, nil)
		if err == nil && len(ship)+len(raw) > maxBoxJSON {
			t.Fatalf("decoded %d bytes", len(ship)+len(raw))
		}
	})
}

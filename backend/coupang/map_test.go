package coupang

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

func TestMapStatus(t *testing.T) {
	tests := []struct {
		in   string
		want order.Status
	}{
		{"ACCEPT", order.StatusPaid},
		{"INSTRUCT", order.StatusAcknowledged},
		{"DEPARTURE", order.StatusShipped},
		{"DELIVERING", order.StatusDelivering},
		{"FINAL_DELIVERY", order.StatusDelivered},
		{"NONE_TRACKING", order.StatusDelivered},
	}
	for _, tc := range tests {
		got, err := MapStatus(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	_, err := MapStatus("SOMETHING_NEW")
	assert.Error(t, err)
}

func TestToShipmentFixture(t *testing.T) {
	page, err := DecodeOrderSheetPage(readFixture(t))
	require.NoError(t, err)

	sh, err := ToShipment(page.Sheets[0])
	require.NoError(t, err)
	require.NoError(t, sh.Validate())
	assert.Equal(t, order.Shipment{
		Marketplace:  order.Coupang,
		ID:           "642538970006401429",
		OrderID:      "9100041863244",
		Status:       order.StatusDelivered,
		MarketStatus: "FINAL_DELIVERY",
		OrderedAt:    kt(2024, 4, 8, 22, 54, 46),
		PaidAt:       kt(2024, 4, 8, 22, 54, 56),
		ShipBy:       kt(2024, 4, 9, 23, 59, 59), // estimatedShippingDate "2024-04-09": by the end of that day
		OrdererName:  "이*주",
		Receiver: order.Receiver{Name: "이*주", Phone: "0502-4***-3501", Zip: "***84",
			Address1: "***", Address2: "***", Message: "문 앞"},
		Lines: []order.Line{{
			ItemID: "85872453655", ProductID: "14091699106",
			ProductName: "신서리티 델타 구운 캐슈넛 160g", OptionName: "1개 160g",
			ExposedName: "신서리티 델타 구운 캐슈넛, 5개, 160g", FirstOptionName: "1개 160g",
			Quantity: 1, BundleSize: 5, UnitPrice: 41000, TotalPrice: 41000,
			Bundle: &order.Bundle{ItemID: "88049657337", Name: "신서리티 델타 구운 캐슈넛, 5개, 160g", Size: 5,
				Counted: order.CountedInBundles, Basis: order.BundleByName},
		}},
		Courier:        "로젠택배",
		TrackingNumber: "***00402083",
	}, sh)
	assert.Equal(t, 5, sh.UnitsToShip(), "the 2024-04-08 form: vendorItemName is the bundle's, one bundle of 5 ships 5 units")
	assert.Equal(t, "coupang/642538970006401429", sh.Key())

	lemon, err := ToShipment(page.Sheets[1])
	require.NoError(t, err)
	assert.Equal(t, 0, lemon.Lines[0].BundleSize, "no bundle when upBundleItem is false")
	assert.Equal(t, "신서리티 미국산 레몬 가루 150g x 3개", lemon.Lines[0].ExposedName)
	assert.Equal(t, 1, lemon.UnitsToShip())
	assert.Equal(t, "직접 받고 부재 시 문 앞", lemon.Receiver.Message)
}

func TestToShipmentTable(t *testing.T) {
	base := func() OrderSheet {
		return OrderSheet{ShipmentBoxID: 11, OrderID: 22, Status: "INSTRUCT",
			ShippingPrice: 3000, RemotePrice: 2500,
			Receiver: Receiver{Name: "김민준", SafeNumber: "0502-1234-5678", ReceiverNumber: "010-1111-2222", PostCode: "06236", Addr1: "서울특별시 강남구 테헤란로 152", Addr2: "101동 1001호"},
			OrderItems: []OrderItem{
				{VendorItemID: 1, SellerProductName: "햇살 유기농 현미 4kg", SellerProductItemName: "4kg x 2개", FirstSellerProductItemName: "4kg x 1개",
					VendorItemName: "햇살 유기농 현미, 4kg, 2개", ExternalVendorSkuCode: "RICE-4-2", ShippingCount: 3, CancelCount: 1, HoldCountForCancel: 1,
					UpBundleItem: false, UpBundleSize: 4, SalesPrice: 20000, OrderPrice: 60000},
			}}
	}
	tests := []struct {
		name  string
		edit  func(*OrderSheet)
		check func(t *testing.T, sh order.Shipment)
	}{
		{"partial cancel and hold", func(*OrderSheet) {}, func(t *testing.T, sh order.Shipment) {
			l := sh.Lines[0]
			assert.Equal(t, order.StatusAcknowledged, sh.Status)
			assert.Equal(t, 3, l.Quantity)
			assert.Equal(t, 1, l.CanceledQty)
			assert.Equal(t, 1, l.HeldQty)
			assert.Equal(t, 0, l.BundleSize, "upBundleSize ignored without upBundleItem")
			assert.Equal(t, 1, sh.UnitsToShip())
			assert.Equal(t, "4kg x 1개", l.FirstOptionName)
			assert.Equal(t, "RICE-4-2", l.SellerCode)
			assert.Equal(t, int64(5500), sh.ShippingFee)
			assert.Equal(t, "010-1111-2222", sh.Receiver.Phone2)
			assert.Equal(t, "0502-1234-5678", sh.Receiver.Phone)
		}},
		{"fully cancelled box", func(s *OrderSheet) { s.OrderItems[0].CancelCount = 3; s.OrderItems[0].HoldCountForCancel = 0 }, func(t *testing.T, sh order.Shipment) {
			assert.Equal(t, order.StatusCanceled, sh.Status)
			assert.Equal(t, "INSTRUCT", sh.MarketStatus)
		}},
		{"fully returned after dispatch", func(s *OrderSheet) {
			s.Status = "FINAL_DELIVERY"
			s.OrderItems[0].CancelCount, s.OrderItems[0].HoldCountForCancel = 3, 0
		}, func(t *testing.T, sh order.Shipment) {
			assert.Equal(t, order.StatusReturned, sh.Status)
		}},
		{"canceled flag", func(s *OrderSheet) { s.OrderItems[0].Canceled = true }, func(t *testing.T, sh order.Shipment) {
			assert.Equal(t, order.StatusCanceled, sh.Status)
		}},
		{"bundle, older form: counted in bundles", func(s *OrderSheet) {
			it := &s.OrderItems[0]
			it.UpBundleItem, it.CancelCount, it.UpBundleVendorItemName = true, 0, "햇살 유기농 현미,  4kg, 2개" // spacing aside, vendorItemName
		}, func(t *testing.T, sh order.Shipment) {
			assert.Equal(t, 4, sh.Lines[0].BundleSize)
			assert.Equal(t, order.CountedInBundles, sh.Lines[0].Bundle.Counted)
			assert.Equal(t, 8, sh.UnitsToShip(), "(3 - 1 held) bundles × 4")
		}},
		{"bundle, 2024 form: counted in units", func(s *OrderSheet) {
			it := &s.OrderItems[0]
			it.UpBundleItem, it.CancelCount, it.HoldCountForCancel = true, 0, 0
			it.UpBundleVendorItemName, it.VendorItemName, it.ShippingCount = "햇살 유기농 현미, 4kg, 8개", "햇살 유기농 현미, 4kg, 2개", 12
		}, func(t *testing.T, sh order.Shipment) {
			l := sh.Lines[0]
			assert.Equal(t, 0, l.BundleSize, "never multiplied again")
			assert.Equal(t, order.CountedInUnits, l.Bundle.Counted)
			assert.Equal(t, order.BundleByName, l.Bundle.Basis)
			assert.Equal(t, 12, sh.UnitsToShip(), "units to ship = shippingCount")
			assert.Equal(t, "햇살 유기농 현미, 4kg, 2개", l.ExposedName, "the names of the original option")
		}},
		{"bundle without a bundle name, ordered before the change", func(s *OrderSheet) {
			s.OrderedAt = Time{Time: time.Date(2024, 4, 12, 16, 59, 0, 0, order.KST())}
			s.OrderItems[0].UpBundleItem, s.OrderItems[0].CancelCount = true, 0
		}, func(t *testing.T, sh order.Shipment) {
			assert.Equal(t, order.BundleByDate, sh.Lines[0].Bundle.Basis)
			assert.Equal(t, 8, sh.UnitsToShip())
		}},
		{"bundle without a bundle name, ordered after the change", func(s *OrderSheet) {
			s.OrderedAt = Time{Time: time.Date(2024, 4, 12, 17, 0, 0, 0, order.KST())}
			s.OrderItems[0].UpBundleItem, s.OrderItems[0].CancelCount = true, 0
		}, func(t *testing.T, sh order.Shipment) {
			assert.Equal(t, order.CountedInUnits, sh.Lines[0].Bundle.Counted)
			assert.Equal(t, 2, sh.UnitsToShip())
		}},
		{"none tracking", func(s *OrderSheet) { s.Status = "NONE_TRACKING" }, func(t *testing.T, sh order.Shipment) {
			assert.Equal(t, order.StatusDelivered, sh.Status)
			assert.Equal(t, "NONE_TRACKING", sh.MarketStatus)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			tc.edit(&s)
			sh, err := ToShipment(s)
			require.NoError(t, err)
			require.NoError(t, sh.Validate())
			tc.check(t, sh)
		})
	}
	_, err := ToShipment(OrderSheet{Status: "ACCEPT"})
	assert.Error(t, err, "no box id")
	_, err = ToShipment(OrderSheet{ShipmentBoxID: 1, Status: "WHAT"})
	assert.Error(t, err)
	_, err = ToShipment(OrderSheet{ShipmentBoxID: 1, Status: "ACCEPT", OrderItems: []OrderItem{{VendorItemID: 1, ShippingCount: -1, SellerProductName: "x"}}})
	assert.Error(t, err, "negative quantity")
	_, err = ToShipment(OrderSheet{ShipmentBoxID: 1, Status: "ACCEPT", OrderItems: []OrderItem{{VendorItemID: 1, ShippingCount: 1}}})
	assert.Error(t, err, "no name at all")
}

func TestToClaims(t *testing.T) {
	at := kt(2024, 4, 9, 10, 0, 0)
	items := []ReturnItem{{ShipmentBoxID: 5, CancelCount: 1}, {ShipmentBoxID: 5, CancelCount: 2}, {ShipmentBoxID: 6, CancelCount: 1}}
	tests := []struct {
		name    string
		r       ReturnRequest
		typ     order.ClaimType
		status  string
		open    bool
		reason  string
		perBox5 int
	}{
		{"cancel at ACCEPT", ReturnRequest{ReceiptType: "CANCEL", ReceiptStatus: "CANCEL_COMPLETED", CancelType: "CANCEL", CancelReason: "단순변심"}, order.ClaimCancel, "CANCEL_COMPLETED", false, "단순변심", 3},
		{"release stop RU", ReturnRequest{ReceiptType: "RETURN", ReceiptStatus: "RELEASE_STOP_UNCHECKED", CancelType: "RETURN", CancelReasonCategory1: "고객변심", CancelReasonCategory2: "주문실수"}, order.ClaimCancel, "RU", true, "고객변심 / 주문실수", 3},
		{"return UC", ReturnRequest{ReceiptType: "RETURN", ReceiptStatus: "RETURNS_UNCHECKED", CancelType: "RETURN"}, order.ClaimReturn, "UC", true, "", 3},
		{"return PR", ReturnRequest{ReceiptType: "RETURN", ReceiptStatus: "REQUEST_COUPANG_CHECK"}, order.ClaimReturn, "PR", true, "", 3},
		{"return CC", ReturnRequest{ReceiptType: "RETURN", ReceiptStatus: "RETURNS_COMPLETED"}, order.ClaimReturn, "CC", false, "", 3},
		{"exchange", ReturnRequest{ReceiptType: "EXCHANGE", ReceiptStatus: "RETURNS_UNCHECKED"}, order.ClaimExchange, "UC", true, "", 3},
		// the seller's own 판매 취소 at 상품준비중 (출고중지 through the partner API): nothing left the
		// seller, so no return — a cancel, closed
		{"seller cancel at INSTRUCT", ReturnRequest{ReceiptType: "RETURN", ReceiptStatus: "RETURNS_COMPLETED", CancelType: "RETURN",
			ReleaseStopStatus: "처리(출고중지)", CancelReasonCategory1: "배송불만", CancelReasonCategory2: "품절", CancelReason: "파트너 API 강제 취소"},
			order.ClaimCancel, "CC", false, "파트너 API 강제 취소", 3},
		{"return after the goods left", ReturnRequest{ReceiptType: "RETURN", ReceiptStatus: "RETURNS_COMPLETED", ReleaseStopStatus: "처리(이미출고)"},
			order.ClaimReturn, "CC", false, "", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			r.ReceiptID, r.OrderID, r.CreatedAt, r.ReturnItems = 99, 77, Time{Time: at}, items
			claims := ToClaims(r)
			require.Len(t, claims, 2)
			c := claims[0]
			assert.Equal(t, "coupang/5", c.ShipmentKey)
			assert.Equal(t, "5", c.ShipmentID)
			assert.Equal(t, "77", c.OrderID)
			assert.Equal(t, "99", c.ReceiptID)
			assert.Equal(t, tc.perBox5, c.CancelCount)
			assert.Equal(t, order.Claim{Type: tc.typ, ID: "99", MarketStatus: tc.status, RequestedAt: at, Reason: tc.reason, Open: tc.open,
				Stage: tc.r.ReceiptStatus, StopRequested: tc.status == "RU"}, c.Claim)
			assert.Equal(t, "coupang/6", claims[1].ShipmentKey)
		})
	}
}

// TestToClaimsStopRequest: a stop request waits for the seller's answer while the box's goods have
// not left — RELEASE_STOP_UNCHECKED, or RETURNS_UNCHECKED with the items not released
// (releaseStatus "N"; articles 360034320673, 360033793034) — and no longer once releaseStopStatus
// says it was answered.
func TestToClaimsStopRequest(t *testing.T) {
	base := ReturnRequest{ReceiptID: 7, OrderID: 8, ReceiptType: "RETURN", ReceiptStatus: ReceiptReturnReceived, CancelCountSum: 2,
		ReleaseStopStatus: "미처리", ReturnItems: []ReturnItem{{ShipmentBoxID: 5, CancelCount: 2, ReleaseStatus: "N"}}}
	c := ToClaims(base)[0].Claim
	assert.True(t, c.StopRequested)
	assert.Equal(t, order.ClaimCancel, c.Type, "the buyer cancelled before the box left")
	assert.Equal(t, 2, c.Quantity)
	assert.Equal(t, ReceiptReturnReceived, c.Stage)

	released := base
	released.ReturnItems = []ReturnItem{{ShipmentBoxID: 5, CancelCount: 2, ReleaseStatus: "Y"}}
	c = ToClaims(released)[0].Claim
	assert.False(t, c.StopRequested, "the goods left: a return")
	assert.Equal(t, order.ClaimReturn, c.Type)

	for _, answered := range []string{"처리(이미출고)", "처리(출고중지)", "자동처리(이미출고)"} {
		r := base
		r.ReceiptStatus, r.ReleaseStopStatus = ReceiptStopRequested, answered
		assert.False(t, ToClaims(r)[0].Claim.StopRequested, answered)
	}
	atAccept := base
	atAccept.CancelType, atAccept.ReceiptStatus = "CANCEL", "CANCEL_COMPLETED"
	assert.False(t, ToClaims(atAccept)[0].Claim.StopRequested, "a cancel at 결제완료 is done at once")
}

func TestKSTDate(t *testing.T) {
	// 2024-01-14 20:00 UTC is already the 15th in Korea.
	d := KSTDate(time.Date(2024, 1, 14, 20, 0, 0, 0, time.UTC))
	assert.Equal(t, "2024-01-15", d.Format("2006-01-02"))
}

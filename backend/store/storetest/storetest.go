// Package storetest generates realistic, deterministic Korean shipments for tests, benchmarks
// and the bench command. It is not used by the app itself.
package storetest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Base is the PaidAt of record 0; record i is paid about i×90 s later (plus up to a minute).
func Base() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, order.KST()) }

// Shipments returns records 0..n-1 of the deterministic sequence for seed.
func Shipments(seed int64, n int) []store.Record { return Range(seed, 0, n) }

// Range returns records start..start+n-1 of the deterministic sequence for seed; record i is the
// same whatever range it is generated in, so big stores can be filled batch by batch.
func Range(seed int64, start, n int) []store.Record {
	out := make([]store.Record, n)
	for j := range out {
		out[j] = Record(seed, start+j)
	}
	return out
}

var (
	familyNames = []string{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"}
	givenNames  = []string{"민준", "서연", "도윤", "하은", "시우", "지우", "예준", "수아", "주원", "지민", "하준", "서윤", "지호", "채원", "준서", "다은", "건우", "소율", "현우", "유나"}
	cities      = []string{"서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵북로", "부산광역시 해운대구 센텀중앙로", "인천광역시 연수구 송도과학로", "대구광역시 수성구 달구벌대로", "경기도 성남시 분당구 판교역로", "경기도 수원시 영통구 광교중앙로", "광주광역시 서구 상무대로", "대전광역시 유성구 대학로", "제주특별자치도 제주시 연동"}
	details     = []string{"101동 1203호", "3층", "B동 502호", "상가 1층 왼쪽", "", "2층 사무실", "707호"}
	messages    = []string{"", "문 앞에 놓아주세요", "부재 시 경비실에 맡겨주세요", "배송 전 연락 바랍니다", "", "택배함에 넣어주세요"}
	products    = []struct{ name, option, exposed, code string }{
		{"유기농 현미", "5kg", "유기농 현미 5kg, 1개", "RICE-5"},
		{"제주 감귤", "3kg 로얄과", "제주 감귤 3kg 로얄과", "TANG-3R"},
		{"무선 블루투스 이어폰", "색상: 블랙", "무선 블루투스 이어폰, 블랙", "EAR-BK"},
		{"무선 블루투스 이어폰", "색상: 화이트", "무선 블루투스 이어폰, 화이트", "EAR-WH"},
		{"여성 린넨 셔츠", "사이즈: M / 색상: 아이보리", "여성 린넨 셔츠 아이보리 M", "LIN-IV-M"},
		{"여성 린넨 셔츠", "사이즈: L / 색상: 네이비", "여성 린넨 셔츠 네이비 L", "LIN-NV-L"},
		{"구운 캐슈넛", "1개 160g", "구운 캐슈넛, 1개, 160g", "NUT-160"},
		{"수제 딸기잼", "500g", "수제 딸기잼 500g", "JAM-500"},
		{"스테인리스 텀블러", "473ml 실버", "스테인리스 텀블러 473ml, 실버", "TUM-473"},
		{"고양이 모래", "7L x 2개", "고양이 모래 7L, 2개", "CAT-7x2"},
		{"한우 불고기 세트", "1.2kg", "한우 불고기 세트 1.2kg", "BEEF-12"},
		{"천연 원목 도마", "대형", "천연 원목 도마 대형", "BOARD-L"},
		{"아기 물티슈", "캡형 100매 x 10팩", "아기 물티슈 캡형 100매, 10팩", "WIPE-10"},
		{"캠핑 접이식 의자", "카키", "캠핑 접이식 의자, 카키", "CHAIR-KH"},
		{"국산 참기름", "350ml", "국산 참기름 350ml", "SESAME-350"},
		{"비타민C 1000", "120정", "비타민C 1000, 120정", "VITC-120"},
	}
	couriers = []string{"CJ대한통운", "한진택배", "롯데택배", "로젠택배", "우체국택배"}
)

type marketStatus struct {
	status       order.Status
	naver        string
	coupang      string
	weightPerMil int
}

var statusMix = []marketStatus{
	{order.StatusPaid, "PAYED", "ACCEPT", 150},
	{order.StatusAcknowledged, "PAYED/OK", "INSTRUCT", 150},
	{order.StatusShipped, "DISPATCHED", "DEPARTURE", 50},
	{order.StatusDelivering, "DELIVERING", "DELIVERING", 100},
	{order.StatusDelivered, "DELIVERED", "FINAL_DELIVERY", 200},
	{order.StatusDecided, "PURCHASE_DECIDED", "FINAL_DELIVERY", 250},
	{order.StatusCanceled, "CANCELED", "CANCEL", 50},
	{order.StatusReturned, "RETURNED", "RETURN", 30},
	{order.StatusExchanged, "EXCHANGED", "EXCHANGE", 20},
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// shipBy is the 발송기한 as the marketplaces state it: Naver the end of the third business day
// after payment, Coupang the end of the second (weekends skipped).
func shipBy(m order.Marketplace, paid time.Time) time.Time {
	days := 3
	if m == order.Coupang {
		days = 2
	}
	d := paid.In(order.KST())
	for n := 0; n < days; {
		d = d.AddDate(0, 0, 1)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	y, mo, day := d.Date()
	return time.Date(y, mo, day, 23, 59, 59, 0, order.KST())
}

// Record returns record i of the deterministic sequence for seed.
func Record(seed int64, i int) store.Record {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	market := order.Naver
	if r.IntN(10) >= 6 {
		market = order.Coupang
	}
	ms := statusMix[len(statusMix)-1]
	w := r.IntN(1000)
	for _, m := range statusMix {
		if w < m.weightPerMil {
			ms = m
			break
		}
		w -= m.weightPerMil
	}
	paid := Base().Add(time.Duration(i)*90*time.Second + time.Duration(r.IntN(60))*time.Second)
	sh := order.Shipment{
		Marketplace: market,
		Status:      ms.status,
		OrderedAt:   paid.Add(-time.Duration(r.IntN(300)) * time.Second),
		PaidAt:      paid,
		ChangedAt:   paid.Add(time.Duration(r.IntN(72)) * time.Hour),
		OrdererName: pick(r, familyNames) + pick(r, givenNames),
		Receiver: order.Receiver{
			Name:     pick(r, familyNames) + pick(r, givenNames),
			Phone:    fmt.Sprintf("010-%04d-%04d", r.IntN(10000), r.IntN(10000)),
			Zip:      fmt.Sprintf("%05d", 1000+r.IntN(62000)),
			Address1: pick(r, cities) + " " + strconv.Itoa(1+r.IntN(300)),
			Address2: pick(r, details),
			Message:  pick(r, messages),
		},
		ShippingFee: int64(pick(r, []int{0, 0, 3000, 2500})),
	}
	if market == order.Naver {
		sh.ID = strconv.FormatInt(2026030100000000+int64(i)*10+int64(r.IntN(10)), 10)
		sh.OrderID = strconv.FormatInt(2026030110000000+int64(i)*10, 10)
		sh.PackageNumber = strconv.FormatInt(2026030120000000+int64(i)*10, 10)
		sh.MarketStatus = ms.naver
	} else {
		sh.ID = strconv.FormatInt(642538970000000000+int64(i)*10+int64(r.IntN(10)), 10)
		sh.OrderID = strconv.FormatInt(9100041800000+int64(i), 10)
		sh.MarketStatus = ms.coupang
	}
	if ms.status != order.StatusPaid {
		sh.AcknowledgedAt = paid.Add(time.Duration(1+r.IntN(20)) * time.Hour)
	}
	sh.ShipBy = shipBy(market, paid)
	if ms.status.Dispatched() || (ms.status == order.StatusAcknowledged && i%2 == 0) {
		day := paid.In(order.KST()).Format("2006-01-02")
		sh.Printed = &order.Printed{Batch: day + "#1", Lists: []string{"pick", "shipping"}, At: sh.AcknowledgedAt}
	}
	if ms.status.ToShip() && i%41 == 0 {
		action, msg := "acknowledge", "네이버에서 처리하지 못했습니다: 이미 발주확인된 주문입니다."
		if ms.status == order.StatusAcknowledged {
			action, msg = "dispatch", "쿠팡에서 처리하지 못했습니다: 송장번호가 이미 사용되었습니다."
		}
		sh.WriteProblem = &order.WriteProblem{Action: action, Result: order.WriteFailed, Message: msg, Status: ms.status,
			At: paid.Add(2 * time.Hour)}
	}
	if ms.status == order.StatusShipped || ms.status == order.StatusDelivering || ms.status == order.StatusDelivered || ms.status == order.StatusDecided {
		sh.Courier = pick(r, couriers)
		sh.TrackingNumber = fmt.Sprintf("%012d", r.Int64N(1e12))
	}
	nLines := 1
	switch x := r.IntN(100); {
	case x >= 95:
		nLines = 3
	case x >= 80:
		nLines = 2
	}
	for l := 0; l < nLines; l++ {
		p := pick(r, products)
		qty := 1 + r.IntN(3)
		price := int64(5000 + 500*r.IntN(80))
		line := order.Line{
			ItemID:      fmt.Sprintf("%d", 85872453000+r.IntN(1000)),
			ProductID:   fmt.Sprintf("%d", 7313251000+r.IntN(1000)),
			ProductName: p.name,
			OptionName:  p.option,
			SellerCode:  p.code,
			Quantity:    qty,
			UnitPrice:   price,
			TotalPrice:  price * int64(qty),
		}
		if market == order.Coupang {
			line.ExposedName = p.exposed
			line.FirstOptionName = p.option
			if r.IntN(100) < 3 {
				line.BundleSize = 2 + r.IntN(4)
			}
		}
		sh.Lines = append(sh.Lines, line)
	}
	addFindings(r, &sh)
	raw, err := json.Marshal(rawPayload(&sh))
	if err != nil {
		// The payload is built from plain strings and numbers: marshalling cannot fail.
		raw = nil
	}
	return store.Record{Shipment: sh, Raw: raw}
}

func addFindings(r *rand.Rand, sh *order.Shipment) {
	at := sh.PaidAt.Add(2 * time.Hour)
	x := r.IntN(1000)
	switch {
	case x < 20:
		prev := sh.Receiver
		prev.Address1 = pick(r, cities) + " " + strconv.Itoa(1+r.IntN(300))
		sh.PreviousReceiver = &prev
		sh.Events = append(sh.Events, order.Event{Kind: order.EventAddressChanged, MarketType: "DELIVERY_ADDRESS_CHANGED", At: at})
		sh.Findings = append(sh.Findings, order.Finding{
			Code: order.AddressChanged, Severity: order.Block, Line: -1, RaisedAt: at,
			Message:  "발주확인 후 배송지가 바뀌었습니다. 새 주소를 확인하세요.",
			Evidence: []order.Evidence{{Field: "address", Old: prev.Address(), New: sh.Receiver.Address()}},
		})
	case x < 30:
		sh.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", RequestedAt: at, Reason: "단순 변심", Open: true}
		sh.Findings = append(sh.Findings, order.Finding{
			Code: order.ClaimOpen, Severity: order.Block, Line: -1, RaisedAt: at,
			Message: "구매자가 취소를 요청했습니다. 발송하지 말고 취소 요청을 처리하세요.",
		})
	case x < 40 && sh.Marketplace == order.Coupang:
		l := &sh.Lines[0]
		l.ExposedName = "구성 변경: " + l.ExposedName + " 2개"
		sh.Findings = append(sh.Findings, order.Finding{
			Code: order.OptionNameMismatch, Severity: order.Block, Line: 0, RaisedAt: at,
			Message:  "등록 옵션명과 노출 상품명이 다릅니다. 구매자가 본 상품을 확인하세요.",
			Evidence: []order.Evidence{{Field: "option", Old: l.OptionName, New: l.ExposedName}},
		})
	case x < 50:
		l := &sh.Lines[0]
		l.Quantity++
		l.CanceledQty = 1
		sh.Findings = append(sh.Findings, order.Finding{
			Code: order.PartialCancel, Severity: order.Warn, Line: 0, RaisedAt: at,
			Message: "일부 수량이 취소되었습니다. 남은 수량만 보내세요.",
		})
	}
	for i := range sh.Lines {
		if sh.Lines[i].BundleSize > 1 {
			sh.Findings = append(sh.Findings, order.Finding{
				Code: order.BundleMultiplier, Severity: order.Warn, Line: i, RaisedAt: at,
				Message: fmt.Sprintf("묶음 상품입니다. %d개씩 포장하세요.", sh.Lines[i].BundleSize),
			})
		}
	}
	// Some blocking findings were already dealt with by the seller (those the seller may clear).
	for i := range sh.Findings {
		f := &sh.Findings[i]
		if ok, _ := f.Code.SellerMay(order.Resolved, f.Severity); f.Severity == order.Block && r.IntN(4) == 0 && ok {
			sh.Findings[i].Resolution = &order.Resolution{Kind: order.Resolved, By: "seller", At: at.Add(time.Hour)}
		}
	}
}

// rawPayload builds a marketplace-shaped JSON object for the shipment (the fields a mapper reads).
func rawPayload(sh *order.Shipment) any {
	ts := func(t time.Time) string { return t.Format("2006-01-02T15:04:05.000-07:00") }
	if sh.Marketplace == order.Naver {
		l := sh.Lines[0]
		return map[string]any{
			"productOrderId": sh.ID,
			"order": map[string]any{
				"orderId": sh.OrderID, "orderDate": ts(sh.OrderedAt), "paymentDate": ts(sh.PaidAt),
				"ordererName": sh.OrdererName, "payLocationType": "MOBILE",
			},
			"productOrder": map[string]any{
				"productOrderId": sh.ID, "productOrderStatus": sh.MarketStatus, "packageNumber": sh.PackageNumber,
				"productName": l.ProductName, "productOption": l.OptionName, "quantity": l.Quantity,
				"unitPrice": l.UnitPrice, "totalPaymentAmount": l.TotalPrice, "sellerProductCode": l.SellerCode,
				"shippingAddress": map[string]any{
					"name": sh.Receiver.Name, "tel1": sh.Receiver.Phone, "baseAddress": sh.Receiver.Address1,
					"detailedAddress": sh.Receiver.Address2, "zipCode": sh.Receiver.Zip, "addressType": "DOMESTIC",
				},
				"shippingMemo": sh.Receiver.Message, "shippingDueDate": ts(sh.ShipBy),
			},
		}
	}
	items := make([]map[string]any, 0, len(sh.Lines))
	for _, l := range sh.Lines {
		items = append(items, map[string]any{
			"vendorItemId": l.ItemID, "vendorItemName": l.ExposedName, "shippingCount": l.Quantity,
			"salesPrice": l.UnitPrice, "orderPrice": l.TotalPrice, "sellerProductName": l.ProductName,
			"sellerProductItemName": l.OptionName, "firstSellerProductItemName": l.FirstOptionName,
			"externalVendorSkuCode": l.SellerCode, "cancelCount": l.CanceledQty, "upBundleSize": l.BundleSize,
			"upBundleItem": l.BundleSize > 1, "estimatedShippingDate": sh.ShipBy.Format("2006-01-02"),
		})
	}
	return map[string]any{
		"shipmentBoxId": sh.ID, "orderId": sh.OrderID, "orderedAt": ts(sh.OrderedAt), "paidAt": ts(sh.PaidAt),
		"status": sh.MarketStatus, "shippingPrice": sh.ShippingFee,
		"receiver": map[string]any{
			"name": sh.Receiver.Name, "safeNumber": sh.Receiver.Phone, "addr1": sh.Receiver.Address1,
			"addr2": sh.Receiver.Address2, "postCode": sh.Receiver.Zip,
		},
		"parcelPrintMessage": sh.Receiver.Message, "orderItems": items,
		"deliveryCompanyName": sh.Courier, "invoiceNumber": sh.TrackingNumber,
	}
}

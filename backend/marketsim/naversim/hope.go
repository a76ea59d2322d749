package naversim

import (
	"encoding/json"
	"strconv"
	"time"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// Hope-delivery product orders (희망일배송) as the official pages document them
// (raws/commerce-api/current/seller-get-product-orders-with-conditions-pay-order-seller.md):
// productOrder.deliveryAttributeType HOPE (or HOPE_SELLER_GUARANTEE, N희망일배송, with
// deliveryTagType HOPE) and productOrder.hopeDelivery {region, additionalFee, hopeDeliveryYmd
// (yyyymmdd), hopeDeliveryHm (HHmm), changeReason, changer}. A change of the day shows in the
// changed-statuses feed as HOPE_DELIVERY_INFO_CHANGED.

// hope is a product order's hope-delivery day.
type hope struct {
	ymd, hm, region string
	fee             int64
	reason, changer string
	// guaranteed: N희망일배송, which takes no hour or region.
	guaranteed bool
	// changed is when the day was last changed (the list's HOPE_DELIVERY_INFO_CHANGED_DATETIME).
	changed time.Time
}

// hopeChanged is when the product order's hope-delivery day last changed, zero when it never did.
func (p *productOrder) hopeChanged() time.Time {
	if p.hope == nil {
		return time.Time{}
	}
	return p.hope.changed
}

// attributeType is the product order's deliveryAttributeType.
func (p *productOrder) attributeType() string {
	switch {
	case p.hope == nil:
		return "NORMAL"
	case p.hope.guaranteed:
		return "HOPE_SELLER_GUARANTEE"
	}
	return "HOPE"
}

// hopeFields adds the hope-delivery fields to a rendered productOrder.
func (p *productOrder) hopeFields(po map[string]any) {
	po["deliveryAttributeType"] = p.attributeType()
	if p.hope == nil {
		return
	}
	if p.hope.guaranteed {
		po["deliveryTagType"] = "HOPE"
	}
	h := map[string]any{"hopeDeliveryYmd": p.hope.ymd, "additionalFee": p.hope.fee}
	for k, v := range map[string]string{"hopeDeliveryHm": p.hope.hm, "region": p.hope.region,
		"changeReason": p.hope.reason, "changer": p.hope.changer} {
		if v != "" {
			h[k] = v
		}
	}
	po["hopeDelivery"] = h
}

// hopeCatalog are the goods of the demo shop sold for a day the buyer picks.
var hopeCatalog = []product{
	{"8800170001", "생일 케이크 (딸기 생크림) 2호", "CAKE-STRAW-2", 38000, nil},
	{"8800170002", "꽃다발 (장미 20송이)", "FLOWER-ROSE-20", 45000, nil},
	{"8800170003", "한우 선물세트 1.2kg", "HANWOO-GIFT-12", 129000, nil},
}

// HopeOrder is a paid order of goods delivered on a day the buyer picks (희망일배송).
type HopeOrder struct {
	// Day is the day the buyer wants the goods (its KST date counts).
	Day time.Time
	// Hour is hopeDeliveryHm ("1500"), "" for none; Region the delivery region, "" for none.
	Hour, Region string
	// Fee is the region's additional fee (additionalFee).
	Fee int64
	// Guaranteed makes it N희망일배송 (HOPE_SELLER_GUARANTEE).
	Guaranteed bool
	// Product picks one of the hope goods (index, modulo their number).
	Product int
}

// YMD formats a day as hopeDeliveryYmd (yyyymmdd, KST).
func YMD(t time.Time) string { return t.In(order.KST()).Format("20060102") }

// AddHopeOrder creates a new paid product order (PAYED/NOT_YET) of hope-delivery goods and returns
// its productOrderId. It draws nothing from the store's random generator.
func (s *Sim) AddHopeOrder(h HopeOrder) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	n := int(s.nextPO)
	name := surnames[n%len(surnames)] + givenNames[(n/len(surnames))%len(givenNames)]
	orderID := strconv.FormatInt(s.nextOrder, 10)
	s.nextOrder++
	pkg := strconv.FormatInt(s.nextPkg, 10)
	s.nextPkg++
	p := &productOrder{
		orderID: orderID, id: strconv.FormatInt(s.nextPO, 10), packageNumber: pkg,
		orderDate: now.Add(-45 * time.Second), paymentDate: now, ordererName: name, ordererID: "hope****",
		ordererTel: "010-2412-2400", paymentMeans: "신용카드", status: "PAYED", placeOrderStatus: "NOT_YET",
		product: hopeCatalog[h.Product%len(hopeCatalog)], quantity: 1, fee: h.Fee,
		ship: Address{Name: name, Tel1: "010-2412-2400", BaseAddress: places[n%len(places)].base,
			ZipCode: places[n%len(places)].zip, DetailedAddress: details[n%len(details)]},
		memo: "생일 선물이에요. 희망일에 꼭 받게 해 주세요",
		hope: &hope{ymd: YMD(h.Day), hm: h.Hour, region: h.Region, fee: h.Fee, changer: "구매자", guaranteed: h.Guaranteed},
	}
	s.nextPO++
	p.touch(now, "PAYED")
	s.orders[p.id] = p
	s.byOrder[orderID] = append(s.byOrder[orderID], p.id)
	return p.id
}

// ChangeHope is the buyer moving the hope-delivery day (and hour, "" for none) of a product order
// not sent yet (feed: HOPE_DELIVERY_INFO_CHANGED).
func (s *Sim) ChangeHope(id string, day time.Time, hour, reason string) error {
	return s.change(id, "change hope delivery", func(p *productOrder) bool {
		return p.hope != nil && p.status == "PAYED" && !p.openClaim()
	}, func(p *productOrder, now time.Time) {
		p.hope.ymd, p.hope.hm, p.hope.reason, p.hope.changer, p.hope.changed = YMD(day), hour, reason, "구매자", now
		p.touch(now, "HOPE_DELIVERY_INFO_CHANGED")
	})
}

// HopeView is a product order's hope-delivery day as the simulated Naver holds it.
type HopeView struct {
	Ymd, Hm, Region, ChangeReason, Changer string
	Guaranteed                             bool
}

// Hope returns the hope-delivery day of a product order; ok is false when it has none.
func (s *Sim) Hope(id string) (HopeView, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.orders[id]
	if !ok || p.hope == nil {
		return HopeView{}, false
	}
	h := p.hope
	return HopeView{Ymd: h.ymd, Hm: h.hm, Region: h.region, ChangeReason: h.reason, Changer: h.changer, Guaranteed: h.guaranteed}, true
}

// hopeChangeDays is how far ahead the simulated store lets a hope-delivery day be moved (the page
// names a limit, 104445 배송 희망일 변경 가능 날짜 초과, without its size).
const hopeChangeDays = 60

// hopeBodyRefused applies the page's body rules of 배송 희망일 변경: hopeDeliveryYmd (yyyymmdd) and
// changeReason (1–300) required, hopeDeliveryHm HHmm and region (1–30) when present. A refused
// body is a 400 4000 naming the field.
func hopeBodyRefused(req map[string]json.RawMessage, str func(string) string) (string, bool) {
	field := func(name string) string { return "잘못된 요청 파라미터입니다. (" + name + ")" }
	ymd := str("hopeDeliveryYmd")
	if len(ymd) != 8 || !digits(ymd) {
		return field("hopeDeliveryYmd"), true
	}
	if _, present := req["hopeDeliveryHm"]; present {
		if hm := str("hopeDeliveryHm"); len(hm) != 4 || !digits(hm) {
			return field("hopeDeliveryHm"), true
		}
	}
	if _, present := req["region"]; present {
		if n := utf8.RuneCountInString(str("region")); n < 1 || n > 30 {
			return field("region"), true
		}
	}
	if n := utf8.RuneCountInString(str("changeReason")); n < 1 || n > 300 {
		return field("changeReason"), true
	}
	return "", false
}

// hopeChangeRefused decides a 배송 희망일 변경 of the product order with the page's codes: 104441
// not a hope delivery, 104449 not in the changeable period (sent, or a claim open), 104450 an hour
// or a region on N희망일배송, 104444 a day that does not exist or has passed, 104445 beyond the
// changeable days, 104446 the day and hour already set.
func (p *productOrder) hopeChangeRefused(str func(string) string, now time.Time) (code, msg string) {
	if p.hope == nil {
		return "104441", "희망일배송 상품 또는 N희망일배송 상품이 아닙니다."
	}
	if p.status != "PAYED" || p.openClaim() {
		return "104449", "배송 희망일 변경 가능 기간이 아닙니다."
	}
	hm, region := str("hopeDeliveryHm"), str("region")
	if p.hope.guaranteed && (hm != "" || region != "") {
		return "104450", "N희망일배송 상품은 배송희망시간, 지역 입력이 불가합니다."
	}
	day, err := time.ParseInLocation("20060102", str("hopeDeliveryYmd"), order.KST())
	y, m, d := now.In(order.KST()).Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, order.KST())
	h, mm := 0, 0
	if hm != "" {
		h, _ = strconv.Atoi(hm[:2])
		mm, _ = strconv.Atoi(hm[2:])
	}
	switch {
	case err != nil || h > 23 || mm > 59 || day.Before(today):
		return "104444", "배송 희망일 날짜가 유효하지 않습니다."
	case day.After(today.AddDate(0, 0, hopeChangeDays)):
		return "104445", "배송 희망일 변경 가능 날짜를 초과하였습니다."
	case str("hopeDeliveryYmd") == p.hope.ymd && hm == p.hope.hm:
		return "104446", "기존과 동일한 희망일 배송일시입니다."
	}
	return "", ""
}

// changeHope applies an accepted 배송 희망일 변경 of the seller (changer: 판매자 API).
func (p *productOrder) changeHope(str func(string) string, now time.Time) {
	p.hope.ymd, p.hope.hm, p.hope.reason, p.hope.changer = str("hopeDeliveryYmd"), str("hopeDeliveryHm"), str("changeReason"), "판매자 API"
	p.hope.changed = now
	if r := str("region"); r != "" {
		p.hope.region = r
	}
	p.touch(now, "HOPE_DELIVERY_INFO_CHANGED")
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

package naversim

import (
	"strconv"
	"time"

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
		p.hope.ymd, p.hope.hm, p.hope.reason, p.hope.changer = YMD(day), hour, reason, "구매자"
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

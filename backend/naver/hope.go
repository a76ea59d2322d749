package naver

import (
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// Naver's delivery attribute and tag types of a hope-delivery product order
// (deliveryAttributeType.pay-order-seller, deliveryTagType.pay-order-seller).
const (
	AttributeHope           = "HOPE"                  // 희망일배송
	AttributeHopeGuaranteed = "HOPE_SELLER_GUARANTEE" // N희망일배송
	TagHope                 = "HOPE"
)

// HopeChangedType is the feed's lastChangedType of a changed hope-delivery day (배송 희망일 변경).
const HopeChangedType = "HOPE_DELIVERY_INFO_CHANGED"

// mapHope reads the buyer's hope-delivery day of a product order: nil when the product order is
// not a hope delivery. A day or hour that cannot be read does not fail the product order: the hope
// is kept with its words in Raw, so the seller sees that there is one and checks it.
func mapHope(po *ProductOrder) *order.HopeDelivery {
	h := po.HopeDelivery
	attr := po.DeliveryAttributeType
	isHope := attr == AttributeHope || attr == AttributeHopeGuaranteed || po.DeliveryTagType == TagHope
	if h == nil || (h.Ymd == "" && h.Hm == "" && h.Region == "") {
		if !isHope {
			return nil
		}
		return &order.HopeDelivery{Guaranteed: attr == AttributeHopeGuaranteed}
	}
	out := &order.HopeDelivery{Region: strings.TrimSpace(h.Region), AdditionalFee: int64(h.AdditionalFee),
		ChangeReason: strings.TrimSpace(h.ChangeReason), Changer: strings.TrimSpace(h.Changer),
		Guaranteed: attr == AttributeHopeGuaranteed}
	day, dayOK := ParseHopeDay(string(h.Ymd))
	mins, hourOK := ParseHopeHour(string(h.Hm))
	if dayOK {
		out.Date = day
	}
	if hourOK && h.Hm != "" {
		out.Time, out.HasTime = mins, true
	}
	if !dayOK || !hourOK {
		out.Raw = strings.TrimSpace(string(h.Ymd) + " " + string(h.Hm))
		if len(out.Raw) > 40 {
			out.Raw = out.Raw[:40]
		}
	}
	return out
}

// ParseHopeDay reads hopeDeliveryYmd, "yyyymmdd" (a "yyyy-mm-dd" is accepted too), as midnight KST.
func ParseHopeDay(s string) (time.Time, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "-", "")
	if len(s) != 8 || !allDigits(s) {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:])
	return order.HopeDate(y, time.Month(m), d)
}

// ParseHopeHour reads hopeDeliveryHm, "HHmm" ("15:00" is accepted too, and a number that lost its
// leading zero, 900), as minutes after midnight. An empty hour is no hour (ok, 0).
func ParseHopeHour(s string) (int, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ":", "")
	if s == "" {
		return 0, true
	}
	if len(s) == 3 {
		s = "0" + s
	}
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	h, _ := strconv.Atoi(s[:2])
	m, _ := strconv.Atoi(s[2:])
	if h > 23 || m > 59 {
		return 0, false
	}
	return h*60 + m, true
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

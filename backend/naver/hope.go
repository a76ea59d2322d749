package naver

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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

// HopeChange is a 배송 희망일 변경 (seller-change-hope-delivery-pay-order-seller): the new day, the
// hour ("" for none) and the region ("" for none), and the reason (required).
type HopeChange struct {
	Day    time.Time
	Hour   string
	Region string
	Reason string
}

// Limits of a 배송 희망일 변경's text, as the page documents them (in characters).
const (
	MaxHopeRegion = 30
	MaxHopeReason = 300
)

// Validate checks what the page documents: a day, an HHmm hour when there is one, a region of 1 to
// 30 characters when there is one, a reason of 1 to 300. Whether Naver takes the day is Naver's to
// say (104444, 104445, 104449).
func (h HopeChange) Validate() error {
	bad := func(reason string) error { return &RequestError{Op: "change hope delivery", Reason: reason} }
	reason, region := strings.TrimSpace(h.Reason), strings.TrimSpace(h.Region)
	switch {
	case h.Day.IsZero():
		return bad("hopeDeliveryYmd is required")
	case h.Hour != "" && (len(h.Hour) != 4 || !allDigits(h.Hour)):
		return bad(fmt.Sprintf("hopeDeliveryHm %q is not HHmm", h.Hour))
	case utf8.RuneCountInString(region) > MaxHopeRegion || !utf8.ValidString(region):
		return bad("region longer than 30 characters")
	case reason == "" || utf8.RuneCountInString(reason) > MaxHopeReason || !utf8.ValidString(reason):
		return bad("changeReason must be 1 to 300 characters")
	}
	if _, ok := ParseHopeHour(h.Hour); !ok {
		return bad(fmt.Sprintf("hopeDeliveryHm %q is not a time of day", h.Hour))
	}
	return nil
}

// ChangeHopeDelivery sends a 배송 희망일 변경 for each product order: POST
// product-orders/{productOrderId}/hope-delivery/change with hopeDeliveryYmd, hopeDeliveryHm and
// region (when given) and changeReason.
func (c *Client) ChangeHopeDelivery(ctx context.Context, ids []string, h HopeChange) (ItemsResult, error) {
	if err := h.Validate(); err != nil {
		return ItemsResult{NotSent: uniqueIDs(ids)}, err
	}
	body := map[string]any{"hopeDeliveryYmd": h.Day.In(order.KST()).Format("20060102"), "changeReason": strings.TrimSpace(h.Reason)}
	if h.Hour != "" {
		body["hopeDeliveryHm"] = h.Hour
	}
	if r := strings.TrimSpace(h.Region); r != "" {
		body["region"] = r
	}
	return c.eachOrder(ctx, "change hope delivery", "hope-delivery-change", "/hope-delivery/change", ids, body)
}

package order

import (
	"fmt"
	"time"
)

// HopeDelivery is the day the buyer wants the goods to arrive (Naver 희망일배송: flowers, cakes,
// fresh food), with the hour and the region when the buyer picked them. A box without one ships
// as soon as it can; a box with one must arrive on that day, not before.
type HopeDelivery struct {
	// Date is the day, as midnight KST; zero when the marketplace named a hope delivery without a
	// date SellerDesk could read (Raw then keeps what it said).
	Date time.Time `json:"date,omitzero"`
	// Time is the hour the buyer wants, as minutes after midnight (15:00 is 900); HasTime says the
	// buyer picked one (00:00 is a time too).
	Time    int  `json:"time,omitempty"`
	HasTime bool `json:"hasTime,omitempty"`
	// Region is the delivery region the buyer picked ("" for none).
	Region string `json:"region,omitempty"`
	// AdditionalFee is the region's extra shipping fee in 원.
	AdditionalFee int64 `json:"additionalFee,omitempty"`
	// ChangeReason and Changer say why and by whom the hope was last changed (구매자, 판매자, …).
	ChangeReason string `json:"changeReason,omitempty"`
	Changer      string `json:"changer,omitempty"`
	// Guaranteed: N희망일배송 (Naver HOPE_SELLER_GUARANTEE), whose date the marketplace guarantees;
	// it takes no time or region.
	Guaranteed bool `json:"guaranteed,omitempty"`
	// Raw is the date and time as the marketplace wrote them when they could not be read.
	Raw string `json:"raw,omitempty"`
}

// weekday is the day of the week as Korean calendars abbreviate it.
func weekday(d time.Weekday) string {
	return [...]string{"일", "월", "화", "수", "목", "금", "토"}[d]
}

// HopeDate makes the midnight KST of a calendar day; ok is false for a day that does not exist.
func HopeDate(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, KST())
	if t.Year() != y || t.Month() != m || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// Known reports whether the day is known.
func (h *HopeDelivery) Known() bool { return h != nil && !h.Date.IsZero() }

// clock is the hour as "15:00", "" without one.
func (h *HopeDelivery) clock() string {
	if !h.HasTime {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", h.Time/60, h.Time%60)
}

// Short is the day as the board and the lists show it: "12/24(목)", with the hour when there is
// one ("12/24(목) 15:00"); "날짜 확인 필요" when the day is not known.
func (h *HopeDelivery) Short() string {
	if h == nil {
		return ""
	}
	if !h.Known() {
		return "날짜 확인 필요"
	}
	d := h.Date.In(KST())
	s := fmt.Sprintf("%d/%d(%s)", int(d.Month()), d.Day(), weekday(d.Weekday()))
	if c := h.clock(); c != "" {
		s += " " + c
	}
	return s
}

// Full is the day with its year, weekday and hour: "2026-12-24(목) 15:00" (Raw, or "날짜 없음",
// when the day is not known). It does not depend on today, so it is what a finding's evidence keeps.
func (h *HopeDelivery) Full() string {
	if h == nil {
		return ""
	}
	if !h.Known() {
		if h.Raw != "" {
			return h.Raw
		}
		return "날짜 없음"
	}
	d := h.Date.In(KST())
	s := fmt.Sprintf("%s(%s)", d.Format("2006-01-02"), weekday(d.Weekday()))
	if c := h.clock(); c != "" {
		s += " " + c
	}
	return s
}

// Long is the day in a sentence: "12월 24일", "12월 24일 15:00"; the year is added when it is not
// the year of now ("2027년 1월 3일").
func (h *HopeDelivery) Long(now time.Time) string {
	if h == nil {
		return ""
	}
	if !h.Known() {
		if h.Raw != "" {
			return h.Raw
		}
		return "날짜 없음"
	}
	d := h.Date.In(KST())
	s := fmt.Sprintf("%d월 %d일", int(d.Month()), d.Day())
	if d.Year() != now.In(KST()).Year() {
		s = fmt.Sprintf("%d년 %s", d.Year(), s)
	}
	if c := h.clock(); c != "" {
		s += " " + c
	}
	return s
}

// SameWhen reports whether two hopes name the same day and hour (a box without a hope and one
// with it differ). The region, the fee and the reason do not count.
func SameWhen(a, b *HopeDelivery) bool {
	switch {
	case a == nil || b == nil:
		return a == nil && b == nil
	case !a.Date.Equal(b.Date) || a.HasTime != b.HasTime || a.Raw != b.Raw:
		return false
	}
	return !a.HasTime || a.Time == b.Time
}

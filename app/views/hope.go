package views

import (
	"strings"

	"sellerdesk/backend/order"
)

// HopeMark is the board's mark of a hope-delivery box beside its 발송기한: "희망 12/24(목)"
// ("희망 12/24(목) 15:00" with an hour); "" for other boxes.
func HopeMark(h *order.HopeDelivery) string {
	if h == nil {
		return ""
	}
	return "희망 " + h.Short()
}

// HopeFacts is the drawer's line about a hope-delivery box: the day and hour, the region and its
// fee, the kind, and why it was last changed ("2026-12-24(목) 15:00 · 지역 서울 전지역 (추가 배송비
// 3,000원) · 변경: 구매자, 여행 일정 변경"); "" for other boxes.
func HopeFacts(h *order.HopeDelivery) string {
	if h == nil {
		return ""
	}
	var parts []string
	if h.Known() {
		parts = append(parts, h.Full())
	} else {
		day := "날짜를 읽을 수 없음"
		if h.Raw != "" {
			day += " (" + h.Raw + ")"
		}
		parts = append(parts, day+": 판매자센터에서 확인하세요")
	}
	if h.Region != "" {
		region := "지역 " + h.Region
		if h.AdditionalFee > 0 {
			region += " (추가 배송비 " + won(h.AdditionalFee) + ")"
		}
		parts = append(parts, region)
	}
	if h.Guaranteed {
		parts = append(parts, "N희망일배송")
	}
	if h.ChangeReason != "" || (h.Changer != "" && h.Changer != "구매자") {
		var who []string
		for _, w := range []string{h.Changer, h.ChangeReason} {
			if w != "" {
				who = append(who, w)
			}
		}
		parts = append(parts, "변경: "+strings.Join(who, ", "))
	}
	return strings.Join(parts, " · ")
}

package order

import (
	"fmt"
	"strings"
)

// Status is SellerDesk's unified shipment status, the same words for both marketplaces. The
// marketplace's own status is kept verbatim in Shipment.MarketStatus.
type Status string

const (
	StatusPending      Status = "PENDING"      // 결제대기 (Naver PAYMENT_WAITING)
	StatusPaid         Status = "PAID"         // 결제완료 / 신규주문 (Naver PAYED+NOT_YET, Coupang ACCEPT)
	StatusAcknowledged Status = "ACKNOWLEDGED" // 발주확인 / 상품준비중 (Naver placeOrderStatus OK, Coupang INSTRUCT)
	StatusShipped      Status = "SHIPPED"      // 발송처리 / 배송지시 (Coupang DEPARTURE)
	StatusDelivering   Status = "DELIVERING"   // 배송중 (Naver DELIVERING, Coupang DELIVERING)
	StatusDelivered    Status = "DELIVERED"    // 배송완료 (Naver DELIVERED, Coupang FINAL_DELIVERY)
	StatusDecided      Status = "DECIDED"      // 구매확정 (Naver PURCHASE_DECIDED)
	StatusCanceled     Status = "CANCELED"     // 취소
	StatusReturned     Status = "RETURNED"     // 반품
	StatusExchanged    Status = "EXCHANGED"    // 교환
)

var statuses = [...]Status{
	StatusPending, StatusPaid, StatusAcknowledged, StatusShipped, StatusDelivering,
	StatusDelivered, StatusDecided, StatusCanceled, StatusReturned, StatusExchanged,
}

// AllStatuses lists every unified status in the order a shipment moves through them.
func AllStatuses() []Status { return statuses[:] }

// Valid reports whether s is a known unified status.
func (s Status) Valid() bool {
	for _, k := range statuses {
		if s == k {
			return true
		}
	}
	return false
}

// ParseStatus accepts a unified status in any case ("PAID", "acknowledged") or its Korean
// label ("신규주문", "발주확인").
func ParseStatus(s string) (Status, error) {
	s = strings.TrimSpace(s)
	for _, st := range statuses {
		if strings.EqualFold(s, string(st)) || s == st.Label() {
			return st, nil
		}
	}
	return "", fmt.Errorf("order: unknown status %q", s)
}

// Label is the status in the seller centres' own Korean words.
func (s Status) Label() string {
	switch s {
	case StatusPending:
		return "결제대기"
	case StatusPaid:
		return "신규주문"
	case StatusAcknowledged:
		return "발주확인"
	case StatusShipped:
		return "발송처리"
	case StatusDelivering:
		return "배송중"
	case StatusDelivered:
		return "배송완료"
	case StatusDecided:
		return "구매확정"
	case StatusCanceled:
		return "취소"
	case StatusReturned:
		return "반품"
	case StatusExchanged:
		return "교환"
	}
	return string(s)
}

// ToShip reports whether the seller still has to pack and send a shipment in this status.
func (s Status) ToShip() bool { return s == StatusPaid || s == StatusAcknowledged }

// Final reports whether nothing more happens to a shipment in this status.
func (s Status) Final() bool {
	switch s {
	case StatusDelivered, StatusDecided, StatusCanceled, StatusReturned, StatusExchanged:
		return true
	}
	return false
}

// Progressed reports whether a shipment in this status is 발주확인 or later on its way to the
// buyer: an acknowledgement has nothing left to do.
func (s Status) Progressed() bool {
	switch s {
	case StatusAcknowledged, StatusShipped, StatusDelivering, StatusDelivered, StatusDecided:
		return true
	}
	return false
}

// Dispatched reports whether the box has left the seller (발송처리 done).
func (s Status) Dispatched() bool {
	switch s {
	case StatusShipped, StatusDelivering, StatusDelivered, StatusDecided:
		return true
	}
	return false
}

// Dispatchable reports whether a shipment in status st may be dispatched (발송처리) on market m,
// and if not, why in Korean: Naver takes 신규주문 and 발주확인 (a dispatch confirms on the way),
// Coupang only 상품준비중.
func Dispatchable(m Marketplace, st Status) (bool, string) {
	switch {
	case st == StatusAcknowledged:
		return true, ""
	case st == StatusPaid && m == Naver:
		return true, ""
	case st == StatusPaid && m == Coupang:
		return false, "쿠팡 주문은 먼저 상품준비중(발주확인) 처리해야 운송장을 올릴 수 있습니다."
	}
	return false, fmt.Sprintf("지금 상태(%s)에서는 발송처리할 수 없습니다.", st.Label())
}

package fulfil

import (
	"context"
	"fmt"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// InvoiceFix is a 송장 수정: the courier and number a box that already left should carry instead of
// the wrong ones it was dispatched with.
type InvoiceFix struct {
	Key            string `json:"key"`
	Courier        string `json:"courier"`
	TrackingNumber string `json:"trackingNumber"`
}

// NaverInvoiceFixNote is why SellerDesk does not send a 송장 수정 to Naver and where the seller does
// it: the current official pages (raws/commerce-api/current) have 발송 처리 only, for product orders
// not yet dispatched, and no call that changes the tracking number of a dispatched one.
const NaverInvoiceFixNote = "네이버 커머스API에는 발송처리한 주문의 송장을 고치는 기능이 없습니다. " +
	"네이버 스마트스토어센터 > 판매관리 > 배송현황 관리에서 해당 주문을 골라 송장을 수정하세요. 다음 동기화 때 셀러데스크에도 반영됩니다."

// invoiceFix is 송장 수정 (Coupang updateInvoices, article 360034320653): a box Coupang shows
// DEPARTURE, DELIVERING, FINAL_DELIVERY or NONE_TRACKING gets a new courier and number; the number
// passes the courier's rule and is on no other parcel (the same rules as a dispatch).
type invoiceFix struct {
	couriers *lists.CourierTable
	fixes    map[string]InvoiceFix
}

// coupangFixable are the statuses whose invoice Coupang lets the seller change.
var coupangFixable = map[string]bool{coupang.StatusDeparture: true, coupang.StatusDelivering: true,
	coupang.StatusFinalDelivery: true, coupang.StatusNoneTracking: true}

func (*invoiceFix) Action() string { return "invoice-fix" }
func (*invoiceFix) Verb() string   { return "송장 수정" }

// Check: a Coupang box that left, a courier Coupang knows and a number the courier's rule reads
// unchanged, different from the box's.
func (w *invoiceFix) Check(j *Job) *Verdict {
	s := &j.Shipment
	if v := fixable(s); v != nil {
		return v
	}
	fix := w.fixes[j.Item.Key]
	c, ok := w.couriers.Lookup(fix.Courier)
	if !ok {
		return Fail("택배사(%s)를 알 수 없습니다. 택배사를 다시 고르세요.", fix.Courier)
	}
	code := c.Code(s.Marketplace)
	if code == "" {
		return Fail("%s는 %s에서 쓸 수 없는 택배사입니다.", c.Name, s.Marketplace.Label())
	}
	n, err := checkTracking(c, fix.TrackingNumber)
	if err != nil {
		why, _ := usererr.Korean(err)
		return Fail("%s", why)
	}
	if n == s.TrackingNumber && c.Name == s.Courier {
		return Skip("이미 이 운송장번호(%s)로 등록되어 있습니다.", n)
	}
	j.Parcel = Parcel{Courier: c.Name, Code: code, Number: n}
	return nil
}

// fixable says why the invoice of s cannot be changed now, nil when it can.
func fixable(s *order.Shipment) *Verdict {
	if why := InvoiceFixBlocked(s); why != "" {
		return Skip("%s", why)
	}
	return nil
}

// InvoiceFixBlocked says in Korean why 송장 수정 cannot be sent for s now, "" when it can (the rule
// of the write, for the screens): a Coupang box Coupang shows 배송지시, 배송중, 배송완료 or 업체직송;
// for Naver, where to do it instead.
func InvoiceFixBlocked(s *order.Shipment) string {
	switch {
	case !s.Status.Dispatched():
		return "아직 발송처리되지 않은 주문입니다. 송장 수정은 발송처리한 뒤에 합니다(지금은 운송장을 새로 입력하세요)."
	case s.Marketplace == order.Naver:
		return NaverInvoiceFixNote
	case !coupangFixable[s.MarketStatus]:
		return fmt.Sprintf("쿠팡은 배송지시·배송중·배송완료 상태에서만 송장을 고칠 수 있습니다(지금: %s).", s.MarketStatus)
	}
	return ""
}

// Prepare refuses a number already on a box of another parcel.
func (*invoiceFix) Prepare(ctx context.Context, st *store.Store, jobs []*Job) error {
	return refuseTakenNumbers(ctx, st, jobs)
}

// Sweep: the number may have been changed in WING meanwhile, or the box taken back.
func (*invoiceFix) Sweep() bool { return true }

func (w *invoiceFix) Recheck(j *Job) *Verdict {
	if j.Shipment.TrackingNumber == j.Parcel.Number {
		return Skip("%s에 이미 이 운송장번호(%s)로 등록되어 있습니다. 다시 보내지 않았습니다.", j.Item.MarketLabel, j.Parcel.Number)
	}
	return fixable(&j.Shipment)
}

func (*invoiceFix) Applied(j *Job, s *order.Shipment) (bool, string) {
	return s.TrackingNumber == j.Parcel.Number, ""
}

// Mark stores the new courier and number; Coupang moves the box back to 배송지시 (DEPARTURE).
func (*invoiceFix) Mark(j *Job, s *order.Shipment, _ MarkEnv) {
	s.Courier, s.TrackingNumber = j.Parcel.Courier, j.Parcel.Number
	if j.Answer.Status != "" {
		s.Status, s.MarketStatus = j.Answer.Status, j.Answer.MarketStatus
	}
}

func (*invoiceFix) Detail(j *Job) string {
	return fmt.Sprintf("송장 수정: %s %s → %s %s (%s 코드 %s)", j.Shipment.Courier, j.Shipment.TrackingNumber, j.Parcel.Courier, j.Parcel.Number,
		j.Item.MarketLabel, j.Parcel.Code)
}

func (*invoiceFix) Writer(m order.Marketplace, mk Market) Writer {
	if m == order.Coupang && mk.Coupang != nil {
		return coupangInvoiceUpdate{mk.Coupang}
	}
	return nil
}

// coupangInvoiceUpdate is 송장 수정 on Coupang (updateInvoices: one line per vendor item, at most 50
// lines a call), built from the box as the sweep just read it.
type coupangInvoiceUpdate struct{ c *coupang.Client }

func (w coupangInvoiceUpdate) Send(ctx context.Context, b *Batch) error {
	return sendCoupangInvoices(ctx, b, w.c.UpdateInvoices,
		"쿠팡 주문서에 상품이 없어 송장을 고치지 못했습니다. 주문을 다시 불러오세요.", nil)
}

package fulfil

import (
	"context"

	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// nothing is 발송처리 without a parcel (배송없음): a digital order, mailed to the buyer, is
// dispatched with deliveryMethod NOTHING and neither a courier nor a tracking number. It is read
// back right before sending (the claim sweep), so an order done meanwhile is not sent again and a
// cancel request stops it.
type nothing struct{}

func (nothing) Action() string { return "dispatch-nothing" }
func (nothing) Verb() string   { return "배송없음 발송처리" }

// Check takes the stored shipment: not sent already, in a status the marketplace dispatches from.
func (nothing) Check(j *Job) *Verdict {
	s := &j.Shipment
	if s.Status.Dispatched() {
		return Skip("이미 발송처리된 주문입니다. 다시 보내지 않습니다.")
	}
	if ok, why := order.Dispatchable(s.Marketplace, s.Status); !ok {
		return Skip("%s", why)
	}
	if s.Claim != nil && s.Claim.Open {
		return Skip("%s 요청이 있는 주문은 발송처리하지 않습니다. 요청을 먼저 처리하세요.", s.Claim.Type.Label())
	}
	j.Parcel = Parcel{Method: naver.DeliveryNothing}
	return nil
}

func (nothing) Prepare(context.Context, *store.Store, []*Job) error { return nil }

func (nothing) Sweep() bool { return true }

// Recheck decides on the order as the marketplace has it right now.
func (w nothing) Recheck(j *Job) *Verdict {
	s, m := &j.Shipment, j.Item.Market
	switch {
	case s.Status.Dispatched() && s.TrackingNumber == "":
		return Skip("%s에 이미 발송처리되어 있습니다. 다시 보내지 않습니다.", m.Label())
	case s.Status.Dispatched():
		return Skip("%s에 이미 운송장번호(%s)로 발송처리되어 있습니다. 배송없음으로 다시 보내지 않습니다.", m.Label(), s.TrackingNumber)
	}
	return w.Check(j)
}

func (nothing) Applied(j *Job, s *order.Shipment) (bool, string) {
	switch {
	case s.Status.Dispatched() && s.TrackingNumber == "":
		return true, ""
	case s.Status.Dispatched():
		return false, "확인 필요: " + j.Item.MarketLabel + "의 응답이 끊겼고, 다시 조회하니 운송장번호(" + s.TrackingNumber +
			")로 발송처리되어 있습니다. 판매자센터에서 확인하세요."
	}
	return false, ""
}

func (nothing) Detail(j *Job) string {
	return "배송없음 발송처리 완료 (" + j.Item.MarketLabel + ", deliveryMethod " + j.Parcel.Method + ")"
}

// Mark stores the dispatch: status and market status (unless further along); no courier, no number.
func (nothing) Mark(j *Job, s *order.Shipment, env MarkEnv) {
	if !s.Status.Dispatched() {
		if j.Answer.Status != "" {
			s.Status = j.Answer.Status
		}
		if j.Answer.MarketStatus != "" {
			s.MarketStatus = j.Answer.MarketStatus
		}
	}
	if s.AcknowledgedAt.IsZero() {
		s.AcknowledgedAt = env.Now
	}
}

// Writer: Naver's dispatch sends the parcel's method and leaves the courier and number out when
// they are empty. Coupang has no dispatch without an invoice.
func (nothing) Writer(m order.Marketplace, mk Market) Writer {
	if m == order.Naver && mk.Naver != nil {
		return naverDispatch{mk.Naver}
	}
	return nil
}

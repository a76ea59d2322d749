package fulfil

import (
	"context"
	"strconv"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// naverAcknowledged is the MarketStatus of an acknowledged Naver product order.
const naverAcknowledged = "PAYED/OK"

// acknowledge is 발주확인 / 상품준비중: a 신규주문 without an open claim moves to 발주확인.
type acknowledge struct{ Plain }

func (acknowledge) Action() string { return "acknowledge" }
func (acknowledge) Verb() string   { return "발주확인" }

func (acknowledge) Check(j *Job) *Verdict {
	s := &j.Shipment
	switch {
	case s.Status != order.StatusPaid:
		return Skip("신규주문(결제완료) 상태만 발주확인할 수 있습니다. 지금 상태: %s.", s.Status.Label())
	case s.Claim != nil && s.Claim.Open:
		return Skip("%s 요청이 있는 주문은 발주확인하지 않습니다. 요청을 먼저 처리하세요.", s.Claim.Type.Label())
	}
	return nil
}

func (acknowledge) Applied(_ *Job, s *order.Shipment) (bool, string) {
	return s.Status.Progressed(), ""
}

func (acknowledge) Detail(j *Job) string { return "발주확인 완료 (" + j.Item.MarketLabel + ")" }

// Mark moves the shipment to 발주확인 (unless it is further along), stamps when, and takes a
// receiver change the marketplace reported on the way: the event, and the checks again.
func (acknowledge) Mark(j *Job, s *order.Shipment, env MarkEnv) {
	prev := *s
	if !s.Status.Progressed() {
		s.Status = order.StatusAcknowledged
	}
	if ms := j.Answer.MarketStatus; ms != "" && s.Status == order.StatusAcknowledged {
		s.MarketStatus = ms
	}
	if s.AcknowledgedAt.IsZero() {
		s.AcknowledgedAt = env.Now
	}
	if j.Answer.AddressChanged {
		s.Events = append(s.Events, order.Event{Kind: order.EventAddressChanged, MarketType: "isReceiverAddressChanged", At: env.Now})
		env.Check(&prev, s, env.Now)
	}
}

func (acknowledge) Writer(m order.Marketplace, mk Market) Writer {
	switch {
	case m == order.Naver && mk.Naver != nil:
		return naverConfirm{mk.Naver}
	case m == order.Coupang && mk.Coupang != nil:
		return coupangAcknowledge{mk.Coupang}
	}
	return nil
}

// naverConfirm is 발주확인 on Naver (confirm, 30 product orders a call).
type naverConfirm struct{ c *naver.Client }

func (w naverConfirm) Send(ctx context.Context, b *Batch) error {
	res, err := w.c.Confirm(ctx, idsOf(b.Jobs))
	for _, s := range res.Succeeded {
		if j := b.Job(string(s.ProductOrderID)); j != nil {
			j.Answer = Answer{Said: Applied, MarketStatus: naverAcknowledged, AddressChanged: bool(s.IsReceiverAddressChanged)}
			if j.Answer.AddressChanged {
				j.Answer.Note = "발주확인되었습니다. 네이버가 배송지가 바뀌었다고 알려 왔으니 새 주소를 확인하세요."
			}
		}
	}
	for _, f := range res.Failed {
		j := b.Job(string(f.ProductOrderID))
		switch {
		case j == nil:
		case f.Code == naver.CodeSameStatus: // the same status as before: acknowledged already
			j.Answer = Answer{Said: Applied, MarketStatus: naverAcknowledged, Detail: "이미 발주확인된 주문 (네이버)"}
		default:
			j.Answer = Answer{Said: Refused, Code: f.Code, Reason: f.SellerMessage(), Recheck: f.RefusedForState()}
		}
	}
	naverNotSent(b, res.NotSent)
	return err
}

// coupangAcknowledge is 상품준비중 on Coupang (acknowledgement, 50 boxes a call).
type coupangAcknowledge struct{ c *coupang.Client }

func (w coupangAcknowledge) Send(ctx context.Context, b *Batch) error {
	boxes := coupangBoxes(b)
	if len(boxes) == 0 {
		return nil
	}
	res, err := w.c.Acknowledge(ctx, boxes)
	var succeeded []string
	for _, r := range res.ResponseList {
		j := b.Job(strconv.FormatInt(int64(r.ShipmentBoxID), 10))
		switch {
		case j == nil:
		case r.Succeed:
			j.Answer = Answer{Said: Applied, Detail: "상품준비중 처리 완료 (쿠팡)"}
			succeeded = append(succeeded, j.Item.ID)
		default:
			j.Answer = Answer{Said: Refused, Code: r.ResultCode, Reason: r.SellerMessage(), Recheck: r.RefusedForState()}
		}
	}
	// 상품준비중 is when Coupang's own guide says to read the box again (the receiver may have
	// changed while it was 결제완료): the acknowledged boxes are read back through the checked
	// path. Without a fresh read the market status stays ACCEPT, so the next sync reads it again.
	if len(succeeded) > 0 {
		fresh, _ := b.ReadBack(ctx, succeeded)
		for _, id := range succeeded {
			j := b.Job(id)
			s, ok := fresh[j.Item.Key]
			if !ok {
				continue
			}
			j.Answer.MarketStatus = s.MarketStatus
			if s.MarketStatus == coupang.StatusAccept {
				j.Answer.Note = "발주확인되었습니다. 쿠팡 화면에 상품준비중으로 반영되기까지 최대 30분 걸릴 수 있고, 그동안 운송장 등록은 '아직 안 됨'으로 표시됩니다."
			}
		}
	}
	coupangUnanswered(b, err)
	return err
}

// coupangBoxes are the batch's box ids; a job whose id is not one is refused here.
func coupangBoxes(b *Batch) []int64 {
	boxes := make([]int64, 0, len(b.Jobs))
	for _, j := range b.Jobs {
		n, err := strconv.ParseInt(j.Item.ID, 10, 64)
		if err != nil || n <= 0 {
			j.Answer = Answer{Said: Refused, Reason: "쿠팡 묶음배송번호가 올바르지 않습니다."}
			continue
		}
		boxes = append(boxes, n)
	}
	return boxes
}

// coupangUnanswered sorts the boxes Coupang's answer left out: read back when their answer was
// lost (or a 200 answer skipped them), not sent when the call failed before them.
func coupangUnanswered(b *Batch, err error) {
	unknown := map[string]bool{}
	if oe, ok := asCoupangUnknown(err); ok {
		for _, id := range oe.ShipmentBoxIDs {
			unknown[strconv.FormatInt(id, 10)] = true
		}
	}
	for _, j := range b.Jobs {
		if j.Answer.Said == NoAnswer && err != nil && !unknown[j.Item.ID] {
			j.Answer = Answer{Said: NotSent}
		}
	}
}

// naverNotSent marks the product orders Naver's client never sent.
func naverNotSent(b *Batch, ids []string) {
	for _, id := range ids {
		if j := b.Job(id); j != nil {
			j.Answer = Answer{Said: NotSent}
		}
	}
}

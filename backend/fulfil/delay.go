package fulfil

import (
	"context"
	"fmt"
	"strings"
	"time"

	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// DelayRequest is a 발송지연: the new dispatch deadline (a KST date; the deadline is the end of that
// day), a reason from Naver's documented list (naver.DelayReasons) and the detailed reason the buyer
// reads.
type DelayRequest struct {
	Until  time.Time `json:"until"`
	Reason string    `json:"reason"`
	Detail string    `json:"detail"`
}

// ParseDelayDate reads the new deadline as the seller writes it (2026-12-05, 2026.12.05) as the end
// of that day in Korea.
func ParseDelayDate(s string) (time.Time, error) {
	s = strings.TrimSpace(strings.NewReplacer(".", "-", "/", "-").Replace(s))
	d, err := time.ParseInLocation("2006-01-02", s, order.KST())
	if err != nil {
		return time.Time{}, usererr.New("새 발송기한을 2026-12-05처럼 적어 주세요.", fmt.Errorf("delay date %q: %w", s, err))
	}
	return endOfDay(d), nil
}

func endOfDay(t time.Time) time.Time {
	y, m, d := t.In(order.KST()).Date()
	return time.Date(y, m, d, 23, 59, 59, 0, order.KST())
}

func sameDay(a, b time.Time) bool {
	return !a.IsZero() && !b.IsZero() && a.In(order.KST()).Format(time.DateOnly) == b.In(order.KST()).Format(time.DateOnly)
}

// delay is 발송지연 (Naver delay, one product order a call): a box not yet sent, without an open
// claim, gets a later dispatch deadline.
type delay struct {
	req DelayRequest
	now time.Time
}

// newDelay checks the request itself: a reason from the list, a date later than today.
func newDelay(req DelayRequest, now time.Time) (*delay, error) {
	if naver.DelayReasonLabel(req.Reason) == "" {
		return nil, usererr.New("발송지연 사유를 고르세요 (상품 준비 중, 고객 요청, 주문 제작, 예약 발송, 해외 배송, 기타).",
			fmt.Errorf("delay reason %q", req.Reason))
	}
	if req.Until.IsZero() {
		return nil, usererr.New("새 발송기한을 고르세요.", fmt.Errorf("no delay date"))
	}
	req.Until = endOfDay(req.Until)
	if !req.Until.After(endOfDay(now)) {
		return nil, usererr.New("새 발송기한은 내일 이후여야 합니다.", fmt.Errorf("delay date %s not after today", req.Until.Format(time.DateOnly)))
	}
	req.Detail = strings.TrimSpace(req.Detail)
	if req.Detail == "" {
		req.Detail = naver.DelayReasonLabel(req.Reason)
	}
	if len(req.Detail) > naver.MaxDelayDetail {
		return nil, usererr.New("상세 사유가 너무 깁니다.", fmt.Errorf("delay detail of %d bytes", len(req.Detail)))
	}
	return &delay{req: req, now: now}, nil
}

func (*delay) Action() string { return "delay" }
func (*delay) Verb() string   { return "발송지연" }

// DelayBlocked says in Korean why a 발송지연 cannot be sent for s now, "" when it can: a Naver box
// still to send, without an open claim (the rule of the write, for the screens).
func DelayBlocked(s *order.Shipment) string {
	switch {
	case s.Marketplace == order.Coupang:
		return "쿠팡 발송지연은 API로 보낼 수 없습니다. 쿠팡 WING에서 처리하세요."
	case s.Status.Dispatched():
		return "이미 발송처리된 주문입니다. 발송지연은 보내기 전에만 할 수 있습니다."
	case !s.Status.ToShip():
		return fmt.Sprintf("지금 상태(%s)에서는 발송지연을 할 수 없습니다.", s.Status.Label())
	case s.Claim != nil && s.Claim.Open:
		return fmt.Sprintf("%s 요청이 열려 있는 주문은 발송지연을 보내지 않습니다. 요청을 먼저 처리하세요.", s.Claim.Type.Label())
	}
	return ""
}

// Check: a Naver box still to send, without an open claim, whose deadline is earlier than the new
// one.
func (w *delay) Check(j *Job) *Verdict { return w.may(&j.Shipment) }

func (w *delay) may(s *order.Shipment) *Verdict {
	if why := DelayBlocked(s); why != "" {
		return Skip("%s", why)
	}
	switch {
	case sameDay(s.ShipBy, w.req.Until):
		return Skip("이미 발송기한이 %s입니다.", w.req.Until.Format(time.DateOnly))
	case !s.ShipBy.IsZero() && !w.req.Until.After(s.ShipBy):
		return Fail("새 발송기한(%s)은 지금 발송기한(%s)보다 늦어야 합니다.", w.req.Until.Format(time.DateOnly), s.ShipBy.In(order.KST()).Format(time.DateOnly))
	}
	return nil
}

func (*delay) Prepare(context.Context, *store.Store, []*Job) error { return nil }

// Sweep: the box may have been sent or claimed since the last sync.
func (*delay) Sweep() bool { return true }

func (w *delay) Recheck(j *Job) *Verdict { return w.may(&j.Shipment) }

// Applied: the deadline read back is the new one (or later).
func (w *delay) Applied(_ *Job, s *order.Shipment) (bool, string) {
	return sameDay(s.ShipBy, w.req.Until) || s.ShipBy.After(w.req.Until), ""
}

// Mark keeps the deadline Naver accepted when the read-back did not bring it yet.
func (w *delay) Mark(_ *Job, s *order.Shipment, _ MarkEnv) {
	if s.ShipBy.Before(w.req.Until) {
		s.ShipBy = w.req.Until
	}
}

func (w *delay) Detail(*Job) string {
	return fmt.Sprintf("발송지연: %s까지 (%s) — %s", w.req.Until.Format(time.DateOnly), naver.DelayReasonLabel(w.req.Reason), w.req.Detail)
}

func (w *delay) Writer(m order.Marketplace, mk Market) Writer {
	if m == order.Naver && mk.Naver != nil {
		return naverDelay{c: mk.Naver, req: w.req}
	}
	return nil
}

// naverDelay is 발송지연 on Naver; the product orders it delayed are read back at once: the change
// feed's types (lastChangedType) name no 발송지연, so the sync alone may not read them again.
type naverDelay struct {
	c   *naver.Client
	req DelayRequest
}

func (w naverDelay) Send(ctx context.Context, b *Batch) error {
	res, err := w.c.DelayDispatch(ctx, idsOf(b.Jobs), naver.Delay{Until: w.req.Until, Reason: w.req.Reason, Detail: w.req.Detail})
	naverItems(b, res)
	readBackApplied(ctx, b)
	return err
}

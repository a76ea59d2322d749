package fulfil

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"sellerdesk/backend/hope"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// HopeRequest is a 배송 희망일 변경 (Naver 희망일배송): the new day (midnight KST), the hour when
// there is one, the region when it changes, and the reason the buyer reads.
type HopeRequest struct {
	Day     time.Time `json:"day"`
	Time    int       `json:"time"`
	HasTime bool      `json:"hasTime"`
	Region  string    `json:"region"`
	Reason  string    `json:"reason"`
}

// ParseHopeRequest reads the seller's words: the day (2026-12-24, 2026.12.24), the hour ("", 1500,
// 15:00), the region ("" keeps it) and the reason.
func ParseHopeRequest(day, hour, region, reason string) (HopeRequest, error) {
	d, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(strings.NewReplacer(".", "-", "/", "-").Replace(day)), order.KST())
	if err != nil {
		return HopeRequest{}, usererr.New("새 배송 희망일을 2026-12-24처럼 적어 주세요.", fmt.Errorf("hope day %q: %w", day, err))
	}
	req := HopeRequest{Day: d, Region: strings.TrimSpace(region), Reason: strings.TrimSpace(reason)}
	if h := strings.TrimSpace(hour); h != "" {
		m, ok := naver.ParseHopeHour(h)
		if !ok {
			return HopeRequest{}, usererr.New("희망 시간을 1500 또는 15:00처럼 적어 주세요.", fmt.Errorf("hope hour %q", hour))
		}
		req.Time, req.HasTime = m, true
	}
	return req, nil
}

// hope is the day as a model value.
func (r HopeRequest) hope() *order.HopeDelivery {
	return &order.HopeDelivery{Date: r.Day, Time: r.Time, HasTime: r.HasTime}
}

// hourText is hopeDeliveryHm ("" without an hour).
func (r HopeRequest) hourText() string {
	if !r.HasTime {
		return ""
	}
	return fmt.Sprintf("%02d%02d", r.Time/60, r.Time%60)
}

// naverAPIChanger is hopeDelivery.changer of a change sent through the API ("변경한 사용자(구매자/
// 판매자/판매자 API)").
const naverAPIChanger = "판매자 API"

// hopeChange is 배송 희망일 변경 (Naver, one product order a call): a hope-delivery box not sent
// yet, without an open claim, gets the day (and hour) the seller agreed with the buyer.
type hopeChange struct {
	req HopeRequest
}

// newHopeChange checks the request itself: a day from today on, a reason of 1 to 300 characters, a
// region of at most 30.
func newHopeChange(req HopeRequest, now time.Time) (*hopeChange, error) {
	if req.Day.IsZero() {
		return nil, usererr.New("새 배송 희망일을 고르세요.", fmt.Errorf("no hope day"))
	}
	y, m, d := req.Day.In(order.KST()).Date()
	req.Day = time.Date(y, m, d, 0, 0, 0, 0, order.KST())
	ty, tm, td := now.In(order.KST()).Date()
	if req.Day.Before(time.Date(ty, tm, td, 0, 0, 0, 0, order.KST())) {
		return nil, usererr.New("배송 희망일은 오늘 이후여야 합니다.", fmt.Errorf("hope day %s before today", req.Day.Format(time.DateOnly)))
	}
	req.Reason, req.Region = strings.TrimSpace(req.Reason), strings.TrimSpace(req.Region)
	switch {
	case req.Reason == "":
		return nil, usererr.New("배송 희망일을 바꾸는 사유를 적어 주세요. 구매자에게 안내됩니다.", fmt.Errorf("no hope change reason"))
	case utf8.RuneCountInString(req.Reason) > naver.MaxHopeReason:
		return nil, usererr.New("사유는 300자까지 적을 수 있습니다.", fmt.Errorf("hope reason of %d characters", utf8.RuneCountInString(req.Reason)))
	case utf8.RuneCountInString(req.Region) > naver.MaxHopeRegion:
		return nil, usererr.New("지역은 30자까지 적을 수 있습니다.", fmt.Errorf("hope region of %d characters", utf8.RuneCountInString(req.Region)))
	}
	return &hopeChange{req: req}, nil
}

// ChangeHope sends 배송 희망일 변경 for the hope-delivery boxes among keys, after reading each back.
func (p *Pipeline) ChangeHope(ctx context.Context, req HopeRequest, keys []string, by string) (Outcome, error) {
	w, err := newHopeChange(req, p.cfg.Now())
	if err != nil {
		return Outcome{}, err
	}
	return p.Run(ctx, w, keys, by)
}

func (*hopeChange) Action() string { return "hope-change" }
func (*hopeChange) Verb() string   { return "배송 희망일 변경" }

// HopeBlocked says in Korean why the hope-delivery day of s cannot be changed now, "" when it can
// (the rule of the write, for the screens).
func HopeBlocked(s *order.Shipment) string {
	switch {
	case s.Marketplace != order.Naver:
		return s.Marketplace.Label() + " 주문에는 배송 희망일이 없습니다."
	case s.Hope == nil:
		return "희망일배송 주문이 아니라 배송 희망일을 바꿀 수 없습니다."
	case s.Status.Dispatched():
		return "이미 발송처리된 주문입니다. 배송 희망일은 보내기 전에만 바꿀 수 있습니다."
	case !s.Status.ToShip():
		return fmt.Sprintf("지금 상태(%s)에서는 배송 희망일을 바꿀 수 없습니다.", s.Status.Label())
	case s.Claim != nil && s.Claim.Open:
		return fmt.Sprintf("%s 요청이 열려 있는 주문은 배송 희망일을 바꾸지 않습니다. 요청을 먼저 처리하세요.", s.Claim.Type.Label())
	}
	return ""
}

func (w *hopeChange) Check(j *Job) *Verdict { return w.may(&j.Shipment) }

func (w *hopeChange) may(s *order.Shipment) *Verdict {
	if why := HopeBlocked(s); why != "" {
		if s.Marketplace != order.Naver {
			return Skip("%s", why)
		}
		return Fail("%s", why)
	}
	switch {
	case s.Hope.Guaranteed && (w.req.HasTime || w.req.Region != ""):
		return Fail("N희망일배송 주문은 희망 시간과 지역을 넣을 수 없습니다. 날짜만 바꾸세요.")
	case order.SameWhen(s.Hope, w.req.hope()):
		return Skip("이미 배송 희망일이 %s입니다.", s.Hope.Full())
	}
	return nil
}

func (*hopeChange) Prepare(context.Context, *store.Store, []*Job) error { return nil }

// Sweep: read back before sending — the box may have been sent, claimed, or its day moved since
// the last sync.
func (*hopeChange) Sweep() bool { return true }

func (w *hopeChange) Recheck(j *Job) *Verdict { return w.may(&j.Shipment) }

// Applied: the day and hour read back are the ones asked for.
func (w *hopeChange) Applied(_ *Job, s *order.Shipment) (bool, string) {
	return s.Hope != nil && order.SameWhen(s.Hope, w.req.hope()), ""
}

// Mark stores the day Naver accepted (the read-back may not show it yet). The seller chose it: no
// change alert, unless a list printed before carries the old day — then HOPE_CHANGED holds the box
// until it is printed again and checked, whether or not the read-back brought the day already.
func (w *hopeChange) Mark(_ *Job, s *order.Shipment, env MarkEnv) {
	before := *s
	h := order.HopeDelivery{}
	if s.Hope != nil {
		h = *s.Hope
	}
	h.Date, h.Time, h.HasTime, h.Raw = w.req.Day, w.req.Time, w.req.HasTime, ""
	if w.req.Region != "" {
		h.Region = w.req.Region
	}
	h.ChangeReason, h.Changer = w.req.Reason, naverAPIChanger
	s.Hope = &h
	if s.Printed != nil {
		hope.Apply(&before, s, env.Now)
		return
	}
	hope.Forget(s)
}

func (w *hopeChange) Detail(*Job) string {
	return fmt.Sprintf("배송 희망일 변경: %s — %s", w.req.hope().Full(), w.req.Reason)
}

func (w *hopeChange) Writer(m order.Marketplace, mk Market) Writer {
	if m == order.Naver && mk.Naver != nil {
		return naverHope{c: mk.Naver, req: w.req}
	}
	return nil
}

// naverHope is 배송 희망일 변경 on Naver; the product orders it changed are read back at once so
// the board shows Naver's own day.
type naverHope struct {
	c   *naver.Client
	req HopeRequest
}

func (w naverHope) Send(ctx context.Context, b *Batch) error {
	res, err := w.c.ChangeHopeDelivery(ctx, idsOf(b.Jobs), naver.HopeChange{Day: w.req.Day, Hour: w.req.hourText(),
		Region: w.req.Region, Reason: w.req.Reason})
	naverItems(b, res)
	readBackApplied(ctx, b)
	return err
}

package fulfil

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/check"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Market statuses stored right after a dispatch the marketplace accepted.
const naverDispatched = "DELIVERING/OK"

// dispatch is 발송처리: a shipment with a tracking number the courier's rule accepts, on no other
// box, not held by a finding or a claim (read back right before sending), leaves with it.
type dispatch struct{ couriers *lists.CourierTable }

func (dispatch) Action() string { return "dispatch" }
func (dispatch) Verb() string   { return "발송처리" }

// Check takes the stored shipment: not sent already, in a status the marketplace dispatches
// from, with a courier the marketplace knows and a number the courier's rule reads unchanged
// (a number stored before the rule, or by another door, is not sent unchecked).
func (d dispatch) Check(j *Job) *Verdict {
	s := &j.Shipment
	if s.Status.Dispatched() {
		return Skip("이미 발송처리된 주문입니다(운송장 %s). 다시 보내지 않습니다.", s.TrackingNumber)
	}
	if ok, why := order.Dispatchable(s.Marketplace, s.Status); !ok {
		return Skip("%s", why)
	}
	if strings.TrimSpace(s.TrackingNumber) == "" {
		return Skip("운송장번호가 없습니다. 먼저 입력하거나 택배사 결과 파일을 가져오세요.")
	}
	c, ok := d.couriers.Lookup(s.Courier)
	if !ok {
		return Fail("택배사(%s)를 알 수 없습니다. 운송장 입력에서 택배사를 다시 고르세요.", s.Courier)
	}
	code := c.Code(s.Marketplace)
	if code == "" {
		return Fail("%s는 %s에서 쓸 수 없는 택배사입니다.", c.Name, s.Marketplace.Label())
	}
	if chk := lists.ReadTrackingNumber(s.TrackingNumber, c); !chk.Issue.Usable() || chk.Number != s.TrackingNumber {
		note := chk.Note
		if note == "" {
			note = "운송장번호를 읽을 수 없습니다."
		}
		return Fail("운송장번호를 다시 확인하세요: %s", note)
	}
	j.Parcel = Parcel{Courier: c.Name, Code: code, Number: s.TrackingNumber}
	return nil
}

// Prepare refuses, before anything is sent, a number already on a box of another parcel (in this
// batch or in the store): it cannot be right for both.
func (dispatch) Prepare(ctx context.Context, st *store.Store, jobs []*Job) error {
	return refuseTakenNumbers(ctx, st, jobs)
}

// refuseTakenNumbers settles the jobs whose parcel number is already on a box of another parcel
// (lists.TrackingNumberTaken, the one rule): the dispatch, 이미출고 and 송장 수정 alike.
func refuseTakenNumbers(ctx context.Context, st *store.Store, jobs []*Job) error {
	byNumber, err := NumberedShipments(ctx, st)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		s := j.Shipment
		if taken := lists.TrackingNumberTaken(j.Parcel.Number, []*order.Shipment{&s}, byNumber[j.Parcel.Number]); len(taken) > 0 {
			j.Settle(Fail("%s", lists.TakenMessage(j.Parcel.Number, taken)))
		}
	}
	return nil
}

func (dispatch) Sweep() bool { return true }

// Recheck decides on the shipment as the marketplace has it right now: sent already (with this
// number or another), held by a finding (a claim the sweep just found), or not dispatchable.
func (dispatch) Recheck(j *Job) *Verdict {
	s, m := &j.Shipment, j.Item.Market
	switch {
	case s.Status.Dispatched() && s.TrackingNumber == j.Parcel.Number:
		return Skip("%s에 이미 같은 운송장번호(%s)로 발송처리되어 있습니다. 다시 보내지 않습니다.", m.Label(), j.Parcel.Number)
	case s.Status.Dispatched():
		return Skip("%s에 이미 다른 운송장번호(%s)로 발송처리되어 있습니다. 번호를 바꾸려면 판매자센터에서 송장 수정을 하세요.",
			m.Label(), s.TrackingNumber)
	}
	if err := check.Shippable(s); err != nil {
		return Skip("%s", blockedMessage(err))
	}
	if ok, why := order.Dispatchable(m, s.Status); !ok {
		return Skip("%s", why)
	}
	return nil
}

func (dispatch) Applied(j *Job, s *order.Shipment) (bool, string) {
	switch {
	case s.Status.Dispatched() && s.TrackingNumber == j.Parcel.Number:
		return true, ""
	case s.Status.Dispatched():
		return false, fmt.Sprintf("확인 필요: %s의 응답이 끊겼고, 다시 조회하니 다른 운송장번호(%s)로 발송처리되어 있습니다. 판매자센터에서 확인하세요.",
			j.Item.MarketLabel, s.TrackingNumber)
	}
	return false, ""
}

func (dispatch) Detail(j *Job) string {
	return fmt.Sprintf("발송처리 완료: %s %s (%s 코드 %s)", j.Parcel.Courier, j.Parcel.Number, j.Item.MarketLabel, j.Parcel.Code)
}

// Mark stores the dispatch: status and market status (unless further along), courier and number.
func (dispatch) Mark(j *Job, s *order.Shipment, env MarkEnv) {
	if !s.Status.Dispatched() {
		if j.Answer.Status != "" {
			s.Status = j.Answer.Status
		}
		if j.Answer.MarketStatus != "" {
			s.MarketStatus = j.Answer.MarketStatus
		}
	}
	s.Courier, s.TrackingNumber = j.Parcel.Courier, j.Parcel.Number
	if s.AcknowledgedAt.IsZero() {
		s.AcknowledgedAt = env.Now
	}
}

func (dispatch) Writer(m order.Marketplace, mk Market) Writer {
	switch {
	case m == order.Naver && mk.Naver != nil:
		return naverDispatch{mk.Naver}
	case m == order.Coupang && mk.Coupang != nil:
		return coupangInvoices{mk.Coupang}
	}
	return nil
}

// blockedMessage lists the findings that keep a shipment from being sent.
func blockedMessage(err error) string {
	var be *check.BlockedError
	if !errors.As(err, &be) {
		return "검수에서 막힌 주문이라 보내지 않았습니다."
	}
	msgs := make([]string, 0, len(be.Findings))
	for _, f := range be.Findings {
		if f.Message != "" {
			msgs = append(msgs, f.Message)
		} else {
			msgs = append(msgs, f.Code.Label())
		}
	}
	return "보내지 않았습니다(보류): " + strings.Join(msgs, " / ")
}

// naverDispatch is 발송처리 on Naver (dispatch, 30 product orders a call).
type naverDispatch struct{ c *naver.Client }

func (w naverDispatch) Send(ctx context.Context, b *Batch) error {
	req := make([]naver.DispatchItem, 0, len(b.Jobs))
	for _, j := range b.Jobs {
		method := j.Parcel.Method
		if method == "" {
			method = "DELIVERY"
		}
		req = append(req, naver.DispatchItem{ProductOrderID: j.Item.ID, DeliveryMethod: method, CourierCode: j.Parcel.Code,
			TrackingNumber: j.Parcel.Number, DispatchedAt: b.Now})
	}
	res, err := w.c.Dispatch(ctx, req)
	for _, id := range res.Succeeded {
		if j := b.Job(id); j != nil {
			j.Answer = Answer{Said: Applied, Status: order.StatusDelivering, MarketStatus: naverDispatched}
		}
	}
	for _, f := range res.Failed {
		if j := b.Job(string(f.ProductOrderID)); j != nil {
			j.Answer = Answer{Said: Refused, Code: f.Code, Reason: f.SellerMessage(), Recheck: f.RefusedForState()}
		}
	}
	naverNotSent(b, res.NotSent)
	return err
}

// coupangInvoices is 발송처리 on Coupang (invoice upload: one line per vendor item, at most 50
// lines a call), built from the box as the claim sweep just read it.
type coupangInvoices struct{ c *coupang.Client }

func (w coupangInvoices) Send(ctx context.Context, b *Batch) error {
	return sendCoupangInvoices(ctx, b, w.c.UploadInvoices,
		"쿠팡 주문서에 상품이 없어 운송장을 올리지 못했습니다. 주문을 다시 불러오세요.",
		func(j *Job, r coupang.BoxResult) {
			if r.ResultCode == coupang.ResultInvalidStatus {
				ackNotYetApplied(b, j, r.ResultMessage)
			}
		})
}

// sendCoupangInvoices sends the invoice lines of every job of b through call (invoices or
// updateInvoices: one line per vendor item of the box as the sweep just read it) and records each
// box's answer. A box without lines is refused with noLines; refused, when set, sees each refusal
// after it is recorded.
func sendCoupangInvoices(ctx context.Context, b *Batch, call func(context.Context, []coupang.Invoice) (coupang.WriteResult, error),
	noLines string, refused func(*Job, coupang.BoxResult)) error {
	var invoices []coupang.Invoice
	for _, j := range b.Jobs {
		lines := coupang.InvoicesForShipment(&j.Shipment, j.Parcel.Code, j.Parcel.Number)
		if len(lines) == 0 {
			j.Answer = Answer{Said: Refused, Reason: noLines}
			continue
		}
		invoices = append(invoices, lines...)
	}
	if len(invoices) == 0 {
		return nil
	}
	res, err := call(ctx, invoices)
	for _, r := range res.ResponseList {
		j := b.Job(strconv.FormatInt(int64(r.ShipmentBoxID), 10))
		switch {
		case j == nil:
		case r.Succeed:
			j.Answer = Answer{Said: Applied, Status: order.StatusShipped, MarketStatus: coupang.StatusDeparture}
		default:
			j.Answer = Answer{Said: Refused, Code: r.ResultCode, Reason: r.SellerMessage(), Recheck: r.RefusedForState()}
			if refused != nil {
				refused(j, r)
			}
		}
	}
	coupangUnanswered(b, err)
	return err
}

// ackNotYetApplied turns an invoice refused INVALID_STATUS into "not yet" when the refusal is the
// acknowledgement still on its way: SellerDesk acknowledged the box less than check.AckSettle ago
// and Coupang still shows it 결제완료 (ACCEPT). Coupang takes up to 30 minutes to apply a
// successful 상품준비중 when orders surge and refuses invoices meanwhile (articles 900001688666,
// 6181917568921). The tracking number stays stored and the box may be sent again.
func ackNotYetApplied(b *Batch, j *Job, coupangMessage string) {
	s := &j.Shipment
	if s.MarketStatus != coupang.StatusAccept || s.AcknowledgedAt.IsZero() {
		return
	}
	waited := b.Now.Sub(s.AcknowledgedAt)
	if waited >= check.AckSettle {
		return // no longer the latency (the sweep shows such a box 신규주문 again)
	}
	j.Answer.Said = NotYet
	j.Answer.Reason = fmt.Sprintf("아직 안 됨: 쿠팡이 %d분 전에 보낸 상품준비중 처리를 아직 반영하지 않아 운송장을 받지 않았습니다(보통 30분 안에 반영됩니다). "+
		"운송장번호는 저장되어 있으니 잠시 뒤 다시 발송처리하세요.", max(int(waited/time.Minute), 1))
	b.Log.Info("coupang invoice waits for the acknowledgement to apply", "key", j.Item.Key, "waited", waited, "coupang", coupangMessage)
}

func asCoupangUnknown(err error) (*coupang.OutcomeUnknownError, bool) {
	var oe *coupang.OutcomeUnknownError
	return oe, errors.As(err, &oe)
}

// TrackingCandidates are the statuses in which a shipment's tracking number may still be in use:
// the boxes still to send and the ones on their way.
func TrackingCandidates() []order.Status {
	return []order.Status{order.StatusPaid, order.StatusAcknowledged, order.StatusShipped, order.StatusDelivering}
}

// NumberedShipments indexes, by tracking number, the stored shipments that carry one and are
// still to send or on their way: where a number may already be in use. A box with an open claim
// is read too, whatever its status, for the number of an exchange's re-delivery.
func NumberedShipments(ctx context.Context, st *store.Store) (map[string][]*order.Shipment, error) {
	keys, err := st.Keys(ctx, store.Filter{Statuses: TrackingCandidates()})
	if err != nil {
		return nil, fmt.Errorf("fulfil: select numbered shipments: %w", err)
	}
	claimed, err := st.Keys(ctx, openClaims())
	if err != nil {
		return nil, fmt.Errorf("fulfil: select shipments with an open claim: %w", err)
	}
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		seen[k] = true
	}
	for _, k := range claimed {
		if !seen[k] {
			keys = append(keys, k)
		}
	}
	ships, err := st.Shipments(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("fulfil: read numbered shipments: %w", err)
	}
	out := map[string][]*order.Shipment{}
	for i := range ships {
		for _, n := range ships[i].TrackingNumbers() {
			out[n] = append(out[n], &ships[i])
		}
	}
	return out, nil
}

package fulfil

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// 판매 취소: the seller cancels a box it cannot ship (품절, the goods are out of stock), on the
// marketplace, instead of in WING / 스마트스토어센터.
//
//   - Naver: 취소 요청 (seller-request-cancel-pay-order-seller.md), one call per product order,
//     cancelReason SOLD_OUT (상품 품절) and the seller's reason as cancelDetailedReason (500 characters).
//   - Coupang: 주문 상품 취소 처리 (article 360033843154), one call per box with every vendor item of
//     it and all it has left — or, for a partial cancel at 상품준비중, only the items and counts the
//     seller chose (sellercancel_lines.go) —, middleCancelCode CCTTER (재고 문제) and the seller's WING
//     login id;
//     결제완료 boxes are cancelled at once, 상품준비중 ones stopped (출고중지). It lowers the seller's
//     score (주문이행): the screens say so before it is sent (SellerCancelWarning).
//
// The write reads every box back first (Sweep): a box the marketplace shows cancelled already is not
// sent; one that left or that the buyer asked to cancel is not sent either (the buyer's request is
// answered instead, which does not cost the seller's score). A lost answer is read back, never sent
// again.

// SellerCancelRequest is the seller's 판매 취소: the reason in the seller's words (required; kept in
// the audit log) and, for Coupang, the WING login id its API asks for (userId). An empty WingID
// takes the one saved with the Coupang account (the client's, coupang.WithWingUserID); one given
// here overrides it for this call.
//
// Lines, when given, cancel only part of ONE box: the marketplace's item id of a line (Coupang
// vendorItemId) → how many of it, in the order sheet's count (order.Line.Quantity); a count of 0
// keeps the line. None: the whole box, every line with all it has left. Coupang takes a part only
// at 상품준비중 (출고중지 of those units); a request that names all that is left is the whole box.
type SellerCancelRequest struct {
	Reason string         `json:"reason"`
	WingID string         `json:"wingId,omitempty"`
	Lines  map[string]int `json:"lines,omitempty"`
}

// MaxSellerCancelReason bounds the written reason (characters).
const MaxSellerCancelReason = 500

// SellerCancelWarning is what the seller reads before a 판매 취소 is sent.
const SellerCancelWarning = "판매 취소는 구매자에게 품절로 취소를 알리고 되돌릴 수 없습니다. 쿠팡에서는 판매자 점수(주문이행)가 내려갑니다."

type sellerCancel struct {
	req SellerCancelRequest
	// plans are the partial cancels by shipment key, decided on the box as last read (Check, then
	// Recheck on the box read back first); a box absent here is cancelled whole.
	plans map[string]*cancelPlan
}

func newSellerCancel(req SellerCancelRequest) (*sellerCancel, error) {
	req.Reason, req.WingID = strings.TrimSpace(req.Reason), strings.TrimSpace(req.WingID)
	switch {
	case req.Reason == "":
		return nil, usererr.New("판매 취소 사유를 적어 주세요 (예: 재고 소진으로 품절).", fmt.Errorf("seller cancel without a reason"))
	case utf8.RuneCountInString(req.Reason) > MaxSellerCancelReason:
		return nil, usererr.New(fmt.Sprintf("판매 취소 사유는 %d자까지 적을 수 있습니다.", MaxSellerCancelReason),
			fmt.Errorf("seller cancel reason of %d characters", utf8.RuneCountInString(req.Reason)))
	}
	lines, err := cleanCancelLines(req.Lines)
	if err != nil {
		return nil, err
	}
	req.Lines = lines
	return &sellerCancel{req: req, plans: map[string]*cancelPlan{}}, nil
}

func (*sellerCancel) Action() string { return "seller-cancel" }
func (*sellerCancel) Verb() string   { return "판매 취소" }

// SellerCancelBlocked says in Korean why s cannot be cancelled by the seller now, "" when it can
// (the rule of the write, for the screens too).
func SellerCancelBlocked(s *order.Shipment) string {
	switch {
	case s.Status == order.StatusCanceled:
		return "이미 취소된 주문입니다."
	case s.Status.Dispatched():
		return "이미 발송된 주문은 판매 취소할 수 없습니다. 반품으로 처리하세요."
	case !s.Status.ToShip():
		return fmt.Sprintf("지금 상태(%s)에서는 판매 취소할 수 없습니다.", s.Status.Label())
	case s.Claim != nil && s.Claim.Open && s.Claim.Type == order.ClaimCancel:
		return "구매자의 취소 요청이 열려 있습니다. 판매 취소 대신 클레임에서 요청에 답하세요."
	case s.Marketplace == order.Coupang && s.UnitsToShip() == 0:
		return "취소할 수량이 남아 있지 않습니다."
	}
	return ""
}

// Check: a box still to send, without an open cancel request (Coupang's WING login id is the
// writer's: the saved one is known once the marketplace is opened).
func (w *sellerCancel) Check(j *Job) *Verdict { return w.may(&j.Shipment) }

// NoWingID is what the seller reads when a Coupang 판매 취소 has no WING login id, given or saved.
const NoWingID = "쿠팡 판매 취소에는 쿠팡 WING 로그인 ID가 필요합니다. 설정 > 쿠팡에 저장해 두거나 이번 판매 취소에 적어 주세요."

func (w *sellerCancel) may(s *order.Shipment) *Verdict {
	why := SellerCancelBlocked(s)
	switch {
	case why == "":
		return w.plan(s)
	case s.Status == order.StatusCanceled:
		return Skip("%s 다시 보내지 않았습니다.", why)
	}
	return Fail("%s", why)
}

func (*sellerCancel) Prepare(context.Context, *store.Store, []*Job) error { return nil }

// Sweep: read back first — the box may have been cancelled, sent or claimed since the last sync.
func (*sellerCancel) Sweep() bool { return true }

func (w *sellerCancel) Recheck(j *Job) *Verdict {
	if j.Shipment.Status == order.StatusCanceled {
		return Skip("%s에서 이미 취소된 주문입니다. 다시 보내지 않았습니다.", j.Item.MarketLabel)
	}
	return w.may(&j.Shipment)
}

// Applied: the box read back is cancelled; for a partial cancel, the box read back shows those
// units cancelled (see cancelPlan.appliedOn).
func (w *sellerCancel) Applied(j *Job, s *order.Shipment) (bool, string) {
	if p := w.plans[j.Item.Key]; p != nil && s.Status != order.StatusCanceled {
		return p.appliedOn(s), ""
	}
	return s.Status == order.StatusCanceled, ""
}

// Mark: the box is cancelled (it leaves the lists to print), whatever the read-back brought; a
// partial cancel lowers the lines' quantities to ship instead (the box stays to ship with what is
// left, cancelled only when nothing is).
func (w *sellerCancel) Mark(j *Job, s *order.Shipment, env MarkEnv) {
	prev := *s
	prev.Lines = append([]order.Line(nil), s.Lines...)
	if p := w.plans[j.Item.Key]; p != nil {
		p.markOn(s)
	} else {
		s.Status = order.StatusCanceled
	}
	if env.Check != nil {
		env.Check(&prev, s, env.Now)
	}
}

func (w *sellerCancel) Detail(j *Job) string {
	if p := w.plans[j.Item.Key]; p != nil {
		return p.detail(w.req.Reason)
	}
	return "판매 취소: " + w.req.Reason
}

func (w *sellerCancel) Writer(m order.Marketplace, mk Market) Writer {
	switch {
	case m == order.Coupang && mk.Coupang != nil:
		req := w.req
		if req.WingID == "" {
			req.WingID = mk.Coupang.WingUserID() // the saved one
		}
		return coupangSellerCancel{c: mk.Coupang, req: req, plans: w.plans}
	case m == order.Naver && mk.Naver != nil:
		return naverSellerCancel{c: mk.Naver, req: w.req}
	}
	return nil
}

// naverSellerCancel sends 취소 요청 (one product order a call) with the reason SOLD_OUT (상품 품절) and
// the seller's words as the detailed reason.
type naverSellerCancel struct {
	c   *naver.Client
	req SellerCancelRequest
}

func (w naverSellerCancel) Send(ctx context.Context, b *Batch) error {
	res, err := w.c.RequestCancels(ctx, idsOf(b.Jobs), naver.CancelSoldOut, w.req.Reason)
	naverItems(b, res)
	readBackApplied(ctx, b)
	return err
}

// coupangSellerCancel sends 주문 상품 취소 처리, one call per box (the article asks one per
// shipmentBoxId), every vendor item with all it has left, or a partial cancel's items and counts.
type coupangSellerCancel struct {
	c     *coupang.Client
	req   SellerCancelRequest
	plans map[string]*cancelPlan
}

func (w coupangSellerCancel) Send(ctx context.Context, b *Batch) error {
	var stop error
	for _, j := range b.Jobs {
		if w.req.WingID == "" {
			j.Answer = Answer{Said: NotSent, Reason: NoWingID}
			continue
		}
		if stop != nil {
			j.Answer = Answer{Said: NotSent}
			continue
		}
		req, ok := sellerCancelLines(&j.Shipment)
		plan := w.plans[j.Item.Key]
		if plan != nil {
			req, ok = plan.request(&j.Shipment)
		}
		if !ok {
			j.Answer = Answer{Said: Refused, Reason: "쿠팡 주문번호나 옵션 ID가 올바르지 않아 보낼 수 없습니다. 주문을 다시 불러오세요."}
			continue
		}
		req.UserID = w.req.WingID
		res, err := w.c.SellerCancel(ctx, req)
		ae, refused := coupang.AsAPIError(err)
		var bad *coupang.RequestError
		switch {
		case err == nil && !res.Partial() && plan != nil:
			j.Answer = Answer{Said: Applied, Status: j.Shipment.Status, Detail: sellerCancelDetail(plan.detail(w.req.Reason), res),
				Note: "판매 취소되었습니다(" + plan.String() + "). 남은 상품은 그대로 보내세요."}
		case err == nil && !res.Partial():
			j.Answer = Answer{Said: Applied, Status: order.StatusCanceled, Detail: sellerCancelDetail("판매 취소: "+w.req.Reason, res)}
		case err == nil:
			b.Log.Info("coupang cancelled part of a box", "box", j.Item.ID, "failed", res.Failed, "message", res.Message)
			j.Answer = Answer{Said: Refused, Code: "PARTIAL", Recheck: true,
				Reason: fmt.Sprintf("쿠팡이 일부 상품만 취소했습니다(취소되지 않은 옵션 %v). 쿠팡 WING에서 확인하세요.", res.Failed)}
		case coupang.IsOutcomeUnknown(err):
			stop = err // no answer: read back, never sent again
		case errors.As(err, &bad):
			j.Answer = Answer{Said: Refused, Reason: "보낼 수 없는 요청입니다: " + bad.Reason}
		case refused && (ae.HTTPStatus == 400 || ae.HTTPStatus == 200):
			b.Log.Info("coupang refused a seller cancel", "box", j.Item.ID, "err", err)
			j.Answer = Answer{Said: Refused, Code: ae.Code, Reason: coupang.SellerMessage(err), Recheck: true}
		default:
			stop = err
			j.Answer = Answer{Said: NotSent}
		}
	}
	readBackApplied(ctx, b)
	return stop
}

// sellerCancelLines is the cancel of the whole box s: each vendor item once, with all it has left.
func sellerCancelLines(s *order.Shipment) (coupang.SellerCancelRequest, bool) {
	oid, err1 := strconv.ParseInt(s.OrderID, 10, 64)
	box, err2 := strconv.ParseInt(s.ID, 10, 64)
	if err1 != nil || err2 != nil || oid <= 0 {
		return coupang.SellerCancelRequest{}, false
	}
	req := coupang.SellerCancelRequest{OrderID: oid, ShipmentBoxID: box, Reason: coupang.CancelOutOfStock}
	at := map[int64]int{}
	for i := range s.Lines {
		l := &s.Lines[i]
		n := l.ShippableQty()
		if n == 0 {
			continue
		}
		vid, err := strconv.ParseInt(l.ItemID, 10, 64)
		if err != nil || vid <= 0 {
			return coupang.SellerCancelRequest{}, false
		}
		if k, ok := at[vid]; ok {
			req.Lines[k].Count += n
			continue
		}
		at[vid] = len(req.Lines)
		req.Lines = append(req.Lines, coupang.CancelLine{VendorItemID: vid, Count: n})
	}
	return req, len(req.Lines) > 0
}

func sellerCancelDetail(d string, res coupang.SellerCancelResult) string {
	var parts []string
	for _, r := range res.Receipts {
		kind := "즉시 취소"
		if r.ReceiptType == coupang.CancelReceiptStop {
			kind = "출고중지"
		}
		parts = append(parts, fmt.Sprintf("쿠팡 접수번호 %d (%s)", r.ReceiptID, kind))
	}
	if len(parts) > 0 {
		d += " — " + strings.Join(parts, ", ")
	}
	return d
}

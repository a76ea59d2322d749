package app

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

// DispatchResult is the outcome of 발송처리 per shipment.
type DispatchResult struct {
	Items  []WriteItem `json:"items"`
	Counts WriteCounts `json:"counts"`
	// Summary is one Korean sentence for the result bar.
	Summary string `json:"summary"`
}

// Market statuses stored right after a dispatch the marketplace accepted.
const (
	naverDispatchedStatus   = "DELIVERING/OK"
	coupangDispatchedStatus = coupang.StatusDeparture
)

// outgoing is one shipment about to be dispatched, with the courier and number typed in or imported.
type outgoing struct {
	courier lists.Courier
	code    string
	number  string
}

// courierTable is the embedded courier table (롯데택배 = HYUNDAI, 로젠택배 = KGB).
func courierTable() (*lists.CourierTable, error) {
	t, err := lists.DefaultCouriers()
	if err != nil {
		return nil, fmt.Errorf("app: courier table: %w", err)
	}
	return t, nil
}

// Dispatch sends 발송처리 (Naver dispatch, 30 a call, deliveryMethod DELIVERY; Coupang invoice
// upload, one line per vendor item, at most 50 lines a call) for the shipments among keys that
// have a tracking number. Right before sending, every shipment is read back from its marketplace
// and stored through the checked path (the claim sweep): a box cancelled meanwhile gets its
// CLAIM_OPEN finding and is not sent, and check.Shippable decides on the fresh state. A shipment
// already dispatched is never sent again; a write whose answer is lost is read back, never retried.
func (a *App) Dispatch(ctx context.Context, keys []string, by string) (DispatchResult, error) {
	keys, err := cleanKeys(keys)
	if err != nil {
		return DispatchResult{}, err
	}
	if by == "" {
		by = "seller"
	}
	table, err := courierTable()
	if err != nil {
		return DispatchResult{}, err
	}
	a.writes.mu.Lock()
	defer a.writes.mu.Unlock()

	items := map[string]*WriteItem{}
	want := map[string]outgoing{}
	boxes := map[string]order.Shipment{}
	candidates := map[order.Marketplace][]string{}
	for _, k := range keys {
		s, err := a.store.Shipment(ctx, k)
		if errors.Is(err, store.ErrNotFound) {
			it := itemOfKey(k)
			it.Result, it.Message = WriteFailed, "이 주문을 찾을 수 없습니다. 목록을 새로 고치세요."
			items[k] = &it
			continue
		}
		if err != nil {
			return DispatchResult{}, fmt.Errorf("dispatch: read %s: %w", k, err)
		}
		it := itemOf(&s)
		items[k] = &it
		if s.Status.Dispatched() {
			it.Result = WriteSkipped
			it.Message = fmt.Sprintf("이미 발송처리된 주문입니다(운송장 %s). 다시 보내지 않습니다.", s.TrackingNumber)
			continue
		}
		if ok, why := order.Dispatchable(s.Marketplace, s.Status); !ok {
			it.Result, it.Message = WriteSkipped, why
			continue
		}
		if strings.TrimSpace(s.TrackingNumber) == "" {
			it.Result, it.Message = WriteSkipped, "운송장번호가 없습니다. 먼저 입력하거나 택배사 결과 파일을 가져오세요."
			continue
		}
		c, ok := table.Lookup(s.Courier)
		if !ok {
			it.Result, it.Message = WriteFailed, fmt.Sprintf("택배사(%s)를 알 수 없습니다. 운송장 입력에서 택배사를 다시 고르세요.", s.Courier)
			continue
		}
		code := c.Code(s.Marketplace)
		if code == "" {
			it.Result, it.Message = WriteFailed, fmt.Sprintf("%s는 %s에서 쓸 수 없는 택배사입니다.", c.Name, s.Marketplace.Label())
			continue
		}
		// The stored number is read again by the courier's rule (a number stored before the rule,
		// or by another door, is not sent unchecked).
		if chk := lists.ReadTrackingNumber(s.TrackingNumber, c); !chk.Issue.Usable() || chk.Number != s.TrackingNumber {
			note := chk.Note
			if note == "" {
				note = "운송장번호를 읽을 수 없습니다."
			}
			it.Result, it.Message = WriteFailed, "운송장번호를 다시 확인하세요: "+note
			continue
		}
		want[k] = outgoing{courier: c, code: code, number: s.TrackingNumber}
		boxes[k] = s
	}
	// A number already on a box of another parcel (in this batch or in the store) is refused
	// before anything is sent: it cannot be right for both.
	if len(want) > 0 {
		byNumber, err := a.numberedShipments(ctx)
		if err != nil {
			return DispatchResult{}, err
		}
		for _, k := range keys {
			w, ok := want[k]
			if !ok {
				continue
			}
			s := boxes[k]
			if taken := lists.TrackingNumberTaken(w.number, []*order.Shipment{&s}, byNumber[w.number]); len(taken) > 0 {
				items[k].Result, items[k].Message = WriteFailed, lists.TakenMessage(w.number, taken)
				delete(want, k)
				continue
			}
			candidates[s.Marketplace] = append(candidates[s.Marketplace], s.ID)
		}
	}
	err = a.eachMarket(ctx, candidates, items, func(m order.Marketplace, mc marketClients, ids []string) {
		send, fresh := a.claimSweep(ctx, mc, m, ids, want, items)
		if len(send) == 0 {
			return
		}
		switch m {
		case order.Naver:
			a.dispatchNaver(ctx, mc, send, want, by, items)
		case order.Coupang:
			a.dispatchCoupang(ctx, mc, send, fresh, want, by, items)
		}
	})
	if err != nil {
		return DispatchResult{}, err
	}
	var out DispatchResult
	out.Items, out.Counts = collectItems(keys, items)
	out.Summary = writeSummary("발송처리했습니다", out.Counts)
	a.auditFailures(ctx, "dispatch", by, out.Items)
	a.emitWritten(out.Items)
	return out, nil
}

// claimSweep re-reads the shipments from the marketplace right before sending, stores them through
// the checked path and returns the ids still safe to send (and the fresh shipments).
func (a *App) claimSweep(ctx context.Context, mc marketClients, m order.Marketplace, ids []string, want map[string]outgoing,
	items map[string]*WriteItem) ([]string, map[string]order.Shipment) {
	fresh, failed := a.readBack(ctx, mc, m, ids)
	var send []string
	for _, id := range ids {
		k := order.ShipmentKey(m, id)
		it := items[k]
		s, ok := fresh[k]
		if !ok {
			err := failed[k]
			a.log.Warn("claim sweep could not read a shipment; not sent", "key", k, "err", err)
			it.Result, it.Message = WriteFailed, "보내기 직전에 "+m.Label()+"에서 주문 상태를 확인하지 못해 보내지 않았습니다: "+marketMessage(m, err)
			continue
		}
		it.Status = s.Status
		w := want[k]
		switch {
		case s.Status.Dispatched() && s.TrackingNumber == w.number:
			it.Result = WriteSkipped
			it.Message = fmt.Sprintf("%s에 이미 같은 운송장번호(%s)로 발송처리되어 있습니다. 다시 보내지 않습니다.", m.Label(), w.number)
			continue
		case s.Status.Dispatched():
			it.Result = WriteSkipped
			it.Message = fmt.Sprintf("%s에 이미 다른 운송장번호(%s)로 발송처리되어 있습니다. 번호를 바꾸려면 판매자센터에서 송장 수정을 하세요.",
				m.Label(), s.TrackingNumber)
			continue
		}
		if err := check.Shippable(&s); err != nil {
			it.Result, it.Message = WriteSkipped, blockedMessage(err)
			continue
		}
		if ok, why := order.Dispatchable(m, s.Status); !ok {
			it.Result, it.Message = WriteSkipped, why
			continue
		}
		send = append(send, id)
	}
	return send, fresh
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

func (a *App) dispatchNaver(ctx context.Context, mc marketClients, ids []string, want map[string]outgoing, by string, items map[string]*WriteItem) {
	key := func(id string) string { return order.ShipmentKey(order.Naver, id) }
	req := make([]naver.DispatchItem, 0, len(ids))
	for _, id := range ids {
		w := want[key(id)]
		req = append(req, naver.DispatchItem{ProductOrderID: id, DeliveryMethod: "DELIVERY", CourierCode: w.code,
			TrackingNumber: w.number, DispatchedAt: a.cfg.Now()})
	}
	res, err := mc.naver.Dispatch(ctx, req)
	for _, id := range res.Succeeded {
		a.markDispatched(ctx, items[key(id)], want[key(id)], order.StatusDelivering, naverDispatchedStatus, by, "")
	}
	var refused []string
	for _, f := range res.Failed {
		if it := items[key(string(f.ProductOrderID))]; it != nil {
			it.Result, it.Code, it.Message = WriteFailed, f.Code, naverReason(f.Code, f.Message)
			if f.Code == "9999" {
				refused = append(refused, string(f.ProductOrderID))
			}
		}
	}
	a.refreshRefusedDispatch(ctx, mc, order.Naver, refused, want, by, items)
	for _, id := range res.NotSent {
		if it := items[key(id)]; it != nil {
			it.Result, it.Message = WriteFailed, notSentMessage(order.Naver, err)
		}
	}
	var oe *naver.OutcomeUnknownError
	if errors.As(err, &oe) {
		a.log.Warn("naver dispatch outcome unknown; reading back", "count", len(oe.ProductOrderIDs), "err", err)
		a.settleUnknownDispatch(ctx, mc, order.Naver, oe.ProductOrderIDs, want, by, items)
	} else if err != nil {
		a.log.Error("naver dispatch", "err", err)
	}
}

func (a *App) dispatchCoupang(ctx context.Context, mc marketClients, ids []string, fresh map[string]order.Shipment,
	want map[string]outgoing, by string, items map[string]*WriteItem) {
	key := func(id int64) string { return order.ShipmentKey(order.Coupang, strconv.FormatInt(id, 10)) }
	var invoices []coupang.Invoice
	var boxes []int64
	for _, id := range ids {
		k := order.ShipmentKey(order.Coupang, id)
		w := want[k]
		box := fresh[k]
		lines := coupang.InvoicesForShipment(&box, w.code, w.number)
		if len(lines) == 0 {
			it := items[k]
			it.Result, it.Message = WriteFailed, "쿠팡 주문서에 상품이 없어 운송장을 올리지 못했습니다. 주문을 다시 불러오세요."
			continue
		}
		invoices = append(invoices, lines...)
		boxes = append(boxes, lines[0].ShipmentBoxID)
	}
	if len(invoices) == 0 {
		return
	}
	res, err := mc.coupang.UploadInvoices(ctx, invoices)
	answered := map[int64]bool{}
	var refused []string
	for _, r := range res.ResponseList {
		id := int64(r.ShipmentBoxID)
		it := items[key(id)]
		if it == nil {
			continue
		}
		answered[id] = true
		if r.Succeed {
			a.markDispatched(ctx, it, want[key(id)], order.StatusShipped, coupangDispatchedStatus, by, "")
			continue
		}
		it.Result, it.Code, it.Message = WriteFailed, r.ResultCode, coupangReason(r.ResultCode, r.ResultMessage)
		if r.ResultCode == "INVALID_STATUS" {
			a.ackNotYetApplied(ctx, it, fresh[key(id)], r.ResultMessage)
		}
		switch r.ResultCode {
		case "INVALID_STATUS", "ORDER_DELIVERY_CANCELED", "ORDER_DELIVERY_PARTIAL_STOP_REQUESTED",
			"ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL", "NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD":
			refused = append(refused, strconv.FormatInt(id, 10))
		}
	}
	a.refreshRefusedDispatch(ctx, mc, order.Coupang, refused, want, by, items)
	var oe *coupang.OutcomeUnknownError
	unknown := map[int64]bool{}
	if errors.As(err, &oe) {
		a.log.Warn("coupang invoice upload outcome unknown; reading back", "count", len(oe.ShipmentBoxIDs), "err", err)
		for _, id := range oe.ShipmentBoxIDs {
			unknown[id] = true
		}
	} else if err != nil {
		a.log.Error("coupang invoice upload", "err", err)
	}
	var readBack []string
	for _, id := range boxes {
		switch {
		case answered[id]:
		case unknown[id] || err == nil:
			readBack = append(readBack, strconv.FormatInt(id, 10))
		default:
			it := items[key(id)]
			it.Result, it.Message = WriteFailed, notSentMessage(order.Coupang, err)
		}
	}
	if len(readBack) > 0 {
		a.settleUnknownDispatch(ctx, mc, order.Coupang, readBack, want, by, items)
	}
}

// ackNotYetApplied turns an invoice refused INVALID_STATUS into "not yet" when the refusal is the
// acknowledgement still on its way: SellerDesk acknowledged the box less than check.AckSettle ago
// and Coupang still shows it 결제완료 (ACCEPT). Coupang takes up to 30 minutes to apply a
// successful 상품준비중 when orders surge and refuses invoices meanwhile (articles 900001688666,
// 6181917568921). The tracking number stays stored and the box may be sent again.
func (a *App) ackNotYetApplied(ctx context.Context, it *WriteItem, box order.Shipment, coupangMessage string) {
	if box.MarketStatus != coupang.StatusAccept {
		return
	}
	s, err := a.store.Shipment(ctx, it.Key)
	if err != nil || s.AcknowledgedAt.IsZero() {
		return
	}
	waited := a.cfg.Now().Sub(s.AcknowledgedAt)
	if waited >= check.AckSettle {
		return // no longer the latency (the sweep shows such a box 신규주문 again)
	}
	it.Result = WritePending
	it.Message = fmt.Sprintf("아직 안 됨: 쿠팡이 %d분 전에 보낸 상품준비중 처리를 아직 반영하지 않아 운송장을 받지 않았습니다(보통 30분 안에 반영됩니다). "+
		"운송장번호는 저장되어 있으니 잠시 뒤 다시 발송처리하세요.", max(int(waited/time.Minute), 1))
	a.log.Info("coupang invoice waits for the acknowledgement to apply", "key", it.Key, "waited", waited, "coupang", coupangMessage)
}

// settleUnknownDispatch reads back shipments whose dispatch answer was lost; nothing is sent again.
func (a *App) settleUnknownDispatch(ctx context.Context, mc marketClients, m order.Marketplace, ids []string, want map[string]outgoing,
	by string, items map[string]*WriteItem) {
	fresh, failed := a.readBack(ctx, mc, m, ids)
	for _, id := range ids {
		k := order.ShipmentKey(m, id)
		it := items[k]
		if it == nil {
			continue
		}
		it.ReadBack = true
		w := want[k]
		s, ok := fresh[k]
		switch {
		case !ok:
			if err := failed[k]; err != nil {
				a.log.Warn("read back after lost dispatch", "key", k, "err", err)
			}
			it.Result, it.Message = WriteUnknown, unknownMessage(m)
		case s.Status.Dispatched() && s.TrackingNumber == w.number:
			a.markDispatched(ctx, it, w, s.Status, s.MarketStatus, by, "응답이 끊겨 다시 조회함: ")
		case s.Status.Dispatched():
			it.Status = s.Status
			it.Result = WriteUnknown
			it.Message = fmt.Sprintf("확인 필요: %s의 응답이 끊겼고, 다시 조회하니 다른 운송장번호(%s)로 발송처리되어 있습니다. 판매자센터에서 확인하세요.",
				m.Label(), s.TrackingNumber)
		default:
			it.Status = s.Status
			it.Result = WriteFailed
			it.Message = fmt.Sprintf("%s의 응답이 끊겨 다시 조회했더니 발송처리되지 않았습니다(지금 상태: %s). 확인 후 다시 시도할 수 있습니다.",
				m.Label(), s.Status.Label())
		}
	}
}

// refreshRefusedDispatch reads back the shipments a marketplace refused to dispatch because of
// their status and stores what it says (a cancel, a stop-shipment request), so the board shows why.
// One already sent with the same number (in the seller centre) is reported as ok.
func (a *App) refreshRefusedDispatch(ctx context.Context, mc marketClients, m order.Marketplace, ids []string, want map[string]outgoing,
	by string, items map[string]*WriteItem) {
	if len(ids) == 0 {
		return
	}
	fresh, failed := a.readBack(ctx, mc, m, ids)
	for _, id := range ids {
		k := order.ShipmentKey(m, id)
		it := items[k]
		s, ok := fresh[k]
		if it == nil || !ok {
			if err := failed[k]; err != nil {
				a.log.Info("read back after a refused dispatch", "key", k, "err", err)
			}
			continue
		}
		it.Status = s.Status
		if s.Status.Dispatched() && s.TrackingNumber == want[k].number {
			code := it.Code
			a.markDispatched(ctx, it, want[k], s.Status, s.MarketStatus, by, "이미 같은 번호로 발송처리되어 있음: ")
			it.Code = code
		}
	}
}

// markDispatched stores a shipment the marketplace accepted as sent: status, market status,
// courier and tracking number, with the "dispatch" audit entry, in one transaction.
func (a *App) markDispatched(ctx context.Context, it *WriteItem, w outgoing, status order.Status, marketStatus, by, note string) {
	if it == nil {
		return
	}
	now := a.cfg.Now()
	detail := fmt.Sprintf("%s발송처리 완료: %s %s (%s 코드 %s)", note, w.courier.Name, w.number, it.Market.Label(), w.code)
	err := a.store.Update(ctx, it.Key, func(s *order.Shipment) error {
		if !s.Status.Dispatched() {
			s.Status = status
			if marketStatus != "" {
				s.MarketStatus = marketStatus
			}
		}
		s.Courier, s.TrackingNumber = w.courier.Name, w.number
		if s.AcknowledgedAt.IsZero() {
			s.AcknowledgedAt = now
		}
		return nil
	}, store.AuditEntry{At: now, Actor: by, Action: "dispatch", Detail: detail})
	it.Result, it.Status, it.Courier, it.TrackingNumber = WriteOK, status, w.courier.Name, w.number
	it.Message = note + "발송처리되었습니다."
	if err != nil {
		a.log.Error("store dispatched shipment", "key", it.Key, "err", err)
		it.Message = "마켓에는 발송처리되었지만 셀러데스크에 저장하지 못했습니다. 다음 동기화 때 반영됩니다."
	}
}

// Dispatch is 발송처리 for the selected shipments (the board's bulk action).
func (d *Desk) Dispatch(keys []string) (DispatchResult, error) {
	res, err := d.app.Dispatch(context.Background(), keys, "seller")
	if err != nil {
		return DispatchResult{}, d.sellerErr("발송처리를 하지 못했습니다.", err)
	}
	return res, nil
}

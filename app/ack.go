package app

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"sellerdesk/backend/check"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// AckResult is the outcome of 발주확인 / 상품준비중 per shipment.
type AckResult struct {
	Items  []WriteItem `json:"items"`
	Counts WriteCounts `json:"counts"`
	// Summary is one Korean sentence for the result bar.
	Summary string `json:"summary"`
}

// naverAckedStatus is the MarketStatus of an acknowledged Naver product order.
const naverAckedStatus = "PAYED/OK"

// Acknowledge sends 발주확인 (Naver confirm, 30 a call) and 상품준비중 (Coupang acknowledgement, 50
// a call) for the PAID shipments among keys. Each shipment's result is stored: an acknowledged
// shipment is updated with its audit entry in one store transaction, a refused one is audited
// with the marketplace's reason. A write whose answer is lost is never sent again: the shipments
// are read back and what the marketplace says is stored; when even that fails they are reported
// as 확인 필요 (WriteUnknown).
func (a *App) Acknowledge(ctx context.Context, keys []string, by string) (AckResult, error) {
	keys, err := cleanKeys(keys)
	if err != nil {
		return AckResult{}, err
	}
	if by == "" {
		by = "seller"
	}
	a.writes.mu.Lock()
	defer a.writes.mu.Unlock()

	items := map[string]*WriteItem{}
	toSend := map[order.Marketplace][]string{}
	for _, k := range keys {
		s, err := a.store.Shipment(ctx, k)
		if errors.Is(err, store.ErrNotFound) {
			it := itemOfKey(k)
			it.Result, it.Message = WriteFailed, "이 주문을 찾을 수 없습니다. 목록을 새로 고치세요."
			items[k] = &it
			continue
		}
		if err != nil {
			return AckResult{}, fmt.Errorf("acknowledge: read %s: %w", k, err)
		}
		it := itemOf(&s)
		items[k] = &it
		switch {
		case s.Status != order.StatusPaid:
			it.Result = WriteSkipped
			it.Message = fmt.Sprintf("신규주문(결제완료) 상태만 발주확인할 수 있습니다. 지금 상태: %s.", s.Status.Label())
		case s.Claim != nil && s.Claim.Open:
			it.Result = WriteSkipped
			it.Message = fmt.Sprintf("%s 요청이 있는 주문은 발주확인하지 않습니다. 요청을 먼저 처리하세요.", s.Claim.Type.Label())
		default:
			toSend[s.Marketplace] = append(toSend[s.Marketplace], s.ID)
		}
	}
	err = a.eachMarket(ctx, toSend, items, func(m order.Marketplace, mc marketClients, ids []string) {
		switch m {
		case order.Naver:
			a.confirmNaver(ctx, mc, ids, by, items)
		case order.Coupang:
			a.acknowledgeCoupang(ctx, mc, ids, by, items)
		}
	})
	if err != nil {
		return AckResult{}, err
	}
	var out AckResult
	out.Items, out.Counts = collectItems(keys, items)
	out.Summary = writeSummary("발주확인했습니다", out.Counts)
	a.auditFailures(ctx, "acknowledge", by, out.Items)
	a.emitWritten(out.Items)
	return out, nil
}

// emitWritten tells the UI which shipments a write touched.
func (a *App) emitWritten(items []WriteItem) {
	var keys []string
	for _, it := range items {
		if it.Result != WriteSkipped {
			keys = append(keys, it.Key)
		}
	}
	if len(keys) > 0 {
		a.events.Emit(EventShipmentsChanged, map[string]any{"added": 0, "changed": len(keys), "keys": firstKeys(keys)})
	}
}

func (a *App) confirmNaver(ctx context.Context, mc marketClients, ids []string, by string, items map[string]*WriteItem) {
	res, err := mc.naver.Confirm(ctx, ids)
	key := func(id string) string { return order.ShipmentKey(order.Naver, id) }
	var refused []string
	for _, s := range res.Succeeded {
		id := string(s.ProductOrderID)
		a.markAcknowledged(ctx, items[key(id)], naverAckedStatus, bool(s.IsReceiverAddressChanged), by, "발주확인 완료 (네이버)")
	}
	for _, f := range res.Failed {
		it := items[key(string(f.ProductOrderID))]
		if it == nil {
			continue
		}
		if f.Code == "105306" { // the same status as before: it was acknowledged already
			a.markAcknowledged(ctx, it, naverAckedStatus, false, by, "이미 발주확인된 주문 (네이버)")
			continue
		}
		it.Result, it.Code, it.Message = WriteFailed, f.Code, naverReason(f.Code, f.Message)
		if f.Code == "9999" {
			refused = append(refused, string(f.ProductOrderID))
		}
	}
	a.refreshRefusedAck(ctx, mc, order.Naver, refused, by, items)
	for _, id := range res.NotSent {
		if it := items[key(id)]; it != nil {
			it.Result, it.Message = WriteFailed, notSentMessage(order.Naver, err)
		}
	}
	var oe *naver.OutcomeUnknownError
	if errors.As(err, &oe) {
		a.log.Warn("naver confirm outcome unknown; reading back", "count", len(oe.ProductOrderIDs), "err", err)
		a.settleUnknownAck(ctx, mc, order.Naver, oe.ProductOrderIDs, by, items)
	} else if err != nil {
		a.log.Error("naver confirm", "err", err)
	}
}

func (a *App) acknowledgeCoupang(ctx context.Context, mc marketClients, ids []string, by string, items map[string]*WriteItem) {
	key := func(id int64) string { return order.ShipmentKey(order.Coupang, strconv.FormatInt(id, 10)) }
	boxes := make([]int64, 0, len(ids))
	for _, id := range ids {
		n, err := strconv.ParseInt(id, 10, 64)
		if err != nil || n <= 0 {
			it := items[order.ShipmentKey(order.Coupang, id)]
			it.Result, it.Message = WriteFailed, "쿠팡 묶음배송번호가 올바르지 않습니다."
			continue
		}
		boxes = append(boxes, n)
	}
	if len(boxes) == 0 {
		return
	}
	res, err := mc.coupang.Acknowledge(ctx, boxes)
	answered := map[int64]bool{}
	var succeeded, refused []string
	for _, r := range res.ResponseList {
		id := int64(r.ShipmentBoxID)
		it := items[key(id)]
		if it == nil {
			continue
		}
		answered[id] = true
		if r.Succeed {
			succeeded = append(succeeded, strconv.FormatInt(id, 10))
			continue
		}
		it.Result, it.Code, it.Message = WriteFailed, r.ResultCode, coupangReason(r.ResultCode, r.ResultMessage)
		if r.ResultCode == "INVALID_STATUS" {
			refused = append(refused, strconv.FormatInt(id, 10))
		}
	}
	a.refreshRefusedAck(ctx, mc, order.Coupang, refused, by, items)
	// 상품준비중 is when Coupang's own guide says to re-read the box (the receiver may have changed
	// while it was 결제완료): read the acknowledged boxes back through the checked path.
	if len(succeeded) > 0 {
		fresh, _ := a.readBack(ctx, mc, order.Coupang, succeeded)
		for _, id := range succeeded {
			k := order.ShipmentKey(order.Coupang, id)
			ms := ""
			if s, ok := fresh[k]; ok {
				ms = s.MarketStatus
			}
			// Without a fresh read the market status stays ACCEPT, so the next sync re-reads the box.
			a.markAcknowledged(ctx, items[k], ms, false, by, "상품준비중 처리 완료 (쿠팡)")
			if it := items[k]; ms == coupang.StatusAccept && it.Result == WriteOK {
				it.Message = "발주확인되었습니다. 쿠팡 화면에 상품준비중으로 반영되기까지 최대 30분 걸릴 수 있고, 그동안 운송장 등록은 '아직 안 됨'으로 표시됩니다."
			}
		}
	}
	var oe *coupang.OutcomeUnknownError
	unknown := map[int64]bool{}
	if errors.As(err, &oe) {
		a.log.Warn("coupang acknowledgement outcome unknown; reading back", "count", len(oe.ShipmentBoxIDs), "err", err)
		for _, id := range oe.ShipmentBoxIDs {
			unknown[id] = true
		}
	} else if err != nil {
		a.log.Error("coupang acknowledgement", "err", err)
	}
	var readBack []string
	for _, id := range boxes {
		switch {
		case answered[id]:
		case unknown[id] || err == nil: // lost, or left out of a 200 answer: the outcome is unknown
			readBack = append(readBack, strconv.FormatInt(id, 10))
		default:
			it := items[key(id)]
			it.Result, it.Message = WriteFailed, notSentMessage(order.Coupang, err)
		}
	}
	if len(readBack) > 0 {
		a.settleUnknownAck(ctx, mc, order.Coupang, readBack, by, items)
	}
}

// settleUnknownAck reads back shipments whose acknowledgement answer was lost and reports what the
// marketplace says; nothing is sent again.
func (a *App) settleUnknownAck(ctx context.Context, mc marketClients, m order.Marketplace, ids []string, by string, items map[string]*WriteItem) {
	fresh, failed := a.readBack(ctx, mc, m, ids)
	for _, id := range ids {
		k := order.ShipmentKey(m, id)
		it := items[k]
		if it == nil {
			continue
		}
		it.ReadBack = true
		s, ok := fresh[k]
		switch {
		case !ok:
			if err := failed[k]; err != nil {
				a.log.Warn("read back after lost acknowledgement", "key", k, "err", err)
			}
			it.Result, it.Message = WriteUnknown, unknownMessage(m)
		case s.Status.Progressed():
			a.markAcknowledged(ctx, it, "", false, by, "응답이 끊겨 다시 조회함: 발주확인 처리되어 있음")
			if it.Result == WriteOK {
				it.Message = m.Label() + "의 응답이 끊겨 다시 조회했더니 발주확인되어 있었습니다. 다시 보내지 않았습니다."
			}
		default:
			it.Status = s.Status
			it.Result = WriteFailed
			it.Message = fmt.Sprintf("%s의 응답이 끊겨 다시 조회했더니 처리되지 않았습니다(지금 상태: %s). 확인 후 다시 시도할 수 있습니다.",
				m.Label(), s.Status.Label())
		}
	}
}

// refreshRefusedAck reads back the shipments a marketplace refused to acknowledge because of their
// status, and stores what it says (a claim, a cancel): the board then shows why. One acknowledged
// meanwhile (in the seller centre) is reported as ok.
func (a *App) refreshRefusedAck(ctx context.Context, mc marketClients, m order.Marketplace, ids []string, by string, items map[string]*WriteItem) {
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
				a.log.Info("read back after a refused acknowledgement", "key", k, "err", err)
			}
			continue
		}
		it.Status = s.Status
		if s.Status.Progressed() {
			code := it.Code
			a.markAcknowledged(ctx, it, "", false, by, "이미 발주확인된 주문 ("+m.Label()+")")
			it.Code, it.Message = code, "이미 발주확인된 주문입니다. 다시 보내지 않았습니다."
		}
	}
}

// markAcknowledged stores a shipment the marketplace acknowledged: status, market status (when
// given), acknowledge time, and the audit entry, in one transaction. A receiver change Naver
// reports on confirm becomes an event and the checks run again.
func (a *App) markAcknowledged(ctx context.Context, it *WriteItem, marketStatus string, addressChanged bool, by, detail string) {
	if it == nil {
		return
	}
	now := a.cfg.Now()
	var stored order.Shipment
	err := a.store.Update(ctx, it.Key, func(s *order.Shipment) error {
		prev := *s
		if !s.Status.Progressed() {
			s.Status = order.StatusAcknowledged
		}
		if marketStatus != "" && s.Status == order.StatusAcknowledged {
			s.MarketStatus = marketStatus
		}
		if s.AcknowledgedAt.IsZero() {
			s.AcknowledgedAt = now
		}
		if addressChanged {
			s.Events = append(s.Events, order.Event{Kind: order.EventAddressChanged, MarketType: "isReceiverAddressChanged", At: now})
			check.ApplyLearned(&prev, s, now, a.learnedNames())
		}
		stored = *s
		return nil
	}, store.AuditEntry{At: now, Actor: by, Action: "acknowledge", Detail: detail})
	if err != nil {
		a.log.Error("store acknowledged shipment", "key", it.Key, "err", err)
		it.Result = WriteOK
		it.Message = "마켓에는 발주확인되었지만 셀러데스크에 저장하지 못했습니다. 다음 동기화 때 반영됩니다."
		return
	}
	it.Result, it.Status, it.Message = WriteOK, stored.Status, "발주확인되었습니다."
	if addressChanged {
		it.Message = "발주확인되었습니다. 네이버가 배송지가 바뀌었다고 알려 왔으니 새 주소를 확인하세요."
	}
}

// notSentMessage explains shipments a write never sent because the call failed before them.
func notSentMessage(m order.Marketplace, err error) string {
	switch {
	case err == nil:
		return "보내지 못했습니다. 다시 시도하세요."
	case naver.IsOutcomeUnknown(err) || coupang.IsOutcomeUnknown(err):
		return "앞선 요청의 응답이 끊겨 이 주문은 보내지 않았습니다. 결과를 확인한 뒤 다시 시도할 수 있습니다."
	}
	return "보내지 않았습니다: " + marketMessage(m, err)
}

// Acknowledge is 발주확인 / 상품준비중 for the selected shipments (the board's bulk action).
func (d *Desk) Acknowledge(keys []string) (AckResult, error) {
	res, err := d.app.Acknowledge(context.Background(), keys, "seller")
	if err != nil {
		return AckResult{}, d.sellerErr("발주확인을 처리하지 못했습니다.", err)
	}
	return res, nil
}

// autoAckTimeout bounds the acknowledgement that follows a sync run.
const autoAckTimeout = 2 * time.Minute

// noteAdded remembers the shipments a sync added, for auto-acknowledge at the end of the run.
func (a *App) noteAdded(m order.Marketplace, added []string) {
	if a == nil || len(added) == 0 {
		return
	}
	w := &a.writes
	w.addedMu.Lock()
	defer w.addedMu.Unlock()
	if w.added == nil {
		w.added = map[order.Marketplace][]string{}
	}
	w.added[m] = append(w.added[m], added...)
}

// autoAcknowledge runs after a sync run of m: when the seller turned on Settings.AutoAcknowledge,
// the shipments the run added that are still 신규주문 and have no blocking finding are
// acknowledged (by "auto"); the others wait for the seller.
func (a *App) autoAcknowledge(m order.Marketplace) {
	if a == nil {
		return
	}
	w := &a.writes
	w.addedMu.Lock()
	added := w.added[m]
	delete(w.added, m)
	w.addedMu.Unlock()
	if len(added) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(a.baseCtx, autoAckTimeout)
	defer cancel()
	s, err := a.loadSettings(ctx)
	if err != nil || !s.AutoAcknowledge {
		return
	}
	ships, err := a.store.Shipments(ctx, added)
	if err != nil {
		a.log.Error("auto-acknowledge: read added shipments", "market", m, "err", err)
		return
	}
	var keys []string
	for i := range ships {
		sh := &ships[i]
		if sh.Status == order.StatusPaid && !sh.Blocked() && (sh.Claim == nil || !sh.Claim.Open) {
			keys = append(keys, sh.Key())
		}
	}
	if len(keys) == 0 {
		return
	}
	res, err := a.Acknowledge(ctx, keys, "auto")
	if err != nil {
		a.log.Error("auto-acknowledge", "market", m, "err", err)
		return
	}
	a.log.Info("auto-acknowledged", "market", m, "ok", res.Counts.OK, "failed", res.Counts.Failed, "unknown", res.Counts.Unknown)
	a.events.Emit(EventAutoAcknowledged, map[string]any{"market": m, "label": m.Label(), "counts": res.Counts})
}

// EventAutoAcknowledged reports an auto-acknowledge after a sync run (market, label, counts).
const EventAutoAcknowledged = "ack:auto"

package app

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/syncer"
)

// MaxAcknowledge bounds one 발주확인 from the board.
const MaxAcknowledge = 1000

// ackTimeout bounds the marketplace calls of one 발주확인.
const ackTimeout = 2 * time.Minute

// AckItem is one shipment that was not acknowledged, and why (Korean).
type AckItem struct {
	Key     string `json:"key"`
	OrderID string `json:"orderId"`
	Reason  string `json:"reason"`
}

// AckResult is the outcome of 발주확인 per shipment: what the marketplace acknowledged, what it
// refused, what was not sent (blocked by a finding, not a new order) and what may or may not have
// been applied (the answer was lost; the sync that follows reads those back).
type AckResult struct {
	Acknowledged []string  `json:"acknowledged"`
	Failed       []AckItem `json:"failed"`
	Skipped      []AckItem `json:"skipped"`
	Unknown      []string  `json:"unknown"`
	// Summary is one Korean sentence for the result bar.
	Summary string `json:"summary"`
}

// Acknowledge sends 발주확인 for the selected shipments. Only new orders (신규주문) without an
// open blocking finding are sent; every other one comes back in Skipped with the reason. After
// the calls a sync of each marketplace reads the new statuses back into the store.
func (d *Desk) Acknowledge(keys []string) (AckResult, error) {
	res := AckResult{Acknowledged: []string{}, Failed: []AckItem{}, Skipped: []AckItem{}, Unknown: []string{}}
	if len(keys) == 0 {
		return res, userErr("발주확인할 주문을 먼저 선택하세요.", errors.New("acknowledge: no keys"))
	}
	if len(keys) > MaxAcknowledge {
		return res, userErr(fmt.Sprintf("한 번에 %d건까지 발주확인할 수 있습니다. 나누어 진행하세요.", MaxAcknowledge), fmt.Errorf("acknowledge: %d keys", len(keys)))
	}
	seen := map[string]bool{}
	uniq := make([]string, 0, len(keys))
	for _, k := range keys {
		if _, _, err := order.SplitKey(k); err != nil {
			return res, userErr("주문 번호가 올바르지 않습니다.", err)
		}
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, k)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), ackTimeout)
	defer cancel()
	shipments, err := d.app.store.Shipments(ctx, uniq)
	if errors.Is(err, store.ErrNotFound) {
		return res, userErr("선택한 주문 중 찾을 수 없는 주문이 있습니다. 목록을 새로 고치세요.", err)
	}
	if err != nil {
		return res, d.fail("주문을 읽지 못했습니다.", fmt.Errorf("acknowledge: %w", err))
	}
	byMarket := map[order.Marketplace][]order.Shipment{}
	for _, s := range shipments {
		switch {
		case s.Status != order.StatusPaid:
			res.Skipped = append(res.Skipped, AckItem{Key: s.Key(), OrderID: s.OrderID, Reason: "신규주문이 아니라 보내지 않았습니다 (지금 상태: " + s.Status.Label() + ")."})
		case s.Blocked():
			res.Skipped = append(res.Skipped, AckItem{Key: s.Key(), OrderID: s.OrderID, Reason: "확인이 필요한 검수 항목(" + blockingLabels(&s) + ")이 있어 보내지 않았습니다. 상세에서 처리한 뒤 다시 발주확인하세요."})
		default:
			byMarket[s.Marketplace] = append(byMarket[s.Marketplace], s)
		}
	}
	settings, err := d.app.syncSettings(ctx)
	if err != nil {
		return res, d.fail("설정을 읽지 못했습니다.", err)
	}
	now := d.app.cfg.Now()
	for _, m := range order.AllMarketplaces() {
		list := byMarket[m]
		if len(list) == 0 {
			continue
		}
		before := len(res.Acknowledged)
		if !settings.configured(m) {
			for _, s := range list {
				res.Failed = append(res.Failed, AckItem{Key: s.Key(), OrderID: s.OrderID, Reason: m.Label() + " API 키가 없습니다. 설정에서 먼저 키를 입력하세요."})
			}
			continue
		}
		switch m {
		case order.Naver:
			d.acknowledgeNaver(ctx, settings, list, &res)
		case order.Coupang:
			d.acknowledgeCoupang(ctx, settings, list, &res)
		}
		// The marketplace took them: record it now (the board must not offer them again), with the
		// audit entry in the same transaction. The sync below brings the marketplace's own status.
		for _, k := range res.Acknowledged[before:] {
			err := d.app.store.Update(context.Background(), k, func(s *order.Shipment) error {
				if s.Status == order.StatusPaid {
					s.Status = order.StatusAcknowledged
				}
				if s.AcknowledgedAt.IsZero() {
					s.AcknowledgedAt = now
				}
				return nil
			}, store.AuditEntry{At: now, Actor: sellerActor, Action: "acknowledged", ShipmentKey: k})
			if err != nil {
				d.app.log.Error("record acknowledge", "key", k, "err", err)
			}
		}
		// Read the new statuses back (and the boxes whose answer was lost).
		if err := d.SyncNow(string(m)); err != nil {
			d.app.log.Warn("sync after acknowledge", "market", m, "err", err)
		}
	}
	if len(res.Acknowledged) > 0 {
		d.app.events.Emit(EventShipmentsChanged, res.Acknowledged)
	}
	res.Summary = ackSummary(res)
	d.app.log.Info("acknowledge", "acknowledged", len(res.Acknowledged), "failed", len(res.Failed),
		"skipped", len(res.Skipped), "unknown", len(res.Unknown))
	return res, nil
}

func blockingLabels(s *order.Shipment) string {
	var labels []string
	for i := range s.Findings {
		if s.Findings[i].Blocking() {
			labels = append(labels, s.Findings[i].Code.Label())
		}
	}
	return strings.Join(labels, ", ")
}

func ackSummary(r AckResult) string {
	parts := []string{fmt.Sprintf("%d건 발주확인했습니다", len(r.Acknowledged))}
	if n := len(r.Failed); n > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 마켓이 받지 않았습니다", n))
	}
	if n := len(r.Skipped); n > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 보내지 않았습니다", n))
	}
	if n := len(r.Unknown); n > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 결과를 받지 못해 동기화로 다시 확인합니다", n))
	}
	return strings.Join(parts, ", ") + "."
}

func (d *Desk) acknowledgeNaver(ctx context.Context, s Settings, list []order.Shipment, res *AckResult) {
	byID := map[string]order.Shipment{}
	ids := make([]string, 0, len(list))
	for _, sh := range list {
		byID[sh.ID] = sh
		ids = append(ids, sh.ID)
	}
	opts := []naver.Option{naver.WithLogger(d.app.log), naver.WithTokenCache(syncer.StoreTokenCache{Store: d.app.store, ClientID: s.Naver.ClientID})}
	if s.Naver.BaseURL != "" {
		opts = append(opts, naver.WithBaseURL(s.Naver.BaseURL))
	}
	opts = append(opts, d.app.cfg.NaverOptions...)
	done := map[string]bool{}
	c, err := naver.New(s.Naver.ClientID, s.Naver.ClientSecret, opts...)
	if err == nil {
		var cr naver.ConfirmResult
		cr, err = c.Confirm(ctx, ids)
		for _, ok := range cr.Succeeded {
			id := string(ok.ProductOrderID)
			done[id] = true
			res.Acknowledged = append(res.Acknowledged, order.ShipmentKey(order.Naver, id))
		}
		for _, f := range cr.Failed {
			id := string(f.ProductOrderID)
			done[id] = true
			res.Failed = append(res.Failed, AckItem{Key: order.ShipmentKey(order.Naver, id), OrderID: byID[id].OrderID,
				Reason: "네이버가 발주확인을 받지 않았습니다: " + f.Message})
		}
		var unknown *naver.OutcomeUnknownError
		if errors.As(err, &unknown) {
			for _, id := range unknown.ProductOrderIDs {
				done[id] = true
				res.Unknown = append(res.Unknown, order.ShipmentKey(order.Naver, id))
			}
		}
	}
	for _, id := range ids {
		if done[id] {
			continue
		}
		reason := "보내지 못했습니다. 잠시 후 다시 발주확인하세요."
		if err != nil {
			reason = naver.SellerMessage(err)
		}
		res.Failed = append(res.Failed, AckItem{Key: order.ShipmentKey(order.Naver, id), OrderID: byID[id].OrderID, Reason: reason})
	}
	if err != nil {
		d.app.log.Warn("naver confirm", "err", err)
	}
}

func (d *Desk) acknowledgeCoupang(ctx context.Context, s Settings, list []order.Shipment, res *AckResult) {
	byID := map[int64]order.Shipment{}
	ids := make([]int64, 0, len(list))
	for _, sh := range list {
		id, err := strconv.ParseInt(sh.ID, 10, 64)
		if err != nil {
			res.Failed = append(res.Failed, AckItem{Key: sh.Key(), OrderID: sh.OrderID, Reason: "쿠팡 묶음배송번호가 올바르지 않아 보내지 않았습니다."})
			continue
		}
		byID[id] = sh
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return
	}
	var opts []coupang.Option
	if s.Coupang.BaseURL != "" {
		opts = append(opts, coupang.WithBaseURL(s.Coupang.BaseURL))
	}
	opts = append(opts, d.app.cfg.CoupangOptions...)
	done := map[int64]bool{}
	c, err := coupang.New(s.Coupang.VendorID, s.Coupang.AccessKey, s.Coupang.SecretKey, opts...)
	if err == nil {
		var wr coupang.WriteResult
		wr, err = c.Acknowledge(ctx, ids)
		for _, b := range wr.ResponseList {
			id := int64(b.ShipmentBoxID)
			sh, ok := byID[id]
			if !ok {
				continue
			}
			done[id] = true
			if b.Succeed {
				res.Acknowledged = append(res.Acknowledged, sh.Key())
			} else {
				res.Failed = append(res.Failed, AckItem{Key: sh.Key(), OrderID: sh.OrderID, Reason: "쿠팡이 발주확인을 받지 않았습니다: " + b.ResultMessage})
			}
		}
		var unknown *coupang.OutcomeUnknownError
		if errors.As(err, &unknown) {
			for _, id := range unknown.ShipmentBoxIDs {
				if sh, ok := byID[id]; ok && !done[id] {
					done[id] = true
					res.Unknown = append(res.Unknown, sh.Key())
				}
			}
		}
	}
	for _, id := range ids {
		if done[id] {
			continue
		}
		reason := "보내지 못했습니다. 잠시 후 다시 발주확인하세요."
		if err != nil {
			reason = coupang.SellerMessage(err)
		}
		sh := byID[id]
		res.Failed = append(res.Failed, AckItem{Key: sh.Key(), OrderID: sh.OrderID, Reason: reason})
	}
	if err != nil {
		d.app.log.Warn("coupang acknowledge", "err", err)
	}
}

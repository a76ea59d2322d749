package app

import (
	"context"
	"sync"
	"time"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
)

// The marketplace writes go through the one pipeline (backend/fulfil); the app opens the
// marketplaces for it and starts the automatic 발주확인 after a sync.

// newPipeline builds the write pipeline over the app's store, marketplaces and checks.
func (a *App) newPipeline() (*fulfil.Pipeline, error) {
	return fulfil.New(fulfil.Config{Store: a.store, Markets: a.writeMarkets, Now: a.cfg.Now, Logger: a.log,
		Check: a.runChecks,
		Changed: func(keys []string) {
			a.events.Emit(EventShipmentsChanged, map[string]any{"added": 0, "changed": len(keys), "keys": firstKeys(keys)})
		}})
}

// writeMarkets opens the marketplaces of a write (fulfil.Markets): the clients openMarket builds
// for the sync too, and read-back through the sync engine's checked path.
func (a *App) writeMarkets(ctx context.Context, ms []order.Marketplace) (map[order.Marketplace]fulfil.Market, error) {
	s, err := a.syncSettings(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[order.Marketplace]fulfil.Market, len(ms))
	for _, m := range ms {
		mk, ok, err := a.openMarket(m, s, storedToken)
		switch {
		case err != nil:
			out[m] = fulfil.Market{Unavailable: SellerMessage(err)}
		case !ok:
			out[m] = fulfil.Market{Unavailable: m.Label() + " API 키가 없습니다. 설정에서 먼저 키를 입력하세요."}
		default:
			src := mk.source
			out[m] = fulfil.Market{Naver: mk.naver, Coupang: mk.coupang,
				ReadBack: func(ctx context.Context, ids []string) (map[string]order.Shipment, map[string]error) {
					return a.engine.ReadBack(ctx, src, ids)
				}}
		}
	}
	return out, nil
}

// Acknowledge sends 발주확인 (Naver confirm, 30 a call) and 상품준비중 (Coupang acknowledgement, 50
// a call) for the 신규주문 among keys, through the write pipeline (fulfil.Pipeline.Acknowledge).
func (a *App) Acknowledge(ctx context.Context, keys []string, by string) (fulfil.Outcome, error) {
	return a.fulfil.Acknowledge(ctx, keys, by)
}

// Dispatch sends 발송처리 (Naver dispatch; Coupang invoice upload, one line per vendor item) for
// the shipments among keys that carry a tracking number, after the claim sweep, through the write
// pipeline (fulfil.Pipeline.Dispatch).
func (a *App) Dispatch(ctx context.Context, keys []string, by string) (fulfil.Outcome, error) {
	return a.fulfil.Dispatch(ctx, keys, by)
}

// Acknowledge is 발주확인 / 상품준비중 for the selected shipments (the board's bulk action).
func (d *Writes) Acknowledge(keys []string) (fulfil.Outcome, error) {
	res, err := d.app.Acknowledge(d.ctx(), keys, "seller")
	if err != nil {
		return fulfil.Outcome{}, d.sellerErr("발주확인을 처리하지 못했습니다.", err)
	}
	return res, nil
}

// Dispatch is 발송처리 for the selected shipments (the board's bulk action).
func (d *Writes) Dispatch(keys []string) (fulfil.Outcome, error) {
	res, err := d.app.Dispatch(d.ctx(), keys, "seller")
	if err != nil {
		return fulfil.Outcome{}, d.sellerErr("발송처리를 하지 못했습니다.", err)
	}
	return res, nil
}

// addedBySync collects the shipments a sync added, for auto-acknowledge at the end of the run.
type addedBySync struct {
	mu    sync.Mutex
	added map[order.Marketplace][]string
}

// autoAckTimeout bounds the acknowledgement that follows a sync run.
const autoAckTimeout = 2 * time.Minute

// noteAdded remembers the shipments a sync added, for auto-acknowledge at the end of the run.
func (a *App) noteAdded(m order.Marketplace, added []string) {
	if a == nil || len(added) == 0 {
		return
	}
	w := &a.added
	w.mu.Lock()
	defer w.mu.Unlock()
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
	w := &a.added
	w.mu.Lock()
	added := w.added[m]
	delete(w.added, m)
	w.mu.Unlock()
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

package fulfil

import (
	"context"
	"maps"
	"slices"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/order"
	"sellerdesk/backend/usererr"
)

// Digital is the digital runner's marketplace step (digital.Marketplace) over this pipeline:
// 발주확인 where needed, then 배송없음, both writes of the one pipeline (read back before anything
// is sent again), and the later read of 배송완료 / 구매확정 through the sync's checked path.
func (p *Pipeline) Digital() digital.Marketplace { return nothingMarket{p} }

type nothingMarket struct{ p *Pipeline }

// nothingChunk bounds one 배송없음 run of the pipeline (MaxSelection).
const nothingChunk = 500

// DispatchNothing acknowledges the orders still 신규주문, then dispatches them as 배송없음.
func (m nothingMarket) DispatchNothing(ctx context.Context, keys []string) []digital.MarketResult {
	var out []digital.MarketResult
	for chunk := range slices.Chunk(keys, nothingChunk) {
		out = append(out, m.dispatchNothing(ctx, chunk)...)
	}
	return out
}

func (m nothingMarket) dispatchNothing(ctx context.Context, keys []string) []digital.MarketResult {
	p, st := m.p, m.p.cfg.Store
	retryAll := func(note string) []digital.MarketResult {
		out := make([]digital.MarketResult, len(keys))
		for i, k := range keys {
			out[i] = digital.MarketResult{Key: k, Retry: true, Note: note}
		}
		return out
	}
	ships, err := st.Shipments(ctx, keys)
	if err != nil {
		p.log.Error("digital: read shipments for 배송없음", "err", err)
		return retryAll("주문을 읽지 못해 발송처리를 다음에 다시 시도합니다.")
	}
	var ack []string
	for i := range ships {
		if s := &ships[i]; s.Status == order.StatusPaid && (s.Claim == nil || !s.Claim.Open) {
			ack = append(ack, s.Key())
		}
	}
	if len(ack) > 0 {
		if _, err := p.Acknowledge(ctx, ack, "auto"); err != nil {
			p.log.Warn("digital: acknowledge before 배송없음", "err", err)
		}
	}
	res, err := p.DispatchNothing(ctx, keys, "auto")
	if err != nil {
		p.log.Error("digital: 배송없음", "err", err)
		note, ok := usererr.Korean(err)
		if !ok {
			note = "발송처리를 하지 못해 다음에 다시 시도합니다."
		}
		return retryAll(note)
	}
	out := make([]digital.MarketResult, 0, len(res.Items))
	for _, it := range res.Items {
		r := digital.MarketResult{Key: it.Key, Note: it.Message}
		switch it.Result {
		case OK:
			r.Done, r.Note = true, "배송없음으로 발송처리했습니다."
		case Skipped:
			s, err := st.Shipment(ctx, it.Key)
			switch {
			case err != nil:
				r.Retry = true
			case s.Status.Dispatched() && s.TrackingNumber == "":
				r.Done, r.Note = true, "이미 발송처리되어 있습니다."
			case s.Claim != nil && s.Claim.Open:
				r.Retry = true // a claim in the way: once it is withdrawn the order goes
			}
		case Pending, Unknown:
			r.Retry = true // the next run reads it back before anything is sent again
		case Failed:
			r.Retry = it.Code == "" // not sent, or not answered: again; refused by the marketplace: the seller
		}
		out = append(out, r)
	}
	return out
}

// ReadBack reads the shipments again from their marketplaces through the sync's checked path.
func (m nothingMarket) ReadBack(ctx context.Context, keys []string) map[string]order.Shipment {
	byMarket := map[order.Marketplace][]string{}
	for _, k := range keys {
		if mk, id, err := order.SplitKey(k); err == nil {
			byMarket[mk] = append(byMarket[mk], id)
		}
	}
	out := map[string]order.Shipment{}
	mks, err := m.p.cfg.Markets(ctx, slices.Sorted(maps.Keys(byMarket)))
	if err != nil {
		m.p.log.Warn("digital: open the marketplaces to read again", "err", err)
		return out
	}
	for mk, ids := range byMarket {
		if c := mks[mk]; c.ReadBack != nil && c.Unavailable == "" {
			got, failed := c.ReadBack(ctx, ids)
			for k, s := range got {
				out[k] = s
			}
			if len(failed) > 0 {
				m.p.log.Info("digital: some orders could not be read again", "market", mk, "count", len(failed))
			}
		}
	}
	return out
}

var _ digital.Marketplace = nothingMarket{}

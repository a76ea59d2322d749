package app

import (
	"fmt"
	"time"

	"sellerdesk/app/views"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Overview returns the counters, the alert badge count and the marketplaces' state.
func (d *Orders) Overview() (views.Overview, error) {
	ctx := d.ctx()
	page, err := d.app.store.List(ctx, store.Filter{Limit: 1})
	if err != nil {
		return views.Overview{}, d.fail("주문 현황을 읽지 못했습니다.", fmt.Errorf("overview: %w", err))
	}
	settings, err := d.app.loadSettings(ctx)
	if err != nil {
		return views.Overview{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	ov := views.Overview{
		Total:   page.Counts.Total,
		Blocked: page.Counts.Blocked,
		DataDir: d.app.cfg.DataDir,
		Version: d.app.cfg.Version,
		Notice:  d.app.startNotice,
	}
	for _, st := range []order.Status{order.StatusPaid, order.StatusAcknowledged, order.StatusShipped, order.StatusDelivering, order.StatusCanceled} {
		ov.Counters = append(ov.Counters, views.Counter{Status: st, Label: st.Label(), Count: page.Counts.ByStatus[st]})
	}
	if ov.Claims, err = fulfil.CountOpenClaims(ctx, d.app.store); err != nil {
		return views.Overview{}, d.fail("클레임 목록을 읽지 못했습니다.", err)
	}
	for _, m := range order.AllMarketplaces() {
		mo := views.MarketOverview{Market: m, Label: m.Label(), Configured: settings.configured(m), Shipments: page.Counts.ByMarket[m]}
		runs, err := d.app.store.SyncRuns(ctx, m, 50)
		if err != nil {
			return views.Overview{}, d.fail("동기화 기록을 읽지 못했습니다.", err)
		}
		if mo.SetRuns(runs); len(runs) > 0 && mo.LastError == "" {
			mo.NextRun = d.app.nextRun(m, runs[0].Finished)
		}
		mo.KeyNote = settings.keyNote(m, d.app.cfg.Now())
		ov.Markets = append(ov.Markets, mo)
	}
	return ov, nil
}

// ShipmentQuery is the order board's filter, as the UI sends it (checked in views.ShipmentQuery.Filter).
type ShipmentQuery = views.ShipmentQuery

// ListShipments answers the order board's filter and search.
func (d *Orders) ListShipments(q ShipmentQuery) (views.ShipmentPage, error) {
	now := d.app.cfg.Now()
	f, err := q.Filter(now)
	if err != nil {
		return views.ShipmentPage{}, err
	}
	start := time.Now()
	page, err := d.app.store.List(d.ctx(), f)
	if err != nil {
		return views.ShipmentPage{}, d.fail("주문 목록을 읽지 못했습니다.", fmt.Errorf("list shipments: %w", err))
	}
	out := views.ShipmentPage{Total: page.Total, Rows: make([]views.ShipmentRow, 0, len(page.Items)),
		TookMs: float64(time.Since(start).Microseconds()) / 1000}
	keys := make([]string, len(page.Items))
	for i, s := range page.Items {
		out.Rows = append(out.Rows, views.Row(s, now))
		keys[i] = s.Key
	}
	if badges := d.app.deliveryBadges(d.ctx(), keys); len(badges) > 0 {
		for i := range out.Rows {
			if b, ok := badges[out.Rows[i].Key]; ok {
				out.Rows[i].WithDelivery(b)
			}
		}
	}
	return out, nil
}

// ShipmentKeys returns the keys of every shipment that matches the board's filter (Offset and
// Limit are ignored), in the board's order: what select-all selects. The board is virtualized and
// holds only the rows on screen, so the whole filtered result comes from here.
func (d *Orders) ShipmentKeys(q ShipmentQuery) ([]string, error) {
	q.Offset, q.Limit = 0, 0
	f, err := q.Filter(d.app.cfg.Now())
	if err != nil {
		return nil, err
	}
	keys, err := d.app.store.Keys(d.ctx(), f)
	if err != nil {
		return nil, d.fail("주문 목록을 읽지 못했습니다.", fmt.Errorf("shipment keys: %w", err))
	}
	if keys == nil {
		keys = []string{}
	}
	return keys, nil
}

// GetShipment returns one shipment by key, with its audit history.
func (d *Orders) GetShipment(key string) (views.ShipmentDetail, error) {
	if _, _, err := order.SplitKey(key); err != nil {
		return views.ShipmentDetail{}, userErr("주문 번호가 올바르지 않습니다.", err)
	}
	ctx := d.ctx()
	s, err := d.shipment(ctx, key, "get shipment")
	if err != nil {
		return views.ShipmentDetail{}, err
	}
	audit, err := d.app.store.Audit(ctx, store.AuditQuery{ShipmentKey: key, Limit: 200})
	if err != nil {
		return views.ShipmentDetail{}, d.fail("처리 기록을 읽지 못했습니다.", fmt.Errorf("audit %s: %w", key, err))
	}
	return views.Detail(&s, audit, d.app.learnedNames()), nil
}

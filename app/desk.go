package app

import (
	"fmt"
	"strings"
	"time"

	"sellerdesk/app/views"
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
	for _, m := range order.AllMarketplaces() {
		mo := views.MarketOverview{Market: m, Label: m.Label(), Configured: settings.configured(m), Shipments: page.Counts.ByMarket[m]}
		runs, err := d.app.store.SyncRuns(ctx, m, 50)
		if err != nil {
			return views.Overview{}, d.fail("동기화 기록을 읽지 못했습니다.", err)
		}
		if len(runs) > 0 {
			mo.LastSync = runs[0].Finished.In(order.KST()).Format("2006-01-02 15:04")
			mo.LastError = runs[0].ErrKorean
			if mo.LastError == "" {
				mo.NextRun = d.app.nextRun(m, runs[0].Finished)
			}
		}
		for _, r := range runs {
			if r.Err == "" && r.ErrKorean == "" {
				mo.LastSuccess = r.Finished.In(order.KST()).Format("2006-01-02 15:04")
				break
			}
		}
		ov.Markets = append(ov.Markets, mo)
	}
	return ov, nil
}

// ShipmentQuery is the order board's filter, as the UI sends it.
type ShipmentQuery struct {
	Markets     []string `json:"markets"`
	Statuses    []string `json:"statuses"`
	Findings    []string `json:"findings"`
	BlockedOnly bool     `json:"blockedOnly"`
	From        string   `json:"from"` // yyyy-mm-dd, KST, inclusive
	To          string   `json:"to"`   // yyyy-mm-dd, KST, inclusive
	Text        string   `json:"text"`
	Offset      int      `json:"offset"`
	Limit       int      `json:"limit"`
}

// ListShipments answers the order board's filter and search.
func (d *Orders) ListShipments(q ShipmentQuery) (views.ShipmentPage, error) {
	f, err := q.filter()
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
		out.Rows = append(out.Rows, views.Row(s))
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
	f, err := q.filter()
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

func (q ShipmentQuery) filter() (store.Filter, error) {
	f := store.Filter{Text: strings.TrimSpace(q.Text), BlockedOnly: q.BlockedOnly, Offset: q.Offset, Limit: q.Limit}
	if q.Offset < 0 || q.Limit < 0 || q.Limit > 1000 {
		return f, userErr("목록 범위가 올바르지 않습니다.", fmt.Errorf("bad page offset %d limit %d", q.Offset, q.Limit))
	}
	for _, m := range q.Markets {
		mk, err := order.ParseMarketplace(m)
		if err != nil {
			return f, userErr("알 수 없는 마켓입니다: "+m, err)
		}
		f.Markets = append(f.Markets, mk)
	}
	for _, s := range q.Statuses {
		st, err := order.ParseStatus(s)
		if err != nil {
			return f, userErr("알 수 없는 주문 상태입니다: "+s, err)
		}
		f.Statuses = append(f.Statuses, st)
	}
	for _, c := range q.Findings {
		f.Findings = append(f.Findings, order.FindingCode(c))
	}
	var err error
	if f.From, err = parseDay(q.From); err != nil {
		return f, err
	}
	if f.To, err = parseDay(q.To); err != nil {
		return f, err
	}
	if !f.To.IsZero() {
		f.To = f.To.Add(24*time.Hour - time.Nanosecond) // the whole last day
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, userErr("기간의 시작일이 종료일보다 늦습니다.", fmt.Errorf("from %s after to %s", q.From, q.To))
	}
	return f, nil
}

func parseDay(s string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(s), order.KST())
	if err != nil {
		return time.Time{}, userErr("날짜는 2026-11-22 형식으로 입력하세요.", fmt.Errorf("parse day %q: %w", s, err))
	}
	return t, nil
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

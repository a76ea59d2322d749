package syncer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// NaverCursor is the name of Naver's cursor: the lastChangedDate up to which every change is
// stored (RFC 3339, nanoseconds).
const NaverCursor = "lastChanged"

// Defaults of a Naver source.
const (
	DefaultNaverLookback = 3 * 24 * time.Hour
	DefaultNaverOverlap  = 5 * time.Minute
)

// NaverConfig builds a NaverSource.
type NaverConfig struct {
	// Client is the Naver client the source reads with; the application builds it once, from the
	// same keys, for the sync and the writes (with StoreTokenCache, so a restart reuses the token).
	Client *naver.Client
	// Lookback is how far the first run reaches back (default 3 days).
	Lookback time.Duration
	// Overlap is how far each run re-reads before the cursor, for changes the feed shows late
	// (default 5 minutes).
	Overlap time.Duration
	// MaxPagesPerWindow bounds the feed pages of one 24-hour window (default
	// NaverMaxChangesPerDay / 300); a feed that goes beyond stops the run (PagingError).
	MaxPagesPerWindow int
}

// NaverSource syncs Naver SmartStore: the changed-statuses feed from the stored cursor, then the
// details of every changed product order (the details are trusted for the status).
type NaverSource struct {
	client   *naver.Client
	lookback time.Duration
	overlap  time.Duration
	maxPages int
}

// NewNaver makes a Naver source reading with cfg.Client.
func NewNaver(cfg NaverConfig) (*NaverSource, error) {
	if cfg.Client == nil {
		return nil, errors.New("syncer: naver source without a client")
	}
	s := &NaverSource{client: cfg.Client, lookback: cfg.Lookback, overlap: cfg.Overlap, maxPages: cfg.MaxPagesPerWindow}
	if s.maxPages <= 0 {
		s.maxPages = NaverMaxChangesPerDay / naver.MaxChangedPage
	}
	if s.lookback <= 0 {
		s.lookback = DefaultNaverLookback
	}
	if s.overlap <= 0 {
		s.overlap = DefaultNaverOverlap
	}
	return s, nil
}

// Market implements Source.
func (s *NaverSource) Market() order.Marketplace { return order.Naver }

// Calls implements Source.
func (s *NaverSource) Calls() int64 { return s.client.Calls() }

// Sync implements Source: feed pages from the cursor (less the overlap) to the run's start, each
// page's product orders read in chunks of 300 and stored with the cursor in one transaction: at
// the page's last change, or at the window's end on a window's last page (so a run of quiet days
// moves the cursor too); at the end the cursor moves to the run's start.
func (s *NaverSource) Sync(ctx context.Context, run *Run) error {
	to := run.Now
	from := to.Add(-s.lookback)
	var stored time.Time
	cur, ok, err := run.Store().Cursor(ctx, order.Naver, NaverCursor)
	if err != nil {
		return fmt.Errorf("naver: read cursor: %w", err)
	}
	if ok {
		t, err := time.Parse(time.RFC3339Nano, cur.Value)
		if err != nil {
			return fmt.Errorf("naver: stored cursor %q: %w", cur.Value, err)
		}
		stored = t
		from = t.Add(-s.overlap)
	}
	if !from.Before(to) {
		from = to.Add(-s.overlap)
	}
	cursor := func(t time.Time) store.Cursor {
		// A PC clock ahead of Naver's must not move the cursor past what Naver had dated when the
		// run started (Naver's clock is learned from its answers' Date header, to the second).
		limit := to
		if skew, ok := s.client.ClockSkew(); ok && skew < -time.Second {
			limit = to.Add(skew)
		}
		if t.After(limit) {
			t = limit
		}
		if t.Before(stored) {
			t = stored
		}
		return store.Cursor{Market: order.Naver, Name: NaverCursor, Value: t.UTC().Format(time.RFC3339Nano)}
	}
	fetched := 0
	moved := stored
	run.Progress("feed", 0)
	guard := naverPager{max: s.maxPages}
	err = s.client.ChangedStatuses(ctx, from, to, naver.MaxChangedPage, func(p naver.ChangedStatusesPage) error {
		if err := guard.page(p); err != nil {
			return err
		}
		// On a window's last page every change up to the window's end is read: the cursor may move
		// there, through a window without any change too (Naver answers it without data).
		upTo := p.WindowTo
		var records []store.Record
		if len(p.Statuses) > 0 {
			recs, last, err := s.read(ctx, run, p.Statuses)
			if err != nil {
				return err
			}
			records = recs
			if p.More != nil {
				upTo = last
			}
			fetched += len(p.Statuses)
		} else if p.More != nil {
			return nil
		}
		c := cursor(upTo)
		if len(records) == 0 && c.Value == cursor(moved).Value {
			return nil
		}
		if err := run.Apply(ctx, records, c); err != nil {
			return err
		}
		if upTo.After(moved) {
			moved = upTo
		}
		if len(records) > 0 {
			run.Progress("details", fetched)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("naver: sync: %w", err)
	}
	if to.After(moved) {
		if err := run.Apply(ctx, nil, cursor(to)); err != nil {
			return fmt.Errorf("naver: sync: %w", err)
		}
	}
	return nil
}

// read turns one feed page into records: the details of its product orders (300 per call),
// mapped with every event the page's rows imply. last is the page's latest change.
func (s *NaverSource) read(ctx context.Context, run *Run, rows []naver.LastChangedStatus) ([]store.Record, time.Time, error) {
	var last time.Time
	ids := make([]string, 0, len(rows))
	byID := make(map[string]*naver.LastChangedStatus, len(rows))
	events := map[string][]order.Event{}
	for i := range rows {
		r := &rows[i]
		if r.LastChangedDate.After(last) {
			last = r.LastChangedDate.Time
		}
		id := string(r.ProductOrderID)
		if id == "" {
			run.Warn("feed row without productOrderId (order %s, %s)", r.OrderID, r.LastChangedType)
			continue
		}
		if prev, ok := byID[id]; !ok {
			ids = append(ids, id)
			byID[id] = r
		} else if !r.LastChangedDate.Before(prev.LastChangedDate.Time) {
			byID[id] = r
		}
		events[id] = append(events[id], naver.EventsFromFeed(*r)...)
	}
	// Rows of the overlap that are already stored from the same change need no details again.
	fresh := ids[:0:0]
	for _, id := range ids {
		prev, err := run.Store().Shipment(ctx, order.ShipmentKey(order.Naver, id))
		switch {
		case err == nil && !prev.ChangedAt.IsZero() && prev.ChangedAt.Equal(byID[id].LastChangedDate.Time):
			continue
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return nil, last, fmt.Errorf("read stored product order: %w", err)
		}
		fresh = append(fresh, id)
	}
	ids = fresh
	records := make([]store.Record, 0, len(ids))
	for start := 0; start < len(ids); start += naver.MaxQueryIDs {
		chunk := ids[start:min(start+naver.MaxQueryIDs, len(ids))]
		res, err := s.client.QueryProductOrders(ctx, chunk)
		if err != nil {
			return nil, last, fmt.Errorf("query %d product orders: %w", len(chunk), err)
		}
		if len(res.Missing) > 0 {
			// Naver may not show a product order in the details a moment after the feed did: ask once more.
			again, err := s.client.QueryProductOrders(ctx, res.Missing)
			if err != nil {
				return nil, last, fmt.Errorf("query %d missing product orders: %w", len(res.Missing), err)
			}
			res.Orders = append(res.Orders, again.Orders...)
			res.Undecodable = append(res.Undecodable, again.Undecodable...)
			for _, id := range again.Missing {
				run.Warn("naver product order %s is in the feed but not in the details", id)
			}
		}
		for _, u := range res.Undecodable {
			run.Warn("naver product order %s could not be read: %v", u.ProductOrderID, u.Err)
		}
		for i := range res.Orders {
			d := &res.Orders[i]
			sh, err := naver.ToShipment(d, byID[d.ID()])
			if err != nil {
				var us *naver.UnknownStatusError
				if errors.As(err, &us) {
					run.Warn("naver product order %s has an unknown status %q", us.ProductOrderID, us.Status)
				} else {
					run.Warn("naver product order %s: %v", d.ID(), err)
				}
				continue
			}
			sh.Events = uniqueEvents(events[d.ID()])
			records = append(records, store.Record{Shipment: sh, Raw: d.Raw})
		}
	}
	return records, last, nil
}

// ReadBack implements Reader: the details of the product orders, 300 per call.
func (s *NaverSource) ReadBack(ctx context.Context, ids []string, _ time.Time) ([]store.Record, map[string]error) {
	failed := map[string]error{}
	var records []store.Record
	key := func(id string) string { return order.ShipmentKey(order.Naver, id) }
	for start := 0; start < len(ids); start += naver.MaxQueryIDs {
		chunk := ids[start:min(start+naver.MaxQueryIDs, len(ids))]
		res, err := s.client.QueryProductOrders(ctx, chunk)
		if err != nil {
			for _, id := range chunk {
				failed[key(id)] = fmt.Errorf("naver: read back: %w", err)
			}
			continue
		}
		for _, id := range res.Missing {
			failed[key(id)] = fmt.Errorf("naver: read back: %s not in the answer", id)
		}
		for _, u := range res.Undecodable {
			failed[key(u.ProductOrderID)] = fmt.Errorf("naver: read back: %w", u.Err)
		}
		for i := range res.Orders {
			d := &res.Orders[i]
			sh, err := naver.ToShipment(d, nil)
			if err != nil {
				failed[key(d.ID())] = fmt.Errorf("naver: read back: %w", err)
				continue
			}
			records = append(records, store.Record{Shipment: sh, Raw: d.Raw})
		}
	}
	return records, failed
}

// uniqueEvents drops repeated events (same kind, wording and time).
func uniqueEvents(evs []order.Event) []order.Event {
	if len(evs) < 2 {
		return evs
	}
	out := evs[:0:0]
	seen := map[order.Event]bool{}
	for _, e := range evs {
		k := e
		k.At = e.At.UTC()
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// naverPager bounds the pages of each window of the feed: at most max, and never stallPages in a
// row that bring no change not seen before in the window.
type naverPager struct {
	max    int
	window time.Time
	pages  int
	stale  int
	seen   map[string]bool
}

func (g *naverPager) page(p naver.ChangedStatusesPage) error {
	if !p.WindowTo.Equal(g.window) || g.seen == nil {
		g.window, g.pages, g.stale, g.seen = p.WindowTo, 0, 0, map[string]bool{}
	}
	g.pages++
	fresh := false
	for _, r := range p.Statuses {
		k := string(r.ProductOrderID) + "@" + r.LastChangedDate.UTC().Format(time.RFC3339Nano) + "@" + r.LastChangedType
		if !g.seen[k] {
			g.seen[k], fresh = true, true
		}
	}
	list := "changed statuses to " + p.WindowTo.UTC().Format(time.RFC3339)
	switch {
	case p.More == nil:
		return nil
	case g.pages >= g.max:
		return &PagingError{Market: order.Naver, List: list, Pages: g.pages,
			Reason: fmt.Sprintf("more than %d pages in one window (%d changes)", g.max, g.max*naver.MaxChangedPage)}
	case fresh:
		g.stale = 0
	default:
		if g.stale++; g.stale >= stallPages {
			return &PagingError{Market: order.Naver, List: list, Pages: g.pages, Reason: fmt.Sprintf("%d pages in a row with no new change", g.stale)}
		}
	}
	return nil
}

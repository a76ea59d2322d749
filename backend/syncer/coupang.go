package syncer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync/atomic"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Defaults of a Coupang source.
const (
	DefaultCoupangWindow    = 7 * 24 * time.Hour
	MaxCoupangWindow        = 31 * 24 * time.Hour
	DefaultCoupangSlowEvery = 6
)

// CoupangCursor names the cursor holding when a Coupang list was last read completely
// (Name + "." + status), stored with the boxes it listed.
const CoupangCursor = "polled"

// CoupangConfig builds a CoupangSource.
type CoupangConfig struct {
	// Client is the Coupang client the source reads with; the application builds it once, from the
	// same keys, for the sync and the writes.
	Client *coupang.Client
	// Window is how far back boxes are listed by creation date (default 7 days, at most 31).
	// Coupang lists an order about 10 minutes after payment; the window overlaps every run by
	// days, so a late listing is read by the next run.
	Window time.Duration
	// SlowEvery polls DEPARTURE and DELIVERING (and the completed claims) every n-th run
	// (default 6); ACCEPT, INSTRUCT and the open claims are polled every run.
	SlowEvery int
	// MaxBoxesPerDay bounds the boxes one status list may hold per day of the window (default
	// CoupangMaxBoxesPerDay); a list that goes beyond stops the run (PagingError).
	MaxBoxesPerDay int
}

// CoupangSource syncs Coupang WING, which has no change feed: the statuses that matter are listed
// over a creation-date window, boxes seen acknowledged for the first time are re-read singly (the
// receiver may have changed while ACCEPT), and return/cancel receipts set the claims.
type CoupangSource struct {
	client    *coupang.Client
	window    time.Duration
	slowEvery int
	perDay    int
	runs      atomic.Int64
}

// NewCoupang makes a Coupang source reading with cfg.Client.
func NewCoupang(cfg CoupangConfig) (*CoupangSource, error) {
	if cfg.Client == nil {
		return nil, errors.New("syncer: coupang source without a client")
	}
	s := &CoupangSource{client: cfg.Client, window: cfg.Window, slowEvery: cfg.SlowEvery, perDay: cfg.MaxBoxesPerDay}
	if s.perDay <= 0 {
		s.perDay = CoupangMaxBoxesPerDay
	}
	if s.window <= 0 {
		s.window = DefaultCoupangWindow
	}
	if s.window > MaxCoupangWindow {
		s.window = MaxCoupangWindow
	}
	if s.slowEvery <= 0 {
		s.slowEvery = DefaultCoupangSlowEvery
	}
	return s, nil
}

// Market implements Source.
func (s *CoupangSource) Market() order.Marketplace { return order.Coupang }

// Calls implements Source.
func (s *CoupangSource) Calls() int64 { return s.client.Calls() }

// statuses are the order-sheet statuses a run polls: ACCEPT and INSTRUCT always, DEPARTURE and
// DELIVERING on every slow run (the first run of a process is slow).
func (s *CoupangSource) statuses(slow bool) []string {
	st := []string{coupang.StatusAccept, coupang.StatusInstruct}
	if slow {
		st = append(st, coupang.StatusDeparture, coupang.StatusDelivering)
	}
	return st
}

// claimQueries are the return/cancel lists a run reads: cancels made at 결제완료, stop-shipment
// requests and received returns always; completed returns and Coupang checks on slow runs.
func claimQueries(slow bool) []coupang.ReturnQuery {
	q := []coupang.ReturnQuery{{CancelType: "CANCEL"}, {Status: coupang.ReturnStopRequested}, {Status: coupang.ReturnReceived}}
	if slow {
		q = append(q, coupang.ReturnQuery{Status: coupang.ReturnCompleted}, coupang.ReturnQuery{Status: coupang.ReturnCoupangCheckReq})
	}
	return q
}

// Sync implements Source.
func (s *CoupangSource) Sync(ctx context.Context, run *Run) error {
	// A run starts after the interval only when the last one did not stop on a 404 (Stops); one that
	// does start may call again.
	s.client.ForgetNotFound()
	n := s.runs.Add(1) - 1
	slow := n%int64(s.slowEvery) == 0
	to := run.Now
	from := to.Add(-s.window)
	fetched := 0
	seen := map[string]bool{}
	for _, status := range s.statuses(slow) {
		run.Progress(status, fetched)
		q := coupang.DayQuery{From: from, To: to, Status: status}
		token := ""
		guard := s.pager(status, from, to)
		for {
			page, err := s.client.OrderSheetPage(ctx, q, token)
			if err != nil {
				return fmt.Errorf("coupang: list %s: %w", status, err)
			}
			if err := guard.page(page); err != nil {
				return err
			}
			// A sheet that does not decode is reported and passed: the rest of the page is
			// stored and the cursor moves on.
			for _, u := range page.Unreadable {
				run.Warn("coupang box %d in the %s list cannot be read: %v", u.ShipmentBoxID, status, u.Err)
			}
			records, err := s.records(ctx, run, page.Sheets)
			if err != nil {
				return err
			}
			for i := range records {
				seen[records[i].Shipment.Key()] = true
			}
			fetched += len(page.Sheets) + len(page.Unreadable)
			var cursors []store.Cursor
			if page.NextToken == "" {
				cursors = append(cursors, store.Cursor{Market: order.Coupang, Name: CoupangCursor + "." + status,
					Value: to.UTC().Format(time.RFC3339Nano)})
			}
			if err := run.Apply(ctx, records, cursors...); err != nil {
				return err
			}
			run.Progress(status, fetched)
			if page.NextToken == "" {
				break
			}
			token = page.NextToken
		}
	}
	if slow {
		if err := s.syncDelivered(ctx, run, from, seen); err != nil {
			return err
		}
	}
	run.Progress("claims", fetched)
	return s.syncClaims(ctx, run, from, to, slow)
}

// syncDelivered reads singly the boxes stored as shipped or in delivery that the slow run no
// longer listed under DEPARTURE or DELIVERING: they were delivered (FINAL_DELIVERY is not listed,
// most boxes of the window end there) or taken back. Few boxes move between two slow runs.
func (s *CoupangSource) syncDelivered(ctx context.Context, run *Run, from time.Time, seen map[string]bool) error {
	var records []store.Record
	f := store.Filter{Markets: []order.Marketplace{order.Coupang}, Statuses: []order.Status{order.StatusShipped, order.StatusDelivering},
		From: from, Limit: store.MaxLimit}
	for {
		page, err := run.Store().List(ctx, f)
		if err != nil {
			return fmt.Errorf("coupang: list stored boxes in delivery: %w", err)
		}
		for _, sum := range page.Items {
			if seen[sum.Key] {
				continue
			}
			id, err := strconv.ParseInt(sum.ID, 10, 64)
			if err != nil {
				continue
			}
			sheet, err := s.client.OrderSheet(ctx, id)
			if err != nil {
				if refused(err) {
					run.Logger().Info("box in delivery cannot be read again", "box", id, "err", err)
					continue
				}
				return fmt.Errorf("coupang: re-read box %d in delivery: %w", id, err)
			}
			sh, err := coupang.ToShipment(sheet)
			if err != nil {
				run.Warn("coupang box %d: %v", id, err)
				continue
			}
			records = append(records, store.Record{Shipment: sh, Raw: sheet.Raw})
		}
		f.Offset += len(page.Items)
		if len(page.Items) == 0 || f.Offset >= page.Total {
			break
		}
	}
	return run.Apply(ctx, records)
}

// records maps listed sheets; a box SellerDesk stored before it was acknowledged and now listed
// INSTRUCT is read again singly, since the buyer may have changed the receiver while it was
// ACCEPT and the list can lag.
func (s *CoupangSource) records(ctx context.Context, run *Run, sheets []coupang.OrderSheet) ([]store.Record, error) {
	out := make([]store.Record, 0, len(sheets))
	for i := range sheets {
		sheet := sheets[i]
		if sheet.Status == coupang.StatusInstruct {
			key := order.ShipmentKey(order.Coupang, strconv.FormatInt(int64(sheet.ShipmentBoxID), 10))
			prev, err := run.Store().Shipment(ctx, key)
			switch {
			case errors.Is(err, store.ErrNotFound), err == nil && prev.MarketStatus == coupang.StatusInstruct:
				// never stored: the list is as fresh as the single read; already re-read: nothing to do
			case err == nil:
				fresh, err := s.client.OrderSheet(ctx, int64(sheet.ShipmentBoxID))
				if err != nil {
					return nil, fmt.Errorf("coupang: re-read acknowledged box %d: %w", sheet.ShipmentBoxID, err)
				}
				sheet = fresh
			default:
				return nil, fmt.Errorf("coupang: read stored box: %w", err)
			}
		}
		sh, err := coupang.ToShipment(sheet)
		if err != nil {
			run.Warn("coupang box %d: %v", sheet.ShipmentBoxID, err)
			continue
		}
		out = append(out, store.Record{Shipment: sh, Raw: sheet.Raw})
	}
	return out, nil
}

// syncClaims reads the return/cancel receipts and stores the boxes whose claim changed, each
// re-read singly so its status and cancelled counts are Coupang's current ones.
func (s *CoupangSource) syncClaims(ctx context.Context, run *Run, from, to time.Time, slow bool) error {
	claims := coupang.Claims{}
	var keys []string
	for _, q := range claimQueries(slow) {
		q.From, q.To = from, to
		reqs, err := s.client.ReturnRequests(ctx, q)
		if err != nil {
			return fmt.Errorf("coupang: list claims %s%s: %w", q.CancelType, q.Status, err)
		}
		for _, r := range reqs {
			keys = append(keys, claims.Add(r)...)
		}
	}
	exchangeKeys, err := s.syncExchanges(ctx, run, to, slow, claims)
	if err != nil {
		return err
	}
	keys = append(keys, exchangeKeys...)
	var records []store.Record
	for _, key := range keys {
		bc := claims[key]
		prev, err := run.Store().Shipment(ctx, key)
		known := err == nil
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("coupang: read stored box: %w", err)
		}
		if known && sameClaim(prev.Claim, &bc.Claim) {
			continue
		}
		id, err := strconv.ParseInt(bc.ShipmentID, 10, 64)
		if err != nil {
			run.Warn("coupang claim %s names box %q", bc.ReceiptID, bc.ShipmentID)
			continue
		}
		sheet, err := s.client.OrderSheet(ctx, id)
		if err != nil {
			if !refused(err) {
				return fmt.Errorf("coupang: re-read claimed box %d: %w", id, err)
			}
			// Coupang will not show the box (e.g. gone after a cancel): keep the claim on what is stored
			if !known {
				run.Warn("coupang claim %s on box %d, which cannot be read: %v", bc.ReceiptID, id, err)
				continue
			}
			run.Logger().Info("claimed box cannot be read again; claim set on the stored box", "box", id, "err", err)
			c := bc.Claim
			prev.Claim = &c
			records = append(records, store.Record{Shipment: prev})
			continue
		}
		sh, err := coupang.ToShipment(sheet)
		if err != nil {
			run.Warn("coupang box %d: %v", id, err)
			continue
		}
		c := bc.Claim
		sh.Claim = &c
		records = append(records, store.Record{Shipment: sh, Raw: sheet.Raw})
	}
	withdrawn, err := s.withdrawnClaims(ctx, run, to, slow, claims)
	if err != nil {
		return err
	}
	records = append(records, withdrawn...)
	cur := store.Cursor{Market: order.Coupang, Name: CoupangCursor + ".claims", Value: to.UTC().Format(time.RFC3339Nano)}
	return run.Apply(ctx, records, cur)
}

// syncExchanges reads the exchange requests (교환요청 목록조회, article 360033397594) into claims
// and returns the keys they name for the first time. Every run reads the widest window one call
// may cover (coupang.ExchangeWindow: the last 7 calendar days, every status, paged by nextToken);
// slow runs also follow the stored exchanges still open that were asked before that window, each
// by its order over the 7 days from its request, so an exchange stays open only until Coupang
// says it is done, rejected or withdrawn.
func (s *CoupangSource) syncExchanges(ctx context.Context, run *Run, to time.Time, slow bool, claims coupang.Claims) ([]string, error) {
	var keys []string
	add := func(q coupang.ExchangeQuery) error {
		exs, bad, err := s.client.ExchangeRequests(ctx, q)
		for _, u := range bad {
			run.Warn("coupang exchange %d cannot be read: %v", u.ExchangeID, u.Err)
		}
		if err != nil {
			return fmt.Errorf("coupang: list exchanges: %w", err)
		}
		for _, e := range exs {
			keys = append(keys, claims.AddExchange(e)...)
		}
		return nil
	}
	from := coupang.ExchangeWindow(to)
	if err := add(coupang.ExchangeQuery{From: from, To: to}); err != nil {
		return nil, err
	}
	if !slow {
		return keys, nil
	}
	held, err := run.Store().Keys(ctx, store.Filter{Markets: []order.Marketplace{order.Coupang}, Findings: []order.FindingCode{order.ClaimOpen}})
	if err != nil {
		return nil, fmt.Errorf("coupang: look for open exchanges: %w", err)
	}
	asked := map[string]bool{}
	for _, key := range held {
		if _, listed := claims[key]; listed {
			continue
		}
		prev, err := run.Store().Shipment(ctx, key)
		if err != nil {
			return nil, fmt.Errorf("coupang: read stored box: %w", err)
		}
		c := prev.Claim
		if c == nil || !c.Open || c.Type != order.ClaimExchange || !coupang.IsExchangeStatus(c.MarketStatus) || !c.RequestedAt.Before(from) {
			continue
		}
		oid, err := strconv.ParseInt(prev.OrderID, 10, 64)
		if err != nil || asked[prev.OrderID] {
			continue
		}
		asked[prev.OrderID] = true
		start := coupang.KSTDate(c.RequestedAt)
		end := start.Add(coupang.MaxExchangeWindow - time.Second)
		if err := add(coupang.ExchangeQuery{From: start, To: end, OrderID: oid}); err != nil {
			return nil, err
		}
	}
	return keys, nil
}

// withdrawnClaims clears the claims the buyers withdrew (반품철회): such a receipt leaves the
// return lists without a word, so the list of withdrawals of the last 7 days (the most one call
// may cover) is read, and each stored box of a withdrawn receipt whose claim is still open gets
// the claim closed (and is read again singly: its held units ship again). A box that has another
// open receipt in this run's lists keeps that claim. The list is read on slow runs, and on every
// run while a Coupang box is held by a claim.
func (s *CoupangSource) withdrawnClaims(ctx context.Context, run *Run, to time.Time, slow bool, current coupang.Claims) ([]store.Record, error) {
	if !slow {
		held, err := run.Store().List(ctx, store.Filter{Markets: []order.Marketplace{order.Coupang}, Findings: []order.FindingCode{order.ClaimOpen}, Limit: 1})
		if err != nil {
			return nil, fmt.Errorf("coupang: look for boxes held by a claim: %w", err)
		}
		if held.Total == 0 {
			return nil, nil
		}
	}
	day := coupang.KSTDate(to)
	ws, err := s.client.ReturnWithdrawals(ctx, day.AddDate(0, 0, -(coupang.MaxWithdrawalDays-1)), day)
	if err != nil {
		return nil, fmt.Errorf("coupang: list withdrawn claims: %w", err)
	}
	var records []store.Record
	done := map[string]bool{}
	for _, w := range ws {
		orderID := strconv.FormatInt(int64(w.OrderID), 10)
		page, err := run.Store().List(ctx, store.Filter{Markets: []order.Marketplace{order.Coupang}, Text: orderID, Limit: store.MaxLimit})
		if err != nil {
			return nil, fmt.Errorf("coupang: find the boxes of order %s: %w", orderID, err)
		}
		for _, sum := range page.Items {
			if done[sum.Key] {
				continue
			}
			if c, ok := current[sum.Key]; ok && c.Claim.Open {
				continue // another receipt still holds it
			}
			prev, err := run.Store().Shipment(ctx, sum.Key)
			if err != nil {
				return nil, fmt.Errorf("coupang: read stored box: %w", err)
			}
			if !w.Withdraws(prev.OrderID, prev.Claim) {
				continue
			}
			done[sum.Key] = true
			closed := coupang.WithdrawnClaim(*prev.Claim, w)
			next, raw := prev, json.RawMessage(nil)
			id, _ := strconv.ParseInt(prev.ID, 10, 64)
			sheet, err := s.client.OrderSheet(ctx, id)
			switch {
			case err == nil:
				sh, merr := coupang.ToShipment(sheet)
				if merr != nil {
					run.Warn("coupang box %d: %v", id, merr)
					continue
				}
				next, raw = sh, sheet.Raw
			case refused(err):
				run.Logger().Info("box of a withdrawn claim cannot be read again; claim closed on the stored box", "box", id, "err", err)
			default:
				return nil, fmt.Errorf("coupang: re-read box %d of a withdrawn claim: %w", id, err)
			}
			next.Claim = &closed
			run.Logger().Info("claim withdrawn by the buyer", "box", prev.ID, "receipt", w.CancelID)
			records = append(records, store.Record{Shipment: next, Raw: raw})
		}
	}
	return records, nil
}

// claimWindow is how far back the return/cancel receipts of one order are read for a read-back.
const claimWindow = 30 * 24 * time.Hour

// ReadBack implements Reader: each box's order sheet, read singly, with the claim its order's
// return/cancel receipts of the last 30 days and, for a box in delivery or delivered, its
// exchange requests of the last 30 days (in windows of the 7 days one call covers) give it (the rule of the sync:
// coupang.Claims). A box without a receipt keeps the claim stored for it (Engine.ReadBack merges
// so).
func (s *CoupangSource) ReadBack(ctx context.Context, ids []string, now time.Time) ([]store.Record, map[string]error) {
	failed := map[string]error{}
	claims := map[int64]coupang.Claims{} // by order id
	var records []store.Record
	for _, id := range ids {
		key := order.ShipmentKey(order.Coupang, id)
		box, err := strconv.ParseInt(id, 10, 64)
		if err != nil {
			failed[key] = fmt.Errorf("coupang: read back: box id %q: %w", id, err)
			continue
		}
		sheet, err := s.client.OrderSheet(ctx, box)
		if err != nil {
			failed[key] = fmt.Errorf("coupang: read back box %d: %w", box, err)
			continue
		}
		oid := int64(sheet.OrderID)
		if _, done := claims[oid]; !done {
			reqs, err := s.client.ReturnRequests(ctx, coupang.ReturnQuery{OrderID: oid, From: now.Add(-claimWindow), To: now})
			if err != nil {
				failed[key] = fmt.Errorf("coupang: claims of order %d: %w", oid, err)
				continue
			}
			cs := coupang.Claims{}
			for _, r := range reqs {
				cs.Add(r)
			}
			if exchangeable(sheet.Status) {
				exs, err := s.orderExchanges(ctx, oid, now)
				if err != nil {
					failed[key] = fmt.Errorf("coupang: exchanges of order %d: %w", oid, err)
					continue
				}
				for _, e := range exs {
					cs.AddExchange(e)
				}
			}
			claims[oid] = cs
		}
		sh, err := coupang.ToShipment(sheet)
		if err != nil {
			failed[key] = fmt.Errorf("coupang: read back box %d: %w", box, err)
			continue
		}
		if bc, ok := claims[oid][key]; ok {
			c := bc.Claim
			sh.Claim = &c
		}
		records = append(records, store.Record{Shipment: sh, Raw: sheet.Raw})
	}
	return records, failed
}

// orderExchanges reads the exchange requests of one order made in the last claimWindow, in
// windows of at most the 7 days one call may cover (the newest first).
func (s *CoupangSource) orderExchanges(ctx context.Context, orderID int64, now time.Time) ([]coupang.Exchange, error) {
	var out []coupang.Exchange
	oldest := now.Add(-claimWindow)
	to := now
	for {
		from := coupang.ExchangeWindow(to)
		exs, _, err := s.client.ExchangeRequests(ctx, coupang.ExchangeQuery{From: from, To: to, OrderID: orderID})
		if err != nil {
			return nil, err
		}
		out = append(out, exs...)
		if !from.After(oldest) {
			return out, nil
		}
		to = from.Add(-time.Second)
	}
}

// exchangeable: the statuses of a box a buyer may ask to exchange (after it was delivered, or while
// it is on its way); a read-back of a box in another status does not read the exchange list.
func exchangeable(status string) bool {
	switch status {
	case coupang.StatusDelivering, coupang.StatusFinalDelivery, coupang.StatusNoneTracking:
		return true
	}
	return false
}

// sameClaim reports whether the stored claim (stored) says all the claim read now (read) says: the
// box is then not read and stored again. An exchange's re-delivery counts (its box, made up to 10
// minutes after 입고 확인, and its invoice), so the sync stores them when only they changed; a read
// claim without an invoice does not differ from a stored one with it (the merge keeps the parcel
// the seller sent, keepRedelivery).
func sameClaim(stored, read *order.Claim) bool {
	if stored == nil || read == nil {
		return stored == read
	}
	a, b := stored, read
	return a.Type == b.Type && a.ID == b.ID && a.MarketStatus == b.MarketStatus && a.Open == b.Open && a.Reason == b.Reason &&
		a.RequestedAt.Equal(b.RequestedAt) && a.Stage == b.Stage && a.StopRequested == b.StopRequested && a.Quantity == b.Quantity &&
		slices.Equal(a.RedeliveryBoxes, b.RedeliveryBoxes) &&
		(b.RedeliveryNumber == "" || (a.RedeliveryCourier == b.RedeliveryCourier && a.RedeliveryNumber == b.RedeliveryNumber &&
			slices.Equal(a.RedeliveryInvoices, b.RedeliveryInvoices)))
}

// refused reports a 4xx answer about the request itself (not the keys, the IP or the rate): asking
// again will not help, but the rest of the run may go on. A 404 is not one: it means a wrong path
// (a moved version, a wrong 업체코드) for every call, and repeated 404s get the vendor blocked, so
// it stops the run.
func refused(err error) bool {
	var ae *coupang.APIError
	if !errors.As(err, &ae) || ae.HTML {
		return false
	}
	switch ae.HTTPStatus {
	case 400, 410:
		return true
	}
	return false
}

// pager bounds one status list of a run: its pages (what the window can hold at perDay boxes a
// day, 50 a page), a token that comes back, and stallPages pages in a row without a new box.
func (s *CoupangSource) pager(status string, from, to time.Time) *coupangPager {
	days := int((to.Sub(from) + 24*time.Hour - 1) / (24 * time.Hour))
	pages := (max(days, 1)*s.perDay + coupang.MaxPerPage - 1) / coupang.MaxPerPage
	return &coupangPager{status: status, max: pages, tokens: map[string]bool{}, boxes: map[coupang.Int64]bool{}}
}

type coupangPager struct {
	status string
	max    int
	pages  int
	stale  int
	tokens map[string]bool
	boxes  map[coupang.Int64]bool
}

func (g *coupangPager) page(p coupang.OrderSheetPage) error {
	g.pages++
	fresh := false
	for i := range p.Sheets {
		if id := p.Sheets[i].ShipmentBoxID; !g.boxes[id] {
			g.boxes[id], fresh = true, true
		}
	}
	for _, u := range p.Unreadable {
		if id := coupang.Int64(u.ShipmentBoxID); !g.boxes[id] {
			g.boxes[id], fresh = true, true
		}
	}
	stop := func(reason string) error {
		return &PagingError{Market: order.Coupang, List: "order sheets " + g.status, Pages: g.pages, Reason: reason}
	}
	switch {
	case p.NextToken == "":
		return nil
	case g.tokens[p.NextToken]:
		return stop(fmt.Sprintf("nextToken %q came back", p.NextToken))
	case g.pages >= g.max:
		return stop(fmt.Sprintf("more than %d pages, what the window holds", g.max))
	case fresh:
		g.stale = 0
	default:
		if g.stale++; g.stale >= stallPages {
			return stop(fmt.Sprintf("%d pages in a row with no new box", g.stale))
		}
	}
	g.tokens[p.NextToken] = true
	return nil
}

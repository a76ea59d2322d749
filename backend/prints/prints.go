// Package prints makes the lists the seller prints (피킹, 패킹, 배송) and keeps what was printed,
// so that a change to a printed shipment raises CHANGED_AFTER_PRINT.
//
// A real print records what it printed and checks every printed shipment against it in ONE store
// transaction (store.UpdateMany): a sync that stored a change after the list was read is caught by
// that check. A sync reads the records inside its own write transaction (Load, from
// store.Batch.Before), so nothing can be recorded between what a batch is compared with and what
// it writes. No lock and no shared state: the store's transactions order the two.
package prints

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"sellerdesk/backend/check"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Store settings this package owns.
const (
	// SKUMapSetting holds the seller's 상품 매칭 (lists.SKUMap JSON).
	SKUMapSetting = "lists.skuMap"
	// RecordsSetting holds the print records of every shipment (Book JSON).
	RecordsSetting = "lists.printRecords"
	// Kept is how long print records are kept; a shipment still unsent after that long is not
	// compared with its old lists any more.
	Kept = 90 * 24 * time.Hour
)

// Book is what was printed, per shipment key: the newest record of each list kind.
type Book map[string][]lists.PrintRecord

// add keeps rec as the newest record of its kind for its shipment.
func (b Book) add(rec lists.PrintRecord) {
	recs := b[rec.ShipmentKey]
	for i := range recs {
		if recs[i].Kind == rec.Kind {
			recs[i] = rec
			return
		}
	}
	b[rec.ShipmentKey] = append(recs, rec)
}

// prune drops the records printed before cutoff.
func (b Book) prune(cutoff time.Time) {
	for key, recs := range b {
		kept := recs[:0]
		for _, r := range recs {
			if !r.PrintedAt.Before(cutoff) {
				kept = append(kept, r)
			}
		}
		if len(kept) == 0 {
			delete(b, key)
		} else {
			b[key] = kept
		}
	}
}

// Apply runs the printed-then-changed check on next against the book: a change to a printed
// shipment raises CHANGED_AFTER_PRINT (blocking) naming the list to print again; the seller's
// override of the same change survives re-checks.
func (b Book) Apply(next *order.Shipment, now time.Time) {
	if recs := b[next.Key()]; len(recs) > 0 {
		lists.ApplyPrintChecks(next, recs, now)
	}
}

// Load reads the book inside a write transaction (store.Batch.Before).
func Load(tx store.SettingsTx) (Book, error) {
	book := Book{}
	if _, err := tx.Setting(RecordsSetting, &book); err != nil {
		return nil, fmt.Errorf("prints: read print records: %w", err)
	}
	if book == nil {
		book = Book{}
	}
	return book, nil
}

// Records reads what was printed, per shipment.
func Records(ctx context.Context, st *store.Store) (Book, error) {
	book := Book{}
	if _, err := st.GetSetting(ctx, RecordsSetting, &book); err != nil {
		return nil, fmt.Errorf("prints: read print records: %w", err)
	}
	if book == nil {
		book = Book{}
	}
	return book, nil
}

// CheckFunc is a merge that runs the pre-ship checks (check.Apply), then the printed-then-changed
// check against book.
func CheckFunc(book Book, now func() time.Time) store.MergeFunc {
	if now == nil {
		now = time.Now
	}
	return func(prev, next *order.Shipment) {
		t := now()
		check.Apply(prev, next, t)
		book.Apply(next, t)
	}
}

// Request is what the screen, the export and the print door ask for.
type Request struct {
	// Kind is picking, packing or shipping (pick, pack and the Korean names are accepted too).
	Kind string
	// Keys are the selected shipments. When empty, Filter selects them (without statuses: the
	// shipments still to ship, 신규주문 and 발주확인).
	Keys   []string
	Filter store.Filter
	// Format is html, xlsx, csv or json (default html).
	Format string
	// Courier names the shipping list's upload layout (default lists.DefaultCourier).
	Courier string
	// Overrides are the seller's 합포장 corrections (merge / split).
	Overrides lists.PackOverrides
	// Record: a real print (or export) whose contents are recorded, so a later change raises
	// CHANGED_AFTER_PRINT. A preview records nothing.
	Record bool
	// By names who printed, for the audit log.
	By string
	// Batch reprints the shipping-list print (차수) of that number: its boxes, under the same number.
	Batch string
}

// ErrNothingToPrint: the selection holds no shipment. Not a failure: the screens say it in a
// neutral note, the print door exits with an error.
var ErrNothingToPrint = errors.New("prints: no shipments selected")

// Result is a rendered list.
type Result struct {
	Kind        lists.ListKind
	Format      lists.Format
	Title       string
	FileName    string
	ContentType string
	Data        []byte
	// Count is the number of shipments on the list; Held the number left out because they are
	// held (보류, order.Shipment.Held), Excluded the number left out because they are not boxes
	// to ship (결제대기, sent, cancelled, nothing left).
	Count, Held, Excluded int
	// Recorded is the number of shipments whose print was recorded (0 for a preview).
	Recorded  int
	PrintedAt time.Time
	// Batch is the number of the shipping-list print (차수) recorded, "" for a preview or another list.
	Batch string
	// Keys are the shipments the list was made from, as selected (held and excluded ones too): a
	// print or export made right after a preview passes them back as Request.Keys, so both count
	// the same boxes even when a sync brought new orders in between (one snapshot).
	Keys []string
}

// ParseKind accepts picking/packing/shipping, pick/pack and the Korean list names.
func ParseKind(s string) (lists.ListKind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "picking", "pick", "피킹", "피킹리스트":
		return lists.PickKind, nil
	case "packing", "pack", "패킹", "패킹리스트", "합포장":
		return lists.PackKind, nil
	case "shipping", "ship", "배송", "배송리스트", "송장":
		return lists.ShippingKind, nil
	}
	return "", usererr.New("출력할 목록은 picking(피킹리스트), packing(패킹리스트), shipping(배송리스트) 중 하나입니다.",
		fmt.Errorf("prints: unknown list kind %q", s))
}

// ParseFormat accepts html, xlsx, csv and json ("" is html).
func ParseFormat(s string) (lists.Format, error) {
	if strings.TrimSpace(s) == "" {
		return lists.FormatHTML, nil
	}
	f, err := lists.ParseFormat(s)
	if err != nil {
		return "", usererr.New("파일 형식은 html, xlsx, csv, json 중 하나입니다.", err)
	}
	return f, nil
}

// Config builds a Service.
type Config struct {
	Store *store.Store
	Now   func() time.Time
	// Learned is what the seller taught the option-name check (nil: nothing).
	Learned func() check.Learned
	Logger  *slog.Logger
}

// Service prints lists and keeps the print records and the seller's SKU map.
type Service struct{ cfg Config }

// New makes the service.
func New(cfg Config) *Service {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Learned == nil {
		cfg.Learned = func() check.Learned { return check.Learned{} }
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Service{cfg: cfg}
}

// Print selects the shipments, runs the pre-ship checks on them again, builds the list, renders
// it and — for a real print — records what was printed. Blocked shipments are listed under 보류.
// CHANGED_AFTER_PRINT does not hold a shipment back from a print: printing the current contents
// is exactly what that finding asks for (it still blocks dispatch until every list is reprinted).
func (s *Service) Print(ctx context.Context, req Request) (Result, error) {
	kind, err := ParseKind(req.Kind)
	if err != nil {
		return Result{}, err
	}
	format, err := ParseFormat(req.Format)
	if err != nil {
		return Result{}, err
	}
	layout := lists.Layout{}
	if kind == lists.ShippingKind && format != lists.FormatJSON {
		if layout, err = courierLayout(req.Courier); err != nil {
			return Result{}, err
		}
	}
	keys, err := s.selection(ctx, req)
	if err == nil && req.Batch != "" {
		keys, err = batchKeys(ctx, s.cfg.Store, req.Batch)
	}
	if err != nil {
		return Result{}, err
	}
	if len(keys) == 0 {
		return Result{}, usererr.New("출력할 주문이 없습니다. 주문을 선택하거나 조건을 바꾸세요.", ErrNothingToPrint)
	}
	stored, err := s.cfg.Store.Shipments(ctx, keys)
	if errors.Is(err, store.ErrNotFound) {
		return Result{}, usererr.New("선택한 주문 중 찾을 수 없는 주문이 있습니다. 목록을 새로 고치세요.", err)
	}
	if err != nil {
		return Result{}, fmt.Errorf("prints: read shipments: %w", err)
	}
	skus, err := s.SKUMap(ctx)
	if err != nil {
		return Result{}, err
	}
	now := s.cfg.Now()
	view := s.view(stored, now)

	res := Result{Kind: kind, Format: format, Title: kind.Label(), FileName: lists.FileName(kind, format, now),
		ContentType: format.ContentType(), PrintedAt: now, Keys: keys}
	var buf bytes.Buffer
	switch kind {
	case lists.PickKind:
		l := lists.BuildPickList(view, skus, now)
		res.Count = l.Shipments
		res.Held, res.Excluded = lists.CountHeld(l.Held)
		err = render(&buf, format, &l, func() (lists.Table, error) { return l.Table(), nil })
	case lists.PackKind:
		l := lists.BuildPackList(view, skus, req.Overrides, now)
		res.Count = l.Shipments
		res.Held, res.Excluded = lists.CountHeld(l.Held)
		err = render(&buf, format, &l, func() (lists.Table, error) { return l.Table(), nil })
	default:
		p := lists.BuildPackList(view, skus, req.Overrides, now)
		l := lists.BuildShippingList(&p)
		res.Count = l.Shipments
		res.Held, res.Excluded = lists.CountHeld(l.Held)
		err = render(&buf, format, &l, func() (lists.Table, error) { return l.Table(layout) })
	}
	if err != nil {
		return Result{}, fmt.Errorf("prints: render %s as %s: %w", kind, format, err)
	}
	res.Data = buf.Bytes()
	if req.Record {
		if res.Recorded, res.Batch, err = s.record(ctx, kind, format, view, stored, now, req.By, req.Batch); err != nil {
			return Result{}, err
		}
	}
	return res, nil
}

func render(buf *bytes.Buffer, f lists.Format, list any, table func() (lists.Table, error)) error {
	if f == lists.FormatJSON {
		return lists.WriteJSON(buf, list)
	}
	t, err := table()
	if err != nil {
		return err
	}
	return lists.WriteTable(buf, f, t)
}

func courierLayout(name string) (lists.Layout, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = lists.DefaultCourier
	}
	reg, err := lists.DefaultLayouts()
	if err != nil {
		return lists.Layout{}, fmt.Errorf("prints: courier layouts: %w", err)
	}
	l, err := reg.Layout(name)
	if err != nil {
		return lists.Layout{}, usererr.New(fmt.Sprintf("%s 택배사 양식이 없습니다. 사용할 수 있는 양식: %s", name,
			strings.Join(reg.Couriers(), ", ")), err)
	}
	return l, nil
}

// Couriers lists the courier layouts the shipping list can be printed in, the default first.
func Couriers() ([]string, error) {
	reg, err := lists.DefaultLayouts()
	if err != nil {
		return nil, fmt.Errorf("prints: courier layouts: %w", err)
	}
	out := []string{lists.DefaultCourier}
	for _, n := range reg.Couriers() {
		if n != lists.DefaultCourier {
			out = append(out, n)
		}
	}
	return out, nil
}

// selection is the given keys (checked, without repeats) or the filter's matches.
func (s *Service) selection(ctx context.Context, req Request) ([]string, error) {
	if len(req.Keys) > 0 {
		keys, err := order.CleanKeys(req.Keys)
		var ke *order.KeyError
		if errors.As(err, &ke) {
			return nil, usererr.New("주문 번호가 올바르지 않습니다: "+ke.Key, err)
		}
		return keys, err
	}
	f := req.Filter
	f.Offset, f.Limit = 0, 0
	if len(f.Statuses) == 0 {
		f.Statuses = []order.Status{order.StatusPaid, order.StatusAcknowledged}
	}
	keys, err := s.cfg.Store.Keys(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("prints: select shipments: %w", err)
	}
	return keys, nil
}

// view runs the checks again on copies of the stored shipments (so the findings are fresh) and
// leaves out CHANGED_AFTER_PRINT, which a new print is the cure for.
func (s *Service) view(stored []order.Shipment, now time.Time) []order.Shipment {
	learned := s.cfg.Learned()
	view := make([]order.Shipment, len(stored))
	for i := range stored {
		prev := &stored[i]
		next := *prev
		check.ApplyLearned(prev, &next, now, learned)
		kept := make([]order.Finding, 0, len(next.Findings))
		for _, f := range next.Findings {
			if f.Code != order.ChangedAfterPrint {
				kept = append(kept, f)
			}
		}
		if len(kept) == 0 {
			kept = nil
		}
		next.Findings = kept
		view[i] = next
	}
	return view
}

// record stores what a real print printed and checks every printed shipment against it, with
// the print's audit entry, in one store transaction. A shipment a sync changed after the list was
// read gets its CHANGED_AFTER_PRINT right here; one whose CHANGED_AFTER_PRINT this print cures
// loses it (audited as a re-check). The records of settled shipments (배송완료, 구매확정, 취소,
// 반품, 교환) are dropped on the way: nothing is packed for them any more, which keeps the
// records about as large as the seller's open work.
func (s *Service) record(ctx context.Context, kind lists.ListKind, format lists.Format, view, stored []order.Shipment,
	now time.Time, by, reprint string) (int, string, error) {
	recs := lists.RecordPrints(kind, view, now)
	if len(recs) == 0 {
		return 0, "", nil
	}
	if by == "" {
		by = "seller"
	}
	var settledStatuses []order.Status
	for _, st := range order.AllStatuses() {
		if st.Final() {
			settledStatuses = append(settledStatuses, st)
		}
	}
	settled, err := s.cfg.Store.Keys(ctx, store.Filter{Statuses: settledStatuses})
	if err != nil {
		return 0, "", fmt.Errorf("prints: settled shipments: %w", err)
	}
	keys := make([]string, 0, len(recs))
	for _, r := range recs {
		keys = append(keys, r.ShipmentKey)
	}
	audit := []store.AuditEntry{{At: now, Actor: by, Action: "print", Detail: fmt.Sprintf("%s %d건 (%s)", kind.Label(), len(recs), format)}}
	for i := range stored {
		for _, f := range stored[i].Findings {
			if f.Code == order.ChangedAfterPrint {
				audit = append(audit, store.AuditEntry{At: now, Actor: by, Action: "print-recheck", ShipmentKey: stored[i].Key(),
					Detail: kind.Label() + " 다시 출력: 출력 뒤 변경 확인을 다시 했습니다."})
				break
			}
		}
	}
	var book Book
	batch := ""
	_, err = s.cfg.Store.UpdateMany(ctx, keys, func(tx store.SettingsTx) error {
		var err error
		if book, err = Load(tx); err != nil {
			return err
		}
		if kind == lists.ShippingKind {
			var bs []Batch
			if _, err := tx.Setting(BatchesSetting, &bs); err != nil {
				return fmt.Errorf("prints: read print batches: %w", err)
			}
			bs, batch = nextBatch(bs, keys, reprint, now)
			audit[0].Detail += " 차수 " + batch
			if err := tx.PutSetting(BatchesSetting, bs); err != nil {
				return err
			}
		}
		book.prune(now.Add(-Kept))
		for _, k := range settled {
			delete(book, k)
		}
		for _, r := range recs {
			book.add(r)
		}
		return tx.PutSetting(RecordsSetting, book)
	}, func(sh *order.Shipment) {
		book.Apply(sh, now)
		markPrinted(sh, kind, batch, now)
	}, audit...)
	if err != nil {
		return 0, "", fmt.Errorf("prints: record %s: %w", kind, err)
	}
	return len(recs), batch, nil
}

// SKUMap reads the seller's SKU map (an empty one when none was saved).
func (s *Service) SKUMap(ctx context.Context) (*lists.SKUMap, error) {
	var raw json.RawMessage
	ok, err := s.cfg.Store.GetSetting(ctx, SKUMapSetting, &raw)
	if err != nil {
		return nil, fmt.Errorf("prints: read SKU map: %w", err)
	}
	if !ok {
		return &lists.SKUMap{}, nil
	}
	return parseSKUMap(raw)
}

func parseSKUMap(raw json.RawMessage) (*lists.SKUMap, error) {
	m, err := lists.ParseSKUMap(raw)
	if err != nil {
		return nil, usererr.New("상품 매칭 설정을 읽을 수 없습니다. 상품 매칭 화면에서 다시 연결하세요.", err)
	}
	return m, nil
}

// EditSKUMap changes the SKU map and audits it, in one store transaction (two edits cannot lose
// each other's change). edit's error is returned as it is.
func (s *Service) EditSKUMap(ctx context.Context, audit store.AuditEntry, edit func(*lists.SKUMap) error) error {
	var editErr error
	_, err := s.cfg.Store.UpdateMany(ctx, nil, func(tx store.SettingsTx) error {
		m := &lists.SKUMap{}
		var raw json.RawMessage
		ok, err := tx.Setting(SKUMapSetting, &raw)
		if err != nil {
			return err
		}
		if ok {
			if m, err = parseSKUMap(raw); err != nil {
				return err
			}
		}
		if editErr = edit(m); editErr != nil {
			return editErr
		}
		return tx.PutSetting(SKUMapSetting, m)
	}, nil, audit)
	if editErr != nil {
		return editErr
	}
	return err
}

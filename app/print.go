package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sellerdesk/backend/check"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/privatefile"
	"sellerdesk/backend/store"
)

// Store settings the print service owns.
const (
	// SKUMapSetting holds the seller's 상품 매칭 (lists.SKUMap JSON).
	SKUMapSetting = "lists.skuMap"
	// PrintRecordsSetting holds the print records of every shipment (PrintBook JSON).
	PrintRecordsSetting = "lists.printRecords"
	// DefaultCourier is the shipping list layout used when a request names none.
	DefaultCourier = lists.DefaultCourier
	// PrintRecordsKept is how long print records are kept; a shipment still unsent after that
	// long is not compared with its old lists any more.
	PrintRecordsKept = 90 * 24 * time.Hour
)

// PrintBook is what was printed, per shipment key: the newest record of each list kind.
type PrintBook map[string][]lists.PrintRecord

// add keeps rec as the newest record of its kind for its shipment.
func (b PrintBook) add(rec lists.PrintRecord) {
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
func (b PrintBook) prune(cutoff time.Time) {
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

// PrintRequest is what the screen, the export and the print door ask for.
type PrintRequest struct {
	// Kind is picking, packing or shipping (pick, pack and the Korean names are accepted too).
	Kind string `json:"kind"`
	// Keys are the selected shipments. When empty, Filter selects them.
	Keys []string `json:"keys"`
	// Filter selects the shipments when Keys is empty (Offset and Limit are ignored). Without
	// statuses it selects the shipments still to ship (신규주문, 발주확인).
	Filter ShipmentQuery `json:"filter"`
	// Format is html, xlsx, csv or json (default html).
	Format string `json:"format"`
	// Courier names the shipping list's upload layout (default CJ대한통운).
	Courier string `json:"courier"`
	// Overrides are the seller's 합포장 corrections (merge / split).
	Overrides lists.PackOverrides `json:"overrides"`
	// Record: a real print (or export) whose contents are recorded, so a later change raises
	// CHANGED_AFTER_PRINT. A preview records nothing.
	Record bool `json:"record"`
	// By names who printed, for the audit log (the Desk says "seller", the door "cli").
	By string `json:"-"`
}

// PrintResult is a rendered list.
type PrintResult struct {
	Kind        lists.ListKind `json:"kind"`
	Format      lists.Format   `json:"format"`
	Title       string         `json:"title"`
	FileName    string         `json:"fileName"`
	ContentType string         `json:"contentType"`
	Data        []byte         `json:"-"`
	// Count is the number of shipments on the list, Held the number left out (보류).
	Count int `json:"count"`
	Held  int `json:"held"`
	// Recorded is the number of shipments whose print was recorded (0 for a preview).
	Recorded  int       `json:"recorded"`
	PrintedAt time.Time `json:"printedAt"`
}

// ParseListKind accepts picking/packing/shipping, pick/pack and the Korean list names.
func ParseListKind(s string) (lists.ListKind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "picking", "pick", "피킹", "피킹리스트":
		return lists.PickKind, nil
	case "packing", "pack", "패킹", "패킹리스트", "합포장":
		return lists.PackKind, nil
	case "shipping", "ship", "배송", "배송리스트", "송장":
		return lists.ShippingKind, nil
	}
	return "", userErr("출력할 목록은 picking(피킹리스트), packing(패킹리스트), shipping(배송리스트) 중 하나입니다.",
		fmt.Errorf("print: unknown list kind %q", s))
}

// PrintList selects the shipments, re-runs the pre-ship checks on them, builds the list, renders
// it and — for a real print — records what was printed. Blocked shipments are listed under 보류.
// CHANGED_AFTER_PRINT does not hold a shipment back from a print: printing the current contents is
// exactly what that finding asks for (it still blocks dispatch until every list is reprinted).
func (a *App) PrintList(ctx context.Context, req PrintRequest) (PrintResult, error) {
	kind, err := ParseListKind(req.Kind)
	if err != nil {
		return PrintResult{}, err
	}
	format := lists.FormatHTML
	if strings.TrimSpace(req.Format) != "" {
		if format, err = lists.ParseFormat(req.Format); err != nil {
			return PrintResult{}, userErr("파일 형식은 html, xlsx, csv, json 중 하나입니다.", err)
		}
	}
	layout := lists.Layout{}
	if kind == lists.ShippingKind && format != lists.FormatJSON {
		if layout, err = courierLayout(req.Courier); err != nil {
			return PrintResult{}, err
		}
	}
	// A real print holds the print lock from reading the shipments to writing the records, so a
	// sync applied through ApplyBatch cannot slip a change in between unnoticed.
	if req.Record {
		a.printMu.Lock()
		defer a.printMu.Unlock()
	}
	keys, err := a.printKeys(ctx, req)
	if err != nil {
		return PrintResult{}, err
	}
	if len(keys) == 0 {
		return PrintResult{}, userErr("출력할 주문이 없습니다. 주문을 선택하거나 조건을 바꾸세요.", errors.New("print: no shipments selected"))
	}
	stored, err := a.store.Shipments(ctx, keys)
	if errors.Is(err, store.ErrNotFound) {
		return PrintResult{}, userErr("선택한 주문 중 찾을 수 없는 주문이 있습니다. 목록을 새로 고치세요.", err)
	}
	if err != nil {
		return PrintResult{}, fmt.Errorf("print: read shipments: %w", err)
	}
	skus, err := a.loadSKUMap(ctx)
	if err != nil {
		return PrintResult{}, err
	}
	now := a.cfg.Now()
	view := printView(stored, now, a.learnedNames())

	res := PrintResult{Kind: kind, Format: format, Title: kind.Label(), FileName: lists.FileName(kind, format, now),
		ContentType: format.ContentType(), PrintedAt: now}
	var buf bytes.Buffer
	switch kind {
	case lists.PickKind:
		l := lists.BuildPickList(view, skus, now)
		res.Count, res.Held = l.Shipments, len(l.Held)
		err = render(&buf, format, &l, func() (lists.Table, error) { return l.Table(), nil })
	case lists.PackKind:
		l := lists.BuildPackList(view, skus, req.Overrides, now)
		res.Count, res.Held = l.Shipments, len(l.Held)
		err = render(&buf, format, &l, func() (lists.Table, error) { return l.Table(), nil })
	default:
		p := lists.BuildPackList(view, skus, req.Overrides, now)
		l := lists.BuildShippingList(&p)
		res.Count, res.Held = l.Shipments, len(l.Held)
		err = render(&buf, format, &l, func() (lists.Table, error) { return l.Table(layout) })
	}
	if err != nil {
		return PrintResult{}, fmt.Errorf("print: render %s as %s: %w", kind, format, err)
	}
	res.Data = buf.Bytes()
	if req.Record {
		if res.Recorded, err = a.recordPrint(ctx, kind, format, view, changedAfterPrint(stored), now, req.By); err != nil {
			return PrintResult{}, err
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
		name = DefaultCourier
	}
	reg, err := lists.DefaultLayouts()
	if err != nil {
		return lists.Layout{}, fmt.Errorf("print: courier layouts: %w", err)
	}
	l, err := reg.Layout(name)
	if err != nil {
		return lists.Layout{}, userErr(fmt.Sprintf("%s 택배사 양식이 없습니다. 사용할 수 있는 양식: %s", name,
			strings.Join(reg.Couriers(), ", ")), err)
	}
	return l, nil
}

// printKeys is the selection: the given keys (checked, without repeats) or the filter's matches.
func (a *App) printKeys(ctx context.Context, req PrintRequest) ([]string, error) {
	if len(req.Keys) > 0 {
		seen := make(map[string]bool, len(req.Keys))
		keys := make([]string, 0, len(req.Keys))
		for _, k := range req.Keys {
			k = strings.TrimSpace(k)
			if _, _, err := order.SplitKey(k); err != nil {
				return nil, userErr("주문 번호가 올바르지 않습니다: "+k, err)
			}
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		return keys, nil
	}
	q := req.Filter
	q.Offset, q.Limit = 0, 0
	f, err := q.filter()
	if err != nil {
		return nil, err
	}
	if len(f.Statuses) == 0 {
		f.Statuses = []order.Status{order.StatusPaid, order.StatusAcknowledged}
	}
	keys, err := a.store.Keys(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("print: select shipments: %w", err)
	}
	return keys, nil
}

// printView re-runs the checks on copies of the stored shipments (so the findings are fresh)
// and leaves out CHANGED_AFTER_PRINT, which a new print is the cure for.
func printView(stored []order.Shipment, now time.Time, learned check.Learned) []order.Shipment {
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

// recordPrint stores what a real print printed and audits it. The records of every shipment live
// in one setting (one write for the whole list); shipments whose CHANGED_AFTER_PRINT finding this
// print cures are updated, each with its own audit entry. The store has no write that spans
// settings, several shipments and the audit log, so this is three transactions: records first,
// then the cured shipments, then the print's audit entry.
func (a *App) recordPrint(ctx context.Context, kind lists.ListKind, format lists.Format, view []order.Shipment,
	recheck map[string]bool, now time.Time, by string) (int, error) {
	recs := lists.RecordPrints(kind, view, now)
	if len(recs) == 0 {
		return 0, nil
	}
	if by == "" {
		by = "seller"
	}
	book, err := a.PrintRecords(ctx)
	if err != nil {
		return 0, err
	}
	book.prune(now.Add(-PrintRecordsKept))
	if err := a.dropSettled(ctx, book); err != nil {
		return 0, err
	}
	for _, r := range recs {
		book.add(r)
	}
	if err := a.store.PutSetting(ctx, PrintRecordsSetting, book); err != nil {
		return 0, fmt.Errorf("print: store print records: %w", err)
	}
	for _, r := range recs {
		if !recheck[r.ShipmentKey] {
			continue
		}
		own := book[r.ShipmentKey]
		err := a.store.Update(ctx, r.ShipmentKey, func(s *order.Shipment) error {
			lists.ApplyPrintChecks(s, own, now)
			return nil
		}, store.AuditEntry{At: now, Actor: by, Action: "print-recheck",
			Detail: kind.Label() + " 다시 출력: 출력 뒤 변경 확인을 다시 했습니다."})
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return 0, fmt.Errorf("print: recheck %s: %w", r.ShipmentKey, err)
		}
	}
	if err := a.store.AppendAudit(ctx, store.AuditEntry{At: now, Actor: by, Action: "print",
		Detail: fmt.Sprintf("%s %d건 (%s)", kind.Label(), len(recs), format)}); err != nil {
		return 0, fmt.Errorf("print: audit: %w", err)
	}
	return len(recs), nil
}

// dropSettled removes the records of shipments that are settled (배송완료, 구매확정, 취소, 반품,
// 교환): nothing is packed for them any more, so their old lists cannot mislead. This keeps the
// records setting about as large as the seller's open work.
func (a *App) dropSettled(ctx context.Context, book PrintBook) error {
	var settled []order.Status
	for _, st := range order.AllStatuses() {
		if st.Final() {
			settled = append(settled, st)
		}
	}
	keys, err := a.store.Keys(ctx, store.Filter{Statuses: settled})
	if err != nil {
		return fmt.Errorf("print: settled shipments: %w", err)
	}
	for _, k := range keys {
		delete(book, k)
	}
	return nil
}

// changedAfterPrint lists the shipments that carry a CHANGED_AFTER_PRINT finding (open or not).
func changedAfterPrint(stored []order.Shipment) map[string]bool {
	out := map[string]bool{}
	for i := range stored {
		for _, f := range stored[i].Findings {
			if f.Code == order.ChangedAfterPrint {
				out[stored[i].Key()] = true
			}
		}
	}
	return out
}

// PrintRecords reads what was printed, per shipment.
func (a *App) PrintRecords(ctx context.Context) (PrintBook, error) {
	book := PrintBook{}
	if _, err := a.store.GetSetting(ctx, PrintRecordsSetting, &book); err != nil {
		return nil, fmt.Errorf("print: read print records: %w", err)
	}
	if book == nil {
		book = PrintBook{}
	}
	return book, nil
}

// loadSKUMap reads the seller's SKU map (an empty one when none was saved).
func (a *App) loadSKUMap(ctx context.Context) (*lists.SKUMap, error) {
	var raw json.RawMessage
	ok, err := a.store.GetSetting(ctx, SKUMapSetting, &raw)
	if err != nil {
		return nil, fmt.Errorf("print: read SKU map: %w", err)
	}
	if !ok {
		return &lists.SKUMap{}, nil
	}
	m, err := lists.ParseSKUMap(raw)
	if err != nil {
		return nil, userErr("상품 매칭 설정을 읽을 수 없습니다. 상품 매칭 화면에서 다시 연결하세요.", err)
	}
	return m, nil
}

// CheckFunc is the merge a sync batch is applied with: the pre-ship checks (check.Apply), then
// the printed-then-changed check against the print records in book (a snapshot read before the
// batch with PrintRecords, because a merge must not call the store). A change to a printed
// shipment raises CHANGED_AFTER_PRINT (blocking) naming the list to reprint; the seller's
// override of the same change survives re-checks.
func CheckFunc(book PrintBook, now func() time.Time) store.MergeFunc {
	if now == nil {
		now = time.Now
	}
	return func(prev, next *order.Shipment) {
		checkWithPrints(book, check.Learned{}, prev, next, now())
	}
}

// checkWithPrints runs the pre-ship checks with the pairs the seller taught, then the
// printed-then-changed check against book.
func checkWithPrints(book PrintBook, learned check.Learned, prev, next *order.Shipment, now time.Time) {
	check.ApplyLearned(prev, next, now, learned)
	if recs := book[next.Key()]; len(recs) > 0 {
		lists.ApplyPrintChecks(next, recs, now)
	}
}

// ApplyBatch stores a batch the way the syncer does: checked against the current print records,
// holding the print lock so that no print is recorded between reading the records and writing.
func (a *App) ApplyBatch(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	now := a.cfg.Now
	return a.applySynced(ctx, b, func(prev, next *order.Shipment) { a.checkSynced(prev, next, now()) })
}

// applySynced is the syncer's write path (syncer.Config.Apply): under the print lock, it loads
// the print records for checkSynced and applies the batch in one store transaction.
func (a *App) applySynced(ctx context.Context, b store.Batch, merge store.MergeFunc) (store.ApplyResult, error) {
	a.printMu.Lock()
	defer a.printMu.Unlock()
	book, err := a.PrintRecords(ctx)
	if err != nil {
		return store.ApplyResult{}, err
	}
	a.syncBook = book
	defer func() { a.syncBook = nil }()
	res, err := a.store.Apply(ctx, b, merge)
	if err != nil {
		return res, fmt.Errorf("app: apply synced batch: %w", err)
	}
	return res, nil
}

// checkSynced is the syncer's check (syncer.Config.Check); it runs inside applySynced.
func (a *App) checkSynced(prev, next *order.Shipment, now time.Time) {
	checkWithPrints(a.syncBook, a.learnedNames(), prev, next, now)
}

// PrintDoc is a list rendered as HTML for the window to print.
type PrintDoc struct {
	HTML  string `json:"html"`
	Title string `json:"title"`
	// Count is the number of shipments on the list, Held the number left out (보류).
	Count int `json:"count"`
	Held  int `json:"held"`
	// Recorded is the number of shipments recorded as printed (0 for a preview).
	Recorded int `json:"recorded"`
}

// PrintPreview renders a list as HTML without recording anything.
func (d *Desk) PrintPreview(req PrintRequest) (PrintDoc, error) {
	req.Format, req.Record = string(lists.FormatHTML), false
	return d.printDoc(req)
}

// PrintList renders a list as HTML for the window to print and records the print, so a later
// change to a printed shipment raises CHANGED_AFTER_PRINT.
func (d *Desk) PrintList(req PrintRequest) (PrintDoc, error) {
	req.Format, req.Record, req.By = string(lists.FormatHTML), true, "seller"
	return d.printDoc(req)
}

func (d *Desk) printDoc(req PrintRequest) (PrintDoc, error) {
	res, err := d.app.PrintList(context.Background(), req)
	if err != nil {
		return PrintDoc{}, d.sellerErr("목록을 만들지 못했습니다.", err)
	}
	return PrintDoc{HTML: string(res.Data), Title: res.Title, Count: res.Count, Held: res.Held, Recorded: res.Recorded}, nil
}

// ExportResult says where an exported list was saved.
type ExportResult struct {
	Path     string `json:"path"`
	FileName string `json:"fileName"`
	Count    int    `json:"count"`
	Held     int    `json:"held"`
	Recorded int    `json:"recorded"`
}

// ExportList writes a list (XLSX by default; CSV, JSON or HTML on request) into the data folder's
// exports folder (0700, file 0600) and records it as printed: an exported shipping list goes to
// the courier just like a printed one.
func (d *Desk) ExportList(req PrintRequest) (ExportResult, error) {
	if strings.TrimSpace(req.Format) == "" {
		req.Format = string(lists.FormatXLSX)
	}
	req.Record, req.By = true, "seller"
	ctx := context.Background()
	res, err := d.app.PrintList(ctx, req)
	if err != nil {
		return ExportResult{}, d.sellerErr("목록을 내보내지 못했습니다.", err)
	}
	dir := filepath.Join(d.app.cfg.DataDir, "exports")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return ExportResult{}, d.fail("내보내기 폴더를 만들지 못했습니다.", fmt.Errorf("export: %w", err))
	}
	path := freePath(dir, res.FileName)
	if err := privatefile.WriteBytes(path, res.Data); err != nil {
		return ExportResult{}, d.fail("파일을 저장하지 못했습니다. 데이터 폴더의 여유 공간과 권한을 확인하세요.", fmt.Errorf("export: %w", err))
	}
	return ExportResult{Path: path, FileName: filepath.Base(path), Count: res.Count, Held: res.Held, Recorded: res.Recorded}, nil
}

// freePath is dir/name, or dir/name with " (2)", " (3)"… before the extension when taken.
func freePath(dir, name string) string {
	path := filepath.Join(dir, name)
	ext := filepath.Ext(name)
	for i := 2; ; i++ {
		if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
			return path
		}
		path = filepath.Join(dir, fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), i, ext))
	}
}

// sellerErr passes a seller-facing error through and logs anything else behind a Korean sentence.
func (d *Desk) sellerErr(korean string, err error) error {
	var ue *UserError
	if errors.As(err, &ue) {
		return err
	}
	return d.fail(korean, err)
}

// UnmatchedItemView is an item to link on the 상품 매칭 screen.
type UnmatchedItemView struct {
	Key        string   `json:"key"`
	Name       string   `json:"name"`
	SellerCode string   `json:"sellerCode"`
	Markets    []string `json:"markets"` // Korean marketplace names
	Reasons    []string `json:"reasons"` // Korean
	Units      int      `json:"units"`
}

// UnmatchedItems lists the items of the shipments still to ship that are not linked to a SKU
// and have no seller code or were seen on one marketplace only.
func (d *Desk) UnmatchedItems() ([]UnmatchedItemView, error) {
	ctx := context.Background()
	keys, err := d.app.store.Keys(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}})
	if err != nil {
		return nil, d.fail("주문 목록을 읽지 못했습니다.", fmt.Errorf("unmatched items: %w", err))
	}
	ships, err := d.app.store.Shipments(ctx, keys)
	if err != nil {
		return nil, d.fail("주문을 읽지 못했습니다.", fmt.Errorf("unmatched items: %w", err))
	}
	skus, err := d.app.loadSKUMap(ctx)
	if err != nil {
		return nil, d.sellerErr("상품 매칭 설정을 읽지 못했습니다.", err)
	}
	items := lists.Unmatched(ships, skus)
	out := make([]UnmatchedItemView, 0, len(items))
	for _, it := range items {
		v := UnmatchedItemView{Key: string(it.Key), Name: it.Name, SellerCode: it.SellerCode, Units: it.Units,
			Markets: make([]string, 0, len(it.Marketplaces)), Reasons: make([]string, 0, len(it.Reasons))}
		for _, m := range it.Marketplaces {
			v.Markets = append(v.Markets, m.Label())
		}
		for _, r := range it.Reasons {
			switch r {
			case lists.NoSellerCode:
				v.Reasons = append(v.Reasons, "판매자 상품코드가 없어 상품명으로만 맞춥니다.")
			case lists.OneMarketplace:
				v.Reasons = append(v.Reasons, "한 마켓에서만 보인 상품입니다.")
			default:
				v.Reasons = append(v.Reasons, string(r))
			}
		}
		out = append(out, v)
	}
	return out, nil
}

// LinkItem links an item (its key from UnmatchedItems) to the seller's SKU, creating or updating
// the SKU's name and shelf location, and audits the change.
func (d *Desk) LinkItem(itemKey, skuID, skuName, location string) error {
	itemKey, skuID = strings.TrimSpace(itemKey), strings.TrimSpace(skuID)
	if itemKey == "" || skuID == "" {
		return userErr("연결할 상품과 상품코드(SKU)를 입력하세요.", fmt.Errorf("link item %q to %q: %w", itemKey, skuID, lists.ErrInvalidLink))
	}
	sku := lists.SKU{ID: skuID, Name: strings.TrimSpace(skuName), Location: strings.TrimSpace(location)}
	return d.editSKUMap("sku-link", fmt.Sprintf("%s → %s", itemKey, skuID), func(m *lists.SKUMap) error {
		return m.Link(lists.ItemKey(itemKey), sku)
	})
}

// UnlinkItem removes an item's link (undoing a wrong link) and audits it.
func (d *Desk) UnlinkItem(itemKey string) error {
	itemKey = strings.TrimSpace(itemKey)
	return d.editSKUMap("sku-unlink", itemKey, func(m *lists.SKUMap) error {
		if !m.Unlink(lists.ItemKey(itemKey)) {
			return userErr("이 상품은 연결되어 있지 않습니다.", fmt.Errorf("unlink %q: not linked", itemKey))
		}
		return nil
	})
}

// editSKUMap is a read-modify-write of the SKU map setting, then its audit entry. The print lock
// keeps two edits from losing each other's change.
func (d *Desk) editSKUMap(action, detail string, edit func(*lists.SKUMap) error) error {
	ctx := context.Background()
	d.app.printMu.Lock()
	defer d.app.printMu.Unlock()
	m, err := d.app.loadSKUMap(ctx)
	if err != nil {
		return d.sellerErr("상품 매칭 설정을 읽지 못했습니다.", err)
	}
	if err := edit(m); err != nil {
		return d.sellerErr("상품을 연결하지 못했습니다.", err)
	}
	if err := d.app.store.PutSetting(ctx, SKUMapSetting, m); err != nil {
		return d.fail("상품 매칭을 저장하지 못했습니다.", fmt.Errorf("%s: %w", action, err))
	}
	if err := d.app.store.AppendAudit(ctx, store.AuditEntry{Actor: "seller", Action: action, Detail: detail}); err != nil {
		return d.fail("상품 매칭 기록을 남기지 못했습니다.", fmt.Errorf("%s audit: %w", action, err))
	}
	return nil
}

// Couriers lists the courier layouts the shipping list can be printed in, the default first.
func (d *Desk) Couriers() ([]string, error) {
	reg, err := lists.DefaultLayouts()
	if err != nil {
		return nil, d.fail("택배사 양식을 읽지 못했습니다.", fmt.Errorf("couriers: %w", err))
	}
	names := reg.Couriers()
	out := make([]string, 0, len(names))
	out = append(out, DefaultCourier)
	for _, n := range names {
		if n != DefaultCourier {
			out = append(out, n)
		}
	}
	return out, nil
}

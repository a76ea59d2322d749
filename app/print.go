package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/prints"
	"sellerdesk/backend/privatefile"
	"sellerdesk/backend/store"
)

// The lists the seller prints and what was printed live in backend/prints; the app turns the
// screen's requests into prints.Requests and saves exports.

const (
	// DefaultCourier is the courier assumed when a request names none (the shipping list's layout,
	// the tracking import).
	DefaultCourier = lists.DefaultCourier
	// PrintRecordsKept is how long print records are kept.
	PrintRecordsKept = prints.Kept
)

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
	// By names who printed, for the audit log (the UI says "seller", the door "cli").
	By    string `json:"-"`
	Batch string `json:"batch"` // reprint this shipping-list print (차수)
}

// Check validates a request without opening anything — the list kind, the format and the
// filter — so a door can refuse a bad command line before it opens the data folder. PrintList
// checks the same.
func (r PrintRequest) Check() error {
	if _, err := prints.ParseKind(r.Kind); err != nil {
		return err
	}
	if _, err := prints.ParseFormat(r.Format); err != nil {
		return err
	}
	q := r.Filter
	q.Offset, q.Limit = 0, 0
	_, err := q.Filter(time.Now())
	return err
}

// ParseListKind accepts picking/packing/shipping, pick/pack and the Korean list names.
func ParseListKind(s string) (lists.ListKind, error) { return prints.ParseKind(s) }

// PrintList prints a list through backend/prints (prints.Service.Print): selected by keys or by
// the board's filter.
func (a *App) PrintList(ctx context.Context, req PrintRequest) (prints.Result, error) {
	pr := prints.Request{Kind: req.Kind, Keys: req.Keys, Format: req.Format, Courier: req.Courier,
		Overrides: req.Overrides, Record: req.Record, By: req.By, Batch: req.Batch}
	if len(req.Keys) == 0 {
		q := req.Filter
		q.Offset, q.Limit = 0, 0
		f, err := q.Filter(a.cfg.Now())
		if err != nil {
			return prints.Result{}, err
		}
		pr.Filter = f
	}
	return a.prints.Print(ctx, pr)
}

// PrintRecords reads what was printed, per shipment.
func (a *App) PrintRecords(ctx context.Context) (prints.Book, error) {
	return prints.Records(ctx, a.store)
}

// ApplyBatch stores a batch the way the syncer does (syncer.Engine.Apply): checked against the
// print records read in the same transaction.
func (a *App) ApplyBatch(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	return a.engine.Apply(ctx, b)
}

// PrintDoc is a list rendered as HTML for the window to print.
type PrintDoc struct {
	HTML     string `json:"html"`
	Title    string `json:"title"`
	Count    int    `json:"count"`    // shipments on the list
	Held     int    `json:"held"`     // left out as 보류 (order.Shipment.Held)
	Excluded int    `json:"excluded"` // left out as not boxes to ship (sent, cancelled…)
	// Recorded is the number of shipments recorded as printed (0 for a preview).
	Recorded int      `json:"recorded"`
	Notice   string   `json:"notice,omitempty"` // instead of a list: nothing to print (neutral)
	Batch    string   `json:"batch"`            // the shipping-list print's number (차수), "" for a preview or another list
	Keys     []string `json:"keys"`             // the boxes it was made from: 인쇄 and 엑셀 after a preview pass them back (prints.Result.Keys)
}

// PrintPreview renders a list as HTML without recording anything.
func (d *Lists) PrintPreview(req PrintRequest) (PrintDoc, error) {
	req.Format, req.Record = string(lists.FormatHTML), false
	return d.printDoc(req)
}

// PrintList renders a list as HTML for the window to print and records the print, so a later
// change to a printed shipment raises CHANGED_AFTER_PRINT.
func (d *Lists) PrintList(req PrintRequest) (PrintDoc, error) {
	req.Format, req.Record, req.By = string(lists.FormatHTML), true, "seller"
	return d.printDoc(req)
}

func (d *Lists) printDoc(req PrintRequest) (PrintDoc, error) {
	res, err := d.app.PrintList(d.ctx(), req)
	if errors.Is(err, prints.ErrNothingToPrint) {
		return PrintDoc{Notice: SellerMessage(err)}, nil
	}
	if err != nil {
		return PrintDoc{}, d.sellerErr("목록을 만들지 못했습니다.", err)
	}
	if res.Recorded > 0 { // the boxes now carry what was printed (the board's 출력 column)
		d.app.events.Emit(EventShipmentsChanged, []string{})
	}
	return PrintDoc{HTML: string(res.Data), Title: res.Title, Count: res.Count, Held: res.Held, Excluded: res.Excluded, Recorded: res.Recorded, Batch: res.Batch, Keys: res.Keys}, nil
}

// ExportResult says where an exported list was saved.
type ExportResult struct {
	Path     string `json:"path"`
	FileName string `json:"fileName"`
	Count    int    `json:"count"`
	Held     int    `json:"held"`
	Excluded int    `json:"excluded"`
	Recorded int    `json:"recorded"`
	Notice   string `json:"notice,omitempty"` // instead of a file: nothing to export (neutral)
	Batch    string `json:"batch"`
}

// ExportList writes a list (XLSX by default; CSV, JSON or HTML on request) into the data folder's
// exports folder (0700, file 0600) and records it as printed: an exported shipping list goes to
// the courier just like a printed one.
func (d *Lists) ExportList(req PrintRequest) (ExportResult, error) {
	if strings.TrimSpace(req.Format) == "" {
		req.Format = string(lists.FormatXLSX)
	}
	req.Record, req.By = true, "seller"
	res, err := d.app.PrintList(d.ctx(), req)
	if errors.Is(err, prints.ErrNothingToPrint) {
		return ExportResult{Notice: SellerMessage(err)}, nil
	}
	if err != nil {
		return ExportResult{}, d.sellerErr("목록을 내보내지 못했습니다.", err)
	}
	path, err := privatefile.SaveNew(d.app.ExportsDir(), res.FileName, res.Data)
	if err != nil {
		return ExportResult{}, d.fail("파일을 저장하지 못했습니다. 데이터 폴더의 여유 공간과 권한을 확인하세요.", fmt.Errorf("export: %w", err))
	}
	return ExportResult{Path: path, FileName: filepath.Base(path), Count: res.Count, Held: res.Held, Excluded: res.Excluded, Recorded: res.Recorded, Batch: res.Batch}, nil
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
func (d *Lists) UnmatchedItems() ([]UnmatchedItemView, error) {
	ctx := d.ctx()
	keys, err := d.app.store.Keys(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}})
	if err != nil {
		return nil, d.fail("주문 목록을 읽지 못했습니다.", fmt.Errorf("unmatched items: %w", err))
	}
	ships, err := d.app.store.Shipments(ctx, keys)
	if err != nil {
		return nil, d.fail("주문을 읽지 못했습니다.", fmt.Errorf("unmatched items: %w", err))
	}
	skus, err := d.app.prints.SKUMap(ctx)
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
func (d *Lists) LinkItem(itemKey, skuID, skuName, location string) error {
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
func (d *Lists) UnlinkItem(itemKey string) error {
	itemKey = strings.TrimSpace(itemKey)
	return d.editSKUMap("sku-unlink", itemKey, func(m *lists.SKUMap) error {
		if !m.Unlink(lists.ItemKey(itemKey)) {
			return userErr("이 상품은 연결되어 있지 않습니다.", fmt.Errorf("unlink %q: not linked", itemKey))
		}
		return nil
	})
}

// editSKUMap changes the SKU map and audits it in one store transaction.
func (d *Lists) editSKUMap(action, detail string, edit func(*lists.SKUMap) error) error {
	err := d.app.prints.EditSKUMap(d.ctx(), store.AuditEntry{Actor: "seller", Action: action, Detail: detail}, edit)
	if err != nil {
		return d.sellerErr("상품 매칭을 저장하지 못했습니다.", fmt.Errorf("%s: %w", action, err))
	}
	return nil
}

// Couriers lists the courier layouts the shipping list can be printed in, the default first.
func (d *Lists) Couriers() ([]string, error) {
	out, err := prints.Couriers()
	if err != nil {
		return nil, d.fail("택배사 양식을 읽지 못했습니다.", err)
	}
	return out, nil
}

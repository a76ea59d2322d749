package app

import (
	"context"
	"fmt"
	"io"
	"strings"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/export"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// ExportRequest is a parsed request for the export of stored shipments (the export door).
type ExportRequest struct {
	Format export.Format
	Filter store.Filter
}

// ParseExport reads an export request: the format (json, csv, xlsx) and, comma-separated, the
// statuses (codes in any case, or the Korean labels) and marketplaces to keep (none: all). It
// needs no open app, so a door can refuse a bad command line before it opens the data folder.
func ParseExport(format, statuses, markets string) (ExportRequest, error) {
	var r ExportRequest
	f, err := export.ParseFormat(format)
	if err != nil {
		return r, userErr("형식은 json, csv, xlsx 중 하나입니다.", err)
	}
	r.Format = f
	for _, s := range SplitList(statuses) {
		st, err := order.ParseStatus(s)
		if err != nil {
			return r, userErr("알 수 없는 주문 상태입니다: "+s, err)
		}
		r.Filter.Statuses = append(r.Filter.Statuses, st)
	}
	for _, s := range SplitList(markets) {
		m, err := order.ParseMarketplace(s)
		if err != nil {
			return r, userErr("알 수 없는 마켓입니다: "+s, err)
		}
		r.Filter.Markets = append(r.Filter.Markets, m)
	}
	return r, nil
}

// Export writes every stored shipment the request selects — lines, receiver, statuses,
// findings and resolutions — to w, and returns how many.
func (a *App) Export(ctx context.Context, r ExportRequest, w io.Writer) (int, error) {
	ships, err := export.Collect(ctx, a.store, r.Filter)
	if err != nil {
		return 0, fmt.Errorf("app: export: %w", err)
	}
	if err := export.Write(w, r.Format, ships, a.cfg.Now()); err != nil {
		return 0, fmt.Errorf("app: export: %w", err)
	}
	return len(ships), nil
}

// DigitalDeliveries lists every digital delivery with its state, address, codes and note.
func (a *App) DigitalDeliveries(ctx context.Context) ([]digital.ListItem, error) {
	items, err := digital.List(ctx, a.store)
	if err != nil {
		return nil, fmt.Errorf("app: digital deliveries: %w", err)
	}
	return items, nil
}

// SplitList splits a comma-separated list, dropping blanks.
func SplitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

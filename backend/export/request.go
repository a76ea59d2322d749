package export

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Request is a parsed request for the export of stored shipments (the export door).
type Request struct {
	Format Format
	Filter store.Filter
}

// ParseRequest reads an export request: the format (json, csv, xlsx) and, comma-separated, the
// statuses (codes in any case, or the Korean labels) and marketplaces to keep (none: all). It
// needs no open store, so a door can refuse a bad command line before it opens the data folder.
func ParseRequest(format, statuses, markets string) (Request, error) {
	var r Request
	f, err := ParseFormat(format)
	if err != nil {
		return r, usererr.New("형식은 json, csv, xlsx 중 하나입니다.", err)
	}
	r.Format = f
	for _, s := range SplitList(statuses) {
		st, err := order.ParseStatus(s)
		if err != nil {
			return r, usererr.New("알 수 없는 주문 상태입니다: "+s, err)
		}
		r.Filter.Statuses = append(r.Filter.Statuses, st)
	}
	for _, s := range SplitList(markets) {
		m, err := order.ParseMarketplace(s)
		if err != nil {
			return r, usererr.New("알 수 없는 마켓입니다: "+s, err)
		}
		r.Filter.Markets = append(r.Filter.Markets, m)
	}
	return r, nil
}

// Run writes every stored shipment the request selects — lines, receiver, statuses, findings and
// resolutions — to w, and returns how many.
func Run(ctx context.Context, st *store.Store, r Request, w io.Writer, now time.Time) (int, error) {
	ships, err := Collect(ctx, st, r.Filter)
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	if err := Write(w, r.Format, ships, now); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	return len(ships), nil
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

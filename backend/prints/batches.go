package prints

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// BatchesSetting holds the shipping-list prints (차수), newest last.
const BatchesSetting = "lists.printBatches"

// Batch is one print of the shipping list (차수): its number names the KST day and the count of
// shipping-list prints that day ("2026-11-22#2"). A reprint of a batch prints the same boxes again
// and keeps its number.
type Batch struct {
	ID        string    `json:"id"`
	PrintedAt time.Time `json:"printedAt"`
	// Reprinted is when the batch was last printed again (zero: never).
	Reprinted time.Time `json:"reprinted,omitzero"`
	Keys      []string  `json:"keys"`
}

// Batches reads the shipping-list prints kept, newest first.
func Batches(ctx context.Context, st *store.Store) ([]Batch, error) {
	var bs []Batch
	if _, err := st.GetSetting(ctx, BatchesSetting, &bs); err != nil {
		return nil, fmt.Errorf("prints: read print batches: %w", err)
	}
	slices.Reverse(bs)
	return bs, nil
}

// batchKeys are the boxes of the batch named id, for a reprint.
func batchKeys(ctx context.Context, st *store.Store, id string) ([]string, error) {
	bs, err := Batches(ctx, st)
	if err != nil {
		return nil, err
	}
	for _, b := range bs {
		if b.ID == id {
			return b.Keys, nil
		}
	}
	return nil, usererr.New("그 출력 차수가 없습니다: "+id, fmt.Errorf("prints: no batch %q", id))
}

// nextBatch records a new shipping-list print of keys (or, with reprint, a reprint of that batch)
// in bs, dropping the batches older than Kept, and returns the batch's number.
func nextBatch(bs []Batch, keys []string, reprint string, now time.Time) ([]Batch, string) {
	bs = slices.DeleteFunc(bs, func(b Batch) bool { return b.PrintedAt.Before(now.Add(-Kept)) })
	if reprint != "" {
		for i := range bs {
			if bs[i].ID == reprint {
				bs[i].Reprinted = now
				return bs, reprint
			}
		}
	}
	day := now.In(order.KST()).Format("2006-01-02")
	n := 1
	for _, b := range bs {
		if d, num, ok := strings.Cut(b.ID, "#"); ok && d == day {
			if k, err := strconv.Atoi(num); err == nil && k >= n {
				n = k + 1
			}
		}
	}
	id := day + "#" + strconv.Itoa(n)
	return append(bs, Batch{ID: id, PrintedAt: now, Keys: keys}), id
}

// markPrinted notes on the box that it was printed on kind (and, for the shipping list, in batch).
func markPrinted(sh *order.Shipment, kind lists.ListKind, batch string, now time.Time) {
	p := order.Printed{}
	if sh.Printed != nil {
		p = *sh.Printed
		p.Lists = slices.Clone(p.Lists)
	}
	if !slices.Contains(p.Lists, string(kind)) {
		p.Lists = append(p.Lists, string(kind))
	}
	if kind == lists.ShippingKind && batch != "" {
		p.Batch = batch
	}
	p.At = now
	sh.Printed = &p
}

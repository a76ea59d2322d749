package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
)

// SortBy names a column List can sort by. Each has its natural direction, which Filter.Reverse
// turns around. Shipments that tie keep the list order (newest payment first, then key), and a
// shipment without the value (no 발송기한, no receiver name, no lines, no payment time) comes last
// in both directions.
type SortBy string

const (
	SortPaid     SortBy = "paid"     // 결제일시: newest first (also "")
	SortDue      SortBy = "due"      // 발송기한: the nearest first
	SortReceiver SortBy = "receiver" // 수취인: 가나다 (the byte order of the lower-cased name)
	SortProduct  SortBy = "product"  // 상품: the first line's product and option, 가나다
	SortMarket   SortBy = "market"   // 마켓: in order.AllMarketplaces order
	SortStatus   SortBy = "status"   // 상태: in the order a shipment moves through (order.AllStatuses)
)

// SortColumns lists the columns List sorts by.
func SortColumns() []SortBy {
	return []SortBy{SortDue, SortPaid, SortReceiver, SortProduct, SortMarket, SortStatus}
}

// ParseSortBy accepts a column of SortColumns ("" is SortPaid).
func ParseSortBy(s string) (SortBy, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return SortPaid, nil
	}
	for _, c := range SortColumns() {
		if string(c) == s {
			return c, nil
		}
	}
	return "", fmt.Errorf("store: unknown sort column %q", s)
}

// listOrder reports whether f lists in the index's own order (newest payment first), which needs
// no sorting: the matches are visited straight from the order slice.
func (f Filter) listOrder() bool {
	return (f.Sort == "" || f.Sort == SortPaid) && !f.Reverse && !f.HeldFirst
}

// sortItem is one match being sorted: its key in two words (a receiver name's first 16 bytes; the
// other columns use k1 only), its rank in list order (ties keep it) and its group (top): held
// first when asked for, then a missing value last. The low bit of top marks a receiver name
// longer than the key, whose ties are settled on the whole name.
type sortItem struct {
	k1, k2 uint64
	rank   uint32
	top    uint32
}

const (
	topNotHeld = 4
	topMissing = 2
	topLong    = 1
)

func compareItems(a, b sortItem) int {
	if c := cmp.Compare(a.top>>1, b.top>>1); c != 0 {
		return c
	}
	if c := cmp.Compare(a.k1, b.k1); c != 0 {
		return c
	}
	if c := cmp.Compare(a.k2, b.k2); c != 0 {
		return c
	}
	return cmp.Compare(a.rank, b.rank)
}

// sorted returns the matching slots at positions [from, to) of the order f asks for (to < 0:
// all of them), and how many match. The keys come from the index's flat arrays, the receiver's
// name from the head of its text record, the product from the rank of the first line in the line
// dictionary; a page puts only its own positions in order (selection, then sorting the page), so
// it costs about the same wherever it lies.
func (x *index) sorted(ctx context.Context, m *matcher, f Filter, from, to int) ([]uint32, int, error) {
	by := f.Sort
	if by == "" {
		by = SortPaid
	}
	var lineRank []uint32
	if by == SortProduct {
		lineRank = x.lines.ranks()
	}
	lo, hi := x.paidRange(f)
	long := false
	slots := make([]uint32, 0, min(hi-lo, 1<<16))
	items := make([]sortItem, 0, min(hi-lo, 1<<16))
	for i := hi - 1; i >= lo; i-- {
		if i&0xffff == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		s := x.order[i]
		if !m.match(x, s) {
			continue
		}
		it := x.sortKey(by, s, lineRank)
		switch {
		case it.top&topMissing != 0:
			it.k1, it.k2 = 0, 0
		case f.Reverse:
			it.k1, it.k2 = ^it.k1, ^it.k2
		}
		if f.HeldFirst && x.attr[s]&attrHeld == 0 {
			it.top |= topNotHeld
		}
		long = long || it.top&topLong != 0
		it.rank = uint32(len(slots))
		slots = append(slots, s)
		items = append(items, it)
	}
	total := len(items)
	if to < 0 || to > total {
		to = total
	}
	from = min(max(from, 0), to)
	compare := compareItems
	if long {
		// Names that tie on their first 16 bytes are ordered by the whole name.
		compare = func(a, b sortItem) int {
			if a.top>>1 == b.top>>1 && a.k1 == b.k1 && a.k2 == b.k2 && a.top&b.top&topLong != 0 {
				c := bytes.Compare(x.receiverName(slots[a.rank]), x.receiverName(slots[b.rank]))
				if f.Reverse {
					c = -c
				}
				if c != 0 {
					return c
				}
			}
			return compareItems(a, b)
		}
	}
	page := selectSorted(items, from, to, compare)
	out := make([]uint32, len(page))
	for i, it := range page {
		out[i] = slots[it.rank]
	}
	return out, total, nil
}

// selectSorted puts the items of positions [from, to) of the order compare gives in place,
// sorted, and returns them. A narrow window of many items is selected first (quickselect,
// linear), then only the window is sorted.
func selectSorted(items []sortItem, from, to int, compare func(a, b sortItem) int) []sortItem {
	if len(items) < 4096 || to-from > len(items)/4 {
		slices.SortFunc(items, compare)
		return items[from:to]
	}
	nth(items, from, compare)
	if to < len(items) {
		nth(items[from:], to-from, compare)
	}
	page := items[from:to]
	slices.SortFunc(page, compare)
	return page
}

// nth moves the k-th smallest item to position k, the smaller ones before it and the others
// after (Hoare's selection with a median-of-three pivot; the items are distinct, their ranks are).
func nth(xs []sortItem, k int, compareItems func(a, b sortItem) int) {
	lo, hi := 0, len(xs)
	for hi-lo > 24 {
		a, b, c := xs[lo], xs[lo+(hi-lo)/2], xs[hi-1]
		if compareItems(a, b) > 0 {
			a, b = b, a
		}
		if compareItems(b, c) > 0 {
			b = c
			if compareItems(a, b) > 0 {
				b = a
			}
		}
		pivot := b
		i, j := lo, hi-1
		for i <= j {
			for compareItems(xs[i], pivot) < 0 {
				i++
			}
			for compareItems(xs[j], pivot) > 0 {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j + 1
		case k >= i:
			lo = i
		default:
			return
		}
	}
	slices.SortFunc(xs[lo:hi], compareItems)
}

// sortKey is the key of slot s in column by (natural direction), or an item marked missing.
func (x *index) sortKey(by SortBy, s uint32, lineRank []uint32) sortItem {
	var it sortItem
	switch by {
	case SortDue:
		if d := x.due[s]; d != minPaid {
			it.k1 = uint64(d) ^ 1<<63
		} else {
			it.top = topMissing
		}
	case SortReceiver:
		name := x.receiverName(s)
		if len(name) == 0 {
			it.top = topMissing
			break
		}
		var b [16]byte
		copy(b[:], name)
		it.k1, it.k2 = binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:])
		if len(name) > len(b) {
			it.top = topLong
		}
	case SortProduct:
		switch p := x.prod[s]; {
		case p == noLines:
			it.top = topMissing
		case p&multiFlag == 0:
			it.k1 = uint64(lineRank[p])
		default:
			it.k1 = uint64(lineRank[x.multi[p&^multiFlag+1]])
		}
	case SortMarket:
		it.k1 = uint64(x.attr[s] & attrMarketMask)
	case SortStatus:
		it.k1 = uint64((x.attr[s] & attrStatusMask) >> attrStatusShift)
	default: // SortPaid: newest first
		if p := x.paid[s]; p != minPaid {
			it.k1 = ^(uint64(p) ^ 1<<63)
		} else {
			it.top = topMissing
		}
	}
	return it
}

// receiverName is the lower-cased receiver name of slot s: the first field of its text record.
func (x *index) receiverName(s uint32) []byte {
	off := x.txtOff[s]
	if off == noRecord {
		return nil
	}
	rec := x.txt[off+slotBytes:]
	return rec[:fieldEnd(rec)]
}

// ranks gives each line of the dictionary its rank in byte order of its searchable name
// (product, option, exposed name, seller code).
func (d *lineDict) ranks() []uint32 {
	ids := make([]uint32, d.len())
	for i := range ids {
		ids[i] = uint32(i)
	}
	slices.SortFunc(ids, func(a, b uint32) int { return bytes.Compare(d.entry(int(a)), d.entry(int(b))) })
	rank := make([]uint32, len(ids))
	for r, id := range ids {
		rank[id] = uint32(r)
	}
	return rank
}

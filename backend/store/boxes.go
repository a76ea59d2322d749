package store

import (
	"bytes"
	"slices"

	"sellerdesk/backend/order"
)

// The boxes of one order: a Naver order of several product orders, or a Coupang order shipped in
// several boxes. Every screen and document names a box by its order and, when the order has
// several boxes, by its number among them (order.BoxName), so the index knows, per slot, the hash
// of its marketplace and order id (ord, saved with the index), and an orderTable finds the slots
// of one hash (rebuilt when the index is loaded). The boxes of an order are numbered in the order
// of their marketplace ids.

// orderTable finds the slots of an order: open addressing over slot numbers by the order hash,
// several slots per hash. It never forgets a slot; a slot whose order hash changed since it was
// added is skipped on lookup (ord no longer matches).
type orderTable struct {
	slots []uint32 // slot+1; 0 is empty
	n     int
}

// orderHash is the hash of a marketplace's order id; 0 for none.
func (x *index) orderHash(m order.Marketplace, orderID string) uint64 {
	if orderID == "" {
		return 0
	}
	h := hashString(x.keys.seed, string(m)+"\x00"+orderID)
	if h == 0 {
		h = 1
	}
	return h
}

// setOrder records the order hash of slot s.
func (x *index) setOrder(s uint32, h uint64) {
	if x.ord[s] == h {
		return
	}
	x.ord[s] = h
	if h != 0 {
		x.orders.add(x, s)
	}
}

func (t *orderTable) add(x *index, s uint32) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		size := max(1024, 2*len(old))
		t.slots = make([]uint32, size)
		t.n = 0
		for _, v := range old {
			if v != 0 {
				t.put(x, v-1)
			}
		}
	}
	t.put(x, s)
}

func (t *orderTable) put(x *index, s uint32) {
	mask := uint64(len(t.slots) - 1)
	h := x.ord[s] & mask
	for ; t.slots[h] != 0; h = (h + 1) & mask {
		if t.slots[h] == s+1 {
			return
		}
	}
	t.slots[h] = s + 1
	t.n++
}

// rebuild fills the table from ord (after loading a saved index).
func (t *orderTable) rebuild(x *index) {
	t.slots, t.n = nil, 0
	for s, h := range x.ord {
		if h != 0 {
			t.add(x, uint32(s))
		}
	}
}

// siblings are the slots of the order with hash h, each once.
func (x *index) siblings(h uint64) []uint32 {
	t := &x.orders
	if h == 0 || len(t.slots) == 0 {
		return nil
	}
	var out []uint32
	mask := uint64(len(t.slots) - 1)
	for p := h & mask; t.slots[p] != 0; p = (p + 1) & mask {
		if s := t.slots[p] - 1; x.ord[s] == h && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// boxNo is the place of the box (m, id) among the boxes of its order; zero when the order has one
// box or the box is not in the index.
func (x *index) boxNo(m order.Marketplace, id, orderID string) order.BoxNo {
	sib := x.siblings(x.orderHash(m, orderID))
	if len(sib) < 2 {
		return order.BoxNo{}
	}
	ids := make([][]byte, 0, len(sib))
	for _, s := range sib {
		if marketOf(x.attr[s]) == m {
			ids = append(ids, x.idOf(s))
		}
	}
	if len(ids) < 2 {
		return order.BoxNo{}
	}
	// marketplace ids are numbers: the shorter is the smaller
	slices.SortFunc(ids, func(a, b []byte) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return bytes.Compare(a, b)
	})
	for i, b := range ids {
		if string(b) == id {
			return order.BoxNo{No: i + 1, Of: len(ids)}
		}
	}
	return order.BoxNo{}
}

// numberBoxes sets the Box of each shipment from the index.
func (s *Store) numberBoxes(ships []order.Shipment) {
	x := s.index
	if x == nil {
		return
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	for i := range ships {
		sh := &ships[i]
		sh.Box = x.boxNo(sh.Marketplace, sh.ID, sh.OrderID)
	}
}

// numberSummaries sets the Box of each summary from the index.
func (s *Store) numberSummaries(items []Summary) {
	x := s.index
	if x == nil {
		return
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	for i := range items {
		it := &items[i]
		it.Box = x.boxNo(it.Market, it.ID, it.OrderID)
	}
}

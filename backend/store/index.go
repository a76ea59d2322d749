package store

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"sync"

	"sellerdesk/backend/order"
)

// The in-memory index answers every list, filter and search without reading the boxes: a few
// flat arrays per shipment ("slot") and two text arenas, no pointers per shipment, so that a
// million shipments cost about 110 MB, the garbage collector has nothing to walk, and the whole
// index is saved to and loaded from one file (indexfile.go) in a fraction of a second.
//
// Per slot:
//
//	paid    PaidAt (paidKey)
//	due     ShipBy, the 발송기한 (paidKey; minPaid when there is none)
//	attr    marketplace, status, held/warned, printed, write problem, finding bits (attr* below)
//	digOff  offset of the slot's record in dig: its id, then the searchable fields made of digits
//	        only (phones, numeric order ids and package numbers)
//	txtOff  offset of its record in txt (the lower-cased receiver name first, then ids with
//	        letters), or noRecord
//	prod    its lines' names: one id into the line dictionary, noLines, or multiFlag|offset into
//	        multi (count, ids…)
//
// A record is 5 slot bytes (slotBytes), the fields separated by fieldSep, then recordEnd. The
// slot bytes and separators are control characters, which the cleaned fields and search words
// never contain, so a substring match always lies inside one field of one record and the
// record's slot is read just before it. A changed shipment gets a new record at the end of the
// arena; the old one becomes garbage (its slot's offset no longer points at it) until the arena
// is compacted.
//
// order holds the slots sorted by (paid ascending, key descending): the list (newest first, key
// ascending) is order read backwards, and new shipments, usually the newest, are appended.
type index struct {
	mu sync.RWMutex

	paid   []int64
	due    []int64
	attr   []uint32
	digOff []uint32
	txtOff []uint32
	prod   []uint32
	order  []uint32
	// ord is the hash of each slot's marketplace and order id (boxes.go); orders finds the slots
	// of one order.
	ord    []uint64
	orders orderTable

	dig, txt []byte
	multi    []uint32
	// garbage is the number of stale bytes in dig, txt (and stale words in multi).
	garbage int

	lines lineDict
	// others holds the open finding codes that have no bit, of the slots that have any.
	others map[uint32][]order.FindingCode

	keys keyTable
	c    counters
}

const (
	attrMarketMask   = 0x3 // bits 0-1: index in order.AllMarketplaces, 3 unknown
	attrStatusShift  = 2   // bits 2-5: index in order.AllStatuses, 15 unknown
	attrStatusMask   = 0xf << attrStatusShift
	attrHeld         = 1 << 6 // order.Shipment.Held
	attrWarned       = 1 << 7
	attrOtherFinding = 1 << 8  // an open finding whose code has no bit (see others)
	attrMasked       = 1 << 9  // the buyer's personal data was masked
	attrShipPrinted  = 1 << 10 // on a shipping-list print (a 차수)
	attrWriteProblem = 1 << 11 // a write to the marketplace did not go through (order.WriteProblem)
	attrFindingShift = 16      // bits 16-31: open findings (findingBit)

	unknownMarket = 3
	unknownStatus = 15
)

const (
	fieldSep  = 0x00
	recordEnd = 0x01
	// slotBytes encode a slot in base 30 with bytes 0x02–0x1f.
	slotBytes = 5
	slotBase  = 30
	maxSlots  = slotBase * slotBase * slotBase * slotBase * slotBase // 24,300,000
	noRecord  = ^uint32(0)
	noLines   = ^uint32(0)
	multiFlag = uint32(1) << 31
)

func marketAttr(m order.Marketplace) uint32 {
	for i, k := range order.AllMarketplaces() {
		if k == m && i < unknownMarket {
			return uint32(i)
		}
	}
	return unknownMarket
}

func statusAttr(s order.Status) uint32 {
	for i, k := range order.AllStatuses() {
		if k == s && i < unknownStatus {
			return uint32(i) << attrStatusShift
		}
	}
	return unknownStatus << attrStatusShift
}

func marketOf(a uint32) order.Marketplace {
	if m := int(a & attrMarketMask); m < len(order.AllMarketplaces()) {
		return order.AllMarketplaces()[m]
	}
	return ""
}

func statusOf(a uint32) order.Status {
	if s := int(a&attrStatusMask) >> attrStatusShift; s < len(order.AllStatuses()) {
		return order.AllStatuses()[s]
	}
	return ""
}

// findingCodeAt lists the finding codes that have a bit in attr, in bit order.
func findingCodeAt(i int) (order.FindingCode, bool) {
	switch i {
	case 0:
		return order.OptionNameMismatch, true
	case 1:
		return order.BundleMultiplier, true
	case 2:
		return order.AddressChanged, true
	case 3:
		return order.ClaimOpen, true
	case 4:
		return order.PartialCancel, true
	case 5:
		return order.OptionChanged, true
	case 6:
		return order.ChangedAfterPrint, true
	}
	return "", false
}

// findingBit is the attr bit of a known finding code; ok is false for other codes.
func findingBit(c order.FindingCode) (uint32, bool) {
	for i := 0; ; i++ {
		k, ok := findingCodeAt(i)
		if !ok {
			return 0, false
		}
		if k == c {
			return 1 << (attrFindingShift + i), true
		}
	}
}

// findingCodes are the open finding codes of a slot.
func (x *index) findingCodes(s uint32) []order.FindingCode {
	a := x.attr[s]
	out := []order.FindingCode{}
	for i := 0; ; i++ {
		c, ok := findingCodeAt(i)
		if !ok {
			break
		}
		if a&(1<<(attrFindingShift+i)) != 0 {
			out = append(out, c)
		}
	}
	return append(out, x.others[s]...)
}

func newIndex(n int) *index {
	x := &index{
		paid:   make([]int64, 0, n),
		due:    make([]int64, 0, n),
		attr:   make([]uint32, 0, n),
		digOff: make([]uint32, 0, n),
		txtOff: make([]uint32, 0, n),
		prod:   make([]uint32, 0, n),
		order:  make([]uint32, 0, n),
		ord:    make([]uint64, 0, n),
		others: map[uint32][]order.FindingCode{},
		lines:  newLineDict(),
		c:      newCounters(),
	}
	x.keys.init(x, n)
	return x
}

func (x *index) len() int { return len(x.paid) }

// ---- records ----

func appendSlot(b []byte, s uint32) []byte {
	var d [slotBytes]byte
	for i := slotBytes - 1; i >= 0; i-- {
		d[i] = byte(s%slotBase) + 2
		s /= slotBase
	}
	return append(b, d[:]...)
}

func readSlot(b []byte) (uint32, bool) {
	if len(b) < slotBytes {
		return 0, false
	}
	var s uint32
	for _, c := range b[:slotBytes] {
		if c < 2 || c >= 2+slotBase {
			return 0, false
		}
		s = s*slotBase + uint32(c-2)
	}
	return s, true
}

func appendRecord(arena []byte, s uint32, fields []string) ([]byte, uint32) {
	off := uint32(len(arena))
	arena = appendSlot(arena, s)
	first := true
	for _, f := range fields {
		if f == "" && !first {
			continue
		}
		if !first {
			arena = append(arena, fieldSep)
		}
		arena = append(arena, f...)
		first = false
	}
	return append(arena, recordEnd), off
}

// recordLen is the length of the record at off, its end byte included.
func recordLen(arena []byte, off uint32) int {
	return bytes.IndexByte(arena[off:], recordEnd) + 1
}

// idOf is the shipment id of a slot (the first field of its digit record).
func (x *index) idOf(s uint32) []byte {
	rec := x.dig[x.digOff[s]+slotBytes:]
	return rec[:fieldEnd(rec)]
}

// fieldEnd is the length of the field that rec starts with: up to the next separator or the end
// of the record (looking for either byte alone could run through the rest of the arena).
func fieldEnd(rec []byte) int {
	for i, c := range rec {
		if c == fieldSep || c == recordEnd {
			return i
		}
	}
	return len(rec)
}

// keyOf is the store key of a slot.
func (x *index) keyOf(s uint32) string {
	return string(marketOf(x.attr[s])) + "/" + string(x.idOf(s))
}

func (x *index) keyEquals(s uint32, key string) bool {
	m := string(marketOf(x.attr[s]))
	return len(key) > len(m) && key[:len(m)] == m && key[len(m)] == '/' && key[len(m)+1:] == string(x.idOf(s))
}

// compareKeys compares the keys of two slots without building them.
func (x *index) compareKeys(a, b uint32) int {
	if c := strings.Compare(string(marketOf(x.attr[a])), string(marketOf(x.attr[b]))); c != 0 {
		return c
	}
	return bytes.Compare(x.idOf(a), x.idOf(b))
}

// compareOrder is the order of the order slice: paid ascending, then key descending.
func (x *index) compareOrder(a, b uint32) int {
	switch pa, pb := x.paid[a], x.paid[b]; {
	case pa < pb:
		return -1
	case pa > pb:
		return 1
	}
	return -x.compareKeys(a, b)
}

// ---- writes ----

// upsert puts rows into the index (new keys get a slot, known keys are replaced); a later row of
// one key wins. It keeps order sorted with one merge per call.
func (x *index) upsert(rows []row) error {
	if len(rows) == 0 {
		return nil
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	var insert []uint32
	var move map[uint32]bool
	pending := map[uint32]bool{}
	for i := range rows {
		r := &rows[i]
		s, ok := x.keys.lookup(r.key)
		if !ok {
			var err error
			if s, err = x.add(r); err != nil {
				return err
			}
			insert = append(insert, s)
			pending[s] = true
			continue
		}
		x.c.add(x, s, -1)
		if x.paid[s] != r.paid && !pending[s] {
			if move == nil {
				move = map[uint32]bool{}
			}
			move[s] = true
			insert = append(insert, s)
			pending[s] = true
		}
		x.garbage += recordLen(x.dig, x.digOff[s])
		if x.txtOff[s] != noRecord {
			x.garbage += recordLen(x.txt, x.txtOff[s])
		}
		if p := x.prod[s]; p != noLines && p&multiFlag != 0 {
			x.garbage += 4 * (1 + int(x.multi[p&^multiFlag]))
		}
		x.set(s, r)
		x.c.add(x, s, 1)
	}
	if len(move) > 0 {
		kept := x.order[:0]
		for _, s := range x.order {
			if !move[s] {
				kept = append(kept, s)
			}
		}
		x.order = kept
	}
	x.insertOrdered(insert)
	if x.garbage > 1<<20 && x.garbage > (len(x.dig)+len(x.txt))/3 {
		x.compact()
	}
	return nil
}

// add gives a new key a slot (not yet in order).
func (x *index) add(r *row) (uint32, error) {
	if len(x.paid) >= maxSlots {
		return 0, errIndexFull
	}
	s := uint32(len(x.paid))
	x.paid = append(x.paid, 0)
	x.due = append(x.due, minPaid)
	x.attr = append(x.attr, 0)
	x.digOff = append(x.digOff, 0)
	x.txtOff = append(x.txtOff, noRecord)
	x.prod = append(x.prod, noLines)
	x.ord = append(x.ord, 0)
	x.set(s, r)
	x.keys.insert(s)
	x.c.add(x, s, 1)
	return s, nil
}

// set writes a row's values into slot s.
func (x *index) set(s uint32, r *row) {
	x.paid[s] = r.paid
	x.due[s] = r.due
	x.attr[s] = r.attr
	x.dig, x.digOff[s] = appendRecord(x.dig, s, r.digits)
	x.txtOff[s] = noRecord
	if len(r.text) > 0 {
		x.txt, x.txtOff[s] = appendRecord(x.txt, s, r.text)
	}
	x.prod[s] = x.lineRef(r.lines)
	x.setOrder(s, x.orderHash(marketOf(r.attr), r.orderID))
	if len(r.others) > 0 {
		x.others[s] = slices.Clone(r.others)
	} else {
		delete(x.others, s)
	}
}

func (x *index) lineRef(lines []string) uint32 {
	var ids []uint32
	for _, l := range lines {
		id := x.lines.intern(l)
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	switch len(ids) {
	case 0:
		return noLines
	case 1:
		return ids[0]
	}
	off := uint32(len(x.multi))
	x.multi = append(x.multi, uint32(len(ids)))
	x.multi = append(x.multi, ids...)
	return multiFlag | off
}

// insertOrdered merges slots (not in order) into order.
func (x *index) insertOrdered(add []uint32) {
	if len(add) == 0 {
		return
	}
	slices.SortFunc(add, x.compareOrder)
	n := len(x.order)
	x.order = slices.Grow(x.order, len(add))[:n+len(add)]
	i, j := n-1, len(add)-1
	for k := len(x.order) - 1; j >= 0; k-- {
		if i >= 0 && x.compareOrder(x.order[i], add[j]) > 0 {
			x.order[k] = x.order[i]
			i--
		} else {
			x.order[k] = add[j]
			j--
		}
	}
}

// compact drops the garbage of the arenas in place, keeping the live records in arena order.
func (x *index) compact() {
	x.dig = compactArena(x.dig, x.digOff)
	x.txt = compactArena(x.txt, x.txtOff)
	multi := make([]uint32, 0, len(x.multi))
	for s, p := range x.prod {
		if p != noLines && p&multiFlag != 0 {
			off := p &^ multiFlag
			n := x.multi[off]
			x.prod[s] = multiFlag | uint32(len(multi))
			multi = append(multi, x.multi[off:off+1+n]...)
		}
	}
	x.multi = multi
	x.garbage = 0
}

func compactArena(arena []byte, offs []uint32) []byte {
	w := 0
	for r := 0; r < len(arena); {
		n := bytes.IndexByte(arena[r:], recordEnd) + 1
		if s, ok := readSlot(arena[r:]); ok && int(s) < len(offs) && offs[s] == uint32(r) {
			copy(arena[w:], arena[r:r+n])
			offs[s] = uint32(w)
			w += n
		}
		r += n
	}
	clear(arena[w:])
	return arena[:w]
}

// ---- key table ----

// keyTable finds a slot by key: open addressing over slot numbers, hashing the key that the
// slot's marketplace and id make, so no key string is kept. It is saved with the index, so a
// start does not hash a million keys again.
type keyTable struct {
	x     *index
	seed  uint64
	slots []uint32 // slot+1; 0 is empty
	n     int
}

func (t *keyTable) init(x *index, n int) {
	t.x = x
	t.seed = binary.LittleEndian.Uint64(randomToken())
	size := 1024
	for size < 2*n {
		size *= 2
	}
	t.slots = make([]uint32, size)
	t.n = 0
}

// FNV-1a with a seed, finished with a mixer so that the low bits (the table position) depend on
// every byte.
const (
	fnvPrime = 1099511628211
)

func mixHash(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

func hashString(seed uint64, s string) uint64 {
	h := seed
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return mixHash(h)
}

func (t *keyTable) hashSlot(s uint32) uint64 {
	h := t.seed
	for _, c := range []byte(marketOf(t.x.attr[s])) {
		h = (h ^ uint64(c)) * fnvPrime
	}
	h = (h ^ '/') * fnvPrime
	for _, c := range t.x.idOf(s) {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return mixHash(h)
}

func (t *keyTable) lookup(key string) (uint32, bool) {
	mask := uint64(len(t.slots) - 1)
	for h := hashString(t.seed, key) & mask; ; h = (h + 1) & mask {
		v := t.slots[h]
		if v == 0 {
			return 0, false
		}
		if t.x.keyEquals(v-1, key) {
			return v - 1, true
		}
	}
}

// insert adds slot s; it returns false (and adds nothing) when another slot has its key.
func (t *keyTable) insert(s uint32) bool {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]uint32, 2*len(old))
		t.n = 0
		for _, v := range old {
			if v != 0 {
				t.put(v - 1)
			}
		}
	}
	return t.put(s)
}

func (t *keyTable) put(s uint32) bool {
	mask := uint64(len(t.slots) - 1)
	h := t.hashSlot(s) & mask
	for ; t.slots[h] != 0; h = (h + 1) & mask {
		if t.x.compareKeys(t.slots[h]-1, s) == 0 {
			return false
		}
	}
	t.slots[h] = s + 1
	t.n++
	return true
}

// ---- line dictionary ----

// lineDict interns the lines' searchable names: a seller sells the same products again and
// again, so a million boxes have a few thousand distinct lines.
type lineDict struct {
	text []byte
	offs []uint32 // entry i is text[offs[i]:offs[i+1]]
	ids  map[string]uint32
}

func newLineDict() lineDict {
	return lineDict{offs: []uint32{0}, ids: map[string]uint32{}}
}

func (d *lineDict) intern(s string) uint32 {
	if id, ok := d.ids[s]; ok {
		return id
	}
	id := uint32(len(d.offs) - 1)
	d.text = append(d.text, s...)
	d.offs = append(d.offs, uint32(len(d.text)))
	d.ids[s] = id
	return id
}

func (d *lineDict) len() int { return len(d.offs) - 1 }

func (d *lineDict) entry(i int) []byte { return d.text[d.offs[i]:d.offs[i+1]] }

// ---- counters ----

// counters are the store-wide totals, kept up to date with every write.
type counters struct {
	total    int
	byMS     [4][16]int // marketplace × status
	blocked  int
	warned   int
	problems int // boxes with a write problem
	findings [16]int
	others   map[order.FindingCode]int
}

func newCounters() counters { return counters{others: map[order.FindingCode]int{}} }

func (c *counters) add(x *index, s uint32, d int) {
	a := x.attr[s]
	c.total += d
	c.byMS[a&attrMarketMask][(a&attrStatusMask)>>attrStatusShift] += d
	if a&attrHeld != 0 {
		c.blocked += d
	}
	if a&attrWarned != 0 {
		c.warned += d
	}
	if a&attrWriteProblem != 0 {
		c.problems += d
	}
	for i := range c.findings {
		if a&(1<<(attrFindingShift+i)) != 0 {
			c.findings[i] += d
		}
	}
	for _, code := range x.others[s] {
		bump(c.others, code, d)
	}
}

func bump[K comparable](m map[K]int, k K, d int) {
	if n := m[k] + d; n != 0 {
		m[k] = n
	} else {
		delete(m, k)
	}
}

func (c *counters) snapshot() Counts {
	out := Counts{
		Total:         c.total,
		Blocked:       c.blocked,
		Warned:        c.warned,
		WriteProblems: c.problems,
		ByStatus:      map[order.Status]int{},
		ByMarket:      map[order.Marketplace]int{},
		ByFinding:     map[order.FindingCode]int{},
	}
	for m := range c.byMS {
		for st, n := range c.byMS[m] {
			if n == 0 {
				continue
			}
			a := uint32(m) | uint32(st)<<attrStatusShift
			out.ByMarket[marketOf(a)] += n
			out.ByStatus[statusOf(a)] += n
		}
	}
	for i, n := range c.findings {
		if code, ok := findingCodeAt(i); ok && n != 0 {
			out.ByFinding[code] = n
		}
	}
	for code, n := range c.others {
		out.ByFinding[code] += n
	}
	return out
}

// marketStatusTotal counts the shipments of the given marketplaces and statuses (all when
// a list is empty) from the counters.
func (c *counters) marketStatusTotal(markets, statuses uint32) int {
	n := 0
	for m := range c.byMS {
		if markets&(1<<m) == 0 {
			continue
		}
		for st, k := range c.byMS[m] {
			if statuses&(1<<st) != 0 {
				n += k
			}
		}
	}
	return n
}

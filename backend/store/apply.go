package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// Record is one synced shipment: the mapped shipment and the marketplace's raw payload for it.
type Record struct {
	Shipment order.Shipment `json:"shipment"`
	// Raw is the marketplace's own JSON for this shipment, kept for audit and re-mapping. Empty
	// keeps the payload stored before.
	Raw json.RawMessage `json:"raw,omitempty"`
}

// Cursor is a sync position of one marketplace (e.g. Naver "lastChangedFrom"). Cursors are
// written only by Apply, in the same transaction as the data they cover.
type Cursor struct {
	Market order.Marketplace `json:"market"`
	Name   string            `json:"name"`
	Value  string            `json:"value"`
	// UpdatedAt is when the cursor was stored; Apply sets it from the store clock when zero.
	UpdatedAt time.Time `json:"updatedAt"`
}

// Batch is what one sync step stores: records and the cursors that move past them.
type Batch struct {
	Records []Record
	Cursors []Cursor
	// Before, when set, runs inside the write transaction before the first record is merged. It
	// reads (and may write) settings as they are in that transaction — e.g. the print records the
	// merge compares against — so nothing can change between what the merge compares with and
	// what is written. Its error fails the batch.
	Before func(tx SettingsTx) error
	// Audit entries are appended in the same transaction (without At: the store clock).
	Audit []AuditEntry
}

// MergeFunc is called inside the write transaction for every record, with the stored shipment
// (nil for a new one) and the incoming one. It may modify next (this is where the pre-ship checks
// run and carry findings over). next is a shallow copy of the record's shipment. A record the
// merge leaves invalid, moves to another key, or panics on is set aside (ApplyResult.SetAside)
// and its stored shipment kept as it was; the rest of the batch is stored.
//
// The store keeps nothing of prev by itself except FirstSeenAt (and UpdatedAt when nothing
// changed): seller-owned fields such as NoCombine, finding resolutions (order.MergeFindings) and
// PreviousReceiver must be carried over by the merge. The merge runs inside the write
// transaction: it must not call the store.
type MergeFunc func(prev, next *order.Shipment)

// ApplyResult lists the keys of the batch by what happened to them.
type ApplyResult struct {
	Added     []string `json:"added"`
	Changed   []string `json:"changed"`
	Unchanged []string `json:"unchanged"`
	// SetAside are the records that were not stored because they are invalid (an impossible
	// value, a merge that failed on them): kept in the set-aside list (setaside.go) instead of
	// refusing the batch. Their Data is left out.
	SetAside []SetAside `json:"setAside,omitempty"`
}

type applyClass uint8

const (
	classUnchanged applyClass = iota + 1
	classChanged
	classAdded
)

// Apply stores a batch of synced records and the cursors in ONE transaction: either all of it is
// written or nothing is. Every shipment is validated first; an invalid one — or one the merge
// fails on — is set aside (ApplyResult.SetAside, setaside.go) and the rest is stored with the
// cursors, so one impossible record cannot hold the sync back on every run. A stored box that
// no longer decodes is set aside and replaced by the incoming record.
// Applying the same batch again changes nothing and reports the keys as Unchanged: FirstSeenAt
// is set when a shipment is first stored, UpdatedAt only when its content changed. A new raw
// payload with an unchanged shipment is stored without counting as a change.
//
// There is deliberately no other way to write a cursor: a cursor can never move without its data.
func (s *Store) Apply(ctx context.Context, b Batch, merge MergeFunc) (ApplyResult, error) {
	invalid := map[int]string{} // record index → why it is set aside
	for i := range b.Records {
		if reason := recordProblem(&b.Records[i]); reason != "" {
			invalid[i] = reason
		}
	}
	for i, c := range b.Cursors {
		if !c.Market.Valid() || c.Name == "" {
			return ApplyResult{}, fmt.Errorf("store: apply: cursor %d: invalid market %q or empty name", i, c.Market)
		}
	}

	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	now := s.now()
	classes := make(map[string]applyClass, len(b.Records))
	keys := make([]string, 0, len(b.Records))
	var rows []row
	var setAsides []SetAside
	var replaced []string // keys whose damaged stored box the incoming record replaced
	err := s.update(ctx, func(tx *bolt.Tx) error {
		setAsides, replaced = setAsides[:0], replaced[:0]
		var damaged []SetAside
		if b.Before != nil {
			if err := b.Before(settingsTx{tx}); err != nil {
				return err
			}
		}
		boxes := tx.Bucket(bucketBoxes)
		// Marketplace ids grow over time, so most inserts append: pack pages fuller than
		// bbolt's default half-full split.
		boxes.FillPercent = fillPercent
		// Each box is compressed by a worker while the loop merges the next records, and written
		// after the loop. A key that comes again in the batch sees its earlier record as the
		// stored one; the earlier box is then skipped (puts never moves: its capacity is the batch).
		puts := make([]boxPut, 0, len(b.Records))
		inBatch := map[string]int{}
		zip := s.startCompressing(&puts, len(b.Records))
		defer zip.stop()
		for i := range b.Records {
			if i%64 == 63 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			r := &b.Records[i]
			key := r.Shipment.Key()
			if reason, bad := invalid[i]; bad {
				setAsides = append(setAsides, SetAside{Key: key, Kind: SetAsideInvalid, Reason: reason, At: now, Data: invalidRecord(r)})
				continue
			}
			next := r.Shipment
			var stored, storedRaw []byte
			storedDamaged := false
			if j, ok := inBatch[key]; ok {
				stored, storedRaw = puts[j].ship, puts[j].raw
			} else if v := boxes.Get([]byte(key)); v != nil {
				var err error
				if stored, storedRaw, err = s.codec.decodeBox(v, nil); err != nil {
					damaged = append(damaged, SetAside{Key: key, Kind: SetAsideDamaged, Reason: err.Error(), At: now, Data: bytes.Clone(v)})
					stored, storedRaw, storedDamaged = nil, nil, true
				}
			}
			var prev *order.Shipment
			if stored != nil {
				prev = new(order.Shipment)
				if err := json.Unmarshal(stored, prev); err != nil {
					if _, inb := inBatch[key]; inb {
						return fmt.Errorf("stored shipment %s: %w", key, err)
					}
					damaged = append(damaged, SetAside{Key: key, Kind: SetAsideDamaged, Reason: "shipment JSON: " + err.Error(),
						At: now, Data: bytes.Clone(boxes.Get([]byte(key)))})
					prev, stored, storedRaw, storedDamaged = nil, nil, nil, true
				}
			}
			mergePrev := prev
			if prev != nil && prev.PersonalDataMasked() {
				// A masked box's personal data counts as unchanged (see privacy.go).
				mergePrev = withPersonalFrom(prev, &next)
			}
			if merge != nil {
				reason := ""
				if err := callMerge(merge, mergePrev, &next); err != nil {
					reason = err.Error()
				} else if err := next.Validate(); err != nil {
					reason = "after merge: " + err.Error()
				} else if next.Key() != key {
					reason = "merge changed the key to " + next.Key()
				}
				if reason != "" {
					setAsides = append(setAsides, SetAside{Key: key, Kind: SetAsideInvalid, Reason: reason, At: now, Data: invalidRecord(r)})
					if storedDamaged {
						damaged = damaged[:len(damaged)-1] // the damaged box stays where it is
					}
					continue
				}
			}
			raw := []byte(r.Raw)
			if len(raw) == 0 {
				raw = storedRaw
			}
			class := classAdded
			if storedDamaged {
				// The damaged box is replaced by this record: not a new box, but nothing of the
				// old one (FirstSeenAt, the seller's changes) could be read.
				replaced = append(replaced, key)
				class = classChanged
			}
			if prev != nil {
				next.FirstSeenAt, next.UpdatedAt = prev.FirstSeenAt, prev.UpdatedAt
				next.PersonalMaskedAt = prev.PersonalMaskedAt
				class = classChanged
				// A masked box stays masked while it stays settled (see privacy.go).
				if prev.PersonalDataMasked() && stillSettled(&next) {
					orig := next
					maskShipment(&next)
					raw = maskRaw(raw, &orig)
				} else if prev.PersonalDataMasked() {
					next.PersonalMaskedAt = nil
				}
			} else {
				next.FirstSeenAt, next.UpdatedAt = now, now
			}
			data, err := json.Marshal(&next)
			if err != nil {
				return fmt.Errorf("encode shipment %s: %w", key, err)
			}
			if prev != nil {
				if bytes.Equal(data, stored) {
					class = classUnchanged
				} else {
					next.UpdatedAt = now
					if data, err = json.Marshal(&next); err != nil {
						return fmt.Errorf("encode shipment %s: %w", key, err)
					}
				}
			}
			put := boxPut{key: key, ship: data, raw: raw}
			if class != classUnchanged {
				rows = append(rows, newRow(&next))
				put.write, put.indexed = true, true
			} else {
				put.ship = stored
				put.write = !bytes.Equal(raw, storedRaw)
			}
			if j, ok := inBatch[key]; ok {
				put.write = put.write || puts[j].write
				put.indexed = put.indexed || puts[j].indexed
				puts[j].superseded = true
			}
			inBatch[key] = len(puts)
			puts = append(puts, put)
			if put.write {
				zip.add(len(puts) - 1)
			}
			switch old, seen := classes[key]; {
			case !seen:
				classes[key] = class
				keys = append(keys, key)
			case old == classUnchanged:
				classes[key] = class
			}
		}
		zip.stop()
		if err := s.writeBoxes(ctx, tx, puts); err != nil {
			return err
		}
		// A shipment stored well clears what was set aside of it before; then this batch's own.
		if err := clearSetAside(tx, keys); err != nil {
			return err
		}
		for _, e := range append(damaged, setAsides...) {
			if err := setAside(tx, e); err != nil {
				return err
			}
		}
		added := 0
		for _, c := range classes {
			if c == classAdded {
				added++
			}
		}
		if err := addBoxes(tx, added); err != nil {
			return err
		}
		cb := tx.Bucket(bucketCursors)
		for _, c := range b.Cursors {
			if c.UpdatedAt.IsZero() {
				c.UpdatedAt = now
			}
			data, err := json.Marshal(c)
			if err != nil {
				return fmt.Errorf("encode cursor %s/%s: %w", c.Market, c.Name, err)
			}
			if err := cb.Put(cursorKey(c.Market, c.Name), data); err != nil {
				return fmt.Errorf("put cursor %s/%s: %w", c.Market, c.Name, err)
			}
		}
		return appendAudit(tx, now, "", b.Audit)
	})
	if err != nil {
		return ApplyResult{}, fmt.Errorf("store: apply %d records: %w", len(b.Records), err)
	}
	if err := s.indexCommitted(rows); err != nil {
		return ApplyResult{}, fmt.Errorf("store: apply %d records: %w", len(b.Records), err)
	}
	for _, k := range replaced {
		s.logger.Error("store: a damaged stored box was set aside and replaced by the synced record", "key", k)
	}
	var res ApplyResult
	for _, e := range setAsides {
		s.logger.Warn("store: record set aside", "key", e.Key, "reason", e.Reason)
		e.Data = nil
		res.SetAside = append(res.SetAside, e)
	}
	for _, k := range keys {
		switch classes[k] {
		case classAdded:
			res.Added = append(res.Added, k)
		case classChanged:
			res.Changed = append(res.Changed, k)
		default:
			res.Unchanged = append(res.Unchanged, k)
		}
	}
	return res, nil
}

// boxPut is one box to write at the end of an Apply.
type boxPut struct {
	key       string
	ship, raw []byte
	box       []byte
	// write: the box changed; indexed: the shipment changed (the index must learn it);
	// superseded: a later record of the same key in the batch replaces this one.
	write, indexed, superseded bool
}

// compressor compresses boxes of a growing slice on every core while the caller goes on.
type compressor struct {
	jobs chan int
	wg   sync.WaitGroup
	done bool
}

// startCompressing starts the workers; add hands them the index of a box in *puts (which must
// not be reallocated: give it the capacity of everything that will be added), stop waits for
// them.
func (s *Store) startCompressing(puts *[]boxPut, n int) *compressor {
	z := &compressor{jobs: make(chan int, n)}
	// The workers index the backing array, never the slice header that the caller appends to;
	// the element is written before its index is sent, so the send orders the two.
	all := (*puts)[:cap(*puts)]
	for range runtime.GOMAXPROCS(0) {
		z.wg.Add(1)
		go func() {
			defer z.wg.Done()
			var scratch []byte
			for i := range z.jobs {
				p := &all[i]
				p.box, scratch = s.codec.encodeBox(p.ship, p.raw, scratch)
			}
		}()
	}
	return z
}

func (z *compressor) add(i int) { z.jobs <- i }

func (z *compressor) stop() {
	if !z.done {
		z.done = true
		close(z.jobs)
		z.wg.Wait()
	}
}

// putBoxes compresses the boxes to write on every core, then writes them (writeBoxes).
func (s *Store) putBoxes(ctx context.Context, tx *bolt.Tx, puts []boxPut) error {
	z := s.startCompressing(&puts, len(puts))
	for i := range puts {
		if puts[i].write {
			z.add(i)
		}
	}
	z.stop()
	return s.writeBoxes(ctx, tx, puts)
}

// writeBoxes writes the compressed boxes and notes the changed keys for the saved index
// (indexfile.go), in the caller's transaction.
func (s *Store) writeBoxes(ctx context.Context, tx *bolt.Tx, puts []boxPut) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	boxes, pending := tx.Bucket(bucketBoxes), tx.Bucket(bucketIndexPending)
	for i := range puts {
		p := &puts[i]
		if !p.write || p.superseded {
			continue
		}
		if err := boxes.Put([]byte(p.key), p.box); err != nil {
			return fmt.Errorf("put shipment %s: %w", p.key, err)
		}
		if p.indexed {
			if err := pending.Put([]byte(p.key), nil); err != nil {
				return fmt.Errorf("note %s for the index: %w", p.key, err)
			}
		}
	}
	return nil
}

// recordProblem says why a record cannot be stored, or "".
func recordProblem(r *Record) string {
	if err := r.Shipment.Validate(); err != nil {
		return err.Error()
	}
	if clean(r.Shipment.ID) != r.Shipment.ID {
		// The index reads keys back from its records, which cannot hold control characters.
		return fmt.Sprintf("shipment id %q has control characters", r.Shipment.ID)
	}
	if len(r.Raw) > 0 && !looksLikeJSON(r.Raw) {
		return "raw payload is not a JSON object or array"
	}
	return ""
}

// callMerge runs the caller's merge, turning a panic into an error so that the transaction
// rolls back and the app keeps running.
func callMerge(merge MergeFunc, prev, next *order.Shipment) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("merge failed: %v", r)
		}
	}()
	merge(prev, next)
	return nil
}

// fillPercent is the page fill of the mostly-appended buckets.
const fillPercent = 0.9

// looksLikeJSON is a cheap check that a raw payload is a JSON object or array. Payloads come
// from decoding marketplace responses (json.RawMessage is valid by construction); this only
// catches a caller passing something else, without re-parsing every payload on ingest.
func looksLikeJSON(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) < 2 {
		return false
	}
	first, last := b[0], b[len(b)-1]
	return (first == '{' && last == '}') || (first == '[' && last == ']')
}

func cursorKey(m order.Marketplace, name string) []byte {
	return []byte(string(m) + "/" + name)
}

// Cursor returns a stored sync cursor; ok is false when none was stored yet.
func (s *Store) Cursor(ctx context.Context, market order.Marketplace, name string) (Cursor, bool, error) {
	var c Cursor
	var ok bool
	err := s.view(ctx, func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketCursors).Get(cursorKey(market, name))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &c)
	})
	if err != nil {
		return Cursor{}, false, fmt.Errorf("store: cursor %s/%s: %w", market, name, err)
	}
	return c, ok, nil
}

// Shipment returns the stored shipment with this key, or an error wrapping ErrNotFound.
func (s *Store) Shipment(ctx context.Context, key string) (order.Shipment, error) {
	var sh order.Shipment
	err := s.view(ctx, func(tx *bolt.Tx) error {
		return s.getShipment(tx, key, &sh)
	})
	if err != nil {
		return order.Shipment{}, fmt.Errorf("store: shipment %s: %w", key, err)
	}
	return sh, nil
}

// Shipments returns the stored shipments with these keys, in the same order. A missing key fails
// the call with an error wrapping ErrNotFound.
func (s *Store) Shipments(ctx context.Context, keys []string) ([]order.Shipment, error) {
	out := make([]order.Shipment, len(keys))
	err := s.view(ctx, func(tx *bolt.Tx) error {
		for i, k := range keys {
			if err := s.getShipment(tx, k, &out[i]); err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: shipments: %w", err)
	}
	return out, nil
}

// getShipment decodes the stored shipment of key into sh.
func (s *Store) getShipment(tx *bolt.Tx, key string, sh *order.Shipment) error {
	v := tx.Bucket(bucketBoxes).Get([]byte(key))
	if v == nil {
		return ErrNotFound
	}
	ship, _, err := s.codec.decodeBox(v, nil)
	if err != nil {
		return recordDamaged(key, err)
	}
	if err := json.Unmarshal(ship, sh); err != nil {
		return recordDamaged(key, err)
	}
	return nil
}

// RawPayload returns the marketplace's raw JSON stored for a shipment, or an error wrapping
// ErrNotFound when none was stored.
func (s *Store) RawPayload(ctx context.Context, key string) (json.RawMessage, error) {
	var raw json.RawMessage
	err := s.view(ctx, func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketBoxes).Get([]byte(key))
		if v == nil {
			return ErrNotFound
		}
		_, r, err := s.codec.decodeBox(v, nil)
		if err != nil {
			return recordDamaged(key, err)
		}
		if len(r) == 0 {
			return ErrNotFound
		}
		raw = r
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: raw payload %s: %w", key, err)
	}
	return raw, nil
}

// Update is a seller action on one shipment: fn modifies the stored shipment, and the audit
// entries are appended, in one transaction. fn's error aborts the update (nothing is written)
// and is returned wrapped. An unknown key gives an error wrapping ErrNotFound. Audit entries
// without a ShipmentKey get this key; without At, the store clock. fn runs inside the write
// transaction: it must not call the store.
func (s *Store) Update(ctx context.Context, key string, fn func(*order.Shipment) error, audit ...AuditEntry) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	now := s.now()
	var rows []row
	err := s.update(ctx, func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketBoxes).Get([]byte(key))
		if v == nil {
			return ErrNotFound
		}
		stored, raw, err := s.codec.decodeBox(v, nil)
		if err != nil {
			return recordDamaged(key, err)
		}
		var sh order.Shipment
		if err := json.Unmarshal(stored, &sh); err != nil {
			return recordDamaged(key, err)
		}
		firstSeen, updated, masked := sh.FirstSeenAt, sh.UpdatedAt, sh.PersonalMaskedAt
		if err := fn(&sh); err != nil {
			return err
		}
		if err := sh.Validate(); err != nil {
			return err
		}
		if sh.Key() != key {
			return fmt.Errorf("the change moved the shipment to key %s", sh.Key())
		}
		sh.FirstSeenAt, sh.UpdatedAt, sh.PersonalMaskedAt = firstSeen, updated, masked
		data, err := json.Marshal(&sh)
		if err != nil {
			return fmt.Errorf("encode shipment: %w", err)
		}
		if !bytes.Equal(data, stored) {
			sh.UpdatedAt = now
			if data, err = json.Marshal(&sh); err != nil {
				return fmt.Errorf("encode shipment: %w", err)
			}
			if err := s.putBoxes(ctx, tx, []boxPut{{key: key, ship: data, raw: raw, write: true, indexed: true}}); err != nil {
				return err
			}
			rows = append(rows, newRow(&sh))
		}
		return appendAudit(tx, now, key, audit)
	})
	if err != nil {
		return fmt.Errorf("store: update %s: %w", key, err)
	}
	if err := s.indexCommitted(rows); err != nil {
		return fmt.Errorf("store: update %s: %w", key, err)
	}
	return nil
}

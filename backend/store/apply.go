package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
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
// run and carry findings over). next is a shallow copy of the record's shipment. A merge that
// leaves next invalid, changes its key, or panics fails the whole batch and nothing is written.
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
}

type applyClass uint8

const (
	classUnchanged applyClass = iota + 1
	classChanged
	classAdded
)

// Apply stores a batch of synced records and the cursors in ONE transaction: either all of it is
// written or nothing is. Every shipment is validated first; an invalid one fails the batch.
// Applying the same batch again changes nothing and reports the keys as Unchanged: FirstSeenAt
// is set when a shipment is first stored, UpdatedAt only when its content changed. A new raw
// payload with an unchanged shipment is stored without counting as a change.
//
// There is deliberately no other way to write a cursor: a cursor can never move without its data.
func (s *Store) Apply(ctx context.Context, b Batch, merge MergeFunc) (ApplyResult, error) {
	for i := range b.Records {
		r := &b.Records[i]
		if err := r.Shipment.Validate(); err != nil {
			return ApplyResult{}, fmt.Errorf("store: apply: record %d: %w", i, err)
		}
		if len(r.Raw) > 0 && !looksLikeJSON(r.Raw) {
			return ApplyResult{}, fmt.Errorf("store: apply: record %d (%s): raw payload is not a JSON object or array", i, r.Shipment.Key())
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
	var fresh []indexed
	err := s.update(ctx, func(tx *bolt.Tx) error {
		if b.Before != nil {
			if err := b.Before(settingsTx{tx}); err != nil {
				return err
			}
		}
		ships, raws, sums := tx.Bucket(bucketShipments), tx.Bucket(bucketRaw), tx.Bucket(bucketSummaries)
		// Marketplace ids grow over time, so most inserts append: pack pages fuller than
		// bbolt's default half-full split.
		ships.FillPercent, raws.FillPercent, sums.FillPercent = fillPercent, fillPercent, fillPercent
		for i := range b.Records {
			if i%64 == 63 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			r := &b.Records[i]
			key := r.Shipment.Key()
			kb := []byte(key)
			next := r.Shipment
			stored := ships.Get(kb)
			var prev *order.Shipment
			if stored != nil {
				prev = new(order.Shipment)
				if err := json.Unmarshal(stored, prev); err != nil {
					return fmt.Errorf("stored shipment %s: %w", key, err)
				}
			}
			if merge != nil {
				if err := callMerge(merge, prev, &next); err != nil {
					return fmt.Errorf("record %d (%s): %w", i, key, err)
				}
				if err := next.Validate(); err != nil {
					return fmt.Errorf("record %d (%s) after merge: %w", i, key, err)
				}
				if next.Key() != key {
					return fmt.Errorf("record %d (%s): merge changed the key to %s", i, key, next.Key())
				}
			}
			class := classAdded
			if prev != nil {
				next.FirstSeenAt, next.UpdatedAt = prev.FirstSeenAt, prev.UpdatedAt
				class = classChanged
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
			if class != classUnchanged {
				if err := ships.Put(kb, data); err != nil {
					return fmt.Errorf("put shipment %s: %w", key, err)
				}
				sum, enc, err := compactSummary(&next)
				if err != nil {
					return err
				}
				if err := sums.Put(kb, enc); err != nil {
					return fmt.Errorf("put summary %s: %w", key, err)
				}
				fresh = append(fresh, sum)
			}
			if len(r.Raw) > 0 && !bytes.Equal(raws.Get(kb), r.Raw) {
				if err := raws.Put(kb, r.Raw); err != nil {
					return fmt.Errorf("put raw payload %s: %w", key, err)
				}
			}
			switch old, seen := classes[key]; {
			case !seen:
				classes[key] = class
				keys = append(keys, key)
			case old == classUnchanged:
				classes[key] = class
			}
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
	s.index.replace(fresh)
	var res ApplyResult
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

// compactSummary summarizes a shipment: the encoding to store and the index entry made from it
// (which also proves that the encoding decodes).
func compactSummary(sh *order.Shipment) (indexed, []byte, error) {
	enc := encodeSummary(summarize(sh))
	e, sum, err := newEntry(string(enc))
	if err != nil {
		return indexed{}, nil, fmt.Errorf("summary of %s: %w", sh.Key(), err)
	}
	return indexed{e: e, sum: sum}, enc, nil
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
		return getShipment(tx, key, &sh)
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
			if err := getShipment(tx, k, &out[i]); err != nil {
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

func getShipment(tx *bolt.Tx, key string, sh *order.Shipment) error {
	v := tx.Bucket(bucketShipments).Get([]byte(key))
	if v == nil {
		return ErrNotFound
	}
	return json.Unmarshal(v, sh)
}

// RawPayload returns the marketplace's raw JSON stored for a shipment, or an error wrapping
// ErrNotFound when none was stored.
func (s *Store) RawPayload(ctx context.Context, key string) (json.RawMessage, error) {
	var raw json.RawMessage
	err := s.view(ctx, func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketRaw).Get([]byte(key))
		if v == nil {
			return ErrNotFound
		}
		raw = bytes.Clone(v)
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
	var fresh []indexed
	err := s.update(ctx, func(tx *bolt.Tx) error {
		ships := tx.Bucket(bucketShipments)
		stored := ships.Get([]byte(key))
		if stored == nil {
			return ErrNotFound
		}
		var sh order.Shipment
		if err := json.Unmarshal(stored, &sh); err != nil {
			return fmt.Errorf("stored shipment: %w", err)
		}
		firstSeen, updated := sh.FirstSeenAt, sh.UpdatedAt
		if err := fn(&sh); err != nil {
			return err
		}
		if err := sh.Validate(); err != nil {
			return err
		}
		if sh.Key() != key {
			return fmt.Errorf("the change moved the shipment to key %s", sh.Key())
		}
		sh.FirstSeenAt, sh.UpdatedAt = firstSeen, updated
		data, err := json.Marshal(&sh)
		if err != nil {
			return fmt.Errorf("encode shipment: %w", err)
		}
		if !bytes.Equal(data, stored) {
			sh.UpdatedAt = now
			if data, err = json.Marshal(&sh); err != nil {
				return fmt.Errorf("encode shipment: %w", err)
			}
			if err := ships.Put([]byte(key), data); err != nil {
				return fmt.Errorf("put shipment: %w", err)
			}
			sum, enc, err := compactSummary(&sh)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketSummaries).Put([]byte(key), enc); err != nil {
				return fmt.Errorf("put summary: %w", err)
			}
			fresh = append(fresh, sum)
		}
		return appendAudit(tx, now, key, audit)
	})
	if err != nil {
		return fmt.Errorf("store: update %s: %w", key, err)
	}
	s.index.replace(fresh)
	return nil
}

package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// One bad record must not refuse everything around it: a box whose stored bytes no longer decode
// (damaged on the disk) would otherwise stop the whole data folder from opening, and a synced
// record with an impossible value would refuse its whole batch — and, with the sync cursor held
// back, the same batch on every run. Such a record is set aside instead: kept in the set_aside
// bucket with the reason, reported to the caller (ApplyResult.SetAside, SetAsideAtOpen) and in
// the log, and the rest is stored.
//
// An entry is keyed by its kind and shipment key, so a marketplace sending the same bad record
// on every run keeps one entry (Times counts them). A later good record of the same shipment
// clears the entries of that key. Entries hold personal data (the raw payload, the damaged
// bytes), so MaskPersonalData deletes those not seen for the retention period.

// Kinds of set-aside records.
const (
	// SetAsideDamaged: the stored box no longer decodes (Data holds its bytes as they were).
	SetAsideDamaged = "damaged"
	// SetAsideInvalid: a record to store failed validation (Data holds its shipment and raw
	// payload as JSON).
	SetAsideInvalid = "invalid"
)

// SetAside is a record the store set aside instead of refusing the rest.
type SetAside struct {
	Key  string `json:"key"`
	Kind string `json:"kind"`
	// Reason is the technical cause (English).
	Reason string `json:"reason"`
	// At is when it was first set aside, LastAt the latest time, Times how often.
	At     time.Time `json:"at"`
	LastAt time.Time `json:"lastAt"`
	Times  int       `json:"times"`
	// Data is what was set aside (see the kinds); SetAsideRecords leaves it out.
	Data []byte `json:"data,omitempty"`
}

// setAsideKey is the entry's key; a key read from a damaged page may be garbage of any length.
func setAsideKey(kind, key string) []byte {
	return []byte(kind + "/" + key[:min(len(key), maxSetAsideKey)])
}

// maxSetAsideKey bounds the shipment key kept in an entry's key (bbolt takes up to 32 KB).
const maxSetAsideKey = 512

// setAside records e in the set_aside bucket of tx (creating it when an older file lacks it).
func setAside(tx *bolt.Tx, e SetAside) error {
	b, err := tx.CreateBucketIfNotExists(bucketSetAside)
	if err != nil {
		return fmt.Errorf("set aside %s: %w", e.Key, err)
	}
	k := setAsideKey(e.Kind, e.Key)
	e.Times = 1
	e.LastAt = e.At
	if v := b.Get(k); v != nil {
		var old SetAside
		if json.Unmarshal(v, &old) == nil {
			e.At, e.Times = old.At, old.Times+1
		}
	}
	data, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("set aside %s: %w", e.Key, err)
	}
	return b.Put(k, data)
}

// clearSetAside deletes the set-aside entries of the shipments just stored well. It costs one
// look at an empty bucket when nothing is set aside.
func clearSetAside(tx *bolt.Tx, keys []string) error {
	b := tx.Bucket(bucketSetAside)
	if b == nil {
		return nil
	}
	if k, _ := b.Cursor().First(); k == nil {
		return nil
	}
	for _, key := range keys {
		for _, kind := range []string{SetAsideDamaged, SetAsideInvalid} {
			if err := b.Delete(setAsideKey(kind, key)); err != nil {
				return err
			}
		}
	}
	return nil
}

// SetAsideRecords lists the records set aside, most recently seen first, without their data.
func (s *Store) SetAsideRecords(ctx context.Context) ([]SetAside, error) {
	var out []SetAside
	err := s.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSetAside)
		if b == nil {
			return nil
		}
		return b.ForEach(func(_, v []byte) error {
			var e SetAside
			if err := json.Unmarshal(v, &e); err != nil {
				return nil // an unreadable entry is skipped, not fatal
			}
			e.Data = nil
			out = append(out, e)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: set-aside records: %w", err)
	}
	slices.SortFunc(out, func(a, b SetAside) int { return b.LastAt.Compare(a.LastAt) })
	return out, nil
}

// SetAsideAtOpen lists the damaged boxes that this Open set aside (none when the saved index
// was used: a damaged box is then found when it is read).
func (s *Store) SetAsideAtOpen() []SetAside { return slices.Clone(s.setAsideAtOpen) }

// pruneSetAside deletes the entries last seen before cutoff (they hold personal data).
func (s *Store) pruneSetAside(ctx context.Context, cutoff time.Time) (int, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	n := 0
	err := s.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSetAside)
		if b == nil {
			return nil
		}
		var old [][]byte
		if err := b.ForEach(func(k, v []byte) error {
			var e SetAside
			if json.Unmarshal(v, &e) != nil || e.LastAt.Before(cutoff) {
				old = append(old, bytes.Clone(k))
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range old {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		n = len(old)
		return nil
	})
	return n, err
}

// setAsideDamagedBoxes moves boxes that do not decode out of the boxes bucket into set_aside, in
// one transaction, and returns the entries. The index must not hold them (rebuildIndex leaves
// them out).
func (s *Store) setAsideDamagedBoxes(ctx context.Context, bad []damagedBox) ([]SetAside, error) {
	if len(bad) == 0 {
		return nil, nil
	}
	now := s.now()
	var out []SetAside
	err := s.update(ctx, func(tx *bolt.Tx) error {
		boxes, pending := tx.Bucket(bucketBoxes), tx.Bucket(bucketIndexPending)
		for _, d := range bad {
			e := SetAside{Key: d.key, Kind: SetAsideDamaged, Reason: d.reason, At: now, Data: d.box}
			if err := setAside(tx, e); err != nil {
				return &DamagedError{Path: s.path, Reason: fmt.Sprintf("set aside %.100q: %v", d.key, err)}
			}
			if err := boxes.Delete([]byte(d.key)); err != nil {
				// e.g. the entry's flags say "bucket": the page itself is damaged
				return &DamagedError{Path: s.path, Reason: fmt.Sprintf("set aside %.100q: %v", d.key, err)}
			}
			if err := pending.Delete([]byte(d.key)); err != nil {
				return &DamagedError{Path: s.path, Reason: fmt.Sprintf("set aside %.100q: %v", d.key, err)}
			}
			e.Data = nil
			out = append(out, e)
		}
		return addBoxes(tx, -len(bad))
	})
	if err != nil {
		return nil, fmt.Errorf("store: set aside damaged boxes: %w", err)
	}
	for _, e := range out {
		s.logger.Error("store: damaged box set aside", "key", e.Key, "reason", e.Reason)
	}
	return out, nil
}

// damagedBox is a box found undecodable while the index was built.
type damagedBox struct {
	key, reason string
	box         []byte
}

// invalidRecord is the data of a SetAsideInvalid entry.
func invalidRecord(r *Record) []byte {
	data, _ := json.Marshal(struct {
		Shipment *order.Shipment `json:"shipment"`
		Raw      json.RawMessage `json:"raw,omitempty"`
	}{&r.Shipment, rawOrNil(r.Raw)})
	return data
}

// rawOrNil keeps a raw payload only when it is JSON (a broken one would fail the encoding).
func rawOrNil(raw json.RawMessage) json.RawMessage {
	if len(raw) > 0 && json.Valid(raw) {
		return raw
	}
	return nil
}

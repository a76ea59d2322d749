package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// AuditEntry is one line of the append-only audit log: who did what to which shipment/finding.
type AuditEntry struct {
	At          time.Time `json:"at"`
	Actor       string    `json:"actor"`
	Action      string    `json:"action"`
	ShipmentKey string    `json:"shipmentKey,omitempty"`
	FindingID   string    `json:"findingId,omitempty"`
	Detail      string    `json:"detail,omitempty"`
}

// AuditQuery selects audit entries: all, or those of one shipment; newest first.
type AuditQuery struct {
	ShipmentKey string `json:"shipmentKey"`
	// Limit defaults to DefaultLimit and is at most MaxAuditLimit.
	Limit int `json:"limit"`
}

// MaxAuditLimit bounds one Audit call.
const MaxAuditLimit = 10000

// errAuditAction is returned for an audit entry without an action.
var errAuditAction = errors.New("audit entry has no action")

// AppendAudit appends entries to the audit log in one transaction. Entries without At get the
// store clock. The log cannot be edited or deleted through the store.
func (s *Store) AppendAudit(ctx context.Context, entries ...AuditEntry) error {
	if len(entries) == 0 {
		return nil
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	now := s.now()
	if err := s.update(ctx, func(tx *bolt.Tx) error { return appendAudit(tx, now, "", entries) }); err != nil {
		return fmt.Errorf("store: append audit: %w", err)
	}
	return nil
}

func seqKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, seq)
}

func appendAudit(tx *bolt.Tx, now time.Time, shipmentKey string, entries []AuditEntry) error {
	for _, e := range entries {
		if e.ShipmentKey == "" {
			e.ShipmentKey = shipmentKey
		}
		var keys []string
		if e.ShipmentKey != "" {
			keys = []string{e.ShipmentKey}
		}
		if err := putAudit(tx, now, e, keys); err != nil {
			return err
		}
	}
	return nil
}

// appendSharedAudit appends one entry that concerns many shipments: it is stored once, and
// indexed under every key, so each shipment's history shows it.
func appendSharedAudit(tx *bolt.Tx, now time.Time, e AuditEntry, keys []string) error {
	e.ShipmentKey = ""
	return putAudit(tx, now, e, keys)
}

// putAudit stores one entry under the next sequence and indexes it under the shipment keys.
func putAudit(tx *bolt.Tx, now time.Time, e AuditEntry, keys []string) error {
	if e.Action == "" {
		return errAuditAction
	}
	if e.At.IsZero() {
		e.At = now
	}
	b, byKey := tx.Bucket(bucketAudit), tx.Bucket(bucketAuditByKey)
	seq, err := b.NextSequence()
	if err != nil {
		return fmt.Errorf("audit sequence: %w", err)
	}
	data, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode audit entry: %w", err)
	}
	k := seqKey(seq)
	if err := b.Put(k, data); err != nil {
		return fmt.Errorf("put audit entry: %w", err)
	}
	for _, key := range keys {
		if err := byKey.Put(append(append([]byte(key), 0), k...), []byte{}); err != nil {
			return fmt.Errorf("put audit index: %w", err)
		}
	}
	return nil
}

// Audit returns audit entries, newest first.
func (s *Store) Audit(ctx context.Context, q AuditQuery) ([]AuditEntry, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxAuditLimit)
	var out []AuditEntry
	err := s.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAudit)
		add := func(v []byte) error {
			var e AuditEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("decode audit entry: %w", err)
			}
			out = append(out, e)
			return nil
		}
		if q.ShipmentKey == "" {
			c := b.Cursor()
			for k, v := c.Last(); k != nil && len(out) < limit; k, v = c.Prev() {
				if err := add(v); err != nil {
					return err
				}
			}
			return nil
		}
		prefix := append([]byte(q.ShipmentKey), 0)
		upper := append(bytes.Clone(prefix), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)
		c := tx.Bucket(bucketAuditByKey).Cursor()
		k, _ := c.Seek(upper)
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		for ; k != nil && len(out) < limit && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
			if len(k) != len(prefix)+8 {
				continue
			}
			v := b.Get(k[len(prefix):])
			if v == nil {
				return fmt.Errorf("audit index points to missing entry %x", k[len(prefix):])
			}
			if err := add(v); err != nil {
				return err
			}
			if e := &out[len(out)-1]; e.ShipmentKey == "" {
				e.ShipmentKey = q.ShipmentKey // an entry shared by many shipments
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: audit: %w", err)
	}
	return out, nil
}

// SyncRun is one run of a marketplace sync, for the sync log screen.
type SyncRun struct {
	Market   order.Marketplace `json:"market"`
	Started  time.Time         `json:"started"`
	Finished time.Time         `json:"finished"`
	Added    int               `json:"added"`
	Changed  int               `json:"changed"`
	Calls    int               `json:"calls"`
	// Err is the error in English (for logs), ErrKorean what the seller reads; empty on success.
	Err       string `json:"err,omitempty"`
	ErrKorean string `json:"errKorean,omitempty"`
}

// SyncRunsKept is how many sync runs are kept per marketplace; older ones are dropped.
const SyncRunsKept = 200

// AppendSyncRun records a sync run, keeping the last SyncRunsKept runs of its marketplace.
func (s *Store) AppendSyncRun(ctx context.Context, r SyncRun) error {
	if !r.Market.Valid() {
		return fmt.Errorf("store: append sync run: unknown marketplace %q", r.Market)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	err := s.update(ctx, func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketSyncRuns).CreateBucketIfNotExists([]byte(r.Market))
		if err != nil {
			return err
		}
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		data, err := json.Marshal(r)
		if err != nil {
			return err
		}
		if err := b.Put(seqKey(seq), data); err != nil {
			return err
		}
		n := b.Stats().KeyN
		c := b.Cursor()
		for k, _ := c.First(); k != nil && n > SyncRunsKept; k, _ = c.Next() {
			if err := c.Delete(); err != nil {
				return err
			}
			n--
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: append sync run: %w", err)
	}
	return nil
}

// SyncRuns returns the recorded runs of a marketplace, newest first; limit <= 0 means all kept.
func (s *Store) SyncRuns(ctx context.Context, market order.Marketplace, limit int) ([]SyncRun, error) {
	if limit <= 0 {
		limit = SyncRunsKept
	}
	var out []SyncRun
	err := s.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSyncRuns).Bucket([]byte(market))
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Last(); k != nil && len(out) < limit; k, v = c.Prev() {
			var r SyncRun
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: sync runs %s: %w", market, err)
	}
	return out, nil
}

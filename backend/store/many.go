package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// SettingsTx reads and writes settings inside a write transaction (Batch.Before, UpdateMany).
type SettingsTx interface {
	// Setting decodes the JSON setting name into v; ok is false (and v untouched) when unset.
	Setting(name string, v any) (ok bool, err error)
	// PutSetting stores v as the JSON setting name.
	PutSetting(name string, v any) error
}

type settingsTx struct{ tx *bolt.Tx }

func (t settingsTx) Setting(name string, v any) (bool, error) {
	data := t.tx.Bucket(bucketSettings).Get([]byte(name))
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, fmt.Errorf("store: setting %q: %w", name, err)
	}
	return true, nil
}

func (t settingsTx) PutSetting(name string, v any) error {
	if name == "" {
		return errors.New("store: put setting: empty name")
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: put setting %q: %w", name, err)
	}
	if err := t.tx.Bucket(bucketSettings).Put([]byte(name), data); err != nil {
		return fmt.Errorf("store: put setting %q: %w", name, err)
	}
	return nil
}

// UpdateMany is one seller action over settings and several stored shipments, in one
// transaction: before (when set) reads and writes settings, then edit changes each stored
// shipment of keys (an unknown key is left out), and the audit entries are appended; all of it
// is written or nothing is. It returns the keys whose shipment changed. Like a merge, before and
// edit run inside the write transaction and must not call the store; before's error fails the
// whole action.
func (s *Store) UpdateMany(ctx context.Context, keys []string, before func(SettingsTx) error, edit func(*order.Shipment), audit ...AuditEntry) ([]string, error) {
	records := make([]Record, 0, len(keys))
	for _, k := range keys {
		sh, err := s.Shipment(ctx, k)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("store: update many: %w", err)
		}
		records = append(records, Record{Shipment: sh})
	}
	// The records only name the shipments: the merge starts from the one stored in the
	// transaction, never from the copy read above.
	res, err := s.Apply(ctx, Batch{Records: records, Before: before, Audit: audit}, func(prev, next *order.Shipment) {
		if prev != nil {
			*next = *prev
		}
		if edit != nil {
			edit(next)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("store: update many: %w", err)
	}
	return res.Changed, nil
}

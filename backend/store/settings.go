package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// GetSetting decodes the JSON setting name into v; ok is false (and v untouched) when unset.
func (s *Store) GetSetting(ctx context.Context, name string, v any) (bool, error) {
	var ok bool
	err := s.view(ctx, func(tx *bolt.Tx) error {
		data := tx.Bucket(bucketSettings).Get([]byte(name))
		if data == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(data, v)
	})
	if err != nil {
		return false, fmt.Errorf("store: setting %q: %w", name, err)
	}
	return ok, nil
}

// PutSetting stores v as the JSON setting name.
func (s *Store) PutSetting(ctx context.Context, name string, v any) error {
	if name == "" {
		return errors.New("store: put setting: empty name")
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: put setting %q: %w", name, err)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := s.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSettings).Put([]byte(name), data)
	}); err != nil {
		return fmt.Errorf("store: put setting %q: %w", name, err)
	}
	return nil
}

// DeleteSetting removes the setting name (no error when it was unset).
func (s *Store) DeleteSetting(ctx context.Context, name string) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := s.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSettings).Delete([]byte(name))
	}); err != nil {
		return fmt.Errorf("store: delete setting %q: %w", name, err)
	}
	return nil
}

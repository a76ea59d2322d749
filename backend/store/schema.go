package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// SchemaVersion is the schema this SellerDesk writes. Files from older versions are migrated at
// Open; files from newer versions are refused with a *SchemaError.
const SchemaVersion = 2

// Bucket names. Schema 1 created every bucket but summaries; schema 2 added summaries.
var (
	bucketMeta       = []byte("meta")
	bucketShipments  = []byte("shipments")    // key → JSON order.Shipment
	bucketRaw        = []byte("raw")          // key → raw marketplace JSON
	bucketCursors    = []byte("cursors")      // market/name → JSON Cursor
	bucketSettings   = []byte("settings")     // name → JSON value
	bucketAudit      = []byte("audit")        // 8-byte sequence → JSON AuditEntry
	bucketAuditByKey = []byte("audit_by_key") // shipment key 0x00 sequence → empty
	bucketSyncRuns   = []byte("sync_runs")    // market → nested bucket: sequence → JSON SyncRun
	bucketSummaries  = []byte("summaries")    // key → binary summary (see summary.go)

	metaApp    = []byte("app")
	metaSchema = []byte("schema")
	appMarker  = []byte("sellerdesk")
)

// migration moves the file from schema version `from` to from+1 inside one write transaction.
type migration struct {
	name string
	run  func(tx *bolt.Tx) error
}

// schemaMigrations lists the migrations in order: migration i moves schema i to i+1.
func schemaMigrations() []migration {
	return []migration{
		{name: "create buckets", run: migrateCreateBuckets},
		{name: "build shipment summaries", run: migrateBuildSummaries},
	}
}

func migrateCreateBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketMeta, bucketShipments, bucketRaw, bucketCursors,
		bucketSettings, bucketAudit, bucketAuditByKey, bucketSyncRuns} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return tx.Bucket(bucketMeta).Put(metaApp, appMarker)
}

func migrateBuildSummaries(tx *bolt.Tx) error {
	sums, err := tx.CreateBucketIfNotExists(bucketSummaries)
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", bucketSummaries, err)
	}
	return tx.Bucket(bucketShipments).ForEach(func(k, v []byte) error {
		var sh order.Shipment
		if err := json.Unmarshal(v, &sh); err != nil {
			return fmt.Errorf("shipment %s: %w", k, err)
		}
		_, enc, err := compactSummary(&sh)
		if err != nil {
			return err
		}
		return sums.Put(k, enc)
	})
}

// readSchema returns the file's schema version: 0 for an empty new file. A file with buckets but
// no SellerDesk marker is not ours.
func readSchema(tx *bolt.Tx, path string) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
		if empty {
			return 0, nil
		}
		return 0, &NotSellerDeskError{Path: path, Reason: "no meta bucket"}
	}
	if string(meta.Get(metaApp)) != string(appMarker) {
		return 0, &NotSellerDeskError{Path: path, Reason: "no SellerDesk marker"}
	}
	raw := meta.Get(metaSchema)
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 0 {
		return 0, &NotSellerDeskError{Path: path, Reason: fmt.Sprintf("bad schema version %q", raw)}
	}
	return v, nil
}

// migrate runs every pending migration, each in its own transaction that also records the new
// version, so a failure leaves the file at the last completed version.
func (s *Store) migrate(ctx context.Context, migs []migration) error {
	var v int
	if err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		v, err = readSchema(tx, s.path)
		return err
	}); err != nil {
		return err
	}
	if v > len(migs) {
		return &SchemaError{Path: s.path, Found: v, Supported: len(migs)}
	}
	for ; v < len(migs); v++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
		m := migs[v]
		next := v + 1
		err := s.db.Update(func(tx *bolt.Tx) error {
			if err := m.run(tx); err != nil {
				return err
			}
			return tx.Bucket(bucketMeta).Put(metaSchema, []byte(strconv.Itoa(next)))
		})
		if err != nil {
			return fmt.Errorf("store: migrate %s from schema %d to %d (%s): %w", s.path, v, next, m.name, err)
		}
	}
	return nil
}

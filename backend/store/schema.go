package store

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the schema this SellerDesk writes. Files from older versions are migrated at
// Open (migrate.go); files from newer versions are refused with a *SchemaError.
//
//	1  shipments (JSON), raw payloads, cursors, settings, audit, sync runs
//	2  + summaries: a binary summary per shipment, loaded into memory at every start
//	3  boxes: shipment and raw payload compressed together (codec.go); no summaries (the index
//	   is saved beside the file, indexfile.go); index_pending
const SchemaVersion = 3

// Bucket names of schema 3.
var (
	bucketMeta         = []byte("meta")
	bucketBoxes        = []byte("boxes")         // key → compressed shipment JSON + raw JSON (codec.go)
	bucketCursors      = []byte("cursors")       // market/name → JSON Cursor
	bucketSettings     = []byte("settings")      // name → JSON value
	bucketAudit        = []byte("audit")         // 8-byte sequence → JSON AuditEntry
	bucketAuditByKey   = []byte("audit_by_key")  // shipment key 0x00 sequence → empty
	bucketSyncRuns     = []byte("sync_runs")     // market → nested bucket: sequence → JSON SyncRun
	bucketIndexPending = []byte("index_pending") // keys changed since the index file was saved
	bucketSetAside     = []byte("set_aside")     // kind/key → JSON SetAside (setaside.go)

	metaApp        = []byte("app")
	metaSchema     = []byte("schema")
	metaStoreID    = []byte("store_id")    // 16 random bytes naming this file's history
	metaIndexToken = []byte("index_token") // 16 random bytes: the saved index file that matches
	metaBoxCount   = []byte("box_count")   // number of boxes, 8 bytes big-endian (for progress)
	appMarker      = []byte("sellerdesk")
)

// Buckets of schemas 1 and 2 that schema 3 replaced.
var (
	legacyShipments = []byte("shipments") // key → JSON order.Shipment
	legacyRaw       = []byte("raw")       // key → raw marketplace JSON
)

// schema3Buckets are the top-level buckets of schema 3.
func schema3Buckets() [][]byte {
	return [][]byte{bucketMeta, bucketBoxes, bucketCursors, bucketSettings, bucketAudit,
		bucketAuditByKey, bucketSyncRuns, bucketIndexPending, bucketSetAside}
}

// createSchema3 makes an empty file (or the migration's new file) a schema-3 store, without
// setting the schema number.
func createSchema3(tx *bolt.Tx) error {
	for _, name := range schema3Buckets() {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	meta := tx.Bucket(bucketMeta)
	if meta.Get(metaStoreID) == nil {
		if err := meta.Put(metaStoreID, randomToken()); err != nil {
			return err
		}
	}
	return meta.Put(metaApp, appMarker)
}

func setSchema(tx *bolt.Tx, v int) error {
	return tx.Bucket(bucketMeta).Put(metaSchema, []byte(strconv.Itoa(v)))
}

// boxCount is the number of boxes the file records (0 when unknown).
func boxCount(tx *bolt.Tx) int {
	v := tx.Bucket(bucketMeta).Get(metaBoxCount)
	if len(v) != 8 {
		return 0
	}
	return int(binary.BigEndian.Uint64(v))
}

// addBoxes adds n to the recorded number of boxes, in the caller's transaction.
func addBoxes(tx *bolt.Tx, n int) error {
	if n == 0 {
		return nil
	}
	return tx.Bucket(bucketMeta).Put(metaBoxCount, binary.BigEndian.AppendUint64(nil, uint64(max(boxCount(tx)+n, 0))))
}

func randomToken() []byte {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return b
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

package store

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

var writeFixtures = flag.Bool("write-store-fixtures", false, "rewrite testdata/store/v1.db (a schema-1 file)")

// TestWriteV1Fixture writes the committed schema-1 file that TestMigrateFromV1File migrates:
// the buckets of schema 1 (no summaries) holding three shipments, a raw payload, a cursor, a
// setting and an audit entry. Run with -write-store-fixtures to rewrite it.
func TestWriteV1Fixture(t *testing.T) {
	if !*writeFixtures {
		t.Skip("run with -write-store-fixtures to rewrite testdata/store/v1.db")
	}
	seen := time.Date(2026, 3, 1, 13, 0, 0, 0, time.UTC)
	line := func(name, option string, qty, bundle int) order.Line {
		return order.Line{ItemID: "I-" + name, ProductName: name, OptionName: option, Quantity: qty, BundleSize: bundle, UnitPrice: 10000, TotalPrice: int64(qty) * 10000}
	}
	ships := []order.Shipment{
		{
			Marketplace: order.Naver, ID: "2026030100000001", OrderID: "2026030110000001", Status: order.StatusPaid, MarketStatus: "PAYED",
			PaidAt:   time.Date(2026, 3, 1, 10, 0, 0, 0, order.KST()),
			Receiver: order.Receiver{Name: "김철수", Phone: "010-1111-2222", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 1"},
			Lines:    []order.Line{line("유기농 현미", "5kg", 1, 0)}, FirstSeenAt: seen, UpdatedAt: seen,
		},
		{
			Marketplace: order.Naver, ID: "2026030100000002", OrderID: "2026030110000002", Status: order.StatusAcknowledged, MarketStatus: "PAYED/OK",
			PaidAt:      time.Date(2026, 3, 1, 11, 0, 0, 0, order.KST()),
			Receiver:    order.Receiver{Name: "이영희", Phone: "010-3333-4444", Zip: "48058", Address1: "부산광역시 해운대구 센텀중앙로 79"},
			Lines:       []order.Line{line("제주 감귤", "3kg", 2, 0)},
			Findings:    []order.Finding{{Code: order.AddressChanged, Severity: order.Block, Line: -1, Message: "배송지가 바뀌었습니다."}},
			FirstSeenAt: seen, UpdatedAt: seen,
		},
		{
			Marketplace: order.Coupang, ID: "642538970006401429", OrderID: "9100041863244", Status: order.StatusPaid, MarketStatus: "ACCEPT",
			PaidAt:      time.Date(2026, 3, 1, 12, 0, 0, 0, order.KST()),
			Receiver:    order.Receiver{Name: "박민수", Phone: "0502-1234-5678", Zip: "21984", Address1: "인천광역시 연수구 송도과학로 32"},
			Lines:       []order.Line{line("구운 캐슈넛", "1개 160g", 1, 5), line("수제 딸기잼", "500g", 2, 0)},
			FirstSeenAt: seen, UpdatedAt: seen,
		},
	}
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := bolt.Open(path, 0o600, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		if err := createLegacyBuckets(tx, 1); err != nil {
			return err
		}
		for _, sh := range ships {
			data, err := json.Marshal(sh)
			if err != nil {
				return err
			}
			if err := tx.Bucket(legacyShipments).Put([]byte(sh.Key()), data); err != nil {
				return err
			}
		}
		if err := tx.Bucket(legacyRaw).Put([]byte(ships[0].Key()), []byte(`{"productOrderId":"2026030100000001"}`)); err != nil {
			return err
		}
		cur, err := json.Marshal(Cursor{Market: order.Naver, Name: "lastChangedFrom", Value: "2026-03-01T12:00:00.000+09:00", UpdatedAt: seen})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketCursors).Put(cursorKey(order.Naver, "lastChangedFrom"), cur); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSettings).Put([]byte("syncDays"), []byte("7")); err != nil {
			return err
		}
		return appendAudit(tx, seen, "", []AuditEntry{{Actor: "test", Action: "fixture"}})
	}))
	require.NoError(t, db.Close())
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	out := filepath.Join("..", "..", "testdata", "store", "v1.db")
	require.NoError(t, os.MkdirAll(filepath.Dir(out), 0o755))
	require.NoError(t, os.WriteFile(out, data, 0o600))
	t.Logf("wrote %s (%d bytes)", out, len(data))
}

// createLegacyBuckets makes an empty file a schema-1 or schema-2 store (the layout before boxes).
func createLegacyBuckets(tx *bolt.Tx, schema int) error {
	names := [][]byte{bucketMeta, legacyShipments, legacyRaw, bucketCursors, bucketSettings, bucketAudit, bucketAuditByKey, bucketSyncRuns}
	if schema == 2 {
		names = append(names, []byte("summaries"))
	}
	for _, name := range names {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	if err := tx.Bucket(bucketMeta).Put(metaApp, appMarker); err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(metaSchema, []byte(fmt.Sprint(schema)))
}

// writeLegacyStore writes a schema-2 store with these records (the summaries bucket left
// empty: the migration does not read it), a cursor, a setting, audit entries and a sync run.
func writeLegacyStore(t testing.TB, dir string, recs []Record) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o700))
	db, err := bolt.Open(filepath.Join(dir, FileName), 0o600, nil)
	require.NoError(t, err)
	at := time.Date(2026, 3, 1, 13, 0, 0, 0, time.UTC)
	for start := 0; start < len(recs); start += 5000 {
		require.NoError(t, db.Update(func(tx *bolt.Tx) error {
			if start == 0 {
				if err := createLegacyBuckets(tx, 2); err != nil {
					return err
				}
			}
			for _, r := range recs[start:min(start+5000, len(recs))] {
				sh := r.Shipment
				sh.FirstSeenAt, sh.UpdatedAt = at, at
				data, err := json.Marshal(sh)
				if err != nil {
					return err
				}
				if err := tx.Bucket(legacyShipments).Put([]byte(sh.Key()), data); err != nil {
					return err
				}
				if len(r.Raw) > 0 {
					if err := tx.Bucket(legacyRaw).Put([]byte(sh.Key()), r.Raw); err != nil {
						return err
					}
				}
			}
			return nil
		}))
	}
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		cur, err := json.Marshal(Cursor{Market: order.Naver, Name: "lastChangedFrom", Value: "v", UpdatedAt: at})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketCursors).Put(cursorKey(order.Naver, "lastChangedFrom"), cur); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSettings).Put([]byte("syncDays"), []byte("7")); err != nil {
			return err
		}
		if err := appendAudit(tx, at, recs[0].Shipment.Key(), []AuditEntry{{Actor: "seller", Action: "first"}, {Actor: "seller", Action: "second"}}); err != nil {
			return err
		}
		runs, err := tx.Bucket(bucketSyncRuns).CreateBucket([]byte(order.Coupang))
		if err != nil {
			return err
		}
		seq, _ := runs.NextSequence()
		return runs.Put(seqKey(seq), []byte(`{"market":"coupang","added":1}`))
	}))
	require.NoError(t, db.Close())
}

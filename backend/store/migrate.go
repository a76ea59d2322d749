package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
	"sellerdesk/backend/privatefile"
)

// Migration from schema 1 or 2 to schema 3 copies the file into a new one beside it
// (sellerdesk.db.migrating) rather than rewriting it in place: bbolt files never shrink, so an
// in-place rewrite would keep the old file's size (2.7 GB at a million shipments) for ever, and
// the old file stays untouched until the new one is complete.
//
// The copy runs in transactions of migrateChunk keys; each one also records how far it got, so a
// migration killed at any point resumes where it stopped at the next start. When the copy is
// complete the old file is kept as sellerdesk-schema<N>-<time>.db.bak (pruned with the other
// backups, see the app's retention) and the new file takes its name. A start that finds the
// new file complete but not yet renamed (killed between the renames) finishes the swap.

const (
	migratingName = FileName + ".migrating"
	// defaultMigrateChunk keys are copied per transaction.
	defaultMigrateChunk = 5000
)

// Progress is reported while Open migrates the file or rebuilds the index.
type Progress struct {
	// Stage is "migrate" (copying to the new layout), "index" (building the index) or "done".
	Stage string `json:"stage"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// Meta keys of the new file while a migration runs.
var (
	metaMigrating     = []byte("migrating")      // the old schema number; gone once complete
	metaMigrateBucket = []byte("migrate_bucket") // bucket being copied
	metaMigrateAfter  = []byte("migrate_after")  // last key copied of that bucket
	metaMigrateIndex  = []byte("migrate_resumed")
)

// finishSwap completes a migration that was killed after the old file was moved away and before
// the new one took its name.
func finishSwap(dir string) error {
	path := filepath.Join(dir, FileName)
	tmp := filepath.Join(dir, migratingName)
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if _, err := os.Stat(tmp); err != nil {
		return nil
	}
	db, err := openBolt(tmp, DefaultLockTimeout, true)
	if err != nil {
		return err
	}
	complete := false
	_ = db.View(func(tx *bolt.Tx) error {
		v, err := readSchema(tx, tmp)
		complete = err == nil && v == SchemaVersion && tx.Bucket(bucketMeta).Get(metaMigrating) == nil
		return nil
	})
	_ = db.Close()
	if !complete {
		return fmt.Errorf("store: %s is an unfinished migration and %s is missing: restore a backup", tmp, path)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("store: finish migration: %w", err)
	}
	privatefile.SyncDir(dir)
	return nil
}

// migrateFile copies the old-schema file open as old into the schema-3 layout and swaps the
// files. It closes old and returns the new file, open, with its index (nil when the index must
// be rebuilt because the copy was resumed).
func (s *Store) migrateFile(ctx context.Context, oldDB *bolt.DB, from int) (*bolt.DB, *index, error) {
	chunk := s.migrateChunk
	if chunk <= 0 {
		chunk = defaultMigrateChunk
	}
	old := &oldFile{db: oldDB, path: s.path, timeout: s.lockTimeout, every: 10 * chunk}
	tmp := filepath.Join(s.dir, migratingName)
	nw, err := openBolt(tmp, s.lockTimeout, false)
	if err != nil {
		return nil, nil, fmt.Errorf("store: migrate: %w", err)
	}
	closeBoth := func() { _ = nw.Close(); _ = old.Close() }
	if err := tightenFile(tmp); err != nil {
		closeBoth()
		return nil, nil, err
	}
	s.db = nw
	idx, err := s.copyInto(ctx, old, nw, from)
	if err != nil {
		closeBoth()
		return nil, nil, fmt.Errorf("store: migrate %s from schema %d: %w", s.path, from, err)
	}
	s.progress(Progress{Stage: "migrate", Done: 1, Total: 1})
	if err := nw.Close(); err != nil {
		_ = old.Close()
		return nil, nil, fmt.Errorf("store: migrate: close new file: %w", err)
	}
	if err := old.Close(); err != nil {
		return nil, nil, fmt.Errorf("store: migrate: close old file: %w", err)
	}
	bak := filepath.Join(s.dir, fmt.Sprintf("sellerdesk-schema%d-%s.db.bak", from, time.Now().UTC().Format("20060102T150405Z")))
	if err := os.Rename(s.path, bak); err != nil {
		return nil, nil, fmt.Errorf("store: migrate: keep the old file as %s: %w", bak, err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return nil, nil, fmt.Errorf("store: migrate: put the new file in place: %w", err)
	}
	privatefile.SyncDir(s.dir)
	db, err := openBolt(s.path, s.lockTimeout, false)
	if err != nil {
		return nil, nil, err
	}
	s.log("store migrated", "from", from, "to", SchemaVersion, "old file kept as", bak)
	return db, idx, nil
}

// copyInto copies every bucket of old into nw, resuming a copy that was interrupted.
func (s *Store) copyInto(ctx context.Context, old *oldFile, nw *bolt.DB, from int) (*index, error) {
	resumed, complete := false, false
	err := nw.Update(func(tx *bolt.Tx) error {
		v, err := readSchema(tx, nw.Path())
		if err != nil {
			return err
		}
		if v != 0 {
			if v != SchemaVersion {
				return fmt.Errorf("%s has schema %d", nw.Path(), v)
			}
			if tx.Bucket(bucketMeta).Get(metaMigrating) == nil {
				complete = true // killed after the copy, before the swap
				return nil
			}
			resumed = true
			return tx.Bucket(bucketMeta).Put(metaMigrateIndex, []byte{1})
		}
		if err := createSchema3(tx); err != nil {
			return err
		}
		if err := setSchema(tx, SchemaVersion); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(metaMigrating, []byte(fmt.Sprint(from)))
	})
	if err != nil || complete {
		return nil, err
	}
	if resumed {
		s.log("store migration resumed", "file", nw.Path())
	}
	// Counting walks every page of a bucket: count the small summaries of schema 2 rather than
	// the shipments, and let the pages go again.
	var total int
	if err := old.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("summaries"))
		if b == nil {
			b = tx.Bucket(legacyShipments)
		}
		if b != nil {
			total = b.Stats().KeyN
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := old.refresh(old.every); err != nil {
		return nil, err
	}
	var idx *index
	if !resumed {
		idx = newIndex(total)
	}
	for _, name := range [][]byte{bucketCursors, bucketSettings, bucketAudit, bucketAuditByKey, bucketSyncRuns, legacyShipments} {
		if err := s.copyBucket(ctx, old, nw, name, idx, total); err != nil {
			return nil, fmt.Errorf("copy %s: %w", name, err)
		}
	}
	err = nw.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta.Get(metaMigrateIndex) != nil {
			idx = nil
		}
		for _, k := range [][]byte{metaMigrating, metaMigrateBucket, metaMigrateAfter, metaMigrateIndex} {
			if err := meta.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if idx != nil {
		idx.sortAll()
	}
	return idx, nil
}

// copyBucket copies one bucket in chunks, each transaction recording the last key it copied.
// Shipments become boxes (with their raw payloads) and go into idx when it is not nil.
func (s *Store) copyBucket(ctx context.Context, old *oldFile, nw *bolt.DB, name []byte, idx *index, total int) error {
	var after []byte
	done := false
	if err := nw.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		cur := meta.Get(metaMigrateBucket)
		if cur == nil {
			return nil
		}
		order := [][]byte{bucketCursors, bucketSettings, bucketAudit, bucketAuditByKey, bucketSyncRuns, legacyShipments}
		ci, ni := -1, -1
		for i, b := range order {
			if bytes.Equal(b, cur) {
				ci = i
			}
			if bytes.Equal(b, name) {
				ni = i
			}
		}
		switch {
		case ni < ci:
			done = true
		case ni == ci:
			after = bytes.Clone(meta.Get(metaMigrateAfter))
		}
		return nil
	}); err != nil {
		return err
	}
	if done {
		return nil
	}
	chunk := old.every / 10
	copied := 0
	if bytes.Equal(name, legacyShipments) && after != nil {
		_ = nw.View(func(tx *bolt.Tx) error { copied = boxCount(tx); return nil })
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var items []kv
		if err := old.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(name)
			if b == nil {
				return nil
			}
			raw := tx.Bucket(legacyRaw)
			c := b.Cursor()
			var k, v []byte
			if after == nil {
				k, v = c.First()
			} else if k, v = c.Seek(after); k != nil && bytes.Equal(k, after) {
				k, v = c.Next()
			}
			for ; k != nil && len(items) < chunk; k, v = c.Next() {
				it := kv{k: bytes.Clone(k)}
				if v == nil { // a nested bucket (sync runs per marketplace)
					nb := b.Bucket(k)
					it.nested, it.seq = cloneBucket(nb), nb.Sequence()
				} else {
					it.v = bytes.Clone(v)
					if raw != nil && bytes.Equal(name, legacyShipments) {
						it.raw = bytes.Clone(raw.Get(k))
					}
				}
				items = append(items, it)
			}
			return nil
		}); err != nil {
			return err
		}
		if len(items) == 0 && after != nil {
			return nil
		}
		var rows []row
		if bytes.Equal(name, legacyShipments) {
			var err error
			if rows, err = s.packBoxes(items, idx != nil); err != nil {
				return err
			}
		}
		last := after
		if len(items) > 0 {
			last = items[len(items)-1].k
		}
		err := nw.Update(func(tx *bolt.Tx) error {
			dst := tx.Bucket(name)
			if bytes.Equal(name, legacyShipments) {
				dst = tx.Bucket(bucketBoxes)
			}
			dst.FillPercent = fillPercent
			for _, it := range items {
				if it.nested != nil {
					nb, err := dst.CreateBucketIfNotExists(it.k)
					if err != nil {
						return err
					}
					for _, e := range it.nested {
						if err := nb.Put(e.k, e.v); err != nil {
							return err
						}
					}
					if err := nb.SetSequence(it.seq); err != nil {
						return err
					}
					continue
				}
				if err := dst.Put(it.k, it.v); err != nil {
					return err
				}
			}
			if seq, err := legacySequence(old, name); err == nil && seq > dst.Sequence() {
				if err := dst.SetSequence(seq); err != nil {
					return err
				}
			}
			if bytes.Equal(name, legacyShipments) {
				if err := addBoxes(tx, len(items)); err != nil {
					return err
				}
			}
			meta := tx.Bucket(bucketMeta)
			if err := meta.Put(metaMigrateBucket, name); err != nil {
				return err
			}
			if last == nil {
				return meta.Put(metaMigrateAfter, []byte{})
			}
			return meta.Put(metaMigrateAfter, last)
		})
		if err != nil {
			return err
		}
		if idx != nil && len(rows) > 0 {
			if err := idx.addUnsorted(rows); err != nil {
				return err
			}
		}
		if bytes.Equal(name, legacyShipments) {
			copied += len(items)
			s.progress(Progress{Stage: "migrate", Done: copied, Total: total})
			if err := old.refresh(len(items)); err != nil {
				return err
			}
		}
		if len(items) < chunk {
			return nil
		}
		after = last
	}
}

// oldFile is the file being migrated. Reading it through bbolt's memory map keeps every page
// read in the process's resident memory until the map goes: 2.7 GB for a million schema-2
// shipments. Reopening it every 10 chunks (50,000 keys) lets those pages go.
type oldFile struct {
	db      *bolt.DB
	path    string
	timeout time.Duration
	read    int
	every   int
}

func (o *oldFile) View(fn func(*bolt.Tx) error) error { return o.db.View(fn) }

func (o *oldFile) Close() error { return o.db.Close() }

func (o *oldFile) refresh(n int) error {
	if o.read += n; o.read < o.every {
		return nil
	}
	o.read = 0
	if err := o.db.Close(); err != nil {
		return err
	}
	db, err := openBolt(o.path, o.timeout, false)
	if err != nil {
		return err
	}
	o.db = db
	return nil
}

type kv struct {
	k, v, raw []byte
	nested    []kv
	seq       uint64
}

func cloneBucket(b *bolt.Bucket) []kv {
	var out []kv
	_ = b.ForEach(func(k, v []byte) error {
		if v != nil {
			out = append(out, kv{k: bytes.Clone(k), v: bytes.Clone(v)})
		}
		return nil
	})
	return out
}

// legacySequence is a bucket's sequence in the old file (the audit log numbers its entries).
func legacySequence(old *oldFile, name []byte) (uint64, error) {
	var seq uint64
	err := old.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(name); b != nil {
			seq = b.Sequence()
		}
		return nil
	})
	return seq, err
}

// packBoxes turns old shipments (JSON + raw) into boxes, on every core; with rows it also makes
// their index rows.
func (s *Store) packBoxes(items []kv, rows bool) ([]row, error) {
	out := make([]row, len(items))
	errs := make([]error, len(items))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var scratch []byte
			for i := w; i < len(items); i += workers {
				it := &items[i]
				var sh order.Shipment
				if err := json.Unmarshal(it.v, &sh); err != nil {
					errs[i] = fmt.Errorf("shipment %s: %w", it.k, err)
					continue
				}
				if rows {
					out[i] = newRow(&sh)
				}
				it.v, scratch = s.codec.encodeBox(it.v, it.raw, scratch)
				it.raw = nil
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if !rows {
		return nil, nil
	}
	return out, nil
}

package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/privatefile"
)

// ctxWriter stops a long copy when the context ends, and keeps the first error so that it can
// be returned unflattened (bbolt's WriteTo formats writer errors with %s).
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
	err error
}

func (c *ctxWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if err := c.ctx.Err(); err != nil {
		c.err = err
		return 0, err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// Backup writes a consistent copy of the data file to w while the store stays open and usable,
// and returns the number of bytes written. The copy is compacted: it holds the live data only,
// not the free pages of the data file, where older versions of changed (and masked) shipments
// may linger until bbolt reuses them.
func (s *Store) Backup(ctx context.Context, w io.Writer) (int64, error) {
	f, err := os.CreateTemp(s.dir, ".sellerdesk-backup-*.tmp")
	if err != nil {
		return 0, fmt.Errorf("store: backup: %w", err)
	}
	tmp := f.Name()
	_ = f.Close()
	defer os.Remove(tmp)
	if err := s.compactTo(ctx, tmp); err != nil {
		return 0, fmt.Errorf("store: backup: %w", err)
	}
	src, err := os.Open(tmp)
	if err != nil {
		return 0, fmt.Errorf("store: backup: %w", err)
	}
	defer src.Close()
	cw := &ctxWriter{ctx: ctx, w: w}
	n, err := io.Copy(cw, src)
	if cw.err != nil {
		err = cw.err
	}
	if err != nil {
		return n, fmt.Errorf("store: backup: %w", err)
	}
	return n, nil
}

// BackupToFile writes a backup to path atomically (a 0600 temporary file beside it, synced, then
// renamed over path).
func (s *Store) BackupToFile(ctx context.Context, path string) (int64, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	tmp := f.Name()
	_ = f.Close()
	defer os.Remove(tmp) // gone after the rename; cleans up after a failure
	if err := s.compactTo(ctx, tmp); err != nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	fi, err := os.Stat(tmp)
	if err != nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	privatefile.SyncDir(filepath.Dir(path))
	return fi.Size(), nil
}

// compactTo copies every bucket of the store, in one read transaction, into a new bbolt file at
// path (0600, synced), committing every few megabytes.
func (s *Store) compactTo(ctx context.Context, path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	dst, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, NoFreelistSync: true})
	if err != nil {
		return err
	}
	err = s.view(ctx, func(src *bolt.Tx) error {
		w := &compactWriter{ctx: ctx, db: dst}
		defer w.rollback()
		if err := src.ForEach(func(name []byte, b *bolt.Bucket) error {
			return w.bucket([][]byte{name}, b)
		}); err != nil {
			return err
		}
		return w.commit()
	})
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	return err
}

// compactWriter fills a new file bucket by bucket, in transactions of about 8 MB.
type compactWriter struct {
	ctx  context.Context
	db   *bolt.DB
	tx   *bolt.Tx
	size int
}

func (w *compactWriter) begin() error {
	if w.tx != nil {
		return nil
	}
	tx, err := w.db.Begin(true)
	w.tx, w.size = tx, 0
	return err
}

func (w *compactWriter) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx = nil
	return err
}

func (w *compactWriter) rollback() {
	if w.tx != nil {
		_ = w.tx.Rollback()
		w.tx = nil
	}
}

// dst opens the bucket at path in the current transaction, creating it.
func (w *compactWriter) dst(path [][]byte) (*bolt.Bucket, error) {
	b, err := w.tx.CreateBucketIfNotExists(path[0])
	for _, name := range path[1:] {
		if err != nil {
			return nil, err
		}
		b, err = b.CreateBucketIfNotExists(name)
	}
	if b != nil {
		b.FillPercent = 1
	}
	return b, err
}

func (w *compactWriter) bucket(path [][]byte, src *bolt.Bucket) error {
	if err := w.begin(); err != nil {
		return err
	}
	dst, err := w.dst(path)
	if err != nil {
		return err
	}
	if err := dst.SetSequence(src.Sequence()); err != nil {
		return err
	}
	c := src.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if v == nil {
			if err := w.bucket(append(slices.Clone(path), k), src.Bucket(k)); err != nil {
				return err
			}
			if dst, err = w.dst(path); err != nil {
				return err
			}
			continue
		}
		if w.size > 8<<20 {
			if err := w.ctx.Err(); err != nil {
				return err
			}
			if err := w.commit(); err != nil {
				return err
			}
			if err := w.begin(); err != nil {
				return err
			}
			if dst, err = w.dst(path); err != nil {
				return err
			}
		}
		if err := dst.Put(k, v); err != nil {
			return err
		}
		w.size += len(k) + len(v)
	}
	return w.ctx.Err()
}

// CheckBackup verifies that path is a SellerDesk data file whose schema this SellerDesk can open
// (older schemas are migrated at Open). It returns the file's schema version.
func CheckBackup(ctx context.Context, path string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("store: backup file %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() || fi.Size() == 0 {
		return 0, &NotSellerDeskError{Path: path, Reason: "not a regular non-empty file"}
	}
	db, err := openBolt(path, DefaultLockTimeout, true)
	if err != nil {
		var locked *LockedError
		if errors.As(err, &locked) {
			return 0, err
		}
		var not *NotSellerDeskError
		if errors.As(err, &not) {
			return 0, err
		}
		return 0, &NotSellerDeskError{Path: path, Reason: err.Error()}
	}
	defer db.Close()
	var v int
	if err := db.View(func(tx *bolt.Tx) error {
		var err error
		v, err = readSchema(tx, path)
		if err == nil && v == 0 {
			err = &NotSellerDeskError{Path: path, Reason: "empty database"}
		}
		return err
	}); err != nil {
		return 0, err
	}
	if v > SchemaVersion {
		return v, &SchemaError{Path: path, Found: v, Supported: SchemaVersion}
	}
	return v, nil
}

// Restore replaces the data file in dir with the backup at backupPath. The store must be closed
// (a running SellerDesk makes Restore fail with ErrLocked). The backup is checked first
// (ErrNotSellerDesk, ErrNewerSchema); the current file is kept beside it as
// sellerdesk-<UTC time>.db.bak, then the backup copy atomically takes its place. Older schemas
// are migrated at the next Open.
//
// The backup must pass VerifyFile too: a damaged backup never replaces the data file.
func Restore(ctx context.Context, dir, backupPath string) error {
	if _, err := CheckBackup(ctx, backupPath); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	if err := VerifyFile(ctx, backupPath); err != nil {
		return fmt.Errorf("store: restore: backup %s: %w", backupPath, err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("store: restore: data folder %q: %w", dir, err)
	}
	if err := ensurePrivateDir(abs); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	current := filepath.Join(abs, FileName)

	// Copy the backup into the data folder first, so that the final step is a rename.
	tmp := filepath.Join(abs, restoreTempName)
	if err := privatefile.Write(tmp, func(f io.Writer) error {
		src, err := os.Open(backupPath)
		if err != nil {
			return err
		}
		defer src.Close()
		_, err = io.Copy(&ctxWriter{ctx: ctx, w: f}, src)
		return err
	}); err != nil {
		return fmt.Errorf("store: restore: copy backup: %w", err)
	}
	defer os.Remove(tmp) // gone after the rename; cleans up after a failure

	bak := ""
	if _, err := os.Stat(current); err == nil {
		// Refuse while another SellerDesk holds the file.
		db, err := openBolt(current, 200*time.Millisecond, false)
		if err != nil {
			var locked *LockedError
			if errors.As(err, &locked) {
				return fmt.Errorf("store: restore: %w", err)
			}
			// A damaged current file is exactly what a restore is for: keep it as .bak below.
		} else if err := db.Close(); err != nil {
			return fmt.Errorf("store: restore: close current file: %w", err)
		}
		bak = filepath.Join(abs, "sellerdesk-"+time.Now().UTC().Format("20060102T150405.000000000Z")+".db.bak")
		if err := os.Rename(current, bak); err != nil {
			return fmt.Errorf("store: restore: keep current file as %s: %w", bak, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store: restore: current file: %w", err)
	}
	if err := os.Rename(tmp, current); err != nil {
		if bak != "" {
			// Never leave the folder without its data file: the next start would make an empty one.
			if rerr := os.Rename(bak, current); rerr != nil {
				return fmt.Errorf("store: restore: put backup in place: %w (and the current file stays at %s: %v)", err, bak, rerr)
			}
		}
		return fmt.Errorf("store: restore: put backup in place: %w", err)
	}
	// The saved index belongs to the replaced file (Open would notice, but need not guess).
	if err := os.Remove(filepath.Join(abs, IndexFileName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store: restore: remove the old index: %w", err)
	}
	privatefile.SyncDir(abs)
	return nil
}

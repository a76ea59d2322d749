package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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

// Backup writes a consistent copy of the whole data file to w while the store stays open and
// usable (a read transaction), and returns the number of bytes written.
func (s *Store) Backup(ctx context.Context, w io.Writer) (int64, error) {
	var n int64
	err := s.view(ctx, func(tx *bolt.Tx) error {
		cw := &ctxWriter{ctx: ctx, w: w}
		var err error
		n, err = tx.WriteTo(cw)
		if cw.err != nil {
			return cw.err
		}
		return err
	})
	if err != nil {
		return n, fmt.Errorf("store: backup: %w", err)
	}
	return n, nil
}

// BackupToFile writes a backup to path atomically (a 0600 temporary file beside it, synced, then
// renamed over path).
func (s *Store) BackupToFile(ctx context.Context, path string) (int64, error) {
	var n int64
	err := privatefile.Write(path, func(f io.Writer) error {
		var err error
		n, err = s.Backup(ctx, f)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	return n, nil
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
func Restore(ctx context.Context, dir, backupPath string) error {
	if _, err := CheckBackup(ctx, backupPath); err != nil {
		return fmt.Errorf("store: restore: %w", err)
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
	tmp := filepath.Join(abs, "."+FileName+".restore.tmp")
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
		bak := filepath.Join(abs, "sellerdesk-"+time.Now().UTC().Format("20060102T150405.000000000Z")+".db.bak")
		if err := os.Rename(current, bak); err != nil {
			return fmt.Errorf("store: restore: keep current file as %s: %w", bak, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store: restore: current file: %w", err)
	}
	if err := os.Rename(tmp, current); err != nil {
		return fmt.Errorf("store: restore: put backup in place: %w", err)
	}
	privatefile.SyncDir(abs)
	return nil
}

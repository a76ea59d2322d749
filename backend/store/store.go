// Package store keeps SellerDesk's data in one bbolt file in the data folder: the shipments as
// mapped into the order model, the raw marketplace payloads beside them, the sync cursors, the
// seller's settings, an append-only audit log and the sync log.
//
// Every multi-key change happens in one bbolt transaction. Sync cursors can only be written
// through Apply together with the data they cover, so a cursor can never move past data that was
// not stored.
//
// List views read an in-memory index of compact summaries, loaded at Open from a summary bucket
// and kept up to date after every committed write.
package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// FileName is the name of the data file inside the data folder.
const FileName = "sellerdesk.db"

// DefaultLockTimeout is how long Open waits for another SellerDesk to release the file.
const DefaultLockTimeout = time.Second

// Options tune Open. The zero value is ready to use.
type Options struct {
	// LockTimeout is how long Open waits for the file lock (default DefaultLockTimeout).
	LockTimeout time.Duration
	// Now is the clock for FirstSeenAt/UpdatedAt, cursor and audit times (default time.Now).
	Now func() time.Time
}

// Store is an open SellerDesk data file. It is safe for concurrent use.
type Store struct {
	db   *bolt.DB
	dir  string
	path string
	now  func() time.Time

	// writeMu orders every write transaction together with the index update that follows it,
	// so the index always reflects the commit order.
	writeMu sync.Mutex
	index   *index
	closed  atomic.Bool
}

// Open opens (creating if needed) the data file in dir, runs pending schema migrations and
// loads the summary index. The folder is made 0700 and the file 0600.
func Open(ctx context.Context, dir string, opts Options) (*Store, error) {
	return openWith(ctx, dir, opts, schemaMigrations())
}

func openWith(ctx context.Context, dir string, opts Options, migs []migration) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	if dir == "" {
		return nil, errors.New("store: open: empty data folder")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("store: open: data folder %q: %w", dir, err)
	}
	if err := ensurePrivateDir(abs); err != nil {
		return nil, err
	}
	path := filepath.Join(abs, FileName)
	db, err := openBolt(path, opts.LockTimeout, false)
	if err != nil {
		return nil, err
	}
	if err := tightenFile(path); err != nil {
		_ = db.Close()
		return nil, err
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	s := &Store{db: db, dir: abs, path: path, now: now}
	if err := s.migrate(ctx, migs); err != nil {
		_ = db.Close()
		return nil, err
	}
	idx, err := loadIndex(ctx, db)
	if errors.Is(err, errSummaryDamaged) {
		// Summaries are derived data: rebuild them from the shipments rather than refuse to open.
		if err = s.rebuildSummaries(ctx); err == nil {
			idx, err = loadIndex(ctx, db)
		}
	}
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	s.index = idx
	return s, nil
}

// openBolt opens a bbolt file, turning lock timeouts and foreign files into typed errors.
func openBolt(path string, timeout time.Duration, readOnly bool) (*bolt.DB, error) {
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:      timeout,
		ReadOnly:     readOnly,
		FreelistType: bolt.FreelistMapType,
		// The freelist is rebuilt at open instead of being written at every commit: faster
		// commits on big files, and nothing to lose since it is derived data.
		NoFreelistSync: false,
	})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, &LockedError{Path: filepath.Dir(path)}
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch),
		errors.Is(err, berrors.ErrChecksum):
		return nil, &NotSellerDeskError{Path: path, Reason: err.Error()}
	}
	return nil, fmt.Errorf("store: open %s: %w", path, err)
}

func ensurePrivateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("store: create data folder %s: %w", dir, err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("store: data folder %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("store: data folder %s is not a folder", dir)
	}
	if fi.Mode().Perm() != 0o700 {
		if err := os.Chmod(dir, 0o700); err != nil {
			return fmt.Errorf("store: make data folder %s private: %w", dir, err)
		}
	}
	return nil
}

func tightenFile(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("store: data file %s: %w", path, err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(path, 0o600); err != nil {
			return fmt.Errorf("store: make data file %s private: %w", path, err)
		}
	}
	return nil
}

// Close closes the data file. Further calls on the store fail with ErrClosed.
func (s *Store) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.closed.Store(true)
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}

// Path is the data file's absolute path.
func (s *Store) Path() string { return s.path }

// Dir is the data folder's absolute path.
func (s *Store) Dir() string { return s.dir }

// view runs fn in a read transaction, mapping bbolt's closed-database error to ErrClosed.
func (s *Store) view(ctx context.Context, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return closedErr(s.db.View(fn))
}

// update runs fn in a write transaction.
func (s *Store) update(ctx context.Context, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return closedErr(s.db.Update(fn))
}

func closedErr(err error) error {
	if errors.Is(err, berrors.ErrDatabaseNotOpen) {
		return ErrClosed
	}
	return err
}

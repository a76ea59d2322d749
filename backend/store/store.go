// Package store keeps SellerDesk's data in one bbolt file in the data folder: the shipments as
// mapped into the order model, the raw marketplace payloads beside them, the sync cursors, the
// seller's settings, an append-only audit log and the sync log.
//
// Every multi-key change happens in one bbolt transaction. Sync cursors can only be written
// through Apply together with the data they cover, so a cursor can never move past data that was
// not stored.
//
// Shipments are stored compressed together with their raw payloads (codec.go). List views read a
// compact in-memory index (index.go), saved beside the data file and loaded at Open
// (indexfile.go), and kept up to date after every committed write. Older files are migrated at
// the first Open (migrate.go). docs/store.md explains the layout and the measurements behind it.
package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// GCPercent is the garbage collector setting a program holding a store should run with (the
// doors and the bench set it unless GOGC is given). Most of the live heap is the index, flat
// arrays without pointers (110 MB at a million shipments): at Go's default of 100 the heap grows
// by as much again in garbage before a collection, at 50 by half of it, and a collection costs
// little because the index has nothing to walk. Measured at a million shipments on the 2-core
// machine: peak memory of the ingesting process 424 MB at 100, 342 MB at 50, ingest rate the same
// within the noise (21,400/s and 23,800/s).
const GCPercent = 50

// SetGCPercent applies GCPercent unless the GOGC environment variable chose a setting.
func SetGCPercent() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
	}
}

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
	// Progress, when set, hears how a migration or an index rebuild at Open advances (about
	// every percent).
	Progress func(Progress)
	// Logger receives technical logs (migration, index rebuilds); nil logs nowhere.
	Logger *slog.Logger
	// OpenFile, when set, opens the data file instead of os.OpenFile (bbolt's Options.OpenFile):
	// tests hand over a file whose writes fail as on a full disk.
	OpenFile func(name string, flag int, perm os.FileMode) (*os.File, error)

	// migrateChunk is the number of keys a migration copies per transaction (tests lower it).
	migrateChunk int
	// verifyMax replaces verifyAtOpenMax when set (tests: -1 never verifies at Open).
	verifyMax int64
}

// Store is an open SellerDesk data file. It is safe for concurrent use.
type Store struct {
	db    *bolt.DB
	dir   string
	path  string
	now   func() time.Time
	codec *codec

	lockTimeout  time.Duration
	migrateChunk int
	onProgress   func(Progress)
	lastProgress time.Time
	lastDone     int
	logger       *slog.Logger
	// pendingIndex counts the keys noted in index_pending since the index file was saved.
	pendingIndex int
	// setAsideAtOpen are the damaged boxes Open set aside (SetAsideAtOpen).
	setAsideAtOpen []SetAside

	// writeMu orders every write transaction together with the index update that follows it,
	// so the index always reflects the commit order.
	writeMu sync.Mutex
	index   *index
	closed  atomic.Bool
}

// Open opens (creating if needed) the data file in dir, migrates an older file to the current
// schema and loads the index. The folder is made 0700 and the files 0600.
func Open(ctx context.Context, dir string, opts Options) (*Store, error) {
	return openWith(ctx, dir, opts)
}

func openWith(ctx context.Context, dir string, opts Options) (*Store, error) {
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
	if err := finishSwap(abs); err != nil {
		return nil, err
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	db, err := openBoltGuarded(path, opts.LockTimeout, false, logger, opts.OpenFile)
	if err != nil {
		return nil, err
	}
	if err := tightenFile(path); err != nil {
		_ = db.Close()
		return nil, err
	}
	// This process holds the file now: what a killed backup, restore or index save left behind
	// is nobody's, and holds customer data.
	removeLeftovers(abs, logger)
	verifyMax := int64(verifyAtOpenMax)
	if opts.verifyMax != 0 {
		verifyMax = opts.verifyMax
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() <= verifyMax {
		if err := checkPages(ctx, path); err != nil {
			_ = db.Close()
			return nil, err
		}
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	c, err := newCodec()
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	s := &Store{db: db, dir: abs, path: path, now: now, codec: c, lockTimeout: opts.LockTimeout,
		migrateChunk: opts.migrateChunk, onProgress: opts.Progress, logger: logger}
	fail := func(err error) (*Store, error) {
		_ = s.db.Close()
		c.close()
		return nil, err
	}
	var v int
	if err := s.view(ctx, func(tx *bolt.Tx) error {
		var err error
		v, err = readSchema(tx, path)
		return err
	}); err != nil {
		return fail(err)
	}
	var idx *index
	switch {
	case v > SchemaVersion:
		return fail(&SchemaError{Path: path, Found: v, Supported: SchemaVersion})
	case v == 0:
		if err := s.update(ctx, func(tx *bolt.Tx) error {
			if err := createSchema3(tx); err != nil {
				return err
			}
			return setSchema(tx, SchemaVersion)
		}); err != nil {
			return fail(fmt.Errorf("store: create %s: %w", path, err))
		}
		_ = os.Remove(s.indexPath())
		idx = newIndex(0)
	case v < SchemaVersion:
		if err := guard(path, logger, "migrate", func() error {
			var err error
			s.db, idx, err = s.migrateFile(ctx, db, v)
			return err
		}); err != nil {
			c.close()
			return nil, err
		}
	}
	if v == SchemaVersion {
		// Buckets added to schema 3 after it shipped.
		if err := s.update(ctx, func(tx *bolt.Tx) error {
			_, err := tx.CreateBucketIfNotExists(bucketSetAside)
			return err
		}); err != nil {
			return fail(fmt.Errorf("store: open %s: %w", path, err))
		}
	}
	if err := guard(path, logger, "load index", func() error { return s.loadIndex(ctx, idx, v) }); err != nil {
		return fail(err)
	}
	return s, nil
}

// openBolt opens a bbolt file after checking it (checkFile, guard), turning lock timeouts,
// foreign and damaged files into typed errors.
func openBolt(path string, timeout time.Duration, readOnly bool) (*bolt.DB, error) {
	return openBoltGuarded(path, timeout, readOnly, nil, nil)
}

// openBoltWith opens a bbolt file with bbolt's file opener (nil: os.OpenFile), turning lock
// timeouts and foreign files into typed errors.
func openBoltWith(path string, timeout time.Duration, readOnly bool, openFile func(string, int, os.FileMode) (*os.File, error)) (*bolt.DB, error) {
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
		OpenFile:       openFile,
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
	return nil, classify("open "+path, fmt.Errorf("store: open %s: %w", path, err))
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

// Now is the store's clock: the times it writes (a shipment's UpdatedAt, an audit entry's At) are
// on it.
func (s *Store) Now() time.Time { return s.now() }

// Close closes the data file. Further calls on the store fail with ErrClosed.
// The index is saved first when it changed since it was last saved, so the next start loads it
// instead of replaying the changes.
func (s *Store) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed.Swap(true) {
		return nil
	}
	var saveErr error
	if s.pendingIndex > 0 {
		saveErr = s.saveIndexLocked(context.Background())
	}
	err := s.db.Close()
	s.codec.close()
	if err != nil {
		return classify("close", fmt.Errorf("store: close %s: %w", s.path, err))
	}
	return classify("save the index", saveErr)
}

func (s *Store) log(msg string, args ...any) { s.logger.Info(msg, args...) }

// progress reports to Options.Progress every percent or 200 ms, and the last step.
func (s *Store) progress(p Progress) {
	if s.onProgress == nil {
		return
	}
	now := time.Now()
	if p.Done >= p.Total || p.Done < s.lastDone || p.Done-s.lastDone >= max(p.Total/100, 1) || now.Sub(s.lastProgress) >= 200*time.Millisecond {
		s.lastProgress, s.lastDone = now, p.Done
		s.onProgress(p)
	}
}

// Path is the data file's absolute path.
func (s *Store) Path() string { return s.path }

// Dir is the data folder's absolute path.
func (s *Store) Dir() string { return s.dir }

// view runs fn in a read transaction, mapping bbolt's closed-database error to ErrClosed, a panic
// or memory fault inside bbolt to a *DamagedError and an operating system error to a *FileError.
func (s *Store) view(ctx context.Context, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return classify("read", closedErr(guard(s.path, s.logger, "read", func() error { return s.db.View(fn) })))
}

// update runs fn in a write transaction, with the errors of view; a full disk, a read-only
// folder or a failing disk is a *FileError (ErrDiskFull, ErrReadOnly, ErrDamaged).
func (s *Store) update(ctx context.Context, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return classify("write", closedErr(guard(s.path, s.logger, "write", func() error { return s.db.Update(fn) })))
}

func closedErr(err error) error {
	if errors.Is(err, berrors.ErrDatabaseNotOpen) {
		return ErrClosed
	}
	return err
}

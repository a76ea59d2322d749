package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A data file can be damaged on the disk while SellerDesk is not running: cut short (a copy that
// stopped, a full disk of a sync tool), pages overwritten with zeros, bytes changed. bbolt reads
// the file through a memory map and trusts what it finds: a page beyond the end of a cut file is
// a SIGBUS that kills the process, and a page of garbage is a panic with a stack trace. So:
//
//   - checkFile reads the two meta pages itself before bbolt maps the file: the file must hold
//     every page the meta page counts, and the pages it names must be where it says;
//   - every read and write transaction runs under guard: a panic or a memory fault inside bbolt
//     becomes a *DamagedError (ErrDamaged), with the technical detail in the log;
//   - checkPages (pagecheck.go) reads every page in use the way bbolt's own consistency check
//     does, but through ReadAt with every offset bounds-checked (bbolt's tx.Check reads through
//     the memory map on a goroutine of its own: a damaged page faults the process there): at
//     Open when the file is small enough for it to be quick (verifyAtOpenMax), and on every
//     backup before it replaces the data file (Restore, VerifyFile);
//   - a box that no longer decodes is set aside (setaside.go) and the rest of the file opens.

// verifyAtOpenMax is the largest data file Open verifies completely (checkPages). Measured with
// `go run ./backend/bench` on the 2-core machine, warm cache: 81 MB (100,000 shipments) 180–220
// ms, 680 MB (1,000,000 shipments) 1.3–1.6 s, 9–12 MB of memory: up to 128 MB (about 150,000
// shipments) it adds at most about 0.3 s to a start; beyond, it would break the 1 s start.
// Larger files get the meta and size check at every Open, the guarded reads, and the full check
// before a restore.
const verifyAtOpenMax = 128 << 20

// bbolt's on-disk format (go.etcd.io/bbolt/internal/common), read without mapping the file.
// bbolt writes the machine's byte order; every platform SellerDesk ships for is little-endian.
const (
	boltMagic          = 0xED0CDAED
	boltVersion        = 2
	boltPageHeaderSize = 16
	boltMetaSize       = 64 // magic … txid (56 bytes), then the checksum
	boltBranchPage     = 0x01
	boltLeafPage       = 0x02
	boltFreelistPage   = 0x10
	boltNoFreelist     = ^uint64(0)
)

type boltMeta struct {
	magic, version, pageSize uint32
	root, freelist, pgid     uint64
	txid                     uint64
	sumOK                    bool
}

func parseMeta(page []byte) (boltMeta, bool) {
	if len(page) < boltPageHeaderSize+boltMetaSize {
		return boltMeta{}, false
	}
	m := page[boltPageHeaderSize:]
	le := binary.LittleEndian
	meta := boltMeta{magic: le.Uint32(m[0:]), version: le.Uint32(m[4:]), pageSize: le.Uint32(m[8:]),
		root: le.Uint64(m[16:]), freelist: le.Uint64(m[32:]), pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
	h := fnv.New64a()
	_, _ = h.Write(m[:56])
	meta.sumOK = h.Sum64() == le.Uint64(m[56:])
	return meta, meta.magic == boltMagic
}

func (m boltMeta) valid() bool {
	return m.magic == boltMagic && m.version == boltVersion && m.sumOK && m.pageSize >= 512 && m.pageSize <= 1<<20 &&
		m.pageSize&(m.pageSize-1) == 0
}

// checkFile checks, without mapping it, that the bbolt file at path is whole: a valid meta page
// (the one bbolt will use), every page it counts inside the file, and its root and freelist pages
// where it says. An empty or missing file passes (Open creates it). A file that never was a bbolt
// file is a *NotSellerDeskError; a bbolt file that fails a check is a *DamagedError.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return classify("open "+path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return classify("open "+path, err)
	}
	size := fi.Size()
	if size == 0 {
		return nil
	}
	damaged := func(format string, args ...any) error {
		return &DamagedError{Path: path, Reason: fmt.Sprintf(format, args...)}
	}
	readPage := func(off int64, n int) []byte {
		b := make([]byte, n)
		k, _ := f.ReadAt(b, off)
		return b[:k]
	}
	m, err := readMeta(f, size, path)
	if err != nil {
		return err
	}
	ps := int64(m.pageSize)
	if m.root < 2 || m.root >= m.pgid {
		return damaged("root page %d outside the file's %d pages", m.root, m.pgid)
	}
	if hdr := readPage(int64(m.root)*ps, boltPageHeaderSize); len(hdr) < boltPageHeaderSize ||
		binary.LittleEndian.Uint64(hdr) != m.root || binary.LittleEndian.Uint16(hdr[8:])&(boltBranchPage|boltLeafPage) == 0 {
		return damaged("root page %d is not a tree page", m.root)
	}
	if m.freelist != boltNoFreelist {
		if m.freelist < 2 || m.freelist >= m.pgid {
			return damaged("freelist page %d outside the file's %d pages", m.freelist, m.pgid)
		}
		hdr := readPage(int64(m.freelist)*ps, boltPageHeaderSize)
		if len(hdr) < boltPageHeaderSize || binary.LittleEndian.Uint64(hdr) != m.freelist ||
			binary.LittleEndian.Uint16(hdr[8:]) != boltFreelistPage ||
			m.freelist+uint64(binary.LittleEndian.Uint32(hdr[12:])) >= m.pgid {
			return damaged("freelist page %d is not a freelist page", m.freelist)
		}
	}
	return nil
}

// guard runs fn and turns a panic or a memory fault inside it (bbolt reading a damaged page)
// into a *DamagedError, logging the panic and its stack.
func guard(path string, logger *slog.Logger, op string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if logger != nil {
				logger.Error("store: damaged data file", "op", op, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			}
			err = &DamagedError{Path: path, Reason: fmt.Sprintf("%s: %v", op, r)}
		}
	}()
	return fn()
}

// openBoltGuarded opens path with openBoltWith after checkFile, under guard. A panic while bbolt
// opens the file (a damaged freelist) leaves no file handle, and so no file lock, behind.
func openBoltGuarded(path string, timeout time.Duration, readOnly bool, logger *slog.Logger,
	openFile func(string, int, os.FileMode) (*os.File, error)) (*bolt.DB, error) {
	if openFile == nil {
		openFile = os.OpenFile
	}
	if err := checkFile(path); err != nil {
		return nil, err
	}
	var files []*os.File
	var db *bolt.DB
	err := guard(path, logger, "open", func() error {
		var err error
		db, err = openBoltWith(path, timeout, readOnly, func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := openFile(name, flag, perm)
			if err == nil {
				files = append(files, f)
			}
			return f, err
		})
		return err
	})
	var damaged *DamagedError
	if errors.As(err, &damaged) {
		for _, f := range files {
			_ = f.Close()
		}
	}
	return db, err
}

// VerifyFile checks that the SellerDesk data file or backup at path is whole: checkFile, then
// every page of every bucket (checkPages). It reads the file without mapping it, so no damage can
// fault the process, and returns a *DamagedError, a *NotSellerDeskError or nil. It reads every
// page in use: about 1.5 s for a million shipments. The file must not be written meanwhile (Open
// runs it while holding the data file's lock).
func VerifyFile(ctx context.Context, path string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := checkFile(path); err != nil {
		return err
	}
	return checkPages(ctx, path)
}

package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"strings"
)

// checkPages is bbolt's consistency check (tx.Check) done safely: it follows every bucket's tree
// from the meta page through ReadAt, checking each page's header, every element's offsets against
// the page, the order of the keys and the child page ids, then that every page below the high
// water mark is either in use once or free, never both. bbolt's own check reads through the
// memory map on a goroutine of its own, where a damaged length or page id faults the whole
// process. Reading with ReadAt also keeps the pages out of the process's memory.
func checkPages(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return classify("check "+path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return classify("check "+path, err)
	}
	if fi.Size() == 0 {
		return nil
	}
	m, err := readMeta(f, fi.Size(), path)
	if err != nil {
		return err
	}
	c := &pageChecker{ctx: ctx, f: f, ps: int64(m.pageSize), high: m.pgid, used: make([]uint64, (m.pgid+63)/64),
		buf: make([]byte, m.pageSize)}
	c.use(0, 0)
	c.use(1, 0)
	free := make([]uint64, (m.pgid+63)/64)
	if m.freelist != boltNoFreelist {
		c.freelist(m.freelist, free)
	}
	c.tree(m.root, 0)
	if c.err != nil {
		return c.err
	}
	unreachable := 0
	for id := uint64(0); id < m.pgid && m.freelist != boltNoFreelist; id++ {
		// Without a freelist on disk (a backup, written with NoFreelistSync), bbolt counts every
		// page not in use as free.
		inUse, isFree := bit(c.used, id), bit(free, id)
		switch {
		case inUse && isFree:
			c.problem("page %d: in use and free", id)
		case !inUse && !isFree:
			if unreachable == 0 {
				c.problem("page %d: neither in use nor free", id)
			}
			unreachable++
		}
	}
	if unreachable > 1 {
		c.problem("%d pages neither in use nor free", unreachable)
	}
	if len(c.problems) > 0 {
		return &DamagedError{Path: path, Reason: "consistency check: " + strings.Join(c.problems, "; ")}
	}
	return nil
}

// maxPageProblems bounds what checkPages reports.
const maxPageProblems = 5

type pageChecker struct {
	ctx      context.Context
	f        *os.File
	ps       int64
	high     uint64
	used     []uint64
	buf      []byte
	problems []string
	pages    int
	err      error
}

func bit(set []uint64, id uint64) bool { return set[id>>6]&(1<<(id&63)) != 0 }

func (c *pageChecker) problem(format string, args ...any) {
	if len(c.problems) < maxPageProblems {
		c.problems = append(c.problems, fmt.Sprintf(format, args...))
	}
}

// use marks pages id…id+overflow in use; false when one was already (a page reachable twice).
func (c *pageChecker) use(id uint64, overflow uint64) bool {
	for p := id; p <= id+overflow; p++ {
		if bit(c.used, p) {
			c.problem("page %d: reachable twice", p)
			return false
		}
		c.used[p>>6] |= 1 << (p & 63)
	}
	return true
}

// page reads page id with its overflow pages; nil after a problem.
func (c *pageChecker) page(id uint64) []byte {
	if id < 2 || id >= c.high {
		c.problem("page id %d outside the file's %d pages", id, c.high)
		return nil
	}
	if c.pages++; c.pages%4096 == 0 && c.err == nil {
		c.err = c.ctx.Err()
	}
	if _, err := c.f.ReadAt(c.buf, int64(id)*c.ps); err != nil {
		c.problem("page %d: %v", id, err)
		return nil
	}
	if got := binary.LittleEndian.Uint64(c.buf); got != id {
		c.problem("page %d: header says page %d", id, got)
		return nil
	}
	overflow := uint64(binary.LittleEndian.Uint32(c.buf[12:]))
	if id+overflow >= c.high {
		c.problem("page %d: %d overflow pages run past the file's %d pages", id, overflow, c.high)
		return nil
	}
	if !c.use(id, overflow) {
		return nil
	}
	if overflow == 0 {
		return c.buf
	}
	p := make([]byte, int64(overflow+1)*c.ps)
	if _, err := c.f.ReadAt(p, int64(id)*c.ps); err != nil {
		c.problem("page %d: %v", id, err)
		return nil
	}
	return p
}

// freelist reads the freelist page and marks its ids in free.
func (c *pageChecker) freelist(id uint64, free []uint64) {
	p := c.page(id)
	if p == nil {
		return
	}
	if flags := binary.LittleEndian.Uint16(p[8:]); flags != boltFreelistPage {
		c.problem("freelist page %d has flags %#x", id, flags)
		return
	}
	p = bytes.Clone(p)
	off, n := uint64(boltPageHeaderSize), uint64(binary.LittleEndian.Uint16(p[10:]))
	if n == 0xFFFF {
		if len(p) < boltPageHeaderSize+8 {
			c.problem("freelist page %d: no count", id)
			return
		}
		n, off = binary.LittleEndian.Uint64(p[off:]), off+8
	}
	if n > uint64(len(p)-int(off))/8 {
		c.problem("freelist page %d: %d ids do not fit", id, n)
		return
	}
	for i := range n {
		fid := binary.LittleEndian.Uint64(p[off+8*i:])
		switch {
		case fid < 2 || fid >= c.high:
			c.problem("freelist: page id %d outside the file's %d pages", fid, c.high)
		case bit(free, fid):
			c.problem("freelist: page %d freed twice", fid)
		default:
			free[fid>>6] |= 1 << (fid & 63)
		}
	}
}

// tree checks the tree of pages rooted at id (a bucket's root page).
func (c *pageChecker) tree(id uint64, depth int) {
	if c.err != nil || depth > 64 {
		if depth > 64 {
			c.problem("page %d: tree deeper than 64", id)
		}
		return
	}
	p := c.page(id)
	if p == nil {
		return
	}
	switch flags := binary.LittleEndian.Uint16(p[8:]); flags {
	case boltBranchPage:
		children, ok := c.branch(id, bytes.Clone(p))
		if !ok {
			return
		}
		for _, child := range children {
			c.tree(child, depth+1)
		}
	case boltLeafPage:
		c.leaf(id, bytes.Clone(p), depth)
	default:
		c.problem("page %d: flags %#x, not a tree page", id, flags)
	}
}

// elements returns the number of 16-byte elements of page p, checking that they fit.
func (c *pageChecker) elements(id uint64, p []byte) (int, bool) {
	n := int(binary.LittleEndian.Uint16(p[10:]))
	if boltPageHeaderSize+16*n > len(p) {
		c.problem("page %d: %d elements do not fit", id, n)
		return 0, false
	}
	return n, true
}

// branch checks a branch page and returns its children.
func (c *pageChecker) branch(id uint64, p []byte) ([]uint64, bool) {
	n, ok := c.elements(id, p)
	if !ok {
		return nil, false
	}
	if n == 0 {
		c.problem("branch page %d has no elements", id)
		return nil, false
	}
	children := make([]uint64, 0, n)
	var prev []byte
	for i := range n {
		e := boltPageHeaderSize + 16*i
		pos, ksize := uint64(binary.LittleEndian.Uint32(p[e:])), uint64(binary.LittleEndian.Uint32(p[e+4:]))
		start := uint64(e) + pos
		if start+ksize > uint64(len(p)) {
			c.problem("branch page %d element %d: key outside the page", id, i)
			return nil, false
		}
		key := p[start : start+ksize]
		if i > 0 && bytes.Compare(prev, key) >= 0 {
			c.problem("branch page %d: keys out of order at element %d", id, i)
			return nil, false
		}
		prev = key
		children = append(children, binary.LittleEndian.Uint64(p[e+8:]))
	}
	return children, true
}

// leaf checks a leaf page (or a bucket's inline page) and the buckets it holds.
func (c *pageChecker) leaf(id uint64, p []byte, depth int) {
	n, ok := c.elements(id, p)
	if !ok {
		return
	}
	var prev []byte
	for i := range n {
		e := boltPageHeaderSize + 16*i
		flags := binary.LittleEndian.Uint32(p[e:])
		pos := uint64(binary.LittleEndian.Uint32(p[e+4:]))
		ksize := uint64(binary.LittleEndian.Uint32(p[e+8:]))
		vsize := uint64(binary.LittleEndian.Uint32(p[e+12:]))
		start := uint64(e) + pos
		if start+ksize+vsize > uint64(len(p)) {
			c.problem("leaf page %d element %d: key or value outside the page", id, i)
			return
		}
		key := p[start : start+ksize]
		if i > 0 && bytes.Compare(prev, key) >= 0 {
			c.problem("leaf page %d: keys out of order at element %d", id, i)
			return
		}
		prev = key
		if flags&0x01 == 0 { // not a bucket
			continue
		}
		v := p[start+ksize : start+ksize+vsize]
		if len(v) < 16 {
			c.problem("leaf page %d element %d: bucket header cut short", id, i)
			continue
		}
		if root := binary.LittleEndian.Uint64(v); root != 0 {
			c.tree(root, depth+1)
			continue
		}
		inline := v[16:]
		if len(inline) < boltPageHeaderSize || binary.LittleEndian.Uint16(inline[8:]) != boltLeafPage {
			c.problem("leaf page %d element %d: inline bucket is not a leaf", id, i)
			continue
		}
		c.leaf(id, inline, depth+1)
	}
}

// readMeta reads the meta page bbolt will use (see checkFile).
func readMeta(f *os.File, size int64, path string) (boltMeta, error) {
	damaged := func(format string, args ...any) error {
		return &DamagedError{Path: path, Reason: fmt.Sprintf(format, args...)}
	}
	readPage := func(off int64, n int) []byte {
		b := make([]byte, n)
		k, _ := f.ReadAt(b, off)
		return b[:k]
	}
	m0, magic0 := parseMeta(readPage(0, boltPageHeaderSize+boltMetaSize))
	pageSize := int64(os.Getpagesize())
	if m0.valid() {
		pageSize = int64(m0.pageSize)
	}
	m1, magic1 := parseMeta(readPage(pageSize, boltPageHeaderSize+boltMetaSize))
	if !magic0 && !magic1 {
		return boltMeta{}, &NotSellerDeskError{Path: path, Reason: "not a bbolt database"}
	}
	// bbolt uses the valid meta page with the higher transaction id.
	m := m0
	switch {
	case m0.valid() && m1.valid():
		if m1.txid > m0.txid {
			m = m1
		}
	case m1.valid():
		m = m1
	case !m0.valid():
		return boltMeta{}, damaged("both meta pages are invalid")
	}
	ps := int64(m.pageSize)
	if m.pgid < 4 || m.pgid > uint64(1<<62)/uint64(ps) {
		return boltMeta{}, damaged("meta page counts %d pages", m.pgid)
	}
	if need := int64(m.pgid) * ps; size < need {
		return boltMeta{}, damaged("file is cut short: %d bytes, its pages need %d", size, need)
	}
	return m, nil
}

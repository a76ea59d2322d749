package store

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
	"sellerdesk/backend/privatefile"
)

// The index is saved to sellerdesk.idx beside the data file, so that a start reads it in one go
// (about 110 MB at a million shipments, a few hundred milliseconds) instead of decoding every
// shipment. It is derived data and is trusted only when it matches the data file:
//
//   - the file names the data file's store_id and an index_token, 16 random bytes written to the
//     data file in the same transaction that empties index_pending, right after the index file
//     was written and synced. A data file restored from a backup, copied from elsewhere or
//     written by a crash between those two steps has another token: the index is rebuilt.
//   - every write transaction that changes a shipment also notes its key in index_pending, so
//     the changes made after the last save (the index is saved at Close, and during long syncs)
//     are replayed from the data file at the next start, even after a crash.
//   - a CRC-32C over the whole file catches a damaged file.
//
// Rebuilding decodes every shipment on every core (19.5 s per million on two cores).

// IndexFileName is the name of the saved index in the data folder.
const IndexFileName = "sellerdesk.idx"

// indexSaveEvery: an Apply that leaves this many keys pending saves the index, so that a crash
// costs at most that many shipments to replay at the next start.
const indexSaveEvery = 250_000

// indexMagic names the file format and the meaning of its bits: a file of another version (3: the
// 발송기한, the print and write-problem bits, the held bit is order.Shipment.Held and the order
// hashes of boxes.go) is not read but rebuilt.
const indexMagic = "SDIDX\x00\x00\x03"

func (s *Store) indexPath() string { return filepath.Join(s.dir, IndexFileName) }

// loadIndex sets s.index: a fresh index of a new file, the index a migration built (saved now),
// the saved index plus the pending changes, or else a rebuild from the shipments.
func (s *Store) loadIndex(ctx context.Context, built *index, schema int) error {
	switch {
	case schema == 0:
		s.index = newIndex(0)
		return nil
	case built != nil:
		s.index = built
		return s.saveIndexLocked(ctx)
	}
	var storeID, token []byte
	var pending [][]byte
	err := s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		storeID, token = bytes.Clone(meta.Get(metaStoreID)), bytes.Clone(meta.Get(metaIndexToken))
		return tx.Bucket(bucketIndexPending).ForEach(func(k, _ []byte) error {
			pending = append(pending, bytes.Clone(k))
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("store: load index: %w", err)
	}
	x, err := readIndexFile(s.indexPath(), storeID, token)
	if err == nil {
		if err = s.replay(ctx, x, pending); err == nil {
			s.index = x
			s.pendingIndex = len(pending)
			return nil
		}
	}
	if !errors.Is(err, os.ErrNotExist) {
		s.logger.Warn("saved index not usable: rebuilding it from the shipments", "err", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: load index: %w", err)
	}
	x, bad, err := s.rebuildIndex(ctx)
	if err != nil {
		return fmt.Errorf("store: rebuild index: %w", err)
	}
	// The boxes that no longer decode are set aside; the rest of the file opens.
	if s.setAsideAtOpen, err = s.setAsideDamagedBoxes(ctx, bad); err != nil {
		return err
	}
	s.index = x
	return s.saveIndexLocked(ctx)
}

// replay puts the shipments changed since the index was saved into it.
func (s *Store) replay(ctx context.Context, x *index, keys [][]byte) error {
	for len(keys) > 0 {
		n := min(len(keys), 4096)
		var rows []row
		err := s.view(ctx, func(tx *bolt.Tx) error {
			for _, k := range keys[:n] {
				var sh order.Shipment
				if err := s.getShipment(tx, string(k), &sh); err != nil {
					return fmt.Errorf("pending %s: %w", k, err)
				}
				rows = append(rows, newRow(&sh))
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := x.upsert(rows); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// rebuildIndex decodes every shipment into a new index, on every core, in read transactions of
// 50,000 keys. Between them the data file is reopened (only Open calls this, before anyone
// else holds the store): reading through bbolt's memory map keeps every page read in the
// process's resident memory until the map goes.
//
// The boxes that do not decode are left out and returned: the caller sets them aside.
func (s *Store) rebuildIndex(ctx context.Context) (*index, []damagedBox, error) {
	var total int
	if err := s.view(ctx, func(tx *bolt.Tx) error { total = boxCount(tx); return nil }); err != nil {
		return nil, nil, err
	}
	s.log("building the index", "shipments", total)
	x := newIndex(total)
	var after []byte
	var bad []damagedBox
	for done := 0; ; {
		n, last, damaged, err := s.rebuildChunk(ctx, x, after)
		if err != nil {
			return nil, nil, err
		}
		bad = append(bad, damaged...)
		if n == 0 {
			break
		}
		done += n
		s.progress(Progress{Stage: "index", Done: done, Total: max(total, done)})
		after = last
		if err := s.db.Close(); err != nil {
			return nil, nil, err
		}
		if s.db, err = openBolt(s.path, s.lockTimeout, false); err != nil {
			return nil, nil, err
		}
	}
	x.sortAll()
	s.progress(Progress{Stage: "index", Done: x.len(), Total: x.len()})
	return x, bad, nil
}

// rebuildChunk adds the boxes after the key after (all when nil), at most ten migration chunks
// of them (50,000), to x; it returns how many it read, the last key and the boxes that did not
// decode.
func (s *Store) rebuildChunk(ctx context.Context, x *index, after []byte) (int, []byte, []damagedBox, error) {
	var n int
	var last []byte
	var bad []damagedBox
	err := s.view(ctx, func(tx *bolt.Tx) error {
		type chunk struct {
			keys, vals [][]byte
			rows       []row
			bad        []damagedBox
			err        error
		}
		work := make(chan *chunk)
		done := make(chan *chunk, 4)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for c := range work {
					decodeChunk(s, c.keys, c.vals, &c.rows, &c.bad, &c.err)
					done <- c
				}
			}()
		}
		var collectErr error
		var collected sync.WaitGroup
		collected.Add(1)
		go func() {
			defer collected.Done()
			for c := range done {
				if c.err != nil && collectErr == nil {
					collectErr = c.err
				}
				if collectErr == nil {
					collectErr = x.addUnsorted(c.rows)
				}
				bad = append(bad, c.bad...)
			}
		}()
		cur := tx.Bucket(bucketBoxes).Cursor()
		var k, v []byte
		if after == nil {
			k, v = cur.First()
		} else if k, v = cur.Seek(after); k != nil && bytes.Equal(k, after) {
			k, v = cur.Next()
		}
		limit := 10 * defaultMigrateChunk
		if s.migrateChunk > 0 {
			limit = 10 * s.migrateChunk
		}
		var err error
		c := &chunk{}
		for ; k != nil && n < limit; k, v = cur.Next() {
			c.keys = append(c.keys, k)
			c.vals = append(c.vals, v)
			last = k
			n++
			if len(c.vals) == 2048 {
				if err = ctx.Err(); err != nil {
					break
				}
				work <- c
				c = &chunk{}
			}
		}
		last = bytes.Clone(last)
		if len(c.vals) > 0 && err == nil {
			work <- c
		}
		close(work)
		wg.Wait()
		close(done)
		collected.Wait()
		if err != nil {
			return err
		}
		return collectErr
	})
	return n, last, bad, err
}

// decodeChunk decodes boxes (keys[i] → vals[i], memory of the open read transaction) into index
// rows; a box that does not decode goes to bad. A panic or a memory fault (a value pointing
// outside a damaged file) ends the chunk with a *DamagedError in errp: this runs on a worker
// goroutine, where nothing else would recover it.
func decodeChunk(s *Store, keys, vals [][]byte, rows *[]row, bad *[]damagedBox, errp *error) {
	*errp = guard(s.path, s.logger, "decode boxes", func() error {
		*rows = make([]row, 0, len(vals))
		for i, v := range vals {
			ship, _, err := s.codec.decodeBox(v, nil)
			var sh order.Shipment
			if err == nil {
				err = json.Unmarshal(ship, &sh)
			}
			if err == nil && (sh.Key() != string(keys[i]) || clean(sh.ID) != sh.ID) {
				err = fmt.Errorf("box holds shipment %q", sh.Key())
			}
			if err != nil {
				*bad = append(*bad, damagedBox{key: string(keys[i]), reason: err.Error(), box: bytes.Clone(v)})
				continue
			}
			*rows = append(*rows, newRow(&sh))
		}
		return nil
	})
}

// addUnsorted adds rows of new keys without keeping order sorted (sortAll sorts at the end).
func (x *index) addUnsorted(rows []row) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	for i := range rows {
		if _, ok := x.keys.lookup(rows[i].key); ok {
			return fmt.Errorf("key %s twice", rows[i].key)
		}
		if _, err := x.add(&rows[i]); err != nil {
			return err
		}
	}
	return nil
}

// sortAll puts every slot into order.
func (x *index) sortAll() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.order = x.order[:0]
	for s := range x.paid {
		x.order = append(x.order, uint32(s))
	}
	slices.SortFunc(x.order, x.compareOrder)
}

// indexCommitted puts the rows of a committed write into the index, and saves the index when
// many keys are pending. The caller holds writeMu.
func (s *Store) indexCommitted(rows []row) error {
	if len(rows) == 0 {
		return nil
	}
	if err := s.index.upsert(rows); err != nil {
		return err
	}
	s.pendingIndex += len(rows)
	if s.pendingIndex >= indexSaveEvery {
		if err := s.saveIndexLocked(context.Background()); err != nil {
			s.logger.Warn("saving the index", "err", err)
		}
	}
	return nil
}

// saveIndexLocked writes the index file, then records its token and empties index_pending in
// one transaction. The caller holds writeMu, so no write happens in between.
func (s *Store) saveIndexLocked(ctx context.Context) error {
	x := s.index
	var storeID []byte
	if err := s.db.View(func(tx *bolt.Tx) error {
		storeID = bytes.Clone(tx.Bucket(bucketMeta).Get(metaStoreID))
		return nil
	}); err != nil {
		return fmt.Errorf("store: save index: %w", closedErr(err))
	}
	token := randomToken()
	x.mu.Lock()
	if x.garbage > 0 {
		x.compact()
	}
	x.mu.Unlock()
	x.mu.RLock()
	err := privatefile.Write(s.indexPath(), func(w io.Writer) error {
		return x.writeTo(w, storeID, token)
	})
	x.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("store: save index: %w", err)
	}
	err = s.update(ctx, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketIndexPending); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketIndexPending); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(metaBoxCount, binary.BigEndian.AppendUint64(nil, uint64(x.len()))); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(metaIndexToken, token)
	})
	if err != nil {
		return fmt.Errorf("store: save index: %w", err)
	}
	s.pendingIndex = 0
	return nil
}

// ---- file format ----
//
//	magic (8 bytes), store id (16), token (16)
//	u32 counts: slots, order, dig, txt, multi, line text, line offsets, others
//	arrays, little-endian: paid, due (i64 × slots), ord (u64 × slots), attr, digOff, txtOff, prod (u32 × slots),
//	order, multi (u32), dig, txt, line text (bytes), line offsets (u32),
//	others: per entry u32 slot, u8 count, then count × (u8 length, code)
//	u32 CRC-32C of everything before

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

type crcWriter struct {
	w   *bufio.Writer
	crc hash.Hash32
	err error
	buf [8]byte
}

func (c *crcWriter) write(b []byte) {
	if c.err != nil {
		return
	}
	c.crc.Write(b)
	_, c.err = c.w.Write(b)
}

func (c *crcWriter) bytes(b []byte) { c.write(b) }

func (c *crcWriter) u32(v uint32) {
	binary.LittleEndian.PutUint32(c.buf[:4], v)
	c.write(c.buf[:4])
}

func (c *crcWriter) u32s(vs []uint32) {
	var b [4096]byte
	for len(vs) > 0 {
		n := min(len(vs), len(b)/4)
		for i, v := range vs[:n] {
			binary.LittleEndian.PutUint32(b[4*i:], v)
		}
		c.write(b[:4*n])
		vs = vs[n:]
	}
}

func (c *crcWriter) i64s(vs []int64)  { writeWords64(c, vs) }
func (c *crcWriter) u64s(vs []uint64) { writeWords64(c, vs) }

// writeWords64 writes 8-byte words, little-endian (an int64 as its two's complement).
func writeWords64[T int64 | uint64](c *crcWriter, vs []T) {
	var b [4096]byte
	for len(vs) > 0 {
		n := min(len(vs), len(b)/8)
		for i, v := range vs[:n] {
			binary.LittleEndian.PutUint64(b[8*i:], uint64(v))
		}
		c.write(b[:8*n])
		vs = vs[n:]
	}
}

func (x *index) writeTo(w io.Writer, storeID, token []byte) error {
	c := &crcWriter{w: bufio.NewWriterSize(w, 1<<20), crc: crc32.New(castagnoli)}
	var others []byte
	slots := make([]uint32, 0, len(x.others))
	for s := range x.others {
		slots = append(slots, s)
	}
	slices.Sort(slots)
	for _, s := range slots {
		codes := x.others[s][:min(len(x.others[s]), 255)]
		others = binary.LittleEndian.AppendUint32(others, s)
		others = append(others, byte(len(codes)))
		for _, code := range codes {
			code = code[:min(len(code), 255)]
			others = append(append(others, byte(len(code))), code...)
		}
	}
	c.write([]byte(indexMagic))
	c.write(storeID)
	c.write(token)
	for _, n := range []int{len(x.paid), len(x.order), len(x.dig), len(x.txt), len(x.multi), len(x.lines.text), len(x.lines.offs), len(others), len(x.keys.slots)} {
		c.u32(uint32(n))
	}
	binary.LittleEndian.PutUint64(c.buf[:8], x.keys.seed)
	c.write(c.buf[:8])
	x.columns(c, others)
	if c.err != nil {
		return c.err
	}
	binary.LittleEndian.PutUint32(c.buf[:4], c.crc.Sum32())
	if _, err := c.w.Write(c.buf[:4]); err != nil {
		return err
	}
	return c.w.Flush()
}

// columnIO writes (crcWriter) or reads (crcReader) one array of the index file.
type columnIO interface {
	i64s([]int64)
	u64s([]uint64)
	u32s([]uint32)
	bytes([]byte)
}

// columns writes or reads the index's arrays in the order the file holds them after the counts
// and the seed (see the format above), others being the encoded findings: writeTo and
// readIndexFile both walk this one list.
func (x *index) columns(c columnIO, others []byte) {
	c.i64s(x.paid)
	c.i64s(x.due)
	c.u64s(x.ord)
	c.u32s(x.attr)
	c.u32s(x.digOff)
	c.u32s(x.txtOff)
	c.u32s(x.prod)
	c.u32s(x.order)
	c.u32s(x.multi)
	c.bytes(x.dig)
	c.bytes(x.txt)
	c.bytes(x.lines.text)
	c.u32s(x.lines.offs)
	c.bytes(others)
	c.u32s(x.keys.slots)
}

var errIndexFile = errors.New("index file does not match")

type crcReader struct {
	r   *bufio.Reader
	crc uint32
	err error
	buf [4096]byte
}

func (c *crcReader) read(b []byte) {
	if c.err != nil {
		return
	}
	if _, err := io.ReadFull(c.r, b); err != nil {
		c.err = err
		return
	}
	c.crc = crc32.Update(c.crc, castagnoli, b)
}

func (c *crcReader) bytes(b []byte) { c.read(b) }

func (c *crcReader) u32() uint32 {
	c.read(c.buf[:4])
	return binary.LittleEndian.Uint32(c.buf[:4])
}

func (c *crcReader) u32s(vs []uint32) {
	for i := 0; i < len(vs) && c.err == nil; {
		n := min(len(vs)-i, len(c.buf)/4)
		c.read(c.buf[:4*n])
		for j := range n {
			vs[i+j] = binary.LittleEndian.Uint32(c.buf[4*j:])
		}
		i += n
	}
}

func (c *crcReader) i64s(vs []int64)  { readWords64(c, vs) }
func (c *crcReader) u64s(vs []uint64) { readWords64(c, vs) }

// readWords64 reads 8-byte words, little-endian (writeWords64).
func readWords64[T int64 | uint64](c *crcReader, vs []T) {
	for i := 0; i < len(vs) && c.err == nil; {
		n := min(len(vs)-i, len(c.buf)/8)
		c.read(c.buf[:8*n])
		for j := range n {
			vs[i+j] = T(binary.LittleEndian.Uint64(c.buf[8*j:]))
		}
		i += n
	}
}

// readIndexFile loads a saved index; it fails (os.ErrNotExist, errIndexFile) unless the file is
// whole and names this store id and token.
func readIndexFile(path string, storeID, token []byte) (*index, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := fi.Size()
	c := &crcReader{r: bufio.NewReaderSize(f, 1<<20)}
	head := make([]byte, len(indexMagic)+32)
	c.read(head)
	if c.err != nil || string(head[:len(indexMagic)]) != indexMagic || len(storeID) != 16 || len(token) != 16 ||
		!bytes.Equal(head[len(indexMagic):len(indexMagic)+16], storeID) || !bytes.Equal(head[len(indexMagic)+16:], token) {
		return nil, fmt.Errorf("%w: another store, another save or not an index file", errIndexFile)
	}
	var n [9]int
	sum := int64(len(head)) + 4*9 + 8 + 4
	for i := range n {
		n[i] = int(c.u32())
	}
	var seed [8]byte
	c.read(seed[:])
	nSlots := n[0]
	sum += int64(nSlots)*(8+8+8+4*4) + 4*int64(n[1]+n[4]+n[6]+n[8]) + int64(n[2]+n[3]+n[5]+n[7])
	if c.err != nil || sum != size || n[1] != nSlots || nSlots > maxSlots || n[6] < 1 || n[8] < 2*nSlots || n[8]&(n[8]-1) != 0 {
		return nil, fmt.Errorf("%w: sizes do not add up", errIndexFile)
	}
	x := &index{
		paid: make([]int64, nSlots), due: make([]int64, nSlots), ord: make([]uint64, nSlots), attr: make([]uint32, nSlots), digOff: make([]uint32, nSlots),
		txtOff: make([]uint32, nSlots), prod: make([]uint32, nSlots), order: make([]uint32, n[1]),
		multi: make([]uint32, n[4]), dig: make([]byte, n[2]), txt: make([]byte, n[3]),
		others: map[uint32][]order.FindingCode{}, c: newCounters(),
		lines: lineDict{text: make([]byte, n[5]), offs: make([]uint32, n[6]), ids: map[string]uint32{}},
	}
	x.keys = keyTable{x: x, seed: binary.LittleEndian.Uint64(seed[:]), slots: make([]uint32, n[8]), n: nSlots}
	others := make([]byte, n[7])
	x.columns(c, others)
	want := c.crc
	var tail [4]byte
	if _, err := io.ReadFull(c.r, tail[:]); c.err != nil || err != nil || binary.LittleEndian.Uint32(tail[:]) != want {
		return nil, fmt.Errorf("%w: damaged (checksum)", errIndexFile)
	}
	if err := x.check(others); err != nil {
		return nil, fmt.Errorf("%w: %v", errIndexFile, err)
	}
	return x, nil
}

// check validates a loaded index (offsets inside the arenas and line lists, slots in order and
// in the key table once each; the records themselves are covered by the checksum) and builds what
// is not saved: the line dictionary's map and the counters.
func (x *index) check(others []byte) error {
	n := len(x.paid)
	nLines := uint32(len(x.lines.offs) - 1)
	for s := range n {
		if int(x.digOff[s])+slotBytes >= len(x.dig) || (x.txtOff[s] != noRecord && int(x.txtOff[s])+slotBytes >= len(x.txt)) {
			return errors.New("record offset out of range")
		}
		switch p := x.prod[s]; {
		case p == noLines:
		case p&multiFlag == 0:
			if p >= nLines {
				return errors.New("line id out of range")
			}
		default:
			off := int(p &^ multiFlag)
			if off >= len(x.multi) || off+1+int(x.multi[off]) > len(x.multi) {
				return errors.New("line list out of range")
			}
			for _, id := range x.multi[off+1 : off+1+int(x.multi[off])] {
				if id >= nLines {
					return errors.New("line id out of range")
				}
			}
		}
	}
	seen := make([]uint64, (n+63)/64)
	for _, s := range x.order {
		if int(s) >= n || seen[s>>6]&(1<<(s&63)) != 0 {
			return errors.New("order is not a permutation")
		}
		seen[s>>6] |= 1 << (s & 63)
	}
	clear(seen)
	inTable := 0
	for _, v := range x.keys.slots {
		if v == 0 {
			continue
		}
		if s := v - 1; int(s) >= n || seen[s>>6]&(1<<(s&63)) != 0 {
			return errors.New("key table is not a permutation")
		} else {
			seen[s>>6] |= 1 << (s & 63)
		}
		inTable++
	}
	if inTable != n {
		return errors.New("key table misses slots")
	}
	if x.lines.offs[0] != 0 || int(x.lines.offs[len(x.lines.offs)-1]) != len(x.lines.text) {
		return errors.New("line offsets out of range")
	}
	for i := 0; i < x.lines.len(); i++ {
		if x.lines.offs[i] > x.lines.offs[i+1] {
			return errors.New("line offsets out of order")
		}
		x.lines.ids[string(x.lines.entry(i))] = uint32(i)
	}
	for len(others) > 0 {
		if len(others) < 5 {
			return errors.New("others truncated")
		}
		s, cnt := binary.LittleEndian.Uint32(others), int(others[4])
		others = others[5:]
		if int(s) >= n {
			return errors.New("others slot out of range")
		}
		var codes []order.FindingCode
		for range cnt {
			if len(others) < 1 || len(others) < 1+int(others[0]) {
				return errors.New("others truncated")
			}
			codes = append(codes, order.FindingCode(others[1:1+others[0]]))
			others = others[1+others[0]:]
		}
		x.others[s] = codes
	}
	for s := range n {
		x.c.add(x, uint32(s), 1)
	}
	x.orders.rebuild(x)
	return nil
}

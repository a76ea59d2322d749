package store

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"

	"github.com/klauspost/compress/zstd"
)

// A box is one stored shipment: its JSON (order.Shipment) and the marketplace's raw payload,
// compressed together in one zstd frame. Both are kept together because the raw payload repeats
// most of the shipment's values (names, address, ids, products), which zstd then stores once,
// and because every change that rewrites one (a sync, a seller action, masking) reads the other.
//
// Format 1:
//
//	byte   1 (the format)
//	zstd frame with dictionary boxDictID of: uvarint len(shipment JSON), shipment JSON, raw JSON
//
// The dictionary (boxdict1.bin, raw content) holds the field names and typical values of our
// shipment JSON and of the two marketplaces' payloads. A box is 1–4 KB of JSON; without a
// dictionary zstd has too little input to learn from, with it a box shrinks about five times.
// The dictionary is part of the file format: it must never change (TestBoxDictionaryIsFrozen).
// A better one would get a new ID and a new format byte, keeping this one for reading.
const (
	boxFormat1 = 1
	boxDictID  = 1
	// maxBoxJSON bounds what a box may decode to, so a damaged frame cannot allocate much.
	maxBoxJSON = 64 << 20
)

//go:embed boxdict1.bin
var boxDict1 []byte

// boxDict1SHA256 pins the dictionary: changing it would make every stored box unreadable.
const boxDict1SHA256 = "360250808c76343d2bd765deeb76ccf6a2ff9b4d1caead3d8f86a7a706a181a8"

func boxDictHash() string {
	h := sha256.Sum256(boxDict1)
	return hex.EncodeToString(h[:])
}

// codec compresses and decompresses boxes. It is safe for concurrent use.
type codec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

func newCodec() (*codec, error) {
	n := runtime.GOMAXPROCS(0)
	enc, err := zstd.NewWriter(nil,
		zstd.WithEncoderLevel(zstd.SpeedFastest),
		zstd.WithEncoderConcurrency(n),
		zstd.WithEncoderCRC(true),
		zstd.WithEncoderDictRaw(boxDictID, boxDict1))
	if err != nil {
		return nil, fmt.Errorf("store: zstd encoder: %w", err)
	}
	dec, err := zstd.NewReader(nil,
		zstd.WithDecoderConcurrency(n),
		zstd.WithDecoderMaxMemory(maxBoxJSON),
		zstd.WithDecoderDictRaw(boxDictID, boxDict1))
	if err != nil {
		enc.Close()
		return nil, fmt.Errorf("store: zstd decoder: %w", err)
	}
	return &codec{enc: enc, dec: dec}, nil
}

func (c *codec) close() {
	_ = c.enc.Close()
	c.dec.Close()
}

// encodeBox compresses a shipment's JSON and raw payload into one stored value. scratch is
// reused for the uncompressed bytes and may be nil.
func (c *codec) encodeBox(ship, raw []byte, scratch []byte) (box, nextScratch []byte) {
	plain := binary.AppendUvarint(scratch[:0], uint64(len(ship)))
	plain = append(append(plain, ship...), raw...)
	out := make([]byte, 1, 1+len(plain)/3+64)
	out[0] = boxFormat1
	return c.enc.EncodeAll(plain, out), plain
}

var errBoxDamaged = errors.New("damaged box")

// decodeBox returns the shipment JSON and raw payload of a stored value. They share one
// freshly allocated buffer (scratch is reused when big enough); the caller may keep them.
func (c *codec) decodeBox(box, scratch []byte) (ship, raw []byte, err error) {
	if len(box) < 2 || box[0] != boxFormat1 {
		return nil, nil, fmt.Errorf("%w: unknown format", errBoxDamaged)
	}
	plain, err := c.dec.DecodeAll(box[1:], scratch[:0])
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", errBoxDamaged, err)
	}
	n, w := binary.Uvarint(plain)
	if w <= 0 || n > uint64(len(plain)-w) {
		return nil, nil, fmt.Errorf("%w: bad shipment length", errBoxDamaged)
	}
	ship = plain[w : w+int(n) : w+int(n)]
	raw = plain[w+int(n):]
	if len(raw) == 0 {
		raw = nil
	}
	return ship, raw, nil
}

package store

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// framesContaining decodes every zstd frame found anywhere in a file (live boxes, and old
// versions left in free pages) and reports whether any holds want.
func framesContaining(t *testing.T, path string, want string) bool {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	magic := []byte{0x28, 0xb5, 0x2f, 0xfd}
	for i := 0; ; {
		j := bytes.Index(data[i:], magic)
		if j < 0 {
			return false
		}
		i += j
		dec, err := zstd.NewReader(bytes.NewReader(data[i:]), zstd.WithDecoderConcurrency(1), zstd.WithDecoderDictRaw(boxDictID, boxDict1))
		require.NoError(t, err)
		out, _ := io.ReadAll(io.LimitReader(dec, 1<<20))
		dec.Close()
		if bytes.Contains(out, []byte(want)) {
			return true
		}
		i++
	}
}

// TestBackupAfterMaskingHoldsNoOldVersion: a backup made after masking holds no earlier
// (unmasked) version of a box anywhere in the file, not even in free pages; one made before
// does (so the scan can see them).
func TestBackupAfterMaskingHoldsNoOldVersion(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	now := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	s, err := Open(ctx, dir, Options{Now: func() time.Time { return now }})
	require.NoError(t, err)
	defer s.Close()
	sh := order.Shipment{Marketplace: order.Coupang, ID: "77", OrderID: "O77", Status: order.StatusDelivered, ChangedAt: now,
		PaidAt: now.Add(-time.Hour), Receiver: order.Receiver{Name: "윤비밀", Phone: "010-7777-8888", Address1: "부산광역시 해운대구 비밀로 7"},
		Lines: []order.Line{{ProductName: "캐슈넛", Quantity: 1}}}
	raw := []byte(`{"receiver":{"name":"윤비밀","safeNumber":"0502-7777-8888"},"parcelPrintMessage":"경비실 비밀"}`)
	for i := range 5 { // versions that leave old pages behind
		sh.Lines[0].Quantity = i + 1
		_, err = s.Apply(ctx, Batch{Records: []Record{{Shipment: sh, Raw: raw}}}, nil)
		require.NoError(t, err)
	}
	before := filepath.Join(t.TempDir(), "before.db")
	_, err = s.BackupToFile(ctx, before)
	require.NoError(t, err)
	assert.True(t, framesContaining(t, before, "윤비밀"), "the scan finds the name before masking")

	res, err := s.MaskPersonalData(ctx, now.Add(24*time.Hour), "system", "test")
	require.NoError(t, err)
	assert.Equal(t, MaskResult{Masked: 1}, res)
	after := filepath.Join(t.TempDir(), "after.db")
	_, err = s.BackupToFile(ctx, after)
	require.NoError(t, err)
	for _, v := range []string{"윤비밀", "7777-8888", "비밀로 7", "경비실 비밀"} {
		assert.False(t, framesContaining(t, after, v), "%q in the backup made after masking", v)
	}
	got, err := s.Shipment(ctx, "coupang/77")
	require.NoError(t, err)
	assert.Equal(t, "윤**", got.Receiver.Name)
	r, err := s.RawPayload(ctx, "coupang/77")
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(r, &m))
	assert.Equal(t, map[string]any{"name": "윤**", "safeNumber": "050*-****-****"}, m["receiver"])
	assert.Equal(t, "***", m["parcelPrintMessage"])
}

func TestMaskers(t *testing.T) {
	assert.Equal(t, "김**", maskName("김민준"))
	assert.Equal(t, "K****", maskName("Kim M"))
	assert.Equal(t, "이*", maskName("이*"), "already masked by the marketplace")
	assert.Equal(t, "", maskName(""))
	assert.Equal(t, "010-****-****", maskPhone("010-1234-5678"))
	assert.Equal(t, "+82-1*-****-****", maskPhone("+82-10-1234-5678"))
	assert.Equal(t, "서울특별시 강남구 ***", maskAddress("서울특별시 강남구 테헤란로 1"))
	assert.Equal(t, "세종특별자치시 ***", maskAddress("세종특별자치시 한누리대로"))
	assert.Equal(t, "062**", maskZip("06236"))
	assert.Equal(t, "", maskAll(" "))
	raw := maskRaw([]byte(`{"productName":"name","n":642538970006401429,"items":[{"name":"상품","sellerProductName":"캐슈넛"}],"receiver":{"name":"홍길동"},"memo":"홍길동님 집"}`),
		&order.Shipment{Receiver: order.Receiver{Name: "홍길동"}})
	assert.JSONEq(t, `{"productName":"name","n":642538970006401429,"items":[{"name":"상품","sellerProductName":"캐슈넛"}],"receiver":{"name":"홍**"},"memo":"***님 집"}`, string(raw))
	assert.Equal(t, "{}", string(maskRaw([]byte(`{not json`), &order.Shipment{})))
}

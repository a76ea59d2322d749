package store

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

func sampleSummaries() []Summary {
	seoul := order.KST()
	return []Summary{
		{},
		{Key: "naver/1", Market: order.Naver, ID: "1", Status: order.StatusPaid, PaidAt: time.Date(2026, 3, 1, 10, 0, 0, 123, seoul)},
		{
			Key: "coupang/642538970006401429", Market: order.Coupang, ID: "642538970006401429", OrderID: "9100041863244",
			Status: order.StatusAcknowledged, MarketStatus: "INSTRUCT", PaidAt: time.Date(2024, 4, 8, 13, 54, 56, 0, time.UTC),
			ReceiverName: "이*주", Phone: "0502-4***-3501", Product: "신서리티 델타 구운 캐슈넛 / 1개 160g 외 1건", Units: 5,
			Findings: []order.FindingCode{order.BundleMultiplier, order.AddressChanged}, Blocked: true, Warned: true,
			search: "이*주\x00050243501\x00",
		},
		{Key: "naver/2", PaidAt: time.Date(1999, 12, 31, 23, 0, 0, 0, time.FixedZone("", -5*3600))},
	}
}

func TestSummaryRoundTrip(t *testing.T) {
	for _, s := range sampleSummaries() {
		got, err := decodeSummary(encodeSummary(s))
		require.NoError(t, err)
		assert.True(t, s.PaidAt.Equal(got.PaidAt))
		_, wantOff := s.PaidAt.Zone()
		_, gotOff := got.PaidAt.Zone()
		assert.Equal(t, wantOff, gotOff)
		s.PaidAt, got.PaidAt = time.Time{}, time.Time{}
		assert.Equal(t, s, got)
	}
}

func TestDecodeSummaryRejectsDamage(t *testing.T) {
	good := encodeSummary(sampleSummaries()[2])
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"one byte", []byte{1}},
		{"unknown format", append([]byte{9}, good[1:]...)},
		{"unknown flag", append([]byte{1, 0x80}, good[2:]...)},
		{"truncated", good[:len(good)-3]},
		{"trailing bytes", append(append([]byte(nil), good...), 0)},
		{"huge string length", []byte{1, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f}},
		{"huge finding count", append(encodeSummary(Summary{})[:len(encodeSummary(Summary{}))-1], 0xff, 0xff, 0x03)},
		{"invalid UTF-8", []byte{1, 0, 0, 2, 0xff, 0xfe}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeSummary(tt.b)
			assert.Error(t, err)
		})
	}
}

func TestSummarize(t *testing.T) {
	sh := order.Shipment{
		Marketplace: order.Coupang, ID: "7", OrderID: "O7", Status: order.StatusPaid,
		Receiver: order.Receiver{Name: "Kim 민수", Phone: "010-1234-5678", Phone2: "02-555-0000"},
		Lines: []order.Line{
			{ProductName: "캐슈넛", OptionName: "160g", Quantity: 2, BundleSize: 5, ExposedName: "캐슈넛 5개"},
			{ExposedName: "사은품 파우치", Quantity: 1},
		},
		Findings: []order.Finding{
			{Code: order.BundleMultiplier, Severity: order.Warn},
			{Code: order.BundleMultiplier, Severity: order.Warn, Line: 1},
			{Code: order.OptionNameMismatch, Severity: order.Block, Resolution: &order.Resolution{Kind: order.Overridden}},
		},
	}
	s := summarize(&sh)
	assert.Equal(t, "캐슈넛 / 160g 외 1건", s.Product)
	assert.Equal(t, 11, s.Units)
	assert.Equal(t, []order.FindingCode{order.BundleMultiplier}, s.Findings)
	assert.False(t, s.Blocked, "the blocking finding was overridden")

	// An open claim is the marketplace's to clear: a resolution on it (an older version let the
	// seller record one) neither unblocks nor hides it.
	sh.Findings = append(sh.Findings, order.Finding{Code: order.ClaimOpen, Severity: order.Block,
		Resolution: &order.Resolution{Kind: order.Resolved}})
	s = summarize(&sh)
	assert.True(t, s.Blocked)
	assert.Equal(t, []order.FindingCode{order.BundleMultiplier, order.ClaimOpen}, s.Findings)
	assert.True(t, s.Warned)
	assert.Contains(t, s.search, "kim 민수")
	assert.Contains(t, s.search, "01012345678")
	assert.Contains(t, s.search, "025550000")
	assert.Contains(t, s.search, "사은품 파우치")

	sh.Lines = []order.Line{{ExposedName: "이름만 있는 상품", Quantity: 1}}
	assert.Equal(t, "이름만 있는 상품", summarize(&sh).Product)
}

// FuzzDecodeSummary feeds arbitrary bytes (as if read from a damaged file) to the summary
// decoder: it must never panic, and whatever it accepts must survive an encode/decode round trip.
func FuzzDecodeSummary(f *testing.F) {
	for _, s := range sampleSummaries() {
		f.Add(encodeSummary(s))
	}
	f.Add([]byte{})
	f.Add([]byte{1, 4, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := decodeSummary(b)
		if err != nil {
			return
		}
		again, err := decodeSummary(encodeSummary(s))
		require.NoError(t, err)
		assert.True(t, s.PaidAt.Equal(again.PaidAt))
		s.PaidAt, again.PaidAt = time.Time{}, time.Time{}
		assert.Equal(t, s, again)
	})
}

func TestSchemaVersionMatchesMigrations(t *testing.T) {
	assert.Len(t, schemaMigrations(), SchemaVersion)
}

// Summaries of format 1 (no line count) are rebuilt from the shipments when the store opens.
func TestOldSummaryFormatIsRebuiltOnOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir, Options{})
	require.NoError(t, err)
	sh := order.Shipment{Marketplace: order.Naver, ID: "1", OrderID: "O1", Status: order.StatusPaid,
		Lines: []order.Line{{ItemID: "a", ProductName: "현미", Quantity: 1}, {ItemID: "b", ProductName: "감귤", Quantity: 2}}}
	_, err = s.Apply(ctx, Batch{Records: []Record{{Shipment: sh}}}, nil)
	require.NoError(t, err)
	// write the summary as format 1 had it: version 1, no line count after the units
	v1 := encodeSummary(summarize(&sh))
	r := summaryReader{b: string(v1[2:])}
	r.uvarint() // units (no PaidAt in this shipment)
	unitsLen := len(v1[2:]) - len(r.b)
	v1 = append(append([]byte{1, v1[1]}, v1[2:2+unitsLen]...), v1[2+unitsLen+1:]...)
	require.NoError(t, s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketSummaries).Put([]byte(sh.Key()), v1) }))
	require.NoError(t, s.Close())

	s, err = Open(ctx, dir, Options{})
	require.NoError(t, err)
	defer s.Close()
	page, err := s.List(ctx, Filter{})
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assert.Equal(t, 2, page.Items[0].Lines)
	assert.Equal(t, "현미 외 1건", page.Items[0].Product)
}

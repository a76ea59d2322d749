package export

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var goldenDir = filepath.Join("..", "..", "testdata", "export")

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sample is a small store's worth of shipments: a Coupang bundle with a resolved and an open
// finding, a changed receiver, a stop-shipment claim and a 발송기한; a Naver product order with a
// 희망일배송 day; a buyer name that looks like a formula.
func sample() []order.Shipment {
	prev := order.Receiver{Name: "이*주", Phone: "0502-4123-3501", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 152", Address2: "12층"}
	return []order.Shipment{
		{
			Marketplace: order.Coupang, ID: "642538970006401429", OrderID: "9100041863244", Status: order.StatusAcknowledged,
			MarketStatus: "INSTRUCT", OrderedAt: at("2026-11-20T09:58:01+09:00"), PaidAt: at("2026-11-20T09:58:12+09:00"),
			AcknowledgedAt: at("2026-11-20T11:00:00+09:00"), OrdererName: "이*주", ShipBy: at("2026-11-23T23:59:59+09:00"),
			Receiver: order.Receiver{Name: "이*주", Phone: "0502-4123-3501", Zip: "48058", Address1: "부산광역시 해운대구 센텀중앙로 97",
				Address2: "1203호", Message: "문 앞에 놓아주세요, \"경비실\" 말고"},
			PreviousReceiver: &prev,
			Lines: []order.Line{{ItemID: "85872453655", ProductID: "7313251147", ProductName: "신서리티 델타 구운 캐슈넛 160g",
				OptionName: "1개 160g", ExposedName: "신서리티 델타 구운 캐슈넛, 5개, 160g", FirstOptionName: "1개 160g",
				Quantity: 2, HeldQty: 1, BundleSize: 5, UnitPrice: 41000, TotalPrice: 82000}},
			ShippingFee: 0,
			Claim: &order.Claim{Type: order.ClaimCancel, MarketStatus: "RU", RequestedAt: at("2026-11-20T12:00:00+09:00"),
				Reason: "단순 변심", Open: true},
			Findings: []order.Finding{
				{Code: order.BundleMultiplier, Severity: order.Warn, Message: "묶음 상품입니다. 5개씩 포장하세요.", Line: 0,
					RaisedAt:   at("2026-11-20T10:05:00+09:00"),
					Resolution: &order.Resolution{Kind: order.Resolved, By: "seller", At: at("2026-11-20T10:30:00+09:00")}},
				{Code: order.AddressChanged, Severity: order.Block, Message: "배송지가 바뀌었습니다. 새 주소를 확인하세요.", Line: -1,
					RaisedAt: at("2026-11-20T11:05:00+09:00"),
					Evidence: []order.Evidence{{Field: "address", Old: "서울특별시 강남구 테헤란로 152 12층", New: "부산광역시 해운대구 센텀중앙로 97 1203호"}}},
			},
			FirstSeenAt: at("2026-11-20T10:05:00+09:00"), UpdatedAt: at("2026-11-20T11:05:00+09:00"),
		},
		{
			Marketplace: order.Naver, ID: "2026112010000100", OrderID: "2026112010000001", PackageNumber: "2026112010000050",
			Status: order.StatusPaid, MarketStatus: "PAYED/NOT_YET", OrderedAt: at("2026-11-20T08:00:00+09:00"),
			PaidAt: at("2026-11-20T08:00:05+09:00"), OrdererName: "=HYPERLINK(\"x\")",
			Receiver: order.Receiver{Name: "=HYPERLINK(\"x\")", Phone: "010-1234-5678", Zip: "13494", Address1: "경기도 성남시 분당구 판교역로 235", Address2: "-3층"},
			Lines: []order.Line{{ItemID: "6100000201:1", ProductID: "6100000201", ProductName: "제주 서귀포 노지 감귤 5kg",
				OptionName: "로얄과 5kg (S~M)", SellerCode: "JEJU-TG-5R", Quantity: 1, UnitPrice: 19800, TotalPrice: 19800}},
			Hope:        &order.HopeDelivery{Date: at("2026-11-24T00:00:00+09:00"), Time: 15 * 60, HasTime: true, Region: "제주"},
			ShippingFee: 3000, FirstSeenAt: at("2026-11-20T08:10:00+09:00"), UpdatedAt: at("2026-11-20T08:10:00+09:00"),
		},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		require.NoError(t, os.MkdirAll(goldenDir, 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./backend/export -update to create %s", path)
	assert.Equal(t, string(want), string(got))
}

func TestExportGolden(t *testing.T) {
	now := at("2026-11-22T18:00:00+09:00")
	for _, f := range []Format{JSON, CSV} {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Write(&b, f, sample(), now))
			golden(t, "shipments."+string(f), b.Bytes())
		})
	}
	t.Run("xlsx", func(t *testing.T) {
		var b bytes.Buffer
		require.NoError(t, Write(&b, XLSX, sample(), now))
		x, err := excelize.OpenReader(&b)
		require.NoError(t, err)
		defer x.Close()
		rows, err := x.GetRows(SheetName)
		require.NoError(t, err)
		var text strings.Builder
		for _, r := range rows {
			text.WriteString(strings.ReplaceAll(strings.Join(r, "\t"), "\n", "\\n") + "\n")
		}
		golden(t, "shipments.xlsx.txt", []byte(text.String()))
		typ, err := x.GetCellType(SheetName, "W2")
		require.NoError(t, err)
		assert.NotEqual(t, excelize.CellTypeSharedString, typ, "units to ship is a number")
	})
}

func TestCSVStartsWithBOMAndDefusesFormulas(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteCSV(&b, sample()))
	assert.True(t, bytes.HasPrefix(b.Bytes(), []byte("\xef\xbb\xbf마켓,")))
	assert.Contains(t, b.String(), `"'=HYPERLINK(""x"")"`)
	assert.Contains(t, b.String(), ",'-3층,")
}

func TestWriteFileIsAtomicAndPrivate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	require.NoError(t, os.WriteFile(path, []byte("old"), 0o644))

	err := WriteFile(path, func(w io.Writer) error {
		_, _ = io.WriteString(w, "half")
		return errors.New("disk full")
	})
	require.Error(t, err)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "old", string(got), "a failed export leaves the old file")

	require.NoError(t, WriteFile(path, func(w io.Writer) error { return Write(w, JSON, sample(), time.Now()) }))
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file left")
}

func TestCollectReadsEveryMatchingShipment(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir(), store.Options{})
	require.NoError(t, err)
	defer st.Close()
	var recs []store.Record
	for _, s := range sample() {
		recs = append(recs, store.Record{Shipment: s})
	}
	_, err = st.Apply(ctx, store.Batch{Records: recs}, nil)
	require.NoError(t, err)
	all, err := Collect(ctx, st, store.Filter{})
	require.NoError(t, err)
	assert.Len(t, all, 2)
	naver, err := Collect(ctx, st, store.Filter{Markets: []order.Marketplace{order.Naver}})
	require.NoError(t, err)
	require.Len(t, naver, 1)
	assert.Equal(t, "2026112010000100", naver[0].ID)
}

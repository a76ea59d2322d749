package lists

import (
	"bytes"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildAllLarge(t *testing.T) {
	n := 5000
	if testing.Short() {
		n = 500
	}
	ships := syntheticShipments(n, 7)
	l := BuildAll(ships, nil, PackOverrides{}, testNow)
	assert.Equal(t, len(ships), l.Pick.Shipments+len(l.Pick.Held))
	assert.Equal(t, l.Pick.Units, l.Pack.Units, "every picked unit is packed")
	assert.Less(t, len(l.Pack.Boxes), l.Pack.Shipments, "repeat buyers share boxes")
	assert.Len(t, l.Shipping.Rows, len(l.Pack.Boxes))
	packed := 0
	for _, b := range l.Pack.Boxes {
		packed += len(b.Shipments)
	}
	assert.Equal(t, l.Pack.Shipments, packed, "every shipment in exactly one box")
}

// BenchmarkBuildAll5000 builds all three lists for 5,000 shipments (target ≤ 1 s).
func BenchmarkBuildAll5000(b *testing.B) {
	ships := syntheticShipments(5000, 7)
	var skus SKUMap
	require.NoError(b, skus.Link("code:nutcashew160", SKU{ID: "NUT-CASHEW-160", Name: "캐슈넛 160g", Location: "A-2"}))
	b.ReportAllocs()
	for b.Loop() {
		l := BuildAll(ships, &skus, PackOverrides{}, testNow)
		if len(l.Shipping.Rows) == 0 {
			b.Fatal("no rows")
		}
	}
}

// BenchmarkRender5000 renders the three lists of 5,000 shipments to HTML, XLSX and CSV.
func BenchmarkRender5000(b *testing.B) {
	ships := syntheticShipments(5000, 7)
	l := BuildAll(ships, nil, PackOverrides{}, testNow)
	reg, err := DefaultLayouts()
	require.NoError(b, err)
	cj, err := reg.Layout("CJ대한통운")
	require.NoError(b, err)
	st, err := l.Shipping.Table(cj)
	require.NoError(b, err)
	tables := []Table{l.Pick.Table(), l.Pack.Table(), st}
	for _, f := range []struct {
		name  string
		write func(io.Writer, Table) error
	}{{"html", WriteHTML}, {"xlsx", WriteXLSX}, {"csv", WriteCSV}} {
		b.Run(f.name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				for _, t := range tables {
					buf.Reset()
					if err := f.write(&buf, t); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(buf.Len()), "last-bytes")
		})
	}
}

// BenchmarkMatchTracking5000 matches a 5,000-row courier file.
func BenchmarkMatchTracking5000(b *testing.B) {
	ships := syntheticShipments(5000, 7)
	l := BuildAll(ships, nil, PackOverrides{}, testNow)
	var csv bytes.Buffer
	csv.WriteString("운송장번호,받는분성명,받는분전화번호,고객주문번호\n")
	for i, r := range l.Shipping.Rows {
		csv.WriteString("6012345" + string(rune('0'+i%10)) + "0000," + r.ReceiverName + "," + r.Phone + ",\"" + r.OrderRefs + "\"\n")
	}
	data := csv.Bytes()
	for b.Loop() {
		f, err := ParseTrackingFile(data, Courier{TrackingDigits: []int{12}})
		if err != nil {
			b.Fatal(err)
		}
		_ = MatchTracking(f.Rows, ships)
	}
}

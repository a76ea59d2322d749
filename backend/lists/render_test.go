package lists

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"sellerdesk/backend/order"
)

func sampleTables(t *testing.T) map[string]Table {
	t.Helper()
	skus := sampleSKUs(t)
	pick := BuildPickList(sampleShipments(), skus, testNow)
	pack := BuildPackList(sampleShipments(), skus, PackOverrides{}, testNow)
	ship := BuildShippingList(&pack)
	reg, err := DefaultLayouts()
	require.NoError(t, err)
	cj, err := reg.Layout("CJ대한통운")
	require.NoError(t, err)
	st, err := ship.Table(cj)
	require.NoError(t, err)
	return map[string]Table{"pick": pick.Table(), "pack": pack.Table(), "shipping": st}
}

// readXLSX reads every sheet of a workbook back as rows of cell text.
func readXLSX(t *testing.T, data []byte) map[string][][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	out := map[string][][]string{}
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		require.NoError(t, err)
		out[name] = rows
	}
	return out
}

func TestXLSXGolden(t *testing.T) {
	for name, tab := range sampleTables(t) {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, WriteXLSX(&buf, tab))
			sheets := readXLSX(t, buf.Bytes())
			assertGolden(t, name+".xlsx", sheets)
			require.Contains(t, sheets, tab.Sheet)
			assert.Len(t, sheets[tab.Sheet], len(tab.Rows)+1)
			assert.Len(t, sheets["보류"], len(tab.Held)+1)
		})
	}
}

func TestXLSXKeepsTextAndNumbers(t *testing.T) {
	tab := Table{Kind: ShippingKind, Sheet: "Sheet1",
		Columns: []Column{{Header: "우편번호"}, {Header: "전화"}, {Header: "수량", Numeric: true}},
		Rows:    []Row{{Cells: []string{"01234", "01012345678", "12"}}}}
	var buf bytes.Buffer
	require.NoError(t, WriteXLSX(&buf, tab))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	defer f.Close()
	zip, err := f.GetCellValue("Sheet1", "A2")
	require.NoError(t, err)
	assert.Equal(t, "01234", zip)
	typ, err := f.GetCellType("Sheet1", "C2")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeSharedString, typ)
	assert.NotEqual(t, excelize.CellTypeInlineString, typ, "quantities are numbers")
	assert.Equal(t, []string{"Sheet1"}, f.GetSheetList(), "no 보류 sheet when nothing is held")
}

func TestCSV(t *testing.T) {
	tab := sampleTables(t)["shipping"]
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, tab))
	data := buf.Bytes()
	require.True(t, bytes.HasPrefix(data, []byte("\xef\xbb\xbf")), "UTF-8 BOM for Excel")
	recs, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, len(tab.Rows)+1)
	assert.Equal(t, "받는분성명", recs[0][0])
	assert.Equal(t, "김민우", recs[2][0])
	assert.Equal(t, "010-4444-3333", recs[1][1], "+82 written the way couriers expect")
	// Same content as the XLSX.
	var x bytes.Buffer
	require.NoError(t, WriteXLSX(&x, tab))
	assert.Equal(t, recs, readXLSX(t, x.Bytes())["Sheet1"])
}

// The list CSVs (courier upload, packing) carried "+1+cmd|…" and "-2+3+cmd|…" when a digit or a
// space followed the sign: every cell now passes the one formula rule of package sheet.
func TestListCSVDefusesFormulas(t *testing.T) {
	attacks := []string{`+1+cmd|' /C calc'!A0`, `-2+3+cmd|' /C calc'!A0`, "+ 1+cmd|x", `=HYPERLINK("x")`, "@SUM(A1)"}
	tab := Table{Kind: ShippingKind, Columns: []Column{{Header: "받는분"}, {Header: "수량", Numeric: true}}}
	for _, a := range attacks {
		tab.Rows = append(tab.Rows, Row{Cells: []string{a, "-5"}})
	}
	var b bytes.Buffer
	require.NoError(t, WriteCSV(&b, tab))
	recs, err := csv.NewReader(bytes.NewReader(b.Bytes()[3:])).ReadAll()
	require.NoError(t, err)
	for i, a := range attacks {
		assert.Equal(t, "'"+a, recs[i+1][0])
		assert.Equal(t, "-5", recs[i+1][1], "a plain number stays a number")
	}
}

var pageMeta = regexp.MustCompile(`출력 2026-11-22 16:30 · 주문 (\d+)건 · [^<]*보류 1건 · 제외 1건 · <span class="pageno">(\d+) / (\d+)</span>`)

func TestHTML(t *testing.T) {
	for name, tab := range sampleTables(t) {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, WriteHTML(&buf, tab))
			html := buf.String()
			assert.Contains(t, html, "@page { size: A4")
			assert.Contains(t, html, `<html lang="ko">`)
			m := pageMeta.FindAllStringSubmatch(html, -1)
			require.NotEmpty(t, m)
			require.LessOrEqual(t, len(m), 2, "the sample fits on two pages")
			for i := range m {
				assert.Equal(t, []string{"7", fmt.Sprint(i + 1), fmt.Sprint(len(m))}, m[i][1:])
			}
			assert.Contains(t, html, "보류 (출력 제외) 2건")
			assert.Contains(t, html, map[string]string{"pick": "상품 4종 · 총 17개 · ", "pack": "박스 6개 · 총 17개 · ",
				"shipping": "주문 7건 · 박스 6개 · "}[name])
			assert.Contains(t, html, "발주확인 후 배송지가 바뀌었습니다")
		})
	}
	var buf bytes.Buffer
	tab := sampleTables(t)["pack"]
	require.NoError(t, WriteHTML(&buf, tab))
	assert.Contains(t, buf.String(), "박스 2 · 김민우 · 010-1234-5678 · 합포장 2건")
	assert.Contains(t, buf.String(), "합포장 금지")
	assert.NotContains(t, buf.String(), "<th>주소</th>", "address printed in the box heading, not a column")
	assert.Contains(t, buf.String(), "고소한 캐슈넛 160g / 1개\n(구매 화면: 캐슈넛 160g x 5개)\n→ 캐슈넛 160g")
}

func TestHTMLEscapes(t *testing.T) {
	s := sampleShipments()[:1]
	s[0].Receiver.Name = `<script>alert(1)</script>`
	p := BuildPackList(s, nil, PackOverrides{}, testNow)
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, p.Table()))
	assert.NotContains(t, buf.String(), "<script>alert")
}

func TestHTMLPagination(t *testing.T) {
	ships := syntheticShipments(300, 42)
	pack := BuildPackList(ships, nil, PackOverrides{}, testNow)
	tab := pack.Table()
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, tab))
	html := buf.String()
	pages := regexp.MustCompile(`<section class="page" data-page="(\d+)">`).FindAllStringSubmatch(html, -1)
	require.Greater(t, len(pages), 5)
	total := len(pages)
	metas := regexp.MustCompile(`<span class="pageno">(\d+) / (\d+)</span>`).FindAllStringSubmatch(html, -1)
	require.Len(t, metas, total)
	for i, m := range metas {
		assert.Equal(t, []string{fmt.Sprint(i + 1), fmt.Sprint(total)}, m[1:])
	}
	assert.Equal(t, total, strings.Count(html, fmt.Sprintf("주문 %d건", pack.Shipments))-total,
		"every page header and footer carries the shipment count")
	// No box is split: every box heading appears once, and its lines follow in the same page.
	for _, page := range strings.Split(html, `<section class="page"`)[1:] {
		heads := strings.Count(page, `<tr class="head">`)
		assert.Positive(t, heads)
	}
	assert.Equal(t, len(pack.Boxes), strings.Count(html, `<tr class="head">`))
}

func TestEmptyList(t *testing.T) {
	p := BuildPickList(nil, nil, testNow)
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, p.Table()))
	assert.Contains(t, buf.String(), "출력할 주문이 없습니다")
	assert.Contains(t, buf.String(), "1 / 1")
	buf.Reset()
	require.NoError(t, WriteXLSX(&buf, p.Table()))
	require.NoError(t, WriteCSV(&buf, p.Table()))
}

// syntheticShipments builds n realistic shipments: both marketplaces, bundles, partial cancels,
// repeat buyers (about one in six buys twice), and about one in fifty blocked.
func syntheticShipments(n int, seed int) []order.Shipment {
	surnames := []string{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"}
	given := []string{"민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지유", "주원", "서윤", "하준", "채원"}
	products := []struct{ name, option, code string }{
		{"캐슈넛 160g", "1개", "NUT-CASHEW-160"}, {"아몬드 500g", "", ""}, {"레몬 가루 150g", "3개", ""},
		{"마카다미아 400g", "선물포장", "NUT-MAC-400"}, {"호두 1kg", "", "NUT-WAL-1K"}, {"피스타치오 200g", "2봉", ""},
		{"건블루베리 300g", "", ""}, {"햄프씨드 500g", "1+1", "SEED-HEMP"}, {"귀리 2kg", "", ""}, {"치아씨드 1kg", "", ""},
	}
	cities := []string{"서울특별시 강남구 테헤란로", "부산광역시 해운대구 센텀중앙로", "대전광역시 유성구 대학로",
		"인천광역시 연수구 송도과학로", "광주광역시 동구 금남로", "경기도 성남시 분당구 판교역로"}
	x := uint32(seed)*2654435761 + 1
	rnd := func(k int) int {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return int(x % uint32(k))
	}
	out := make([]order.Shipment, 0, n)
	for i := 0; i < n; i++ {
		m := order.Naver
		id := fmt.Sprintf("2026112%09d", i)
		if i%2 == 1 {
			m = order.Coupang
			id = fmt.Sprintf("6425389%011d", i)
		}
		buyer := i
		if i%6 == 5 {
			buyer = i - 3 // the same person again, maybe on the other marketplace
		}
		r := order.Receiver{
			Name:     surnames[buyer%len(surnames)] + given[(buyer/len(surnames))%len(given)],
			Phone:    fmt.Sprintf("010-%04d-%04d", 1000+buyer%9000, buyer%10000),
			Zip:      fmt.Sprintf("%05d", 1000+buyer*7%60000),
			Address1: fmt.Sprintf("%s %d", cities[buyer%len(cities)], 1+buyer%300),
			Address2: fmt.Sprintf("%d동 %d호", 100+buyer%20, 101+buyer%1500),
		}
		s := order.Shipment{Marketplace: m, ID: id, OrderID: id[:12], Status: order.StatusAcknowledged,
			PaidAt: testNow.Add(-time.Duration(n-i) * time.Minute), OrdererName: r.Name, Receiver: r}
		for j := 0; j <= rnd(3); j++ {
			p := products[rnd(len(products))]
			l := order.Line{ItemID: fmt.Sprintf("%s-%d", m, j), ProductName: p.name, OptionName: p.option,
				SellerCode: p.code, Quantity: 1 + rnd(4), UnitPrice: 9900}
			if m == order.Coupang && rnd(8) == 0 {
				l.BundleSize = 2 + rnd(4)
			}
			if rnd(15) == 0 {
				l.CanceledQty = rnd(l.Quantity + 1)
			}
			s.Lines = append(s.Lines, l)
		}
		if rnd(50) == 0 {
			s.Findings = []order.Finding{{Code: order.ClaimOpen, Severity: order.Block, Line: -1,
				Message: "취소 요청이 들어왔습니다. 보내지 마세요."}}
		}
		out = append(out, s)
	}
	return out
}

func TestFormats(t *testing.T) {
	for in, want := range map[string]Format{"HTML": FormatHTML, ".xlsx": FormatXLSX, "excel": FormatXLSX, " csv ": FormatCSV, "json": FormatJSON} {
		got, err := ParseFormat(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
		assert.NotEqual(t, "application/octet-stream", got.ContentType())
	}
	_, err := ParseFormat("pdf")
	assert.ErrorIs(t, err, ErrUnknownFormat)
	assert.Equal(t, "피킹리스트_20261122-1630.xlsx", FileName(PickKind, FormatXLSX, testNow))

	tab := sampleTables(t)["pick"]
	for _, f := range []Format{FormatHTML, FormatXLSX, FormatCSV} {
		var buf bytes.Buffer
		require.NoError(t, WriteTable(&buf, f, tab))
		assert.NotZero(t, buf.Len())
	}
	assert.ErrorIs(t, WriteTable(io.Discard, FormatJSON, tab), ErrUnknownFormat)
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, BuildPickList(sampleShipments(), sampleSKUs(t), testNow)))
	var back PickList
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
	assert.Equal(t, 17, back.Units)
}

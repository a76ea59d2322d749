package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func testWorkbook(t testing.TB, fill func(sw *excelize.StreamWriter)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	require.NoError(t, err)
	fill(sw)
	require.NoError(t, sw.Flush())
	var b bytes.Buffer
	_, err = f.WriteTo(&b)
	require.NoError(t, err)
	return b.Bytes()
}

func TestReadXLSX(t *testing.T) {
	data := testWorkbook(t, func(sw *excelize.StreamWriter) {
		require.NoError(t, sw.SetRow("A1", []any{"받는분", "운송장번호", "", ""}))
		require.NoError(t, sw.SetRow("A2", []any{"김민우", int64(601234567890)}))
	})
	var got []Table
	require.NoError(t, ReadXLSX(data, DefaultReadLimits, func(tb Table) bool { got = append(got, tb); return true }))
	require.Len(t, got, 1)
	assert.Equal(t, "Sheet1", got[0].Name)
	assert.Equal(t, [][]string{{"받는분", "운송장번호"}, {"김민우", "601234567890"}}, got[0].Rows, "raw digits, trailing empties trimmed")
}

// A 12 KB workbook with one cell in the last column (XFD) on every row made GetRows pad 2,000
// rows to 16,384 cells each (1.2 GB). Rows are read one at a time and cut to MaxCols.
func TestReadXLSXFarRightCellIsCut(t *testing.T) {
	data := testWorkbook(t, func(sw *excelize.StreamWriter) {
		for r := 1; r <= 2000; r++ {
			cell, err := excelize.CoordinatesToCellName(excelize.MaxColumns, r)
			require.NoError(t, err)
			require.NoError(t, sw.SetRow(cell, []any{"x"}))
		}
	})
	require.Less(t, len(data), 64<<10, "the attack file is small")
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var got []Table
	require.NoError(t, ReadXLSX(data, DefaultReadLimits, func(tb Table) bool { got = append(got, tb); return true }))
	runtime.GC()
	runtime.ReadMemStats(&after)
	require.Len(t, got, 1)
	require.Len(t, got[0].Rows, 2000)
	for _, r := range got[0].Rows {
		require.Empty(t, r, "the far cell is beyond MaxCols, and the empty cells before it are trimmed")
	}
	assert.Less(t, int64(after.HeapAlloc)-int64(before.HeapAlloc), int64(32<<20), "what is kept of the rows is small")
}

func TestReadXLSXLimits(t *testing.T) {
	data := testWorkbook(t, func(sw *excelize.StreamWriter) {
		for r := 1; r <= 30; r++ {
			require.NoError(t, sw.SetRow(fmt.Sprintf("A%d", r), []any{"a", "b", "c"}))
		}
	})
	err := ReadXLSX(data, ReadLimits{MaxUnzipped: 1 << 20, MaxRows: 20, MaxCols: 2}, func(Table) bool { return true })
	var re *ReadError
	require.ErrorAs(t, err, &re)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, re.Korean, "행이 너무 많습니다")

	var got Table
	require.NoError(t, ReadXLSX(data, ReadLimits{MaxUnzipped: 1 << 20, MaxRows: 30, MaxCols: 2}, func(tb Table) bool { got = tb; return false }))
	assert.Equal(t, []string{"a", "b"}, got.Rows[0], "columns beyond MaxCols are dropped")

	err = ReadXLSX([]byte("PK\x03\x04 not a workbook"), DefaultReadLimits, func(Table) bool { return true })
	require.ErrorAs(t, err, &re)
	assert.Contains(t, re.Korean, "엑셀 파일을 열지 못했습니다")
}

// A zip bomb: a few megabytes that unpack to far more than a result file ever is. It is refused
// before it is unpacked.
func TestReadXLSXZipBomb(t *testing.T) {
	small := testWorkbook(t, func(sw *excelize.StreamWriter) { require.NoError(t, sw.SetRow("A1", []any{"a"})) })
	zr, err := zip.NewReader(bytes.NewReader(small), int64(len(small)))
	require.NoError(t, err)
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		require.NoError(t, err)
		if f.Name == "xl/worksheets/sheet1.xml" {
			_, err = io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
			require.NoError(t, err)
			pad := strings.Repeat(" ", 1<<20)
			for i := 0; i < 100; i++ { // 100 MB of white space
				_, err = io.WriteString(w, pad)
				require.NoError(t, err)
			}
			_, err = io.WriteString(w, `</sheetData></worksheet>`)
			require.NoError(t, err)
			continue
		}
		rc, err := f.Open()
		require.NoError(t, err)
		_, err = io.Copy(w, rc)
		require.NoError(t, err)
		rc.Close()
	}
	require.NoError(t, zw.Close())
	require.Less(t, b.Len(), 1<<20, "the bomb is small")
	err = ReadXLSX(b.Bytes(), DefaultReadLimits, func(Table) bool { return true })
	var re *ReadError
	require.ErrorAs(t, err, &re)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, re.Korean, "너무 큽니다")
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(testWorkbook(f, func(sw *excelize.StreamWriter) { _ = sw.SetRow("A1", []any{"운송장번호", "601234567890"}) }))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = ReadXLSX(data, ReadLimits{MaxUnzipped: 4 << 20, MaxRows: 1000, MaxCols: 50}, func(tb Table) bool {
			require.LessOrEqual(t, len(tb.Rows), 1000)
			for _, r := range tb.Rows {
				require.LessOrEqual(t, len(r), 50)
			}
			return true
		})
	})
}

// A workbook written the way Excel writes one (not excelize): sheets listed in another order than
// their parts, an absolute relationship target, shared strings with rich text and phonetic hints,
// inline strings, rows and cells without references, a gap of rows, a number with all its digits.
func TestReadXLSXExcelShapes(t *testing.T) {
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="결과" sheetId="2" r:id="rId2"/><sheet name="안내" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/sharedStrings.xml": `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>받는분</t></si><si><r><rPr><b/></rPr><t>운송장</t></r><r><t xml:space="preserve">번호</t></r><rPh sb="0" eb="1"><t>ウン</t></rPh></si><si><t>김민우</t></si></sst>`,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row><c t="inlineStr"><is><t>안내 시트</t></is></c></row></sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>
<row><c t="s"><v>2</v></c><c/><c><v>601234567890</v></c><c t="b"><v>1</v></c></row></sheetData></worksheet>`,
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range parts {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = io.WriteString(w, body)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	var got []Table
	require.NoError(t, ReadXLSX(b.Bytes(), DefaultReadLimits, func(tb Table) bool { got = append(got, tb); return true }))
	require.Len(t, got, 2)
	assert.Equal(t, "결과", got[0].Name, "workbook order, not part order")
	assert.Equal(t, [][]string{nil, {"받는분", "", "운송장번호"}, {"김민우", "", "601234567890", "1"}}, got[0].Rows)
	assert.Equal(t, [][]string{{"안내 시트"}}, got[1].Rows)
}

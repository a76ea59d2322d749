package sheet

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{`=HYPERLINK("x")`, `'=HYPERLINK("x")`},
		{"@SUM(A1)", "'@SUM(A1)"},
		// the attacks that passed the old list rule: a sign followed by a digit or a space
		{`+1+cmd|' /C calc'!A0`, `'+1+cmd|' /C calc'!A0`},
		{`-2+3+cmd|' /C calc'!A0`, `'-2+3+cmd|' /C calc'!A0`},
		{"+ 1+cmd|x", "'+ 1+cmd|x"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"+82 10-1234-5678", "'+82 10-1234-5678"},
		{"-3층", "'-3층"},
		// plain numbers stay as they are
		{"-5", "-5"}, {"+3.25", "+3.25"}, {"-1e5", "-1e5"}, {"-.5", "-.5"}, {"-", "'-"}, {"+", "'+"},
		{"-1e", "'-1e"}, {"-0x10", "'-0x10"}, {"+Inf", "'+Inf"}, {"-.", "'-."},
		// a number's shape beyond a double's range is no number to a spreadsheet (found by the export
		// fuzzer); one too small to hold is read as zero
		{"+1E700", "'+1E700"}, {"-1e-400", "-1e-400"}, {"+1E300", "+1E300"},
		{"김민우", "김민우"}, {"010-1234-5678", "010-1234-5678"}, {"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SafeCell(tt.in), "%q", tt.in)
	}
}

func FuzzSafeCell(f *testing.F) {
	for _, s := range []string{"=1", "+1+cmd|x", "-2", "@a", "\t=1", "김", "-", "+82 10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := SafeCell(s)
		require.True(t, out == s || out == "'"+s, "only a leading apostrophe is ever added")
		if out != "" && strings.ContainsRune("=+-@\t\r", rune(out[0])) {
			require.True(t, isDecimal(out), "a cell left starting with %q must be a plain number: %q", out[0], out)
		}
	})
}

var sample = Sheet{Name: "목록", Columns: []Column{{Header: "받는분", Width: 10}, {Header: "수량", Numeric: true}, {Header: "메모"}},
	Rows: [][]string{{"김민우", "3", `+1+cmd|' /C calc'!A0`}, {"이서연", "x", "0012"}}}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteCSV(&b, sample))
	require.True(t, strings.HasPrefix(b.String(), "\uFEFF"), "a BOM so Excel reads Korean")
	assert.Contains(t, b.String(), "\r\n")
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF"))).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"받는분", "수량", "메모"}, {"김민우", "3", `'+1+cmd|' /C calc'!A0`}, {"이서연", "x", "0012"}}, recs)
}

func TestWriteXLSX(t *testing.T) {
	var b bytes.Buffer
	second := Sheet{Name: "보류", Columns: []Column{{Header: "사유"}}, Rows: [][]string{{"=cmd"}}}
	require.NoError(t, WriteXLSX(&b, sample, second))
	f, err := excelize.OpenReader(&b)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{"목록", "보류"}, f.GetSheetList())
	rows, err := f.GetRows("목록")
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"받는분", "수량", "메모"}, {"김민우", "3", `+1+cmd|' /C calc'!A0`}, {"이서연", "x", "0012"}}, rows)
	typ, err := f.GetCellType("목록", "B2")
	require.NoError(t, err)
	assert.Contains(t, []excelize.CellType{excelize.CellTypeUnset, excelize.CellTypeNumber}, typ, "an integer in a numeric column is a number")
	typ, err = f.GetCellType("목록", "B3")
	require.NoError(t, err)
	assert.Contains(t, []excelize.CellType{excelize.CellTypeSharedString, excelize.CellTypeInlineString}, typ, "not an integer: text")
	for _, cell := range []string{"C2", "C3"} {
		formula, err := f.GetCellFormula("목록", cell)
		require.NoError(t, err)
		assert.Empty(t, formula, "text is never a formula in XLSX")
	}
	formula, err := f.GetCellFormula("보류", "A2")
	require.NoError(t, err)
	assert.Empty(t, formula)
}

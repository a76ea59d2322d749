// Package sheet is SellerDesk's one spreadsheet writer: every CSV and XLSX file the app writes
// (lists for printing and courier upload, the order export) goes through it, with one rule for
// cells a spreadsheet could run as a formula.
package sheet

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Column is one column of a sheet.
type Column struct {
	Header string
	// Width is the XLSX column width in characters (0: Excel's default).
	Width float64
	// Numeric columns are written as numbers in XLSX when the cell is an integer.
	Numeric bool
}

// Sheet is one table: a header row and rows of cells, one per column.
type Sheet struct {
	// Name is the XLSX sheet name ("Sheet1" when empty).
	Name    string
	Columns []Column
	Rows    [][]string
}

// utf8BOM makes Excel open a UTF-8 CSV with Korean text correctly.
const utf8BOM = "\uFEFF"

// SafeCell is the one formula rule: a cell that starts with a character a spreadsheet reads as
// the start of a formula (= + - @, a tab or a carriage return) gets a leading apostrophe, unless
// the whole cell is a plain decimal number (-12, +3.5). Buyer-typed names,
// addresses and messages reach these files, and "+1+cmd|' /C calc'!A0" is a formula to Excel.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if isDecimal(s) {
			return s
		}
		return "'" + s
	}
	return s
}

// isDecimal reports whether s is a sign, digits, an optional fraction and an optional exponent,
// and its value fits in a double — nothing a spreadsheet could read as anything but a number.
// "+1E700" has a number's shape but no number's value: a spreadsheet that reads it as a formula
// gets an error, so it is quoted like any other text.
func isDecimal(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	if i != len(s) {
		return false
	}
	_, err := strconv.ParseFloat(s, 64) // the shape is plain; only the range can fail here
	return err == nil
}

// WriteCSV writes the sheet as UTF-8 CSV with a byte-order mark (Excel needs it to read Korean)
// and CRLF line ends; every cell passes SafeCell.
func WriteCSV(w io.Writer, s Sheet) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("sheet: write CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	rec := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		rec[i] = SafeCell(c.Header)
	}
	if err := cw.Write(rec); err != nil {
		return fmt.Errorf("sheet: write CSV: %w", err)
	}
	for _, r := range s.Rows {
		for i := range rec {
			rec[i] = ""
			if i < len(r) {
				rec[i] = SafeCell(r[i])
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("sheet: write CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("sheet: write CSV: %w", err)
	}
	return nil
}

// WriteXLSX writes the sheets as one workbook, streamed row by row: a bold, frozen header row,
// the column widths, integers of numeric columns as numbers and every other cell as a typed
// string (zip codes and phone numbers keep their leading zeros). A string cell is never read as a
// formula, so XLSX cells are written as they are, without SafeCell's apostrophe.
func WriteXLSX(w io.Writer, sheets ...Sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EEEEEE"}}})
	if err != nil {
		return fmt.Errorf("sheet: header style: %w", err)
	}
	for n, s := range sheets {
		name := s.Name
		if name == "" {
			name = "Sheet1"
		}
		if n == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return fmt.Errorf("sheet: XLSX sheet %q: %w", name, err)
		}
		if err := writeSheet(f, name, bold, s); err != nil {
			return fmt.Errorf("sheet: XLSX sheet %q: %w", name, err)
		}
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("sheet: write XLSX: %w", err)
	}
	return nil
}

func writeSheet(f *excelize.File, name string, headerStyle int, s Sheet) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, c := range s.Columns {
		if c.Width > 0 {
			if err := sw.SetColWidth(i+1, i+1, c.Width); err != nil {
				return err
			}
		}
	}
	row := make([]any, len(s.Columns))
	for i, c := range s.Columns {
		row[i] = excelize.Cell{StyleID: headerStyle, Value: c.Header}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	for n, r := range s.Rows {
		for i, c := range s.Columns {
			v := ""
			if i < len(r) {
				v = r[i]
			}
			row[i] = v
			if c.Numeric {
				if x, err := strconv.ParseInt(v, 10, 64); err == nil {
					row[i] = x
				}
			}
		}
		cell, err := excelize.CoordinatesToCellName(1, n+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, row); err != nil {
			return fmt.Errorf("row %d: %w", n+2, err)
		}
	}
	return sw.Flush()
}

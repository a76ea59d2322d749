package lists

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// utf8BOM makes Excel open a UTF-8 CSV with Korean text correctly.
const utf8BOM = "\uFEFF"

// WriteCSV writes the table's header and rows as UTF-8 CSV with a byte-order mark (Excel needs it
// to read Korean). Held shipments are not written: the file is for upload or further work.
// Cells that Excel would run as a formula (=, @, or +/- not followed by a digit) get a leading
// apostrophe.
func WriteCSV(w io.Writer, t Table) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("lists: write %s CSV: %w", t.Kind, err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Header
	}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("lists: write %s CSV: %w", t.Kind, err)
	}
	rec := make([]string, len(t.Columns))
	for _, r := range t.Rows {
		for i := range rec {
			rec[i] = ""
			if i < len(r.Cells) {
				rec[i] = defuseFormula(r.Cells[i])
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("lists: write %s CSV: %w", t.Kind, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("lists: write %s CSV: %w", t.Kind, err)
	}
	return nil
}

// defuseFormula keeps a buyer-typed "=HYPERLINK(…)" from running when the CSV is opened, while
// phone numbers such as "+82 10-…" stay as they are.
func defuseFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '@', '\t', '\r':
		return "'" + s
	case '+', '-':
		if len(s) == 1 {
			return s
		}
		if r, _ := utf8.DecodeRuneInString(s[1:]); r < '0' || r > '9' {
			if r != ' ' {
				return "'" + s
			}
		}
	}
	return s
}

// WriteXLSX writes the table as an Excel workbook: the rows on the first sheet (named by the
// table's Sheet, e.g. the courier layout's "Sheet1"), numbers as numbers and everything else as
// text (zip codes and phone numbers keep their leading zeros), and the held shipments on a
// second sheet "보류" when there are any.
func WriteXLSX(w io.Writer, t Table) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := t.Sheet
	if sheet == "" {
		sheet = "Sheet1"
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("lists: write %s XLSX: %w", t.Kind, err)
	}
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Header
	}
	rows := make([][]any, 0, len(t.Rows))
	for _, r := range t.Rows {
		row := make([]any, len(t.Columns))
		for i, c := range t.Columns {
			v := ""
			if i < len(r.Cells) {
				v = r.Cells[i]
			}
			if c.Numeric {
				if n, err := strconv.Atoi(v); err == nil {
					row[i] = n
					continue
				}
			}
			row[i] = v
		}
		rows = append(rows, row)
	}
	widths := make([]float64, len(t.Columns))
	for i, c := range t.Columns {
		widths[i] = c.Width
	}
	if err := writeSheet(f, sheet, header, widths, rows); err != nil {
		return fmt.Errorf("lists: write %s XLSX: %w", t.Kind, err)
	}
	if len(t.Held) > 0 {
		const heldSheet = "보류"
		if _, err := f.NewSheet(heldSheet); err != nil {
			return fmt.Errorf("lists: write %s XLSX: %w", t.Kind, err)
		}
		held := make([][]any, len(t.Held))
		for i, h := range t.Held {
			reasons := ""
			for j, r := range h.Reasons {
				if j > 0 {
					reasons += "\n"
				}
				reasons += r
			}
			held[i] = []any{h.Marketplace.Label(), h.OrderID, h.ShipmentID, h.ReceiverName, h.Summary, reasons}
		}
		if err := writeSheet(f, heldSheet, []string{"판매처", "주문번호", "배송번호", "받는 분", "상품", "보류 사유"},
			[]float64{8, 20, 22, 10, 40, 60}, held); err != nil {
			return fmt.Errorf("lists: write %s XLSX: %w", t.Kind, err)
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("lists: write %s XLSX: %w", t.Kind, err)
	}
	return nil
}

func writeSheet(f *excelize.File, sheet string, header []string, widths []float64, rows [][]any) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, wd := range widths {
		if wd <= 0 {
			continue
		}
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EEEEEE"}}})
	if err != nil {
		return err
	}
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", hdr); err != nil {
		return err
	}
	for i, r := range rows {
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, r); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// Format is an output format of a list.
type Format string

const (
	FormatHTML Format = "html"
	FormatXLSX Format = "xlsx"
	FormatCSV  Format = "csv"
	FormatJSON Format = "json"
)

// ErrUnknownFormat is returned by ParseFormat for a format SellerDesk cannot write.
var ErrUnknownFormat = errors.New("lists: unknown output format")

// ParseFormat accepts html, xlsx, csv and json in any case, with or without a leading dot.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), ".")))
	switch f {
	case FormatHTML, FormatXLSX, FormatCSV, FormatJSON:
		return f, nil
	case "excel", "xls":
		return FormatXLSX, nil
	}
	return "", fmt.Errorf("%w %q (html, xlsx, csv, json)", ErrUnknownFormat, s)
}

// ContentType is the MIME type of the format.
func (f Format) ContentType() string {
	switch f {
	case FormatHTML:
		return "text/html; charset=utf-8"
	case FormatXLSX:
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case FormatCSV:
		return "text/csv; charset=utf-8"
	case FormatJSON:
		return "application/json"
	}
	return "application/octet-stream"
}

// FileName is the file name a list is saved under, e.g. "피킹리스트_20261122-1630.xlsx" (KST).
func FileName(kind ListKind, f Format, at time.Time) string {
	return fmt.Sprintf("%s_%s.%s", kind.Label(), at.In(kst()).Format("20060102-1504"), f)
}

// WriteTable writes a laid-out list in an HTML, XLSX or CSV format. JSON is written from the list
// data itself (WriteJSON), not from the table.
func WriteTable(w io.Writer, f Format, t Table) error {
	switch f {
	case FormatHTML:
		return WriteHTML(w, t)
	case FormatXLSX:
		return WriteXLSX(w, t)
	case FormatCSV:
		return WriteCSV(w, t)
	}
	return fmt.Errorf("%w %q for a table", ErrUnknownFormat, f)
}

// WriteJSON writes a list (PickList, PackList, ShippingList, Lists, TrackingImport…) as indented
// JSON in the shape documented in backend/lists/README.md.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("lists: write JSON: %w", err)
	}
	return nil
}

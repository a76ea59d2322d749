package lists

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/sheet"
)

// WriteCSV writes the table's header and rows as UTF-8 CSV with a byte-order mark (Excel needs it
// to read Korean). Held shipments are not written: the file is for upload or further work.
// Cells a spreadsheet would run as a formula are defused by the one rule of package sheet.
func WriteCSV(w io.Writer, t Table) error {
	if err := sheet.WriteCSV(w, tableSheet(t)); err != nil {
		return fmt.Errorf("lists: write %s CSV: %w", t.Kind, err)
	}
	return nil
}

// WriteXLSX writes the table as an Excel workbook: the rows on the first sheet (named by the
// table's Sheet, e.g. the courier layout's "Sheet1"), numbers as numbers and everything else as
// text (zip codes and phone numbers keep their leading zeros), and the held shipments on a
// second sheet "보류" when there are any.
func WriteXLSX(w io.Writer, t Table) error {
	sheets := []sheet.Sheet{tableSheet(t)}
	if len(t.Held) > 0 {
		held := sheet.Sheet{Name: "보류", Columns: []sheet.Column{{Header: "판매처", Width: 8}, {Header: "주문번호", Width: 20},
			{Header: "배송번호", Width: 22}, {Header: "받는 분", Width: 10}, {Header: "상품", Width: 40}, {Header: "보류 사유", Width: 60}}}
		for _, h := range t.Held {
			held.Rows = append(held.Rows, []string{h.Marketplace.Label(), h.OrderID, h.ShipmentID, h.ReceiverName, h.Summary,
				strings.Join(h.Reasons, "\n")})
		}
		sheets = append(sheets, held)
	}
	if err := sheet.WriteXLSX(w, sheets...); err != nil {
		return fmt.Errorf("lists: write %s XLSX: %w", t.Kind, err)
	}
	return nil
}

// tableSheet is the table's columns and rows as a spreadsheet.
func tableSheet(t Table) sheet.Sheet {
	s := sheet.Sheet{Name: t.Sheet, Rows: make([][]string, len(t.Rows))}
	var keep []int
	for i, c := range t.Columns {
		if !c.PrintOnly {
			keep = append(keep, i)
			s.Columns = append(s.Columns, sheet.Column{Header: c.Header, Width: c.Width, Numeric: c.Numeric})
		}
	}
	for i, r := range t.Rows {
		if len(keep) == len(t.Columns) {
			s.Rows[i] = r.Cells
			continue
		}
		cells := make([]string, 0, len(keep))
		for _, j := range keep {
			if j < len(r.Cells) {
				cells = append(cells, r.Cells[j])
			}
		}
		s.Rows[i] = cells
	}
	return s
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
	return fmt.Sprintf("%s_%s.%s", kind.Label(), at.In(order.KST()).Format("20060102-1504"), f)
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

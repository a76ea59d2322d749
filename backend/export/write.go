package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/privatefile"
	"sellerdesk/backend/sheet"
)

// Write writes ships in format f to w, exported at now.
func Write(w io.Writer, f Format, ships []order.Shipment, now time.Time) error {
	switch f {
	case JSON:
		return WriteJSON(w, NewDocument(ships, now))
	case CSV:
		return WriteCSV(w, ships)
	case XLSX:
		return WriteXLSX(w, ships)
	}
	return fmt.Errorf("export: unknown format %q", f)
}

// WriteJSON writes the document, indented, with Korean kept as UTF-8.
func WriteJSON(w io.Writer, doc Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: write json: %w", err)
	}
	return nil
}

// Header is the column row of the CSV and XLSX exports: one row per line of a shipment.
var Header = []string{
	"마켓", "주문번호", "배송번호", "묶음번호", "상태", "마켓 상태", "결제일시", "수령인", "연락처", "연락처2", "우편번호",
	"주소", "상세주소", "배송메시지", "상품명", "옵션", "노출상품명", "판매자코드", "수량", "취소수량", "보류수량", "묶음배수",
	"출고수량", "판매금액", "배송비", "택배사", "송장번호", "클레임", "검수 결과", "출고 보류", "발송기한", "배송 희망일",
}

// rows are the table rows of ships: one per line (a shipment without lines gets one row).
func rows(ships []order.Shipment) [][]string {
	out := make([][]string, 0, len(ships))
	for i := range ships {
		s := &ships[i]
		claim := ""
		if s.Claim != nil {
			claim = s.Claim.Type.Label() + " " + s.Claim.MarketStatus
			if s.Claim.Open {
				claim += " (진행중)"
			}
		}
		var findings []string
		for j := range s.Findings {
			f := &s.Findings[j]
			t := f.Code.Label() + ": " + f.Message
			if r := f.Resolution; r != nil {
				t += " [" + resolutionLabel(r.Kind) + " " + r.By
				if r.Reason != "" {
					t += ", " + r.Reason
				}
				t += "]"
			}
			findings = append(findings, t)
		}
		blocked := ""
		if s.Held() {
			blocked = "보류"
		}
		base := []string{s.Marketplace.Label(), s.OrderID, s.ID, s.PackageNumber, s.Status.Label(), s.MarketStatus,
			kstTime(s.PaidAt), s.Receiver.Name, s.Receiver.Phone, s.Receiver.Phone2, s.Receiver.Zip, s.Receiver.Address1,
			s.Receiver.Address2, s.Receiver.Message}
		tail := []string{strconv.FormatInt(s.ShippingFee, 10), s.Courier, s.TrackingNumber, claim, strings.Join(findings, "\n"), blocked,
			kstTime(s.ShipBy), s.Hope.Full()}
		lines := s.Lines
		if len(lines) == 0 {
			lines = []order.Line{{}}
		}
		for j := range lines {
			l := &lines[j]
			row := append(append([]string{}, base...), l.ProductName, l.OptionName, l.ExposedName, l.SellerCode,
				strconv.Itoa(l.Quantity), strconv.Itoa(l.CanceledQty), strconv.Itoa(l.HeldQty), strconv.Itoa(l.Multiplier()),
				strconv.Itoa(l.UnitsToShip()), strconv.FormatInt(l.TotalPrice, 10))
			out = append(out, append(row, tail...))
		}
	}
	return out
}

func resolutionLabel(k order.ResolutionKind) string {
	switch k {
	case order.Resolved:
		return "확인함"
	case order.Overridden:
		return "보류 해제"
	}
	return string(k)
}

func kstTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(order.KST()).Format("2006-01-02 15:04:05")
}

// WriteCSV writes the rows as CSV in UTF-8 with a byte-order mark (Excel then reads Korean right);
// names and messages come from buyers, so every cell passes the one formula rule of package sheet.
func WriteCSV(w io.Writer, ships []order.Shipment) error {
	if err := sheet.WriteCSV(w, exportSheet(ships)); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// numericColumns are the columns written as numbers in XLSX.
var numericColumns = map[int]bool{18: true, 19: true, 20: true, 21: true, 22: true, 23: true, 24: true}

// SheetName is the XLSX sheet of the export.
const SheetName = "주문"

// WriteXLSX writes the rows as one sheet; quantities and prices are numbers, everything else text.
func WriteXLSX(w io.Writer, ships []order.Shipment) error {
	if err := sheet.WriteXLSX(w, exportSheet(ships)); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func exportSheet(ships []order.Shipment) sheet.Sheet {
	s := sheet.Sheet{Name: SheetName, Columns: make([]sheet.Column, len(Header)), Rows: rows(ships)}
	for i, h := range Header {
		s.Columns[i] = sheet.Column{Header: h, Numeric: numericColumns[i]}
	}
	return s
}

// WriteFile writes an export to path atomically: a 0600 temporary file beside it, synced, then
// renamed over path. A failed export leaves no partial file.
func WriteFile(path string, write func(io.Writer) error) error {
	if err := privatefile.Write(path, write); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

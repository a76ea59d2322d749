package lists

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// Table is a list laid out as rows and columns, the common input of the HTML, XLSX and CSV
// renderings. Rows with the same Group belong together (one box of the packing list) and are
// never split across printed pages unless a group is taller than a page.
type Table struct {
	Kind        ListKind  `json:"kind"`
	Title       string    `json:"title"`
	Sheet       string    `json:"sheet"`
	GeneratedAt time.Time `json:"generatedAt"`
	// Shipments is the number of shipments on the list (held ones not counted).
	Shipments int      `json:"shipments"`
	Landscape bool     `json:"landscape"`
	Columns   []Column `json:"columns"`
	Rows      []Row    `json:"rows"`
	// Groups describe the groups by number (index Group-1): a heading and warnings to print.
	Groups []GroupHead    `json:"groups,omitempty"`
	Held   []HeldShipment `json:"held"`
	Notes  []string       `json:"notes,omitempty"`
	Totals map[string]int `json:"totals,omitempty"`
}

// Column is one column of a table.
type Column struct {
	Header string `json:"header"`
	// Numeric columns are written as numbers in XLSX and right-aligned in print.
	Numeric bool `json:"numeric,omitempty"`
	// Width is the column width in characters (XLSX) and a print weight.
	Width float64 `json:"width"`
	// PrintHidden columns are left out of the printed page (their content is in the group heading).
	PrintHidden bool `json:"printHidden,omitempty"`
	// PrintOnly columns are printed but left out of the files (CSV, XLSX): the box's name
	// (order.Shipment.Name) is for reading, the files keep the columns a courier or a sheet reads.
	PrintOnly bool `json:"printOnly,omitempty"`
	// Check marks a printed tick box column.
	Check bool `json:"check,omitempty"`
	// NoWrap columns (codes, phone numbers, names) are printed as wide as their longest value and
	// never break inside a value; a value listing several (", ") prints one per line.
	NoWrap bool `json:"noWrap,omitempty"`
}

// Row is one row of cells, one per column.
type Row struct {
	Group int      `json:"group"`
	Cells []string `json:"cells"`
}

// GroupHead is the printed heading of a group of rows.
type GroupHead struct {
	Title    string   `json:"title"`
	Detail   string   `json:"detail,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

// Table lays the picking list out: one row per SKU in shelf order.
func (p *PickList) Table() Table {
	t := Table{Kind: PickKind, Title: PickKind.Label(), Sheet: PickKind.Label(), GeneratedAt: p.GeneratedAt,
		Shipments: p.Shipments, Held: p.Held,
		Columns: []Column{{Header: "위치", Width: 8, NoWrap: true}, {Header: "상품", Width: 30}, {Header: "주문 상품 / 옵션", Width: 40},
			{Header: "네이버", Numeric: true, Width: 7}, {Header: "쿠팡", Numeric: true, Width: 7},
			{Header: "피킹 수량", Numeric: true, Width: 9}, {Header: "박스 수", Numeric: true, Width: 7},
			{Header: "확인", Width: 5, Check: true}},
		Totals: map[string]int{"units": p.Units, "skus": len(p.Rows)},
	}
	for i, r := range p.Rows {
		variants := strings.Join(r.Variants, "\n")
		if r.Bundled {
			variants += "\n(묶음상품 포함: 낱개로 센 수량)"
		}
		if len(r.Hopes) > 0 {
			days := make([]string, len(r.Hopes))
			for i, h := range r.Hopes {
				days[i] = fmt.Sprintf("%s %d박스", h.Day, h.Boxes)
			}
			variants += "\n배송 희망일 " + strings.Join(days, ", ")
		}
		t.Rows = append(t.Rows, Row{Group: i + 1, Cells: []string{r.Location, r.Name, variants,
			strconv.Itoa(r.ByMarketplace[order.Naver]), strconv.Itoa(r.ByMarketplace[order.Coupang]),
			strconv.Itoa(r.Units), strconv.Itoa(r.Shipments), ""}})
	}
	return t
}

// Table lays the packing list out: one row per line, grouped by box.
func (p *PackList) Table() Table {
	t := Table{Kind: PackKind, Title: PackKind.Label(), Sheet: PackKind.Label(), GeneratedAt: p.GeneratedAt,
		Shipments: p.Shipments, Held: p.Held, Notes: p.Notes,
		Columns: []Column{{Header: "박스", Numeric: true, Width: 6}, {Header: "받는 분", Width: 10, PrintHidden: true},
			{Header: "연락처", Width: 15, PrintHidden: true}, {Header: "우편번호", Width: 8, PrintHidden: true},
			{Header: "주소", Width: 45, PrintHidden: true}, {Header: "배송메시지", Width: 25, PrintHidden: true},
			{Header: "판매처", Width: 8, NoWrap: true, PrintHidden: true}, {Header: "주문번호", Width: 22, NoWrap: true, PrintHidden: true},
			{Header: "주문", Width: 30, PrintOnly: true}, {Header: "위치", Width: 8, NoWrap: true},
			{Header: "상품 / 옵션", Width: 40}, {Header: "주문 수량", Width: 12}, {Header: "넣을 수량", Numeric: true, Width: 9},
			{Header: "확인", Width: 5, Check: true}},
		Totals: map[string]int{"units": p.Units, "boxes": len(p.Boxes)},
	}
	for _, b := range p.Boxes {
		r := b.Receiver
		head := GroupHead{Title: fmt.Sprintf("박스 %d · %s · %s", b.No, r.Name, r.Phone),
			Detail: fmt.Sprintf("(%s) %s", r.Zip, r.Address()), Warnings: b.Warnings}
		if len(b.Shipments) > 1 {
			head.Title += fmt.Sprintf(" · 합포장 %d건", len(b.Shipments))
		}
		if b.Grouping == GroupNoCombine {
			head.Title += " · 합포장 금지"
		}
		if r.Message != "" {
			head.Detail += " · 배송메시지: " + r.Message
		}
		if len(b.Hopes) > 0 {
			head.Title += " · 배송 희망일 " + strings.Join(b.Hopes, ", ")
		}
		t.Groups = append(t.Groups, head)
		for _, l := range b.Lines {
			name := l.ProductName
			if l.OptionName != "" {
				name += " / " + l.OptionName
			}
			if l.ExposedName != "" && foldName(l.ExposedName) != foldName(name) {
				name += "\n(구매 화면: " + l.ExposedName + ")"
			}
			if l.SKUName != "" && l.SKUName != name {
				name += "\n→ " + l.SKUName
			}
			if l.Hope != "" {
				name += "\n배송 희망일 " + l.Hope
			}
			qty := strconv.Itoa(l.Quantity)
			if l.BundleSize > 1 {
				qty += fmt.Sprintf(" × 묶음 %d", l.BundleSize)
			}
			if c := l.CanceledQty + l.HeldQty; c > 0 {
				qty += fmt.Sprintf(" (취소 %d)", c)
			}
			t.Rows = append(t.Rows, Row{Group: b.No, Cells: []string{strconv.Itoa(b.No), r.Name, r.Phone, r.Zip,
				r.Address(), r.Message, l.Marketplace.Label(), l.OrderID, l.Name, l.Location, name, qty,
				strconv.Itoa(l.Units), ""}})
		}
	}
	return t
}

// Table lays the shipping list out in a courier's upload layout: one row per box.
func (s *ShippingList) Table(l Layout) (Table, error) {
	if err := l.Validate(); err != nil {
		return Table{}, err
	}
	sheet := l.Sheet
	if sheet == "" {
		sheet = "Sheet1"
	}
	t := Table{Kind: ShippingKind, Title: ShippingKind.Label() + " · " + l.Courier, Sheet: sheet,
		GeneratedAt: s.GeneratedAt, Shipments: s.Shipments, Held: s.Held, Landscape: true,
		Totals: map[string]int{"boxes": len(s.Rows)}}
	for _, c := range l.Columns {
		col := Column{Header: c.Header, Width: fieldWidth(c.Field)}
		// The printed copy is for reading; the empty and constant columns stay in the files.
		// The shipment keys (고객주문번호, what the courier echoes back) are for the machine: the
		// printed copy names the boxes instead (the 주문 column below).
		col.PrintHidden = c.Field == "blank" || c.Field == "boxCount" || c.Field == "orderRefs"
		col.Numeric = c.Field == "quantity" || c.Field == "boxCount" || c.Field == "boxNo"
		col.NoWrap = noWrapField(c.Field)
		t.Columns = append(t.Columns, col)
	}
	t.Columns = append(t.Columns, Column{Header: "주문", Width: 30, PrintOnly: true, NoWrap: true})
	for i := range s.Rows {
		r := &s.Rows[i]
		cells := make([]string, len(l.Columns), len(l.Columns)+1)
		for j, c := range l.Columns {
			v, err := r.Value(c.Field)
			if err != nil {
				return Table{}, err
			}
			cells[j] = v
		}
		cells = append(cells, strings.Join(r.Names, "\n"))
		t.Rows = append(t.Rows, Row{Group: i + 1, Cells: cells})
	}
	return t, nil
}

// noWrapField reports whether a shipping field is a code, number or name that must print unbroken.
func noWrapField(field string) bool {
	switch field {
	case "receiverName", "ordererName", "phone", "phone2", "zip", "orderRefs", "orderIds", "marketplaces":
		return true
	}
	return false
}

func fieldWidth(field string) float64 {
	switch field {
	case "address", "address1":
		return 34
	case "productSummary":
		return 28
	case "orderRefs", "orderIds":
		return 26
	case "message", "address2":
		return 16
	case "phone", "phone2":
		return 14
	case "quantity", "boxCount", "boxNo":
		return 6
	case "zip":
		return 7
	case "marketplaces":
		return 8
	}
	return 10
}

package lists

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

//go:embed layouts.json
var layoutsJSON []byte

// ShippingList is the 배송리스트: one row per box, for the courier's bulk label upload.
type ShippingList struct {
	GeneratedAt time.Time      `json:"generatedAt"`
	Shipments   int            `json:"shipments"`
	Rows        []ShippingRow  `json:"rows"`
	Held        []HeldShipment `json:"held"`
}

// ShippingRow is one box as the courier's upload file wants it.
type ShippingRow struct {
	BoxNo        int    `json:"boxNo"`
	ReceiverName string `json:"receiverName"`
	Phone        string `json:"phone"`
	Phone2       string `json:"phone2,omitempty"`
	Zip          string `json:"zip"`
	Address1     string `json:"address1"`
	Address2     string `json:"address2,omitempty"`
	// Message is the 배송메시지 printed on the label: the box's hope-delivery day first when the buyer
	// chose one (희망일배송: "배송 희망일 12/24(목)"), so the driver sees it, then the buyers' messages.
	Message     string `json:"message,omitempty"`
	OrdererName string `json:"ordererName,omitempty"`
	// ProductSummary is the 품목명: the first product with its units and "외 N건".
	ProductSummary string `json:"productSummary"`
	// Quantity is the number of units in the box (내품수량).
	Quantity int `json:"quantity"`
	// OrderRefs is the 고객주문번호 the courier echoes back in its result file: the shipment keys of
	// the box joined by ", " (e.g. "naver/2026112212345678, coupang/642538970006401429").
	OrderRefs    string   `json:"orderRefs"`
	ShipmentKeys []string `json:"shipmentKeys"`
	OrderIDs     []string `json:"orderIds"`
	// Names are the boxes' names (order.Shipment.Name), what the printed sheet shows.
	Names        []string            `json:"names"`
	Marketplaces []order.Marketplace `json:"marketplaces"`
}

// BuildShippingList makes the courier rows from a packing list: one row per box, so combined
// shipments get one label.
func BuildShippingList(p *PackList) ShippingList {
	s := ShippingList{GeneratedAt: p.GeneratedAt, Shipments: p.Shipments, Held: p.Held,
		Rows: make([]ShippingRow, 0, len(p.Boxes))}
	for i := range p.Boxes {
		b := &p.Boxes[i]
		r := ShippingRow{BoxNo: b.No, ReceiverName: b.Receiver.Name, Phone: domesticPhone(b.Receiver.Phone),
			Phone2: domesticPhone(b.Receiver.Phone2),
			Zip:    b.Receiver.Zip, Address1: b.Receiver.Address1, Address2: b.Receiver.Address2, Message: labelMessage(b),
			ProductSummary: b.Summary, Quantity: b.Units}
		for _, sh := range b.Shipments {
			r.ShipmentKeys = append(r.ShipmentKeys, sh.Key)
			r.Names = append(r.Names, sh.Name)
			if !containsString(r.OrderIDs, sh.OrderID) {
				r.OrderIDs = append(r.OrderIDs, sh.OrderID)
			}
			if !containsMarket(r.Marketplaces, sh.Marketplace) {
				r.Marketplaces = append(r.Marketplaces, sh.Marketplace)
			}
			if r.OrdererName == "" {
				r.OrdererName = sh.OrdererName
			}
		}
		r.OrderRefs = strings.Join(r.ShipmentKeys, ", ")
		s.Rows = append(s.Rows, r)
	}
	return s
}

// labelMessage is the box's 배송메시지 for the courier's label: the days its buyers want it
// (order.HopeDelivery.Short) before the buyers' own messages.
func labelMessage(b *Box) string {
	if len(b.Hopes) == 0 {
		return b.Receiver.Message
	}
	m := "배송 희망일 " + strings.Join(b.Hopes, ", ")
	if b.Receiver.Message != "" {
		m += " / " + b.Receiver.Message
	}
	return m
}

// domesticPhone writes an international Korean number the way couriers expect it:
// "+82 10-1234-5678" → "010-1234-5678". Other numbers are kept as given.
func domesticPhone(p string) string {
	t := strings.TrimSpace(p)
	if !strings.HasPrefix(t, "+82") {
		return t
	}
	rest := strings.TrimLeft(t[3:], " -)")
	if !strings.HasPrefix(rest, "0") {
		rest = "0" + rest
	}
	return rest
}

func containsMarket(ms []order.Marketplace, m order.Marketplace) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// Layout is a courier's upload file layout: the columns in order, each a header text and the
// name of the ShippingRow field that fills it.
type Layout struct {
	Courier string         `json:"courier"`
	Name    string         `json:"name"`
	Sheet   string         `json:"sheet"`
	Columns []LayoutColumn `json:"columns"`
}

// LayoutColumn is one column of a layout.
type LayoutColumn struct {
	Header string `json:"header"`
	// Field is one of ShippingFields().
	Field string `json:"field"`
}

// ErrUnknownField is returned for a layout column naming a field SellerDesk does not have.
var ErrUnknownField = errors.New("lists: unknown shipping field")

// ErrUnknownLayout is returned when no layout is registered for a courier.
var ErrUnknownLayout = errors.New("lists: no upload layout for this courier")

var shippingFields = [...]string{"receiverName", "phone", "phone2", "zip", "address", "address1", "address2",
	"message", "ordererName", "productSummary", "quantity", "boxCount", "orderRefs", "orderIds", "marketplaces",
	"boxNo", "blank"}

// ShippingFields lists the field names a layout column may use.
func ShippingFields() []string { return append([]string(nil), shippingFields[:]...) }

// Value is the text of one field of the row ("" for "blank").
func (r *ShippingRow) Value(field string) (string, error) {
	switch field {
	case "receiverName":
		return r.ReceiverName, nil
	case "phone":
		return r.Phone, nil
	case "phone2":
		return r.Phone2, nil
	case "zip":
		return r.Zip, nil
	case "address":
		return strings.TrimSpace(r.Address1 + " " + r.Address2), nil
	case "address1":
		return r.Address1, nil
	case "address2":
		return r.Address2, nil
	case "message":
		return r.Message, nil
	case "ordererName":
		return r.OrdererName, nil
	case "productSummary":
		return r.ProductSummary, nil
	case "quantity":
		return strconv.Itoa(r.Quantity), nil
	case "boxCount":
		return "1", nil
	case "orderRefs":
		return r.OrderRefs, nil
	case "orderIds":
		return strings.Join(r.OrderIDs, ", "), nil
	case "marketplaces":
		labels := make([]string, len(r.Marketplaces))
		for i, m := range r.Marketplaces {
			labels[i] = m.Label()
		}
		return strings.Join(labels, ", "), nil
	case "boxNo":
		return strconv.Itoa(r.BoxNo), nil
	case "blank":
		return "", nil
	}
	return "", fmt.Errorf("%w %q", ErrUnknownField, field)
}

// Validate checks that the layout has columns and that every field exists.
func (l Layout) Validate() error {
	if strings.TrimSpace(l.Courier) == "" || len(l.Columns) == 0 {
		return fmt.Errorf("lists: layout %q: needs a courier and columns", l.Name)
	}
	var probe ShippingRow
	for i, c := range l.Columns {
		if _, err := probe.Value(c.Field); err != nil {
			return fmt.Errorf("lists: layout %q column %d (%s): %w", l.Name, i+1, c.Header, err)
		}
	}
	return nil
}

// Layouts is a registry of upload layouts keyed by courier name.
type Layouts struct {
	byCourier map[string]Layout
	order     []string
}

// DefaultLayouts are the layouts embedded in SellerDesk (backend/lists/layouts.json), CJ대한통운 first.
func DefaultLayouts() (*Layouts, error) { return ParseLayouts(layoutsJSON) }

// ParseLayouts reads a JSON array of layouts and validates each.
func ParseLayouts(data []byte) (*Layouts, error) {
	var ls []Layout
	if err := json.Unmarshal(data, &ls); err != nil {
		return nil, fmt.Errorf("lists: read layouts: %w", err)
	}
	reg := &Layouts{byCourier: map[string]Layout{}}
	for _, l := range ls {
		if err := reg.Add(l); err != nil {
			return nil, err
		}
	}
	return reg, nil
}

// Add registers (or replaces) the layout of a courier.
func (r *Layouts) Add(l Layout) error {
	if err := l.Validate(); err != nil {
		return err
	}
	if l.Sheet == "" {
		l.Sheet = "Sheet1"
	}
	if r.byCourier == nil {
		r.byCourier = map[string]Layout{}
	}
	k := courierKey(l.Courier)
	if _, ok := r.byCourier[k]; !ok {
		r.order = append(r.order, k)
	}
	r.byCourier[k] = l
	return nil
}

// Layout finds the layout of a courier by its name (spaces and case ignored).
func (r *Layouts) Layout(courier string) (Layout, error) {
	l, ok := r.byCourier[courierKey(courier)]
	if !ok {
		return Layout{}, fmt.Errorf("%w: %q", ErrUnknownLayout, courier)
	}
	return l, nil
}

// Couriers lists the couriers that have a layout, in registration order.
func (r *Layouts) Couriers() []string {
	out := make([]string, len(r.order))
	for i, k := range r.order {
		out[i] = r.byCourier[k].Courier
	}
	return out
}

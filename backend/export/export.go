// Package export writes the stored shipments to a file the seller can keep or open elsewhere:
// JSON (a documented, versioned contract: see the README section "Export JSON"), CSV (UTF-8
// with a BOM, so Excel reads the Korean) and XLSX. Files are written 0600 and atomically.
package export

import (
	"context"
	"fmt"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Format is an export file format.
type Format string

const (
	JSON Format = "json"
	CSV  Format = "csv"
	XLSX Format = "xlsx"
)

// ParseFormat accepts json, csv and xlsx in any case.
func ParseFormat(s string) (Format, error) {
	switch f := Format(lower(s)); f {
	case JSON, CSV, XLSX:
		return f, nil
	}
	return "", fmt.Errorf("export: unknown format %q (json, csv, xlsx)", s)
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// DocumentFormat and DocumentVersion identify the JSON contract.
const (
	DocumentFormat  = "sellerdesk.export"
	DocumentVersion = 1
)

// Document is the JSON export: the contract other programs read. Fields are only ever added.
type Document struct {
	Format     string     `json:"format"`
	Version    int        `json:"version"`
	ExportedAt string     `json:"exportedAt"`
	Count      int        `json:"count"`
	Shipments  []Shipment `json:"shipments"`
}

// Shipment is one box in the export.
type Shipment struct {
	Key              string    `json:"key"`
	Marketplace      string    `json:"marketplace"`
	MarketplaceLabel string    `json:"marketplaceLabel"`
	ID               string    `json:"id"`
	OrderID          string    `json:"orderId"`
	PackageNumber    string    `json:"packageNumber"`
	Status           string    `json:"status"`
	StatusLabel      string    `json:"statusLabel"`
	MarketStatus     string    `json:"marketStatus"`
	OrderedAt        string    `json:"orderedAt"`
	PaidAt           string    `json:"paidAt"`
	AcknowledgedAt   string    `json:"acknowledgedAt"`
	OrdererName      string    `json:"ordererName"`
	Receiver         Receiver  `json:"receiver"`
	PreviousReceiver *Receiver `json:"previousReceiver"`
	Lines            []Line    `json:"lines"`
	UnitsToShip      int       `json:"unitsToShip"`
	ShippingFee      int64     `json:"shippingFee"`
	Courier          string    `json:"courier"`
	TrackingNumber   string    `json:"trackingNumber"`
	Claim            *Claim    `json:"claim"`
	Findings         []Finding `json:"findings"`
	// Blocked is order.Shipment.Held: the box can still ship and an open blocking finding holds it.
	Blocked     bool   `json:"blocked"`
	NoCombine   bool   `json:"noCombine"`
	FirstSeenAt string `json:"firstSeenAt"`
	UpdatedAt   string `json:"updatedAt"`
	// ShipBy is the 발송기한 ("" when the marketplace gives none).
	ShipBy string `json:"shipBy"`
	// HopeDelivery is the day the buyer wants the goods to arrive (Naver 희망일배송), null without one.
	HopeDelivery *HopeDelivery `json:"hopeDelivery"`
}

// HopeDelivery is a buyer's chosen delivery day.
type HopeDelivery struct {
	Date       string `json:"date"` // 2026-12-24, "" when the marketplace's date could not be read
	Time       string `json:"time"` // 15:00, "" without an hour
	Region     string `json:"region"`
	Guaranteed bool   `json:"guaranteed"` // N희망일배송
	Text       string `json:"text"`       // in Korean, as the lists print it: "2026-12-24(목) 15:00"
}

// Receiver is who the box goes to.
type Receiver struct {
	Name     string `json:"name"`
	Phone    string `json:"phone"`
	Phone2   string `json:"phone2"`
	Zip      string `json:"zip"`
	Address1 string `json:"address1"`
	Address2 string `json:"address2"`
	Message  string `json:"message"`
}

// Line is one product × option × quantity.
type Line struct {
	ItemID          string `json:"itemId"`
	ProductID       string `json:"productId"`
	ProductName     string `json:"productName"`
	OptionName      string `json:"optionName"`
	ExposedName     string `json:"exposedName"`
	FirstOptionName string `json:"firstOptionName"`
	SellerCode      string `json:"sellerCode"`
	Quantity        int    `json:"quantity"`
	CanceledQty     int    `json:"canceledQty"`
	HeldQty         int    `json:"heldQty"`
	BundleSize      int    `json:"bundleSize"`
	// Bundle is the marketplace bundle option the line was sold as and the unit its quantity is
	// in; absent without one.
	Bundle      *Bundle `json:"bundle,omitempty"`
	UnitsToShip int     `json:"unitsToShip"`
	UnitPrice   int64   `json:"unitPrice"`
	TotalPrice  int64   `json:"totalPrice"`
}

// Bundle is a marketplace-generated bundle option (Coupang 자동생성옵션).
type Bundle struct {
	ItemID string `json:"itemId"`
	Name   string `json:"name"`
	Size   int    `json:"size"`
	// Counted is "units" (quantity already in the seller's units, not multiplied) or "bundles"
	// (quantity × size); Basis is "name" or "date" (what decided it).
	Counted string `json:"counted"`
	Basis   string `json:"basis"`
}

// Claim is a cancel/return/exchange.
type Claim struct {
	Type         string `json:"type"`
	TypeLabel    string `json:"typeLabel"`
	MarketStatus string `json:"marketStatus"`
	RequestedAt  string `json:"requestedAt"`
	Reason       string `json:"reason"`
	Open         bool   `json:"open"`
}

// Finding is one result of the pre-ship checks, with its resolution.
type Finding struct {
	ID         string      `json:"id"`
	Code       string      `json:"code"`
	Label      string      `json:"label"`
	Severity   string      `json:"severity"`
	Message    string      `json:"message"`
	Line       int         `json:"line"`
	RaisedAt   string      `json:"raisedAt"`
	Resolution *Resolution `json:"resolution"`
}

// Resolution says how the seller dealt with a finding.
type Resolution struct {
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
	By     string `json:"by"`
	At     string `json:"at"`
}

// stamp writes a time in KST (RFC 3339), the zero time as "".
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(order.KST()).Format(time.RFC3339)
}

func receiverOf(r order.Receiver) Receiver {
	return Receiver{Name: r.Name, Phone: r.Phone, Phone2: r.Phone2, Zip: r.Zip, Address1: r.Address1, Address2: r.Address2, Message: r.Message}
}

// FromShipment shapes a stored shipment for the export.
func FromShipment(s *order.Shipment) Shipment {
	out := Shipment{
		Key: s.Key(), Marketplace: string(s.Marketplace), MarketplaceLabel: s.Marketplace.Label(), ID: s.ID,
		OrderID: s.OrderID, PackageNumber: s.PackageNumber, Status: string(s.Status), StatusLabel: s.Status.Label(),
		MarketStatus: s.MarketStatus, OrderedAt: stamp(s.OrderedAt), PaidAt: stamp(s.PaidAt),
		AcknowledgedAt: stamp(s.AcknowledgedAt), OrdererName: s.OrdererName, Receiver: receiverOf(s.Receiver),
		Lines: make([]Line, 0, len(s.Lines)), UnitsToShip: s.UnitsToShip(), ShippingFee: s.ShippingFee,
		Courier: s.Courier, TrackingNumber: s.TrackingNumber, Findings: make([]Finding, 0, len(s.Findings)),
		Blocked: s.Held(), NoCombine: s.NoCombine, FirstSeenAt: stamp(s.FirstSeenAt), UpdatedAt: stamp(s.UpdatedAt),
	}
	if s.PreviousReceiver != nil {
		r := receiverOf(*s.PreviousReceiver)
		out.PreviousReceiver = &r
	}
	out.ShipBy = stamp(s.ShipBy)
	if h := s.Hope; h != nil {
		out.HopeDelivery = &HopeDelivery{Region: h.Region, Guaranteed: h.Guaranteed, Text: h.Full()}
		if h.Known() {
			out.HopeDelivery.Date = h.Date.In(order.KST()).Format(time.DateOnly)
		}
		if h.HasTime {
			out.HopeDelivery.Time = fmt.Sprintf("%02d:%02d", h.Time/60, h.Time%60)
		}
	}
	for i := range s.Lines {
		l := &s.Lines[i]
		el := Line{ItemID: l.ItemID, ProductID: l.ProductID, ProductName: l.ProductName,
			OptionName: l.OptionName, ExposedName: l.ExposedName, FirstOptionName: l.FirstOptionName,
			SellerCode: l.SellerCode, Quantity: l.Quantity, CanceledQty: l.CanceledQty, HeldQty: l.HeldQty,
			BundleSize: l.BundleSize, UnitsToShip: l.UnitsToShip(), UnitPrice: l.UnitPrice, TotalPrice: l.TotalPrice}
		if b := l.Bundle; b != nil {
			el.Bundle = &Bundle{ItemID: b.ItemID, Name: b.Name, Size: b.Size, Counted: string(b.Counted), Basis: string(b.Basis)}
		}
		out.Lines = append(out.Lines, el)
	}
	if c := s.Claim; c != nil {
		out.Claim = &Claim{Type: string(c.Type), TypeLabel: c.Type.Label(), MarketStatus: c.MarketStatus,
			RequestedAt: stamp(c.RequestedAt), Reason: c.Reason, Open: c.Open}
	}
	for i := range s.Findings {
		f := &s.Findings[i]
		ef := Finding{ID: f.ID(), Code: string(f.Code), Label: f.Code.Label(), Severity: string(f.Severity),
			Message: f.Message, Line: f.Line, RaisedAt: stamp(f.RaisedAt)}
		if r := f.Resolution; r != nil {
			ef.Resolution = &Resolution{Kind: string(r.Kind), Reason: r.Reason, By: r.By, At: stamp(r.At)}
		}
		out.Findings = append(out.Findings, ef)
	}
	return out
}

// NewDocument builds the JSON document of shipments, exported at now.
func NewDocument(ships []order.Shipment, now time.Time) Document {
	doc := Document{Format: DocumentFormat, Version: DocumentVersion, ExportedAt: stamp(now), Count: len(ships),
		Shipments: make([]Shipment, 0, len(ships))}
	for i := range ships {
		doc.Shipments = append(doc.Shipments, FromShipment(&ships[i]))
	}
	return doc
}

// Collect reads every stored shipment matching f (its paging is ignored), newest payment first.
func Collect(ctx context.Context, st *store.Store, f store.Filter) ([]order.Shipment, error) {
	var keys []string
	for off := 0; ; off += store.MaxLimit {
		f.Offset, f.Limit = off, store.MaxLimit
		page, err := st.List(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("export: list shipments: %w", err)
		}
		for _, s := range page.Items {
			keys = append(keys, s.Key)
		}
		if len(page.Items) < store.MaxLimit || off+store.MaxLimit >= page.Total {
			break
		}
	}
	ships, err := st.Shipments(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("export: read shipments: %w", err)
	}
	return ships, nil
}

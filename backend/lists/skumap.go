package lists

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"sellerdesk/backend/order"
)

// ItemKey identifies one sold item across orders: "code:<seller code>" when the line carries the
// seller's own code, else "name:<normalised product>/<normalised option>".
type ItemKey string

// KeyOf is the item key of a line. Codes and names are compared after NFC normalisation, width
// folding (full-width Ａ１ = A1), lower-casing, and dropping spaces and punctuation, so
// "캐슈넛 160g (1개)" and "캐슈넛160G 1개" are the same item.
func KeyOf(l *order.Line) ItemKey {
	if c := foldName(l.SellerCode); c != "" {
		return ItemKey("code:" + c)
	}
	name := l.ProductName
	if name == "" {
		name = l.ExposedName
	}
	return ItemKey("name:" + foldName(name) + "/" + foldName(l.OptionName))
}

// foldName normalises a name or code for matching.
func foldName(s string) string {
	s = width.Fold.String(norm.NFC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), unicode.IsPunct(r):
			continue
		case r == '+' || r == '×':
			// "2+1" and "x2" carry meaning: keep them.
			b.WriteRune(r)
		case unicode.IsSymbol(r):
			continue
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return norm.NFC.String(b.String())
}

// SKU is the seller's own product, the unit the picking list counts.
type SKU struct {
	// ID is the seller's id of the product (their code, or one SellerDesk made up).
	ID string `json:"id"`
	// Name is how the seller wants it printed.
	Name string `json:"name"`
	// Location is the shelf place, e.g. "A-03"; the picking list walks the shelves in this order.
	Location string `json:"location,omitempty"`
}

// SKUMap is the seller's links from item keys to their SKUs, stored in the settings as JSON.
// The zero value is an empty map ready to use. A SKUMap is not safe for concurrent writes.
type SKUMap struct {
	// SKUs by id.
	SKUs map[string]SKU `json:"skus"`
	// Links from item key to SKU id.
	Links map[ItemKey]string `json:"links"`
}

// ErrInvalidLink is returned for a link the map cannot hold (empty key or SKU id).
var ErrInvalidLink = errors.New("lists: invalid item link")

// Link points an item at a SKU, creating or updating the SKU (name and location when given).
// Linking an item again moves it to the new SKU.
func (m *SKUMap) Link(key ItemKey, sku SKU) error {
	sku.ID = strings.TrimSpace(sku.ID)
	if key == "" || sku.ID == "" {
		return fmt.Errorf("%w: item %q → SKU %q", ErrInvalidLink, key, sku.ID)
	}
	if m.SKUs == nil {
		m.SKUs = map[string]SKU{}
	}
	if m.Links == nil {
		m.Links = map[ItemKey]string{}
	}
	if old, ok := m.SKUs[sku.ID]; ok {
		if sku.Name == "" {
			sku.Name = old.Name
		}
		if sku.Location == "" {
			sku.Location = old.Location
		}
	}
	if sku.Name == "" {
		sku.Name = sku.ID
	}
	m.SKUs[sku.ID] = sku
	prev, relinked := m.Links[key]
	m.Links[key] = sku.ID
	if relinked && prev != sku.ID {
		m.dropUnused(prev)
	}
	return nil
}

// dropUnused removes a SKU no item links to any more.
func (m *SKUMap) dropUnused(id string) {
	for _, other := range m.Links {
		if other == id {
			return
		}
	}
	delete(m.SKUs, id)
}

// ErrUnknownSKU is returned when editing a SKU the map does not have.
var ErrUnknownSKU = errors.New("lists: unknown SKU")

// Update edits the name and shelf location of a SKU already in the map (empty fields are kept).
func (m *SKUMap) Update(sku SKU) error {
	old, ok := m.SKUs[sku.ID]
	if !ok {
		return fmt.Errorf("%w %q", ErrUnknownSKU, sku.ID)
	}
	if strings.TrimSpace(sku.Name) != "" {
		old.Name = strings.TrimSpace(sku.Name)
	}
	if strings.TrimSpace(sku.Location) != "" {
		old.Location = strings.TrimSpace(sku.Location)
	}
	m.SKUs[sku.ID] = old
	return nil
}

// Items lists the item keys linked to a SKU, sorted.
func (m *SKUMap) Items(id string) []ItemKey {
	var out []ItemKey
	for k, v := range m.Links {
		if v == id {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Unlink removes the link of an item (undoing a wrong link) and reports whether there was one.
// A SKU no longer linked from any item is removed too.
func (m *SKUMap) Unlink(key ItemKey) bool {
	id, ok := m.Links[key]
	if !ok {
		return false
	}
	delete(m.Links, key)
	m.dropUnused(id)
	return true
}

// Resolve is the SKU a line counts as: the linked SKU, or else one made from the line itself
// (id = the item key, name = the product and option name). linked reports which.
func (m *SKUMap) Resolve(l *order.Line) (sku SKU, linked bool) {
	key := KeyOf(l)
	if m != nil {
		if id, ok := m.Links[key]; ok {
			if s, ok := m.SKUs[id]; ok {
				return s, true
			}
		}
	}
	name := l.DisplayName()
	if l.ProductName == "" {
		name = l.ExposedName
	}
	return SKU{ID: string(key), Name: name}, false
}

// ParseSKUMap reads a SKU map saved as JSON and checks that every link points at a known SKU.
func ParseSKUMap(data []byte) (*SKUMap, error) {
	var m SKUMap
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("lists: read SKU map: %w", err)
	}
	for id, s := range m.SKUs {
		if id == "" || s.ID != id {
			return nil, fmt.Errorf("lists: read SKU map: SKU %q filed under %q", s.ID, id)
		}
	}
	for k, id := range m.Links {
		if k == "" {
			return nil, fmt.Errorf("lists: read SKU map: empty item key")
		}
		if _, ok := m.SKUs[id]; !ok {
			return nil, fmt.Errorf("lists: read SKU map: item %q links to unknown SKU %q", k, id)
		}
	}
	return &m, nil
}

// UnmatchedReason says why an item is offered for linking.
type UnmatchedReason string

const (
	// NoSellerCode: the line has no seller code, so it is matched only by its name.
	NoSellerCode UnmatchedReason = "NO_SELLER_CODE"
	// OneMarketplace: the item was seen on one marketplace only.
	OneMarketplace UnmatchedReason = "ONE_MARKETPLACE"
)

// UnmatchedItem is an item the seller has not linked yet, for the 상품 매칭 screen.
type UnmatchedItem struct {
	Key          ItemKey                        `json:"key"`
	Name         string                         `json:"name"`
	SellerCode   string                         `json:"sellerCode,omitempty"`
	Marketplaces []order.Marketplace            `json:"marketplaces"`
	Reasons      []UnmatchedReason              `json:"reasons"`
	Units        int                            `json:"units"`
	ItemIDs      map[order.Marketplace][]string `json:"itemIds"`
}

// Unmatched lists the items of the given shipments that are not linked in m and either have no
// seller code or were seen on one marketplace only, sorted by name in Korean order.
func Unmatched(shipments []order.Shipment, m *SKUMap) []UnmatchedItem {
	byKey := map[ItemKey]*UnmatchedItem{}
	var keys []ItemKey
	for i := range shipments {
		s := &shipments[i]
		for j := range s.Lines {
			l := &s.Lines[j]
			key := KeyOf(l)
			if m != nil {
				if _, ok := m.Links[key]; ok {
					continue
				}
			}
			it, ok := byKey[key]
			if !ok {
				sku, _ := m.Resolve(l)
				it = &UnmatchedItem{Key: key, Name: sku.Name, SellerCode: strings.TrimSpace(l.SellerCode),
					ItemIDs: map[order.Marketplace][]string{}}
				byKey[key] = it
				keys = append(keys, key)
			}
			it.Units += l.UnitsToShip()
			if !containsString(it.ItemIDs[s.Marketplace], l.ItemID) {
				it.ItemIDs[s.Marketplace] = append(it.ItemIDs[s.Marketplace], l.ItemID)
			}
		}
	}
	out := make([]UnmatchedItem, 0, len(keys))
	for _, k := range keys {
		it := byKey[k]
		for _, mk := range order.AllMarketplaces() {
			if len(it.ItemIDs[mk]) > 0 {
				it.Marketplaces = append(it.Marketplaces, mk)
			}
		}
		if it.SellerCode == "" {
			it.Reasons = append(it.Reasons, NoSellerCode)
		}
		if len(it.Marketplaces) < 2 {
			it.Reasons = append(it.Reasons, OneMarketplace)
		}
		if len(it.Reasons) > 0 {
			out = append(out, *it)
		}
	}
	c := collate.New(language.Korean)
	sort.SliceStable(out, func(i, j int) bool {
		if r := c.CompareString(out[i].Name, out[j].Name); r != 0 {
			return r < 0
		}
		return out[i].Key < out[j].Key
	})
	return out
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

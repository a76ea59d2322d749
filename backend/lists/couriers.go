package lists

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"sellerdesk/backend/order"
)

//go:embed couriers.tsv
var courierTSV []byte

// Courier is a delivery company as sellers name it, with each marketplace's code for it.
type Courier struct {
	// Name is the Korean name sellers use (e.g. "CJ대한통운").
	Name string `json:"name"`
	// Aliases are other names and codes the seller or a file may use ("CJ", "대한통운", "LOTTE").
	Aliases []string `json:"aliases,omitempty"`
	// Naver and Coupang are the marketplaces' deliveryCompanyCode ("" when the marketplace has none).
	Naver   string `json:"naver,omitempty"`
	Coupang string `json:"coupang,omitempty"`
	// TrackingDigits are the lengths a tracking number of this courier may have (empty: unknown).
	TrackingDigits []int `json:"trackingDigits,omitempty"`
}

// Code is the courier's code on marketplace m ("" when that marketplace has no code for it).
func (c Courier) Code(m order.Marketplace) string {
	switch m {
	case order.Naver:
		return c.Naver
	case order.Coupang:
		return c.Coupang
	}
	return ""
}

// CourierTable is a list of couriers looked up by name, alias or code.
type CourierTable struct {
	couriers []Courier
	byName   map[string]int
}

// DefaultCouriers is the table embedded in SellerDesk (backend/lists/couriers.tsv).
func DefaultCouriers() (*CourierTable, error) {
	return LoadCouriers(bytes.NewReader(courierTSV))
}

// LoadCouriers reads a courier table: one courier a line, tab-separated columns name, aliases
// (comma-separated), Naver code, Coupang code, tracking-number digits (comma-separated). Lines
// starting with # and blank lines are skipped.
func LoadCouriers(r io.Reader) (*CourierTable, error) {
	t := &CourierTable{byName: map[string]int{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for len(cols) < 5 {
			cols = append(cols, "")
		}
		c := Courier{Name: strings.TrimSpace(cols[0]), Naver: strings.TrimSpace(cols[2]), Coupang: strings.TrimSpace(cols[3])}
		if c.Name == "" {
			return nil, fmt.Errorf("lists: courier table line %d: no name", n)
		}
		for _, a := range strings.Split(cols[1], ",") {
			if a = strings.TrimSpace(a); a != "" {
				c.Aliases = append(c.Aliases, a)
			}
		}
		for _, d := range strings.Split(cols[4], ",") {
			if d = strings.TrimSpace(d); d == "" {
				continue
			}
			v, err := strconv.Atoi(d)
			if err != nil || v <= 0 || v > 30 {
				return nil, fmt.Errorf("lists: courier table line %d: bad digit count %q", n, d)
			}
			c.TrackingDigits = append(c.TrackingDigits, v)
		}
		idx := len(t.couriers)
		t.couriers = append(t.couriers, c)
		for _, k := range append([]string{c.Name, c.Naver, c.Coupang}, c.Aliases...) {
			if k == "" {
				continue
			}
			key := courierKey(k)
			if prev, dup := t.byName[key]; dup && prev != idx {
				return nil, fmt.Errorf("lists: courier table line %d: %q already names %s", n, k, t.couriers[prev].Name)
			}
			t.byName[key] = idx
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lists: read courier table: %w", err)
	}
	return t, nil
}

// Lookup finds a courier by its Korean name, an alias, or a marketplace code, ignoring case and
// spaces. The codes other guides use wrongly (LOTTE, LOGEN) find 롯데택배 and 로젠택배.
func (t *CourierTable) Lookup(name string) (Courier, bool) {
	if t == nil {
		return Courier{}, false
	}
	i, ok := t.byName[courierKey(name)]
	if !ok {
		return Courier{}, false
	}
	return t.couriers[i], true
}

// All lists the couriers in table order.
func (t *CourierTable) All() []Courier {
	if t == nil {
		return nil
	}
	return append([]Courier(nil), t.couriers...)
}

func courierKey(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}

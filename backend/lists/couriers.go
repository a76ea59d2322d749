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
	// CheckDigit names how the courier computes a number's last digit from the others ("" when
	// it publishes no such rule): CheckMod7.
	CheckDigit string `json:"checkDigit,omitempty"`
}

// CheckMod7: the last digit is the number formed by all the other digits, modulo 7.
const CheckMod7 = "mod7"

// checkNumber says whether digits (already read, only digits) is a number courier c issues: one
// of its lengths and, where it has one, the right check digit. raw is the input, for the message.
func (c Courier) checkNumber(digits, raw string) (TrackingIssue, string) {
	if len(c.TrackingDigits) == 0 {
		if len(digits) < 8 || len(digits) > 20 {
			return BadLength, fmt.Sprintf("운송장번호 자릿수(%d자리)가 이상합니다 (%s).", len(digits), raw)
		}
		return TrackingOK, ""
	}
	fits := false
	for _, d := range c.TrackingDigits {
		fits = fits || len(digits) == d
	}
	if !fits {
		return BadLength, fmt.Sprintf("운송장번호 자릿수(%d자리)가 %s 번호(%s자리)와 맞지 않습니다 (%s).",
			len(digits), courierName(c), joinInts(c.TrackingDigits), raw)
	}
	if c.CheckDigit == CheckMod7 && !mod7OK(digits) {
		return BadCheckDigit, fmt.Sprintf("운송장번호 %s의 마지막 자리(검증번호)가 %s 번호 규칙에 맞지 않습니다. 번호를 다시 확인하세요.",
			digits, courierName(c))
	}
	return TrackingOK, ""
}

// zerosLost is the number digits would be with the leading zeros Excel drops put back, when that
// makes exactly one number courier c issues ("" otherwise).
func (c Courier) zerosLost(digits string) string {
	found := ""
	for _, d := range c.TrackingDigits {
		if d <= len(digits) {
			continue
		}
		cand := strings.Repeat("0", d-len(digits)) + digits
		if ok, _ := c.checkNumber(cand, cand); ok != TrackingOK {
			continue
		}
		if found != "" {
			return "" // more than one way: no suggestion
		}
		found = cand
	}
	return found
}

// mod7OK reports whether the last digit of digits is the rest, read as one number, modulo 7. The
// remainder is taken digit by digit (Horner's rule), so any length works without overflow.
func mod7OK(digits string) bool {
	if len(digits) < 2 {
		return false
	}
	r := 0
	for _, ch := range digits[:len(digits)-1] {
		r = (r*10 + int(ch-'0')) % 7
	}
	return int(digits[len(digits)-1]-'0') == r
}

func courierName(c Courier) string {
	if c.Name == "" {
		return "이 택배사"
	}
	return c.Name
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

// DefaultCourier is the courier SellerDesk assumes when none is named (the tracking import, the
// shipping list's layout).
const DefaultCourier = "CJ대한통운"

// DefaultCouriers is the table embedded in SellerDesk (backend/lists/couriers.tsv).
func DefaultCouriers() (*CourierTable, error) {
	return LoadCouriers(bytes.NewReader(courierTSV))
}

// LoadCouriers reads a courier table: one courier a line, tab-separated columns name, aliases
// (comma-separated), Naver code, Coupang code, tracking-number digits (comma-separated), check
// digit rule ("" or mod7). Lines starting with # and blank lines are skipped.
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
		for len(cols) < 6 {
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
		switch c.CheckDigit = strings.TrimSpace(cols[5]); c.CheckDigit {
		case "", CheckMod7:
		default:
			return nil, fmt.Errorf("lists: courier table line %d: unknown check digit rule %q", n, c.CheckDigit)
		}
		if c.CheckDigit != "" && len(c.TrackingDigits) == 0 {
			return nil, fmt.Errorf("lists: courier table line %d: a check digit rule needs the number lengths", n)
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

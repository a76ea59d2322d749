// Package digital delivers digital goods by e-mail: the seller marks products (or single options)
// as digital, each with a mail template and a delivery — one fixed download link, or a pool of
// licence codes — and a Runner mails every new paid order exactly once, then hands the order to
// the marketplace step (발송처리 as 배송없음).
//
// The rules here are pure (which line is digital, which address, which mail); the delivery
// records, their states and the code pools live in the store (store.Delivery); sending is the
// mail package's.
package digital

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"sellerdesk/backend/mail"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// Kind is how a digital product is delivered.
type Kind string

const (
	// KindLink sends one fixed link (a download page) to every buyer.
	KindLink Kind = "link"
	// KindCodes sends licence codes from the product's pool: one per unit, never one twice.
	KindCodes Kind = "codes"
)

// Label is the kind in Korean.
func (k Kind) Label() string {
	switch k {
	case KindLink:
		return "링크"
	case KindCodes:
		return "라이선스 코드"
	}
	return string(k)
}

// Match says which order lines are a product: by the marketplace's product id or by the
// seller's own code, optionally narrowed to some options.
type Match struct {
	// ProductIDs are Naver channel product numbers (productId).
	ProductIDs []string `json:"productIds,omitempty"`
	// SellerCodes are the seller's codes (판매자 상품코드 / 옵션 관리코드).
	SellerCodes []string `json:"sellerCodes,omitempty"`
	// Options, when set, limits the product to these option names (spacing, width and case do
	// not matter); empty means every option.
	Options []string `json:"options,omitempty"`
}

// Product is one digital product of the seller.
type Product struct {
	// ID names the product in SellerDesk (letters, digits, - and _); its code pool has this name.
	ID string `json:"id"`
	// Name is the seller's label for it.
	Name     string   `json:"name"`
	Match    Match    `json:"match"`
	Kind     Kind     `json:"kind"`
	Link     string   `json:"link,omitempty"`
	Template Template `json:"template"`
	// LowStock warns when fewer codes than this are left (0: DefaultLowStock).
	LowStock int `json:"lowStock,omitempty"`
}

// DefaultLowStock is the low-stock warning level of a code pool.
const DefaultLowStock = 10

// LowStockLevel is the product's warning level.
func (p *Product) LowStockLevel() int {
	if p.LowStock > 0 {
		return p.LowStock
	}
	return DefaultLowStock
}

// Settings are the seller's digital goods settings. The SMTP password is not here: it is a
// secret kept apart (like the API keys) and never exported.
type Settings struct {
	// Enabled lets the sync loop mail new paid orders by itself.
	Enabled bool `json:"enabled"`
	// AutoNothing treats every Naver order with expectedDeliveryMethod NOTHING (배송 없음) that no
	// product matches as the product DefaultProduct.
	AutoNothing    bool      `json:"autoNothing"`
	DefaultProduct string    `json:"defaultProduct,omitempty"`
	Products       []Product `json:"products"`
	// SMTP is the outgoing mail server (without its password).
	SMTP mail.Server `json:"smtp"`
	// MaxAttempts bounds the automatic tries of a failed send (0: DefaultMaxAttempts).
	MaxAttempts int `json:"maxAttempts,omitempty"`
}

// DefaultMaxAttempts is how often a send that surely failed is tried before the seller decides.
const DefaultMaxAttempts = 3

// Attempts is the bound on automatic tries.
func (s *Settings) Attempts() int {
	if s.MaxAttempts > 0 {
		return min(s.MaxAttempts, 10)
	}
	return DefaultMaxAttempts
}

// SettingsError says what is wrong with the settings, in Korean.
type SettingsError struct {
	Product string // product id, when the error is one product's
	Message string
}

func (e *SettingsError) Error() string { return e.Message }

var productIDRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$`)

// Validate checks the settings (templates included); errors are *SettingsError or
// *TemplateError, in Korean.
func (s *Settings) Validate() error {
	seen := map[string]bool{}
	for i := range s.Products {
		p := &s.Products[i]
		if err := p.validate(); err != nil {
			return err
		}
		if seen[strings.ToLower(p.ID)] {
			return &SettingsError{p.ID, fmt.Sprintf("디지털 상품 ID %q가 두 번 쓰였습니다. 상품마다 다른 ID를 쓰세요.", p.ID)}
		}
		seen[strings.ToLower(p.ID)] = true
	}
	if s.AutoNothing {
		if s.DefaultProduct == "" {
			return &SettingsError{"", "배송없음 주문을 자동으로 디지털 발송하려면 기본 디지털 상품을 고르세요."}
		}
		if s.product(s.DefaultProduct) == nil {
			return &SettingsError{s.DefaultProduct, fmt.Sprintf("기본 디지털 상품 %q가 목록에 없습니다.", s.DefaultProduct)}
		}
	}
	if s.MaxAttempts < 0 || s.MaxAttempts > 10 {
		return &SettingsError{"", "자동 재시도 횟수는 1~10회로 정하세요."}
	}
	if s.Enabled {
		if err := s.SMTP.Validate(); err != nil {
			return err
		}
	}
	return nil
}

func (p *Product) validate() error {
	if !productIDRe.MatchString(p.ID) {
		return &SettingsError{p.ID, fmt.Sprintf("디지털 상품 ID %q는 영문, 숫자, -, _ 로 40자까지 쓰세요.", p.ID)}
	}
	if len(p.Match.ProductIDs) == 0 && len(p.Match.SellerCodes) == 0 {
		return &SettingsError{p.ID, fmt.Sprintf("디지털 상품 %q에 상품번호나 판매자 상품코드를 하나 이상 넣으세요.", p.label())}
	}
	switch p.Kind {
	case KindLink:
		if err := validLink(p.Link); err != nil {
			return &SettingsError{p.ID, fmt.Sprintf("디지털 상품 %q의 링크: %s", p.label(), err)}
		}
	case KindCodes:
		if p.Link != "" {
			if err := validLink(p.Link); err != nil {
				return &SettingsError{p.ID, fmt.Sprintf("디지털 상품 %q의 링크: %s", p.label(), err)}
			}
		}
	default:
		return &SettingsError{p.ID, fmt.Sprintf("디지털 상품 %q의 발송 방식을 '링크' 또는 '라이선스 코드'로 고르세요.", p.label())}
	}
	if p.LowStock < 0 {
		return &SettingsError{p.ID, "재고 경고 수량은 0 이상이어야 합니다."}
	}
	if err := p.Template.Validate(p.Kind); err != nil {
		return &SettingsError{p.ID, fmt.Sprintf("디지털 상품 %q: %s", p.label(), err)}
	}
	return nil
}

func (p *Product) label() string {
	if p.Name != "" {
		return p.Name
	}
	return p.ID
}

func validLink(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return fmt.Errorf("링크를 입력하세요")
	}
	if !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
		return fmt.Errorf("링크는 https:// 로 시작해야 합니다")
	}
	if strings.ContainsAny(s, " \t\r\n") {
		return fmt.Errorf("링크에 공백이 있습니다")
	}
	return nil
}

func (s *Settings) product(id string) *Product {
	for i := range s.Products {
		if strings.EqualFold(s.Products[i].ID, id) {
			return &s.Products[i]
		}
	}
	return nil
}

// Product returns the product with the id.
func (s *Settings) Product(id string) (Product, bool) {
	if p := s.product(id); p != nil {
		return *p, true
	}
	return Product{}, false
}

// optionKey normalises an option name for matching.
func optionKey(s string) string {
	s = width.Fold.String(norm.NFC.String(s))
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

func contains(list []string, v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return false
	}
	for _, x := range list {
		if strings.TrimSpace(x) == v {
			return true
		}
	}
	return false
}

func (m *Match) options(option string) bool {
	if len(m.Options) == 0 {
		return true
	}
	k := optionKey(option)
	for _, o := range m.Options {
		if optionKey(o) == k {
			return true
		}
	}
	return false
}

// Why a line is digital.
const (
	ByOption     = "option"      // a product narrowed to this option
	ByProductID  = "product-id"  // the product number
	BySellerCode = "seller-code" // the seller's code
	ByNothing    = "nothing"     // Naver said 배송 없음 (expectedDeliveryMethod NOTHING)
)

// Find returns the digital product of an order line, and why; ok is false when the line is not
// digital. The most specific rule wins: a product narrowed to the line's option, then one
// matched by product number, then by seller code, then (AutoNothing) the default product for an
// order Naver delivers with NOTHING.
func (s *Settings) Find(line order.Line, expectedDeliveryMethod string) (p Product, by string, ok bool) {
	best, bestRank := -1, 0
	for i := range s.Products {
		m := &s.Products[i].Match
		if !m.options(line.OptionName) {
			continue
		}
		rank := 0
		switch {
		case contains(m.ProductIDs, line.ProductID):
			rank = 2
		case contains(m.SellerCodes, line.SellerCode):
			rank = 1
		default:
			continue
		}
		if len(m.Options) > 0 {
			rank += 10
		}
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	if best >= 0 {
		by = BySellerCode
		switch {
		case bestRank >= 10:
			by = ByOption
		case bestRank == 2:
			by = ByProductID
		}
		return s.Products[best], by, true
	}
	if s.AutoNothing && expectedDeliveryMethod == naver.DeliveryNothing {
		if p := s.product(s.DefaultProduct); p != nil {
			return *p, ByNothing, true
		}
	}
	return Product{}, "", false
}

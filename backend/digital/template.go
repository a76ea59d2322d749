package digital

import (
	"fmt"
	"strconv"
	"strings"
)

// Template is the mail a buyer of one digital product receives: a subject and a plain-text body
// with placeholders such as {{구매자}} or {{코드}} (see Placeholders).
type Template struct {
	Subject string `json:"subject"`
	Body    string `json:"body"`
}

// Placeholder is one value a template can name.
type Placeholder struct {
	// Name is the Korean name written in a template ({{구매자}}).
	Name string `json:"name"`
	// Alias is the English name that works too ({{buyer}}).
	Alias string `json:"alias"`
	// Label says what it becomes, in Korean.
	Label string `json:"label"`
}

// Placeholder names.
const (
	phBuyer    = "구매자"
	phProduct  = "상품"
	phOption   = "옵션"
	phQuantity = "수량"
	phOrder    = "주문번호"
	phLink     = "링크"
	phCode     = "코드"
)

var placeholders = []Placeholder{
	{phBuyer, "buyer", "구매자 이름"},
	{phProduct, "product", "상품명"},
	{phOption, "option", "옵션"},
	{phQuantity, "quantity", "수량"},
	{phOrder, "order", "주문번호 (상품주문번호)"},
	{phLink, "link", "다운로드 링크"},
	{phCode, "code", "라이선스 코드 (수량만큼, 한 줄에 하나)"},
}

// Placeholders lists the placeholders a template may use.
func Placeholders() []Placeholder { return append([]Placeholder(nil), placeholders...) }

// canonical maps a written placeholder name (Korean or English, any case) to its Korean name.
func canonical(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for _, p := range placeholders {
		if name == p.Name || strings.EqualFold(name, p.Alias) {
			return p.Name, true
		}
	}
	return "", false
}

// TemplateError says what is wrong with a template, in Korean.
type TemplateError struct {
	Field   string // "subject" or "body"
	Message string
}

func (e *TemplateError) Error() string { return e.Message }

func fieldLabel(field string) string {
	if field == "subject" {
		return "메일 제목"
	}
	return "메일 본문"
}

func allNames() string {
	names := make([]string, len(placeholders))
	for i, p := range placeholders {
		names[i] = "{{" + p.Name + "}}"
	}
	return strings.Join(names, " ")
}

// segment is a piece of a parsed template: literal text, or a placeholder (Korean name).
type segment struct {
	text string
	ph   string
}

// maxTemplateLen bounds a subject or a body (characters).
const maxTemplateLen = 20000

func parse(field, s string) ([]segment, error) {
	if len([]rune(s)) > maxTemplateLen {
		return nil, &TemplateError{field, fmt.Sprintf("%s이(가) 너무 깁니다 (최대 %d자).", fieldLabel(field), maxTemplateLen)}
	}
	var out []segment
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			if strings.Contains(s, "}}") {
				return nil, &TemplateError{field, fmt.Sprintf("%s에 여는 \"{{\" 없이 \"}}\"가 있습니다.", fieldLabel(field))}
			}
			if s != "" {
				out = append(out, segment{text: s})
			}
			return out, nil
		}
		if strings.Contains(s[:i], "}}") {
			return nil, &TemplateError{field, fmt.Sprintf("%s에 여는 \"{{\" 없이 \"}}\"가 있습니다.", fieldLabel(field))}
		}
		if i > 0 {
			out = append(out, segment{text: s[:i]})
		}
		rest := s[i+2:]
		j := strings.Index(rest, "}}")
		if j < 0 || strings.Contains(rest[:j], "{{") || strings.Contains(rest[:j], "\n") {
			return nil, &TemplateError{field, fmt.Sprintf("%s의 \"{{\" 뒤에 닫는 \"}}\"가 없습니다.", fieldLabel(field))}
		}
		name := rest[:j]
		c, ok := canonical(name)
		if !ok {
			return nil, &TemplateError{field, fmt.Sprintf("%s의 {{%s}}은(는) 알 수 없는 자리표시자입니다. 쓸 수 있는 것: %s",
				fieldLabel(field), strings.TrimSpace(name), allNames())}
		}
		out = append(out, segment{ph: c})
		s = rest[j+2:]
	}
}

func uses(segs []segment, ph string) bool {
	for _, s := range segs {
		if s.ph == ph {
			return true
		}
	}
	return false
}

// Validate checks the template for a product of the given kind: both parts filled, every
// placeholder known, the subject on one line, and the body carrying what the buyer paid for
// ({{링크}} for a link, {{코드}} for licence codes). Errors are *TemplateError in Korean.
func (t Template) Validate(kind Kind) error {
	if strings.TrimSpace(t.Subject) == "" {
		return &TemplateError{"subject", "메일 제목을 입력하세요."}
	}
	if strings.TrimSpace(t.Body) == "" {
		return &TemplateError{"body", "메일 본문을 입력하세요."}
	}
	if strings.ContainsAny(t.Subject, "\r\n") {
		return &TemplateError{"subject", "메일 제목은 한 줄이어야 합니다."}
	}
	subj, err := parse("subject", t.Subject)
	if err != nil {
		return err
	}
	body, err := parse("body", t.Body)
	if err != nil {
		return err
	}
	if uses(subj, phCode) {
		return &TemplateError{"subject", "라이선스 코드 {{코드}}는 메일 제목에 넣을 수 없습니다. 본문에 넣으세요."}
	}
	switch kind {
	case KindLink:
		if !uses(body, phLink) {
			return &TemplateError{"body", "링크 상품의 메일 본문에는 {{링크}}가 있어야 합니다. 없으면 구매자가 받을 것이 없습니다."}
		}
		if uses(body, phCode) {
			return &TemplateError{"body", "링크 상품에는 라이선스 코드가 없습니다. 본문에서 {{코드}}를 빼거나 상품 종류를 '코드'로 바꾸세요."}
		}
	case KindCodes:
		if !uses(body, phCode) {
			return &TemplateError{"body", "코드 상품의 메일 본문에는 {{코드}}가 있어야 합니다. 없으면 구매자가 받을 것이 없습니다."}
		}
	}
	return nil
}

// Values are what the placeholders of one mail become.
type Values struct {
	Buyer    string
	Product  string
	Option   string
	Quantity int
	OrderID  string
	Link     string
	Codes    []string
}

func (v Values) get(ph string, subject bool) string {
	switch ph {
	case phBuyer:
		return v.Buyer
	case phProduct:
		return v.Product
	case phOption:
		return v.Option
	case phQuantity:
		return strconv.Itoa(v.Quantity)
	case phOrder:
		return v.OrderID
	case phLink:
		return v.Link
	case phCode:
		if subject {
			return strings.Join(v.Codes, ", ")
		}
		return strings.Join(v.Codes, "\n")
	}
	return ""
}

// oneLine keeps a value that came from outside (a buyer's name) from breaking a header.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)), " ")
}

// Render fills the template in. The template must be valid (Validate).
func (t Template) Render(v Values) (subject, body string, err error) {
	subj, err := parse("subject", t.Subject)
	if err != nil {
		return "", "", err
	}
	bd, err := parse("body", t.Body)
	if err != nil {
		return "", "", err
	}
	var sb, bb strings.Builder
	for _, s := range subj {
		if s.ph == "" {
			sb.WriteString(s.text)
		} else {
			sb.WriteString(oneLine(v.get(s.ph, true)))
		}
	}
	for _, s := range bd {
		if s.ph == "" {
			bb.WriteString(s.text)
		} else {
			bb.WriteString(v.get(s.ph, false))
		}
	}
	return oneLine(sb.String()), bb.String(), nil
}

// DefaultTemplate is a ready template for a product of the kind, for the seller to adapt.
func DefaultTemplate(kind Kind) Template {
	t := Template{Subject: "[주문 {{주문번호}}] {{상품}} 보내 드립니다"}
	switch kind {
	case KindCodes:
		t.Body = "{{구매자}}님, 구매해 주셔서 감사합니다.\n\n상품: {{상품}} {{옵션}}\n수량: {{수량}}\n\n라이선스 코드:\n{{코드}}\n\n문의는 스마트스토어 톡톡으로 남겨 주세요.\n"
	default:
		t.Body = "{{구매자}}님, 구매해 주셔서 감사합니다.\n\n상품: {{상품}} {{옵션}}\n수량: {{수량}}\n\n아래 링크에서 받으세요:\n{{링크}}\n\n문의는 스마트스토어 톡톡으로 남겨 주세요.\n"
	}
	return t
}

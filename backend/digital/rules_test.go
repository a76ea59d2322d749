package digital

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/korean"

	"sellerdesk/backend/order"
)

func TestTemplateValidate(t *testing.T) {
	ok := DefaultTemplate(KindCodes)
	require.NoError(t, ok.Validate(KindCodes))
	require.NoError(t, DefaultTemplate(KindLink).Validate(KindLink))
	require.NoError(t, Template{Subject: "{{ buyer }}님 주문 {{ORDER}}", Body: "{{link}}"}.Validate(KindLink), "English names, any case and spacing")
	for _, tc := range []struct {
		name string
		kind Kind
		tpl  Template
		want string
	}{
		{"unknown", KindLink, Template{"제목", "{{링크}} {{배송지}}"}, "{{배송지}}은(는) 알 수 없는 자리표시자"},
		{"unclosed", KindLink, Template{"제목 {{상품", "{{링크}}"}, "닫는 \"}}\"가 없습니다"},
		{"stray close", KindLink, Template{"제목", "{{링크}} 상품}}"}, "여는 \"{{\" 없이"},
		{"empty subject", KindLink, Template{" ", "{{링크}}"}, "메일 제목을 입력"},
		{"empty body", KindLink, Template{"s", ""}, "메일 본문을 입력"},
		{"two-line subject", KindLink, Template{"a\nb", "{{링크}}"}, "한 줄"},
		{"link missing", KindLink, Template{"s", "감사합니다"}, "{{링크}}가 있어야"},
		{"code missing", KindCodes, Template{"s", "{{링크}}"}, "{{코드}}가 있어야"},
		{"code on a link product", KindLink, Template{"s", "{{링크}} {{코드}}"}, "코드가 없습니다"},
		{"code in subject", KindCodes, Template{"{{코드}}", "{{코드}}"}, "제목에 넣을 수 없습니다"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.tpl.Validate(tc.kind)
			var te *TemplateError
			require.True(t, errors.As(err, &te), "%v", err)
			assert.Contains(t, te.Message, tc.want)
		})
	}
}

func TestTemplateRender(t *testing.T) {
	tpl := Template{Subject: "[{{주문번호}}] {{구매자}}님 {{상품}}", Body: "{{구매자}}님\n{{상품}} / {{옵션}} × {{수량}}\n{{코드}}\n{{링크}}"}
	subj, body, err := tpl.Render(Values{Buyer: "김\r\n민준", Product: "전자책", Option: "PDF", Quantity: 2, OrderID: "2026112245671201",
		Link: "https://example.com/d", Codes: []string{"AAAA-1111", "BBBB-2222"}})
	require.NoError(t, err)
	assert.Equal(t, "[2026112245671201] 김 민준님 전자책", subj, "a buyer's line break cannot reach the header")
	assert.Equal(t, "김\r\n민준님\n전자책 / PDF × 2\nAAAA-1111\nBBBB-2222\nhttps://example.com/d", body)
}

func settings() Settings {
	return Settings{Products: []Product{
		{ID: "ebook", Name: "전자책", Kind: KindLink, Link: "https://example.com/ebook", Template: DefaultTemplate(KindLink),
			Match: Match{ProductIDs: []string{"8800120002"}}},
		{ID: "ebook-pro", Name: "전자책 프로", Kind: KindCodes, Template: DefaultTemplate(KindCodes),
			Match: Match{ProductIDs: []string{"8800120002"}, Options: []string{"프로 라이선스"}}},
		{ID: "font", Name: "폰트", Kind: KindCodes, Template: DefaultTemplate(KindCodes),
			Match: Match{SellerCodes: []string{"FONT-01"}}},
	}, AutoNothing: true, DefaultProduct: "ebook"}
}

func TestFind(t *testing.T) {
	s := settings()
	require.NoError(t, s.Validate())
	for _, tc := range []struct {
		name     string
		line     order.Line
		method   string
		id, by   string
		notFound bool
	}{
		{"product id", order.Line{ProductID: "8800120002", OptionName: "기본"}, "DELIVERY", "ebook", ByProductID, false},
		{"option wins", order.Line{ProductID: "8800120002", OptionName: "프로  라이선스"}, "DELIVERY", "ebook-pro", ByOption, false},
		{"seller code", order.Line{ProductID: "1", SellerCode: "FONT-01"}, "DELIVERY", "font", BySellerCode, false},
		{"nothing", order.Line{ProductID: "777"}, "NOTHING", "ebook", ByNothing, false},
		{"a box", order.Line{ProductID: "777"}, "DELIVERY", "", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, by, ok := s.Find(tc.line, tc.method)
			assert.Equal(t, !tc.notFound, ok)
			assert.Equal(t, tc.id, p.ID)
			assert.Equal(t, tc.by, by)
		})
	}
	s.AutoNothing = false
	_, _, ok := s.Find(order.Line{ProductID: "777"}, "NOTHING")
	assert.False(t, ok, "NOTHING is digital only when the seller says so")
}

func TestSettingsValidate(t *testing.T) {
	for name, mut := range map[string]func(*Settings){
		"duplicate id":    func(s *Settings) { s.Products[1].ID = "EBOOK" },
		"no match":        func(s *Settings) { s.Products[0].Match = Match{} },
		"bad link":        func(s *Settings) { s.Products[0].Link = "ftp://x" },
		"bad kind":        func(s *Settings) { s.Products[0].Kind = "box" },
		"bad template":    func(s *Settings) { s.Products[2].Template.Body = "{{코드}} {{주소}}" },
		"no default":      func(s *Settings) { s.DefaultProduct = "" },
		"unknown default": func(s *Settings) { s.DefaultProduct = "nope" },
		"bad id":          func(s *Settings) { s.Products[0].ID = "전자책" },
		"smtp when on":    func(s *Settings) { s.Enabled = true },
	} {
		t.Run(name, func(t *testing.T) {
			s := settings()
			mut(&s)
			err := s.Validate()
			require.Error(t, err)
			assert.Regexp(t, `[가-힣]`, err.Error(), "the seller reads Korean")
		})
	}
}

func TestBuyerAddress(t *testing.T) {
	for _, tc := range []struct {
		name          string
		m             order.Marketplace
		id, override  string
		to, src, hold string
	}{
		{"naver id", order.Naver, "Buyer_01", "", "buyer_01@naver.com", AddressFromNaverID, ""},
		{"masked", order.Naver, "kimm****", "", "", "", HoldMaskedAddress},
		{"missing", order.Naver, "", "", "", "", HoldNoAddress},
		{"not an id", order.Naver, "a@b.c", "", "", "", HoldBadAddress},
		{"override", order.Naver, "kimm****", " kim@daum.net ", "kim@daum.net", AddressFromSeller, ""},
		{"bad override", order.Naver, "buyer01", "kim at daum", "", "", HoldBadAddress},
		{"header injection", order.Naver, "", "a@b.com\r\nBcc: x@y.z", "", "", HoldBadAddress},
		{"coupang", order.Coupang, "", "", "", "", HoldCoupang},
		{"coupang override", order.Coupang, "", "buyer@gmail.com", "buyer@gmail.com", AddressFromSeller, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := BuyerAddress(tc.m, tc.id, tc.override)
			assert.Equal(t, tc.to, r.To)
			assert.Equal(t, tc.src, r.Source)
			assert.Equal(t, tc.hold, r.Hold)
			if tc.hold != "" {
				assert.Regexp(t, `[가-힣]`, r.Note)
			}
		})
	}
	assert.Contains(t, BuyerAddress(order.Coupang, "", "").Note, "2024년 8월 6일")
}

func TestParseCodes(t *testing.T) {
	cp949, err := korean.EUCKR.NewEncoder().Bytes([]byte("번호,라이선스 코드\n1,AAAA-1111\n2,BBBB-2222\n3,AAAA-1111\n4,\n"))
	require.NoError(t, err)
	cf, err := ParseCodes(cp949)
	require.NoError(t, err)
	assert.Equal(t, []string{"AAAA-1111", "BBBB-2222"}, cf.Codes, "the header names the column")
	assert.Equal(t, 1, cf.Duplicates)
	assert.Equal(t, "cp949", cf.Encoding)

	cf, err = ParseCodes([]byte("\xef\xbb\xbfX1\r\nX2\r\n\r\n X3 \r\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"X1", "X2", "X3"}, cf.Codes)

	f := excelize.NewFile()
	require.NoError(t, f.SetSheetRow("Sheet1", "A1", &[]any{"Serial"}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A2", &[]any{123456789012345}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A3", &[]any{"KEY-2"}))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	cf, err = ParseCodes(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, []string{"123456789012345", "KEY-2"}, cf.Codes, "a long number keeps its digits")
	assert.Equal(t, "xlsx", cf.Format)

	for name, data := range map[string][]byte{
		"empty":   nil,
		"no code": []byte("코드\n\n"),
		"control": []byte("A\x07B\n"),
		"zip":     []byte("PK\x03\x04garbage"),
	} {
		_, err := ParseCodes(data)
		var ce *CodeFileError
		assert.True(t, errors.As(err, &ce), "%s: %v", name, err)
	}
}

func FuzzParseCodes(f *testing.F) {
	f.Add([]byte("코드\nA\nB\n"))
	f.Add([]byte("a\tb\nc\td\n"))
	f.Add([]byte("\"x,y\",z\n\"unclosed\n"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, err := ParseCodes(data)
		if err != nil {
			var ce *CodeFileError
			if !errors.As(err, &ce) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, c := range cf.Codes {
			if c == "" || seen[c] || len([]rune(c)) > MaxCodeLen {
				t.Fatalf("bad code %q", c)
			}
			seen[c] = true
		}
	})
}

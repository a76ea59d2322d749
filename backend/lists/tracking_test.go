package lists

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Couriers as the embedded table describes them (TestCourierTableRules checks they agree).
var (
	cjRule    = Courier{Name: "CJ대한통운", TrackingDigits: []int{10, 12}}
	lotteRule = Courier{Name: "롯데택배", TrackingDigits: []int{12}, CheckDigit: CheckMod7}
	logenRule = Courier{Name: "로젠택배", TrackingDigits: []int{11}}
	epostRule = Courier{Name: "우체국택배", TrackingDigits: []int{13}}
	anyRule   = Courier{Name: "DHL"}
)

func TestReadTrackingNumber(t *testing.T) {
	tests := []struct {
		raw        string
		c          Courier
		want       string
		issue      TrackingIssue
		suggestion string
	}{
		{"601234567890", cjRule, "601234567890", TrackingOK, ""},
		{" 6012-3456-7890 ", cjRule, "601234567890", TrackingOK, ""},
		{"601,234,567,890", cjRule, "601234567890", TrackingOK, ""},
		{`="601234567890"`, cjRule, "601234567890", TrackingOK, ""},
		{"'601234567890", cjRule, "601234567890", TrackingOK, ""},
		{"601234567890.0", cjRule, "601234567890", TrackingOK, ""},
		{"６０１２３４５６７８９０", cjRule, "601234567890", TrackingOK, ""},
		{"6012345678", cjRule, "6012345678", TrackingOK, ""}, // CJ's older 10-digit numbers
		{"6.01234567890E+11", cjRule, "601234567890", ExponentExpanded, ""},
		{"6.0123456789E+11", cjRule, "", DigitsLost, ""},
		{"6.01234E+11", cjRule, "", DigitsLost, ""},
		{"6.01235e11", cjRule, "", DigitsLost, ""},
		// 11 digits are no CJ number: never padded, only suggested for the seller to confirm
		{"12345678901", cjRule, "", ZerosLost, "012345678901"},
		{"12345678", cjRule, "", BadLength, ""}, // 10 or 12: two ways, no suggestion
		{"1234567890123", cjRule, "", BadLength, ""},
		{"12345678901", logenRule, "12345678901", TrackingOK, ""},
		{"123456789012", epostRule, "", ZerosLost, "0123456789012"},
		{"", cjRule, "", Missing, ""},
		{"미발행", cjRule, "", NotANumber, ""},
		{"1.5", cjRule, "", NotANumber, ""},
		{"6.012345678905E+11", cjRule, "", NotANumber, ""},
		{"6.012345678900E+11", cjRule, "601234567890", ExponentExpanded, ""},
		{"LX123456789KR", anyRule, "LX123456789KR", TrackingOK, ""},
		{"12345", anyRule, "", BadLength, ""},
		{"601234567890", anyRule, "601234567890", TrackingOK, ""},
		// 롯데택배: the last digit is the first eleven modulo 7 (31234567890 % 7 = 1)
		{"312345678901", lotteRule, "312345678901", TrackingOK, ""},
		{"3123-4567-8901", lotteRule, "312345678901", TrackingOK, ""},
		{"3.12345678912E+11", lotteRule, "312345678912", ExponentExpanded, ""},
		{"312345678902", lotteRule, "", BadCheckDigit, ""},
		{"312345678908", lotteRule, "", BadCheckDigit, ""},
		{"31234567890", lotteRule, "", BadLength, ""}, // 031234567890 fails the check digit: no suggestion
		{"12345678903", lotteRule, "", ZerosLost, "012345678903"},
		{"3123456789012", lotteRule, "", BadLength, ""},
	}
	for _, tc := range tests {
		t.Run(tc.c.Name+"/"+tc.raw, func(t *testing.T) {
			got := ReadTrackingNumber(tc.raw, tc.c)
			assert.Equal(t, tc.want, got.Number)
			assert.Equal(t, tc.issue, got.Issue)
			assert.Equal(t, tc.suggestion, got.Suggestion)
			if got.Issue != TrackingOK {
				assert.NotEmpty(t, got.Note, "the seller is told what happened")
			}
			assert.Equal(t, got.Number != "", got.Issue.Usable())
			if got.Suggestion != "" {
				assert.Contains(t, got.Note, got.Suggestion, "the note names the number to confirm")
			}
		})
	}
}

// The rules above are the embedded table's.
func TestCourierTableRules(t *testing.T) {
	tab, err := DefaultCouriers()
	require.NoError(t, err)
	for _, want := range []Courier{cjRule, lotteRule, logenRule, epostRule} {
		c, ok := tab.Lookup(want.Name)
		require.True(t, ok, want.Name)
		assert.Equal(t, want.TrackingDigits, c.TrackingDigits, want.Name)
		assert.Equal(t, want.CheckDigit, c.CheckDigit, want.Name)
	}
	_, err = LoadCouriers(strings.NewReader("택배\t\t\t\t12\tluhn\n"))
	assert.ErrorContains(t, err, "unknown check digit rule")
	_, err = LoadCouriers(strings.NewReader("택배\t\t\t\t\tmod7\n"))
	assert.ErrorContains(t, err, "needs the number lengths")
}

// FuzzReadTrackingNumber: whatever comes in, a usable number is one the courier issues, a refused
// one carries no number, and a suggestion is a valid number made only by putting zeros in front.
func FuzzReadTrackingNumber(f *testing.F) {
	for _, s := range []string{"601234567890", "6.01234567890E+11", "6.01235E+11", "12345678901", "312345678902",
		`="0312345678901"`, "１２３", "-", "LX123456789KR", "9.9E+99", "0.0", "00000000000", "6012345678.000"} {
		for i := range 5 {
			f.Add(s, uint8(i))
		}
	}
	rules := []Courier{cjRule, lotteRule, logenRule, epostRule, anyRule}
	f.Fuzz(func(t *testing.T, raw string, pick uint8) {
		c := rules[int(pick)%len(rules)]
		got := ReadTrackingNumber(raw, c)
		if !got.Issue.Usable() {
			if got.Number != "" {
				t.Fatalf("%q: refused (%s) but number %q", raw, got.Issue, got.Number)
			}
			if got.Note == "" {
				t.Fatalf("%q: refused (%s) without a note", raw, got.Issue)
			}
		} else {
			if got.Number == "" {
				t.Fatalf("%q: usable but empty", raw)
			}
			if again := ReadTrackingNumber(got.Number, c); again.Issue != TrackingOK || again.Number != got.Number {
				t.Fatalf("%q → %q does not read back as itself: %+v", raw, got.Number, again)
			}
			if len(c.TrackingDigits) > 0 {
				if !slicesContains(c.TrackingDigits, len(got.Number)) {
					t.Fatalf("%q → %q: not a %s length", raw, got.Number, c.Name)
				}
				if c.CheckDigit == CheckMod7 && !mod7OK(got.Number) {
					t.Fatalf("%q → %q: check digit", raw, got.Number)
				}
			}
		}
		if got.Suggestion != "" {
			if got.Issue != ZerosLost {
				t.Fatalf("%q: suggestion %q with issue %s", raw, got.Suggestion, got.Issue)
			}
			if ok := ReadTrackingNumber(got.Suggestion, c); ok.Issue != TrackingOK {
				t.Fatalf("%q: suggestion %q is not valid: %s", raw, got.Suggestion, ok.Issue)
			}
			if strings.TrimLeft(got.Suggestion, "0") == "" || !strings.HasPrefix(got.Suggestion, "0") {
				t.Fatalf("%q: suggestion %q is not zeros put in front", raw, got.Suggestion)
			}
		}
	})
}

func slicesContains(v []int, x int) bool {
	for _, y := range v {
		if y == x {
			return true
		}
	}
	return false
}

func TestNormalizePhone(t *testing.T) {
	for in, want := range map[string]string{
		"010-1234-5678": "01012345678", "01012345678": "01012345678", "+82 10-1234-5678": "01012345678",
		"+82-010-1234-5678": "01012345678", "821012345678": "01012345678", "1012345678": "01012345678",
		" 010 1234 5678 ": "01012345678", "0505-123-4567": "05051234567", "010-****-5678": "010****5678",
		"02-123-4567": "021234567", "": "",
	} {
		assert.Equal(t, want, normalizePhone(in), in)
	}
}

// cjResultRows is a CJ대한통운 result file as sellers get it back: a title row, a merged two-row
// header (보내는분 / 받는분 over 성명, 전화번호), and messy cells.
func cjResultRows() [][]string {
	return [][]string{
		{"CJ대한통운 운송장 출력 결과 (2026-11-22)", "", "", "", "", "", ""},
		{"", "보내는분", "", "받는분", "", "", ""},
		{"운송장\n번호", "성명", "전화번호", "성명", "전화번호", "주소", "고객주문번호"},
		{"601234567890", "넛츠상회", "02-555-1234", "김민우", "010-1234-5678", "서울 강남구",
			"naver/2026112210001001, coupang/642538970006401429"},
		{"6.01234567891E+11", "넛츠상회", "02-555-1234", "이서주", "0505-123-4567", "대전", "coupang/642538970006401500"},
		{"6.01235E+11", "넛츠상회", "02-555-1234", "정하늘", "010-7777-8888", "서울", "naver/2026112210005001"},
		{"12345678903", "넛츠상회", "02-555-1234", " 강도윤 ", "+82 10-4444-3333", "제주", ""},
		{"601234567894", "넛츠상회", "02-555-1234", "최유나", "01022223333", "부산", ""},
		{"601234567895", "넛츠상회", "02-555-1234", "홍길동", "010-0000-0000", "어딘가", "coupang/999"},
		{"", "", "", "", "", "", ""},
		{"합계: 6건", "", "", "", "", "", ""},
	}
}

func toCSV(rows [][]string, sep string) string {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(sep)
			}
			if strings.ContainsAny(c, ",\n\"\t") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return b.String()
}

func encode(t *testing.T, s string, enc string) []byte {
	t.Helper()
	switch enc {
	case "cp949":
		out, _, err := transform.Bytes(korean.EUCKR.NewEncoder(), []byte(s))
		require.NoError(t, err)
		return out
	case "utf-16":
		out, _, err := transform.Bytes(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder(), []byte(s))
		require.NoError(t, err)
		return out
	case "utf-8-bom":
		return append([]byte("\xef\xbb\xbf"), s...)
	}
	return []byte(s)
}

func cjCourier(t *testing.T) Courier {
	tab, err := DefaultCouriers()
	require.NoError(t, err)
	c, ok := tab.Lookup("CJ대한통운")
	require.True(t, ok)
	return c
}

func checkCJRows(t *testing.T, f TrackingFile, xlsx bool) {
	t.Helper()
	assert.Equal(t, 3, f.HeaderRow)
	require.Len(t, f.Rows, 6)
	r := f.Rows
	assert.Equal(t, 4, r[0].Row)
	assert.Equal(t, []string{"naver/2026112210001001", "coupang/642538970006401429"}, r[0].OrderRefs)
	assert.Equal(t, "김민우", r[0].ReceiverName, "the receiver's name, not the sender's")
	assert.Equal(t, []string{"010-1234-5678"}, r[0].Phones, "the sender's phone is not read")
	assert.Equal(t, "601234567890", r[0].TrackingNumber)
	assert.Equal(t, ExponentExpanded, r[1].Issue)
	assert.Equal(t, "601234567891", r[1].TrackingNumber)
	if xlsx {
		assert.Equal(t, TrackingOK, r[2].Issue)
		assert.Equal(t, "601234567892", r[2].TrackingNumber)
	} else {
		assert.Equal(t, DigitsLost, r[2].Issue)
		assert.Equal(t, "", r[2].TrackingNumber)
	}
	assert.Equal(t, ZerosLost, r[3].Issue, "11 digits are no CJ number: not padded")
	assert.Equal(t, "", r[3].TrackingNumber)
	assert.Equal(t, "012345678903", r[3].Suggestion, "the padded number is only offered")
	assert.Equal(t, "강도윤", r[3].ReceiverName)
}

func TestParseTrackingCSVEncodings(t *testing.T) {
	for _, tc := range []struct{ enc, sep, format string }{
		{"utf-8", ",", "csv"}, {"utf-8-bom", ",", "csv"}, {"cp949", ",", "csv"}, {"utf-16", "\t", "tsv"},
		{"cp949", "\t", "tsv"},
	} {
		t.Run(tc.enc+tc.format, func(t *testing.T) {
			data := encode(t, toCSV(cjResultRows(), tc.sep), tc.enc)
			f, err := ParseTrackingFile(data, cjCourier(t))
			require.NoError(t, err)
			assert.Equal(t, tc.enc, f.Encoding)
			assert.Equal(t, tc.format, f.Format)
			checkCJRows(t, f, false)
		})
	}
}

// cjResultXLSX builds the same file as a workbook: merged header cells, tracking numbers stored
// as numbers (one with a lost leading zero), one saved as the text Excel showed.
func cjResultXLSX(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := cjResultRows()
	for i, r := range rows {
		for j, c := range r {
			cell, err := excelize.CoordinatesToCellName(j+1, i+1)
			require.NoError(t, err)
			var v any = c
			if c == "6.01235E+11" {
				c = "601234567892" // Excel shows it rounded; the workbook keeps every digit
			}
			if j == 0 && i >= 3 && c != "" && !strings.ContainsAny(c, "E합") {
				n := 0
				for _, d := range c {
					n = n*10 + int(d-'0')
				}
				v = n // number-formatted: Excel shows 6.01235E+11 but stores every digit
			}
			require.NoError(t, f.SetCellValue("Sheet1", cell, v))
		}
	}
	require.NoError(t, f.MergeCell("Sheet1", "B2", "C2"))
	require.NoError(t, f.MergeCell("Sheet1", "D2", "G2"))
	require.NoError(t, f.MergeCell("Sheet1", "A1", "G1"))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	return buf.Bytes()
}

func TestParseTrackingXLSX(t *testing.T) {
	f, err := ParseTrackingFile(cjResultXLSX(t), cjCourier(t))
	require.NoError(t, err)
	assert.Equal(t, "xlsx", f.Format)
	assert.Equal(t, "Sheet1", f.Sheet)
	checkCJRows(t, f, true)
	assert.Equal(t, TrackingOK, f.Rows[4].Issue)
}

func TestParseTrackingErrors(t *testing.T) {
	_, err := ParseTrackingFile([]byte("이름,전화\n김,010\n"), Courier{})
	assert.ErrorIs(t, err, ErrNoTrackingColumn)
	_, err = ParseTrackingFile([]byte("PK\x03\x04broken"), Courier{})
	assert.ErrorIs(t, err, ErrUnreadableFile)
	_, err = ParseTrackingFile(nil, Courier{})
	assert.ErrorIs(t, err, ErrNoTrackingColumn)
}

func TestParseTrackingSimpleHeaders(t *testing.T) {
	tests := []struct {
		name string
		csv  string
		refs []string
		who  string
		tel  []string
	}{
		{"롯데 style", "주문번호,수하인명,수하인전화번호,운송장번호\n30000012399,이서주,0505-123-4567,312345678901\n",
			[]string{"30000012399"}, "이서주", []string{"0505-123-4567"}},
		{"one-line sender and receiver", "송하인명,송하인전화,수취인,수취인연락처,송장번호\n가게,02-1,박,010-1,312345678901\n",
			nil, "박", []string{"010-1"}},
		{"a title row naming the sender is not a group heading",
			"보내는 분: 넛츠상회 02-555-1234\n운송장번호,받는분,전화번호\n312345678901,김민우,010-1234-5678\n",
			nil, "김민우", []string{"010-1234-5678"}},
		{"header split over two lines", "\"운송장\",받는분\n번호,성명\n312345678901,최유나\n",
			nil, "최유나", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseTrackingCSV([]byte(tc.csv), Courier{})
			require.NoError(t, err)
			require.Len(t, f.Rows, 1)
			assert.Equal(t, tc.refs, f.Rows[0].OrderRefs)
			assert.Equal(t, tc.who, f.Rows[0].ReceiverName)
			assert.Equal(t, tc.tel, f.Rows[0].Phones)
			assert.Equal(t, "312345678901", f.Rows[0].TrackingNumber)
		})
	}
}

func TestMatchTracking(t *testing.T) {
	f, err := ParseTrackingFile(cjResultXLSX(t), cjCourier(t))
	require.NoError(t, err)
	ships := sampleShipments()
	res := MatchTracking(f.Rows, ships)
	assertGolden(t, "tracking_match", res)

	require.Len(t, res.Matched, 3)
	assert.Equal(t, []string{"coupang/642538970006401429", "naver/2026112210001001"}, res.Matched[0].ShipmentKeys,
		"one number for the combined box")
	assert.Equal(t, ByShipment, res.Matched[0].By)
	assert.Equal(t, "601234567891", res.Matched[1].Row.TrackingNumber, "all digits were stored in the workbook")
	assert.Equal(t, "601234567892", res.Matched[2].Row.TrackingNumber, "shown as 6.01235E+11, stored whole")
	// 11 digits for CJ: found by name + +82 phone, but the number waits for the seller's word.
	require.Len(t, res.Unreadable, 1)
	assert.Equal(t, []string{"coupang/642538970006401700"}, res.Unreadable[0].ShipmentKeys, "by name + +82 phone")
	assert.Equal(t, ByReceiver, res.Unreadable[0].By)
	assert.Equal(t, ZerosLost, res.Unreadable[0].Row.Issue)
	assert.Equal(t, "012345678903", res.Unreadable[0].Row.Suggestion)

	// 최유나 has two boxes (합포장 금지): the receiver alone cannot say which.
	require.Len(t, res.Ambiguous, 1)
	assert.Equal(t, "최유나", res.Ambiguous[0].Row.ReceiverName)
	assert.Len(t, res.Ambiguous[0].ShipmentKeys, 2)
	require.Len(t, res.Unmatched, 1)
	assert.Equal(t, "홍길동", res.Unmatched[0].ReceiverName)

	// From the CSV Excel saved, the rounded number cannot be used.
	csvFile, err := ParseTrackingFile(encode(t, toCSV(cjResultRows(), ","), "cp949"), cjCourier(t))
	require.NoError(t, err)
	res = MatchTracking(csvFile.Rows, ships)
	require.Len(t, res.Unreadable, 2)
	assert.Equal(t, []string{"naver/2026112210005001"}, res.Unreadable[0].ShipmentKeys)
	assert.Equal(t, DigitsLost, res.Unreadable[0].Row.Issue)
}

func TestMatchTrackingConflictsAndOrderIDs(t *testing.T) {
	ships := sampleShipments()
	rows := []TrackingRow{
		{Row: 2, OrderRefs: []string{"30000012399"}, TrackingNumber: "111111111111"},      // order id
		{Row: 3, OrderRefs: []string{"3.0000012399E+10"}, TrackingNumber: "111111111111"}, // same, Excel-formatted
		{Row: 4, OrderRefs: []string{"2026112210004001"}, TrackingNumber: "222222222222"}, // shipment id
		{Row: 5, OrderRefs: []string{"naver/2026112210004001"}, TrackingNumber: "333333333333"},
		{Row: 6, OrderRefs: []string{"naver/2026112210003001", "coupang/642538970006401700"}, TrackingNumber: "4"},
		{Row: 7, ReceiverName: "정하늘", Phones: []string{"010-****-8888"}, TrackingNumber: "555555555555"},
	}
	res := MatchTracking(rows, ships)
	require.Len(t, res.Matched, 2)
	assert.Equal(t, ByOrder, res.Matched[0].By)
	assert.Equal(t, []string{"coupang/642538970006401500"}, res.Matched[0].ShipmentKeys)
	assert.Equal(t, []string{"naver/2026112210005001"}, res.Matched[1].ShipmentKeys, "masked phone")
	require.Len(t, res.Ambiguous, 3)
	assert.Contains(t, res.Ambiguous[0].Reason, "받는 분이 다른")
	assert.Contains(t, res.Ambiguous[1].Reason, "운송장번호가 여러 개")
	assert.Contains(t, res.Ambiguous[2].Reason, "운송장번호가 여러 개")

	// A box that already has another number is not silently overwritten; the same number is fine.
	ships[2].TrackingNumber = "999999999999"
	ships[6].TrackingNumber = "555555555555"
	res = MatchTracking(rows[:1:1], ships)
	require.Len(t, res.Ambiguous, 1)
	assert.Contains(t, res.Ambiguous[0].Reason, "이미 다른 운송장번호(999999999999)")
	res = MatchTracking(rows[5:], ships)
	assert.Len(t, res.Matched, 1)
}

// One number on two boxes for different receivers is refused on both rows, whether both are in the
// file or one is already stored; the boxes of one parcel (one receiver) may share it.
func TestMatchTrackingRefusesANumberUsedTwice(t *testing.T) {
	tests := []struct {
		name    string
		rows    []TrackingRow
		stored  map[int]string // sampleShipments index → stored number
		matched []string
		reason  string
	}{
		{"two boxes of the file, different receivers",
			[]TrackingRow{
				{Row: 2, OrderRefs: []string{"naver/2026112210002001"}, TrackingNumber: "601234567890"},
				{Row: 3, OrderRefs: []string{"naver/2026112210005001"}, TrackingNumber: "601234567890"},
				{Row: 4, OrderRefs: []string{"coupang/642538970006401700"}, TrackingNumber: "601234567891"},
			}, nil, []string{"coupang/642538970006401700"}, "같은 운송장번호(601234567890)가 이 파일의"},
		{"a number already stored on another receiver's box",
			[]TrackingRow{{Row: 2, OrderRefs: []string{"naver/2026112210002001"}, TrackingNumber: "601234567890"}},
			map[int]string{6: "601234567890"}, nil, "이미 다른 주문(네이버 2026112210005, 받는 분 정하늘)"},
		{"one receiver's boxes in one parcel share it",
			[]TrackingRow{
				{Row: 2, OrderRefs: []string{"naver/2026112210001001"}, TrackingNumber: "601234567890"},
				{Row: 3, OrderRefs: []string{"coupang/642538970006401429"}, TrackingNumber: "601234567890"},
			}, nil, []string{"naver/2026112210001001", "coupang/642538970006401429"}, ""},
		{"importing the same file twice is no conflict with itself",
			[]TrackingRow{{Row: 2, OrderRefs: []string{"naver/2026112210002001"}, TrackingNumber: "601234567890"}},
			map[int]string{3: "601234567890"}, []string{"naver/2026112210002001"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ships := sampleShipments()
			for i, n := range tt.stored {
				ships[i].TrackingNumber = n
			}
			res := MatchTracking(tt.rows, ships)
			var got []string
			for _, m := range res.Matched {
				got = append(got, m.ShipmentKeys...)
			}
			assert.Equal(t, tt.matched, got)
			if tt.reason == "" {
				assert.Empty(t, res.Ambiguous)
				return
			}
			require.NotEmpty(t, res.Ambiguous)
			for _, a := range res.Ambiguous {
				assert.Contains(t, a.Reason, tt.reason)
			}
		})
	}
}

func FuzzParseTrackingCSV(f *testing.F) {
	f.Add([]byte(toCSV(cjResultRows(), ",")))
	f.Add([]byte(toCSV(cjResultRows(), "\t")))
	f.Add([]byte("\xef\xbb\xbf운송장번호,주문번호\n6.01234E+11,naver/1\n"))
	f.Add([]byte("\xff\xfe\x00\x00"))
	f.Add([]byte("주문번호,\"운송장\n번호\",받는분\n\"1,2\",\"=\"\"3\"\"\",김\n"))
	f.Add([]byte{0xb9, 0xf8, 0xc8, 0xa3, ',', '\n'})
	if lotte, err := os.ReadFile(filepath.Join(goldenDir, "lotte_result_cp949.csv")); err == nil {
		f.Add(lotte)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ParseTrackingCSV(data, Courier{TrackingDigits: []int{10, 12}})
		if err != nil {
			return
		}
		for _, r := range file.Rows {
			if r.Issue.Usable() {
				if len(r.TrackingNumber) != 10 && len(r.TrackingNumber) != 12 {
					t.Fatalf("row %d: usable number %q of the wrong length", r.Row, r.TrackingNumber)
				}
				for _, c := range r.TrackingNumber {
					if c < '0' || c > '9' {
						t.Fatalf("row %d: usable number %q is not digits", r.Row, r.TrackingNumber)
					}
				}
			} else if r.TrackingNumber != "" {
				t.Fatalf("row %d: unusable issue %s with number %q", r.Row, r.Issue, r.TrackingNumber)
			}
		}
		_ = MatchTracking(file.Rows, sampleShipments())
	})
}

// TestLotteResultFile reads a committed CP949 result file with a title row, a heading split over
// two rows, spaced and dotted phone numbers, and the number formats Excel leaves behind.
func TestLotteResultFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(goldenDir, "lotte_result_cp949.csv"))
	require.NoError(t, err)
	tab, err := DefaultCouriers()
	require.NoError(t, err)
	lotte, ok := tab.Lookup("롯데")
	require.True(t, ok)
	f, err := ParseTrackingFile(data, lotte)
	require.NoError(t, err)
	assert.Equal(t, "cp949", f.Encoding)
	assert.Equal(t, 4, f.HeaderRow)
	res := MatchTracking(f.Rows, sampleShipments())
	assertGolden(t, "lotte_result", struct {
		File  TrackingFile   `json:"file"`
		Match TrackingImport `json:"match"`
	}{f, res})

	byRow := map[int]TrackingRow{}
	for _, r := range f.Rows {
		byRow[r.Row] = r
	}
	require.Len(t, f.Rows, 6, "title, blank and note rows skipped")
	assert.Equal(t, "이서주", byRow[5].ReceiverName)
	assert.Equal(t, []string{"010.2222.3333", "+82 10 2222 3333"}, byRow[6].Phones)
	assert.Equal(t, "312345678912", byRow[6].TrackingNumber)
	assert.Equal(t, "312345678923", byRow[7].TrackingNumber)
	assert.Equal(t, DigitsLost, byRow[8].Issue)
	assert.Equal(t, BadLength, byRow[9].Issue, "11 digits, and 0 in front fails 롯데's check digit: nothing to suggest")

	var matched []string
	for _, m := range res.Matched {
		matched = append(matched, strings.Join(m.ShipmentKeys, "+")+"="+m.Row.TrackingNumber+"/"+string(m.By))
	}
	assert.Equal(t, []string{
		"coupang/642538970006401500=312345678901/order",
		"naver/2026112210004001=312345678912/shipment",
		"naver/2026112210005001=312345678923/shipment",
	}, matched)
	require.Len(t, res.Unreadable, 2)
	assert.Equal(t, []string{"naver/2026112210002001"}, res.Unreadable[0].ShipmentKeys)
	assert.Equal(t, []string{"coupang/642538970006401700"}, res.Unreadable[1].ShipmentKeys, "phone 1044443333 is 010-4444-3333")
	require.Len(t, res.Unmatched, 1)
	assert.Equal(t, "홍길동", res.Unmatched[0].ReceiverName)
	assert.Empty(t, res.Ambiguous)
}

// FuzzParseTrackingFile feeds whole files, XLSX included, through the format detection.
func FuzzParseTrackingFile(f *testing.F) {
	f.Add(cjResultXLSX(f))
	f.Add([]byte(toCSV(cjResultRows(), ",")))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ParseTrackingFile(data, Courier{})
		if err != nil {
			if !errors.Is(err, ErrUnreadableFile) && !errors.Is(err, ErrNoTrackingColumn) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		if file.HeaderRow < 1 {
			t.Fatalf("header row %d", file.HeaderRow)
		}
		for _, r := range file.Rows {
			if r.Row <= file.HeaderRow {
				t.Fatalf("data row %d above the header row %d", r.Row, file.HeaderRow)
			}
		}
	})
}

// A small hostile workbook (one cell in the last column on every row) neither exhausts memory nor
// takes seconds: it is read row by row within the one reading rule of package sheet.
func TestTrackingFileFarRightCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	require.NoError(t, err)
	require.NoError(t, sw.SetRow("A1", []any{"받는분", "운송장번호"}))
	for r := 2; r <= 2000; r++ {
		cell, err := excelize.CoordinatesToCellName(excelize.MaxColumns, r)
		require.NoError(t, err)
		require.NoError(t, sw.SetRow(cell, []any{"x"}))
	}
	require.NoError(t, sw.Flush())
	var b bytes.Buffer
	_, err = f.WriteTo(&b)
	require.NoError(t, err)
	tf, err := ParseTrackingFile(b.Bytes(), Courier{})
	require.NoError(t, err)
	assert.Empty(t, tf.Rows, "no data rows: the far cells are not data")
}

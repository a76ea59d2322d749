package lists

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"sellerdesk/backend/sheet"
)

// TrackingIssue says what was wrong with a tracking number in the courier's file.
type TrackingIssue string

const (
	// TrackingOK: the number was read as is.
	TrackingOK TrackingIssue = ""
	// ZerosLost: the number is shorter than the courier issues, and with leading zeros put back
	// (Excel drops them) it would be a valid one: TrackingCheck.Suggestion. Nothing is repaired
	// without the seller: the suggestion is used only once the seller confirms it.
	ZerosLost TrackingIssue = "ZEROS_LOST"
	// ExponentExpanded: Excel showed the number as 6.01234567890E+11 but every digit was there.
	ExponentExpanded TrackingIssue = "EXPONENT_EXPANDED"
	// DigitsLost: Excel rounded the number to a few digits (6.01234E+11); it cannot be recovered.
	DigitsLost TrackingIssue = "DIGITS_LOST"
	// BadLength: the number is too long or too short for the courier.
	BadLength TrackingIssue = "BAD_LENGTH"
	// BadCheckDigit: the courier computes its numbers' last digit from the others, and this one's
	// does not fit (a typo, or a number of another courier).
	BadCheckDigit TrackingIssue = "BAD_CHECK_DIGIT"
	// NotANumber: the cell holds something that is not a tracking number.
	NotANumber TrackingIssue = "NOT_A_NUMBER"
	// Missing: the row has no tracking number (not issued yet).
	Missing TrackingIssue = "MISSING"
)

// Usable reports whether a number with this issue can be sent to the marketplace.
func (i TrackingIssue) Usable() bool {
	return i == TrackingOK || i == ExponentExpanded
}

// ErrNoTrackingColumn is returned when no header row with a tracking-number column is found.
var ErrNoTrackingColumn = errors.New("lists: no tracking-number column (운송장번호) in the file")

// ErrUnreadableFile is returned for a file that is neither XLSX nor CSV/TSV text.
var ErrUnreadableFile = errors.New("lists: not a readable XLSX or CSV file")

// TrackingRow is one row of the courier's result file.
type TrackingRow struct {
	// Row is the row number as the spreadsheet shows it (1-based).
	Row          int      `json:"row"`
	OrderRefs    []string `json:"orderRefs,omitempty"`
	ReceiverName string   `json:"receiverName,omitempty"`
	Phones       []string `json:"phones,omitempty"`
	// Raw is the tracking number cell as found; TrackingNumber the digits to send ("" if unusable).
	Raw            string        `json:"raw"`
	TrackingNumber string        `json:"trackingNumber,omitempty"`
	Issue          TrackingIssue `json:"issue,omitempty"`
	// Note explains the issue to the seller in Korean.
	Note string `json:"note,omitempty"`
	// Suggestion is a valid number the seller may confirm instead (ZerosLost), "" if none.
	Suggestion string `json:"suggestion,omitempty"`
}

// TrackingFile is a parsed result file.
type TrackingFile struct {
	// Format is "xlsx", "csv" or "tsv"; Encoding is "utf-8", "utf-8-bom", "utf-16" or "cp949".
	Format   string `json:"format"`
	Encoding string `json:"encoding"`
	Sheet    string `json:"sheet,omitempty"`
	// HeaderRow is the 1-based row the column names were found on.
	HeaderRow int           `json:"headerRow"`
	Rows      []TrackingRow `json:"rows"`
}

// ParseTrackingFile reads a courier's result file, XLSX or CSV/TSV (UTF-8 with or without BOM,
// UTF-16 with BOM, or CP949/EUC-KR), and reads the tracking numbers by the courier's rule
// (ReadTrackingNumber; courier may be the zero Courier when unknown).
func ParseTrackingFile(data []byte, courier Courier) (TrackingFile, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return parseTrackingXLSX(data, courier)
	}
	return ParseTrackingCSV(data, courier)
}

func parseTrackingXLSX(data []byte, courier Courier) (TrackingFile, error) {
	var found TrackingFile
	var firstErr error
	ok := false
	err := sheet.ReadXLSX(data, sheet.DefaultReadLimits, func(t sheet.Table) bool {
		tf, err := trackingRows(t.Rows, courier)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return true
		}
		tf.Format, tf.Encoding, tf.Sheet = "xlsx", "xlsx", t.Name
		found, ok = tf, true
		return false
	})
	switch {
	case err != nil:
		return TrackingFile{}, fmt.Errorf("%w: %w", ErrUnreadableFile, err)
	case ok:
		return found, nil
	case firstErr == nil:
		firstErr = ErrNoTrackingColumn
	}
	return TrackingFile{}, firstErr
}

// ParseTrackingCSV reads a CSV or TSV result file in any of the encodings Korean Excel writes.
func ParseTrackingCSV(data []byte, courier Courier) (TrackingFile, error) {
	text, enc, err := sheet.DecodeText(data)
	if err != nil {
		return TrackingFile{}, fmt.Errorf("%w: %v", ErrUnreadableFile, err)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffDelimiter(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var records [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return TrackingFile{}, fmt.Errorf("%w: %v", ErrUnreadableFile, err)
		}
		records = append(records, rec)
	}
	tf, err := trackingRows(records, courier)
	if err != nil {
		return TrackingFile{}, err
	}
	tf.Format, tf.Encoding = "csv", enc
	if r.Comma == '\t' {
		tf.Format = "tsv"
	}
	return tf, nil
}

// sniffDelimiter picks tab, semicolon or comma by what the first lines use most outside quotes.
func sniffDelimiter(text string) rune {
	counts := map[rune]int{}
	inQuote, lines := false, 0
	for _, r := range text {
		switch {
		case r == '"':
			inQuote = !inQuote
		case inQuote:
		case r == '\n':
			lines++
		case r == '\t' || r == ',' || r == ';':
			counts[r]++
		}
		if lines >= 10 {
			break
		}
	}
	best := ','
	for _, r := range []rune{'\t', ';'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

type columnRole int

const (
	roleNone columnRole = iota
	roleTracking
	roleOrderRef
	rolePhone
	roleName
)

type columnMap struct {
	tracking int
	refs     []int
	phones   []int
	name     int
}

// maxHeaderRow is how far down the header row is looked for (titles and notes come first).
const maxHeaderRow = 15

// trackingRows finds the header row and reads the data rows below it.
func trackingRows(records [][]string, courier Courier) (TrackingFile, error) {
	hdr, cols, ok := -1, columnMap{}, false
	for r := 0; r < len(records) && r < maxHeaderRow; r++ {
		var prev []string
		if r > 0 {
			prev = records[r-1]
		}
		if cols, ok = classifyHeader(prev, records[r]); ok {
			hdr = r
			break
		}
	}
	if !ok {
		return TrackingFile{}, ErrNoTrackingColumn
	}
	// A heading written over two lines ("운송장" / "번호") continues on the next row.
	if hdr+1 < len(records) {
		next := records[hdr+1]
		if cols.tracking < len(next) {
			if v := strings.TrimSpace(next[cols.tracking]); v != "" {
				if ReadTrackingNumber(v, Courier{}).Issue == NotANumber {
					if c2, ok2 := classifyHeader(records[hdr], next); ok2 {
						hdr, cols = hdr+1, c2
					}
				}
			}
		}
	}
	tf := TrackingFile{HeaderRow: hdr + 1, Rows: []TrackingRow{}}
	for i := hdr + 1; i < len(records); i++ {
		rec := records[i]
		cell := func(c int) string {
			if c < 0 || c >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[c])
		}
		row := TrackingRow{Row: i + 1, Raw: cell(cols.tracking), ReceiverName: cell(cols.name)}
		for _, c := range cols.refs {
			row.OrderRefs = append(row.OrderRefs, splitRefs(cell(c))...)
		}
		for _, c := range cols.phones {
			if p := cell(c); p != "" {
				row.Phones = append(row.Phones, p)
			}
		}
		if row.Raw == "" && len(row.OrderRefs) == 0 && row.ReceiverName == "" && len(row.Phones) == 0 {
			continue // blank or decoration row
		}
		if row.Raw == "" && filledCells(rec) == 1 {
			continue // a note under the table ("※ 운송장번호는 …")
		}
		if isHeaderRepeat(row.Raw) {
			continue
		}
		chk := ReadTrackingNumber(row.Raw, courier)
		row.TrackingNumber, row.Issue, row.Note, row.Suggestion = chk.Number, chk.Issue, chk.Note, chk.Suggestion
		if row.Issue == NotANumber && len(row.OrderRefs) == 0 && row.ReceiverName == "" && len(row.Phones) == 0 {
			continue // a total or a note under the table ("합계: 6건")
		}
		tf.Rows = append(tf.Rows, row)
	}
	return tf, nil
}

func filledCells(rec []string) int {
	n := 0
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

func isHeaderRepeat(raw string) bool {
	return headerText(raw) != "" && roleOf(headerText(raw)) == roleTracking
}

// headerText folds a header cell: no spaces or line breaks, lower case, width folded.
func headerText(s string) string {
	return foldName(s)
}

func roleOf(h string) columnRole {
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(h, w) {
				return true
			}
		}
		return false
	}
	switch {
	case h == "":
		return roleNone
	case has("운송장", "송장번호", "invoice", "tracking", "waybill"):
		return roleTracking
	case has("주문번호", "주문id", "orderno", "orderid", "order번호", "주문키", "참조번호"):
		return roleOrderRef
	case has("주소", "우편", "메시지", "메세지", "상품", "품목", "수량", "운임", "금액", "날짜", "일자"):
		return roleNone
	case has("전화", "연락처", "휴대폰", "핸드폰", "phone", "tel", "hp"):
		return rolePhone
	case has("성명", "이름", "수취인", "수하인", "받는분", "받는사람", "수령인", "고객명", "name"):
		return roleName
	}
	return roleNone
}

func isSender(h string) bool {
	for _, w := range []string{"보내는", "송하인", "발송인", "송화인", "sender", "주문자", "구매자"} {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// classifyHeader reads the columns of a header row. prev is the row above: a merged group
// heading ("받는분" over "성명", "전화번호") or the first half of a two-line heading.
func classifyHeader(prev, row []string) (columnMap, bool) {
	cols := columnMap{tracking: -1, name: -1}
	// Group headings are carried to the right over merged cells; a title row (one cell) is not a
	// group heading.
	grouped := filledCells(prev) >= 2
	carried := ""
	for c, cell := range row {
		own := headerText(cell)
		above, group := "", ""
		if c < len(prev) {
			above = headerText(prev[c])
			if above != "" && grouped {
				carried = above
			}
		}
		group = carried
		role := roleOf(own)
		switch {
		case role == roleNone && own != "" && above != "" && roleOf(above+own) != roleNone:
			role = roleOf(above + own) // "운송장" over "번호"
		case own == "" && above != "":
			role = roleOf(above) // the heading is written in the row above only
		}
		if isSender(own) || (roleOf(own) != roleTracking && roleOf(own) != roleOrderRef && isSender(group)) {
			if role == roleName || role == rolePhone {
				continue
			}
		}
		switch role {
		case roleTracking:
			if cols.tracking < 0 {
				cols.tracking = c
			}
		case roleOrderRef:
			cols.refs = append(cols.refs, c)
		case rolePhone:
			cols.phones = append(cols.phones, c)
		case roleName:
			if cols.name < 0 {
				cols.name = c
			}
		}
	}
	ok := cols.tracking >= 0 && (len(cols.refs) > 0 || cols.name >= 0)
	return cols, ok
}

// splitRefs splits a cell of order references ("naver/1, coupang/2", one per line, …).
func splitRefs(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == '|' || unicode.IsSpace(r)
	})
	out := parts[:0]
	for _, p := range parts {
		p = strings.Trim(p, `'"=`)
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// TrackingCheck is what ReadTrackingNumber made of a tracking number.
type TrackingCheck struct {
	// Number is the number to send ("" when it may not be sent).
	Number string        `json:"number,omitempty"`
	Issue  TrackingIssue `json:"issue,omitempty"`
	// Note says in Korean what was done or what is wrong ("" for a plain number).
	Note string `json:"note,omitempty"`
	// Suggestion is a valid number the seller may confirm instead ("" if none).
	Suggestion string `json:"suggestion,omitempty"`
}

// ReadTrackingNumber is the one rule for a tracking number of courier c, whatever brought it in
// (the courier's result file, a number typed into the drawer, the dispatch of a stored number).
// It reads what Excel and people do to a number without changing it: thousands separators,
// hyphens, spaces, ="…" text tricks, a trailing ".0", full-width digits and scientific notation
// with every digit present (6.01234567890E+11). Then the number must be one the courier issues:
// one of its lengths, and its check digit where the courier has one (Courier.CheckDigit). Nothing
// is repaired: a number that would fit with lost leading zeros put back is refused with that
// number as the Suggestion, for the seller to confirm.
func ReadTrackingNumber(raw string, c Courier) TrackingCheck {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(s, "=")
	s = strings.Trim(s, `"'`)
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', ',', '\u00a0', '\t':
			return -1
		}
		return r
	}, s)
	s = width.Fold.String(s)
	if s == "" {
		return TrackingCheck{Issue: Missing, Note: "운송장번호가 비어 있습니다."}
	}
	// A whole number Excel wrote with a decimal tail ("6012345678.000") loses the tail first, so
	// that what is left reads the same as when typed without it ("0E0." as "0E0").
	if head, tail, found := strings.Cut(s, "."); found && strings.Trim(tail, "0") == "" {
		s = head
	}
	issue := TrackingOK
	if mant, exp, ok := scientific(s); ok {
		intPart, frac, _ := strings.Cut(mant, ".")
		switch {
		case len(frac) > exp && strings.Trim(frac[exp:], "0") != "":
			return TrackingCheck{Issue: NotANumber, Note: fmt.Sprintf("운송장번호가 아닌 소수입니다 (%s).", raw)}
		case len(frac) > exp:
			frac = frac[:exp]
		case len(frac) < exp:
			// Excel showed only a few digits (General format): the rest is gone.
			return TrackingCheck{Issue: DigitsLost,
				Note: fmt.Sprintf("엑셀이 운송장번호를 %s(으)로 바꿔 뒷자리를 잃었습니다. 택배사 파일을 다시 받거나 직접 입력하세요.", raw)}
		}
		s = strings.TrimLeft(intPart+frac, "0")
		issue = ExponentExpanded
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			if len(c.TrackingDigits) == 0 && isAlnum(s) && len(s) <= 30 {
				return TrackingCheck{Number: s, Issue: issue} // international numbers may carry letters
			}
			return TrackingCheck{Issue: NotANumber, Note: fmt.Sprintf("운송장번호로 읽을 수 없습니다 (%s).", raw)}
		}
	}
	if strings.Trim(s, "0") == "" {
		return TrackingCheck{Issue: NotANumber, Note: fmt.Sprintf("0뿐인 번호는 운송장번호가 아닙니다 (%s).", raw)}
	}
	if bad, note := c.checkNumber(s, raw); bad != TrackingOK {
		chk := TrackingCheck{Issue: bad, Note: note}
		if bad == BadLength {
			if fix := c.zerosLost(s); fix != "" {
				chk.Issue, chk.Suggestion = ZerosLost, fix
				chk.Note = fmt.Sprintf("%d자리 번호 %s: %s 번호는 %s자리입니다. 엑셀이 앞자리 0을 지웠다면 %s입니다. 택배사 파일에서 확인한 뒤 그 번호로 저장하세요.",
					len(s), s, courierName(c), joinInts(c.TrackingDigits), fix)
			}
		}
		return chk
	}
	return TrackingCheck{Number: s, Issue: issue, Note: noteFor(issue)}
}

// scientific splits "6.01234E+11" into mantissa and exponent.
func scientific(s string) (string, int, bool) {
	i := strings.IndexAny(s, "eE")
	if i <= 0 || i == len(s)-1 {
		return "", 0, false
	}
	mant, e := s[:i], strings.TrimPrefix(s[i+1:], "+")
	if e == "" || len(e) > 2 {
		return "", 0, false
	}
	exp := 0
	for _, r := range e {
		if r < '0' || r > '9' {
			return "", 0, false
		}
		exp = exp*10 + int(r-'0')
	}
	dot := false
	for j, r := range mant {
		switch {
		case r == '.' && !dot && j > 0:
			dot = true
		case r < '0' || r > '9':
			return "", 0, false
		}
	}
	return mant, exp, true
}

func noteFor(i TrackingIssue) string {
	if i == ExponentExpanded {
		return "엑셀의 지수 표기(E+)를 원래 숫자로 풀었습니다."
	}
	return ""
}

func isAlnum(s string) bool {
	for _, r := range s {
		if !(r >= '0' && r <= '9') && !(r >= 'A' && r <= 'Z') && !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return s != ""
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, d := range v {
		s[i] = fmt.Sprint(d)
	}
	return strings.Join(s, "/")
}

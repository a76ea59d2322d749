package digital

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"sellerdesk/backend/sheet"
)

// Bounds of one licence-code file.
const (
	MaxCodeFileBytes = 10 << 20
	MaxCodesPerFile  = 50000
	MaxCodeLen       = 200
)

// CodeFile is what a licence-code file holds.
type CodeFile struct {
	Codes []string `json:"codes"`
	// Duplicates counts codes written twice in the file (kept once).
	Duplicates int `json:"duplicates"`
	// Format is "xlsx", "csv" or "tsv"; Encoding the text encoding found.
	Format   string `json:"format"`
	Encoding string `json:"encoding,omitempty"`
}

// CodeFileError says why a file could not be read, in Korean.
type CodeFileError struct{ Message string }

func (e *CodeFileError) Error() string { return e.Message }

// codeHeaders are header cells naming the code column.
var codeHeaders = []string{"코드", "라이선스", "라이센스", "시리얼", "인증키", "쿠폰", "code", "license", "licence", "serial", "key", "coupon"}

func isCodeHeader(cell string) bool {
	c := strings.ToLower(strings.Join(strings.Fields(cell), ""))
	for _, h := range codeHeaders {
		if strings.Contains(c, h) {
			return true
		}
	}
	return false
}

// ParseCodes reads licence codes from an XLSX file or a text file (CSV, TSV, one code per line,
// in UTF-8, UTF-16 or CP949). The code column is the one whose header names a code (코드,
// 라이선스, serial, …), else the first; empty cells are skipped, duplicates kept once.
func ParseCodes(data []byte) (CodeFile, error) {
	if len(data) == 0 {
		return CodeFile{}, &CodeFileError{"파일이 비어 있습니다."}
	}
	if len(data) > MaxCodeFileBytes {
		return CodeFile{}, &CodeFileError{fmt.Sprintf("파일이 너무 큽니다 (최대 %dMB). 나누어 올리세요.", MaxCodeFileBytes>>20)}
	}
	var (
		cf   CodeFile
		rows func(yield func([]string) error) error
	)
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		cf.Format = "xlsx"
		rows = func(yield func([]string) error) error { return xlsxRows(data, yield) }
	} else {
		text, enc, err := sheet.DecodeText(data)
		if err != nil {
			return CodeFile{}, &CodeFileError{"파일의 글자 인코딩을 읽지 못했습니다. 엑셀에서 'CSV UTF-8'로 저장해 올리세요."}
		}
		cf.Format, cf.Encoding = "csv", enc
		r := csv.NewReader(strings.NewReader(text))
		if first, _, _ := strings.Cut(text, "\n"); strings.Contains(first, "\t") {
			r.Comma, cf.Format = '\t', "tsv"
		}
		r.FieldsPerRecord, r.LazyQuotes, r.ReuseRecord = -1, true, true
		rows = func(yield func([]string) error) error {
			for {
				rec, err := r.Read()
				if err == io.EOF {
					return nil
				}
				if err != nil {
					return &CodeFileError{fmt.Sprintf("CSV 파일을 읽지 못했습니다: %d번째 줄 근처가 잘못되었습니다.", lineOf(err))}
				}
				if err := yield(rec); err != nil {
					return err
				}
			}
		}
	}
	col, row := -1, 0
	seen := map[string]bool{}
	err := rows(func(rec []string) error {
		row++
		if col < 0 {
			col = 0
			for i, c := range rec {
				if isCodeHeader(c) {
					col = i
					return nil // a header row
				}
			}
		}
		if col >= len(rec) {
			return nil
		}
		code := strings.TrimSpace(strings.TrimPrefix(rec[col], "\uFEFF"))
		if code == "" {
			return nil
		}
		if len([]rune(code)) > MaxCodeLen {
			return &CodeFileError{fmt.Sprintf("%d번째 줄의 코드가 너무 깁니다 (최대 %d자).", row, MaxCodeLen)}
		}
		if strings.IndexFunc(code, unicode.IsControl) >= 0 {
			return &CodeFileError{fmt.Sprintf("%d번째 줄의 코드에 보이지 않는 제어 문자가 있습니다.", row)}
		}
		if seen[code] {
			cf.Duplicates++
			return nil
		}
		if len(cf.Codes) == MaxCodesPerFile {
			return &CodeFileError{fmt.Sprintf("코드가 너무 많습니다 (한 번에 최대 %d개). 파일을 나누어 올리세요.", MaxCodesPerFile)}
		}
		seen[code] = true
		cf.Codes = append(cf.Codes, code)
		return nil
	})
	if err != nil {
		return CodeFile{}, err
	}
	if len(cf.Codes) == 0 {
		return CodeFile{}, &CodeFileError{"파일에서 코드를 찾지 못했습니다. 첫 열(또는 '코드' 열)에 한 줄에 하나씩 넣으세요."}
	}
	return cf, nil
}

func lineOf(err error) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Line
	}
	return 0
}

// xlsxRows reads the first sheet's rows (raw values: a long number keeps its digits) within the
// bounds of a code file.
func xlsxRows(data []byte, yield func([]string) error) error {
	lim := sheet.ReadLimits{MaxUnzipped: 4 * MaxCodeFileBytes, MaxRows: MaxCodesPerFile + 100, MaxCols: 50}
	var yieldErr error
	first := true
	err := sheet.ReadXLSX(data, lim, func(t sheet.Table) bool {
		first = false
		for _, rec := range t.Rows {
			if yieldErr = yield(rec); yieldErr != nil {
				break
			}
		}
		return false
	})
	var re *sheet.ReadError
	switch {
	case errors.As(err, &re):
		return &CodeFileError{re.Korean}
	case err != nil:
		return &CodeFileError{"엑셀 파일을 읽지 못했습니다."}
	case first:
		return &CodeFileError{"엑셀 파일에 시트가 없습니다."}
	}
	return yieldErr
}

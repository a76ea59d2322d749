package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// ReadLimits bound what reading one workbook a seller brings may cost. A small file can unpack to
// gigabytes (a zip bomb), or name a cell in the last column (XFD) on every row: a general reader
// pads every such row to 16,384 cells (excelize's GetRows took 1.2 GB and Rows seconds of CPU for
// 12 KB). Both are refused or cut here, as the file is read.
type ReadLimits struct {
	// MaxUnzipped is the most the workbook may unpack to, all parts together (bytes).
	MaxUnzipped int64
	// MaxRows is the most rows read from one sheet (empty rows in between count); more is refused.
	MaxRows int
	// MaxCols is the most columns kept of a row; cells further right are skipped, never padded to.
	MaxCols int
}

// DefaultReadLimits suit a courier's result file or a list of licence codes: a day's parcels are
// hundreds or thousands of rows of a few dozen columns and unpack to a few megabytes.
var DefaultReadLimits = ReadLimits{MaxUnzipped: 48 << 20, MaxRows: 50000, MaxCols: 200}

// ReadError says, in Korean, why a file a seller brought could not be read.
type ReadError struct {
	Korean string
	Err    error
}

func (e *ReadError) Error() string {
	if e.Err != nil {
		return "sheet: " + e.Korean + ": " + e.Err.Error()
	}
	return "sheet: " + e.Korean
}

func (e *ReadError) Unwrap() error { return e.Err }

// ErrTooLarge is wrapped by a ReadError for a workbook over the limits.
var ErrTooLarge = errors.New("workbook over the read limits")

// Table is one sheet's rows as text: raw cell values (a long number Excel shows as 6.01235E+11
// keeps all its digits, a date is its serial number), trailing empty cells trimmed.
type Table struct {
	Name string
	Rows [][]string
}

const notOpened = "엑셀 파일을 열지 못했습니다. 파일이 손상되지 않았는지, 암호가 걸려 있지 않은지 확인하세요."

// ReadXLSX reads the sheets of a workbook (Office Open XML) within lim, calling each with every
// sheet in workbook order; each returning false stops the reading. Only what a seller's file
// carries is read — cell values of the sheets — and never more than one sheet is held.
//
// This is a small reader of its own rather than excelize's, because excelize pads rows up to
// their last cell and has no row or column bound: the reading itself must be bounded.
func ReadXLSX(data []byte, lim ReadLimits, each func(Table) bool) error {
	if lim.MaxUnzipped <= 0 || lim.MaxRows <= 0 || lim.MaxCols <= 0 {
		lim = DefaultReadLimits
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return &ReadError{Korean: notOpened, Err: err}
	}
	w := &workbook{files: map[string]*zip.File{}, lim: lim}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(lim.MaxUnzipped) {
			return &ReadError{Korean: fmt.Sprintf("엑셀 파일의 내용이 너무 큽니다 (풀었을 때 %dMB까지 읽습니다). 파일을 나누어 올리세요.", lim.MaxUnzipped>>20),
				Err: fmt.Errorf("%w: unpacks to more than %d bytes", ErrTooLarge, lim.MaxUnzipped)}
		}
		w.files[strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/")] = f
	}
	sheets, err := w.sheetList()
	if err != nil {
		return &ReadError{Korean: notOpened, Err: err}
	}
	if w.strings, err = w.sharedStrings(); err != nil {
		return &ReadError{Korean: notOpened, Err: err}
	}
	for _, s := range sheets {
		t, err := w.readSheet(s)
		if err != nil {
			return err
		}
		if !each(t) {
			return nil
		}
	}
	return nil
}

type workbook struct {
	files   map[string]*zip.File
	lim     ReadLimits
	strings []string
}

type sheetRef struct{ name, file string }

// open returns a reader of a part that never yields more than the part declared (archive/zip
// enforces that) nor more than the limit.
func (w *workbook) open(name string) (io.ReadCloser, error) {
	f, ok := w.files[name]
	if !ok {
		return nil, fmt.Errorf("part %s missing", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("part %s: %w", name, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(rc, w.lim.MaxUnzipped), rc}, nil
}

func (w *workbook) decodePart(name string, v any) error {
	rc, err := w.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("part %s: %w", name, err)
	}
	return nil
}

// sheetList names the sheets in workbook order with their parts (xl/workbook.xml and its
// relationships).
func (w *workbook) sheetList() ([]sheetRef, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := w.decodePart("xl/workbook.xml", &wb); err != nil {
		return nil, err
	}
	targets, err := w.relationships("xl/_rels/workbook.xml.rels")
	if err != nil {
		return nil, err
	}
	var out []sheetRef
	for _, s := range wb.Sheets {
		t, ok := targets[s.RID]
		if !ok {
			continue
		}
		out = append(out, sheetRef{name: s.Name, file: partPath("xl", t)})
	}
	return out, nil
}

func (w *workbook) relationships(name string) (map[string]string, error) {
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := w.decodePart(name, &rels); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(rels.Rel))
	for _, r := range rels.Rel {
		out[r.ID] = r.Target
	}
	return out, nil
}

// partPath resolves a relationship target against the folder of the part that names it.
func partPath(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return path.Clean(path.Join(dir, target))
}

// sharedStrings reads xl/sharedStrings.xml (absent when no cell uses it): each <si> is the text
// of its <t> elements, rich-text runs included, phonetic hints (<rPh>) left out.
func (w *workbook) sharedStrings() ([]string, error) {
	const name = "xl/sharedStrings.xml"
	if _, ok := w.files[name]; !ok {
		return nil, nil
	}
	rc, err := w.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var out []string
	var sb strings.Builder
	depthRPh, inSI, inT := 0, false, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("part %s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				sb.Reset()
			case "rPh":
				depthRPh++
			case "t":
				inT = inSI && depthRPh == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				out = append(out, sb.String())
				inSI = false
			case "rPh":
				depthRPh--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				sb.Write(t)
			}
		}
	}
}

func (w *workbook) readSheet(s sheetRef) (Table, error) {
	t := Table{Name: s.name}
	fail := func(err error) (Table, error) {
		return t, &ReadError{Korean: fmt.Sprintf("엑셀 시트 '%s'를 읽지 못했습니다.", s.name), Err: err}
	}
	rc, err := w.open(s.file)
	if err != nil {
		return fail(err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var (
		row             []string
		inRow           bool
		col             int // 1-based column of the cell being read, 0 = skipped
		cellType        string
		val             strings.Builder
		inV, inIS, inIT bool
	)
	tooMany := &ReadError{Korean: fmt.Sprintf("엑셀 시트 '%s'의 행이 너무 많습니다 (한 번에 %d행까지). 파일을 나누어 올리세요.", s.name, w.lim.MaxRows),
		Err: fmt.Errorf("%w: more than %d rows", ErrTooLarge, w.lim.MaxRows)}
	addRow := func(r []string) error {
		if len(t.Rows) >= w.lim.MaxRows {
			return tooMany
		}
		n := len(r)
		for n > 0 && r[n-1] == "" {
			n--
		}
		t.Rows = append(t.Rows, r[:n:n])
		return nil
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return t, nil
		}
		if err != nil {
			return fail(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "row":
				// a row numbered further down leaves the rows in between empty
				if r, err := strconv.Atoi(attr(e, "r")); err == nil && r > len(t.Rows)+1 {
					if r > w.lim.MaxRows {
						return t, tooMany
					}
					for len(t.Rows) < r-1 {
						if err := addRow(nil); err != nil {
							return t, err
						}
					}
				}
				inRow, row = true, nil
			case "c":
				if !inRow {
					continue
				}
				col = len(row) + 1
				if ref := attr(e, "r"); ref != "" {
					if c := columnOf(ref); c > 0 {
						col = c
					}
				}
				if col > w.lim.MaxCols {
					col = 0 // beyond the kept columns: never padded to
				}
				cellType = attr(e, "t")
				val.Reset()
			case "v":
				inV = col > 0
			case "is":
				inIS = col > 0
			case "t":
				inIT = inIS
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "row":
				if err := addRow(row); err != nil {
					return t, err
				}
				inRow = false
			case "c":
				if col > 0 {
					for len(row) < col-1 {
						row = append(row, "")
					}
					v := val.String()
					if cellType == "s" {
						v = w.shared(v)
					}
					if col <= len(row) {
						row[col-1] = v
					} else {
						row = append(row, v)
					}
				}
				col = 0
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inIT = false
			}
		case xml.CharData:
			if inV || inIT {
				val.Write(e)
			}
		}
	}
}

func (w *workbook) shared(idx string) string {
	i, err := strconv.Atoi(strings.TrimSpace(idx))
	if err != nil || i < 0 || i >= len(w.strings) {
		return ""
	}
	return w.strings[i]
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// columnOf is the 1-based column of a cell reference ("B7" → 2, "XFD1" → 16384); 0 if malformed.
func columnOf(ref string) int {
	n := 0
	for i := 0; i < len(ref); i++ {
		c := ref[i]
		switch {
		case c >= 'A' && c <= 'Z':
			n = n*26 + int(c-'A'+1)
		case c >= 'a' && c <= 'z':
			n = n*26 + int(c-'a'+1)
		default:
			return n
		}
		if n > 1<<20 {
			return 0
		}
	}
	return n
}

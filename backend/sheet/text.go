package sheet

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DecodeText turns the bytes of a text file a seller brings (CSV, TSV, a list of codes) into UTF-8
// text, and names the encoding it found: UTF-8 (a BOM dropped), UTF-16 with a BOM, or else CP949
// (EUC-KR), which is what Korean Excel writes for "CSV". It is the one reading rule for such files.
func DecodeText(data []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return string(data[3:]), "utf-8-bom", nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, _, err := transform.Bytes(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder(), data)
		if err != nil {
			return "", "", fmt.Errorf("sheet: decode UTF-16: %w", err)
		}
		return string(out), "utf-16", nil
	case utf8.Valid(data):
		return string(data), "utf-8", nil
	}
	out, _, err := transform.Bytes(korean.EUCKR.NewDecoder(), data)
	if err != nil {
		return "", "", fmt.Errorf("sheet: decode CP949: %w", err)
	}
	return string(out), "cp949", nil
}

package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DecodeText turns the bytes of a text file a seller brings (CSV, TSV, a list of codes) into UTF-8
// text, and names the encoding it found: UTF-8 (a BOM dropped), UTF-16 with a BOM, or CP949
// (EUC-KR), which is what Korean Excel writes for "CSV". It is the one reading rule for such files.
//
// Some CP949 text is also valid UTF-8 ("채창" is C3 A4 C3 A2, which UTF-8 reads as "äâ"), so
// validity alone does not decide: the whole file is read both ways and the reading with more
// Hangul wins when the UTF-8 reading shows Latin letters with accents, which a Korean courier or
// order file does not carry.
func DecodeText(data []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		// a BOM promises UTF-8; a stray byte after it becomes U+FFFD rather than invalid text
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), "utf-8-bom", nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, _, err := transform.Bytes(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder(), data)
		if err != nil {
			return "", "", fmt.Errorf("sheet: decode UTF-16: %w", err)
		}
		return string(out), "utf-16", nil
	case utf8.Valid(data):
		if cp, ok := preferCP949(data); ok {
			return cp, "cp949", nil
		}
		return string(data), "utf-8", nil
	}
	out, _, err := transform.Bytes(korean.EUCKR.NewDecoder(), data)
	if err != nil {
		return "", "", fmt.Errorf("sheet: decode CP949: %w", err)
	}
	return string(out), "cp949", nil
}

// preferCP949 reads valid UTF-8 data as CP949 too and returns that reading when it is the Korean
// one. A Hangul syllable in CP949 that is also valid UTF-8 reads as one accented Latin letter
// (U+00A1–U+023F), so a Korean word becomes a run of them ("äâ"), while a European word has its
// accented letters between plain ones ("crème"). CP949 wins when most accented letters of the
// UTF-8 reading stand apart from ASCII letters, the CP949 reading decodes without a gap, and it
// has more Hangul.
func preferCP949(data []byte) (string, bool) {
	rs := []rune(string(data))
	accented, inWord, hangulUTF8 := 0, 0, 0
	asciiLetter := func(i int) bool {
		return i >= 0 && i < len(rs) && (rs[i] >= 'a' && rs[i] <= 'z' || rs[i] >= 'A' && rs[i] <= 'Z')
	}
	for i, r := range rs {
		switch {
		case r >= 0x80 && r <= 0x24F:
			accented++
			if asciiLetter(i-1) || asciiLetter(i+1) {
				inWord++
			}
		case isHangul(r):
			hangulUTF8++
		}
	}
	if accented == 0 || inWord*2 >= accented {
		return "", false
	}
	out, _, err := transform.Bytes(korean.EUCKR.NewDecoder(), data)
	if err != nil {
		return "", false
	}
	asCP949 := string(out)
	hangulCP949 := 0
	for _, r := range asCP949 {
		switch {
		case r == utf8.RuneError:
			return "", false
		case isHangul(r):
			hangulCP949++
		}
	}
	return asCP949, hangulCP949 > hangulUTF8
}

func isHangul(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 || r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F
}

package sheet

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"
)

func TestDecodeText(t *testing.T) {
	cp949, err := korean.EUCKR.NewEncoder().Bytes([]byte("코드,상품\nABC-1,한글"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name, enc string
		in        []byte
	}{
		{"utf-8", "utf-8", []byte("코드,상품\nABC-1,한글")},
		{"bom", "utf-8-bom", []byte("\xef\xbb\xbf코드,상품\nABC-1,한글")},
		{"utf-16", "utf-16", []byte("\xff\xfe\x54\xcf\xdc\xb4,\x00\xc1\xc0\x88\xd4\n\x00A\x00B\x00C\x00-\x001\x00,\x00\x5c\xd5\x00\xae")},
		{"cp949", "cp949", cp949},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, err := DecodeText(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.enc, enc)
			assert.Equal(t, "코드,상품\nABC-1,한글", text)
		})
	}
}

// CP949 bytes that happen to be valid UTF-8 are read as the Korean they are: "채창" is C3 A4 C3 A2
// in CP949, which UTF-8 reads as "äâ".
func TestDecodeTextCP949ThatIsValidUTF8(t *testing.T) {
	for _, want := range []string{"받는분,운송장번호\n채창,601234567890", "채창", "수령인,주소\n채창민,서울 강남구"} {
		cp, err := korean.EUCKR.NewEncoder().Bytes([]byte(want))
		require.NoError(t, err)
		text, enc, err := DecodeText(cp)
		require.NoError(t, err)
		assert.Equal(t, "cp949", enc, "%q", want)
		assert.Equal(t, want, text)
	}
	// real UTF-8 with accented letters stays UTF-8
	for _, s := range []string{"Café Mocha,카페모카", "Müller,뮐러 GmbH", "crème brûlée"} {
		text, enc, err := DecodeText([]byte(s))
		require.NoError(t, err)
		assert.Equal(t, "utf-8", enc, s)
		assert.Equal(t, s, text)
	}
}

func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"코드,상품", "\xc3\xa4\xc3\xa2", "\xef\xbb\xbfa", "\xff\xfea\x00", "caf\xc3\xa9"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := DecodeText(data)
		if err != nil {
			return
		}
		require.True(t, utf8.ValidString(text), "always UTF-8 out (%s)", enc)
	})
}

package sheet

import (
	"testing"

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

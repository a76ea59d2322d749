package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"sellerdesk/backend/sheet"
)

// FuzzExportKeepsBuyerText feeds buyer-typed text (names, addresses, delivery messages come from
// the marketplaces) through the CSV and JSON exports: every row keeps its columns, the text comes
// back as written (CSV: with a leading ' when it could start a formula), and no cell starts a
// formula (a plain number such as -12 or +8210… is only a number).
func FuzzExportKeepsBuyerText(f *testing.F) {
	for _, s := range []string{"홍길동", "=HYPERLINK(\"http://x\")", "+821012345678", "-3층", "@SUM(A1)", "a,b\n\"c\"", "\r\n", "", "\t=1", "-12"} {
		f.Add(s, "문 앞에 놓아주세요")
	}
	f.Fuzz(func(t *testing.T, name, message string) {
		if !utf8.ValidString(name) || !utf8.ValidString(message) {
			t.Skip("marketplace text is UTF-8")
		}
		ships := sample()
		ships[1].Receiver.Name, ships[1].Receiver.Message = name, message
		var b bytes.Buffer
		require.NoError(t, WriteCSV(&b, ships))
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff")))
		recs, err := r.ReadAll()
		require.NoError(t, err)
		require.Len(t, recs, 3)
		for _, rec := range recs {
			require.Len(t, rec, len(Header))
			for _, cell := range rec {
				if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
					if _, err := strconv.ParseFloat(cell, 64); err != nil {
						t.Fatalf("cell starts a formula: %q", cell)
					}
				}
			}
		}
		// with CRLF line ends encoding/csv drops a lone \r inside a cell and reads \r\n back as \n
		want := strings.ReplaceAll(sheet.SafeCell(name), "\r", "")
		require.Equal(t, want, recs[2][7])

		var j bytes.Buffer
		require.NoError(t, Write(&j, JSON, ships, time.Unix(0, 0)))
		var doc Document
		require.NoError(t, json.Unmarshal(j.Bytes(), &doc))
		require.Equal(t, name, doc.Shipments[1].Receiver.Name)
		require.Equal(t, message, doc.Shipments[1].Receiver.Message)
	})
}

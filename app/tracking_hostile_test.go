package app

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A zip bomb offered as the courier's result file (a few kilobytes that unpack to far more than
// any result file) is refused in Korean before it is unpacked: through the browser it used to
// take the whole serve process down.
func TestImportTrackingRefusesAZipBomb(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	require.NoError(t, err)
	zeros := make([]byte, 1<<20)
	for i := 0; i < 64; i++ {
		_, err = w.Write(zeros)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.Less(t, b.Len(), 1<<20)

	_, err = uiOf(newTestApp(t)).ImportTracking("cj.xlsx", b.Bytes(), "")
	require.Error(t, err)
	assert.Contains(t, SellerMessage(err), "엑셀 파일의 내용이 너무 큽니다")
}

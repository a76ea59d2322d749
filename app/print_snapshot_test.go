package app

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// A preview and the export or print made right after it count the same boxes, even when a sync
// stores a new order in between: the screen passes the preview's keys back (one snapshot).
func TestPreviewAndExportAfterItCountTheSameBoxes(t *testing.T) {
	a, _ := newPrintApp(t)
	printFixture(t, a)
	l := a.Lists()

	preview, err := l.PrintPreview(PrintRequest{Kind: "packing"})
	require.NoError(t, err)
	require.Equal(t, 3, preview.Count)
	assert.ElementsMatch(t, []string{"naver/2026112210001001", "naver/2026112210002001", "naver/2026112210003001",
		"naver/2026112210004001"}, preview.Keys, "the boxes still to ship, the held one too")

	// A sync brings a new order while the seller looks at the preview.
	late := naverShipment("2026112210009001", "정다은", "010-9999-0000", "광주광역시 북구 용봉로 77", order.StatusPaid, 1)
	_, err = a.ApplyBatch(context.Background(), store.Batch{Records: []store.Record{{Shipment: late}}})
	require.NoError(t, err)

	saved, err := l.ExportList(PrintRequest{Kind: "packing", Keys: preview.Keys})
	require.NoError(t, err)
	assert.Equal(t, preview.Count, saved.Count, "the export counts the previewed boxes")
	assert.Equal(t, preview.Held, saved.Held)
	assert.Equal(t, len(preview.Keys), saved.Count+saved.Held+saved.Excluded, "every previewed box is listed, held or left out")

	printed, err := l.PrintList(PrintRequest{Kind: "packing", Keys: preview.Keys})
	require.NoError(t, err)
	assert.Equal(t, preview.Count, printed.Count, "so does the print")
	assert.ElementsMatch(t, preview.Keys, printed.Keys)

	again, err := l.PrintPreview(PrintRequest{Kind: "packing"})
	require.NoError(t, err)
	assert.Equal(t, preview.Count+1, again.Count, "a new preview takes the new order in")
}

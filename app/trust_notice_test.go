package app

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// Issue 12 point 8: "출력할 주문이 없습니다" is a neutral note on the 출력 screen, not an error (the
// print door still exits with an error: a script must notice).
func TestNothingToPrintIsANoticeNotAnError(t *testing.T) {
	a, _ := newPrintApp(t)
	l := a.Lists()
	q := ShipmentQuery{Statuses: []string{string(order.StatusExchanged)}}
	for name, call := range map[string]func() (PrintDoc, error){
		"preview": func() (PrintDoc, error) { return l.PrintPreview(PrintRequest{Kind: "picking", Filter: q}) },
		"print":   func() (PrintDoc, error) { return l.PrintList(PrintRequest{Kind: "packing", Filter: q}) },
	} {
		doc, err := call()
		require.NoError(t, err, name)
		assert.Contains(t, doc.Notice, "출력할 주문이 없습니다", name)
		assert.Empty(t, doc.HTML, name)
		assert.Zero(t, doc.Recorded, name)
	}
	exp, err := l.ExportList(PrintRequest{Kind: "shipping", Filter: q})
	require.NoError(t, err)
	assert.Contains(t, exp.Notice, "출력할 주문이 없습니다")
	assert.Empty(t, exp.Path, "no empty file is written")

	_, err = a.PrintList(context.Background(), PrintRequest{Kind: "picking", Filter: q})
	assert.Contains(t, SellerMessage(err), "출력할 주문이 없습니다", "the door's error stays")
}

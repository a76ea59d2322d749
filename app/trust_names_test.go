package app

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Issue 12 point 9: one box, one name. The results of a write, 알림 (the held list), the drawer,
// the packing list and the courier sheet all name a box by its marketplace, order number and
// receiver, and the two boxes of one Coupang order by their number. Before, the results showed the
// marketplace's box id, the drawer the order number alone, the courier sheet "coupang/6425…", and
// the two boxes printed as identical rows.
func TestEveryScreenNamesABoxTheSameWay(t *testing.T) {
	a, _ := newPrintApp(t)
	ctx := context.Background()
	box := func(id string) order.Shipment {
		s := naverShipment(id, "홍길동", "010-1234-5678", "서울특별시 강남구 테헤란로 152", order.StatusAcknowledged, 1)
		s.Marketplace, s.OrderID, s.MarketStatus = order.Coupang, "30000012345", "INSTRUCT"
		return s
	}
	claim := naverShipment("2026112210004001", "이서연", "010-4444-5555", "인천광역시 연수구 송도과학로 32", order.StatusPaid, 1)
	claim.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true}
	_, err := a.Store().Apply(ctx, store.Batch{Records: []store.Record{
		{Shipment: box("642538970006401439")}, {Shipment: box("642538970006401429")}, {Shipment: claim}}}, nil)
	require.NoError(t, err)

	const first, second, held = "쿠팡 30000012345 홍길동 (박스 1/2)", "쿠팡 30000012345 홍길동 (박스 2/2)", "네이버 2026112210004 이서연"
	names := map[string]string{"coupang/642538970006401429": first, "coupang/642538970006401439": second,
		"naver/2026112210004001": held}

	o := a.Orders()
	page, err := o.ListShipments(ShipmentQuery{Limit: 10})
	require.NoError(t, err)
	require.Len(t, page.Rows, 3)
	for _, r := range page.Rows {
		assert.Equal(t, names[r.Key], r.Name, "the row of %s (알림 shows it)", r.Key)
		d, err := o.GetShipment(r.Key)
		require.NoError(t, err)
		assert.Equal(t, names[r.Key], d.Name, "the drawer of %s", r.Key)
	}

	// The results of a write (no marketplace is connected here: every box fails, named).
	out, err := a.Dispatch(ctx, []string{"coupang/642538970006401429", "coupang/642538970006401439"}, "seller")
	require.NoError(t, err)
	require.Len(t, out.Items, 2)
	for _, it := range out.Items {
		assert.Equal(t, names[it.Key], it.Name, "the result of %s", it.Key)
	}

	all := []string{"coupang/642538970006401429", "coupang/642538970006401439", "naver/2026112210004001"}
	pack, err := a.PrintList(ctx, PrintRequest{Kind: "packing", Format: "html", Keys: all})
	require.NoError(t, err)
	html := string(pack.Data)
	assert.Contains(t, html, first, "the packing list")
	assert.Contains(t, html, second, "the packing list")
	assert.Contains(t, html, held, "the packing list's held appendix")

	sheet, err := a.PrintList(ctx, PrintRequest{Kind: "shipping", Format: "html", Keys: all})
	require.NoError(t, err)
	html = string(sheet.Data)
	assert.Contains(t, html, first, "the printed courier sheet")
	assert.Contains(t, html, second, "the printed courier sheet")
	assert.NotContains(t, html, "coupang/6425", "the printed sheet names boxes, not keys")

	// The courier's upload file keeps the keys it echoes back (고객주문번호) and no print-only column.
	csv, err := a.PrintList(ctx, PrintRequest{Kind: "shipping", Format: "csv", Keys: all})
	require.NoError(t, err)
	assert.Contains(t, string(csv.Data), "coupang/642538970006401429")
	assert.False(t, strings.Contains(string(csv.Data), "박스 1/2"), "the upload file has no print-only names")
}

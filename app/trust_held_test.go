package app

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/views"
	"sellerdesk/backend/export"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// heldFixture stores boxes with an open blocking finding in every status — only the two that can
// still ship are held — and a plain one to ship.
func heldFixture(t *testing.T, a *App) (held []string) {
	t.Helper()
	claim := &order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REQUEST", Open: true}
	var recs []store.Record
	for i, st := range []order.Status{order.StatusPaid, order.StatusAcknowledged, order.StatusShipped,
		order.StatusDelivering, order.StatusDelivered, order.StatusReturned, order.StatusCanceled} {
		s := naverShipment("20261122100"+string(rune('1'+i))+"0001", "김민우", "010-1234-5678", "서울특별시 강남구 테헤란로 152", st, 1)
		s.Claim = claim
		recs = append(recs, store.Record{Shipment: s})
		if st.ToShip() {
			held = append(held, s.Key())
		}
	}
	recs = append(recs, store.Record{Shipment: naverShipment("2026112210090001", "박지훈", "010-2222-3333", "부산광역시 해운대구 센텀중앙로 79", order.StatusPaid, 2)})
	_, err := a.ApplyBatch(context.Background(), store.Batch{Records: recs})
	require.NoError(t, err)
	return held
}

// Issue 12 point 6: 보류 is one definition (order.Shipment.Held: can still ship and an open
// blocking finding), and the counter, the 보류만 filter and 알림, the drawer, the lists and the
// export all count the same boxes. Before, the counter counted boxes that had left.
func TestHeldIsOneDefinitionEverywhere(t *testing.T) {
	a, _ := newPrintApp(t)
	held := heldFixture(t, a)
	o := a.Orders()

	ov, err := o.Overview()
	require.NoError(t, err)
	assert.Equal(t, len(held), ov.Blocked, "the 보류 counter")

	page, err := o.ListShipments(ShipmentQuery{BlockedOnly: true, Limit: 100})
	require.NoError(t, err)
	var keys []string
	for _, r := range page.Rows {
		keys = append(keys, r.Key)
	}
	assert.ElementsMatch(t, held, keys, "보류만 and 알림's list")

	all, err := o.ListShipments(ShipmentQuery{Limit: 100})
	require.NoError(t, err)
	for _, r := range all.Rows {
		isHeld := contains(held, r.Key)
		assert.Equal(t, isHeld, r.Blocked, "row %s (%s)", r.Key, r.Status)
		if !isHeld && len(r.Findings) > 0 {
			assert.True(t, r.Warned, "a box that left still shows its open claim (%s)", r.Key)
		}
		d, err := o.GetShipment(r.Key)
		require.NoError(t, err)
		assert.Equal(t, isHeld, d.Blocked, "the drawer's 발송 보류 of %s", r.Key)
	}

	// The picking list of everything: the held boxes are 보류, the others that left are not.
	res, err := a.PrintList(context.Background(), PrintRequest{Kind: "picking", Format: "json", Keys: pageKeys(all)})
	require.NoError(t, err)
	assert.Equal(t, len(held), res.Held)
	assert.Equal(t, 5, res.Excluded, "sent, delivered, returned and cancelled boxes are not boxes to ship")
	assert.Equal(t, 1, res.Count)
	// The default list (what is still to ship) says the same 보류 as the counter.
	res, err = a.PrintList(context.Background(), PrintRequest{Kind: "picking", Format: "json"})
	require.NoError(t, err)
	assert.Equal(t, ov.Blocked, res.Held)

	var buf bytes.Buffer
	_, err = a.Export(context.Background(), ExportRequest{Format: export.JSON}, &buf)
	require.NoError(t, err)
	var doc struct {
		Shipments []export.Shipment `json:"shipments"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	n := 0
	for _, s := range doc.Shipments {
		if s.Blocked {
			n++
			assert.Contains(t, held, s.Key)
		}
	}
	assert.Equal(t, len(held), n, "the export's 보류")
}

func pageKeys(p views.ShipmentPage) []string {
	out := make([]string, 0, len(p.Rows))
	for _, r := range p.Rows {
		out = append(out, r.Key)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

package coupangsim

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// GET exchangeRequests as article 360033397594 has it: yyyy-MM-ddTHH:mm:ss, at most 7 days, the
// documented statuses, paged by nextToken (10 by default), faultable like every route.
func TestExchangeRequestsStrict(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil })
	ids := h.sim.AddOrders(12)
	var exchanges []int64
	for _, id := range ids {
		_, err := h.sim.RequestExchange(id, 1, "사이즈 교환")
		require.Error(t, err, "not delivered yet")
		shipped(h, id)
		require.NoError(t, h.sim.Deliver(id))
		ex, err := h.sim.RequestExchange(id, 1, "사이즈 교환")
		require.NoError(t, err)
		exchanges = append(exchanges, ex)
	}
	_, err := h.sim.RequestExchange(ids[0], 1, "again")
	assert.Error(t, err, "one open exchange a box")
	require.NoError(t, h.sim.WithdrawExchange(exchanges[1], "철회"))

	list := func(q string) (int, map[string]any) {
		st, m, _ := h.do("GET", pathAt("v4", "/exchangeRequests"), q, nil)
		return st, m
	}
	win := "createdAtFrom=2024-04-04T00:00:00&createdAtTo=2024-04-10T23:59:59"
	st, m := list(win)
	require.Equal(t, 200, st)
	assert.EqualValues(t, 200, m["code"])
	require.Len(t, m["data"], 10, "10 a page by default")
	next := m["nextToken"].(string)
	require.NotEmpty(t, next)
	first := m["data"].([]any)[0].(map[string]any)
	assert.Equal(t, float64(exchanges[0]), first["exchangeId"])
	assert.Equal(t, "RECEIPT", first["exchangeStatus"])
	assert.Equal(t, "FINAL_DELIVERY", first["orderDeliveryStatusCode"])
	assert.Equal(t, "BeforeDirection", first["collectStatus"])
	assert.Equal(t, "2024-04-10T12:00:00", first["createdAt"], "KST, without an offset")
	items := first["exchangeItemDtoV1s"].([]any)
	require.Len(t, items, 1)
	assert.Equal(t, float64(ids[0]), items[0].(map[string]any)["originalShipmentBoxId"])
	_, m = list(win + "&nextToken=" + next)
	assert.Len(t, m["data"], len(ids)-10)
	assert.Equal(t, "", m["nextToken"])

	_, m = list(win + "&status=CANCEL")
	require.Len(t, m["data"], 1)
	assert.Equal(t, "Withdraw", m["data"].([]any)[0].(map[string]any)["collectStatus"])
	b, _ := h.sim.Box(ids[2])
	_, m = list(win + "&orderId=" + strconv.FormatInt(b.OrderID, 10))
	assert.Len(t, m["data"], 1)
	_, m = list("createdAtFrom=2024-04-10T12:00:01&createdAtTo=2024-04-10T23:59:59")
	assert.Empty(t, m["data"], "asked before the window")

	for name, q := range map[string]string{
		"more than 7 days":  "createdAtFrom=2024-04-03T23:59:58&createdAtTo=2024-04-10T23:59:59",
		"day-only dates":    "createdAtFrom=2024-04-04&createdAtTo=2024-04-10",
		"with an offset":    "createdAtFrom=2024-04-04T00:00:00%2B09:00&createdAtTo=2024-04-10T23:59:59%2B09:00",
		"no createdAtTo":    "createdAtFrom=2024-04-04T00:00:00",
		"reversed":          "createdAtFrom=2024-04-10T00:00:00&createdAtTo=2024-04-09T00:00:00",
		"unknown status":    win + "&status=DONE",
		"page size":         win + "&maxPerPage=0",
		"orderId":           win + "&orderId=abc",
		"malformed token":   win + "&nextToken=xyz",
		"returns' statuses": win + "&status=UC",
	} {
		st, _ := list(q)
		assert.Equal(t, 400, st, name)
	}
	st, _, _ = h.do("GET", pathAt("v5", "/exchangeRequests"), win, nil)
	assert.Equal(t, 404, st, "documented at v4 only")

	h.sim.InjectFault(EndpointExchangeRequests, FaultGatewayTimeout)
	st, _ = list(win)
	assert.Equal(t, 504, st)
	st, _ = list(win)
	assert.Equal(t, 200, st)

	h.clock.Add(time.Hour)
	require.NoError(t, h.sim.PickUpExchange(exchanges[0]))
	require.NoError(t, h.sim.CompleteExchange(exchanges[0]))
	v, ok := h.sim.Exchange(exchanges[0])
	require.True(t, ok)
	assert.Equal(t, "SUCCESS", v.Status)
	assert.Error(t, h.sim.WithdrawExchange(exchanges[0], "late"), "a finished exchange cannot be withdrawn")
}

// shipped moves a box to DEPARTURE with an invoice (the way the seller's upload leaves it).
func shipped(h *harness, id int64) {
	h.t.Helper()
	h.sim.mu.Lock()
	defer h.sim.mu.Unlock()
	b, err := h.sim.box(id)
	require.NoError(h.t, err)
	b.Status = "DEPARTURE"
	h.sim.newInvoice(b, h.sim.cfg.Now())
}

// The exchange answers' rules in the simulator: 입고 확인 once, while open; 거부 with SOLDOUT or
// WITHDRAW while open and not confirmed; the body must name the path's exchange and the vendor.
func TestExchangeAnswersStateRules(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil })
	ids := h.sim.AddOrders(3)
	var ex []int64
	for _, id := range ids[:3] {
		shipped(h, id)
		require.NoError(t, h.sim.Deliver(id))
		e, err := h.sim.RequestExchange(id, 1, "교환")
		require.NoError(t, err)
		ex = append(ex, e)
	}
	put := func(id int64, action string, body map[string]any) (int, map[string]any) {
		st, m, _ := h.do("PUT", pathAt("v4", "/exchangeRequests/"+strconv.FormatInt(id, 10)+"/"+action), "", body)
		return st, m
	}
	body := func(id int64, extra ...string) map[string]any {
		m := map[string]any{"vendorId": "A00012345", "exchangeId": id}
		if len(extra) > 0 {
			m["exchangeRejectCode"] = extra[0]
		}
		return m
	}
	st, _ := put(ex[0], "receiveConfirmation", map[string]any{"vendorId": "A00012345", "exchangeId": ex[1]})
	assert.Equal(t, 400, st, "the body names another exchange")
	st, _ = put(ex[0], "receiveConfirmation", map[string]any{"vendorId": "A00099999", "exchangeId": ex[0]})
	assert.Equal(t, 400, st, "another vendor")
	st, m := put(ex[0], "receiveConfirmation", body(ex[0]))
	require.Equal(t, 200, st)
	assert.Equal(t, "200", m["code"])
	v, _ := h.sim.Exchange(ex[0])
	assert.Equal(t, "PROGRESS", v.Status)
	assert.Equal(t, "CompleteCollect", v.CollectStatus)
	st, _ = put(ex[0], "receiveConfirmation", body(ex[0]))
	assert.Equal(t, 400, st, "confirmed once")
	_, m = put(ex[0], "rejection", body(ex[0], "SOLDOUT"))
	assert.Equal(t, "FAIL", m["data"].(map[string]any)["resultCode"], "a confirmed exchange is not rejectable")

	st, _ = put(ex[1], "rejection", body(ex[1], "OUT_OF_STOCK"))
	assert.Equal(t, 400, st, "only the documented codes")
	st, _ = put(ex[1], "rejection", body(ex[1]))
	assert.Equal(t, 400, st, "the code is required")
	st, m = put(ex[1], "rejection", body(ex[1], "WITHDRAW"))
	require.Equal(t, 200, st)
	assert.Equal(t, "SUCCESS", m["data"].(map[string]any)["resultCode"])
	v, _ = h.sim.Exchange(ex[1])
	assert.Equal(t, "REJECT", v.Status)
	st, _ = put(ex[1], "rejection", body(ex[1], "SOLDOUT"))
	assert.Equal(t, 400, st, "rejected once")
	st, _ = put(ex[1], "receiveConfirmation", body(ex[1]))
	assert.Equal(t, 400, st, "a rejected exchange is over")

	require.NoError(t, h.sim.WithdrawExchange(ex[2], "철회"))
	st, _ = put(ex[2], "receiveConfirmation", body(ex[2]))
	assert.Equal(t, 400, st, "a withdrawn exchange is over")

	// the listed exchange shows the re-delivery's box once its goods are confirmed
	_, m, _ = h.do("GET", pathAt("v4", "/exchangeRequests"), "createdAtFrom=2024-04-04T00:00:00&createdAtTo=2024-04-10T23:59:59&status=PROGRESS", nil)
	require.Len(t, m["data"], 1)
	groups := m["data"].([]any)[0].(map[string]any)["deliveryInvoiceGroupDtos"].([]any)
	require.Len(t, groups, 1)
	assert.Equal(t, "EXCHANGE_DELIVERY", groups[0].(map[string]any)["shippingDeliveryType"])

	h.sim.InjectFault(EndpointExchangeRejection, FaultGatewayTimeoutApplied)
	ex3, err := h.sim.RequestExchange(ids[1], 1, "again")
	require.NoError(t, err, "a box whose exchange ended may ask again")
	st, _ = put(ex3, "rejection", body(ex3, "SOLDOUT"))
	assert.Equal(t, 504, st)
	v, _ = h.sim.Exchange(ex3)
	assert.Equal(t, "REJECT", v.Status, "applied, the answer lost")
}

package naversim

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// A hope-delivery product order is served in the documented form: deliveryAttributeType HOPE (or
// HOPE_SELLER_GUARANTEE with deliveryTagType HOPE) and hopeDelivery with the day as yyyymmdd and
// the hour as HHmm strings; other product orders are NORMAL without the object. The buyer's change
// of the day shows in the feed as HOPE_DELIVERY_INFO_CHANGED.
func TestHopeDeliveryDocumentedForm(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true, Real: RealWorld()})
	tok := e.token(t)
	day := time.Date(2026, 12, 24, 0, 0, 0, 0, order.KST())
	plain := e.sim.AddOrders(1)[0]
	hopeID := e.sim.AddHopeOrder(HopeOrder{Day: day, Hour: "1500", Region: "서울 전지역", Fee: 3000})
	sure := e.sim.AddHopeOrder(HopeOrder{Day: day, Guaranteed: true, Product: 1})
	query := func() map[string]map[string]any {
		r := e.do(t, http.MethodPost, "/external/v1/pay-order/seller/product-orders/query", "application/json",
			`{"productOrderIds":["`+plain+`","`+hopeID+`","`+sure+`"]}`, tok)
		require.Equal(t, http.StatusOK, r.status, r.raw)
		out := map[string]map[string]any{}
		for _, d := range r.body["data"].([]any) {
			po := d.(map[string]any)["productOrder"].(map[string]any)
			out[po["productOrderId"].(string)] = po
		}
		return out
	}
	pos := query()
	assert.Equal(t, "NORMAL", pos[plain]["deliveryAttributeType"])
	assert.NotContains(t, pos[plain], "hopeDelivery")
	assert.Equal(t, "HOPE", pos[hopeID]["deliveryAttributeType"])
	assert.Equal(t, map[string]any{"hopeDeliveryYmd": "20261224", "hopeDeliveryHm": "1500", "region": "서울 전지역",
		"additionalFee": float64(3000), "changer": "구매자"}, pos[hopeID]["hopeDelivery"])
	assert.Equal(t, "HOPE_SELLER_GUARANTEE", pos[sure]["deliveryAttributeType"])
	assert.Equal(t, "HOPE", pos[sure]["deliveryTagType"])
	assert.Equal(t, map[string]any{"hopeDeliveryYmd": "20261224", "additionalFee": float64(0), "changer": "구매자"}, pos[sure]["hopeDelivery"])

	e.clock.Add(time.Hour)
	require.NoError(t, e.sim.ChangeHope(hopeID, day.AddDate(0, 0, 2), "1100", "여행 일정 변경"))
	assert.Equal(t, "20261226", query()[hopeID]["hopeDelivery"].(map[string]any)["hopeDeliveryYmd"])
	r := e.do(t, http.MethodGet, "/external/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom="+
		url.QueryEscape(e.clock.Now().Add(-time.Minute).In(order.KST()).Format(wireLayout)), "", "", tok)
	require.Equal(t, http.StatusOK, r.status, r.raw)
	rows := r.body["data"].(map[string]any)["lastChangeStatuses"].([]any)
	require.Len(t, rows, 1)
	assert.Equal(t, hopeID, rows[0].(map[string]any)["productOrderId"])
	assert.Equal(t, "HOPE_DELIVERY_INFO_CHANGED", rows[0].(map[string]any)["lastChangedType"])

	var state *StateError
	assert.ErrorAs(t, e.sim.ChangeHope(plain, day, "", "x"), &state, "a product order without a hope cannot change one")
}

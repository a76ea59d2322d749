package naversim

import (
	"net/http"
	"net/url"
	"strings"
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

// 배송 희망일 변경 as the page documents it: the body's rules answer 400 4000, the product order's
// state and the day answer the page's codes inside a 200, and an accepted change is the seller's
// (changer 판매자 API) and shows in the feed.
func TestHopeChangeRules(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	tok := e.token(t)
	day := time.Date(2026, 11, 25, 0, 0, 0, 0, order.KST()) // the store's clock is 2026-11-22
	hopeID := e.sim.AddHopeOrder(HopeOrder{Day: day, Hour: "1500"})
	sure := e.sim.AddHopeOrder(HopeOrder{Day: day, Guaranteed: true})
	plain := e.sim.AddOrders(1)[0]
	sent := e.sim.AddHopeOrder(HopeOrder{Day: day})
	e.sim.mu.Lock()
	e.sim.orders[sent].status = "DELIVERING"
	e.sim.mu.Unlock()
	post := func(id, body string) resp {
		return e.do(t, http.MethodPost, "/external"+productOrderPrefix+id+"/hope-delivery/change", "application/json", body, tok)
	}
	for _, tc := range []struct {
		name, id, body string
		status         int
		code           string
	}{
		{"no day", hopeID, `{"changeReason":"x"}`, 400, "4000"},
		{"a day not yyyymmdd", hopeID, `{"hopeDeliveryYmd":"2026-11-26","changeReason":"x"}`, 400, "4000"},
		{"no reason", hopeID, `{"hopeDeliveryYmd":"20261126"}`, 400, "4000"},
		{"a reason of 301 characters", hopeID, `{"hopeDeliveryYmd":"20261126","changeReason":"` + strings.Repeat("가", 301) + `"}`, 400, "4000"},
		{"an hour not HHmm", hopeID, `{"hopeDeliveryYmd":"20261126","hopeDeliveryHm":"15:00","changeReason":"x"}`, 400, "4000"},
		{"an empty region", hopeID, `{"hopeDeliveryYmd":"20261126","region":"","changeReason":"x"}`, 400, "4000"},
		{"a region of 31 characters", hopeID, `{"hopeDeliveryYmd":"20261126","region":"` + strings.Repeat("가", 31) + `","changeReason":"x"}`, 400, "4000"},
		{"not a hope delivery", plain, `{"hopeDeliveryYmd":"20261126","changeReason":"x"}`, 200, "104441"},
		{"sent already", sent, `{"hopeDeliveryYmd":"20261126","changeReason":"x"}`, 200, "104449"},
		{"an hour on N희망일배송", sure, `{"hopeDeliveryYmd":"20261126","hopeDeliveryHm":"1100","changeReason":"x"}`, 200, "104450"},
		{"a day that does not exist", hopeID, `{"hopeDeliveryYmd":"20261131","changeReason":"x"}`, 200, "104444"},
		{"a day past", hopeID, `{"hopeDeliveryYmd":"20261121","changeReason":"x"}`, 200, "104444"},
		{"too far ahead", hopeID, `{"hopeDeliveryYmd":"20270301","changeReason":"x"}`, 200, "104445"},
		{"the same day and hour", hopeID, `{"hopeDeliveryYmd":"20261125","hopeDeliveryHm":"1500","changeReason":"x"}`, 200, "104446"},
	} {
		r := post(tc.id, tc.body)
		require.Equal(t, tc.status, r.status, "%s: %s", tc.name, r.raw)
		if tc.status == 400 {
			assert.Equal(t, tc.code, r.body["code"], tc.name)
			continue
		}
		fails := r.body["data"].(map[string]any)["failProductOrderInfos"].([]any)
		require.Len(t, fails, 1, tc.name)
		assert.Equal(t, tc.code, fails[0].(map[string]any)["code"], tc.name)
	}
	h, _ := e.sim.Hope(hopeID)
	assert.Equal(t, HopeView{Ymd: "20261125", Hm: "1500", Changer: "구매자"}, h, "nothing refused changed the day")

	e.clock.Add(time.Minute)
	r := post(hopeID, `{"hopeDeliveryYmd":"20261127","hopeDeliveryHm":"1100","region":"서울","changeReason":"구매자와 통화해 변경"}`)
	require.Equal(t, http.StatusOK, r.status, r.raw)
	assert.Equal(t, []any{hopeID}, r.body["data"].(map[string]any)["successProductOrderIds"])
	h, _ = e.sim.Hope(hopeID)
	assert.Equal(t, HopeView{Ymd: "20261127", Hm: "1100", Region: "서울", ChangeReason: "구매자와 통화해 변경", Changer: "판매자 API"}, h)
	o, _ := e.sim.Order(hopeID)
	assert.Equal(t, "HOPE_DELIVERY_INFO_CHANGED", o.LastChangedType)
	r = post(sure, `{"hopeDeliveryYmd":"20261128","changeReason":"x"}`)
	assert.Equal(t, []any{sure}, r.body["data"].(map[string]any)["successProductOrderIds"], "N희망일배송 moves its day")

	// the conditional list finds the changed ones by HOPE_DELIVERY_INFO_CHANGED_DATETIME
	from := url.QueryEscape(e.clock.Now().Add(-10 * time.Minute).In(order.KST()).Format(wireLayout))
	r = e.do(t, http.MethodGet, "/external/v1/pay-order/seller/product-orders?rangeType=HOPE_DELIVERY_INFO_CHANGED_DATETIME&from="+from, "", "", tok)
	require.Equal(t, http.StatusOK, r.status, r.raw)
	var changed []string
	for _, c := range r.body["data"].(map[string]any)["contents"].([]any) {
		changed = append(changed, c.(map[string]any)["productOrderId"].(string))
	}
	assert.ElementsMatch(t, []string{hopeID, sure}, changed)
}

package marketsim

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The demo sells hope-delivery goods from the start, and its life moves a buyer's day once.
func TestDemoHasHopeDeliveries(t *testing.T) {
	d, err := StartDemo(context.Background(), DemoOptions{Every: time.Hour, NoLimits: true, NaverOrders: 10, CoupangOrders: 5})
	require.NoError(t, err)
	defer d.Stop()
	var ids []string
	for _, id := range d.Naver.ProductOrderIDs() {
		if _, ok := d.Naver.Hope(id); ok {
			ids = append(ids, id)
		}
	}
	require.Len(t, ids, 3)
	before, _ := d.Naver.Hope(ids[0])
	moved := d.moveHope(ids)
	assert.Equal(t, ids[0], moved)
	after, _ := d.Naver.Hope(ids[0])
	assert.NotEqual(t, before.Ymd, after.Ymd)
	assert.Equal(t, "받는 날짜 변경", after.ChangeReason)
	assert.Equal(t, ids[1], d.moveHope(ids), "each order moves once")
	assert.Empty(t, d.moveHope(ids), "N희망일배송 is not moved")
}

// The demo's control orders a hope-delivery cake and moves its day as the buyer, on demand; the
// simulated Naver's API is served beside it as before.
func TestDemoControlMovesAHopeDay(t *testing.T) {
	d, err := StartDemo(context.Background(), DemoOptions{Every: time.Hour, NoLimits: true, NaverOrders: 10, CoupangOrders: 5})
	require.NoError(t, err)
	defer d.Stop()
	post := func(url string) (int, map[string]string) {
		res, err := http.Post(url, "application/json", nil)
		require.NoError(t, err)
		defer res.Body.Close()
		var body map[string]string
		require.NoError(t, json.NewDecoder(res.Body).Decode(&body))
		return res.StatusCode, body
	}
	code, ordered := post(d.ControlURL + "naver/hope-orders")
	require.Equal(t, http.StatusOK, code, ordered)
	id := ordered["productOrderId"]
	h, ok := d.Naver.Hope(id)
	require.True(t, ok)
	assert.Equal(t, ordered["ymd"], h.Ymd)
	assert.Equal(t, "1500", h.Hm)

	code, moved := post(d.ControlURL + "naver/hope-orders/" + id + "/move")
	require.Equal(t, http.StatusOK, code, moved)
	after, _ := d.Naver.Hope(id)
	day, err := time.Parse("20060102", h.Ymd)
	require.NoError(t, err)
	assert.Equal(t, day.AddDate(0, 0, 1).Format("20060102"), after.Ymd)
	assert.Equal(t, map[string]string{"productOrderId": id, "from": h.Ymd, "to": after.Ymd, "hm": "1500"}, moved)
	assert.Equal(t, "구매자", after.Changer)

	code, _ = post(d.ControlURL + "naver/hope-orders/" + d.Naver.ProductOrderIDs()[0] + "x/move")
	assert.Equal(t, http.StatusNotFound, code)
	// the simulated Naver still answers on its own paths
	res, err := http.Get(d.NaverBaseURL + "/v1/pay-order/seller/product-orders/last-changed-statuses")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode, "the simulator's own answer (no token)")
}

package marketsim_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim"
	"sellerdesk/backend/naver"
)

func TestDemoServesBothMarketplacesAndLives(t *testing.T) {
	ctx := context.Background()
	d, err := marketsim.StartDemo(ctx, marketsim.DemoOptions{Every: 20 * time.Millisecond, NaverOrders: 30, CoupangOrders: 20, NoLimits: true})
	require.NoError(t, err)
	defer d.Stop()
	before := len(d.Naver.ProductOrderIDs())
	boxes := len(d.Coupang.Boxes())

	nc, err := naver.New(d.NaverClientID, d.NaverClientSecret, naver.WithBaseURL(d.NaverBaseURL))
	require.NoError(t, err)
	require.NoError(t, nc.CheckAccess(ctx))
	cc, err := coupang.New(d.CoupangVendorID, d.CoupangAccessKey, d.CoupangSecretKey, coupang.WithBaseURL(d.CoupangBaseURL))
	require.NoError(t, err)
	require.NoError(t, cc.CheckConnection(ctx))

	require.Eventually(t, func() bool {
		return len(d.Naver.ProductOrderIDs()) > before+3 && len(d.Coupang.Boxes()) > boxes+3
	}, 5*time.Second, 10*time.Millisecond, "new orders keep arriving")
	d.Stop()
	_, err = nc.ChangedStatusesPage(ctx, naver.ChangedStatusesQuery{From: time.Now().Add(-time.Hour)})
	assert.Error(t, err, "stopped simulators answer no more")
}

// The demo starts with requests of every kind the claims screen handles.
func TestDemoRaisesClaims(t *testing.T) {
	d, err := marketsim.StartDemo(context.Background(), marketsim.DemoOptions{Every: time.Hour, NoLimits: true})
	require.NoError(t, err)
	defer d.Stop()
	var stops, coupangReturns, coupangExchanges int
	for _, b := range d.Coupang.Boxes() {
		if b.HeldQty > 0 {
			stops++
		}
		if b.Status == "FINAL_DELIVERY" && b.Exchanges > 0 {
			coupangExchanges++
		}
		if b.Status == "FINAL_DELIVERY" && b.CanceledQty > 0 {
			coupangReturns++
		}
	}
	assert.GreaterOrEqual(t, stops, 2, "출고중지 요청")
	assert.GreaterOrEqual(t, coupangReturns, 1, "a Coupang return")
	assert.GreaterOrEqual(t, coupangExchanges, 2, "Coupang exchanges (one to confirm, one to reject)")
	kinds := map[string]int{}
	for _, id := range d.Naver.ProductOrderIDs() {
		if o, ok := d.Naver.Order(id); ok && o.ClaimType != "" {
			kinds[o.ClaimType+"/"+o.Status]++
		}
	}
	assert.Positive(t, kinds["RETURN/DELIVERED"], "%v", kinds)
	assert.Positive(t, kinds["EXCHANGE/DELIVERED"], "%v", kinds)
	assert.Positive(t, kinds["CANCEL/PAYED"], "%v", kinds)
}

// The demo shows a partial 판매 취소: Coupang boxes of several goods at 상품준비중, for one receiver
// the browser test searches for.
func TestDemoHasBoxesOfSeveralGoodsAtInstruct(t *testing.T) {
	d, err := marketsim.StartDemo(context.Background(), marketsim.DemoOptions{Every: time.Hour, NoLimits: true})
	require.NoError(t, err)
	t.Cleanup(d.Stop)
	n := 0
	for _, b := range d.Coupang.Boxes() {
		if b.Receiver.Name == marketsim.DemoSeveralGoodsReceiver {
			n++
			assert.Equal(t, "INSTRUCT", b.Status)
			assert.Len(t, b.VendorItems, 3)
			assert.Equal(t, 6, b.Units)
		}
	}
	assert.Equal(t, 3, n)
}

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

package app

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// A Naver claim the buyer withdraws (or the seller rejects) ends the hold on the box, against the
// simulator in its real-world form, through the app's sync and its pre-ship checks.
func TestNaverWithdrawnOrRejectedClaimClearsTheHold(t *testing.T) {
	ctx := context.Background()
	ns := naversim.New(naversim.Config{ClientID: simNaverID, ClientSecret: simNaverSecret, Seed: 12, NoRateLimit: true,
		Real: naversim.RealWorld()})
	srv := httptest.NewServer(ns)
	defer srv.Close()
	ids := ns.AddOrders(2)
	rig := &simRig{naverURL: srv.URL + "/external"}
	a := rig.app(t, nil)
	require.NoError(t, a.PutSettings(ctx, Settings{Naver: NaverKeys{ClientID: simNaverID, ClientSecret: simNaverSecret,
		BaseURL: rig.naverURL}, SyncIntervalMinutes: 60}))
	sync := func() {
		t.Helper()
		runs, err := a.SyncOnce(ctx, order.Naver)
		require.NoError(t, err)
		require.Len(t, runs, 1)
		require.NoError(t, runs[0].Result.Err)
	}
	shipment := func(id string) order.Shipment {
		t.Helper()
		s, err := a.Store().Shipment(ctx, order.ShipmentKey(order.Naver, id))
		require.NoError(t, err)
		return s
	}
	hasFinding := func(s order.Shipment, c order.FindingCode) bool {
		for _, f := range s.Findings {
			if f.Code == c {
				return true
			}
		}
		return false
	}
	sync()
	require.NoError(t, ns.RequestCancel(ids[0], "단순 변심"))
	require.NoError(t, ns.RequestCancel(ids[1], "주문 실수"))
	sync()
	for _, id := range ids {
		s := shipment(id)
		require.NotNil(t, s.Claim)
		assert.True(t, s.Claim.Open)
		assert.True(t, hasFinding(s, order.ClaimOpen))
		assert.True(t, s.Blocked(), "an open cancel holds the box")
	}

	require.NoError(t, ns.WithdrawClaim(ids[0])) // the buyer changed their mind
	require.NoError(t, ns.RejectClaim(ids[1]))   // the seller refused
	sync()
	for _, id := range ids {
		s := shipment(id)
		require.NotNil(t, s.Claim)
		assert.Equal(t, "CANCEL_REJECT", s.Claim.MarketStatus)
		assert.False(t, s.Claim.Open)
		assert.False(t, hasFinding(s, order.ClaimOpen), "%+v", s.Findings)
		assert.False(t, s.Blocked(), "the hold is gone")
		assert.Equal(t, order.StatusPaid, s.Status)
		det, err := uiOf(a).GetShipment(s.Key())
		require.NoError(t, err)
		assert.Contains(t, det.Claim, "취소 요청 철회·거부됨", "the drawer says the claim went away")
	}
}

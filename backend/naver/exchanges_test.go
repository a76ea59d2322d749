package naver

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExchangeAnswers: the five exchange answers against the simulator, in the order the seller
// centre takes them, with the states each is refused in (104442, 104417 for a re-delivery
// before the goods were collected) and the bodies refused before calling.
func TestExchangeAnswers(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	ids := e.sim.AddOrders(2)
	e.dispatchCJ(ctx, t, ids, "612300000031", "612300000048")
	for _, id := range ids {
		require.NoError(t, e.sim.Advance(id))
		require.NoError(t, e.sim.RequestExchange(id, "사이즈 교환"))
	}
	var re *RequestError
	_, err := e.client.HoldbackExchanges(ctx, ids[:1], Holdback{Type: HoldReturnFee, Detail: "x"})
	require.ErrorAs(t, err, &re, "a return's holdback type is not offered for an exchange")
	_, err = e.client.RejectExchanges(ctx, ids[:1], " ")
	require.ErrorAs(t, err, &re)
	_, err = e.client.RedeliverExchanges(ctx, ids[:1], "CJGLS", "")
	require.ErrorAs(t, err, &re)

	res, err := e.client.RedeliverExchanges(ctx, ids[:1], "CJGLS", "612300000055")
	require.NoError(t, err)
	require.Len(t, res.Failed, 1, "not collected yet")
	assert.Equal(t, "104417", string(res.Failed[0].Code))

	res, err = e.client.HoldbackExchanges(ctx, ids[:1], Holdback{Type: HoldExchangeFee, Detail: "교환 배송비 미입금", ExtraFee: 6000})
	require.NoError(t, err)
	assert.Equal(t, ids[:1], res.Succeeded)
	assert.True(t, e.readBack(ctx, t, ids[0]).Claim.HeldBack)
	res, err = e.client.ApproveExchangeCollects(ctx, ids[:1])
	require.NoError(t, err)
	require.Len(t, res.Failed, 1, "a held-back exchange is released first")
	res, err = e.client.ReleaseExchangeHoldbacks(ctx, ids[:1])
	require.NoError(t, err)
	assert.Equal(t, ids[:1], res.Succeeded)
	res, err = e.client.ApproveExchangeCollects(ctx, ids[:1])
	require.NoError(t, err)
	assert.Equal(t, ids[:1], res.Succeeded)
	res, err = e.client.RedeliverExchanges(ctx, ids[:1], "CJGLS", "612300000055")
	require.NoError(t, err)
	assert.Equal(t, ids[:1], res.Succeeded)
	v, _ := e.sim.Order(ids[0])
	assert.Equal(t, "EXCHANGE_REDELIVERING", v.ClaimStatus)
	s := e.readBack(ctx, t, ids[0])
	assert.Equal(t, "CJGLS", s.Claim.RedeliveryCourier, "the re-delivery's parcel is read from the exchange")
	assert.Equal(t, "612300000055", s.Claim.RedeliveryNumber)
	assert.Equal(t, "612300000031", s.TrackingNumber, "the box's own parcel stays")
	res, err = e.client.RejectExchanges(ctx, ids[:1], "늦었습니다")
	require.NoError(t, err)
	require.Len(t, res.Failed, 1, "re-delivered: no longer rejectable")

	res, err = e.client.RejectExchanges(ctx, ids[1:], "착용한 상품은 교환할 수 없습니다.")
	require.NoError(t, err)
	assert.Equal(t, ids[1:], res.Succeeded)
	v, _ = e.sim.Order(ids[1])
	assert.Equal(t, "EXCHANGE_REJECT", v.ClaimStatus)
}

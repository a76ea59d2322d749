package cli

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
)

// `sellerdesk claims exchange-redeliver KEY --box BOXID=[COURIER:]NUMBER ...` on a Coupang exchange
// re-delivered in two boxes: the list names the boxes, one number for both is refused, each box
// takes its own parcel, and a box that carries its invoice is not sent again when named again.
func TestClaimsDoorRedeliversExchangeInTwoBoxes(t *testing.T) {
	cs := doorCoupang(t)
	key, box, dir := deliveredCoupangBox(t, cs)
	ex, err := cs.RequestExchange(box, 1, "사이즈 교환")
	require.NoError(t, err)
	require.NoError(t, cs.SplitExchange(ex, 2))
	_, err = cs.ConfirmExchangeInWing(ex)
	require.NoError(t, err)
	syncDoor(t, dir)
	v, _ := cs.Exchange(ex)
	require.Len(t, v.NewBoxIDs, 2)
	b1, b2 := strconv.FormatInt(v.NewBoxIDs[0], 10), strconv.FormatInt(v.NewBoxIDs[1], 10)

	list := func() fulfil.OpenClaim { t.Helper(); return onlyCoupangClaim(t, dir) }
	c := list()
	assert.Equal(t, []fulfil.RedeliveryBox{{Box: b1}, {Box: b2}}, c.RedeliveryBoxes)
	require.Len(t, c.Answers, 1, "교환 재배송 is offered, not left to WING")
	assert.NotContains(t, c.Todo, "WING")
	code, out, _ := runDoor(t, "claims", "--market", "coupang", "--data-dir", dir)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "재배송 박스 / re-delivery boxes: "+b1+" (송장 없음), "+b2+" (송장 없음)")

	// one number for two boxes: not sent; --box and --tracking together, a --box not written
	// BOXID=NUMBER: usage
	code, out, _ = runDoor(t, "claims", "exchange-redeliver", key, "--tracking", "640012345611", "--data-dir", dir)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "박스마다")
	code, _, _ = runDoor(t, "claims", "exchange-redeliver", key, "--tracking", "640012345611", "--box", b1+"=640012345611", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	code, _, _ = runDoor(t, "claims", "exchange-redeliver", key, "--box", b1, "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	code, _, _ = runDoor(t, "claims", "approve", key, "--box", b1+"=640012345611", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	assert.Zero(t, cs.Calls(coupangsim.EndpointExchangeInvoices))

	// the first box now (the courier of --courier), then both named: only the second is sent
	code, out, errOut := runDoor(t, "claims", "exchange-redeliver", key, "--box", b1+"=640012345611", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	c = list()
	assert.Equal(t, []fulfil.RedeliveryBox{{Box: b1, Courier: "CJ대한통운", Number: "640012345611"}, {Box: b2}}, c.RedeliveryBoxes)
	assert.Contains(t, c.Todo, "2개 중 1개")
	code, out, errOut = runDoor(t, "claims", "exchange-redeliver", key, "--box", b1+"=640012345699", "--box", b2+"=우체국택배:6400123499471", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Equal(t, 2, cs.Calls(coupangsim.EndpointExchangeInvoices))
	v, _ = cs.Exchange(ex)
	assert.Equal(t, []string{"640012345611", "6400123499471"}, v.Invoices, "box 1 keeps its number: not sent again")
	c = list()
	assert.Empty(t, c.Answers)
	assert.Contains(t, c.Todo, "640012345611, 6400123499471")
}

package cli

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/testclock"
)

// `sellerdesk claims exchange-redeliver KEY --courier NAME --tracking NUMBER` on a Coupang box: the
// same command as Naver's, here 교환상품 송장 업로드. After 입고 확인 the claims list offers it only
// once Coupang made the re-delivery box (10 minutes later in the simulator, as the article allows);
// it is sent once, for that box, with the courier's Coupang code.
func TestClaimsDoorRedeliversCoupangExchange(t *testing.T) {
	clk := testclock.New(time.Now())
	cs := doorCoupang(t, func(c *coupangsim.Config) {
		c.Now = clk.Now
		c.SkewWindow = time.Hour // the app signs with the wall clock; the simulator's is moved on below
	})

	key, box, dir := deliveredCoupangBox(t, cs)
	ex, err := cs.RequestExchange(box, 1, "사이즈 교환")
	require.NoError(t, err)
	syncDoor(t, dir)

	list := func() fulfil.OpenClaim { t.Helper(); return onlyCoupangClaim(t, dir) }
	code, out, errOut := runDoor(t, "claims", "exchange-received", key, "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	c := list()
	assert.Empty(t, c.Answers, "the re-delivery box is not made yet")
	assert.Contains(t, c.Todo, "최대 10분")
	code, out, _ = runDoor(t, "claims", "exchange-redeliver", key, "--courier", "CJ대한통운", "--tracking", "640012345611", "--data-dir", dir)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "교환 배송번호를 만들지 않았습니다", "skipped, and why")
	assert.Zero(t, cs.Calls(coupangsim.EndpointExchangeInvoices))

	clk.Add(10 * time.Minute)
	syncDoor(t, dir)
	c = list()
	require.Len(t, c.Answers, 1)
	assert.Equal(t, fulfil.ClaimAnswer{Action: fulfil.RedeliverExchange, Label: "교환 재배송", Needs: "parcel"}, c.Answers[0])
	code, out, _ = runDoor(t, "claims", "--market", "coupang", "--data-dir", dir)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "교환 재배송(exchange-redeliver)")

	code, out, _ = runDoor(t, "claims", "exchange-redeliver", key, "--courier", "CU편의점택배", "--tracking", "640012345611", "--data-dir", dir)
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, out, "쿠팡에서 쓸 수 없는 택배사")
	code, out, errOut = runDoor(t, "claims", "exchange-redeliver", key, "--courier", "CJ대한통운", "--tracking", "640012345611", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	v, _ := cs.Exchange(ex)
	assert.Equal(t, "CJGLS", v.InvoiceCourier)
	assert.Equal(t, "640012345611", v.InvoiceNumber)
	assert.Equal(t, coupang.CollectComplete, v.CollectStatus)
	code, out, _ = runDoor(t, "claims", "exchange-redeliver", key, "--courier", "CJ대한통운", "--tracking", "640012345611", "--data-dir", dir)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "건너뜀 1", "sent once")
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointExchangeInvoices))
	c = list()
	assert.Empty(t, c.Answers)
	assert.Contains(t, c.Todo, "재배송했습니다(운송장 640012345611)")
}

// deliveredCoupangBox is one Coupang box synced by the door, acknowledged, dispatched with a CJ
// number and delivered on the simulator: its key, its shipmentBoxId and the data folder.
func deliveredCoupangBox(t *testing.T, cs *coupangsim.Server) (key string, box int64, dir string) {
	t.Helper()
	boxes := cs.AddOrders(1)
	key = coupangKey(boxes[0])
	dir = syncedShop(t)
	shipOut(t, openShop(t, dir), []string{key}, "640012345610")
	require.NoError(t, cs.Deliver(boxes[0]))
	return key, boxes[0], dir
}

// onlyCoupangClaim is the one open Coupang claim `claims --json` lists for the data folder dir.
func onlyCoupangClaim(t *testing.T, dir string) fulfil.OpenClaim {
	t.Helper()
	code, out, errOut := runDoor(t, "claims", "--json", "--market", "coupang", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	var l []fulfil.OpenClaim
	require.NoError(t, json.Unmarshal([]byte(out), &l))
	require.Len(t, l, 1)
	return l[0]
}

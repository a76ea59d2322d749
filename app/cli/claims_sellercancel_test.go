package cli

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// `sellerdesk claims cancel KEY... --reason TEXT --wing-id ID`: 판매 취소 of a Coupang box from the
// command line, against the simulator. Usage errors without a reason; the warning about the seller
// score; the box stored cancelled and read cancelled by the next sync; sent again: not sent.
func TestClaimsCancelDoor(t *testing.T) {
	cs := doorCoupang(t)
	boxes := cs.AddOrders(1)
	dir := syncedShop(t)
	box := coupangKey(boxes[0])

	code, _, _ := runDoor(t, "claims", "cancel", box, "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "a reason is required")

	code, out, errOut := runDoor(t, "claims", "cancel", box, "--reason", "재고 소진으로 품절", "--data-dir", dir)
	assert.Equal(t, 1, code, "no WING id: failed, nothing sent")
	assert.Contains(t, out, "WING 로그인 ID", out+errOut)
	assert.Zero(t, cs.Calls(coupangsim.EndpointSellerCancel))

	code, out, errOut = runDoor(t, "claims", "cancel", box, "--reason", "재고 소진으로 품절", "--wing-id", "wing-seller", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Contains(t, errOut, "판매자 점수")
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointSellerCancel))
	v, _ := cs.Box(boxes[0])
	assert.True(t, v.FullyCancel)

	syncDoor(t, dir)
	a := openShop(t, dir)
	s, err := a.Store().Shipment(context.Background(), box)
	require.NoError(t, err)
	assert.Equal(t, order.StatusCanceled, s.Status)
	require.NoError(t, a.Close())

	code, out, errOut = runDoor(t, "claims", "cancel", box, "--reason", "품절", "--wing-id", "wing-seller", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "건너뜀 1")
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointSellerCancel), "cancelled already: not sent again")
}

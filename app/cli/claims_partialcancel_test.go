package cli

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// `sellerdesk claims cancel KEY --reason TEXT --line VENDORITEMID=COUNT [--line ...]`: a partial
// 판매 취소 of a Coupang box at 상품준비중 from the command line, against the simulator. Usage errors
// for a malformed --line and for --line with several boxes; a count above what is left refused in
// Korean with nothing sent; then 1 of 3 units of one line cancelled, the other lines untouched, the
// box stored still to ship with what is left.
func TestClaimsCancelLinesDoor(t *testing.T) {
	cs := doorCoupang(t)
	box, err := cs.AddBoxOf("", 0, coupangsim.ItemCount{VendorItemID: 81000000101, Count: 3}, coupangsim.ItemCount{VendorItemID: 81000000401, Count: 1})
	require.NoError(t, err)
	require.NoError(t, cs.Instruct(box))
	other := cs.AddOrders(1)
	dir := syncedShop(t)
	key := coupangKey(box)
	otherKey := coupangKey(other[0])
	base := []string{"claims", "cancel", key, "--reason", "현미 품절", "--wing-id", "wing-seller", "--data-dir", dir}

	code, _, errOut := runDoor(t, append(base, "--line", "81000000101")...)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "옵션ID=수량")
	code, _, errOut = runDoor(t, "claims", "cancel", key, otherKey, "--reason", "품절", "--line", "81000000101=1", "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "--line with several boxes")
	assert.Contains(t, errOut, "박스 하나만")

	code, _, errOut = runDoor(t, "claims", "stop", key, "--line", "81000000101=1", "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "--line belongs to cancel")
	assert.Contains(t, errOut, "판매 취소(claims cancel)에만")

	code, out, errOut := runDoor(t, append(base, "--line", "81000000101=4")...)
	assert.Equal(t, 1, code, out+errOut)
	assert.Contains(t, out, "보낼 수량이 3개 남아 있어 4개를 취소할 수 없습니다")
	assert.Zero(t, cs.Calls(coupangsim.EndpointSellerCancel))

	code, out, errOut = runDoor(t, append(base, "--line", "81000000101=1", "--line", "81000000401=0")...)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Contains(t, out, "남은 상품은 그대로 보내세요")
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointSellerCancel))
	v, _ := cs.Box(box)
	assert.Equal(t, 1, v.CanceledQty)
	assert.Equal(t, "INSTRUCT", v.Status)

	a := openShop(t, dir)
	s, err := a.Store().Shipment(context.Background(), key)
	require.NoError(t, err)
	assert.Equal(t, order.StatusAcknowledged, s.Status)
	assert.Equal(t, 3, s.UnitsToShip(), "2 rice and the tumbler still to ship")
	require.NoError(t, a.Close())
}

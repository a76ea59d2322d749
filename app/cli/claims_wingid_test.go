package cli

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
	"sellerdesk/backend/marketsim/coupangsim"
)

// syncedWingShop is a shop synced once from a simulated Coupang that takes only the WING login id
// "wing-seller" (none in the environment), with n new boxes: the simulator, the boxes' keys and
// the data folder.
func syncedWingShop(t *testing.T, n int) (*coupangsim.Server, func(int) string, string) {
	t.Helper()
	cs := doorCoupang(t, func(c *coupangsim.Config) { c.WingUserID = "wing-seller" })
	t.Setenv("SELLERDESK_COUPANG_WING_ID", "")
	boxes := cs.AddOrders(n)
	key := func(i int) string { return coupangKey(boxes[i]) }
	dir := syncedShop(t)
	return cs, key, dir
}

// `sellerdesk claims cancel` takes the WING login id from --wing-id, else SELLERDESK_COUPANG_WING_ID,
// else the one saved in 설정 > 쿠팡; the help says so. The simulated Coupang takes only the seller's
// own id, so a wrong one winning is refused.
func TestClaimsCancelWingIDPrecedence(t *testing.T) {
	cs, key, dir := syncedWingShop(t, 4)

	_, _, help := runDoor(t, "claims", "--help")
	assert.Contains(t, help, "--wing-id, SELLERDESK_COUPANG_WING_ID, 설정 > 쿠팡", "the help names the order")

	// saved in the settings (as the settings screen saves it)
	a, err := app.New(context.Background(), app.Config{DataDir: dir, LockTimeout: time.Second})
	require.NoError(t, err)
	_, err = a.Setup().SaveSettings(app.SettingsInput{CoupangWingUserID: "wing-seller"})
	require.NoError(t, err)
	require.NoError(t, a.Close())

	// nothing given: the saved one
	code, out, errOut := runDoor(t, "claims", "cancel", key(0), "--reason", "재고 소진으로 품절", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointSellerCancel))

	// --wing-id overrides the saved one (a wrong one: refused by Coupang)
	code, out, errOut = runDoor(t, "claims", "cancel", key(1), "--reason", "품절", "--wing-id", "someone-else", "--data-dir", dir)
	assert.Equal(t, 1, code, out+errOut)
	assert.Equal(t, 2, cs.Calls(coupangsim.EndpointSellerCancel))

	// the environment overrides the saved one; --wing-id overrides the environment
	t.Setenv("SELLERDESK_COUPANG_WING_ID", "someone-else")
	code, out, errOut = runDoor(t, "claims", "cancel", key(2), "--reason", "품절", "--data-dir", dir)
	assert.Equal(t, 1, code, out+errOut)
	assert.Equal(t, 3, cs.Calls(coupangsim.EndpointSellerCancel))
	code, out, errOut = runDoor(t, "claims", "cancel", key(3), "--reason", "품절", "--wing-id", "wing-seller", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Equal(t, 4, cs.Calls(coupangsim.EndpointSellerCancel))
}

package app

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// When Coupang moves an endpoint before SellerDesk is updated, the seller (or the environment,
// SELLERDESK_COUPANG_API_VERSIONS) names the new version and the sync works again; until then
// the 404 stops the Coupang sync with the Korean reason.
func TestCoupangAPIVersionOverride(t *testing.T) {
	ctx := context.Background()
	sim, a, clock := coupangApp(t, func(c *coupangsim.Config) {
		c.Versions = map[coupangsim.Endpoint]string{coupangsim.EndpointOrderSheets: "v6"} // moved
	})
	sim.AddOrders(3)
	settings, err := a.loadSettings(ctx)
	require.NoError(t, err)
	runs, err := a.SyncOnce(ctx, order.Coupang)
	require.NoError(t, err)
	res := runs[0].Result
	require.Error(t, res.Err)
	assert.True(t, res.Stopped)
	assert.True(t, coupang.IsNotFound(res.Err))
	assert.Contains(t, res.ErrKorean, "API 버전")
	assert.Equal(t, 1, sim.NotFound())

	// from the environment
	env := appOn(t, clock, map[string]string{EnvCoupangAPIVersions: "ordersheets=v6"}, settings)
	runs, err = env.SyncOnce(ctx, order.Coupang)
	require.NoError(t, err)
	require.NoError(t, runs[0].Result.Err)
	assert.Equal(t, 3, runs[0].Result.Added)

	// from the settings screen, kept across saves, refused when malformed
	d := uiOf(a)
	in := SettingsInput{CoupangVendorID: settings.Coupang.VendorID, CoupangBaseURL: settings.Coupang.BaseURL, SyncIntervalMinutes: 60,
		CoupangAPIVersions: ptr("ordersheets=6")}
	_, err = d.SaveSettings(in)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ordersheets=v6")
	in.CoupangAPIVersions = ptr("ordersheets=v6")
	v, err := d.SaveSettings(in)
	require.NoError(t, err)
	assert.Equal(t, "ordersheets=v6", v.CoupangAPIVersions)
	runs, err = a.SyncOnce(ctx, order.Coupang)
	require.NoError(t, err)
	require.NoError(t, runs[0].Result.Err)
	assert.Equal(t, 3, runs[0].Result.Added)
	assert.Equal(t, 1, sim.NotFound(), "no 404 after the override")
	s, err := a.loadSettings(ctx)
	require.NoError(t, err)
	assert.Equal(t, "ordersheets=v6", s.Coupang.APIVersions)
	in.CoupangAPIVersions = nil // a form that does not send the field keeps the overrides
	v, err = d.SaveSettings(in)
	require.NoError(t, err)
	assert.Equal(t, "ordersheets=v6", v.CoupangAPIVersions)
	assert.Equal(t, settings.Coupang.AccessKey, s.Coupang.AccessKey, "the keys stay")
}

func ptr[T any](v T) *T { return &v }

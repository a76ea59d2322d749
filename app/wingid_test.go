package app

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// The Coupang WING login id is kept with the account's other non-secret settings (the data file,
// beside the 업체코드; never the credential store): saved and read back through the settings form's
// calls; a later save of other fields (or of a blank form) never clears it, and saving it never
// clears a key; a bad one is refused in Korean; removing Coupang's keys removes it too.
func TestSettingsWingIDRoundTrip(t *testing.T) {
	ctx := context.Background()
	a := newTestApp(t)
	d := uiOf(a)
	keys := SettingsInput{CoupangVendorID: "A00012345", CoupangAccessKey: "a1b2c3d4-0000-4000-8000-000000000001",
		CoupangSecretKey: "0123456789abcdef0123456789abcdef01234567", SyncIntervalMinutes: 10}
	_, err := d.SaveSettings(keys)
	require.NoError(t, err)

	// saving only the WING id keeps every key
	v, err := d.SaveSettings(SettingsInput{CoupangWingUserID: "  wing-seller "})
	require.NoError(t, err)
	assert.Equal(t, "wing-seller", v.CoupangWingUserID)
	s, err := a.loadSettings(ctx)
	require.NoError(t, err)
	assert.Equal(t, "wing-seller", s.Coupang.WingUserID)
	assert.True(t, s.configured(order.Coupang), "the keys stay")
	assert.Equal(t, "A00012345", s.Coupang.VendorID)

	// kept in the data file with the 업체코드, not in the credential store
	var raw map[string]json.RawMessage
	_, err = a.store.GetSetting(ctx, settingsKey, &raw)
	require.NoError(t, err)
	assert.Contains(t, string(raw["coupang"]), `"wingUserId":"wing-seller"`)
	vault := Settings{}
	require.NoError(t, a.vault.Fill(ctx, vault.secretFields()))
	assert.NotContains(t, vault.Coupang.AccessKey+vault.Coupang.SecretKey+vault.Naver.ClientSecret, "wing-seller")

	// unrelated saves never clear it: the form as it loads (the id not touched), other fields, a blank form
	on := true
	for name, in := range map[string]SettingsInput{
		"blank form":        {},
		"interval only":     {SyncIntervalMinutes: 30, AutoAcknowledge: &on},
		"new keys":          {CoupangAccessKey: "b1b2c3d4-0000-4000-8000-000000000002", CoupangSecretKey: "1123456789abcdef0123456789abcdef01234567"},
		"spaces in the id":  {CoupangWingUserID: "   "},
		"vendor id retyped": {CoupangVendorID: "A00012345", NaverClientID: "U8JZpDE0iGXlD6gNCFbaEP"},
	} {
		v, err := d.SaveSettings(in)
		require.NoError(t, err, name)
		assert.Equal(t, "wing-seller", v.CoupangWingUserID, name)
		got, err := a.loadSettings(ctx)
		require.NoError(t, err)
		assert.Equal(t, "wing-seller", got.Coupang.WingUserID, name)
		assert.True(t, got.configured(order.Coupang), name)
	}

	// another id replaces it; a bad one is refused and changes nothing
	_, err = d.SaveSettings(SettingsInput{CoupangWingUserID: "wing-owner"})
	require.NoError(t, err)
	_, err = d.SaveSettings(SettingsInput{CoupangWingUserID: "윙 아이디", SyncIntervalMinutes: 45})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "쿠팡 WING 로그인 ID")
	got, err := a.loadSettings(ctx)
	require.NoError(t, err)
	assert.Equal(t, "wing-owner", got.Coupang.WingUserID)
	assert.Equal(t, 30, got.SyncIntervalMinutes)

	// removing Coupang's keys removes the account's id too
	v, err = d.RemoveKeys("coupang")
	require.NoError(t, err)
	assert.Empty(t, v.CoupangWingUserID)
}

// The drawer's 판매 취소 (answers.Claims.SellerCancel) with no WING id typed uses the saved one; a
// typed one overrides it; with none saved and none typed the seller reads where to save it, and
// nothing is sent. The simulated Coupang takes only the seller's own id.
func TestSellerCancelUsesTheSavedWingID(t *testing.T) {
	rig := newSimRig(t)
	cfg := rig.coupangCfg
	cfg.WingUserID = "wing-seller"
	cs, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(cs)
	t.Cleanup(srv.Close)
	rig.coupang, rig.coupangURL = cs, srv.URL
	w := &writeRig{simRig: rig, boxes: cs.AddOrders(3), app: rig.app(t, nil)}
	s := rig.settings()
	s.Coupang.WingUserID = "someone-else"
	require.NoError(t, w.app.PutSettings(context.Background(), s))
	w.sync(t)
	c := claimsOf(w.app)

	// the saved id is wrong: Coupang refuses it; typed right, it goes through
	res, err := c.SellerCancel([]string{boxKey(w.boxes[0])}, "재고 소진으로 품절", "", nil)
	require.NoError(t, err)
	assert.Equal(t, fulfil.Failed, res.Items[0].Result, "the saved (wrong) id was sent")
	res, err = c.SellerCancel([]string{boxKey(w.boxes[0])}, "재고 소진으로 품절", "wing-seller", nil)
	require.NoError(t, err)
	assert.Equal(t, fulfil.OK, res.Items[0].Result, res.Items[0].Message)

	// saved right through the settings form: none typed, it goes through
	_, err = w.app.Setup().SaveSettings(SettingsInput{CoupangWingUserID: "wing-seller"})
	require.NoError(t, err)
	res, err = c.SellerCancel([]string{boxKey(w.boxes[1])}, "재고 소진으로 품절", "", nil)
	require.NoError(t, err)
	assert.Equal(t, fulfil.OK, res.Items[0].Result, res.Items[0].Message)
	assert.Equal(t, 3, w.coupang.Calls(coupangsim.EndpointSellerCancel))

	// none saved, none typed: the seller is told where to save it; nothing sent
	s, err = w.app.loadSettings(context.Background())
	require.NoError(t, err)
	s.Coupang.WingUserID = ""
	require.NoError(t, w.app.PutSettings(context.Background(), s))
	res, err = c.SellerCancel([]string{boxKey(w.boxes[2])}, "재고 소진으로 품절", "", nil)
	require.NoError(t, err)
	assert.Equal(t, fulfil.Failed, res.Items[0].Result)
	assert.Contains(t, res.Items[0].Message, "설정 > 쿠팡")
	assert.Equal(t, 3, w.coupang.Calls(coupangsim.EndpointSellerCancel))
}

// The settings file carries the WING login id with the 업체코드 (it is not a secret): exported on
// one PC, imported on another. A file of another shop (another 업체코드 beside this PC's saved
// keys) changes neither.
func TestSettingsFileCarriesTheWingID(t *testing.T) {
	ctx := context.Background()
	old := newTestApp(t)
	_, err := old.Setup().SaveSettings(SettingsInput{CoupangVendorID: "A00012345", CoupangAccessKey: "a1b2c3d4-0000-4000-8000-000000000001",
		CoupangSecretKey: "0123456789abcdef0123456789abcdef01234567", CoupangWingUserID: "wing-seller"})
	require.NoError(t, err)
	var file bytes.Buffer
	require.NoError(t, old.ExportSettings(ctx, &file))
	assert.Contains(t, file.String(), `"coupangWingUserId": "wing-seller"`)

	fresh := newTestApp(t)
	_, err = fresh.ImportSettings(ctx, file.Bytes())
	require.NoError(t, err)
	s, err := fresh.loadSettings(ctx)
	require.NoError(t, err)
	assert.Equal(t, "wing-seller", s.Coupang.WingUserID)

	other := newTestApp(t)
	_, err = other.Setup().SaveSettings(SettingsInput{CoupangVendorID: "A00099999", CoupangAccessKey: "b1b2c3d4-0000-4000-8000-000000000002",
		CoupangSecretKey: "1123456789abcdef0123456789abcdef01234567", CoupangWingUserID: "wing-other"})
	require.NoError(t, err)
	res, err := other.ImportSettings(ctx, file.Bytes())
	require.NoError(t, err)
	assert.Contains(t, strings.Join(res.Notes, " "), "WING 로그인 ID")
	s, err = other.loadSettings(ctx)
	require.NoError(t, err)
	assert.Equal(t, "A00099999", s.Coupang.VendorID)
	assert.Equal(t, "wing-other", s.Coupang.WingUserID, "another shop's WING id is not taken")
}

// 설정's 지우기 beside the WING login id sends an explicit clear (clearCoupangWingUserId, as the
// page sends it): it clears the id alone (the keys and other settings stay), while a blank save
// and a save of other settings keep it; an id typed with the clear is what is saved.
func TestSettingsWingIDExplicitClear(t *testing.T) {
	ctx := context.Background()
	a := newTestApp(t)
	d := uiOf(a)
	save := func(body string) SettingsView {
		t.Helper()
		var in SettingsInput
		require.NoError(t, json.Unmarshal([]byte(body), &in), body)
		v, err := d.SaveSettings(in)
		require.NoError(t, err, body)
		return v
	}
	save(`{"coupangVendorId":"A00012345","coupangAccessKey":"a1b2c3d4-0000-4000-8000-000000000001",
		"coupangSecretKey":"0123456789abcdef0123456789abcdef01234567","coupangWingUserId":"wing-seller","syncIntervalMinutes":10}`)

	for name, body := range map[string]string{
		"blank save":     `{"coupangWingUserId":""}`,
		"other settings": `{"syncIntervalMinutes":20,"autoAcknowledge":true}`,
		"clear false":    `{"coupangWingUserId":"","clearCoupangWingUserId":false,"syncIntervalMinutes":20}`,
	} {
		assert.Equal(t, "wing-seller", save(body).CoupangWingUserID, name)
	}

	v := save(`{"coupangWingUserId":"","clearCoupangWingUserId":true}`)
	assert.Empty(t, v.CoupangWingUserID, "the explicit clear clears it")
	s, err := a.loadSettings(ctx)
	require.NoError(t, err)
	assert.Empty(t, s.Coupang.WingUserID)
	assert.True(t, s.configured(order.Coupang), "the keys stay")
	assert.Equal(t, "A00012345", s.Coupang.VendorID)
	assert.Equal(t, 20, s.SyncIntervalMinutes, "other settings stay")
	assert.True(t, s.AutoAcknowledge)

	v = save(`{"coupangWingUserId":"wing-owner","clearCoupangWingUserId":true}`)
	assert.Equal(t, "wing-owner", v.CoupangWingUserID, "an id typed with the clear is saved")
}

package app

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// Coupang keys live 180 days: the board and the settings warn from 14 days before, counted from
// the day the seller saved them; new keys end the warning (field report 2026-12, Coupang fact 8).
func TestCoupangKeysWarnBeforeTheir180Days(t *testing.T) {
	a, clock := newPrintApp(t)
	keyNote := func() (board, settings string) {
		t.Helper()
		ov, err := a.Orders().Overview()
		require.NoError(t, err)
		for _, m := range ov.Markets {
			if m.Market == order.Coupang {
				board = m.KeyNote
			} else {
				assert.Empty(t, m.KeyNote, "Naver keys do not expire this way")
			}
		}
		v, err := a.Setup().GetSettings()
		require.NoError(t, err)
		return board, v.CoupangKeyNote
	}
	_, err := a.Setup().SaveSettings(SettingsInput{CoupangVendorID: "A00012345",
		CoupangAccessKey: "0a1b2c3d-aaaa-bbbb-cccc-0123456789ab", CoupangSecretKey: "4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f"})
	require.NoError(t, err)
	board, settings := keyNote()
	assert.Empty(t, board)
	assert.Empty(t, settings)

	clock.Add(100 * 24 * time.Hour)
	_, err = a.Setup().SaveSettings(SettingsInput{SyncIntervalMinutes: 9}) // other settings: the keys' day stays
	require.NoError(t, err)
	clock.Add(70 * 24 * time.Hour)
	board, settings = keyNote()
	assert.Contains(t, board, "쿠팡 Open API 키가 곧 만료됩니다: 저장한 지 170일이 지났고, 늦어도 2027-05-21에 만료됩니다")
	assert.Equal(t, board, settings)

	_, err = a.Setup().SaveSettings(SettingsInput{CoupangSecretKey: "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"})
	require.NoError(t, err)
	board, settings = keyNote()
	assert.Empty(t, board, "a new key starts a new 180 days")
	assert.Empty(t, settings)

	_, err = a.Setup().RemoveKeys("coupang")
	require.NoError(t, err)
	clock.Add(200 * 24 * time.Hour)
	board, settings = keyNote()
	assert.Empty(t, board, "no keys, nothing to warn about")
	assert.Empty(t, settings)
}

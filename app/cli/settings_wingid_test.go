package cli

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
)

// savedWingID is the WING login id as the settings screen reads it.
func savedWingID(t *testing.T, dir string) string {
	t.Helper()
	a, err := app.New(context.Background(), app.Config{DataDir: dir, LockTimeout: time.Second})
	require.NoError(t, err)
	defer func() { require.NoError(t, a.Close()) }()
	v, err := a.Setup().GetSettings()
	require.NoError(t, err)
	return v.CoupangWingUserID
}

// `sellerdesk settings coupang-wing-id` shows, sets and clears the saved WING login id with the
// settings screen's rule: a bad id is refused in Korean, a blank one or any other save (an
// import without it) never clears it, only clear does.
func TestSettingsWingIDDoor(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	file := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"format":"sellerdesk.settings","version":1,"general":{"syncIntervalMinutes":15},"digital":null}`), 0o600))
	for _, step := range []struct {
		name    string
		args    []string
		code    int
		out     string // in stdout (or stderr when code != 0)
		wantNow string // the saved id afterwards
	}{
		{name: "nothing saved", args: []string{"coupang-wing-id"}, out: "저장된 쿠팡 WING 로그인 ID가 없습니다."},
		{name: "clear with none saved", args: []string{"coupang-wing-id", "clear"}, out: "지울 것이 없습니다"},
		{name: "set", args: []string{"coupang-wing-id", "set", " wing-seller "}, out: "쿠팡 WING 로그인 ID를 wing-seller로 저장했습니다.", wantNow: "wing-seller"},
		{name: "shown", args: []string{"coupang-wing-id"}, out: "쿠팡 WING 로그인 ID: wing-seller", wantNow: "wing-seller"},
		{name: "set without an id", args: []string{"coupang-wing-id", "set"}, code: exitUsage, out: "지울 때는 clear", wantNow: "wing-seller"},
		{name: "set a blank id", args: []string{"coupang-wing-id", "set", "   "}, code: exitUsage, out: "지울 때는 clear", wantNow: "wing-seller"},
		{name: "a bad id", args: []string{"coupang-wing-id", "set", "윙 아이디"}, code: exitFailure, out: "공백이나 한글 없이", wantNow: "wing-seller"},
		{name: "unknown action", args: []string{"coupang-wing-id", "remove"}, code: exitUsage, out: "set ID 또는 clear", wantNow: "wing-seller"},
		{name: "an import without the id", args: []string{"import", file}, out: "설정을 가져왔습니다", wantNow: "wing-seller"},
		{name: "another id replaces it", args: []string{"coupang-wing-id", "set", "wing-owner"}, out: "wing-owner로 저장했습니다", wantNow: "wing-owner"},
		{name: "clear", args: []string{"coupang-wing-id", "clear"}, out: "저장된 쿠팡 WING 로그인 ID(wing-owner)를 지웠습니다."},
		{name: "gone", args: []string{"coupang-wing-id", "--data-dir", dir}, out: "set ID로 저장하세요"},
	} {
		args := append([]string{"settings"}, step.args...)
		if step.name != "gone" {
			args = append(args, "--data-dir", dir)
		}
		code, out, errOut := runDoor(t, args...)
		require.Equal(t, step.code, code, "%s: %s%s", step.name, out, errOut)
		if step.code == 0 {
			assert.Contains(t, out, step.out, step.name)
		} else {
			assert.Contains(t, errOut, step.out, step.name)
		}
		assert.Equal(t, step.wantNow, savedWingID(t, dir), step.name)
	}
	_, _, help := runDoor(t, "settings", "--help")
	assert.Contains(t, help, "coupang-wing-id [set ID | clear]")
}

// The id the door saves is the one `claims cancel` sends to the simulated Coupang (which takes only
// the seller's own id); cleared, the cancel is refused before anything is sent, saying where to
// save one.
func TestSettingsWingIDDoorFeedsTheSellerCancel(t *testing.T) {
	cs, key, dir := syncedWingShop(t, 2)

	code, out, errOut := runDoor(t, "settings", "coupang-wing-id", "set", "wing-seller", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	code, out, errOut = runDoor(t, "claims", "cancel", key(0), "--reason", "재고 소진으로 품절", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointSellerCancel))

	code, out, errOut = runDoor(t, "settings", "coupang-wing-id", "clear", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	code, out, errOut = runDoor(t, "claims", "cancel", key(1), "--reason", "재고 소진으로 품절", "--data-dir", dir)
	assert.Equal(t, 1, code, out+errOut)
	assert.Contains(t, out+errOut, fulfil.NoWingID)
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointSellerCancel), "nothing is sent without an id")
}

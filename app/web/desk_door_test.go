package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// realDoor opens the app on a new data folder and serves the browser door over its real bound
// structs, both closed with the test.
func realDoor(t *testing.T) (*app.App, *httptest.Server) {
	t.Helper()
	a, err := app.New(context.Background(), app.Config{DataDir: filepath.Join(t.TempDir(), "data"), LockTimeout: time.Second, PasswordCost: 4})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	srv := httptest.NewUnstartedServer(nil)
	s, err := New(Config{
		Bound: a.Bound(), Events: a.Events(),
		Assets:    fstest.MapFS{"index.html": {Data: []byte("<html><head></head></html>")}},
		Passwords: a.Store(), PasswordCost: 4, Hosts: HostsFor(srv.Listener.Addr(), nil),
	})
	require.NoError(t, err)
	srv.Config.Handler = s
	srv.Start()
	t.Cleanup(srv.Close)
	return a, srv
}

// The real bound structs behind the browser door: every exported method of each is served (none
// is forgotten, and nothing else is), calls need a session, and the password the settings
// screen changes is the one the door checks.
func TestBoundStructsThroughTheBrowserDoor(t *testing.T) {
	a, srv := realDoor(t)
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: storetest.Shipments(5, 50)}, nil)
	require.NoError(t, err)
	f := &fixture{srv: srv}

	for _, call := range []string{"Orders.ResolveFinding", "Orders.OverrideFinding", "Maintenance.BackupNow", "Maintenance.ChangeServePassword", "Setup.TestConnection"} {
		res, body := f.post(t, "/api/"+call, `["coupang/1","x","y"]`, "", nil)
		assert.Equal(t, http.StatusUnauthorized, res.StatusCode, call)
		assert.Equal(t, "로그인이 필요합니다.", body["error"])
	}

	require.NoError(t, a.Maintenance().ChangeServePassword("", "첫-비밀번호-2026"))
	sess := f.login(t, "첫-비밀번호-2026")
	res, body := f.post(t, "/api/Maintenance.ChangeServePassword", `["틀린-비밀번호","새-비밀번호-2026"]`, sess, nil)
	assert.Equal(t, "현재 비밀번호가 올바르지 않습니다.", body["error"], res.StatusCode)
	other := f.login(t, "첫-비밀번호-2026") // e.g. someone who learnt the old password
	res, body = f.post(t, "/api/Maintenance.ChangeServePassword", `["첫-비밀번호-2026","새-비밀번호-2026"]`, sess, nil)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	res, _ = f.post(t, "/api/Orders.Overview", `[]`, other, nil)
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode, "a new password ends the sessions opened with the old one")
	res, _ = f.post(t, "/api/Orders.Overview", `[]`, sess, nil)
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode)
	sess = f.login(t, "새-비밀번호-2026")
	res, _ = f.post(t, "/api/Orders.Overview", `[]`, sess, nil)
	assert.Equal(t, http.StatusOK, res.StatusCode)

	res, body = f.post(t, "/api/Orders.OverrideFinding", `["coupang/404","OPTION_NAME_MISMATCH-1","사유"]`, sess, nil)
	assert.Equal(t, "이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.", body["error"], res.StatusCode)

	// every exported method of every bound struct is served; the app's own methods are not
	served := 0
	for _, b := range a.Bound() {
		bt := reflect.TypeOf(b)
		for i := 0; i < bt.NumMethod(); i++ {
			call := bt.Elem().Name() + "." + bt.Method(i).Name
			res, body := f.post(t, "/api/"+call, `["x","y","z","w","v"]`, sess, nil)
			assert.NotEqual(t, http.StatusNotFound, res.StatusCode, "%s is not served: %v", call, body)
			served++
		}
	}
	assert.Equal(t, 34+10+1+4+7, served) // and the 10 of Digital, Orders.ResolveFindings, the board's DeadlineAlert, SetDeadlineAlertHours, SetNoCombine and Lists.PrintBatches, the 7 of Claims (with ChangeHope and SellerCancel)
	for _, call := range []string{"App.Close", "App.Store", "App.Pipeline", "Orders.fail", "Desk.Overview"} {
		res, _ := f.post(t, "/api/"+call, `[]`, sess, nil)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, call)
	}
}

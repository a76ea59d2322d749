package app

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func newTestApp(t *testing.T) *App {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	a, err := New(context.Background(), Config{DataDir: dir, Version: "test", LockTimeout: 200 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	return a
}

func sampleShipment(id string, paid time.Time, product string) store.Record {
	s := order.Shipment{
		Marketplace: order.Coupang, ID: id, OrderID: "9100" + id, Status: order.StatusPaid, MarketStatus: "ACCEPT",
		OrderedAt: paid, PaidAt: paid,
		Receiver: order.Receiver{Name: "이*주", Phone: "0502-4123-3501", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 152"},
		Lines: []order.Line{{ItemID: "85872453655", ProductName: product, OptionName: "1개 160g",
			ExposedName: product + ", 5개, 160g", Quantity: 1, BundleSize: 5, UnitPrice: 41000, TotalPrice: 41000}},
	}
	return store.Record{Shipment: s, Raw: json.RawMessage(`{"shipmentBoxId":` + id + `}`)}
}

func TestDataFolderIsPrivate(t *testing.T) {
	a := newTestApp(t)
	info, err := os.Stat(a.DataDir())
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o700), info.Mode().Perm())
	info, err = os.Stat(filepath.Join(a.DataDir(), "sellerdesk.db"))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
}

func TestSecondAppOnSameFolderIsRefused(t *testing.T) {
	a := newTestApp(t)
	_, err := New(context.Background(), Config{DataDir: a.DataDir(), LockTimeout: 100 * time.Millisecond})
	require.Error(t, err)
	assert.True(t, errors.Is(err, store.ErrLocked))
	assert.Contains(t, SellerMessage(err), "이미 실행 중")
}

func TestOverviewAndBoard(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	ov, err := d.Overview()
	require.NoError(t, err)
	assert.Zero(t, ov.Total)
	require.Len(t, ov.Markets, 2)
	assert.False(t, ov.Markets[0].Configured)
	assert.Equal(t, "신규주문", ov.Counters[0].Label)

	paid := time.Date(2026, 11, 22, 0, 14, 0, 0, time.UTC) // 09:14 KST
	_, err = a.Store().Apply(context.Background(), store.Batch{Records: []store.Record{
		sampleShipment("642538970006401429", paid, "신서리티 델타 구운 캐슈넛 160g"),
		sampleShipment("642538970006401430", paid.Add(-48*time.Hour), "레몬 가루 150g"),
	}}, nil)
	require.NoError(t, err)

	page, err := d.ListShipments(ShipmentQuery{})
	require.NoError(t, err)
	require.Equal(t, 2, page.Total)
	row := page.Rows[0]
	assert.Equal(t, "coupang/642538970006401429", row.Key)
	assert.Equal(t, "쿠팡", row.MarketLabel)
	assert.Equal(t, "신규주문", row.StatusLabel)
	assert.Equal(t, "11-22 09:14", row.PaidAt, "board times are KST")
	assert.Equal(t, 5, row.Units, "a 5-pack bundle ships five units")

	page, err = d.ListShipments(ShipmentQuery{Text: "레몬"})
	require.NoError(t, err)
	require.Equal(t, 1, page.Total)
	assert.Equal(t, "coupang/642538970006401430", page.Rows[0].Key)

	page, err = d.ListShipments(ShipmentQuery{From: "2026-11-22", To: "2026-11-22"})
	require.NoError(t, err)
	assert.Equal(t, 1, page.Total, "the date range is whole order.KST() days")

	ov, err = d.Overview()
	require.NoError(t, err)
	assert.Equal(t, 2, ov.Total)
	assert.Equal(t, 2, ov.Counters[0].Count)

	det, err := d.GetShipment(row.Key)
	require.NoError(t, err)
	assert.Equal(t, 5, det.Units)
	assert.Equal(t, "신서리티 델타 구운 캐슈넛 160g", det.Shipment.Lines[0].ProductName)
}

func TestBoardInputErrorsAreKorean(t *testing.T) {
	d := uiOf(newTestApp(t))
	tests := []struct {
		name string
		q    ShipmentQuery
		want string
	}{
		{"bad date", ShipmentQuery{From: "22/11/2026"}, "날짜는 2026-11-22 형식으로 입력하세요."},
		{"reversed range", ShipmentQuery{From: "2026-11-22", To: "2026-11-01"}, "기간의 시작일이 종료일보다 늦습니다."},
		{"unknown market", ShipmentQuery{Markets: []string{"11st"}}, "알 수 없는 마켓입니다: 11st"},
		{"unknown status", ShipmentQuery{Statuses: []string{"SHIPPING"}}, "알 수 없는 주문 상태입니다: SHIPPING"},
		{"page too big", ShipmentQuery{Limit: 100000}, "목록 범위가 올바르지 않습니다."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.ListShipments(tt.q)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
	_, err := d.GetShipment("coupang/404")
	assert.EqualError(t, err, "이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.")
	_, err = d.GetShipment("../etc/passwd")
	assert.EqualError(t, err, "주문 번호가 올바르지 않습니다.")
}

func TestSettingsMaskSecrets(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	in := SettingsInput{
		NaverClientID: "U8JZpDE0iGXlD6gNCFbaEP", NaverClientSecret: "$2a$04$A.m5cKAa1oXZfFITnYi7k.",
		CoupangVendorID: "a00012345", CoupangAccessKey: "a1b2c3d4-0000-4000-8000-000000000001",
		CoupangSecretKey: "0123456789abcdef0123456789abcdef01234567", SyncIntervalMinutes: 10,
	}
	v, err := d.SaveSettings(in)
	require.NoError(t, err)
	assert.Equal(t, "A00012345", v.CoupangVendorID)
	assert.Equal(t, "저장됨 (••••4567)", v.CoupangSecretHint)
	assert.Equal(t, "저장됨 (••••i7k.)", v.NaverSecretHint)
	js, err := json.Marshal(v)
	require.NoError(t, err)
	for _, secret := range []string{in.NaverClientSecret, in.CoupangSecretKey, in.CoupangAccessKey} {
		assert.NotContains(t, string(js), secret, "a saved secret never goes back to the UI")
	}

	// Empty secrets keep the saved ones.
	in.NaverClientSecret, in.CoupangSecretKey, in.CoupangAccessKey = "", "", ""
	_, err = d.SaveSettings(in)
	require.NoError(t, err)
	s, err := a.loadSettings(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "$2a$04$A.m5cKAa1oXZfFITnYi7k.", s.Naver.ClientSecret, "the $ signs are kept verbatim")
	assert.True(t, s.configured(order.Naver))
	assert.True(t, s.configured(order.Coupang))

	ov, err := d.Overview()
	require.NoError(t, err)
	assert.True(t, ov.Markets[0].Configured)
}

func TestSettingsValidation(t *testing.T) {
	d := uiOf(newTestApp(t))
	ok := SettingsInput{SyncIntervalMinutes: 5}
	tests := []struct {
		name   string
		mutate func(*SettingsInput)
		want   string
	}{
		{"naver secret not a bcrypt salt", func(s *SettingsInput) { s.NaverClientSecret = "secret" }, "네이버 애플리케이션 시크릿 형식이 올바르지 않습니다"},
		{"secret with a trailing space", func(s *SettingsInput) { s.NaverClientSecret = "$2a$04$A.m5cKAa1oXZfFITnYi7k. " }, "네이버 애플리케이션 시크릿 형식이 올바르지 않습니다"},
		{"vendor id", func(s *SettingsInput) { s.CoupangVendorID = "12345" }, "쿠팡 업체코드는"},
		{"interval too short", func(s *SettingsInput) { s.SyncIntervalMinutes = -5 }, "동기화 주기는 1분에서 1440분 사이로 정하세요."},
		{"interval too long", func(s *SettingsInput) { s.SyncIntervalMinutes = 1441 }, "동기화 주기는 1분에서 1440분 사이로 정하세요."},
		{"naver client id with a space", func(s *SettingsInput) { s.NaverClientID = "U8JZpDE0 iGXlD6gNCFbaEP" }, "네이버 애플리케이션 ID 형식이 올바르지 않습니다"},
		{"naver client id pasted with its label", func(s *SettingsInput) { s.NaverClientID = "애플리케이션ID:U8JZpDE0iGXlD6gNCFbaEP" }, "네이버 애플리케이션 ID 형식이 올바르지 않습니다"},
		{"coupang access key with a space inside", func(s *SettingsInput) { s.CoupangAccessKey = "a1b2c3d4 0000-4000" }, "쿠팡 Access Key 형식이 올바르지 않습니다"},
		{"coupang secret key too short", func(s *SettingsInput) { s.CoupangSecretKey = "abc" }, "쿠팡 Secret Key 형식이 올바르지 않습니다"},
		{"base url", func(s *SettingsInput) { s.NaverBaseURL = "ftp://relay" }, "네이버 API 주소는"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := ok
			tt.mutate(&in)
			_, err := d.SaveSettings(in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// A save with every field blank (a form saved before the stored settings were in) keeps every
// stored value; removing keys is its own call. A refused save changes nothing.
func TestSettingsBlankSaveKeepsStoredValues(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	on := true
	full := SettingsInput{
		NaverClientID: "U8JZpDE0iGXlD6gNCFbaEP", NaverClientSecret: "$2a$04$A.m5cKAa1oXZfFITnYi7k.",
		CoupangVendorID: "A00012345", CoupangAccessKey: "a1b2c3d4-0000-4000-8000-000000000001",
		CoupangSecretKey: "0123456789abcdef0123456789abcdef01234567", SyncIntervalMinutes: 15, AutoAcknowledge: &on,
	}
	_, err := d.SaveSettings(full)
	require.NoError(t, err)
	want, err := a.loadSettings(context.Background())
	require.NoError(t, err)

	for name, in := range map[string]SettingsInput{
		"all blank":   {},
		"keys blank":  {SyncIntervalMinutes: 15},
		"spaces only": {NaverClientID: "  ", CoupangVendorID: " ", CoupangAccessKey: " ", CoupangSecretKey: "\t", NaverBaseURL: " "},
	} {
		t.Run(name, func(t *testing.T) {
			v, err := d.SaveSettings(in)
			require.NoError(t, err)
			got, err := a.loadSettings(context.Background())
			require.NoError(t, err)
			assert.Equal(t, want, got, "nothing blank clears a stored value")
			assert.Equal(t, "U8JZpDE0iGXlD6gNCFbaEP", v.NaverClientID)
			assert.Equal(t, "A00012345", v.CoupangVendorID)
			assert.True(t, got.configured(order.Naver) && got.configured(order.Coupang), "sync keeps running")
		})
	}

	// An invalid value is refused and nothing else of the same save is stored.
	bad := SettingsInput{CoupangVendorID: "A00099999", SyncIntervalMinutes: 0, NaverClientID: "new id with spaces"}
	_, err = d.SaveSettings(bad)
	require.Error(t, err)
	got, err := a.loadSettings(context.Background())
	require.NoError(t, err)
	assert.Equal(t, want, got)

	// Removing keys is explicit and per marketplace.
	v, err := d.RemoveKeys("coupang")
	require.NoError(t, err)
	assert.Empty(t, v.CoupangVendorID)
	assert.Empty(t, v.CoupangSecretHint)
	assert.Equal(t, "U8JZpDE0iGXlD6gNCFbaEP", v.NaverClientID, "the other marketplace keeps its keys")
	got, err = a.loadSettings(context.Background())
	require.NoError(t, err)
	assert.False(t, got.configured(order.Coupang))
	assert.True(t, got.configured(order.Naver))
	assert.Equal(t, 15, got.SyncIntervalMinutes)
	assert.True(t, got.AutoAcknowledge)
	_, err = d.RemoveKeys("11st")
	assert.EqualError(t, err, "알 수 없는 마켓입니다: 11st")
}

func TestEventsHub(t *testing.T) {
	e := NewEvents()
	ch, cancel := e.Subscribe()
	e.Emit(EventShipmentsChanged, 3)
	ev := <-ch
	assert.Equal(t, Event{Name: EventShipmentsChanged, Data: 3}, ev)
	cancel()
	_, open := <-ch
	assert.False(t, open)
	cancel() // twice is fine

	slow, _ := e.Subscribe()
	for i := 0; i < 1000; i++ {
		e.Emit(EventSyncProgress, i) // never blocks on a slow subscriber
	}
	assert.Len(t, slow, cap(slow))
	e.Close()
	_, open = <-slow
	assert.True(t, open, "buffered events are still delivered")
	late, _ := e.Subscribe()
	_, open = <-late
	assert.False(t, open, "subscribing to a closed hub gives a closed channel")
}

// Select-all selects the whole filtered result, not the rows of one page.
func TestShipmentKeysIsTheWholeFilter(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: storetest.Shipments(7, 600)}, nil)
	require.NoError(t, err)
	q := ShipmentQuery{Statuses: []string{string(order.StatusPaid)}, Limit: 42}
	first, err := d.ListShipments(q)
	require.NoError(t, err)
	require.Greater(t, first.Total, 42, "the filter has more rows than one page")

	keys, err := d.ShipmentKeys(q)
	require.NoError(t, err)
	assert.Len(t, keys, first.Total)
	var paged []string
	for off := 0; off < first.Total; off += 42 {
		q.Offset = off
		p, err := d.ListShipments(q)
		require.NoError(t, err)
		for _, r := range p.Rows {
			paged = append(paged, r.Key)
		}
	}
	assert.Equal(t, paged, keys, "the same shipments in the board's order")

	none, err := d.ShipmentKeys(ShipmentQuery{Text: "이런 이름은 없습니다"})
	require.NoError(t, err)
	assert.NotNil(t, none)
	assert.Empty(t, none)
	_, err = d.ShipmentKeys(ShipmentQuery{Statuses: []string{"LOST"}})
	assert.EqualError(t, err, "알 수 없는 주문 상태입니다: LOST")
}

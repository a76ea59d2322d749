package cli

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// A buyer who moves the hope-delivery day after the first sync is seen by the next `sync --once`,
// whose only news of it is the feed's HOPE_DELIVERY_INFO_CHANGED row: the box gets HOPE_CHANGED
// with the old day struck and the new one shown. It warns on a box nothing was printed for, and
// holds the box whose packing list already carries the old day.
func TestHopeChangeFoundBySyncDoor(t *testing.T) {
	ns := doorNaver(t, naversim.Config{Seed: 5, Real: naversim.RealWorld()})
	day := daysAhead(3)
	quiet := ns.AddHopeOrder(naversim.HopeOrder{Day: day})
	printed := ns.AddHopeOrder(naversim.HopeOrder{Day: day, Hour: "1500", Product: 1})
	dir := syncedShop(t, "--market", "naver")
	printedKey := order.ShipmentKey(order.Naver, printed)
	code, out, errOut := runDoor(t, "print", "pack", "--keys", printedKey, "--format", "csv",
		"--out", filepath.Join(t.TempDir(), "pack.csv"), "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)

	time.Sleep(5 * time.Millisecond) // the change is dated after the first sync's read
	require.NoError(t, ns.ChangeHope(quiet, day.AddDate(0, 0, 2), "", "여행 일정 변경"))
	require.NoError(t, ns.ChangeHope(printed, day, "1100", "시간 변경"))
	o, _ := ns.Order(quiet)
	require.Equal(t, "HOPE_DELIVERY_INFO_CHANGED", o.LastChangedType)
	syncDoor(t, dir, "--market", "naver")

	a := openShop(t, dir)
	defer func() { _ = a.Close() }()
	hopeFinding := func(key string) order.Finding {
		s, err := a.Store().Shipment(context.Background(), key)
		require.NoError(t, err)
		for _, f := range s.Findings {
			if f.Code == order.HopeChanged {
				return f
			}
		}
		t.Fatalf("%s has no HOPE_CHANGED finding: %+v", key, s.Findings)
		return order.Finding{}
	}
	long := func(d time.Time) string {
		s := (&order.HopeDelivery{Date: d}).Long(time.Now())
		return s
	}
	q := hopeFinding(order.ShipmentKey(order.Naver, quiet))
	assert.Equal(t, order.Warn, q.Severity, "nothing was printed for it")
	assert.Contains(t, q.Message, "배송 희망일이 바뀌었습니다: "+long(day)+" → "+long(day.AddDate(0, 0, 2)))
	assert.Equal(t, []order.Evidence{{Field: "hope", Old: (&order.HopeDelivery{Date: day}).Full(),
		New: (&order.HopeDelivery{Date: day.AddDate(0, 0, 2)}).Full()}}, q.Evidence)
	p := hopeFinding(printedKey)
	assert.Equal(t, order.Block, p.Severity, "the packing list carries the old day")
	assert.Contains(t, p.Message, "배송 희망일이 바뀌었습니다: "+long(day)+" 15:00 → "+long(day)+" 11:00")
	s, err := a.Store().Shipment(context.Background(), printedKey)
	require.NoError(t, err)
	assert.True(t, s.Held(), "a box printed with the old day is held until the seller answers")
}

// The hope-delivery door changes a Naver hope-delivery day; the next sync shows the new day and
// no change alert (the seller made it). Bad input is a usage error with a Korean sentence, and a
// box that is not a hope delivery is refused without a call.
func TestHopeDeliveryDoor(t *testing.T) {
	ns := doorNaver(t, naversim.Config{Seed: 6})
	day := daysAhead(3)
	id := ns.AddHopeOrder(naversim.HopeOrder{Day: day})
	plain := ns.AddOrders(1)[0]
	dir := syncedShop(t, "--market", "naver")
	key := order.ShipmentKey(order.Naver, id)
	newDay := day.AddDate(0, 0, 1).Format(time.DateOnly)

	code, _, errOut := runDoor(t, "hope-delivery", key, "--date", newDay, "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "a reason is required")
	assert.Contains(t, errOut, "--reason")
	code, _, errOut = runDoor(t, "hope-delivery", key, "--date", "24일", "--reason", "x", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "2026-12-24처럼")
	code, _, errOut = runDoor(t, "hope-delivery", key, "--date", newDay, "--time", "25시", "--reason", "x", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "1500 또는 15:00")

	code, out, _ := runDoor(t, "hope-delivery", order.ShipmentKey(order.Naver, plain), "--date", newDay, "--reason", "x", "--data-dir", dir)
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, out, "희망일배송 주문이 아니라")
	assert.Zero(t, ns.Calls()[naversim.EndpointHopeChange])

	code, out, errOut = runDoor(t, "hope-delivery", key, "--date", newDay, "--time", "1400", "--reason", "구매자 요청", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	h, _ := ns.Hope(id)
	assert.Equal(t, naversim.YMD(day.AddDate(0, 0, 1)), h.Ymd)
	assert.Equal(t, "1400", h.Hm)

	syncDoor(t, dir, "--market", "naver")
	a := openShop(t, dir)
	defer func() { _ = a.Close() }()
	s, err := a.Store().Shipment(context.Background(), key)
	require.NoError(t, err)
	require.NotNil(t, s.Hope)
	assert.True(t, s.Hope.HasTime)
	assert.Equal(t, 14*60, s.Hope.Time)
	for _, f := range s.Findings {
		assert.NotEqual(t, order.HopeChanged, f.Code, "the seller's own change is no alert")
	}
}

// The courier's upload file from the print door carries a hope-delivery box's day in its
// 배송메시지 column, so it reaches the label.
func TestShippingDoorLabelsTheHopeDay(t *testing.T) {
	ns := doorNaver(t, naversim.Config{Seed: 5, Real: naversim.RealWorld()})
	day := daysAhead(3)
	id := ns.AddHopeOrder(naversim.HopeOrder{Day: day, Hour: "1500"})
	dir := syncedShop(t, "--market", "naver")
	path := filepath.Join(t.TempDir(), "shipping.csv")
	code, out, errOut := runDoor(t, "print", "shipping", "--keys", order.ShipmentKey(order.Naver, id), "--format", "csv",
		"--courier", "CJ대한통운", "--out", path, "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	want := "배송 희망일 " + (&order.HopeDelivery{Date: day, Time: 15 * 60, HasTime: true}).Short()
	assert.Contains(t, string(data), want)
}

// daysAhead is midnight KST n days after today: a hope-delivery day a buyer may pick.
func daysAhead(n int) time.Time { return order.DayEnd(time.Now()).AddDate(0, 0, n-1) }

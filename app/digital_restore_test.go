package app

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// Restoring an older backup must not mail anyone twice: a delivery the backup shows planned, and
// an order paid before the restore that the sync brings again, wait for the seller.
func TestRestoreOfAnOlderBackupMailsNobodyTwice(t *testing.T) {
	ctx := context.Background()
	sim, naverURL, c := digitalWorld(t, 18)
	dir := filepath.Join(t.TempDir(), "data")
	open := func() *App {
		a, err := New(ctx, digitalConfig(dir, c))
		require.NoError(t, err)
		return a
	}
	sync := func(a *App) {
		t.Helper()
		_, err := a.SyncOnce(ctx, order.Naver)
		require.NoError(t, err)
		a.digital.Wait()
	}
	a := open()
	putSimNaverKeys(t, a, naverURL)
	set := digitalSettings(c)
	_, err := a.Digital().SaveSettings(digital.SettingsInput{Settings: set}) // no password yet: planned, not sent
	require.NoError(t, err)
	planned := sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100002", ProductName: "안내서", OrdererID: "buyer_planned"})
	sync(a)
	require.Equal(t, "planned", deliveryOf(t, a, planned).State)
	b, err := a.Maintenance().BackupNow()
	require.NoError(t, err)

	// after the backup: the password comes, the planned mail leaves; another order is mailed but
	// Naver's dispatch fails, so it is still 결제완료 there
	_, err = a.Digital().SaveSettings(digital.SettingsInput{Settings: set, Password: "app-password-16ch"})
	require.NoError(t, err)
	a.digital.Wait()
	later := sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100002", ProductName: "안내서", OrdererID: "buyer_later"})
	sim.InjectFault(naversim.EndpointDispatch, naversim.FaultServerError)
	sync(a)
	require.Len(t, c.MailsTo("buyer_planned@naver.com"), 1)
	require.Len(t, c.MailsTo("buyer_later@naver.com"), 1)
	require.Equal(t, "pending", deliveryOf(t, a, later).MarketState)

	_, err = a.Maintenance().ScheduleRestore(b.Name)
	require.NoError(t, err)
	require.NoError(t, a.Close())

	a2 := open()
	defer a2.Close()
	_, err = a2.Digital().SaveSettings(digital.SettingsInput{Settings: set, Password: "app-password-16ch"}) // the backup had none
	require.NoError(t, err)
	sync(a2)
	sync(a2)
	assert.Len(t, c.MailsTo("buyer_planned@naver.com"), 1, "the planned mail of the backup is not sent again")
	assert.Len(t, c.MailsTo("buyer_later@naver.com"), 1, "the order the sync brings again is not mailed again")
	for _, id := range []string{planned, later} {
		d := deliveryOf(t, a2, id)
		assert.Equal(t, "unknown", d.State, id)
		assert.Contains(t, d.Note, "백업", id)
		assert.Contains(t, d.Actions, "resend", "the seller can still send it")
	}
	ov, err := a2.Orders().Overview()
	require.NoError(t, err)
	assert.Contains(t, ov.Notice, "디지털 상품 메일 1건")

	// an order paid after the restore is mailed as usual
	fresh := sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9100002", ProductName: "안내서", OrdererID: "buyer_fresh"})
	sync(a2)
	assert.Len(t, c.MailsTo("buyer_fresh@naver.com"), 1)
	assert.Equal(t, "sent", deliveryOf(t, a2, fresh).State)
}

func deliveryOf(t *testing.T, a *App, id string) digital.DeliveryView {
	t.Helper()
	list, err := a.Digital().Deliveries()
	require.NoError(t, err)
	for _, d := range list {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no delivery of %s in %+v", id, list)
	return digital.DeliveryView{}
}

package app

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/export"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

// retentionBox is a delivered Naver box with all of the buyer's personal data, in the shipment
// and in its raw payload.
func retentionBox(id, name, phone string, status order.Status, changed time.Time) store.Record {
	sh := order.Shipment{
		Marketplace: order.Naver, ID: id, OrderID: "O" + id, Status: status, MarketStatus: "DELIVERED",
		PaidAt: changed.Add(-72 * time.Hour), ChangedAt: changed, OrdererName: "주문자" + name,
		Receiver: order.Receiver{Name: name, Phone: phone, Phone2: "02-555-" + id[len(id)-4:], Zip: "06236",
			Address1: "서울특별시 강남구 테헤란로 " + id[len(id)-3:], Address2: "비밀빌딩 " + id[len(id)-2:] + "호", Message: "문 앞 비밀번호 " + id},
		Lines: []order.Line{{ItemID: "I1", ProductName: "유기농 현미", OptionName: "5kg", Quantity: 1, UnitPrice: 30000, TotalPrice: 30000}},
	}
	raw, _ := json.Marshal(map[string]any{
		"productOrderId": id,
		"order":          map[string]any{"ordererName": sh.OrdererName, "ordererTel": phone, "orderId": sh.OrderID},
		"productOrder": map[string]any{"productName": "유기농 현미", "shippingMemo": sh.Receiver.Message,
			"shippingAddress": map[string]any{"name": name, "tel1": phone, "tel2": sh.Receiver.Phone2, "baseAddress": sh.Receiver.Address1,
				"detailedAddress": sh.Receiver.Address2, "zipCode": sh.Receiver.Zip}},
		"note": "배송지 " + sh.Receiver.Address1 + " 확인", // a field we do not know, holding a personal value
	})
	return store.Record{Shipment: sh, Raw: raw}
}

func personalOf(r store.Record) []string {
	sh := r.Shipment
	return []string{sh.Receiver.Name, sh.OrdererName, sh.Receiver.Phone, sh.Receiver.Phone2, sh.Receiver.Address1,
		sh.Receiver.Address2, sh.Receiver.Message}
}

// TestRetentionMasksRecordRawExportAndNewBackup: 90 days after a box settled, its buyer's
// personal data is masked in the stored shipment, in the raw payload, in what search, lists and
// exports see, and in a backup made afterwards; a box with an open claim and a recent box keep
// theirs; old backups are pruned, keeping the newest few.
func TestRetentionMasksRecordRawExportAndNewBackup(t *testing.T) {
	ctx := context.Background()
	clk := testclock.New(time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC))
	dir := filepath.Join(t.TempDir(), "data")
	a, err := New(ctx, Config{DataDir: dir, LockTimeout: 200 * time.Millisecond, Now: clk.Now})
	require.NoError(t, err)
	defer a.Close()

	old := retentionBox("2026030100001234", "김비밀", "010-9876-5432", order.StatusDelivered, clk.Now().Add(-2*24*time.Hour))
	claimed := retentionBox("2026030100005678", "이클레임", "010-1111-7777", order.StatusDelivered, clk.Now().Add(-2*24*time.Hour))
	claimed.Shipment.Claim = &order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REQUEST", RequestedAt: clk.Now(), Open: true}
	recent := retentionBox("2026030100009999", "박최근", "010-2222-3333", order.StatusDelivered, clk.Now().Add(80*24*time.Hour))
	_, err = a.Store().Apply(ctx, store.Batch{Records: []store.Record{old, claimed}}, nil)
	require.NoError(t, err)

	// Backups: four taken now (old by the time the period passes), made before masking.
	d := uiOf(a)
	var early []string
	for range 4 {
		b, err := d.BackupNow()
		require.NoError(t, err)
		early = append(early, b.Path)
		clk.Add(time.Second)
	}
	clk.Add(85 * 24 * time.Hour)
	_, err = a.Store().Apply(ctx, store.Batch{Records: []store.Record{recent}}, nil)
	require.NoError(t, err)

	// 85 days: nothing is masked yet.
	res, err := a.ApplyRetention(ctx)
	require.NoError(t, err)
	assert.Equal(t, 0, res.Masked)
	clk.Add(10 * 24 * time.Hour) // 95 days after the boxes settled
	recentBackup, err := d.BackupNow()
	require.NoError(t, err)
	res, err = a.ApplyRetention(ctx)
	require.NoError(t, err)
	assert.Equal(t, RetentionResult{Days: DefaultPrivacyDays, Masked: 1, KeptForClaim: 1, BackupsRemoved: 2}, res)

	// The record.
	sh, err := a.Store().Shipment(ctx, old.Shipment.Key())
	require.NoError(t, err)
	assert.Equal(t, "김**", sh.Receiver.Name)
	assert.Equal(t, "주*****", sh.OrdererName)
	assert.Equal(t, "010-****-****", sh.Receiver.Phone)
	assert.Equal(t, "서울특별시 강남구 ***", sh.Receiver.Address1)
	assert.Equal(t, "***", sh.Receiver.Address2)
	assert.Equal(t, "***", sh.Receiver.Message)
	assert.Equal(t, "062**", sh.Receiver.Zip)
	require.NotNil(t, sh.PersonalMaskedAt)
	assert.Equal(t, "유기농 현미", sh.Lines[0].ProductName, "what the seller needs for the books stays")
	// The raw payload.
	raw, err := a.Store().RawPayload(ctx, old.Shipment.Key())
	require.NoError(t, err)
	for _, v := range personalOf(old) {
		assert.NotContains(t, string(raw), v)
	}
	assert.Contains(t, string(raw), `"productName":"유기농 현미"`)
	assert.Contains(t, string(raw), `"productOrderId":"2026030100001234"`)
	// The box with an open claim and the recent box are kept whole.
	for _, r := range []store.Record{claimed, recent} {
		sh, err := a.Store().Shipment(ctx, r.Shipment.Key())
		require.NoError(t, err)
		assert.Equal(t, r.Shipment.Receiver, sh.Receiver)
		assert.Nil(t, sh.PersonalMaskedAt)
	}
	// Search and lists see the masked values.
	page, err := a.Store().List(ctx, store.Filter{Text: "김비밀"})
	require.NoError(t, err)
	assert.Equal(t, 0, page.Total)
	page, err = a.Store().List(ctx, store.Filter{Text: "9876"})
	require.NoError(t, err)
	assert.Equal(t, 0, page.Total)
	list, err := d.ListShipments(ShipmentQuery{Text: "2026030100001234"})
	require.NoError(t, err)
	require.Len(t, list.Rows, 1)
	assert.Equal(t, "김**", list.Rows[0].ReceiverName)
	// The audit history of the box says why.
	audit, err := a.Store().Audit(ctx, store.AuditQuery{ShipmentKey: old.Shipment.Key()})
	require.NoError(t, err)
	require.NotEmpty(t, audit)
	assert.Equal(t, "personal-data-masked", audit[0].Action)
	assert.Contains(t, audit[0].Detail, "배송 완료 후 90일")
	// The export.
	ships, err := export.Collect(ctx, a.Store(), store.Filter{})
	require.NoError(t, err)
	for _, f := range []export.Format{export.CSV, export.JSON} {
		var buf bytes.Buffer
		require.NoError(t, export.Write(&buf, f, ships, clk.Now()))
		for _, v := range personalOf(old) {
			assert.NotContains(t, buf.String(), v, "%s export", f)
		}
		assert.Contains(t, buf.String(), "김**")
		assert.Contains(t, buf.String(), "이클레임", "the open claim's box is exported whole")
	}
	// A new backup holds the masked values only.
	b, err := d.BackupNow()
	require.NoError(t, err)
	restored := filepath.Join(t.TempDir(), "restored")
	require.NoError(t, store.Restore(ctx, restored, b.Path))
	rs, err := store.Open(ctx, restored, store.Options{})
	require.NoError(t, err)
	defer rs.Close()
	bsh, err := rs.Shipment(ctx, old.Shipment.Key())
	require.NoError(t, err)
	assert.Equal(t, sh.Receiver, bsh.Receiver)
	braw, err := rs.RawPayload(ctx, old.Shipment.Key())
	require.NoError(t, err)
	assert.Equal(t, string(raw), string(braw))
	data, err := os.ReadFile(b.Path)
	require.NoError(t, err)
	for _, v := range personalOf(old) {
		assert.False(t, bytes.Contains(data, []byte(v)), "plain %q in the backup file", v)
	}

	// Backups older than the period are gone, the newest few kept.
	_, err = os.Stat(early[0])
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = os.Stat(early[1])
	assert.ErrorIs(t, err, os.ErrNotExist)
	for _, p := range append(early[2:], recentBackup.Path) {
		_, err = os.Stat(p)
		assert.NoError(t, err, "kept: %s", filepath.Base(p))
	}

	// The claim closes; 90 days later the box is masked too. Turned off, nothing more is masked.
	closedClaim := claimed
	closedClaim.Shipment.Claim = &order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REJECT", RequestedAt: clk.Now(), Open: false}
	closedClaim.Shipment.Status = order.StatusDecided
	_, err = a.Store().Apply(ctx, store.Batch{Records: []store.Record{closedClaim}}, nil)
	require.NoError(t, err)
	clk.Add(91 * 24 * time.Hour)
	_, err = d.SaveSettings(SettingsInput{SyncIntervalMinutes: DefaultSyncInterval, PrivacyOff: true})
	require.NoError(t, err)
	a.retention.Wait()
	res, err = a.ApplyRetention(ctx)
	require.NoError(t, err)
	assert.Equal(t, RetentionResult{}, res)
	v, err := d.GetSettings()
	require.NoError(t, err)
	assert.True(t, v.PrivacyOff)
	assert.Contains(t, v.PrivacyNote, "꺼져 있습니다")
	_, err = d.SaveSettings(SettingsInput{SyncIntervalMinutes: 10}) // a form without the fields
	require.NoError(t, err)
	v, err = d.GetSettings()
	require.NoError(t, err)
	assert.True(t, v.PrivacyOff, "saving other settings leaves the choice alone")
	_, err = d.SaveSettings(SettingsInput{SyncIntervalMinutes: DefaultSyncInterval, PrivacyDays: 30})
	require.NoError(t, err)
	a.retention.Wait()
	sh, err = a.Store().Shipment(ctx, claimed.Shipment.Key())
	require.NoError(t, err)
	assert.Equal(t, "이***", sh.Receiver.Name, "saving the setting runs the retention")
	v, err = d.GetSettings()
	require.NoError(t, err)
	assert.Equal(t, 30, v.PrivacyDays)
	assert.Contains(t, v.PrivacyNote, "30일")
	_, err = d.SaveSettings(SettingsInput{SyncIntervalMinutes: DefaultSyncInterval, PrivacyDays: 3})
	require.Error(t, err)
	assert.True(t, strings.Contains(SellerMessage(err), "14일에서 3650일"))
}

// TestMaskedBoxSyncedAgainStaysMasked: a re-sync of a masked, still settled box keeps it masked
// (and raises no address change); a late claim brings the fresh data back.
func TestMaskedBoxSyncedAgainStaysMasked(t *testing.T) {
	ctx := context.Background()
	clk := testclock.New(time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC))
	a, err := New(ctx, Config{DataDir: filepath.Join(t.TempDir(), "data"), LockTimeout: 200 * time.Millisecond, Now: clk.Now})
	require.NoError(t, err)
	defer a.Close()
	box := retentionBox("2026030100004321", "정다시", "010-4444-5555", order.StatusDecided, clk.Now())
	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{box}})
	require.NoError(t, err)
	clk.Add(100 * 24 * time.Hour)
	res, err := a.ApplyRetention(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, res.Masked)

	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{box}})
	require.NoError(t, err)
	sh, err := a.Store().Shipment(ctx, box.Shipment.Key())
	require.NoError(t, err)
	assert.Equal(t, "정**", sh.Receiver.Name)
	assert.False(t, sh.Blocked(), "masking is not an address change")
	raw, err := a.Store().RawPayload(ctx, box.Shipment.Key())
	require.NoError(t, err)
	assert.NotContains(t, string(raw), "정다시")

	late := box
	late.Shipment.Claim = &order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REQUEST", RequestedAt: clk.Now(), Open: true}
	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{late}})
	require.NoError(t, err)
	sh, err = a.Store().Shipment(ctx, box.Shipment.Key())
	require.NoError(t, err)
	assert.Equal(t, "정다시", sh.Receiver.Name, "an open claim needs the buyer's data again")
	assert.Nil(t, sh.PersonalMaskedAt)
}

func TestProgressLine(t *testing.T) {
	assert.Equal(t, "데이터를 새 형식으로 옮기는 중… 42% (420/1000) / migrating the data file", ProgressLine(store.Progress{Stage: "migrate", Done: 420, Total: 1000}))
	assert.Equal(t, "주문 색인을 만드는 중… 2048건 / building the index", ProgressLine(store.Progress{Stage: "index", Done: 2048}))
}

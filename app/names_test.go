package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/views"
	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// wordingShipment has a line the check flags only because of a word it cannot explain (⚠).
func wordingShipment(id string) store.Record {
	r := mismatchShipment(id)
	s := r.Shipment
	s.Lines[0].ProductName, s.Lines[0].OptionName = "코멧 주방 수세미", "10개"
	s.Lines[0].ExposedName = "코멧 주방 스펀지 10개"
	s.Findings = check.Shipment(&s, s.PaidAt)
	return store.Record{Shipment: s}
}

func nameFinding(det views.ShipmentDetail) *views.FindingView {
	for i := range det.Findings {
		if det.Findings[i].Code == string(order.OptionNameMismatch) {
			return &det.Findings[i]
		}
	}
	return nil
}

// TestMarkNamesIsRemembered: marking a flagged pair as the same goods clears its finding on every
// stored shipment that shows it, is listed in settings, survives a restart and a re-sync, and
// forgetting it brings the finding back; marking a pair as different goods makes it block.
func TestMarkNamesIsRemembered(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	a, err := New(ctx, Config{DataDir: dir, Version: "test", LockTimeout: 200 * time.Millisecond})
	require.NoError(t, err)
	_, err = a.Store().Apply(ctx, store.Batch{Records: []store.Record{wordingShipment("800"), wordingShipment("801"), mismatchShipment("802")}}, nil)
	require.NoError(t, err)
	d := uiOf(a)

	det, err := d.GetShipment("coupang/800")
	require.NoError(t, err)
	f := nameFinding(det)
	require.NotNil(t, f, "the pair is flagged before it is taught")
	assert.Equal(t, "warn", f.Severity)
	assert.Equal(t, "warn", det.Lines[0].NameSeverity)

	det, err = d.MarkNames("coupang/800", 0, true)
	require.NoError(t, err)
	assert.Nil(t, nameFinding(det), "taught as the same goods")
	assert.Equal(t, "같은 상품", det.Lines[0].Taught)
	assert.True(t, det.Lines[0].NamesMatch)
	other, err := d.GetShipment("coupang/801")
	require.NoError(t, err)
	assert.Nil(t, nameFinding(other), "the other shipment with the same pair is checked again")
	assert.Equal(t, "상품명 조합 기억", det.History[len(det.History)-1].Action)

	list, err := d.LearnedNames()
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, "코멧 주방 수세미 / 10개", list[0].Registered)
	assert.Equal(t, "코멧 주방 스펀지 10개", list[0].Exposed)
	assert.Equal(t, "같은 상품", list[0].Verdict)

	// a pair marked as different goods blocks, whatever the check reads
	det, err = d.MarkNames("coupang/802", 0, false)
	require.NoError(t, err)
	f = nameFinding(det)
	require.NotNil(t, f)
	assert.Equal(t, "block", f.Severity)
	assert.Contains(t, f.Message, "판매자가 이 두 이름을 다른 상품으로 표시했습니다")
	_, err = d.MarkNames("coupang/802", 5, true)
	assert.EqualError(t, err, "이 상품에는 비교할 노출 상품명이 없습니다.")
	require.NoError(t, a.Close())

	// after a restart the pairs are still known, and a re-sync of the same names stays quiet
	a, err = New(ctx, Config{DataDir: dir, Version: "test", LockTimeout: 200 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	d = uiOf(a)
	list, err = d.LearnedNames()
	require.NoError(t, err)
	require.Len(t, list, 2)
	again := wordingShipment("803")
	again.Shipment.Findings = nil
	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{again}})
	require.NoError(t, err)
	det, err = d.GetShipment("coupang/803")
	require.NoError(t, err)
	assert.Nil(t, nameFinding(det), "a newly synced shipment with a taught pair is not flagged")

	var sameID string
	for _, v := range list {
		if v.Same {
			sameID = v.ID
		}
	}
	list, err = d.ForgetNames(sameID)
	require.NoError(t, err)
	require.Len(t, list, 1)
	det, err = d.GetShipment("coupang/800")
	require.NoError(t, err)
	assert.NotNil(t, nameFinding(det), "forgotten: flagged again")
	_, err = d.ForgetNames(sameID)
	assert.EqualError(t, err, "이 조합은 이미 지워졌습니다. 목록을 새로 고치세요.")
}

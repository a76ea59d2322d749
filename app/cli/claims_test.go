package cli

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// The claims and delay doors against both simulators: list the open claims (text and JSON),
// answer a Coupang stop request with 출고중지완료 and a Naver cancel with 취소 승인, send a
// 발송지연, and after the next sync the boxes show what the marketplaces did.
func TestClaimsAndDelayDoors(t *testing.T) {
	ns := doorNaver(t, naversim.Config{Seed: 21})
	ids := ns.AddOrders(2)
	cs := doorCoupang(t)
	boxes := cs.AddOrders(1)
	dir := syncedShop(t)

	box := coupangKey(boxes[0])
	cancelled, delayed := order.ShipmentKey(order.Naver, ids[0]), order.ShipmentKey(order.Naver, ids[1])
	a := openShop(t, dir)
	ack, err := a.Acknowledge(context.Background(), []string{box, cancelled, delayed}, "test")
	require.NoError(t, err)
	require.Equal(t, 3, ack.Counts.OK, "%+v", ack.Items)
	require.NoError(t, a.Close())
	view, _ := cs.Box(boxes[0])
	_, err = cs.CancelBox(boxes[0], view.Units) // after 상품준비중: a stop request
	require.NoError(t, err)
	require.NoError(t, ns.RequestCancel(ids[0], "단순 변심"))
	syncDoor(t, dir)

	code, out, errOut := runDoor(t, "claims", "--json", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	var list []fulfil.OpenClaim
	require.NoError(t, json.Unmarshal([]byte(out), &list))
	require.Len(t, list, 2)
	byKey := map[string]fulfil.OpenClaim{}
	for _, c := range list {
		byKey[c.Key] = c
	}
	require.Contains(t, byKey, box)
	assert.True(t, byKey[box].StopRequested)
	assert.Equal(t, fulfil.StopShipment, byKey[box].Answers[0].Action)
	assert.Equal(t, order.ClaimCancel, byKey[cancelled].Kind)
	assert.Equal(t, fulfil.ApproveCancel, byKey[cancelled].Answers[0].Action)

	code, out, _ = runDoor(t, "claims", "--market", "coupang", "--data-dir", dir)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "열린 요청 1건")
	assert.Contains(t, out, "출고중지완료(stop)")

	code, _, _ = runDoor(t, "claims", "shipped", box, "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "이미출고 needs a tracking number")
	code, out, errOut = runDoor(t, "claims", "approve", box, "--data-dir", dir)
	assert.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "건너뜀 1", "a Coupang stop request takes no 취소 승인")

	code, out, errOut = runDoor(t, "claims", "stop", box, "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	code, out, errOut = runDoor(t, "claims", "approve", cancelled, "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")

	until := time.Now().In(order.KST()).AddDate(0, 0, 10).Format(time.DateOnly)
	code, _, _ = runDoor(t, "delay", delayed, "--until", until, "--reason", "NOPE", "--data-dir", dir)
	assert.Equal(t, exitFailure, code, "a reason outside the documented list")
	code, out, errOut = runDoor(t, "delay", delayed, "--until", until, "--reason", "PRODUCT_PREPARE", "--detail", "입고 대기", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Equal(t, 1, ns.Calls()[naversim.EndpointDelay])

	syncDoor(t, dir)
	code, out, _ = runDoor(t, "claims", "--json", "--data-dir", dir)
	require.Equal(t, 0, code)
	assert.JSONEq(t, "[]", out)
	a = openShop(t, dir)
	defer func() { _ = a.Close() }()
	for _, k := range []string{box, cancelled} {
		s, err := a.Store().Shipment(context.Background(), k)
		require.NoError(t, err)
		assert.Equal(t, order.StatusCanceled, s.Status, k)
		assert.False(t, s.Blocked(), k)
	}
	s, err := a.Store().Shipment(context.Background(), delayed)
	require.NoError(t, err)
	assert.Equal(t, until, s.ShipBy.In(order.KST()).Format(time.DateOnly))
}

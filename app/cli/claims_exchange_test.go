package cli

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// `sellerdesk claims` prints a Coupang exchange with its state in Korean beside Coupang's code.
func TestPrintClaimsShowsExchangeState(t *testing.T) {
	var out bytes.Buffer
	printClaims(&out, []fulfil.OpenClaim{{Key: "coupang/642538970006401501", Market: order.Coupang, KindLabel: "교환",
		State: "BeforeDirection", StateLabel: "교환 접수 · 회수 전", Receiver: "김하늘", Product: "현미 4kg", Reason: "사이즈",
		RequestedAt: time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC), Todo: "회수 상품이 도착하면 입고 확인을 하세요.", SellerCentre: "쿠팡 WING"}})
	got := out.String()
	assert.Contains(t, got, "2024-04-10 12:00 coupang/642538970006401501 교환 [교환 접수 · 회수 전 / BeforeDirection] 김하늘")
	assert.Contains(t, got, "답: 쿠팡 WING에서 처리")
}

// `sellerdesk claims exchange-received` and `claims exchange-reject --code` against the simulated
// Coupang: exchanges of delivered boxes are listed, answered through the write pipeline, and the
// next sync shows what Coupang did.
func TestClaimsDoorAnswersCoupangExchanges(t *testing.T) {
	cs := doorCoupang(t)
	boxes := cs.AddOrders(2)
	dir := syncedShop(t)

	keys := []string{coupangKey(boxes[0]), coupangKey(boxes[1])}
	shipOut(t, openShop(t, dir), keys, "640012345670", "640012345671")
	var ex []int64
	for _, b := range boxes {
		require.NoError(t, cs.Deliver(b))
		id, err := cs.RequestExchange(b, 1, "사이즈 교환")
		require.NoError(t, err)
		ex = append(ex, id)
	}
	syncDoor(t, dir)

	code, out, errOut := runDoor(t, "claims", "--json", "--market", "coupang", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	var list []fulfil.OpenClaim
	require.NoError(t, json.Unmarshal([]byte(out), &list))
	require.Len(t, list, 2)
	assert.Equal(t, order.ClaimExchange, list[0].Kind)
	assert.Equal(t, fulfil.ReceiveExchange, list[0].Answers[0].Action)

	code, _, _ = runDoor(t, "claims", "exchange-reject", keys[1], "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "교환 거부 needs a reject code")
	code, out, errOut = runDoor(t, "claims", "exchange-received", keys[0], "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	code, out, errOut = runDoor(t, "claims", "exchange-reject", keys[1], "--code", "soldout", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "성공 1")
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointExchangeReceiveConfirmation))
	assert.Equal(t, 1, cs.Calls(coupangsim.EndpointExchangeRejection))
	v0, _ := cs.Exchange(ex[0])
	assert.Equal(t, coupang.CollectComplete, v0.CollectStatus)
	v1, _ := cs.Exchange(ex[1])
	assert.Equal(t, coupang.ExchangeReject, v1.Status)

	syncDoor(t, dir)
	code, out, _ = runDoor(t, "claims", "--market", "coupang", "--data-dir", dir)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "열린 요청 1건")
	assert.Contains(t, out, "교환 진행 · 입고 확인됨 / CompleteCollect")
}

// The Naver exchange verbs of `sellerdesk claims`: hold back, release, collect, re-deliver with a
// courier and a number, reject with a reason; each through the write pipeline, sent once.
func TestClaimsDoorAnswersNaverExchanges(t *testing.T) {
	ns := doorNaver(t, naversim.Config{Seed: 23})
	ids := ns.AddOrders(2)
	dir := syncedShop(t)
	keys := []string{order.ShipmentKey(order.Naver, ids[0]), order.ShipmentKey(order.Naver, ids[1])}
	shipOut(t, openShop(t, dir), keys, "640012345600", "640012345601")
	for _, id := range ids {
		require.NoError(t, ns.Advance(id))
		require.NoError(t, ns.RequestExchange(id, "사이즈 교환"))
	}
	syncDoor(t, dir)

	code, out, _ := runDoor(t, "claims", "exchange-reject", keys[1], "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "a reason is needed: %s", out)
	code, out, _ = runDoor(t, "claims", "exchange-redeliver", keys[0], "--data-dir", dir)
	assert.Equal(t, exitUsage, code, "a number is needed: %s", out)
	for _, step := range [][]string{
		{"exchange-hold", keys[0], "--type", "EXCHANGE_DELIVERYFEE", "--reason", "교환 배송비 확인", "--fee", "6000"},
		{"exchange-release", keys[0]},
		{"exchange-collect", keys[0]},
		{"exchange-redeliver", keys[0], "--courier", "CJ대한통운", "--tracking", "640012345699"},
		{"exchange-reject", keys[1], "--reason", "착용한 상품은 교환할 수 없습니다"},
	} {
		code, out, errOut := runDoor(t, append(append([]string{"claims"}, step...), "--data-dir", dir)...)
		require.Equal(t, 0, code, "%v: %s", step, out+errOut)
		assert.Contains(t, out, "성공 1", "%v", step)
	}
	for _, ep := range []string{naversim.EndpointExchangeHoldback, naversim.EndpointExchangeRelease, naversim.EndpointExchangeCollect,
		naversim.EndpointExchangeDispatch, naversim.EndpointExchangeReject} {
		assert.Equal(t, 1, ns.Calls()[ep], ep)
	}
	o, ok := ns.Order(ids[0])
	require.True(t, ok)
	assert.Equal(t, "EXCHANGE_REDELIVERING", o.ClaimStatus)
}

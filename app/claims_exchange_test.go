package app

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// A Coupang buyer's exchange request on a delivered box shows on the 클레임 screen (the Claims
// bound struct the window, the browser and `sellerdesk claims` list from) with its state and
// what Coupang expects; it leaves the list when the buyer withdraws it.
func TestCoupangExchangeOnClaimsScreen(t *testing.T) {
	w := deliveredRig(t, 0, 2)
	w.sync(t)
	ex, err := w.coupang.RequestExchange(w.boxes[0], 1, "사이즈가 맞지 않아요")
	require.NoError(t, err)
	w.sync(t)

	c := claimsOf(w.app)
	list, err := c.Claims("coupang")
	require.NoError(t, err)
	require.Len(t, list, 1)
	got := list[0]
	assert.Equal(t, boxKey(w.boxes[0]), got.Key)
	assert.Equal(t, order.ClaimExchange, got.Kind)
	assert.Equal(t, "교환", got.KindLabel)
	assert.Equal(t, strconv.FormatInt(ex, 10), got.ClaimID)
	assert.Equal(t, coupang.CollectBeforeDirection, got.State)
	assert.Equal(t, "교환 접수 · 회수 전", got.StateLabel)
	assert.Equal(t, "사이즈가 맞지 않아요", got.Reason)
	assert.Equal(t, 1, got.Quantity)
	assert.Equal(t, order.StatusDelivered, got.BoxStatus)
	assert.Contains(t, got.Todo, "입고 확인")
	assert.Equal(t, "쿠팡 WING", got.SellerCentre)
	s := w.shipment(t, boxKey(w.boxes[0]))
	assert.True(t, s.Blocked(), "an open exchange holds the box")

	all, err := c.Claims("")
	require.NoError(t, err)
	assert.Len(t, all, 1)

	require.NoError(t, w.coupang.WithdrawExchange(ex, "철회"))
	w.sync(t)
	list, err = c.Claims("coupang")
	require.NoError(t, err)
	assert.Empty(t, list, "a withdrawn exchange is no longer open")
	s = w.shipment(t, boxKey(w.boxes[0]))
	assert.False(t, s.Blocked())
}

// The two Coupang exchange answers from the Claims bound struct, through the write pipeline: each
// answer's answer is lost once after Coupang applied it (a 504, a cut-off body); it is read back,
// reported done and never sent again. An exchange the buyer withdrew since the last sync is not
// answered at all (the sweep reads it back first).
func TestCoupangExchangeAnswersLostAnswerReadBack(t *testing.T) {
	w := deliveredRig(t, 0, 3)
	w.sync(t)
	var ex []int64
	for _, b := range w.boxes {
		id, err := w.coupang.RequestExchange(b, 1, "교환")
		require.NoError(t, err)
		ex = append(ex, id)
	}
	w.sync(t)
	c := claimsOf(w.app)
	list, err := c.Claims("coupang")
	require.NoError(t, err)
	require.Len(t, list, 3)
	var offered []fulfil.ClaimAction
	for _, a := range list[0].Answers {
		offered = append(offered, a.Action)
	}
	assert.Equal(t, []fulfil.ClaimAction{fulfil.ReceiveExchange, fulfil.RejectExchange}, offered)
	assert.Equal(t, "rejectCode", list[0].Answers[1].Needs)
	choices, err := c.Choices()
	require.NoError(t, err)
	assert.Equal(t, []fulfil.Choice{{Code: "SOLDOUT", Label: "교환할 상품이 품절되었습니다"}, {Code: "WITHDRAW", Label: "구매자가 교환 요청을 철회했습니다"}},
		choices.ExchangeRejectCodes)

	// 입고 확인, the answer lost after Coupang applied it
	k0, k1, k2 := boxKey(w.boxes[0]), boxKey(w.boxes[1]), boxKey(w.boxes[2])
	w.coupang.InjectFault(coupangsim.EndpointExchangeReceiveConfirmation, coupangsim.FaultGatewayTimeoutApplied)
	res, err := c.Answer(fulfil.ClaimRequest{Action: fulfil.ReceiveExchange}, []string{k0})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack)
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointExchangeReceiveConfirmation), "sent once")
	v, _ := w.coupang.Exchange(ex[0])
	assert.Equal(t, coupang.CollectComplete, v.CollectStatus)
	s0 := w.shipment(t, k0)
	assert.Equal(t, coupang.CollectComplete, s0.Claim.Stage, "read back and stored")
	assert.True(t, s0.Blocked(), "the exchange goes on: the hold stays until Coupang closes it")

	// a second 입고 확인 and a rejection of the confirmed exchange are refused before sending
	res, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.RejectExchange, RejectCode: "SOLDOUT"}, []string{k0})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{Skipped: 1}, res.Counts)
	assert.Contains(t, res.Items[0].Message, "입고 확인한 교환은 거부할 수 없습니다")
	assert.Zero(t, w.coupang.Calls(coupangsim.EndpointExchangeRejection))

	// 교환 거부 needs a documented code
	_, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.RejectExchange, RejectCode: "OUT_OF_STOCK"}, []string{k1})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "교환 거부 사유를 고르세요")

	// 교환 거부 (품절), the answer cut off after Coupang applied it
	w.coupang.InjectFault(coupangsim.EndpointExchangeRejection, coupangsim.FaultTruncated)
	res, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.RejectExchange, RejectCode: "SOLDOUT"}, []string{k1})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack)
	assert.Contains(t, res.Items[0].Message, "교환 거부")
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointExchangeRejection), "sent once")
	s1 := w.shipment(t, k1)
	assert.False(t, s1.Claim.Open, "rejected: Coupang closed it")
	assert.False(t, s1.Blocked(), "the hold goes with Coupang's claim")

	// withdrawn by the buyer since the last sync: read back, not sent
	require.NoError(t, w.coupang.WithdrawExchange(ex[2], "철회"))
	res, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.ReceiveExchange}, []string{k2})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{Skipped: 1}, res.Counts, "%+v", res.Items)
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointExchangeReceiveConfirmation), "not sent")

	audit, err := w.app.Store().Audit(context.Background(), store.AuditQuery{ShipmentKey: k1})
	require.NoError(t, err)
	found := false
	for _, e := range audit {
		found = found || e.Action == "claim-exchange-reject"
	}
	assert.True(t, found, "audited: %+v", audit)

	w.sync(t)
	list, err = c.Claims("coupang")
	require.NoError(t, err)
	require.Len(t, list, 1, "only the confirmed exchange is still open")
	assert.Equal(t, k0, list[0].Key)
	assert.Equal(t, "교환 진행 · 입고 확인됨", list[0].StateLabel)
	assert.Empty(t, list[0].Answers, "Coupang makes the re-delivery box up to 10 minutes after 입고 확인: no invoice yet")
	assert.Contains(t, list[0].Todo, "교환 송장")
}

// Naver's exchange answers from the Claims bound struct: hold back, release, 수거 완료, 재배송 with
// a courier and a number the courier's rule reads, and 거부 with a reason; each answer is lost once
// after Naver applied it and is read back, never sent again.
func TestNaverExchangeAnswersLostAnswerReadBack(t *testing.T) {
	w := deliveredRig(t, 2, 0)
	kept, rejected := naverKey(w.naverIDs[0]), naverKey(w.naverIDs[1])
	for _, id := range w.naverIDs {
		require.NoError(t, w.naver.RequestExchange(id, "사이즈 교환"))
	}
	w.sync(t)
	c := claimsOf(w.app)
	list, err := c.Claims("naver")
	require.NoError(t, err)
	require.Len(t, list, 2)
	var offered []fulfil.ClaimAction
	needs := map[fulfil.ClaimAction]string{}
	for _, a := range list[0].Answers {
		offered = append(offered, a.Action)
		needs[a.Action] = a.Needs
	}
	assert.Equal(t, []fulfil.ClaimAction{fulfil.CollectExchange, fulfil.HoldExchange, fulfil.RejectExchange}, offered)
	assert.Equal(t, "reason", needs[fulfil.RejectExchange], "Naver's 교환 거부 takes a written reason")
	assert.Contains(t, list[0].Todo, "교환 수거 완료")

	// a number the courier's rule does not read is refused before anything is sent
	_, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.RedeliverExchange, Courier: "CJ대한통운", TrackingNumber: "12"}, []string{kept})
	require.Error(t, err)

	answerLosingEach(t, w, c, []naverLostAnswer{
		{kept, fulfil.ClaimRequest{Action: fulfil.HoldExchange, HoldbackType: naver.HoldExchangeFee, Reason: "교환 배송비 입금 확인", ExtraFee: 6000}, naversim.EndpointExchangeHoldback},
		{kept, fulfil.ClaimRequest{Action: fulfil.ReleaseExchange}, naversim.EndpointExchangeRelease},
		{kept, fulfil.ClaimRequest{Action: fulfil.CollectExchange}, naversim.EndpointExchangeCollect},
		{kept, fulfil.ClaimRequest{Action: fulfil.RedeliverExchange, Courier: "CJ대한통운", TrackingNumber: trackingNo(77)}, naversim.EndpointExchangeDispatch},
		{rejected, fulfil.ClaimRequest{Action: fulfil.RejectExchange, Reason: "착용한 상품은 교환할 수 없습니다"}, naversim.EndpointExchangeReject},
	})
	w.sync(t)
	s := w.shipment(t, kept)
	require.NotNil(t, s.Claim)
	assert.Equal(t, "EXCHANGE_REDELIVERING", s.Claim.MarketStatus)
	s = w.shipment(t, rejected)
	require.NotNil(t, s.Claim)
	assert.False(t, s.Claim.Open, "rejected")
	assert.False(t, s.Blocked())
	list, err = c.Claims("naver")
	require.NoError(t, err)
	require.Len(t, list, 1, "the exchange on its way back to the buyer")
	assert.Empty(t, list[0].Answers)
	assert.Contains(t, list[0].Todo, "재배송하는 중")

	// the Coupang reject code is not a Naver reason: the box is skipped, nothing sent
	w2 := deliveredRig(t, 1, 0)
	require.NoError(t, w2.naver.RequestExchange(w2.naverIDs[0], "색상 교환"))
	w2.sync(t)
	res, err := claimsOf(w2.app).Answer(fulfil.ClaimRequest{Action: fulfil.RejectExchange, RejectCode: "SOLDOUT"}, []string{naverKey(w2.naverIDs[0])})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{Skipped: 1}, res.Counts)
	assert.Contains(t, res.Items[0].Message, "사유를 적어야")
	assert.Zero(t, w2.naver.Calls()[naversim.EndpointExchangeReject])
}

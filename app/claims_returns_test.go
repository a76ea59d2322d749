package app

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/answers"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// deliveredRig is a rig whose shipments left with a number and were delivered.
func deliveredRig(t *testing.T, nOrders, nBoxes int) *writeRig {
	t.Helper()
	ctx := context.Background()
	w := acknowledgedRig(t, nOrders, nBoxes)
	for i, k := range allKeys(w) {
		require.NoError(t, w.app.SetTracking(ctx, k, "CJ대한통운", trackingNo(20+i), "test"))
	}
	res, err := w.app.Dispatch(ctx, allKeys(w), "test")
	require.NoError(t, err)
	require.Equal(t, nOrders+nBoxes, res.Counts.OK, "%+v", res.Items)
	for _, id := range w.naverIDs {
		require.NoError(t, w.naver.Advance(id))
	}
	for _, b := range w.boxes {
		require.NoError(t, w.coupang.Deliver(b))
	}
	return w
}

// naverLostAnswer is one Naver answer of a lost-answer test: the box, what is asked, and the
// endpoint whose reply is lost once after Naver applied it.
type naverLostAnswer struct {
	key      string
	req      fulfil.ClaimRequest
	endpoint string
}

// answerLosingEach sends each answer in turn with its reply lost once after Naver applied it:
// each is read back as done and sent only once.
func answerLosingEach(t *testing.T, w *writeRig, c *answers.Claims, steps []naverLostAnswer) {
	t.Helper()
	for _, st := range steps {
		w.naver.InjectFault(st.endpoint, naversim.FaultAppliedTimeout)
		res, err := c.Answer(st.req, []string{st.key})
		require.NoError(t, err, st.req.Action)
		require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%s: %+v", st.req.Action, res.Items)
		assert.True(t, res.Items[0].ReadBack, st.req.Action)
		assert.Equal(t, 1, w.naver.Calls()[st.endpoint], "%s sent once", st.req.Action)
	}
}

// Each return answer's answer is lost once after it was applied: read back, sent once.
func TestNaverReturnAnswersLostAnswerReadBack(t *testing.T) {
	w := deliveredRig(t, 2, 0)
	kept, rejected := naverKey(w.naverIDs[0]), naverKey(w.naverIDs[1])
	for _, id := range w.naverIDs {
		require.NoError(t, w.naver.RequestReturn(id, "단순 변심"))
	}
	w.sync(t)
	c := claimsOf(w.app)
	answerLosingEach(t, w, c, []naverLostAnswer{
		{kept, fulfil.ClaimRequest{Action: fulfil.HoldReturn, HoldbackType: naver.HoldReturnFee, Reason: "반품 배송비 입금 확인", ExtraFee: 3000}, naversim.EndpointReturnHoldback},
		{kept, fulfil.ClaimRequest{Action: fulfil.ReleaseReturn}, naversim.EndpointReturnRelease},
		{kept, fulfil.ClaimRequest{Action: fulfil.ApproveReturn}, naversim.EndpointReturnApprove},
		{rejected, fulfil.ClaimRequest{Action: fulfil.RejectReturn, Reason: "사용 흔적이 있어 반품할 수 없습니다"}, naversim.EndpointReturnReject},
	})
	w.sync(t)
	assert.Equal(t, order.StatusReturned, w.shipment(t, kept).Status)
	s := w.shipment(t, rejected)
	require.NotNil(t, s.Claim)
	assert.False(t, s.Claim.Open)
	list, err := c.Claims("naver")
	require.NoError(t, err)
	assert.Empty(t, list)
}

func TestCoupangReturnReceiveAndApproveLostAnswerReadBack(t *testing.T) {
	w := deliveredRig(t, 0, 1)
	key := boxKey(w.boxes[0])
	_, err := w.coupang.CancelBox(w.boxes[0], 1) // a return of the delivered box
	require.NoError(t, err)
	w.sync(t)
	c := claimsOf(w.app)
	list, err := c.Claims("coupang")
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, coupang.ReceiptReturnReceived, list[0].State)
	require.Len(t, list[0].Answers, 1)
	assert.Equal(t, fulfil.ReceiveReturn, list[0].Answers[0].Action)

	for _, st := range []struct {
		a  fulfil.ClaimAction
		ep coupangsim.Endpoint
	}{{fulfil.ReceiveReturn, coupangsim.EndpointReceiveConfirmation}, {fulfil.ApproveReturn, coupangsim.EndpointReturnApproval}} {
		w.coupang.InjectFault(st.ep, coupangsim.FaultGatewayTimeoutApplied)
		res, err := c.Answer(fulfil.ClaimRequest{Action: st.a}, []string{key})
		require.NoError(t, err)
		require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%s: %+v", st.a, res.Items)
		assert.True(t, res.Items[0].ReadBack, st.a)
		assert.Equal(t, 1, w.coupang.Calls(st.ep), "%s sent once", st.a)
	}
	w.sync(t)
	list, err = c.Claims("coupang")
	require.NoError(t, err)
	assert.Empty(t, list, "the completed return is no longer open")
}

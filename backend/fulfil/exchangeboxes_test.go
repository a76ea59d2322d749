package fulfil

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// 교환 재배송 of a Coupang exchange re-delivered in two boxes, through the one write pipeline: one
// courier and number per box, checked before anything is sent; a partly refused upload keeps the
// box that went through and names the one that did not; the retry sends only that one; a lost
// answer is read back, never resent; a box uploaded in WING is not sent again.
func TestCoupangRedeliverySeveralBoxes(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRig(t)
	keys, exs := r.exchanged(t, 3)
	for _, ex := range exs {
		require.NoError(t, r.sim.SplitExchange(ex, 2))
	}
	ids := r.receive(t, keys)
	r.clock.Add(10 * time.Minute)
	r.read(t, ids...)
	boxesOf := func(i int) (string, string) {
		v, _ := r.sim.Exchange(exs[i])
		require.Len(t, v.NewBoxIDs, 2)
		return strconv.FormatInt(v.NewBoxIDs[0], 10), strconv.FormatInt(v.NewBoxIDs[1], 10)
	}
	a, b := boxesOf(0)
	c := r.claim(t, keys[0])
	require.Equal(t, []string{a, b}, c.RedeliveryBoxes)
	calls := func() int { return r.sim.Calls(coupangsim.EndpointExchangeInvoices) }
	send := func(key string, boxes ...BoxParcel) Item {
		t.Helper()
		out, err := r.p.AnswerClaims(ctx, ClaimRequest{Action: RedeliverExchange, Boxes: boxes}, []string{key}, "seller")
		require.NoError(t, err)
		require.Len(t, out.Items, 1)
		return out.Items[0]
	}

	// one number for an exchange of two boxes: not sent, the seller is asked for one per box
	out, err := r.p.AnswerClaims(ctx, ClaimRequest{Action: RedeliverExchange, Courier: "CJ대한통운", TrackingNumber: "640012349901"}, keys[:1], "seller")
	require.NoError(t, err)
	assert.Equal(t, Skipped, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "박스마다")
	// checked before anything is sent: the courier's rule, the same number twice, a box that is not
	// the exchange's (the box first delivered)
	for name, boxes := range map[string][]BoxParcel{
		"a number the courier's rule does not read": {{Box: a, Courier: "CJ대한통운", TrackingNumber: "12"}, {Box: b, Courier: "CJ대한통운", TrackingNumber: "640012349902"}},
		"one number on two boxes":                   {{Box: a, Courier: "CJ대한통운", TrackingNumber: "640012349902"}, {Box: b, Courier: "CJ대한통운", TrackingNumber: "640012349902"}},
		"a courier Coupang has no code for":         {{Box: a, Courier: "CU편의점택배", TrackingNumber: "640012349902"}},
	} {
		_, err := r.p.AnswerClaims(ctx, ClaimRequest{Action: RedeliverExchange, Boxes: boxes}, keys[:1], "seller")
		assert.Error(t, err, name)
	}
	it := send(keys[0], BoxParcel{Box: ids[0], Courier: "CJ대한통운", TrackingNumber: "640012349902"})
	assert.Equal(t, Failed, it.Result)
	assert.Contains(t, it.Message, "재배송 박스가 아닙니다")
	assert.Zero(t, calls(), "nothing sent")

	// box b's number is on a parcel SellerDesk has not seen: Coupang takes a, refuses b
	r.parcelElsewhere(t, "HANJIN", "640012349936")
	it = send(keys[0], BoxParcel{Box: a, Courier: "CJ대한통운", TrackingNumber: "640012349903"}, BoxParcel{Box: b, Courier: "한진택배", TrackingNumber: "640012349936"})
	assert.Equal(t, Failed, it.Result)
	assert.Equal(t, 1, calls(), "one call, one line per box")
	assert.Contains(t, it.Message, "박스 "+a+"(CJ대한통운 640012349903)은(는) 올라갔고")
	assert.Contains(t, it.Message, "박스 "+b+"은(는) 올리지 못했습니다")
	assert.Contains(t, it.Message, "이미 사용된 송장번호")
	v, _ := r.sim.Exchange(exs[0])
	assert.Equal(t, []string{"640012349903", ""}, v.Invoices)
	c = r.claim(t, keys[0])
	inv, ok := c.RedeliveryInvoice(a)
	assert.True(t, ok, "what went through is kept")
	assert.Equal(t, "640012349903", inv.Number)
	assert.Equal(t, []string{b}, c.PendingRedeliveryBoxes())
	assert.Contains(t, ClaimTodo(mustShipment(t, r, keys[0])), "2개 중 1개")
	assert.Equal(t, []RedeliveryBox{{Box: a, Courier: "CJ대한통운", Number: "640012349903"}, {Box: b}},
		OpenClaimOf(mustShipment(t, r, keys[0])).RedeliveryBoxes, "the screens show each box, its invoice once uploaded")
	audit, err := r.st.Audit(ctx, store.AuditQuery{ShipmentKey: keys[0]})
	require.NoError(t, err)
	assert.Equal(t, "claim-exchange-redeliver-failed", audit[0].Action)
	assert.Contains(t, audit[0].Detail, "박스 "+b)

	// the retry names both boxes again (the form as the seller left it, a with another number):
	// only b is sent — a resent would be refused, a second upload for a box
	it = send(keys[0], BoxParcel{Box: a, Courier: "CJ대한통운", TrackingNumber: "640012349914"}, BoxParcel{Box: b, Courier: "CJ대한통운", TrackingNumber: "640012349925"})
	require.Equal(t, OK, it.Result, it.Message)
	assert.Equal(t, 2, calls())
	v, _ = r.sim.Exchange(exs[0])
	assert.Equal(t, []string{"640012349903", "640012349925"}, v.Invoices)
	assert.Equal(t, "CompleteDirection", v.DeliveryStatus)
	audit, err = r.st.Audit(ctx, store.AuditQuery{ShipmentKey: keys[0]})
	require.NoError(t, err)
	assert.Equal(t, "claim-exchange-redeliver", audit[0].Action)
	assert.Contains(t, audit[0].Detail, "박스 "+b+" CJ대한통운 640012349925")
	assert.NotContains(t, audit[0].Detail, "640012349914")
	it = send(keys[0], BoxParcel{Box: b, Courier: "CJ대한통운", TrackingNumber: "640012349925"})
	assert.Equal(t, Skipped, it.Result, "every box has its invoice")
	assert.Equal(t, 2, calls())

	// lost before Coupang applied it: read back, not done, not resent; lost after: read back, done
	a1, b1 := boxesOf(1)
	both := []BoxParcel{{Box: a1, Courier: "우체국택배", TrackingNumber: "6400123499471"}, {Box: b1, Courier: "우체국택배", TrackingNumber: "6400123499482"}}
	r.sim.InjectFault(coupangsim.EndpointExchangeInvoices, coupangsim.FaultGatewayTimeout)
	it = send(keys[1], both...)
	assert.Equal(t, Failed, it.Result)
	assert.True(t, it.ReadBack)
	assert.Equal(t, 3, calls(), "not resent")
	r.sim.InjectFault(coupangsim.EndpointExchangeInvoices, coupangsim.FaultGatewayTimeoutApplied)
	it = send(keys[1], both...)
	assert.Equal(t, OK, it.Result, it.Message)
	assert.True(t, it.ReadBack)
	assert.Equal(t, 4, calls(), "not resent")
	assert.Len(t, r.claim(t, keys[1]).RedeliveryInvoices, 2)

	// box a uploaded in WING since the last sync: read back first, only b is sent
	a2, b2 := boxesOf(2)
	box2, _ := strconv.ParseInt(a2, 10, 64)
	res, err := r.client.UploadExchangeInvoices(ctx, exs[2], []coupang.ExchangeParcel{{ShipmentBoxID: box2, CourierCode: "HANJIN", InvoiceNumber: "640012349958"}})
	require.NoError(t, err)
	require.True(t, res.Succeeded)
	it = send(keys[2], BoxParcel{Box: a2, Courier: "CJ대한통운", TrackingNumber: "640012349960"}, BoxParcel{Box: b2, Courier: "CJ대한통운", TrackingNumber: "640012349971"})
	require.Equal(t, OK, it.Result, it.Message)
	assert.Equal(t, 6, calls(), "the WING upload and b's")
	v, _ = r.sim.Exchange(exs[2])
	assert.Equal(t, []string{"640012349958", "640012349971"}, v.Invoices, "a keeps WING's number")
}

func mustShipment(t *testing.T, r *coupangRig, key string) *order.Shipment {
	t.Helper()
	s, err := r.st.Shipment(context.Background(), key)
	require.NoError(t, err)
	return &s
}

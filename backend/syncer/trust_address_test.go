package syncer

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/check"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// Issue 12 point 13: a Naver address change keeps the address as first stored, so the drawer shows
// the old one struck through beside the new; the card asks to check the address, and a reprint
// only where a label was printed (CHANGED_AFTER_PRINT).
func TestNaverAddressChangeKeepsTheOldAddress(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true})
	ids := rig.sim.AddOrders(3)
	st := openStore(t, t.TempDir())
	e, err := New(Config{Store: st, Observer: newRecorder(), Check: check.Apply, Now: rig.clk.Now})
	require.NoError(t, err)
	src := rig.source(t, st, naver.WithRateLimit(1000, 10))
	require.NoError(t, e.Run(ctx, src).Err)
	key := order.ShipmentKey(order.Naver, ids[0])
	before, err := st.Shipment(ctx, key)
	require.NoError(t, err)

	rig.clk.Add(time.Minute)
	require.NoError(t, rig.sim.ChangeAddress(ids[0], rig.sim.NewAddress()))
	require.NoError(t, e.Run(ctx, src).Err)
	after, err := st.Shipment(ctx, key)
	require.NoError(t, err)
	assertOldAndNew(t, before, after)
}

func assertOldAndNew(t *testing.T, before, after order.Shipment) {
	t.Helper()
	require.NotNil(t, after.PreviousReceiver, "the address as first stored is kept")
	assert.Equal(t, before.Receiver.Address(), after.PreviousReceiver.Address())
	assert.NotEqual(t, after.PreviousReceiver.Address(), after.Receiver.Address())
	var card *order.Finding
	for i := range after.Findings {
		if after.Findings[i].Code == order.AddressChanged {
			card = &after.Findings[i]
		}
	}
	require.NotNil(t, card)
	var old, cur string
	for _, ev := range card.Evidence {
		if ev.Field == "address" {
			old, cur = ev.Old, ev.New
		}
	}
	assert.Equal(t, before.Receiver.Address(), old)
	assert.Equal(t, after.Receiver.Address(), cur)
	assert.NotContains(t, card.Message, "다시 출력", "nothing was printed: no reprint asked")
}

// The same on Coupang: the receiver changed while 결제완료 (the buyer may change it then).
func TestCoupangAddressChangeKeepsTheOldAddress(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	boxes := rig.sim.AddOrders(2)
	st := openStore(t, t.TempDir())
	e, err := New(Config{Store: st, Observer: newRecorder(), Check: check.Apply})
	require.NoError(t, err)
	src := rig.source(t)
	require.NoError(t, e.Run(ctx, src).Err)
	before, err := st.Shipment(ctx, boxKey(boxes[0]))
	require.NoError(t, err)
	moved := coupangsim.Receiver{Name: "김이사", SafeNumber: "0502-1234-5678", ReceiverNumber: "010-2222-3333",
		Addr1: "부산광역시 해운대구 센텀중앙로 97", Addr2: "1203호", PostCode: "48058"}
	require.NoError(t, rig.sim.ChangeReceiver(boxes[0], moved))
	require.NoError(t, e.Run(ctx, src).Err)
	after, err := st.Shipment(ctx, boxKey(boxes[0]))
	require.NoError(t, err)
	assertOldAndNew(t, before, after)
}

package marketsim_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim"
)

// The demo starts with a Coupang exchange at the 교환 재배송 step: its goods confirmed back, its
// re-delivery box made and listed (deliveryInvoiceGroupDtos), no invoice yet; another whose
// re-delivery Coupang made in two boxes; two more wait for 입고 확인.
func TestDemoHasACoupangExchangeToRedeliver(t *testing.T) {
	ctx := context.Background()
	d, err := marketsim.StartDemo(ctx, marketsim.DemoOptions{Every: time.Hour, NoLimits: true})
	require.NoError(t, err)
	defer d.Stop()
	var ready, split int64
	waiting := 0
	for _, e := range d.Coupang.Exchanges() {
		switch {
		case e.CollectStatus == coupang.CollectComplete && len(e.NewBoxIDs) == 2 && e.InvoiceNumber == "":
			split = e.ID
		case e.CollectStatus == coupang.CollectComplete && e.NewBoxID != 0 && e.InvoiceNumber == "":
			ready = e.ID
		case e.Status == coupang.ExchangeReceipt:
			waiting++
		}
	}
	require.NotZero(t, ready, "an exchange to re-deliver")
	require.NotZero(t, split, "an exchange to re-deliver in two boxes")
	assert.GreaterOrEqual(t, waiting, 2, "exchanges waiting for 입고 확인")

	cc, err := coupang.New(d.CoupangVendorID, d.CoupangAccessKey, d.CoupangSecretKey, coupang.WithBaseURL(d.CoupangBaseURL))
	require.NoError(t, err)
	exs, _, err := cc.ExchangeRequests(ctx, coupang.ExchangeQuery{From: coupang.ExchangeWindow(time.Now()), To: time.Now()})
	require.NoError(t, err)
	found := false
	for _, e := range exs {
		if int64(e.ExchangeID) == ready {
			found = true
			v, _ := d.Coupang.Exchange(ready)
			assert.Equal(t, []string{strconv.FormatInt(v.NewBoxID, 10)}, e.RedeliveryBoxes(), "its box is listed already")
		}
		if int64(e.ExchangeID) == split {
			v, _ := d.Coupang.Exchange(split)
			assert.Equal(t, []string{strconv.FormatInt(v.NewBoxIDs[0], 10), strconv.FormatInt(v.NewBoxIDs[1], 10)}, e.RedeliveryBoxes(), "both boxes listed")
		}
	}
	assert.True(t, found, "listed")
}

package coupang_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
)

// Coupang's gateway answers a list call within 3 s unless it sends X-EXTENDED-TIMEOUT (field
// report 2026-12 #7). The realistic simulated Coupang takes longer than that for a list: the
// client's lists get their answers because they send the header; without it (or with too short
// a one) every list times out, as at Coupang.
func TestListsSendTheExtendedTimeout(t *testing.T) {
	_, srv, clk := newSim(t, func(c *coupangsim.Config) { c.Versions = nil; c.InitialOrders = 30 })
	require.Greater(t, coupangsim.DefaultConfig().ListWork, coupangsim.GatewayTimeout)
	ctx := context.Background()
	now := clk.Now()
	lists := map[string]func(*coupang.Client) error{
		"order sheets by day": func(c *coupang.Client) error {
			_, err := c.OrderSheetsByDay(ctx, coupang.DayQuery{From: now.AddDate(0, 0, -7), To: now, Status: "ACCEPT"})
			return err
		},
		"order sheets by minute": func(c *coupang.Client) error {
			_, err := c.OrderSheetsByMinute(ctx, coupang.MinuteQuery{From: now.Add(-time.Hour), To: now, Status: "INSTRUCT"})
			return err
		},
		"returns": func(c *coupang.Client) error {
			_, err := c.ReturnRequests(ctx, coupang.ReturnQuery{From: now.AddDate(0, 0, -7), To: now, Status: "UC"})
			return err
		},
		"withdrawn returns": func(c *coupang.Client) error {
			_, err := c.ReturnWithdrawals(ctx, now.AddDate(0, 0, -6), now)
			return err
		},
		"exchanges": func(c *coupang.Client) error {
			_, _, err := c.ExchangeRequests(ctx, coupang.ExchangeQuery{From: now.Add(-24 * time.Hour), To: now})
			return err
		},
	}
	for name, list := range lists {
		for _, tc := range []struct {
			name string
			opts []coupang.Option
			ok   bool
		}{
			{"as built", nil, true},
			{"without the header", []coupang.Option{coupang.WithExtendedTimeout(0)}, false},
			{"with 2 s", []coupang.Option{coupang.WithExtendedTimeout(2 * time.Second)}, false},
		} {
			err := list(newClient(t, srv, clk, tc.opts...))
			if tc.ok {
				assert.NoError(t, err, "%s %s", name, tc.name)
				continue
			}
			require.Error(t, err, "%s %s", name, tc.name)
			assert.True(t, coupang.IsGatewayTimeout(err), "%s %s: %v", name, tc.name, err)
		}
	}
}

package coupangsim

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Since 2024-08-06 the orderer's e-mail in the order sheets is an empty string (article
// 35420918786329; field report 2026-12 #10): the key is there, the value is not.
func TestOrdererEmailIsEmpty(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.InitialOrders = 20 })
	ids := h.sim.AddOrders(3)
	email := func(sheet any) (string, bool) {
		orderer, _ := sheet.(map[string]any)["orderer"].(map[string]any)
		require.NotNil(t, orderer, "an orderer: %v", sheet)
		e, ok := orderer["email"].(string)
		return e, ok
	}
	st, m, body := h.do("GET", fmt.Sprintf("%s/ordersheets/%d", base, ids[0]), "", nil)
	require.Equal(t, 200, st, body)
	e, ok := email(m["data"])
	assert.True(t, ok, "the key is there")
	assert.Empty(t, e)

	st, m, body = h.do("GET", base+"/ordersheets", "createdAtFrom=2024-03-20&createdAtTo=2024-04-10&status=ACCEPT&maxPerPage=50", nil)
	require.Equal(t, 200, st, body)
	sheets, _ := m["data"].([]any)
	require.NotEmpty(t, sheets)
	for _, sh := range sheets {
		e, ok := email(sh)
		assert.True(t, ok)
		assert.Empty(t, e)
	}
}

package store

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

func TestSummarize(t *testing.T) {
	sh := order.Shipment{
		Marketplace: order.Coupang, ID: "7", OrderID: "O7", Status: order.StatusPaid,
		Receiver: order.Receiver{Name: "Kim 민수", Phone: "010-1234-5678", Phone2: "02-555-0000"},
		Lines: []order.Line{
			{ProductName: "캐슈넛", OptionName: "160g", Quantity: 2, BundleSize: 5, ExposedName: "캐슈넛 5개"},
			{ExposedName: "사은품 파우치", Quantity: 1},
		},
		Findings: []order.Finding{
			{Code: order.BundleMultiplier, Severity: order.Warn},
			{Code: order.BundleMultiplier, Severity: order.Warn, Line: 1},
			{Code: order.OptionNameMismatch, Severity: order.Block, Resolution: &order.Resolution{Kind: order.Overridden}},
		},
	}
	s := summarize(&sh)
	assert.Equal(t, "캐슈넛 / 160g 외 1건", s.Product)
	assert.Equal(t, 11, s.Units)
	assert.Equal(t, []order.FindingCode{order.BundleMultiplier}, s.Findings)
	assert.False(t, s.Blocked, "the blocking finding was overridden")

	// An open claim is the marketplace's to clear: a resolution on it (an older version let the
	// seller record one) neither unblocks nor hides it.
	sh.Findings = append(sh.Findings, order.Finding{Code: order.ClaimOpen, Severity: order.Block,
		Resolution: &order.Resolution{Kind: order.Resolved}})
	s = summarize(&sh)
	assert.True(t, s.Blocked)
	assert.Equal(t, []order.FindingCode{order.BundleMultiplier, order.ClaimOpen}, s.Findings)
	assert.True(t, s.Warned)
	r := newRow(&sh)
	assert.Contains(t, r.text, "kim 민수")
	assert.Equal(t, []string{"7", "01012345678", "025550000"}, r.digits)
	assert.Contains(t, r.text, "o7")
	assert.Contains(t, strings.Join(r.lines, "|"), "사은품 파우치")
	assert.Equal(t, uint32(attrWarned|attrHeld), r.attr&(attrWarned|attrHeld), "the open claim holds the row as it holds the summary")

	sh.Lines = []order.Line{{ExposedName: "이름만 있는 상품", Quantity: 1}}
	assert.Equal(t, "이름만 있는 상품", summarize(&sh).Product)
}

// TestSummaryOfMatchesSummarize: the page decoder reads the same summary as the whole shipment.
func TestSummaryOfMatchesSummarize(t *testing.T) {
	at := time.Date(2026, 3, 1, 10, 0, 0, 0, order.KST())
	sh := order.Shipment{
		Marketplace: order.Coupang, ID: "7", OrderID: "O7", Status: order.StatusPaid, MarketStatus: "ACCEPT", PaidAt: at,
		OrderedAt: at, ChangedAt: at, Receiver: order.Receiver{Name: "Kim 민수", Phone: "010-1234-5678", Address1: "서울"},
		PreviousReceiver: &order.Receiver{Name: "x"},
		Lines: []order.Line{
			{ProductName: "캐슈넛", OptionName: "160g", Quantity: 2, CanceledQty: 1, BundleSize: 5, ExposedName: "캐슈넛 5개"},
			{ExposedName: "사은품 파우치", Quantity: 1},
		},
		Findings: []order.Finding{
			{Code: order.BundleMultiplier, Severity: order.Warn, Evidence: []order.Evidence{{Field: "a", Old: "b"}}},
			{Code: order.ClaimOpen, Severity: order.Block, Resolution: &order.Resolution{Kind: order.Overridden, At: at}},
			{Code: order.AddressChanged, Severity: order.Block},
		},
		Events: []order.Event{{Kind: order.EventClaim, At: at}},
	}
	data, err := json.Marshal(&sh)
	require.NoError(t, err)
	got, err := summaryOf(data)
	require.NoError(t, err)
	assert.Equal(t, summarize(&sh), got)
	_, err = summaryOf([]byte("{"))
	assert.Error(t, err)
}

package naver

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// Claims that go away: a claim withdrawn by the buyer or rejected clears the hold; currentClaim is
// read first, the deprecated top-level cancel/return/exchange never decide a status, and
// completedClaims[] is decoded.

func TestClaimMapping(t *testing.T) {
	const head = `{"order":{"orderId":"2026112211450001","orderDate":"2026-11-22T09:00:00.000+09:00","paymentDate":"2026-11-22T09:01:00.000+09:00"},` +
		`"productOrder":{"productOrderId":"2026112245670001","productOrderStatus":"PAYED","placeOrderStatus":"NOT_YET","productName":"레몬 가루","quantity":1`
	for _, tc := range []struct {
		name   string
		json   string
		want   *order.Claim
		reason string
	}{
		{"withdrawn cancel in currentClaim",
			head + `,"claimType":"CANCEL","claimStatus":"CANCEL_REJECT","claimId":"C1"},` +
				`"currentClaim":{"cancel":{"claimId":"C1","claimStatus":"CANCEL_REJECT","cancelReason":"단순 변심"}},` +
				`"completedClaims":[{"claimType":"CANCEL","claimId":"C1","claimStatus":"CANCEL_REJECT"}]}`,
			&order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REJECT", Reason: "단순 변심", Withdrawn: true}, ""},
		{"withdrawn return, stale deprecated record still says requested",
			head + `,"claimType":"RETURN","claimStatus":"RETURN_REJECT","claimId":"R1"},` +
				`"return":{"claimId":"R1","claimStatus":"RETURN_REQUEST","returnReason":"상품 파손"}}`,
			&order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REJECT", Reason: "상품 파손", Withdrawn: true}, ""},
		{"open return while the deprecated field holds an older withdrawn cancel",
			head + `,"claimType":"RETURN","claimStatus":"RETURN_REQUEST","claimId":"R2"},` +
				`"cancel":{"claimId":"C1","claimStatus":"CANCEL_REJECT","cancelReason":"단순 변심"}}`,
			&order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REQUEST", Open: true}, ""},
		{"claim over: only completedClaims tells",
			head + `},"completedClaims":[` +
				`{"claimType":"CANCEL","claimId":"C0","claimStatus":"CANCEL_REJECT","claimRequestDate":"2026-11-20T10:00:00.000+09:00","claimRequestReason":"INTENT_CHANGED"},` +
				`{"claimType":"EXCHANGE","claimId":"E1","claimStatus":"EXCHANGE_REJECT","claimRequestDate":"2026-11-21T10:00:00.000+09:00","claimRequestDetailContent":"사이즈가 작아요"}]}`,
			&order.Claim{Type: order.ClaimExchange, MarketStatus: "EXCHANGE_REJECT", Reason: "사이즈가 작아요",
				RequestedAt: kstTime("2026-11-21T10:00:00+09:00"), Withdrawn: true}, ""},
		{"open return in currentClaim after a withdrawn cancel",
			head + `,"claimType":"RETURN","claimStatus":"RETURN_REQUEST","claimId":"R3"},` +
				`"currentClaim":{"return":{"claimId":"R3","claimStatus":"RETURN_REQUEST","returnReason":"오배송"}},` +
				`"completedClaims":[{"claimType":"CANCEL","claimId":"C1","claimStatus":"CANCEL_REJECT"}]}`,
			&order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_REQUEST", Open: true, Reason: "오배송"}, ""},
		{"admin cancel withdrawn",
			head + `,"claimType":"ADMIN_CANCEL","claimStatus":"ADMIN_CANCEL_REJECT"}}`,
			&order.Claim{Type: order.ClaimCancel, MarketStatus: "ADMIN_CANCEL_REJECT", Withdrawn: true}, ""},
		{"a deprecated record alone still holds (no other word on the claim)",
			head + `},"cancel":{"claimId":"C9","claimStatus":"CANCEL_REQUEST"}}`,
			&order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true}, ""},
		{"no claim", head + `}}`, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d ProductOrderDetail
			require.NoError(t, json.Unmarshal([]byte(tc.json), &d))
			s, err := ToShipment(&d, nil)
			require.NoError(t, err)
			if tc.want == nil {
				assert.Nil(t, s.Claim)
				return
			}
			require.NotNil(t, s.Claim)
			assert.Equal(t, *tc.want, *s.Claim)
		})
	}
}

func TestCompletedClaimsDecoded(t *testing.T) {
	var d ProductOrderDetail
	require.NoError(t, json.Unmarshal([]byte(`{"productOrder":{"productOrderId":"1"},"completedClaims":[
		{"claimType":"RETURN","claimId":"R1","claimStatus":"RETURN_DONE","claimRequestDate":"2026-11-10T10:00:00.0+09:00",
		 "requestChannel":"구매자","claimRequestReason":"DAMAGED","claimRequestDetailContent":"","requestQuantity":2,
		 "claimCompleteOperationDate":"2026-11-12T10:00:00.000+09:00","collectAddress":{"name":"김민준"}}]}`), &d))
	require.Len(t, d.CompletedClaims, 1)
	c := d.CompletedClaims[0]
	assert.Equal(t, "RETURN", c.ClaimType)
	assert.Equal(t, ID("R1"), c.ClaimID)
	assert.Equal(t, "RETURN_DONE", c.ClaimStatus)
	assert.Equal(t, 2, c.RequestQuantity)
	assert.Equal(t, "DAMAGED", c.Reason())
	assert.True(t, kstTime("2026-11-12T10:00:00+09:00").Equal(c.ClaimCompleteOperationDate.Time))
	assert.Same(t, &d.CompletedClaims[0], d.LastCompletedClaim())
	assert.True(t, ClaimWithdrawn("RETURN_REJECT"))
	assert.False(t, ClaimWithdrawn("RETURN_DONE"))
	assert.False(t, ClaimOpen("CANCEL_REJECT"))
}

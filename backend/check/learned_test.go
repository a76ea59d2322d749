package check

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// TestShipmentLearned: a pair the seller marked as the same goods is not flagged again (however
// its spacing, width or case is written on a re-sync), a pair marked as different goods blocks
// even when the names read alike, and another bundle size is another pair.
func TestShipmentLearned(t *testing.T) {
	at := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	warned := order.Line{ProductName: "코멧 주방 수세미", OptionName: "10개", ExposedName: "코멧 주방 스펀지 10개", Quantity: 1}
	alike := order.Line{ProductName: "반팔티", OptionName: "블랙 L", ExposedName: "반팔티 검정 L", Quantity: 1}
	codes := func(l order.Line, learned Learned) []order.Finding {
		return ShipmentLearned(coupangShipment(l), at, learned)
	}
	require.Len(t, codes(warned, Learned{}), 1, "the pair is flagged before it is taught")
	require.Empty(t, codes(alike, Learned{}))

	learned := NewLearned([]LearnedPair{
		{Registered: "코멧  주방 수세미 / 10개", Exposed: "코멧 주방 스펀지 １０개", Bundle: 1, Same: true},
		{Registered: RegisteredName(&alike), Exposed: alike.ExposedName, Bundle: 1, Same: false},
	})
	assert.Equal(t, 2, learned.Len())
	assert.Empty(t, codes(warned, learned), "taught as the same goods")

	fs := codes(alike, learned)
	require.Len(t, fs, 1, "taught as different goods")
	assert.Equal(t, order.OptionNameMismatch, fs[0].Code)
	assert.Equal(t, order.Block, fs[0].Severity)
	assert.Equal(t, "판매자가 이 두 이름을 다른 상품으로 표시했습니다. 발송을 보류하고 쿠팡에 상품 정보 오류를 문의하세요.", fs[0].Message)

	bundled := warned
	bundled.BundleSize = 2
	assert.Contains(t, codesOf(codes(bundled, learned)), order.OptionNameMismatch, "another bundle size is another pair")

	same, known := learned.Verdict("코멧 주방 수세미 / 10개", "코멧 주방 스펀지 10개", 1)
	assert.True(t, known)
	assert.True(t, same)
	assert.Equal(t, PairID("코멧 주방 수세미 / 10개", "코멧 주방 스펀지 10개", 1),
		LearnedPair{Registered: "코멧  주방 수세미 / 10개", Exposed: "코멧 주방 스펀지 １０개", Bundle: 1}.ID())
}

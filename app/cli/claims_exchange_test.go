package cli

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
)

// `sellerdesk claims` prints a Coupang exchange with its state in Korean beside Coupang's code.
func TestPrintClaimsShowsExchangeState(t *testing.T) {
	var out bytes.Buffer
	printClaims(&out, []fulfil.OpenClaim{{Key: "coupang/642538970006401501", Market: order.Coupang, KindLabel: "교환",
		State: "BeforeDirection", StateLabel: "교환 접수 · 회수 전", Receiver: "김하늘", Product: "현미 4kg", Reason: "사이즈",
		RequestedAt: time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC), Todo: "회수 상품이 도착하면 입고 확인을 하세요.", SellerCentre: "쿠팡 WING"}})
	got := out.String()
	assert.Contains(t, got, "2024-04-10 12:00 coupang/642538970006401501 교환 [교환 접수 · 회수 전 / BeforeDirection] 김하늘")
	assert.Contains(t, got, "답: 쿠팡 WING에서 처리")
}

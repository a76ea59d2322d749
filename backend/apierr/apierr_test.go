package apierr

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestText(t *testing.T) {
	assert.Equal(t, "naver: query product orders: HTTP 403 code GW.IP_NOT_ALLOWED: 허용되지 않은 IP (trace tr-1)",
		Text{Client: "naver", Op: "query product orders", Status: 403, Code: "GW.IP_NOT_ALLOWED", Message: "허용되지 않은 IP",
			TraceName: "trace", Trace: "tr-1"}.String())
	assert.Equal(t, "coupang: HTTP 500", Text{Client: "coupang", Status: 500}.String())
}

func TestQuote(t *testing.T) {
	assert.Equal(t, "거절했습니다. (쿠팡: dup)", Quote("거절했습니다.", "쿠팡", "dup"))
	assert.Equal(t, "거절했습니다.", Quote("거절했습니다.", "쿠팡", ""))
}

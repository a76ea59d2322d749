package retention

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNoteSaysWhatThePeriodDoes(t *testing.T) {
	assert.Contains(t, Note(0), "꺼져 있습니다")
	assert.Contains(t, Note(Off), "꺼져 있습니다")
	n := Note(90)
	assert.Contains(t, n, "배송 완료(구매확정·취소·반품·교환 완료 포함) 후 90일이 지난 주문은")
	assert.Contains(t, n, "90일보다 오래된 백업 파일도 지웁니다(최근 3개는 남김)")
}

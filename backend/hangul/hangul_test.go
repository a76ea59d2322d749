package hangul

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParticlesFollowTheLastSound(t *testing.T) {
	tests := []struct{ got, want string }{
		{IGa("상태"), "상태가"},
		{IGa("옵션"), "옵션이"},
		{IGa("받는 분 정보"), "받는 분 정보가"},
		{IGa("수량"), "수량이"},
		{IGa("'주소'"), "'주소'가"},
		{EulReul("피킹리스트"), "피킹리스트를"},
		{EulReul("배송리스트 · CJ대한통운"), "배송리스트 · CJ대한통운을"},
		{EunNeun("3"), "3은"},
		{EunNeun("2"), "2는"},
		{WaGwa("주소"), "주소와"},
		{WaGwa("옵션"), "옵션과"},
		{IRa("발송처리"), "발송처리라"},
		{IRa("결제완료"), "결제완료라"},
		{IRa("배송중"), "배송중이라"},
		{Euro("'블랙 / L'"), "'블랙 / L'로"},
		{Euro("'화이트 / M'"), "'화이트 / M'으로"},
		{Euro("서울"), "서울로"},
		{Euro("1+1 세트"), "1+1 세트로"},
		{Euro("3개입"), "3개입으로"},
		{Euro("150g"), "150g으로"},
		{IGa("2L"), "2L가"},
		{IGa("L"), "L이"},
		{IGa(""), "가"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.got)
	}
}

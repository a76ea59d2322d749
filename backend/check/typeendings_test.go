package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTypeEndings: a word in 형 against the other name's listed value in 형 names another type of
// the goods (typeendings.go); names of no table.
func TestTypeEndings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a framed kit against a canvas kit", "명화 그리기 DIY / 액자형 40x50", "명화그리기 DIY 캔버스형 40x50, 1개", order.Warn, KindWord, "액자형", "캔버스형"},
		{"a mesh strainer against a nonwoven one", "배수구 거름망 / 망사형 100매", "배수구 거름망 부직포형, 100매", order.Warn, KindWord, "망사형", "부직포형"},
		{"the other's stem written apart", "보석십자수 키트 / 액자형 30x40", "보석십자수 키트 캔버스형 (액자 미포함) 30x40, 1개", order.Warn, KindWord, "액자형", "캔버스형"},
		{"the same type in 형", "배수구 거름망 / 부직포형 100매", "배수구 거름망 부직포 100매", "", "", "", ""},
		{"one type word on one side only", "책상 / 일자형 120cm", "원목 책상 일자형 120cm, 1개", "", "", "", ""},
	})
}

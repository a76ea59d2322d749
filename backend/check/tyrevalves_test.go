package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A bicycle tube's valve is Schrader or Presta (exclusive_values.go): 슈레더 is read as that
// valve, no more as the material 레더 (leather) inside it.
func TestTyreValves(t *testing.T) {
	runNameCases(t, []nameCase{
		{"schrader against presta", "로드 자전거 튜브 700x25c 슈레더 / 2개", "로드 자전거 튜브 700x25c 프레스타, 2개", order.Block, attrTyreValve, "슈레더", "프레스타"},
		{"presta in Latin letters", "미니벨로 튜브 20인치 / 프레스타 1개", "미니벨로 튜브 20인치 Presta, 1개", "", "", "", ""},
		{"schrader called the American valve", "MTB 튜브 27.5인치 슈레더 / 1개", "MTB 튜브 27.5인치 미국식밸브, 1개", "", "", "", ""},
		{"no leather in schrader", "자전거 펌프 헤드 슈레더 / 1개", "자전거 펌프 헤드 실리콘, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"로드 자전거 튜브 700x25c 슈레더 / 2개", "로드 자전거 튜브 700x25c 프레스타, 2개", "밸브 방식 슈레더 ↔ 프레스타"},
	})
}

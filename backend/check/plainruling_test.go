package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A notebook's page rulings: 룰드 and 줄노트 are one ruling; 플레인 against a ruling the other
// name states is plain pages; 플레인 of a yoghurt stays a flavour (names of no table).
func TestNotebookRulings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"ruled written two ways", "로이텀 클래식 노트 A5 하드커버 룰드 / 네이비", "LEUCHTTURM1917 클래식 A5 하드커버 줄노트, 네이비", "", "", "", ""},
		{"plain against ruled", "로이텀 클래식 노트 A5 하드커버 플레인 / 네이비", "LEUCHTTURM1917 클래식 A5 하드커버 줄노트, 네이비", order.Block, attrRuling, "플레인", "줄노트"},
		{"squared against plain", "미도리 MD 노트 A5 / 스퀘어드", "미도리 MD 노트 A5, 플레인", order.Block, attrRuling, "스퀘어드", "플레인"},
		{"a plain yoghurt", "매일 바이오 요거트 플레인 / 450g", "매일 바이오 플레인 요거트, 450g", "", "", "", ""},
		// 모눈 alone is the squared ruling too (review87)
		{"grid written bare against squared", "모닝글로리 스프링 노트 B5 / 모눈", "모닝글로리 스프링 노트 B5, 스퀘어드", "", "", "", ""},
		{"grid written bare against lined", "모닝글로리 스프링 노트 B5 / 모눈", "모닝글로리 스프링 노트 B5, 줄노트", order.Block, attrRuling, "모눈", "줄노트"},
	})
}

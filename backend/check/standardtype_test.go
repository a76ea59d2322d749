package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The standard type (일반형, 기본형, 표준형) against another type word the name does not write
// (standardtype.go) asks for a look; a type whose stem the standard name writes, sizes and shapes
// ending in 형, and the standard type on both sides do not.
func TestStandardTypeAgainstAnotherType(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a wall type against the standard type", "스텐 수건걸이 / 벽부착형 60cm", "스텐 수건걸이 일반형 60cm, 1개", order.Warn, KindVariety, "벽부착형", "일반형"},
		{"the basic type against a nozzle type", "실리콘 건 기본형 / 300ml", "실리콘건 노즐타입 300ml", order.Warn, KindVariety, "기본형", "노즐타입"},
		{"the first word is no brand here", "접이식형 빨래건조대 / 화이트", "빨래건조대 표준형 흰색", order.Warn, KindVariety, "접이식형", "표준형"},
		{"the type's stem written by the standard name", "실리콘 건 기본형 노즐 / 300ml", "실리콘건 노즐타입 300ml", "", "", "", ""},
		{"a size ending in 형", "스텐 수건걸이 / 대형", "스텐 수건걸이 일반형", order.Block, KindSize, "대형", "일반형"},
		{"the standard type in a loanword", "스텐 수건걸이 / 스탠다드형 60cm", "스텐 수건걸이 일반형 60cm, 1개", "", "", "", ""},
		{"the standard type on both sides", "스텐 수건걸이 일반형 / 벽부착형", "스텐 수건걸이 일반형 벽부착형", "", "", "", ""},
	})
}

func TestStandardTypeReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"스텐 수건걸이 / 벽부착형 60cm", "스텐 수건걸이 일반형 60cm, 1개", "종류 벽부착형 ↔ 일반형"},
	})
}

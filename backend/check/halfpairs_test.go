package check

import "testing"

func TestOneOfAPairAgainstAPair(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "한짝 against 1쌍", reg: "실리콘 주방장갑 내열 / 그레이 한짝", exp: "실리콘 주방장갑 그레이, 1쌍", severity: "block", kind: KindCount, r: "한짝", e: "1쌍"},
		{name: "한 짝 against 1켤레", reg: "방한 스키장갑 / 블랙 한 짝", exp: "방한 스키장갑 블랙 1켤레", severity: "block", kind: KindCount, r: "한 짝", e: "1켤레"},
		{name: "1쌍 against 1짝", reg: "골드 링 귀걸이 / 1쌍", exp: "골드 링 귀걸이 1짝", severity: "block", kind: KindCount, r: "1쌍", e: "1짝"},
		{name: "한짝 on both sides", reg: "실리콘 주방장갑 / 한짝", exp: "실리콘 주방장갑 한짝"},
		{name: "a pair on both sides, 반짝이 is no 짝", reg: "반짝이 수면양말 / 1켤레", exp: "반짝이 수면양말 1켤레"},
	})
}

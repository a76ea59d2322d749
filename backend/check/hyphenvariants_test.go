package check

import "testing"

func TestHyphenJoinedVariantWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "SDS-plus against SDS플러스", reg: "함마드릴 비트 SDS플러스 / 8mm", exp: "함마드릴 비트 SDS-plus 8mm, 1개"},
		{name: "SDS-max against SDS 맥스", reg: "치즐 SDS 맥스 / 400mm", exp: "SDS-max 치즐 400mm"},
		{name: "Air-Pro against 에어 프로", reg: "무선 청소기 에어 프로 / 화이트", exp: "무선 청소기 Air-Pro 화이트"},
		{name: "SDS-plus against SDS-max", reg: "함마드릴 비트 SDS-plus / 8mm", exp: "함마드릴 비트 SDS-max 8mm", severity: "block", kind: KindVariant, r: "plus", e: "max"},
		{name: "Wi-Fi is still one word", reg: "Wi-Fi 공유기 / 블랙", exp: "와이파이 공유기 블랙"},
	})
}

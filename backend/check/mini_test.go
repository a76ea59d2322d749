package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMiniAgainstSmall: 미니 written after the goods (가습기 미니) against 소형 on the other side is
// the same small size; a Mini against another model word still differs (names of no table).
func TestMiniAgainstSmall(t *testing.T) {
	runNameCases(t, []nameCase{
		{"미니 against 소형", "가습기 소형 / 화이트", "가습기 화이트 미니, 1개", "", "", "", ""},
		{"소형 against 미니", "가습기 화이트 미니 / 1개", "소형 가습기 화이트, 1개", "", "", "", ""},
		{"미니 against 맥스", "가습기 맥스 / 화이트", "가습기 화이트 미니, 1개", order.Block, KindVariant, "맥스", "미니"},
	})
}

// TestMiniLastInTitle: 미니 as the last word of a long title names a Mini model as often as it
// says small (아이패드 미니, 맥 미니, 셀피 미니), so it still holds against the name without it; a
// rule that read it as small there (a7a551b) shipped an iPad for an iPad mini and was reverted.
func TestMiniLastInTitle(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tablet's Mini model", "Apple 정품 아이패드 미니 / 64GB 스페이스그레이", "Apple 아이패드 64GB 스페이스그레이", order.Block, KindVariant, "미니", ""},
		{"a desktop's Mini model", "애플 맥 데스크탑 미니 / M2 8GB", "애플 맥 데스크탑 M2 8GB", order.Block, KindVariant, "미니", ""},
		{"a photo printer's Mini model", "캐논 포토프린터 셀피 미니 / 화이트", "캐논 셀피 포토프린터 화이트", order.Block, KindVariant, "미니", ""},
	})
}

// TestMiniAfterSharedCode: 미니 right after a product code both names write describes the one
// product the code names; without the shared code, or after a line name, it is still compared
// (names of no table).
func TestMiniAfterSharedCode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"after a shared code", "쿠쿠 전기밥솥 CR-0375F 미니 / 3인용", "쿠쿠 CR-0375F 전기밥솥 3인분, 1개", "", "", "", ""},
		{"after another code", "쿠쿠 전기밥솥 CR-0375F 미니 / 3인용", "쿠쿠 CR-0655F 전기밥솥 3인분, 1개", order.Block, KindModel, "CR-0375F", "CR-0655F"},
		{"after a line name", "소니 사이버샷 미니 / 블랙", "소니 사이버샷 블랙, 1개", order.Block, KindVariant, "미니", ""},
	})
}

// TestMiniAsAModel: 미니 (or Mini) after a name or before a number names a model; before a noun it
// describes the size (names of no table).
func TestMiniAsAModel(t *testing.T) {
	runNameCases(t, []nameCase{
		{"미니 before a noun describes the size", "신일 소형 제습기 / 2L 화이트", "SHINIL 신일 미니 원룸 제습기 2리터 흰색", "", "", "", ""},
		{"미니 after a name is a model", "애플 아이패드 / 64GB 스페이스그레이", "애플 아이패드 미니 64GB 스페이스그레이", order.Block, KindVariant, "", "미니"},
		{"미니 before a number is a model", "DJI 에어 3 드론 / 기본", "DJI 미니 3 드론 기본", order.Block, KindVariant, "", "미니"},
		{"Mini in Latin letters names a model", "로지텍 MX Anywhere 3S / 그래파이트", "로지텍 MX Anywhere 3S Mini 그래파이트", order.Block, KindVariant, "", "Mini"},
	})
}

// TestMiniAfterValue: 미니 right after a value — a listed value both names write, or a gold
// purity — describes the size of the one product, as a value is no line name a Mini model
// follows; after a line name it still holds (names of no table).
func TestMiniAfterValue(t *testing.T) {
	runNameCases(t, []nameCase{
		{"after a power source both write", "휴대용 핸디 선풍기 충전식 미니 / 핑크", "충전식 휴대용 핸디 선풍기 핑크, 1개", "", "", "", ""},
		{"after a purity", "돌반지 18K 미니 / 3.75g", "돌반지 18K 3.75g, 1개", "", "", "", ""},
		{"after a purity the other leaves out", "순금 카드 24K 미니 / 1g", "순금 카드 1g, 1개", "", "", "", ""},
		{"after a power source one name writes", "휴대용 핸디 선풍기 충전식 미니 / 핑크", "휴대용 핸디 선풍기 핑크, 1개", order.Block, KindVariant, "미니", ""},
		{"after a line name", "닌텐도 게임기 스위치 미니 / 블루", "닌텐도 게임기 스위치 블루, 1개", order.Block, KindVariant, "미니", ""},
	})
}

package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestTypeEndings: a word in 형 against the other name's listed value in 형 names another type of
// the goods (materialtypes.go); names of no table.
func TestTypeEndings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a framed kit against a canvas kit", "명화 그리기 DIY / 액자형 40x50", "명화그리기 DIY 캔버스형 40x50, 1개", order.Warn, KindWord, "액자형", "캔버스형"},
		{"a mesh strainer against a nonwoven one", "배수구 거름망 / 망사형 100매", "배수구 거름망 부직포형, 100매", order.Warn, KindWord, "망사형", "부직포형"},
		{"the other's stem written apart", "보석십자수 키트 / 액자형 30x40", "보석십자수 키트 캔버스형 (액자 미포함) 30x40, 1개", order.Warn, KindWord, "액자형", "캔버스형"},
		{"the same type in 형", "배수구 거름망 / 부직포형 100매", "배수구 거름망 부직포 100매", "", "", "", ""},
		{"one type word on one side only", "책상 / 일자형 120cm", "원목 책상 일자형 120cm, 1개", "", "", "", ""},
	})
}

// TestTypeEndingsMaterialOnly: only a material in 형 names the type of the goods; a shape or a
// power in 형 (원형, 사각형, 충전형) is one more thing said of goods whose word in 형 says another
// (a recessed downlight is round, a handheld fan rechargeable). Names of no table; the
// mismatches of one axis still alarm.
func TestTypeEndingsMaterialOnly(t *testing.T) {
	tests := []struct {
		name, reg, exp string
		mismatch       bool
	}{
		{"installation against a shape", "LED 다운라이트 매립형 / 4인치", "원형 LED 다운라이트 4인치, 1개", false},
		{"wall mount against a shape", "LED 벽등 벽부형 / 화이트", "원형 LED 벽등 화이트, 1개", false},
		{"folding against a shape", "원목 테이블 접이형 / 800", "사각형 원목 테이블 800, 1개", false},
		{"one piece against a shape", "변기커버 일체형 / 화이트", "원형 변기커버 화이트, 1개", false},
		{"handheld against rechargeable", "미니 선풍기 휴대형 / 핑크", "충전형 미니 선풍기 핑크, 1개", false},
		{"slim against rechargeable", "무선 마우스 슬림형 / 블랙", "충전형 무선 마우스 블랙, 1개", false},
		{"a cap pack against a refill", "물티슈 캡형 / 100매", "물티슈 리필형 100매, 1개", true},
		{"a pump bottle against a refill", "핸드워시 펌프형 / 250ml", "핸드워시 리필형 250ml, 1개", true},
		{"powder against liquid", "세탁세제 분말형 / 3kg", "세탁세제 액상형 3kg, 1개", true},
		{"corded against rechargeable", "면도기 코드형 / 블랙", "면도기 충전형 블랙, 1개", true},
		{"a stocking strainer against a nonwoven one", "싱크대 거름망 / 스타킹형 100매", "싱크대 거름망 부직포형 100매, 1개", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareBundle(tc.reg, tc.exp, 1)
			assert.Equal(t, tc.mismatch, !got.Match, "%+v", got.Differences)
		})
	}
}

// TestTypeEndingsShapeStems: a shape in 형 the lexicon does not list (새부리형, 입체형, 롤형) is
// one more thing said of goods of one material, like 원형; a kind in 형 against the material
// still asks (names of no table).
func TestTypeEndingsShapeStems(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a duckbill mask against a nonwoven mask", "황사 마스크 KF94 새부리형 / 화이트 50매", "KF94 황사 마스크 부직포형 화이트, 50매", "", "", "", ""},
		{"a 3D mask against a nonwoven mask", "일회용 마스크 입체형 / 블랙 30매", "일회용 마스크 부직포형 블랙, 30매", "", "", "", ""},
		{"a rolled cloth against a nonwoven cloth", "주방 행주 롤형 / 1롤", "주방 행주 부직포형, 1롤", "", "", "", ""},
		{"a kind in 형 still asks", "싱크대 거름망 / 스타킹형 100매", "싱크대 거름망 부직포형, 100매", order.Warn, KindWord, "스타킹형", "부직포형"},
	})
}

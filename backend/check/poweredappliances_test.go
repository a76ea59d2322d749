package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPoweredApplianceSpeeds: the 단 of an appliance named by what it is (핸드블렌더, 헤어드라이기)
// counts the speeds of its motor, which the catalogue often leaves out; tiers of goods built in
// tiers stay another model (names of no table).
func TestPoweredApplianceSpeeds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the speeds of a hand blender", "스텐 핸드블렌더 BL-300 3단 / 그레이", "스텐 핸드블렌더 BL-300, 그레이", "", "", "", ""},
		{"the speeds of a hair dryer", "접이식 헤어드라이기 2단 / 핑크", "접이식 헤어드라이기 핑크", "", "", "", ""},
		{"tiers of a shelf", "조립식 철제 선반 5단 / 블랙", "조립식 철제 선반 블랙", order.Block, KindUnit, "5단", ""},
	})
}

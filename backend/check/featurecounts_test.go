package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFeatureCounts: N구 on a toaster, a range or a power strip counts its slots, burners or
// sockets, and a count with 동시 what the goods make or charge at once: neither is the number of
// goods in the box. Eggs counted in 구 are still a count, and two ranges of other burners still
// differ (names of no table).
func TestFeatureCounts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a four-slot toaster is one toaster", "브레빌 토스터 4구 / 실버", "Breville 토스터 실버", "", "", "", ""},
		{"three phones charged at once", "무선 충전 거치대 동시충전 3대 / 화이트", "무선 충전 거치대 화이트 1개", "", "", "", ""},
		{"eight cubes made at once", "가정용 제빙기 얼음 8개 동시제빙 / 블랙", "가정용 제빙기 블랙, 1개", "", "", "", ""},
		{"a four-socket strip, two of them", "개별스위치 멀티탭 4구 / 3m", "개별 스위치 멀티탭 3m, 2개", order.Block, KindCount, "1개(표기 없음)", "2개"},
		{"a two-burner induction range", "빌트인 인덕션 2구 / 블랙", "빌트인 전기레인지 인덕션 블랙", "", "", "", ""},
		{"three burners against two", "가스레인지 3구 / 블랙", "가스레인지 2구 블랙, 1개", order.Block, KindCount, "3개", "2개"},
		{"eggs counted in 구 are a count", "유정란 계란 / 30구", "유정란 계란, 1판", order.Block, KindCount, "30개", "1개"},
		// one piece in the option beside the slots, and a divided pot (round82, names of no table)
		{"a three-burner range, one piece", "린나이 가스레인지 3구 / 1개", "Rinnai 가스레인지 LNR", "", "", "", ""},
		{"a divided hot pot", "해피콜 반반 샤브 냄비 28cm 2구 / 1개", "HAPPYCALL 반반 샤브 냄비 28cm", "", "", "", ""},
		{"two ranges in the option", "린나이 가스레인지 3구 / 2개", "Rinnai 가스레인지", order.Block, KindCount, "6개", "1개(표기 없음)"},
	})
}

package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPlusEditionWrittenOnBothSides: a Hangul name with a plus (시카비오+) is another edition of
// the name without it only when the other name does not write the plus edition too; a name
// writing both (B형 A형+) matches itself (a fuzzer's find: it read ⛔ 형+ ↔ 형 against itself).
func TestPlusEditionWrittenOnBothSides(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the plus on one side only still differs", "바이오더마 시카비오 크림 / 40ml", "바이오더마 시카비오+ 크림 40ml", order.Block, KindGrade, "시카비오", "시카비오+"},
		{"both sides write both editions", "바이오더마 시카비오 크림 + 시카비오+ 크림 세트", "바이오더마 시카비오 크림 + 시카비오+ 크림 세트", "", "", "", ""},
	})
	for _, name := range []string{"B형 A형+", "형A형+", "가A가+", "A형 B형+", "형 A형+"} {
		if got := CompareNames(name, name); !got.Match {
			t.Errorf("%q does not match itself: %+v", name, got.Differences)
		}
	}
}

package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A dozen beside twelve a pack is a pack of twelve: 12개입, 3타 is 36 pieces (names of no table).
func TestDozenBesideTwelveIsAPack(t *testing.T) {
	for _, tc := range []struct {
		name, registered, exposed string
		bundle                    int
		match                     bool
	}{
		{"three dozen packs of twelve", "요넥스 메이비스 셔틀콕 12개 / 1타", "YONEX 메이비스 셔틀콕 12개입, 3타", 3, true},
		{"one dozen pack of twelve", "요넥스 메이비스 셔틀콕 12개입 / 1타", "YONEX 메이비스 셔틀콕 12개", 1, true},
		{"pencils in dozens", "스테들러 연필 HB 12자루 / 2다스", "STAEDTLER 연필 HB, 24자루", 1, true},
		{"dozens written in capitals", "윌슨 테니스공 12개 / 1DOZEN", "WILSON 테니스공 12개입, 3DOZEN", 3, true},
		{"one dozen against three", "요넥스 메이비스 셔틀콕 12개 / 1타", "YONEX 메이비스 셔틀콕 12개입, 3타", 1, false},
		{"one pack against three", "요넥스 메이비스 셔틀콕 12개입 / 1타", "YONEX 메이비스 셔틀콕, 12개입, 3개", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
			assert.Equal(t, tc.match, c.Match, "%+v", c.Differences)
		})
	}
}

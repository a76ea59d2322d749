package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFactKindsCoverAttrs: after a comparison every attribute a reading holds has its kind's
// bit in the reading's record, so that no rule's first test (holds) skips a fact.
func TestFactKindsCoverAttrs(t *testing.T) {
	var m Matcher
	for _, p := range loadNamePairs(t) {
		m.Compare(p.registered, p.exposed, p.bundle)
		for _, rd := range []*reading{&m.r, &m.e} {
			for _, f := range rd.attrs {
				if !assert.Truef(t, rd.holds(f.kind), "%q reads %s %q, not recorded", rd.name, f.kind, f.key) {
					return
				}
			}
		}
	}
}

// TestFactKindsGateRules: names of no table whose rules read one kind of attribute each still
// read it with the gates in place.
func TestFactKindsGateRules(t *testing.T) {
	for _, c := range []struct {
		registered, exposed string
		alarm               bool
	}{
		{"휴대용 소형 지폐계수기", "지폐계수기 미니", false},
		{"쿠첸 밥솥 CRP-HS0657 미니", "쿠첸 CRP HS0657", false},
		{"남아 여아 실내화 200mm", "남녀공용 실내화 200mm", false},
		{"남성 실내화 260mm", "여성 실내화 260mm", true},
	} {
		d := CompareBundle(c.registered, c.exposed, 1)
		assert.Equalf(t, c.alarm, !d.Match, "%s | %s: %v", c.registered, c.exposed, d)
	}
}

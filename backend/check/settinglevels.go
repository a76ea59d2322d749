package check

import "strings"

// settingWords follow a number of 단 that counts the settings of a dial, not tiers of the goods:
// 3단 풍속, 3단 각도조절, 5단 강도조절.
var settingWords = [...]string{"풍속", "풍량", "바람", "조절", "각도", "온도", "강도", "밝기", "세기", "속도"}

// settingLevel reports whether the 단 measure t of rd counts the settings of a dial (선풍기 3단 풍속,
// 독서대 3단 각도조절): a feature the catalogue often leaves out, not another model with more tiers
// (3단 선반, 2단 우산).
func settingLevel(rd *reading, t *token) bool {
	if t.sp.End > len(rd.name) {
		return false
	}
	rest := strings.TrimLeft(rd.name[t.sp.End:], " ")
	for _, w := range settingWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	// 5단조절, 3단 강도조절: the dial word after one more word
	if i := strings.IndexByte(rest, ' '); i > 0 {
		return strings.HasSuffix(rest[:i], "조절")
	}
	return strings.HasSuffix(rest, "조절")
}

package check

import "strings"

// An English verb is written as its noun or its -ing form alike: 사선컷 and 사선커팅 (or 사선컷팅)
// are one diagonal cut, 실크프린트 and 실크프린팅 one silk print. Only the stem before the
// ending must be the same word (사선컷 against 일자커팅 is another cut).

// ingEndings pair the noun ending with its -ing spellings.
var ingEndings = [...]struct{ noun, ing string }{
	{"컷", "커팅"}, {"컷", "컷팅"}, {"프린트", "프린팅"},
}

// ingSpelling reports whether the Hangul words a and b are one stem written with a noun ending
// and its -ing form (사선컷 / 사선커팅).
func ingSpelling(a, b string) bool {
	if !strings.HasSuffix(a, "팅") && !strings.HasSuffix(b, "팅") {
		return false // every -ing form ends so: one look at the last syllables
	}
	for _, p := range ingEndings {
		if s, ok := strings.CutSuffix(a, p.noun); ok && s != "" && b == s+p.ing {
			return true
		}
		if s, ok := strings.CutSuffix(b, p.noun); ok && s != "" && a == s+p.ing {
			return true
		}
	}
	return false
}

package check

import (
	"strconv"
	"strings"
)

// versionWords write "version" before its number: 버전 3 is ver.3 and v3.
var versionWords = map[string]bool{"버전": true, "ver": true, "version": true}

// writesVersion reports whether rd writes the version code key (ver3, v3, version3, as codeKey
// gives them) as a version word and its number (버전3, 버전 3).
func (rd *reading) writesVersion(key string) bool {
	var rest string
	for _, p := range [3]string{"version", "ver", "v"} {
		if r, ok := strings.CutPrefix(key, p); ok {
			rest = r
			break
		}
	}
	if rest == "" || !isAllDigits(rest) {
		return false
	}
	v, err := strconv.Atoi(rest)
	if err != nil {
		return false
	}
	for i := 0; i+1 < len(rd.toks); i++ {
		t, n := &rd.toks[i], &rd.toks[i+1]
		if t.kind == tWord && versionWords[t.text] && n.kind == tNumber && same(n.value, float64(v)) {
			return true
		}
	}
	return false
}

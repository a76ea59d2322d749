package check

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestNameVerdictDump writes every labelled pair's verdict to the file named by
// NAME_VERDICTS (one line a pair), so two versions of the matcher can be compared pair by pair.
// It does nothing without the variable.
func TestNameVerdictDump(t *testing.T) {
	out := os.Getenv("NAME_VERDICTS")
	if out == "" {
		t.Skip("set NAME_VERDICTS to a file to write the verdicts")
	}
	var b strings.Builder
	for _, p := range loadNamePairs(t) {
		got := CompareBundle(p.registered, p.exposed, p.bundle)
		label := "match"
		if p.mismatch {
			label = "mismatch"
		}
		verdict := "pass"
		if !got.Match {
			verdict = string(got.Severity)
		}
		var kinds []string
		for _, d := range got.Differences {
			kinds = append(kinds, fmt.Sprintf("%s[%s|%s]", d.Kind, d.Registered, d.Exposed))
		}
		fmt.Fprintf(&b, "%s:%d\t%s\t%s\t%s\t%q\t%q\n", p.file, p.line, label, verdict, strings.Join(kinds, " "), p.registered, p.exposed)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

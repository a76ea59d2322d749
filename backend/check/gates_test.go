package check

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGatesAgree compares every labelled pair, both ways round and crossed with another pair's
// exposed name, with the rules' gates and with every rule run: a gate that skips a rule that had
// something to say changes a result here.
func TestGatesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every table")
	}
	pairs := loadNamePairs(t)
	var gated Matcher
	ungated := Matcher{ungated: true}
	differ := 0
	for i, p := range pairs {
		q := &pairs[(i*7+3)%len(pairs)]
		for _, c := range [...]struct {
			a, b   string
			bundle int
		}{{p.registered, p.exposed, p.bundle}, {p.exposed, p.registered, p.bundle}, {p.registered, q.exposed, 1}} {
			g := fmt.Sprintf("%+v", gated.Compare(c.a, c.b, c.bundle))
			u := fmt.Sprintf("%+v", ungated.Compare(c.a, c.b, c.bundle))
			if g != u {
				differ++
				assert.Equal(t, u, g, "%s:%d %q / %q", p.file, p.line, c.a, c.b)
			}
		}
	}
	assert.Zero(t, differ, "pairs whose result the gates change, of %d", 3*len(pairs))
}

// Every negation ends in a syllable of negationEnds, which endsNegated and compareNegations'
// gate read to skip most words at once.
func TestNegationsEndInNegationEnds(t *testing.T) {
	for w := range negations {
		assert.True(t, negationEnding(w), w)
	}
}

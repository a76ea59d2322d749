package check

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordRecordsAgree holds each word's record (wordrecord.go) against the lists it is built
// from, and the readers that ask the record against the lookups they replace, over every key of
// every list and every prefix of those keys (most of which are in no list).
func TestWordRecordsAgree(t *testing.T) {
	words := map[string]bool{"": true}
	for _, ks := range [][]string{keysOf(lexicon), keysOf(wordSynonyms), keysOf(stopWords),
		keysOf(shortLoanwords), keysOf(genericRoles), keysOf(synonymsOf)} {
		for _, k := range ks {
			for i := 1; i <= len(k); i++ {
				words[k[:i]] = true
			}
		}
	}
	for w := range words {
		_, listed := lexicon[w]
		_, vocab := wordSynonyms[w]
		_, loan := shortLoanwords[w]
		_, role := genericRoles[w]
		_, syns := synonymsOf[w]
		wf := wordFlagsOf(w)
		for _, c := range []struct {
			name string
			flag wordFlags
			in   bool
		}{
			{"indexed", wfIndexed, listed || vocab || stopWords[w]},
			{"short loanword", wfShortLoan, loan},
			{"generic role", wfGenericRole, role},
			{"synonym list", wfSynonymList, syns},
			{"vocabulary", wfVocabulary, vocab},
		} {
			if !assert.Equal(t, c.in, wf&c.flag != 0, "%s: %q", c.name, w) {
				return
			}
		}
		// readThing as it was: two lookups
		la, ok := lookupListed(w)
		want := thingOf{w: w, canon: canonicalWord(w), listed: la, ok: ok}
		assert.Equal(t, want, readThing(w), "readThing %q", w)
		tok := token{wf: wf, wfOf: w}
		assert.Equal(t, want, readTokenThing(w, &tok), "readTokenThing %q", w)
		assert.True(t, slices.Equal(synonymsOfWord(compared(w)), comparedSynonyms(w, wf)), "comparedSynonyms %q", w)
		assert.Equal(t, vocabularyWord(w), listed || vocab || stopWords[w], "vocabularyWord %q", w)
	}
}

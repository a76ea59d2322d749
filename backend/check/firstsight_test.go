package check

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// First-sight tables: batches of labelled pairs written in categories the other tables do not
// cover, committed before the matcher was changed for them and scored as they stood (see
// testdata/check/README.md). Reproduce the figures with
//
//	go test ./backend/check -run TestFirstSightTables -v
//
// An alarm is any pair the matcher does not pass as a match.
var firstSightTables = []string{"option_names_firstsight1.tsv", "option_names_firstsight2.tsv", "option_names_firstsight3.tsv", "option_names_firstsight4.tsv", "option_names_firstsight5.tsv", "option_names_firstsight6.tsv", "option_names_firstsight7.tsv", "option_names_firstsight8.tsv", "option_names_firstsight9.tsv", "option_names_firstsight10.tsv", "option_names_firstsight11.tsv", "option_names_firstsight12.tsv", "option_names_firstsight13.tsv", "option_names_firstsight14.tsv", "option_names_firstsight15.tsv", "option_names_firstsight16.tsv", "option_names_firstsight17.tsv", "option_names_firstsight18.tsv", "option_names_firstsight19.tsv", "option_names_firstsight20.tsv", "option_names_firstsight21.tsv", "option_names_firstsight22.tsv", "option_names_firstsight23.tsv", "option_names_firstsight24.tsv", "option_names_firstsight25.tsv", "option_names_firstsight26.tsv", "option_names_firstsight27.tsv", "option_names_firstsight28.tsv", "option_names_firstsight29.tsv", "option_names_firstsight30.tsv", "option_names_firstsight31.tsv", "option_names_firstsight32.tsv", "option_names_firstsight33.tsv", "option_names_firstsight34.tsv", "option_names_firstsight35.tsv", "option_names_firstsight36.tsv", "option_names_firstsight37.tsv", "option_names_firstsight38.tsv", "option_names_firstsight39.tsv", "option_names_firstsight40.tsv", "option_names_firstsight41.tsv", "option_names_firstsight42.tsv"}

// developmentTables were written while the method was being changed, to find where its rules
// fail on names outside the other tables, and were used to change it: their figures are fit,
// reported the same way.
var developmentTables = []string{"option_names_dev.tsv"}

func TestFirstSightTables(t *testing.T) {
	for _, file := range append(append([]string(nil), firstSightTables...), developmentTables...) {
		t.Run(file, func(t *testing.T) {
			pairs := loadNameTable(t, file)
			require.NotEmpty(t, pairs)
			s := scoreNames(t, pairs)
			line := fmt.Sprintf("%s: %d pairs (%d mismatches, %d matches); recall %.1f%% (%d of %d), false alarms %.1f%% (%d of %d)",
				file, len(pairs), s.tp+s.fn, s.fp+s.tn, 100*s.recall(), s.tp, s.tp+s.fn, 100*s.falseAlarms(), s.fp, s.fp+s.tn)
			t.Log(line)
			fmt.Println(line)
			byCategory := map[string]*nameScore{}
			for _, p := range pairs {
				c := byCategory[p.category]
				if c == nil {
					c = &nameScore{}
					byCategory[p.category] = c
				}
				c.add(scoreQuiet(p))
			}
			cats := make([]string, 0, len(byCategory))
			for c := range byCategory {
				cats = append(cats, c)
			}
			sort.Strings(cats)
			for _, c := range cats {
				s := byCategory[c]
				t.Logf("  %s: missed %d of %d, false alarms %d of %d", c, s.fn, s.tp+s.fn, s.fp, s.fp+s.tn)
			}
		})
	}
}

// scoreQuiet scores one pair without logging.
func scoreQuiet(p namePair) nameScore {
	flagged := !CompareBundle(p.registered, p.exposed, p.bundle).Match
	switch {
	case flagged && p.mismatch:
		return nameScore{tp: 1}
	case flagged:
		return nameScore{fp: 1}
	case p.mismatch:
		return nameScore{fn: 1}
	}
	return nameScore{tn: 1}
}

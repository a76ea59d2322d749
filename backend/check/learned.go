package check

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// LearnedPair is a registered name and the name the buyer saw that the seller looked at and
// marked as the same goods (Same) or as different goods. Bundle is the line's bundle multiplier
// when it was marked: the same names with another bundle size are another pair.
type LearnedPair struct {
	Registered string    `json:"registered"`
	Exposed    string    `json:"exposed"`
	Bundle     int       `json:"bundle"`
	Same       bool      `json:"same"`
	At         time.Time `json:"at"`
	By         string    `json:"by"`
}

// ID identifies the pair by its folded names (see PairKey).
func (p LearnedPair) ID() string { return PairID(p.Registered, p.Exposed, p.Bundle) }

// PairKey is the form a pair of names is remembered by: width, NFKC, case and spacing folded,
// so that a re-sync of the same names finds it.
func PairKey(registered, exposed string, bundle int) string {
	if bundle < 1 {
		bundle = 1
	}
	return foldSpaces(registered) + "\x00" + foldSpaces(exposed) + "\x00" + strconv.Itoa(bundle)
}

// PairID is a short stable id of a pair, for the UI.
func PairID(registered, exposed string, bundle int) string {
	sum := sha256.Sum256([]byte(PairKey(registered, exposed, bundle)))
	return hex.EncodeToString(sum[:8])
}

func foldSpaces(s string) string {
	f := fold(s)
	return strings.Join(strings.Fields(f.text), " ")
}

// Learned is what the seller taught the name check, by pair key. It is built once from the
// stored pairs and not changed afterwards; the zero value knows nothing.
type Learned struct {
	same map[string]bool
}

// NewLearned indexes pairs; a later pair with the same key wins.
func NewLearned(pairs []LearnedPair) Learned {
	if len(pairs) == 0 {
		return Learned{}
	}
	m := make(map[string]bool, len(pairs))
	for _, p := range pairs {
		m[PairKey(p.Registered, p.Exposed, p.Bundle)] = p.Same
	}
	return Learned{same: m}
}

// Len is the number of pairs known.
func (l Learned) Len() int { return len(l.same) }

// Verdict says whether the seller marked the pair as the same goods (same) or as different
// goods, and whether the pair is known at all.
func (l Learned) Verdict(registered, exposed string, bundle int) (same, known bool) {
	if len(l.same) == 0 {
		return false, false
	}
	same, known = l.same[PairKey(registered, exposed, bundle)]
	return same, known
}

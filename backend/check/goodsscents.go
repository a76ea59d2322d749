package check

import "strings"

// Some scents are named after goods (베이비파우더, the smell of baby powder). Where the goods
// themselves are that thing, the seller's title writes the goods' whole name (베이비 파우더 로션,
// 베이비 퓨어 콘스타치 파우더) and the catalogue its last word alone (파우더 로션): the other name
// then reads the last word as its goods, and the scent one name says is that name of the goods,
// not a scent the other leaves out. A scent the other name writes no part of (바디워시 베이비파우더
// against 바디워시) is still one-sided.

// namesGoodsOfScent reports whether each scent of fs, said by one name only, ends in a word of
// two syllables or more that other, which says no scent, writes as a word of its own.
func namesGoodsOfScent(fs []fact, other *reading) bool {
	for _, f := range fs {
		if !endsInWordOf(f.key, other) {
			return false
		}
	}
	return len(fs) > 0
}

// endsInWordOf reports whether key ends in a Hangul word of other of two syllables or more,
// shorter than key (파우더 of 베이비파우더).
func endsInWordOf(key string, other *reading) bool {
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind != tWord || len(t.text) < 6 || len(t.text) >= len(key) || t.text[0] < 0x80 {
			continue
		}
		if strings.HasSuffix(key, t.text) {
			return true
		}
	}
	return false
}

package check

import "strings"

// inCompound reports whether the word w is accounted for by a word the other name writes:
// another spelling of that word in its vocabulary group is w glued before it (트리, also
// written 크리스마스트리, against 크리스마스), or the word is a compound that starts with another word of
// w's group (캣타워 against 고양이: 캣 is 고양이).
// wf is w's flags (its record, wordrecord.go).
func inCompound(w string, wf wordFlags, other *reading) bool {
	if len(w) < 6 || w[0] < 0x80 {
		return false
	}
	syns := comparedSynonyms(w, wf)
	var glued [64]byte
	for i := range other.toks {
		o := &other.toks[i]
		if o.kind != tWord || o.text == "" || o.text[0] < 0x80 {
			continue
		}
		// o's group can hold w glued before o only if some group holds that word (asked of
		// the filter first: two lookups a word spared)
		if n := len(w) + len(o.text); n > len(glued) || synonymMemberKeys.mayBytes(append(append(glued[:0], w...), o.text...)) {
			for _, c := range synonymsOfWord(compared(o.text)) {
				if len(c) == n && strings.HasPrefix(c, w) && strings.HasSuffix(c, o.text) {
					return true
				}
			}
		}
		for _, s := range syns {
			if s != w && s != "" && s[0] >= 0x80 && len(o.text) >= len(s)+6 && strings.HasPrefix(o.text, s) {
				return true
			}
		}
	}
	return false
}

// compoundOfWords reports whether the Hangul compound w is two words of the vocabulary that other
// writes as two words, in either register (비프저키 against 소고기 육포: 비프 is 소고기, 저키 육포).
func compoundOfWords(w string, other *reading) bool {
	if len(w) < 12 || w[0] < 0x80 {
		return false
	}
	for i := 6; i <= len(w)-6; i += 3 {
		head, tail := w[:i], w[i:]
		if !knownGoods(head) || !knownGoods(tail) {
			continue
		}
		if other.writesWord(compared(head)) && other.writesWord(compared(tail)) {
			return true
		}
	}
	return false
}

// partOfCompound reports whether the word w of rd is one part of a compound of two vocabulary
// words that other writes and whose other part rd writes too (소고기 of 소고기 육포 against 비프저키);
// wf is w's flags (its record, wordrecord.go).
func partOfCompound(w string, wf wordFlags, rd, other *reading) bool {
	looked := false // w is looked up at the first long word of other: many names write none
	for i := range other.toks {
		o := &other.toks[i]
		if o.kind != tWord || len(o.text) < 12 || o.text[0] < 0x80 {
			continue
		}
		if !looked {
			if wf&wfVocabulary == 0 { // knownGoods(w)
				return false
			}
			looked = true
		}
		for k := 6; k <= len(o.text)-6; k += 3 {
			head, tail := o.text[:k], o.text[k:]
			if !knownGoods(head) || !knownGoods(tail) {
				continue
			}
			ch, ct := compared(head), compared(tail)
			if ch == w && rd.writesWord(ct) || ct == w && rd.writesWord(ch) {
				return true
			}
		}
	}
	return false
}

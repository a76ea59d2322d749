package check

import "strings"

// A musical key is written after its note letter with 조 (調: C조, Bb조) or 키 (C키, Bb키),
// both on harmonicas, ocarinas and songbooks; the letter is compared as it is, and the two
// words after the same letter are one key, not two words nothing explains.

// sameMusicKey reports whether the word w of rd, at token t, is 조 or 키 glued to a note letter
// that other writes glued to 조 or 키 too.
func sameMusicKey(w string, t *token, rd, other *reading) bool {
	if t == nil || w != "조" && w != "키" {
		return false
	}
	note := ""
	for i := 1; i < len(rd.toks); i++ {
		if &rd.toks[i] == t {
			if p := &rd.toks[i-1]; p.sp.End == t.sp.Start && noteLetter(p.text) {
				note = p.text
			}
			break
		}
	}
	if note == "" {
		return false
	}
	for i := 1; i < len(other.toks); i++ {
		u, p := &other.toks[i], &other.toks[i-1]
		if (u.text == "조" || u.text == "키") && p.sp.End == u.sp.Start && strings.EqualFold(p.text, note) {
			return true
		}
	}
	return false
}

// noteLetter reports whether s is a note's letter, A to G, or one with a flat after it (Bb).
func noteLetter(s string) bool {
	if s == "" || len(s) > 2 {
		return false
	}
	if c := s[0] | 0x20; c < 'a' || c > 'g' {
		return false
	}
	return len(s) == 1 || s[1] == 'b'
}

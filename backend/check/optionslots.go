package check

import "strings"

// The seller writes the variant the buyer chose in the option of the registered name (after
// " / "); the catalogue writes it into its own title, in no fixed place (양변기 RA-3113 / 원피스
// against 투피스 양변기 RA-3113, 석고보드 9.5T / 방화 5장 against 방수 석고보드 9.5mm). A word of
// the option therefore has no slot between the words both names write: it stands against a word
// of the other name wherever that word is (optionAnywhere), where slotPairs would leave it as
// wording.

// optionAnywhere reports whether u, a word the registered name r leaves unexplained, and v, one
// the exposed name e leaves unexplained, stand against each other because u is a word of r's
// option: written there only, a word of its own (spaces around it, not glued to a number, a
// letter or a bracket: 폭100cm, C키 and (왼손착용) label or note a value), not an included part
// (받침대 포함), and v a word of its own too. A word that has a spelling of itself among the
// other name's words (보호자용 / 보호자형) is that word, not a variant.
func optionAnywhere(r, e *reading, u, v fact, ex []fact) bool {
	if r.optStart <= 0 || r.optStart >= len(r.name) || u.more != nil || u.sp.Start < r.optStart {
		return false
	}
	if !freeWord(r.name, u.sp) || !freeWord(e.name, v.sp) || strings.HasPrefix(r.name[u.sp.End:], " 포함") {
		return false
	}
	for _, w := range ex {
		if sameCompound(u, w) || sameStemFacts(u, w) || inflectedFacts(u, w) {
			return false
		}
	}
	return true
}

// freeWord reports whether the word at sp of name stands alone: a space, the option's slash or
// the name's start before it, a space, a comma or the name's end after it.
func freeWord(name string, sp Span) bool {
	if sp.Start < 0 || sp.End > len(name) || sp.Start >= sp.End {
		return false
	}
	if sp.Start > 0 && name[sp.Start-1] != ' ' && name[sp.Start-1] != '/' {
		return false
	}
	return sp.End == len(name) || name[sp.End] == ' ' || name[sp.End] == ','
}

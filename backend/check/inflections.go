package check

import "unicode/utf8"

// Two names write one word with another ending of the same stem, and mean one thing: Korean
// makes the noun of a verb with 음 and its modifier with 은 (볶음 참깨 / 볶은 참깨, 절임 / 절인), and
// names the people of a noun with 인 where the other name writes what is for them with 용 (군인
// 깔창 / 군용 인솔); a loanword from English is written with its -ing or without it before the word
// it qualifies (쉐이빙폼 / 쉐이브폼, 쉐이빙젤 / 쉐이브젤), and with its -ed or without it (킬레이티드
// / 킬레이트 마그네슘). Such words stand for one word of the
// goods, not for two kinds of them (inflectedAlike, read where two leftover words would be
// paired).

// inflectedFacts reports whether two leftover words are one stem with two endings, as compared
// (볶은 is compared as 구운) or as written.
func inflectedFacts(u, v fact) bool {
	return inflectedAlike(u.key, v.key) || (u.word != u.key || v.word != v.key) && inflectedAlike(u.word, v.word)
}

// endingPairs are the last syllables that make one stem's noun and modifier (음 / 은, 임 / 인)
// and its people and their use (인 / 용: 직장인 / 직장용). The people and their use need a stem
// of two syllables or more: after one syllable, X인 and X용 are each a word of their own (개인
// personal / 개용 for dogs, 미인 / 미용, 상인 / 상용, 공인 / 공용), and 군인 / 군용 is left to the
// word rule's look.
var endingPairs = [...][2]rune{{'음', '은'}, {'임', '인'}, {'인', '용'}}

// inflectedAlike reports whether two Hangul words are one stem with two endings: the same
// syllables but for the last, which is a pair of endingPairs (two syllables or more), or one
// word is the -ing form of the other (ingForm).
func inflectedAlike(a, b string) bool {
	if a == b || a == "" || b == "" || latinWord(a) || latinWord(b) {
		return false
	}
	return koreanEnding(a, b) || ingForm(a, b) || ingForm(b, a) || edForm(a, b) || edForm(b, a)
}

// edForm reports whether ed is stem's English -ed form written in Hangul: 드 after the stem
// (스모크드 / 스모크, 브러시드 / 브러시), or, for a stem that ends in t or d said with ㅡ, that
// syllable said with ㅣ and 드 after it (킬레이티드 / 킬레이트 chelated, 로스티드 / 로스트 roasted,
// 코티드 / 코트 coated). The stem has two syllables or more and ends in no final consonant.
func edForm(ed, stem string) bool {
	const d = "드"
	if len(stem) < 6 || len(ed) < len(stem)+3 || ed[len(ed)-3:] != d {
		return false
	}
	e := ed[:len(ed)-3]
	l, n := lastRune(stem)
	if !isSyllable(l) || (l-0xAC00)%28 != 0 {
		return false
	}
	if e == stem {
		return true // 스모크드 / 스모크
	}
	m, k := lastRune(e)
	if len(e) != len(stem) || e[:len(e)-k] != stem[:len(stem)-n] || !isSyllable(m) {
		return false
	}
	si, ei := int(l-0xAC00), int(m-0xAC00)
	t := si / 588
	return (t == 16 || t == 3) && si%588/28 == 18 && ei == t*588+20*28 // 트 / 티, 드 / 디
}

func koreanEnding(a, b string) bool {
	if len(a) != len(b) || utf8.RuneCountInString(a) < 2 {
		return false
	}
	la, na := lastRune(a)
	lb, nb := lastRune(b)
	if a[:len(a)-na] != b[:len(b)-nb] {
		return false
	}
	for _, p := range endingPairs {
		if la == p[0] && lb == p[1] || la == p[1] && lb == p[0] {
			return p[1] != '용' || utf8.RuneCountInString(a) >= 3
		}
	}
	return false
}

// initialFinal maps an initial consonant of a Hangul syllable to the final of the same letter
// (0 for ㅇ, which ends no stem written before an -ing).
var initialFinal = [19]int{1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 0, 22, 0, 23, 24, 25, 26, 27}

// ingForm reports whether ing is stem's English -ing form written in Hangul before the word it
// qualifies: a syllable of ing after its first and before its last is a consonant with ㅣ and ㅇ
// (빙, 핑, 닝), and stem writes, in its place, the consonant with ㅡ (쉐이빙폼 / 쉐이브폼) or as the
// final of the syllable before (러닝화 / 런화, 쿠킹포일 / 쿡포일; 런닝머신 / 런머신 and 스타일링젤
// / 스타일젤, where that final is written already); the syllables before and after are the same.
// A word that ends in its -ing is a noun of its own as often (패딩 / 패드, 드레싱 / 드레스, 코팅
// / 코트), so the -ing must qualify a word after it.
func ingForm(ing, stem string) bool {
	if len(ing) < 9 || len(stem) < 6 {
		return false
	}
	prev := -1
	for i, r := range ing {
		if prev >= 0 && i+3 < len(ing) && isSyllable(r) {
			s := int(r - 0xAC00)
			ini, med, fin := s/588, s%588/28, s%28
			if med == 20 && fin == 21 && initialFinal[ini] != 0 && ingStem(ing, stem, prev, i, ini) {
				return true
			}
		}
		prev = i
	}
	return false
}

// ingStem checks one place of ingForm: the -ing syllable at i, the syllable before it at p, its
// initial consonant ini.
func ingStem(ing, stem string, p, i, ini int) bool {
	before, after := ing[:i], ing[i+3:]
	if len(stem) < len(after) || stem[len(stem)-len(after):] != after {
		return false
	}
	s := stem[:len(stem)-len(after)]
	// the consonant with ㅡ: 쉐이빙 / 쉐이브
	if s == before+string(rune(0xAC00+ini*588+18*28)) {
		return true
	}
	r, _ := decodeRune(ing[p:])
	if !isSyllable(r) || ing[:p] != s[:min(p, len(s))] {
		return false
	}
	q := int(r - 0xAC00)
	want := finalClass[initialFinal[ini]]
	if q%28 != 0 { // written already as the final before: 런닝머신 / 런머신
		return finalClass[q%28] == want && s == before
	}
	// the consonant as the final before, of its class: 러닝화 / 런화, 쿠킹포일 / 쿡포일
	t, n := decodeRune(s[p:])
	if !isSyllable(t) || p+n != len(s) {
		return false
	}
	u := int(t - 0xAC00)
	return u-u%28 == q && u%28 != 0 && finalClass[u%28] == want
}

package check

import "strings"

// A flavour or a kind of goods that only a search title states (searchtitles.go) describes the
// goods as its other search words do: 소금 후추 among 주방 보관 용기, 샴푸 among 소분 펌프 공병,
// 냄비 among 찜판 찜기 받침, 치즈 among 피자 커터 주방 도우. Against a catalogue name that writes
// no word of its own and no value of that kind, it is no difference at all, not a word to check.
// What a listing chooses as a variant even in a title of search words still asks for a look: a
// scent (라벤더 섬유유연제: scented goods are chosen by it), a value written as a taste or a smell
// with 맛 or 향 (딸기맛 마시멜로), a value written right before or after a word the catalogue name
// writes too (섬유유연제 라벤더, 원두커피 헤이즐넛, 양파망 양파: the variant of the goods both name
// stands beside their name), a degree of heat (진라면 매운맛, 순한맛: spicy food comes one option
// each), a claim that something is left out (디카페인, 제로, 무설탕, 락토프리: the decaf, zero or
// sugar-free line of a drink or a food), and any flavour against a catalogue name that writes a
// taste of its own (진한맛 against 고소한 참기름).

// searchWordValue reports whether d, a value only rd's search title states, is one of its search
// words: d is no scent, none of rd's facts inside d names a variant as above, and for a flavour
// the other name writes no taste adjective.
func (rd *reading) searchWordValue(d *Difference, other *reading) bool {
	if d.Kind == KindScent || d.Kind == KindFlavor && other.writesTasteAdjective() {
		return false
	}
	found := false
	for i := range rd.attrs {
		f := &rd.attrs[i]
		if !insideSpans(f.sp, d.RegisteredSpans) {
			continue
		}
		found = true
		w := strings.ReplaceAll(f.text, " ", "")
		if strings.HasSuffix(w, "맛") || strings.HasSuffix(w, "향") || heatDegree(w) || claimsAbsence(f.key, w) || rd.besideSharedWord(f.sp, other) {
			return false
		}
	}
	return found
}

// heatDegrees are the stems of the words that say how hot food is (매운맛, 매콤한, 순한맛, 핫).
var heatDegrees = [...]string{"매운", "매움", "매콤", "순한", "얼큰", "칼칼", "화끈", "핫", "마일드", "불닭"}

// heatDegree reports whether w says how hot the goods are.
func heatDegree(w string) bool {
	for _, s := range heatDegrees {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// claimsAbsence reports whether the value (key, written w) says a taste or an ingredient is left
// out: 무가당, 무향, 디카페인, 제로 and the words ending in 제로 or 프리 (유당제로, 락토프리,
// 글루텐프리).
func claimsAbsence(key, w string) bool {
	if absentTastes[key] || key == "디카페인" || key == "제로" {
		return true
	}
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "제로") || strings.HasSuffix(w, "프리") || strings.HasSuffix(w, "free") || strings.HasSuffix(w, "zero")
}

// besideSharedWord reports whether the value of rd at sp is written right before or right after
// a word of rd that the other name writes too.
func (rd *reading) besideSharedWord(sp Span, other *reading) bool {
	first, last := -1, -1
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.Start >= sp.Start && t.sp.End <= sp.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false
	}
	for _, i := range [2]int{first - 1, last + 1} {
		if i < 0 || i >= len(rd.toks) {
			continue
		}
		if t := &rd.toks[i]; t.kind == tWord && !t.stop && t.sp.End <= rd.optStart && accountedToken(t, rd, other) {
			return true
		}
	}
	return false
}

package check

import "strings"

// markerWords are the words that, written after another word, say what it names: 상쾌한 향 is
// the scent 상쾌한향, 딸기 맛 the flavour 딸기맛 (Korean spacing leaves them apart as often as it
// writes them glued).
var markerWords = map[string]string{"향": attrScent, "맛": attrFlavor}

// absentWord is 없음 written as the adjective before a noun (크림 향 없는, 향 없는 로션): like 없음
// after a marker it says the goods have none of it.
const absentWord = "없는"

// markedWord reads the Hangul word at i and a marker word written apart after it (상쾌한 향) as
// the one word they are written glued: the listed value of the word when it is of that kind, else
// the word itself as the value. A marker followed by a negation (향 없음) says there is none, and a
// word of the vocabulary before it (섬유탈취제 향) names the goods, not a scent.
func markedWord(name string, toks []token, i int) (attribute, bool) {
	a, b := &toks[i], &toks[i+1]
	if b.text == "" || !markerWordEnds[b.text[len(b.text)-1]] || !markerKeys.may(b.text) {
		return attribute{}, false
	}
	kind, ok := markerWords[b.text]
	if !ok || a.kind != tWord || b.kind != tWord || a.text == "" || a.text[0] < 0x80 || demonstratives[a.text] {
		return attribute{}, false
	}
	if a.sp.End > b.sp.Start || strings.TrimSpace(name[a.sp.End:b.sp.Start]) != "" {
		return attribute{}, false
	}
	if i+2 < len(toks) && toks[i+2].kind == tWord && (inSet(negationKeys, negations, toks[i+2].text) || toks[i+2].text == absentWord) {
		return attribute{}, false
	}
	if at, ok := lookupListed(a.text); ok {
		return at, at.kind == kind
	}
	if wordIndexKeys.may(a.text) && wordIndex[a.text].stop || knownGoods(a.text) {
		return attribute{}, false
	}
	if len(a.text)+len(b.text) <= maxEntryLen {
		var buf [maxEntryLen]byte
		if at, ok := lexicon[string(append(append(buf[:0], a.text...), b.text...))]; ok {
			return at, true
		}
	}
	return attribute{kind: kind, value: a.text}, true
}

// unmarkedWords end in 향, 맛 or 색 but name no scent, flavour or colour: common Korean words
// (방향 is a direction, 음향 sound, 취향 a taste in things, 염색 dyeing, 검색 a search, 손맛 the
// cook's touch, 현지맛 the taste of the dish's home, 낱색 each colour sold singly), so the marker rule (markerKinds) does not read them.
var unmarkedWords = map[string]bool{
	"방향": true, "음향": true, "영향": true, "취향": true, "성향": true, "지향": true, "의향": true, "동향": true,
	"경향": true, "고향": true, "내향": true, "외향": true, "상향": true, "하향": true, "양방향": true, "단방향": true,
	"입맛": true, "손맛": true, "집밥맛": true, "밥맛": true, "제맛": true, "참맛": true, "옛맛": true,
	"현지맛": true, "본토맛": true, // 베트남 현지맛: the taste of the place the dish comes from
	"낱색": true, // 낱색 골라담기: each colour sold singly, no colour
	"특색": true, "이색": true, "손색": true, "기색": true, "각색": true, "탈색": true, "염색": true, "변색": true,
	"퇴색": true, "검색": true, "물색": true, "변색방지": true,
}

// repellentWord reports whether word names mosquito repellent goods by 모기향 (모기향, 전자모기향,
// 액상모기향, 매트모기향): the goods, not a scent called 전자모기.
func repellentWord(word string) bool { return strings.HasSuffix(word, "모기향") }

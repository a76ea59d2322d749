package check

// What the goods are for and whom they are for, written as a use word (차량용, 사무용, 실내용,
// 강아지용): a car charger is not a home charger, an outdoor slipper not an indoor one, a dog
// shampoo not a cat shampoo. Each dimension below holds values that exclude each other; a name
// that says one value against a name that says another is other goods. A name may say several
// values (가정용 차량용 겸용, 강아지 고양이 겸용, 실내외): it covers each of them, and two names
// that share any value agree. A use word said in one name only is wording.
//
// The words are matched whole (차량용, not 차량용품), so a use written inside the goods' name
// (실내화, 캣타워) is not read, and a pet named for the goods' look (고양이 모양, 강아지 인형) is
// left out.
//
// Camping is not among the places: camping goods are sold for the car and the home as well (a car
// fridge, a car mattress and a camping one are often one product), so 캠핑용 against 차량용 stays
// a question for the word rule (⚠), not a held box.

// useDim is one dimension of use: where (place), indoors or out (io), which pet (pet).
type useDim uint8

const (
	usePlace useDim = iota
	useIO
	usePet
	useDims
)

// useValue is the dimension a use word belongs to and the values it says, as bits.
type useValue struct {
	dim  useDim
	bits uint8
}

// useWords maps a folded word to the use it says.
var useWords = buildUseWords()

func buildUseWords() map[string]useValue {
	groups := []struct {
		dim    useDim
		values [][]string
	}{
		{usePlace, [][]string{
			{"가정용", "가정집용", "홈용"},
			{"업소용", "영업용", "매장용", "식당용", "상업용"},
			{"차량용", "자동차용", "차량전용", "차량"},
			{"사무용", "오피스용", "사무실용"},
		}},
		{useIO, [][]string{
			{"실내용", "실내", "인도어용", "옥내용"},
			{"실외용", "실외", "아웃도어용", "옥외용", "야외용"},
		}},
		{usePet, [][]string{
			{"강아지", "강아지용", "반려견", "반려견용", "애견", "애견용", "애완견", "애완견용", "도그", "댕댕이"},
			{"고양이", "고양이용", "반려묘", "반려묘용", "애묘", "애묘용", "캣", "캣용", "냥이", "냥이용"},
		}},
	}
	m := map[string]useValue{}
	for _, g := range groups {
		for i, syn := range g.values {
			for _, w := range syn {
				m[w] = useValue{dim: g.dim, bits: 1 << i}
			}
		}
	}
	// indoors and out at once
	for _, w := range [...]string{"실내외", "실내외용", "실내외겸용", "실내실외", "실내실외겸용"} {
		m[w] = useValue{dim: useIO, bits: 3}
	}
	return m
}

// lookWords follow a pet's name when the pet is the goods' look, not whom they are for.
var lookWords = map[string]bool{"모양": true, "모양의": true, "인형": true, "얼굴": true, "캐릭터": true, "프린트": true,
	"패턴": true, "무늬": true, "자수": true, "그림": true, "일러스트": true, "피규어": true, "쿠션인형": true}

// usesOf reads the uses rd says, as one bit set per dimension.
func usesOf(rd *reading) (uses [useDims]uint8) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || len(t.text) < 3 || !useEnds[t.text[len(t.text)-1]] || !useStart(t.text) {
			continue
		}
		v, ok := useWords[t.text]
		if !ok {
			continue
		}
		if v.dim == usePet && i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && lookWords[rd.toks[i+1].text] {
			continue // 고양이 모양 쿠션: the look
		}
		uses[v.dim] |= v.bits
	}
	return uses
}

// useEnds are the last bytes of the use words, to pass most words over without hashing them.
var useEnds = func() (ends [256]bool) {
	for w := range useWords {
		ends[w[len(w)-1]] = true
	}
	return ends
}()

// useStart reports whether w starts with the first syllable of a use word, so that most words
// cost one comparison.
func useStart(w string) bool {
	switch w[:3] {
	case "가", "업", "영", "매", "식", "상", "차", "자", "사", "오", "홈", "실", "인", "옥", "아", "야",
		"강", "반", "애", "도", "댕", "고", "캣", "냥":
		return true
	}
	return false
}

// compareUses holds the box when both names say a use of one dimension and no value is shared.
func compareUses(r, e *reading, diffs []Difference) []Difference {
	if !r.firstSyls.meets(&useFirstSyls) {
		return diffs // no word of r starts as a use word does (gate)
	}
	ru := usesOf(r)
	if ru == ([useDims]uint8{}) {
		return diffs
	}
	eu := usesOf(e)
	for d := useDim(0); d < useDims; d++ {
		if ru[d] == 0 || eu[d] == 0 || ru[d]&eu[d] != 0 {
			continue
		}
		if d == usePlace && hasKind(diffs, KindUse) {
			continue // 업소용 against 가정용: the lexicon's use already says it
		}
		diffs = append(diffs, difference(KindUsePlace, nil, nil, useFacts(r, d), useFacts(e, d)))
	}
	return diffs
}

// useFacts are the words of rd that say a use of dimension d.
func useFacts(rd *reading, d useDim) []fact {
	var fs []fact
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		if v, ok := useWords[t.text]; ok && v.dim == d {
			fs = append(fs, fact{key: t.text, word: t.text, text: rd.name[t.sp.Start:t.sp.End], sp: t.sp})
		}
	}
	return fs
}

// hasKind reports whether diffs hold a difference of kind k.
func hasKind(diffs []Difference, k string) bool {
	for i := range diffs {
		if diffs[i].Kind == k {
			return true
		}
	}
	return false
}

// sameUse reports whether a and b are use words of one dimension that share a value: one use
// written two ways (애완견 / 반려견), or a word that covers the other (실내외 / 실외용).
func sameUse(a, b string) bool {
	u, ok := useOf(a)
	if !ok {
		return false
	}
	v, ok := useOf(b)
	return ok && u.dim == v.dim && u.bits&v.bits != 0
}

// useOf is useWords[w], looked up only for a word that ends and starts as a use word may
// (every use word is Hangul, three bytes or more): the word rule asks it of most words.
func useOf(w string) (useValue, bool) {
	if len(w) < 3 || !useEnds[w[len(w)-1]] || !useStart(w) {
		return useValue{}, false
	}
	v, ok := useWords[w]
	return v, ok
}

// placesShared reports whether the lexicon's differing use values rx and ex are all places and the
// two names share a place: 가정용 업소용 겸용 against 업소용 is the same blender.
func placesShared(rx, ex []fact, r, e *reading) bool {
	for _, fs := range [2][]fact{rx, ex} {
		for _, f := range fs {
			if v, ok := useWords[f.word]; !ok || v.dim != usePlace {
				return false
			}
		}
	}
	return usesOf(r)[usePlace]&usesOf(e)[usePlace] != 0
}

package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// KindWord is a difference in a product word the lexicon does not list: each name has a word
// the other lacks (수세미 vs 고무장갑, 살코기 vs 고추참치, 리필모 vs 본체).
const KindWord = "word"

// The word rule is the safety net for the words the lexicon does not know. A word written on one
// side only is wording (a brand, 무료배송, 실리콘) and never a difference by itself; but when
// BOTH names have a content word the other does not write in any form, standing in each other's
// place (between the same two words both names write, found by aligning the names: 수세미 주방용
// vs 고무장갑 주방용), one product word may have been put in place of another. The rule cannot
// know, so it only asks for a look (Warn, 확인 필요); the typed attributes are what block. Words
// left over are paired within a script: a Latin word against a Hangul one is more often a
// transliteration the sound key missed. Two words that are one compound with other names of its
// parts (산양분유 / 산양유아식) or an abbreviation of capitals (QC / QuietComfort) are not paired,
// and when both names write one specific model code, the registered product name's words are
// descriptions of the product the code names (slotPairs).
//
// Before it, two narrower rules read words the other name adds: a part joined by a plus
// (식판 + 스푼: compareParts, blocks) and a variant written before a word of the other name
// (매운새우깡, 쑥인절미: compareVariants).
//
// A word of one name is accounted for by the other name when, after folding:
//   - it is a stop word (marketing, packaging, filler: 특가, 무료배송, 국내산, 정품, 기획…);
//   - it, its spelling variant (타올/타월) or another name of the same thing in the vocabulary
//     (블렌더/믹서기, 남자/남성: vocab.go) is a word of the other name, or the unit of one of its
//     measures (티백 of 20티백);
//   - it is written inside the other name with the spaces taken out (재래식된장 vs 재래식 된장,
//     에어팟 vs 에어팟프로2), but not only inside a longer word both names write (프로틴 of the
//     brand 마이프로틴);
//   - it contains a word of two syllables or more that only the other name writes (마스크팩 vs
//     마스크, 고속충전기 vs 충전기): the longer word adds to it. A word both names write does not
//     count here: 고추참치 vs 참치 살코기 is still 고추참치 against 살코기;
//   - one of the two abbreviates the other (복사지, 복사용지: same first and last syllable, the
//     shorter one's syllables in order in the longer one, three syllables or more);
//   - it is the first word of its name, the other name starts with a word this one accounts for,
//     and the names share another word: a brand written on one side only (오리온 초코파이 vs
//     초코파이 정). Two different first words are both kept (수세미 주방용 vs 고무장갑 주방용; so
//     are two different brands), as is a name's only word;
//   - it differs from a word of the other name in the vowel of one syllable only, both words
//     three syllables or more: a loanword spelt two ways (골드바렌, 골드베렌);
//   - it is a form written with another type ending, 형, 식 or 모양, after the same stem (빗모양 /
//     빗형, 작두형 / 작두식: typeforms.go);
//   - it sounds like a word of the other name written in the other script, alone or joined with
//     the next words (DEWALT / 디월트, 버츄오팝 / Vertuo Pop, 히어로 / HERO13), or like another
//     Hangul spelling of a loanword of three syllables or more (미드나잇 / 미드나이트): see
//     phonetic.go.
//
// Words read wholly as listed attribute words (블랙, 딸기맛) are left to the attribute rules,
// and model names and numbers to theirs; a word the lexicon reads only in part (깐마늘) or with
// a plain part (일반용) is compared here too. The rule runs only when no other rule found a
// difference. Whole words are compared: letting a shared run of syllables excuse two different
// words (볶음밥, 마늘) was measured and lost real substitutions (testdata/check/README.md).

// stopWords say nothing about which goods are in the box.
var stopWords = buildStopWords(
	// marketing and shipping
	"특가", "초특가", "특가세일", "세일", "sale", "할인", "최저가", "핫딜", "무료배송", "무배", "무료", "배송",
	"당일발송", "당일출고", "당일배송", "빠른배송", "오늘출발", "익일발송", "산지직송", "직송", "택배",
	"프리미엄", "premium", "공식", "정식", "정식수입", "신상", "신상품", "신제품", "new", "best", "베스트",
	"인기", "추천", "한정", "한정판", "단독", "행사", "이벤트", "event", "기획", "기획전", "기획세트", "리뉴얼",
	"최신", "최신형", "신형", "신학기", "히트", "대박", "강추", "hot",
	"국내정품", "정품인증", "정발", "국내정발", "정식발매", "무료장착", "무료설치", "설치", "완조립", "전국", "당일",
	"출고", "발송", "빠른", "쿠폰", "리뷰", "인기상품", "베스트셀러", "백화점", "국내백화점", "면세", "국문택",
	"한글택", "쇼핑백", "선물포장", "보냉팩", "아이스팩", "샘플", "구성품", "모델", "에디션", "edition",
	"버전", "version", "ver", "정식버전", "자급제", "국내", "국내판", "글로벌", "글로벌버전", "해외", "해외판",
	"official", "genuine",
	// origin
	"국내산", "국산", "국내", "수입", "수입산", "외국산", "미국산", "호주산", "중국산", "국내제조", "국내생산",
	"제주", "제주산", "캘리포니아", "뉴질랜드", "칠레", "칠레산", "페루", "베트남", "태국", "이탈리아", "프랑스", "독일",
	// packaging and quantity words
	"대용량", "소용량", "벌크", "멀티팩", "낱개", "개별포장", "포장", "박스포장", "선물", "선물용", "선물세트",
	"증정", "사은품", "포함", "세트", "패키지", "구성", "단품", "묶음", "용량", "본품", "정량",
	// filler
	"옵션", "선택", "상품", "제품", "상품명", "타입", "type", "및", "외", "등", "의", "with", "and", "the", "for",
	"to", "of", "신선", "신선한", "냉장배송", "앤", "아님", "내외", "전후", "약", "호환가능",
	// editions, services and packing that do not change the goods
	"정식판", "정발판", "정식발매판", "반납", "폐전지", "폐배터리", "방문설치", "기사설치", "설치포함",
	"보냉포장", "안심포장", "완충포장", "에어캡", "꼼꼼포장", "공식판매처", "공식수입", "사은품증정", "무료각인",
	"국내배송", "정품보증", "무상as", "주문폭주", "재입고",
	// words that relate the goods to another thing without naming them (X 전용 필터, 교체용)
	"전용", "교체용", "호환형",
	// the names of option fields (색상: 블랙, 사이즈: L)
	"색상", "사이즈", "size", "수량", "종류", "디자인", "맛", "향",
)

func buildStopWords(words ...string) map[string]bool {
	m := make(map[string]bool, len(words)+len(praiseWords)+len(relationWords))
	for _, w := range append(append(words, praiseWords...), relationWords...) {
		m[w] = true
	}
	return m
}

// spellingVariants are spellings written inside longer words (키친타올, 토마토케챂).
var spellingVariants = [...]struct{ from, to string }{
	{"타올", "타월"}, {"케챂", "케찹"}, {"케첩", "케찹"}, {"쥬스", "주스"}, {"쵸코", "초코"}, {"후라이", "프라이"},
	{"숫", "수"}, {"블럭", "블록"}, {"자켓", "재킷"},
}

// canonicalWord is word in the spelling the rule compares; it allocates only for a word with a
// spelling variant inside.
func canonicalWord(w string) string {
	if !synonymKeys.may(w) {
	} else if s, ok := wordSynonyms[w]; ok {
		return s
	}
	return respelledWord(w)
}

// respelledWord is canonicalWord of a word that is not a word of the vocabulary.
func respelledWord(w string) string {
	if len(w) < 6 || w[0] < 0x80 || !hasVariantRune(w) {
		return w
	}
	return respell(w)
}

// respell writes the spelling variants inside w the compared way.
func respell(w string) string {
	for _, v := range spellingVariants {
		if strings.Contains(w, v.from) {
			w = strings.ReplaceAll(w, v.from, v.to)
		}
	}
	return foldSpelling(w)
}

// variantRunes are the first syllables of the spelling variants, to skip most words at once.
var variantRunes = func() *runeSet {
	set := &runeSet{other: map[rune]bool{}}
	for _, v := range spellingVariants {
		r, _ := decodeRune(v.from)
		set.add(r)
	}
	addFoldedSyllables(set)
	return set
}()

func hasVariantRune(w string) bool {
	set := variantRunes
	for i := 0; i < len(w); {
		// a syllable (most runes) is decoded inline and tested against the set's bits directly
		if r, n := hangulSyllable(w[i:]); n == 3 {
			if h := r - 0xAC00; set.hangul[h>>6]&(1<<(h&63)) != 0 {
				return true
			}
			i += 3
			continue
		}
		r, n := decodeRune(w[i:])
		if set.has(r) {
			return true
		}
		i += n
	}
	return false
}

// contentWord reports whether token t of a reading is a word the rule compares.
func contentWord(t *token) bool {
	if t.kind != tWord || t.attr || t.stop {
		return false
	}
	if t.text[0] < 0x80 && len(t.text) < 2 && (t.text[0] < 'a' || t.text[0] > 'z') {
		return false
	}
	return true
}

// canonicalize brings the word texts of rd to the spelling the rule compares, keeping the
// spelling as written in raw. It rewrites the tokens in place: the word rule is the last to read
// them.
func canonicalize(rd *reading) {
	for i := range rd.toks {
		t := &rd.toks[i]
		t.raw = t.text
		if t.kind != tWord { // codes and sizes are never words of the vocabulary
			continue
		}
		switch {
		case t.canon != "":
			t.text = t.canon // looked up while the name was read
		case len(t.text) >= 6 && t.text[0] >= 0x80 && hasVariantRune(t.text):
			t.text = respell(t.text)
			t.stop = stopWords[t.text]
		}
		rd.respelled = rd.respelled || t.text != t.raw
	}
}

// writesWord reports whether rd has w as a word, in the compared spelling or as written.
func (rd *reading) writesWord(w string) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		// an x read as a times sign (HD60 X 2) is still the x the other name writes as a code's
		// letter (HD60 X): which it is, the count and code readers say, not the word rule
		if (sameWord(t.text, w) || sameWord(t.raw, w)) && (t.kind == tWord || t.kind == tModel || t.kind == tTimes) {
			return true
		}
	}
	return false
}

// sameWord is a == b, comparing the last bytes before calling the runtime's comparison: many
// words of a name are as long as each other (two Hangul syllables are six bytes), few end alike.
func sameWord(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[len(a)-1] == b[len(a)-1]) && a == b
}

// writesUnit reports whether rd writes w as the unit of a measure (티백 of 20티백).
func (rd *reading) writesUnit(w string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.unit == w {
			return true
		}
	}
	return false
}

// writesJoined reports whether w is written in rd with the spaces taken out: inside one word, or
// across neighbouring words, models and sizes (재래식 된장 for 재래식된장), in the compared
// spellings or as written.
func (rd *reading) writesJoined(w string) bool {
	return rd.writesJoinedIn(w, false, nil) || rd.respelled && rd.writesJoinedIn(w, true, nil)
}

// writesJoinedBesides is writesJoined leaving out the longer words of rd that shared also writes:
// 프로틴 is not accounted for by the brand 마이프로틴 both names write.
func (rd *reading) writesJoinedBesides(w string, shared *reading) bool {
	return rd.writesJoinedIn(w, false, shared) || rd.respelled && rd.writesJoinedIn(w, true, shared)
}

func (rd *reading) writesJoinedIn(w string, raw bool, shared *reading) bool {
	for j := range rd.toks {
		if !joinableWord(&rd.toks[j]) {
			continue
		}
		tx := joinedText(&rd.toks[j], raw)
		for p := 0; p < len(tx); p++ {
			// w starts at p only with its first byte (found by IndexByte), and its second unless
			// tx ends after p (then tx's last byte may begin w, to be continued by the next word).
			// A Hangul w's first byte starts a quarter of all syllables: its first two bytes are
			// looked for together, and then tx's last byte alone.
			var q int
			if len(w) > 1 && w[0] >= 0xC0 {
				if q = strings.Index(tx[p:], w[:2]); q < 0 {
					if q = len(tx) - 1 - p; tx[len(tx)-1] != w[0] {
						break
					}
				}
			} else if q = strings.IndexByte(tx[p:], w[0]); q < 0 {
				break
			}
			p += q
			if rd.joinedAt(w, j, p, raw, shared) {
				return true
			}
		}
	}
	return false
}

// joinableWord reports whether a token is a word a joined word may run through.
func joinableWord(t *token) bool { return t.kind == tWord || t.kind == tModel || t.kind == tSize }

// joinedText is a token's text as compared, or as written when raw is set and it was respelled.
func joinedText(t *token, raw bool) string {
	if raw && t.raw != "" {
		return t.raw
	}
	return t.text
}

// joinedAt reports whether w starts at byte p of rd's word j and runs on, through the next words,
// to its end: the check writesJoinedIn makes at each place its search finds w's first bytes.
func (rd *reading) joinedAt(w string, j, p int, raw bool, shared *reading) bool {
	tx := joinedText(&rd.toks[j], raw)
	if len(w) > 1 && p+1 < len(tx) && tx[p+1] != w[1] || !isBoundary(tx, p) {
		return false
	}
	rest, chunk, k := w, tx[p:], j
	for {
		if len(rest) <= len(chunk) {
			return strings.HasPrefix(chunk, rest) && !(k == j && len(tx) > len(w) && shared != nil && shared.writesWordAsWritten(tx))
		}
		if !strings.HasPrefix(rest, chunk) {
			return false
		}
		rest = rest[len(chunk):]
		for k++; k < len(rd.toks) && !joinableWord(&rd.toks[k]); k++ {
		}
		if k == len(rd.toks) {
			return false
		}
		chunk = joinedText(&rd.toks[k], raw)
	}
}

// writesApart reports whether neighbouring whole words of rd, joined, are w (PE 라인 for pe라인).
func (rd *reading) writesApart(w string) bool {
	for j := range rd.toks {
		rest := w
		for k := j; k < len(rd.toks); k++ {
			t := &rd.toks[k]
			if t.kind != tWord && t.kind != tModel && t.kind != tSize || !strings.HasPrefix(rest, t.raw) || t.raw == "" {
				break
			}
			if rest = rest[len(t.raw):]; rest == "" {
				return k > j
			}
		}
	}
	return false
}

// accountedToken reports whether the word token t of rd is accounted for by other, in its
// compared spelling or as written.
func accountedToken(t *token, rd, other *reading) bool {
	return accountedAs(t.text, t, rd, other) || t.raw != "" && t.raw != t.text && accountedAs(t.raw, t, rd, other)
}

// accounted reports whether the word w of rd is accounted for by other (see the rule above).
func accounted(w string, rd, other *reading) bool { return accountedAs(w, nil, rd, other) }

// accountedAs is accounted for the word w of token t (nil: w is no token's word), whose record
// it asks which lists w stands in.
func accountedAs(w string, t *token, rd, other *reading) bool {
	if other.writesWord(w) || other.writesJoinedBesides(w, rd) || other.writesUnit(w) {
		return true
	}
	wf := t.flagsFor(w)
	if wf&wfShortLoan != 0 && other.writesWord(shortLoanwords[w]) {
		return true // 에어 / AIR: too short for the sound key
	}
	if sameNegation(w, t, rd, other) {
		return true // 배터리 미포함 / 배터리 별매 (samenegations.go)
	}
	if sameMusicKey(w, t, rd, other) {
		return true // C조 / C키 (musickeys.go)
	}
	if flavourEndingOf(w, other) {
		return true // 해산물맛 / 해산물향 (flavourendings.go)
	}
	if other.hasAttrKind(attrRefill) && consumablePart(w) && other.refillOfDevice("") ||
		rd.hasAttrKind(attrRefill) && rd.refillOfDevice(w) && other.writesConsumable() {
		return true // 면도날 against 면도기 리필: a device's refill is its consumable part
	}
	if mainItemWord(w) && other.writesMain() {
		return true // 본체 + 리필 against 본품 + 리필: the main item of the set
	}
	if wf&wfGenericRole != 0 {
		role := genericRoles[w]
		if role.general != "" && other.writesWord(role.general) {
			return true // 체중계 against 스케일: the general word for this kind of goods
		}
		for i := 0; role.isGeneral && i < len(other.toks); i++ {
			if t := &other.toks[i]; t.kind == tWord && genericRoles[t.text].general == w {
				return true // 통 against 캔
			}
		}
	}
	for _, s := range synonymsOfFlagged(w, wf) { // another word of its group written apart: PE 라인
		if s != w && other.writesApart(s) {
			return true
		}
	}
	// the head of a code the other name writes with a space inside it (MB 4+, A 0+): the word is
	// that code's name, not a word of its own
	for i := range other.toks {
		if t := &other.toks[i]; (t.kind == tGrade || t.kind == tModel) && len(t.text) > len(w) &&
			t.text[len(w)] == ' ' && strings.HasPrefix(t.text, w) {
			return true
		}
	}
	// w contains a word of two syllables or more that only the other name writes
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind != tWord || len(t.text) >= len(w) || !hasRunes(t.text, 2) || latinWord(t.text) && len(t.text) < 3 {
			continue // a Latin word of two letters inside another (SD of microSD) is no part of it
		}
		if strings.Contains(w, t.text) && !rd.writesWord(t.text) {
			// the head of a compound decides: 정통크림빵 is not accounted for by 정통 when the
			// other name writes a sibling of its head instead (정통 단팥빵: 크림빵 and 단팥빵 are
			// two kinds of 빵)
			if rest, ok := strings.CutPrefix(w, t.text); ok && !latinWord(w) && siblingHead(rest, rd, other) {
				continue
			}
			return true
		}
	}
	// an abbreviation (복사지 for 복사용지) or a spelling (골드바렌, 골드베렌)
	shape := shapeOfSpelling(w)
	for i := range other.toks {
		if t := &other.toks[i]; t.kind == tWord && shape.maySpell(t.text) && (abbreviates(w, t.text) || vowelVariant(w, t.text) || loanSpelling(w, t.text) || transliterated(w, t.text) || sameFormOtherEnding(w, t.text)) {
			return true
		}
	}
	if spelledLetters(w, other) || hangulLShape(w) && other.writesLatinLShape() {
		return true // LG / 엘지; ㄱ자 / L자 (lshape.go)
	}
	if compoundOfWords(w, other) || partOfCompound(w, wf, rd, other) || other.writesHyphenless(w) || inCompound(w, wf, other) {
		return true // 비프저키 / 소고기 육포, 고양이 / 캣타워
	}
	return soundsWrittenFor(w, rd, other)
}

// letterNames are the Korean names of the Latin letters and the English names of the digits,
// as Korean writes an initialism in Hangul (LG 엘지, CK 씨케이, 3M 쓰리엠, HP 에이치피).
var letterNames = [...]string{
	"에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
	"엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "지",
}

var digitNames = [...]string{"제로", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에잇", "나인"}

// spelledAs reports whether hangul starts with initialism, an initialism of two to five Latin
// letters and digits (either case), spelt with their names (lg: 엘지, 3M: 쓰리엠), two syllables or
// more.
func spelledAs(initialism, hangul string) bool {
	if len(initialism) < 2 || len(initialism) > 5 {
		return false
	}
	rest := hangul
	for i := 0; i < len(initialism); i++ {
		var name string
		switch c := initialism[i] | 0x20; {
		case c >= 'a' && c <= 'z':
			name = letterNames[c-'a']
		case initialism[i] >= '0' && initialism[i] <= '9':
			name = digitNames[initialism[i]-'0']
		default:
			return false
		}
		if !strings.HasPrefix(rest, name) {
			return false
		}
		rest = rest[len(name):]
	}
	return len(hangul)-len(rest) >= 6 // two syllables or more
}

// spelledLetters reports whether w and a word of other are one initialism, one of them in Latin
// letters and the other spelt with the letters' names (LG / 엘지, 엘지전자 / LG).
func spelledLetters(w string, other *reading) bool {
	latin := latinWord(w)
	if latin && (len(w) < 2 || len(w) > 5) {
		return false
	}
	for i := range other.toks {
		t := &other.toks[i]
		switch {
		case latin && t.kind == tWord && t.text != "" && !latinWord(t.text):
			if spelledAs(w, t.text) {
				return true
			}
		case !latin && (t.kind == tWord || t.kind == tModel || t.kind == tMeasure) && t.text != "" && latinWord(t.text):
			if spelledAs(other.name[t.sp.Start:t.sp.End], w) { // 3M, read as a length
				return true
			}
		}
	}
	return false
}

// siblingHead reports whether head, the head of a compound of rd, is a word of two syllables or
// more that other does not account for, and other writes another word of two syllables or more
// with the same last syllable that rd does not write (크림빵 against 단팥빵): two kinds of one
// thing.
func siblingHead(head string, rd, other *reading) bool {
	if utf8.RuneCountInString(head) < 2 {
		return false
	}
	last, _ := lastRune(head)
	found := false
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind != tWord || t.text == head || utf8.RuneCountInString(t.text) < 2 {
			continue
		}
		if l, _ := lastRune(t.text); l == last && !rd.writesWord(t.text) {
			found = true
			break
		}
	}
	return found && !accounted(head, rd, other)
}

// soundsWritten reports whether other writes w by its sound: in the other script, alone or
// joined with the words after it (DEWALT / 디월트, 버츄오팝 / Vertuo Pop), or as another Hangul
// spelling of a loanword of three syllables or more (미드나잇 / 미드나이트).
func soundsWritten(w string, other *reading) bool {
	return soundsWrittenBesides(w, other, nil)
}

// soundsWrittenFor is soundsWritten for a word of rd: a Hangul spelling of a loanword is not
// looked for in a word rd writes too (베란다 is not a spelling of the 블렌드 both names write).
func soundsWrittenFor(w string, rd, other *reading) bool {
	if soundsWrittenAs(w, other, nil, rd) {
		return true
	}
	if stem, ok := latinPlural(w); ok {
		return soundsWrittenAs(stem, other, nil, rd)
	}
	return false
}

// soundsWrittenBesides is soundsWritten leaving out the words of other that shared writes too
// (애플 of 애플 아이폰 on both sides is the brand, not a Hangul spelling of Plus).
func soundsWrittenBesides(w string, other, shared *reading) bool {
	if soundsWrittenAs(w, other, shared, nil) {
		return true
	}
	// a Latin plural: headphones / 헤드폰
	if stem, ok := latinPlural(w); ok {
		return soundsWrittenAs(stem, other, shared, nil)
	}
	return false
}

// latinPlural is w without the s of an English plural (headphones, sneakers), if it has one.
func latinPlural(w string) (string, bool) {
	n := len(w)
	if n < 5 || w[0] >= 0x80 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i' {
		return "", false
	}
	return w[:n-1], true
}

// soundsWrittenAs looks for w by its sound in the words of other, leaving out the words shared
// writes too, and in the same script the words same writes too.
func soundsWrittenAs(w string, other, shared, same *reading) bool {
	var kw, ko soundKey
	soundOf(&kw, w)
	wk := kw.key()
	if consonants(wk) < 2 {
		return false
	}
	latin := w[0] < 0x80
	long := !latin && hasRunes(w, 3)
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind == tModel && !latin {
			// 히어로 of HERO13, 볼트 of VOLT400: the letters a code starts with
			if n := letterPrefix(t.text); n >= 3 {
				soundOf(&ko, t.text[:n])
				if soundsAlike(wk, ko.key()) {
					return true
				}
			}
			continue
		}
		if t.kind != tWord || t.text == "" || shared != nil && shared.writesWord(t.text) {
			continue
		}
		if respelledSounds(wk, latin, t) {
			return true // foldable, compared as 접이식, is still 폴더블 by sound
		}
		tLatin := t.text[0] < 0x80
		if tLatin == latin {
			if samePronunciation(w, t.text) || hangulPlural(w, t.text) || batchimVariant(w, t.text) || respeltLoanword(w, t.text) || ingSpelling(w, t.text) {
				return true // 캣닢 / 캣닙, 호일 / 포일
			}
			if long && hasRunes(t.text, 3) && sameOnset(w, t.text) && sameOnsets(w, t.text) &&
				(same == nil || !same.writesWord(t.text)) {
				if soundWithin(wk, other.soundOfToken(i).key(), 0.5) {
					return true
				}
			}
			continue
		}
		ts := other.soundOfToken(i)
		doctor := tLatin && !latin && doctorTitle(other.toks, i)
		if ts.n > 0 && !doctor && wk[0] != ts.b[0] && !nearSound(wk[0], ts.b[0]) {
			// the word alone and joined with the next start with its first sound, which is
			// not w's (soundsAlike's first test); only its plural's stem may still sound as w
			if stem, ok := latinPlural(t.text); ok {
				soundOf(&ko, stem)
				if soundsAlike(wk, ko.key()) {
					return true
				}
			}
			continue
		}
		ko = *ts
		if soundsAlike(wk, ko.key()) {
			return true
		}
		if stem, ok := latinPlural(t.text); ok {
			soundOf(&ko, stem)
			if soundsAlike(wk, ko.key()) {
				return true
			}
			ko = *ts
		}
		if doctor {
			soundOf(&ko, "닥터") // Dr.CHAIR is written 닥터체어
		}
		for j, last := i+1, i+2; j < len(other.toks) && j <= last; j++ {
			u := &other.toks[j]
			if doctor && j == i+1 {
				last++
				continue // the point after Dr
			}
			if ampersand(u) && tLatin && !latin {
				appendSound(&ko, "앤") // Clean & Cozy is written 클린앤코지
				last++
				continue
			}
			uw := written(u) // HAMMER of ARM & HAMMER, not the 망치 it is compared as
			if u.kind != tWord || uw == "" || (uw[0] < 0x80) != tLatin {
				break
			}
			appendSound(&ko, uw)
			if soundsAlike(wk, ko.key()) {
				return true
			}
		}
	}
	return false
}

// onsetClass groups the initial consonants of Hangul syllables finer than the sound key: two
// Hangul spellings of one loanword may differ in tension (쌤 / 샘) but not in aspiration (밴드형 /
// 팬티형 are two words).
var onsetClass = [19]byte{'g', 'g', 'n', 'd', 'd', 'r', 'm', 'b', 'b', 's', 's', 0, 'j', 'j', 'c', 'k', 't', 'p', 'h'}

// sameOnset reports whether two Hangul words start with consonants of one onset class.
func sameOnset(a, b string) bool {
	ra := firstRune(a)
	rb := firstRune(b)
	if !isSyllable(ra) || !isSyllable(rb) {
		return false
	}
	return onsetClass[(ra-0xAC00)/588] == onsetClass[(rb-0xAC00)/588]
}

// sameOnsets reports whether two Hangul words of as many syllables start each syllable with
// consonants of one onset class (냉장고 / 냉동고 do not: ㅈ and ㄷ), or are of different lengths
// (미드나잇 / 미드나이트, compared by sound alone).
func sameOnsets(a, b string) bool {
	if runeCount(a) != runeCount(b) {
		return true
	}
	for _, ra := range a {
		rb, n := decodeRune(b)
		b = b[n:]
		if isSyllable(ra) && isSyllable(rb) && onsetClass[(ra-0xAC00)/588] != onsetClass[(rb-0xAC00)/588] {
			return false
		}
	}
	return true
}

// abbreviates reports whether one of two Hangul words shortens the other: both start and end
// with the same syllable and the shorter one's syllables appear in the longer one in order
// (복사지, 복사용지). Words of fewer than three syllables are never abbreviations.
func abbreviates(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) || !hasRunes(a, 3) || a[0] < 0x80 || b[0] < 0x80 {
		return false
	}
	fa := firstRune(a)
	fb := firstRune(b)
	la, _ := lastRune(a)
	lb, _ := lastRune(b)
	if fa != fb || la != lb {
		return false
	}
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}

// maxWordRuleTokens bounds the names the word rule reads: real names have a few dozen tokens.
const maxWordRuleTokens = 200

// compareWords reports a KindWord difference when each name has a content word the other name
// does not account for, standing in the other's place.
func compareWords(r, e *reading, diffs []Difference) []Difference {
	if len(r.toks) > maxWordRuleTokens || len(e.toks) > maxWordRuleTokens {
		return diffs // not a product name but a text: the rule's search is cubic in its length
	}
	canonicalize(r)
	canonicalize(e)
	if d, ok := compareParts(r, e); ok {
		return append(diffs, d)
	}
	if d, ok := compareVariants(r, e); ok {
		return append(diffs, d)
	}
	// The words one name leaves over are needed only when the other's are not empty, or for a
	// modifier word (oneSidedModifier) the other writes: the name with fewer tokens, more often
	// fully accounted for, is read first, and the other only when its words can matter. Either
	// order gives what both lists in full would.
	first, second := r, e
	if len(e.toks) < len(r.toks) {
		first, second = e, r
	}
	fx := unaccounted(first, second)
	var sx []fact
	if len(fx) > 0 || writesModifier(second) {
		sx = unaccounted(second, first)
	}
	rx, ex := fx, sx
	if first == e {
		rx, ex = sx, fx
	}
	if d, ok := oneSidedModifier(r, e, rx, ex); ok {
		return append(diffs, d)
	}
	if len(rx) == 0 || len(ex) == 0 {
		return diffs
	}
	pinned := sharesCode(r, e)
	leftR, leftE := rx, ex
	rx, ex = slotPairs(r, e, rx, ex, pinned)
	if len(rx) == 0 {
		if d, ok := mirroredVariant(r, e, leftR, leftE, pinned); ok {
			return append(diffs, d) // written on the other side of a shared word (mirrorplaces.go)
		}
		return diffs
	}
	// goods named in Korean against the loanword of the same concepts (glossreading.go)
	if gr, ge := glossUnexplained(r, e, rx, ex, leftR, leftE); len(gr) < len(rx) || len(ge) < len(ex) {
		if rx, ex = slotPairs(r, e, gr, ge, pinned); len(rx) == 0 {
			return diffs
		}
	}
	if unframedWord(r, e, rx, ex) {
		return diffs // a description the seller's title adds elsewhere (unframedwords.go)
	}
	if shadeNamesAfterCode(r, e, rx, ex) {
		return diffs // 01 칠흑블랙 vs 01 제트블랙: one shade's name in two wordings (shadecodes.go)
	}
	d := difference(KindWord, nil, nil, rx, ex)
	d.Severity = order.Warn
	return append(diffs, d)
}

// modifierWords are words that make other goods of the same name when one name writes them and
// the other does not (립 글로우 / 립 글로우 오일, 사료 / 인도어 사료, 렌즈 / 난시용 렌즈): the goods'
// form, where they are used, what they are for. A closed class, by compared spelling (오일 is
// compared as 기름, 인도어 as 실내용).
var modifierWords = map[string]bool{
	// where and for what
	"실내용": true, "난시용": true,
	// what is left out
	"무알콜": true, "논알콜": true, "무알코올": true, "저염": true, "저나트륨": true,
	// the form of cosmetics, care goods and jewellery (not 젤 or 파우더: 젤 탑코트 and 크레아틴
	// 분말 name the goods' only form; not 알카라인, which describes every AA battery; not 방수,
	// which describes gloves and watches as often as it names a waterproof mascara)
	"기름": true, "밤": true, "미스트": true, "스프레이": true, "패치": true, "리필액": true, "도금": true,
	// claims that make a line of their own in everyday goods (미백 치약, 곤약 젤리, 인샤워 바디로션,
	// 썸머 기저귀); not 유기농, 고농축, 저자극, 항균 or 무항생제, which describe the goods as often
	// (유기농 순면 패드: measured +1 false alarm; 항균 도마, 무항생제 계란)
	"미백": true, "곤약": true, "고칼슘": true, "저칼로리": true, "인샤워": true, "썸머": true,
}

// writesModifier reports whether rd writes a word of modifierWords.
func writesModifier(rd *reading) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (inSet(modifierKeys, modifierWords, t.text) || t.raw != t.text && inSet(modifierKeys, modifierWords, t.raw)) {
			return true
		}
	}
	return false
}

// oneSidedModifier: a modifier word that one name writes and the other does not account for,
// while the other name has no word of its own left over, is another form or use of the goods
// (Warn).
func oneSidedModifier(r, e *reading, rx, ex []fact) (Difference, bool) {
	for _, side := range [2]bool{true, false} {
		a, b, ra, rb := rx, ex, r, e
		if !side {
			a, b, ra, rb = ex, rx, e, r
		}
		if len(b) > 0 {
			continue
		}
		for _, f := range a {
			if (inSet(modifierKeys, modifierWords, f.key) || f.word != f.key && inSet(modifierKeys, modifierWords, f.word)) && !joinsWordOf(ra, f, rb) && !impliedForm(f, rb) {
				var d Difference
				if side {
					d = difference(KindForm, nil, nil, []fact{f}, nil)
				} else {
					d = difference(KindForm, nil, nil, nil, []fact{f})
				}
				d.Severity = order.Warn
				return d, true
			}
		}
	}
	return Difference{}, false
}

// joinsWordOf reports whether the word f of rd, joined to the word before it, is a word of the
// vocabulary that other writes (올리브 오일 for the 올리브유 of the other name).
func joinsWordOf(rd *reading, f fact, other *reading) bool {
	i := tokenAt(rd, f.sp)
	if i < 1 || rd.toks[i-1].kind != tWord {
		return false
	}
	prev := rd.toks[i-1].raw
	if prev == "" {
		prev = rd.toks[i-1].text
	}
	c, ok := wordSynonyms[prev+f.word]
	return ok && other.writesWord(c)
}

// joinsNextWordOf reports whether the word at i of rd, joined to the word after it, is a word of
// the vocabulary whose compared spelling other writes (리드 디퓨저 for 디퓨저, 올리브 오일 for
// 올리브유).
func joinsNextWordOf(rd *reading, i int, other *reading) bool {
	if i+1 >= len(rd.toks) || rd.toks[i+1].kind != tWord || latinWord(rd.toks[i].text) {
		return false
	}
	a, b := rd.toks[i].raw, rd.toks[i+1].raw
	if a == "" {
		a = rd.toks[i].text
	}
	if b == "" {
		b = rd.toks[i+1].text
	}
	var buf [64]byte
	if k := append(append(buf[:0], a...), b...); !synonymKeys.mayBytes(k) {
		return false // most pairs of words are no listed word: the filter rules them out
	}
	c, ok := wordSynonyms[a+b]
	return ok && other.writesWord(c)
}

// compareParts: a part joined to the goods by a plus (식판 + 스푼, 5종 + 블록, 헤드+필터) that the
// other name does not account for is a different composition, and blocks. (A refill joined by a
// plus is counted by the count rule: 본품+리필 is two.)
func compareParts(r, e *reading) (Difference, bool) {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := range a.toks {
			if a.toks[i].kind != tPlus || spelledSet(a.toks, i) {
				continue // 5종 (펜+트레이+…): the set's contents spelled out
			}
			ks, latin := [2]int{i - 1, partAfter(a.toks, i)}, false
			if namePlus(a.toks, i) { // BLACK+DECKER: a name, unless a part is added (latinplus.go)
				if ks, latin = [2]int{-1, latinPartAdded(a, b, i)}, true; ks[1] < 0 {
					continue
				}
			}
			for _, k := range ks {
				if k < 0 || k >= len(a.toks) {
					continue
				}
				t := &a.toks[k]
				if !contentWord(t) || latinWord(t.text) && !latin || utf8.RuneCountInString(t.raw) < 2 || t.raw == "리필" || accountedToken(t, a, b) {
					continue
				}
				if partHeadWritten(t.text, b) {
					continue // 집게+가위 against 고기집게 + 고기가위: one part (partheads.go)
				}
				if a == r && r.titlePartOfBodyOnly(k) {
					continue // 라벨프린터 + 라벨테이프 / 본체만: the option leaves the part out (bodyonlyoption.go)
				}
				if k > i && giftWrapping(t) {
					continue // 블랙+선물박스: the goods' wrapping, not a part (giftwrapping.go)
				}
				if k == i-1 && includesPartAfter(a, i, b) {
					continue // 아기의자 + 트레이 against 트레이 포함: the goods, with the part
				}
				f := fact{text: a.name[t.sp.Start:t.sp.End], sp: t.sp}
				d := Difference{Kind: KindBundle}
				if b.addsPart() {
					d.Severity = order.Warn // 넥스트랩 against 랜야드 포함: one part, two words (partwords.go)
				}
				if a == r {
					d.Registered, d.RegisteredSpans = f.text, []Span{f.sp}
				} else {
					d.Exposed, d.ExposedSpans = f.text, []Span{f.sp}
				}
				return d, true
			}
		}
	}
	return Difference{}, false
}

// variantPrefixes are syllables that make a word another variant of the goods: 쑥인절미 (mugwort),
// 흑마늘 and 적양파 (colours), 왕만두 (king-size), 노미러 (no mirror), 무가당 (none), 저염 (low),
// 반건조 (half). Other syllables before a word are mostly descriptions (꿀사과, 생딸기, 참굴비,
// 활꽃게, 통기타줄) and are left to the rest of the rule.
var variantPrefixes = map[string]bool{
	"쑥": true, "흑": true, "적": true, "홍": true, "황": true, "왕": true, "노": true, "무": true, "저": true, "반": true,
	"찰": true, "깐": true, // 찰현미 vs 현미, 깐마늘 vs 마늘: another kind or form of the grain or vegetable
	"압착": true, "볶음": true, // 압착귀리 vs 귀리: processed grain
}

// twoSyllablePrefix reports whether w starts with a variant prefix of two syllables.
func twoSyllablePrefix(w string) bool {
	return strings.HasPrefix(w, "압착") || strings.HasPrefix(w, "볶음")
}

// variantPrefix reports whether head, the first p bytes of a word, is a variant prefix.
func variantPrefix(head string, p int) bool {
	if p == 3 {
		if r, n := hangulSyllable(head); n == 3 { // the rule asks this of every word's first syllable
			return variantPrefixSyls.has(r)
		}
	}
	return (p == 3 || p == 6) && inSet(variantPrefixKeys, variantPrefixes, head)
}

// variantPrefixSyls are the variant prefixes of one Hangul syllable. Built once, read only.
var variantPrefixSyls = func() *runeSet {
	set := &runeSet{other: map[rune]bool{}}
	for w := range variantPrefixes {
		if r, n := hangulSyllable(w); n == 3 && len(w) == 3 {
			set.add(r)
		}
	}
	return set
}()

// marketingHeads are listed words that start marketing names of the same goods (꿀사과), and
// 스킨, the toner, that glued before another word is the skin itself (스킨케어 is skincare, 스킨푸드
// a brand, 스킨스쿠버 diving): no toner of the word after it.
var marketingHeads = map[string]bool{"꿀": true, "스킨": true}

// compareVariants: a word that is a word of the other name with a variant before it names a
// variant the other name does not write. A listed flavour, colour, model or kind-of-goods word
// before it (매운새우깡 vs 새우깡, 한우설렁탕 vs 설렁탕) is that attribute on one side, and blocks; a
// variant syllable (쑥인절미 vs 인절미, 적양파 vs 양파) asks for a look (Warn).
func compareVariants(r, e *reading) (Difference, bool) {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := range a.toks {
			t := &a.toks[i]
			if !contentWord(t) || latinWord(t.raw) || len(t.raw) < 9 {
				continue
			}
			for p := 3; p+6 <= len(t.raw); p += 3 {
				head, rest := t.raw[:p], t.raw[p:]
				vp := variantPrefix(head, p)
				if !vp && !startsListed(head) && !(p == 3 && twoSyllablePrefix(t.raw)) {
					break // no listed word starts with its first syllable
				}
				attr, listed := lookupListed(head)
				listed = listed && !attr.plain && !marketingHeads[head] && !(exactOnly[head] && attr.kind == attrColor) && // 와인오프너: no colour (exactOnly)
					(attr.kind == attrFlavor || attr.kind == attrColor || attr.kind == attrVariant || attr.kind == attrKind || attr.kind == attrVariety)
				if !listed && !vp {
					continue
				}
				if listed && attr.kind == attrFlavor && foodToolWord(rest) {
					break // 마늘다지기 vs 다지기, 김치용기 vs 용기: the food a tool is for (foodtools.go)
				}
				if listed && attr.kind == attrColor && a.namesGoodsWith(i, b, rest) {
					break // 화이트보드 지우개 vs 보드 지우개: one name of the goods, no colour (namedgoodscolours.go)
				}
				// a name that writes the bare word beside it (옥수수 찰옥수수) names no other variant
				// than the word the other name writes: the prefixed word is wording there
				if !b.writesWord(rest) || b.writesJoined(t.raw) || b.writesJoined(t.text) || b.writesWord(head) ||
					listed && b.hasAttribute(attr) || a.writesWord(rest) || vp && writtenFreeOf(t.raw, b) ||
					listed && attr.kind == attrVariety && b.writesGluedFirst(head) {
					continue // 무불소 against 불소 무함유: free of it, written two ways (freeofwords.go)
				}
				if genericRoles[t.raw].general == compared(rest) {
					break // 반지갑 against 지갑: the general word written for this kind (vocab.go genericOf)
				}
				o := b.wordToken(rest)
				af := fact{text: a.name[t.sp.Start:t.sp.End], sp: t.sp}
				bf := fact{text: b.name[o.sp.Start:o.sp.End], sp: o.sp}
				if a == e {
					af, bf = bf, af
				}
				if listed {
					return difference(attr.kind, nil, nil, []fact{af}, []fact{bf}), true
				}
				d := difference(KindWord, nil, nil, []fact{af}, []fact{bf})
				d.Severity = order.Warn
				return d, true
			}
		}
	}
	return Difference{}, false
}

// writesGluedFirst reports whether rd writes a word that starts with head and goes on
// (굴껍질 for the 굴 of 굴패각): the variant is written there too, glued to another word.
func (rd *reading) writesGluedFirst(head string) bool {
	for i := range rd.toks {
		if w := rd.toks[i].raw; len(w) > len(head) && strings.HasPrefix(w, head) {
			return true
		}
	}
	return false
}

// hasAttribute reports whether rd reads the value of a.
func (rd *reading) hasAttribute(a attribute) bool {
	for _, f := range rd.attrs {
		if f.kind == a.kind && f.key == a.value {
			return true
		}
	}
	return false
}

// partAfter is the first Hangul word within a few tokens after the plus at i (65W + C to C 케이블,
// 프로젝터 + 100인치 스크린), or -1 when a break comes first, or a number or a measure when the
// plus joins numbers (600+400mm 운전석).
func partAfter(toks []token, i int) int {
	joinsNumbers := i > 0 && (toks[i-1].kind == tNumber || toks[i-1].kind == tMeasure)
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch t := &toks[k]; {
		case t.kind == tWord && partPrefixes[t.text]:
			// + 전용 스탠드: the part is the word after
		case t.kind == tWord && !latinWord(t.text):
			return k
		case t.kind == tBreak, t.kind == tPlus:
			return -1
		case t.kind == tMeasure, t.kind == tNumber:
			if joinsNumbers {
				return -1
			}
		}
	}
	return -1
}

// wordToken is the first word token of rd written w.
func (rd *reading) wordToken(w string) *token {
	for i := range rd.toks {
		if t := &rd.toks[i]; (t.kind == tWord || t.kind == tModel) && (t.text == w || t.raw == w) {
			return t
		}
	}
	return nil
}

// slotPairs keeps the words of rx and ex that stand in each other's place: a word of one name
// and a word of the other between the same two words both names write, in the same script, and
// not two spellings of one compound (산양분유 / 산양유아식: parts that are names of one thing).
// Where the names stand is read from an alignment of the words both write (the longest common
// subsequence), so a word both names write at different places does not mislead it. A word added
// beside the words the names share, with nothing in its place on the other side, is wording
// (진공단열 보온병 vs 보온보냉 텀블러 elsewhere in the name). A word of the registered option has
// no such place: it stands against the other name's words wherever they are (optionAnywhere).
//
// When both names write one model code (pinned: L3256, WH-1000XM5, HEM-7156), the code says
// which product it is, and a word of the registered product name (before " / ") is a description
// the catalogue wrote another way (블렌더 / 믹서기, 자동 / 팔뚝형): only the option's words, and
// two names of different goods of the vocabulary (케이스 / 보호필름), are still compared.
func slotPairs(r, e *reading, rx, ex []fact, pinned bool) ([]fact, []fact) {
	var rg, eg [maxAlign]int8
	aligned := alignGaps(r, e, rg[:], eg[:])
	var rk, ek []fact
	for _, u := range rx {
		paired := false
		for _, v := range ex {
			if latinWord(u.key) != latinWord(v.key) && !optionAcrossScripts(r, e, u, v, ex) || sameCompound(u, v) || abbreviation(u, v, r, e) || abbreviation(v, u, e, r) ||
				latinAbbreviationOf(u, v, r) || latinAbbreviationOf(v, u, e) || sameStemFacts(u, v) || inflectedFacts(u, v) {
				continue
			}
			if aligned && !sameGap(r, e, rg[:], eg[:], u, v) && !sameTypeMarker(u.key, v.key) && !optionAnywhere(r, e, u, v, ex) {
				continue
			}
			if pinned && r.inProductName(u) && !(knownGoods(u.key) && knownGoods(v.key) && titleHead(r, u) && titleHead(e, v)) {
				continue
			}
			ek = addOnce(ek, v)
			paired = true
		}
		if paired {
			rk = append(rk, u)
		}
	}
	return rk, ek
}

// typeMarkers end words that name the type of the goods (뚜껑형, 스탠드형; 벽걸이형, 이동식): two
// such words stand for one attribute wherever the names write them.
var typeMarkers = [...]string{"형", "식"}

// sameTypeMarker reports whether two Hangul words of two syllables or more both end in a type
// marker.
func sameTypeMarker(a, b string) bool {
	if latinWord(a) || latinWord(b) || utf8.RuneCountInString(a) < 2 || utf8.RuneCountInString(b) < 2 {
		return false
	}
	typed := func(w string) bool {
		for _, m := range typeMarkers {
			if strings.HasSuffix(w, m) {
				return true
			}
		}
		return false
	}
	return typed(a) && typed(b)
}

// inProductName reports whether every place f is written lies in the product name of a
// registered name (before the option).
func (rd *reading) inProductName(f fact) bool {
	for _, sp := range factSpans(f) {
		if sp.Start >= rd.optStart {
			return false
		}
	}
	return true
}

// sharesCode reports whether both names write one model code specific enough to name a product:
// letters and at least two digits, four characters or more (E310, L3256, HEM7156; not A4, S24 or
// DDR5, which name a size, a phone an accessory fits or a standard), or one product number of
// four digits or more that is not a year (레고 10696).
func sharesCode(r, e *reading) bool {
	for _, m := range r.models {
		if pinCode(m.key) && e.explainsCode(m.key) {
			return true
		}
	}
	for _, m := range e.models {
		if pinCode(m.key) && r.explainsCode(m.key) {
			return true
		}
	}
	for _, n := range r.numbers {
		if productNumber(n.text) && e.writesNumberText(n.text) {
			return true
		}
	}
	return false
}

// productNumber reports whether a bare number is written like a product number: four digits or
// more, no decimal point, not a year.
func productNumber(text string) bool {
	if len(text) < 4 || len(text) > 12 || digitsOnly(text) != text {
		return false
	}
	return !(len(text) == 4 && (text[:2] == "19" || text[:2] == "20"))
}

// writesNumberText reports whether rd writes the bare number text.
func (rd *reading) writesNumberText(text string) bool {
	for _, n := range rd.numbers {
		if n.text == text {
			return true
		}
	}
	return false
}

func pinCode(key string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	return len(key) >= 4 && letters >= 1 && digits >= 2
}

func latinWord(w string) bool { return w != "" && w[0] < 0x80 }

// written is a word token as the name writes it, before the vocabulary respelt it: the hammer of
// ARM & HAMMER (암앤해머) is said by its sound, not as the 망치 it is compared as.
func written(t *token) string {
	if t.raw != "" {
		return t.raw
	}
	return t.text
}

// maxAlign bounds the aligned tokens of a name; longer names pair words regardless of place.
const maxAlign = 48

// alignable reports whether t takes part in the alignment of two names.
func alignable(t *token) bool {
	switch t.kind {
	case tWord, tModel, tNumber, tMeasure, tSize, tGrade:
		return true
	}
	return false
}

// alignGaps aligns the tokens of r and e that are written alike (the longest common subsequence)
// and numbers, for each token, the gap between aligned tokens it falls in (-1 for an aligned
// token, -2 for a token that is not aligned at all). It reports false when a name is too long.
func alignGaps(r, e *reading, rg, eg []int8) bool {
	var ri, ei [maxAlign]int
	n, m := 0, 0
	for i := range r.toks {
		if alignable(&r.toks[i]) {
			if n == maxAlign {
				return false
			}
			ri[n] = i
			n++
		}
	}
	for j := range e.toks {
		if alignable(&e.toks[j]) {
			if m == maxAlign {
				return false
			}
			ei[m] = j
			m++
		}
	}
	if len(r.toks) > len(rg) || len(e.toks) > len(eg) {
		return false
	}
	// lcs[i][j]: the longest common subsequence of ri[i:] and ei[j:]
	var lcs [(maxAlign + 1) * (maxAlign + 1)]uint8
	w := m + 1
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case writtenAlike(&r.toks[ri[i]], &e.toks[ei[j]]):
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
				lcs[i*w+j] = lcs[(i+1)*w+j]
			default:
				lcs[i*w+j] = lcs[i*w+j+1]
			}
		}
	}
	for i := range r.toks {
		rg[i] = -2
	}
	for j := range e.toks {
		eg[j] = -2
	}
	gap := int8(0)
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case writtenAlike(&r.toks[ri[i]], &e.toks[ei[j]]) && lcs[i*w+j] == lcs[(i+1)*w+j+1]+1:
			rg[ri[i]], eg[ei[j]] = -1, -1
			gap++
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			rg[ri[i]] = gap
			i++
		default:
			eg[ei[j]] = gap
			j++
		}
	}
	for ; i < n; i++ {
		rg[ri[i]] = gap
	}
	for ; j < m; j++ {
		eg[ei[j]] = gap
	}
	return true
}

// writtenAlike reports whether two tokens are the same word, code, number or measure.
func writtenAlike(a, b *token) bool {
	if a.text != b.text {
		return false
	}
	wordish := func(t *token) bool { return t.kind == tWord || t.kind == tModel || t.kind == tSize }
	return a.kind == b.kind || wordish(a) && wordish(b)
}

// sameGap reports whether a place where u is written in r and a place where v is written in e
// fall in the same gap of the alignment.
func sameGap(r, e *reading, rg, eg []int8, u, v fact) bool {
	for _, su := range factSpans(u) {
		iu := tokenAt(r, su)
		if iu < 0 || rg[iu] < 0 {
			continue
		}
		for _, sv := range factSpans(v) {
			if iv := tokenAt(e, sv); iv >= 0 && eg[iv] == rg[iu] {
				return true
			}
		}
	}
	return false
}

// factSpans are the places a fact is written, first one first.
func factSpans(f fact) []Span {
	if len(f.more) == 0 {
		return []Span{f.sp}
	}
	return append([]Span{f.sp}, f.more...)
}

// tokenAt is the index of the token of rd that starts at sp, or -1.
func tokenAt(rd *reading, sp Span) int {
	for i := range rd.toks {
		if rd.toks[i].sp.Start == sp.Start {
			return i
		}
	}
	return -1
}

// abbreviation reports whether the Latin word u (of a) is the initials of v (of b): of its
// capitals as written (QC, QuietComfort) or of v and the Latin words after it (QC, Quiet Comfort).
func abbreviation(u, v fact, a, b *reading) bool {
	short := u.key
	if len(short) < 2 || len(short) > 4 || !latinWord(short) || letterPrefix(short) != len(short) || !latinWord(v.key) {
		return false
	}
	var caps [4]byte
	n := 0
	for _, c := range []byte(b.name[v.sp.Start:v.sp.End]) {
		if c >= 'A' && c <= 'Z' {
			if n == len(caps) {
				return false
			}
			caps[n] = c + 'a' - 'A'
			n++
		}
	}
	if n == len(short) && string(caps[:n]) == short {
		return true
	}
	i := tokenAt(b, v.sp)
	for k := 0; k < len(short); k++ {
		if i+k >= len(b.toks) || b.toks[i+k].kind != tWord || !latinWord(b.toks[i+k].text) || b.toks[i+k].text[0] != short[k] {
			return false
		}
	}
	return i >= 0
}

// sameCompound reports whether two Hangul words are one compound written with other names of its
// parts: each splits in two at a syllable, and the parts name the same things (산양분유 /
// 산양유아식, 순면커버 / 코튼커버, 자연갈색 / 내추럴브라운).
func sameCompound(u, v fact) bool {
	for i, a := range [2]string{u.key, u.word} {
		for j, b := range [2]string{v.key, v.word} {
			if i == 1 && a == u.key || j == 1 && b == v.key {
				continue // a word written as it is compared: that pair was tried
			}
			if a != "" && b != "" && compoundAlike(a, b) {
				return true
			}
		}
	}
	return false
}

func compoundAlike(a, b string) bool {
	if latinWord(a) || latinWord(b) || utf8.RuneCountInString(a) < 2 || utf8.RuneCountInString(b) < 2 {
		return false
	}
	if len(a)/3 <= maxSplits && len(b)/3 <= maxSplits {
		// each part of either word read once (its vocabulary word and its listed value), instead
		// of once for every part of the other word it is set against
		var ha, hb [maxSplits]thingOf // the heads; the tails are read only where the heads agree
		for i := 3; i < len(a); i += 3 {
			ha[i/3] = readThing(a[:i])
		}
		for j := 3; j < len(b); j += 3 {
			hb[j/3] = readThing(b[:j])
		}
		for i := 3; i < len(a); i += 3 {
			for j := 3; j < len(b); j += 3 {
				if sameThingOf(&ha[i/3], &hb[j/3]) && (sameThing(a[i:], b[j:]) || sameHead(a[i:], b[j:])) {
					return true
				}
			}
		}
		return false
	}
	for i := 3; i < len(a); i += 3 {
		for j := 3; j < len(b); j += 3 {
			if sameThing(a[:i], b[:j]) && (sameThing(a[i:], b[j:]) || sameHead(a[i:], b[j:])) {
				return true
			}
		}
	}
	return false
}

// maxSplits bounds the parts compoundAlike reads once each; longer words are read pair by pair.
const maxSplits = 16

// thingOf is what sameThing reads of a word: the word, its vocabulary word, its listed value.
type thingOf struct {
	w, canon string
	listed   attribute
	ok       bool
}

func readThing(w string) thingOf {
	var e wordEntry // w's record holds both its vocabulary spelling and its listed reading
	if wordIndexKeys.may(w) {
		e = wordIndex[w]
	}
	t := thingOf{w: w, canon: e.canon, listed: e.attr, ok: e.listed}
	if e.flags&wfVocabulary == 0 {
		t.canon = respelledWord(w)
	}
	return t
}

// sameThingOf is sameThing of two words read by readThing.
func sameThingOf(a, b *thingOf) bool {
	return a.w == b.w || a.canon == b.canon || a.ok && b.ok && a.listed.kind == b.listed.kind && a.listed.value == b.listed.value
}

// sameThing reports whether two words name the same thing: one spelling, one group of the
// vocabulary, or one value of a listed attribute.
func sameThing(a, b string) bool {
	if a == b {
		return true
	}
	ta, tb := readThing(a), readThing(b)
	return sameThingOf(&ta, &tb)
}

// letterPrefix is the number of Latin letters a code starts with.
func letterPrefix(s string) int {
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return i
}

// unaccounted lists the content words of rd that other does not account for. The first word of
// a name is taken for a brand written on one side only (오리온 초코파이 vs 초코파이 정) when the
// other name starts with a word this name accounts for and the names share another word. Two
// names that both start with a word the other lacks keep them: 수세미 주방용 vs 고무장갑 주방용.
// Each fact keeps the compared spelling as key and the spelling as written as word.
func unaccounted(rd, other *reading) []fact {
	// rd's buffer, reused: a caller reads the words left over before it asks again for rd (the
	// attribute rules at once, compareWords until it has made its finding, which copies them)
	out := rd.leftover[:0]
	first := -1 // the first word of the name, when it is left over
	shared := false
	for i := range rd.toks {
		t := &rd.toks[i]
		isFirst := first == -1 && t.kind == tWord
		if isFirst {
			first = -2
		}
		if !contentWord(t) {
			continue
		}
		switch {
		case accountedToken(t, rd, other):
			shared = true
		case joinsNextWordOf(rd, i, other):
			// 리드 of 리드 디퓨저 against 디퓨저: a vocabulary word written apart
		case brandWrittenOtherwise(rd, i, other):
			// 까페모리 / 카페모리, DORCO / 도루코, 전자 of LG전자 against LG (brandspellings.go)
		case alikeInName(t, other):
			// 차량용 against 차량 written elsewhere in a long title (alikeinname.go)
		case isFirst:
			first = i
		default:
			out = addWordFact(out, t, rd.name)
		}
	}
	if first >= 0 && (!shared || !startsAccounted(other, rd)) {
		t := &rd.toks[first]
		out = append(out, fact{})
		copy(out[1:], out)
		out[0] = fact{key: t.text, word: t.raw, text: rd.name[t.sp.Start:t.sp.End], sp: t.sp}
	}
	rd.leftover = out // keep a grown buffer
	if len(out) == 0 {
		return nil
	}
	return out
}

// addWordFact adds the word token t, once per compared spelling.
func addWordFact(fs []fact, t *token, name string) []fact {
	for i := range fs {
		if fs[i].key == t.text {
			fs[i].more = append(fs[i].more, t.sp)
			return fs
		}
	}
	return append(fs, fact{key: t.text, word: t.raw, text: name[t.sp.Start:t.sp.End], sp: t.sp})
}

// startsAccounted reports whether the first word of rd is accounted for by other, or is no
// content word at all.
func startsAccounted(rd, other *reading) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord {
			return !contentWord(t) || accountedToken(t, rd, other)
		}
	}
	return true
}

// vowelVariant reports whether two Hangul words of three syllables or more are spellings of one
// transliterated word: they differ in one syllable only, and only in its vowel (골드바렌 and
// 골드베렌, 블레미쉬 and 블레미시).
func vowelVariant(a, b string) bool {
	if len(a) != len(b) || len(a) < 9 || a == b {
		return false
	}
	diff := 0
	for i, ra := range a {
		rb, _ := decodeRune(b[i:])
		if ra == rb {
			continue
		}
		diff++
		if diff > 1 || !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		sa, sb := ra-0xAC00, rb-0xAC00
		if sa/588 != sb/588 || sa%28 != sb%28 { // initial and final consonants
			return false
		}
	}
	return diff == 1
}

// finalClass groups the final consonants of Hangul syllables as they sound at the end of a
// syllable: Korean neutralises ㅍ to ㅂ, ㅌ ㅅ ㅆ ㅈ ㅊ ㅎ to ㄷ and ㅋ ㄲ to ㄱ there, so a loanword is
// spelt either way (캣닢 / 캣닙, 커피숖 / 커피숍, 디스켓 / 디스켙). Other finals are their own class.
var finalClass = [28]byte{0, 1, 1, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17, 7, 7, 21, 7, 7, 1, 7, 17, 7}

// fMedial maps the vowel after ㅍ to the vowel after ㅎ in the other spelling of an English f
// (파일 / 화일, 포일 / 호일, 피트 / 휘트, 페어 / 훼어, and an f before r or l: 프라이팬 / 후라이팬,
// 프레시 / 후레쉬); -1 where the f is not spelt with ㅎ.
var fMedial = [21]int8{9, 10, -1, -1, 14, 15, -1, -1, 8, -1, -1, -1, -1, 13, -1, -1, -1, -1, 13, -1, 16}

// loanSpelling reports whether two Hangul words of two syllables or more are spellings of one
// loanword by the rules of sound: each syllable is the same but for a final consonant of one
// neutralised class or an f spelt ㅍ or ㅎ (캣닢 / 캣닙, 포일 / 호일); a word of three syllables or
// more may differ in one vowel besides (파이버 / 화이바).
func loanSpelling(a, b string) bool {
	if a == b || len(a) < 6 || len(a) != len(b) || a[0] < 0x80 || b[0] < 0x80 {
		return false
	}
	sounds, vowels, n := 0, 0, 0
	for i, ra := range a {
		rb, _ := decodeRune(b[i:])
		n++
		if ra == rb {
			continue
		}
		if !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		ia, ma, fa := sa/588, sa%588/28, sa%28
		ib, mb, fb := sb/588, sb%588/28, sb%28
		if finalClass[fa] != finalClass[fb] && !(ia == ib && ma == mb && velarAssimilated(fa, fb, a[i+3:])) {
			return false
		}
		switch {
		case ia == ib && ma == mb:
		case ia == 17 && ib == 18 && int(fMedial[ma]) == mb, ia == 18 && ib == 17 && int(fMedial[mb]) == ma:
		case ia == ib && fa == fb && vowels == 0:
			vowels++
			continue
		default:
			return false
		}
		sounds++
	}
	return sounds > 0 && (vowels == 0 || n >= 3)
}

// velarAssimilated reports whether two finals are ㄴ and ㅇ before a syllable that starts with
// ㄱ, ㄲ or ㅋ, where ㄴ is said ㅇ and a loanword is spelt either way (앤커 / 앵커, 핀크 / 핑크).
func velarAssimilated(fa, fb int, rest string) bool {
	if !(fa == 4 && fb == 21 || fa == 21 && fb == 4) {
		return false
	}
	r, _ := decodeRune(rest)
	if !isSyllable(r) {
		return false
	}
	ini := (r - 0xAC00) / 588
	return ini == 0 || ini == 1 || ini == 15
}

func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// writesWordAsWritten reports whether rd writes w as a word in its own spelling, not as a word of
// its synonym group the word rule respelled to w (HUD respelled 헤드업디스플레이 does not write
// 헤드업디스플레이).
func (rd *reading) writesWordAsWritten(w string) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if (t.kind == tWord || t.kind == tModel || t.kind == tTimes) && (t.raw == w || t.raw == "" && t.text == w) {
			return true
		}
	}
	return false
}

package check

// Rival values: two values of one attribute that name different goods, so a buyer who ordered
// one returns the other (TPU 케이스 / 가죽 케이스, 철재용 / 스텐용 드릴 비트, 구스다운 / 덕다운
// 이불, 한정판 / 일반판, 편광 / 변색 선글라스, 프론트 / 리어 브레이크패드). Written blind, from how Korean listings name these
// values, before any table row was read; each inner list holds the spellings of ONE value, its
// first word the value (a group of an existing kind adds values or spellings to it). Like every
// typed value, a kind here is compared only when both names state a value, except the kinds the
// lexicon already reads one-sided (edition).
//
// Read by buildLexicon after every other group. No word here was a listed word of another value;
// some were read by splitting (스텐용 as the goods' material 스테인리스 — it is what a disc or a
// bit is for). A listed word leaves the word rule, so a kind is kept only where both names of a
// pair write a value (round65_results.md): values one name alone writes (리퍼, 기모, 대과) stay
// words.
var lexiconGroupsRivals = []struct {
	kind  string
	words [][]string
}{
	{attrMaterial, [][]string{
		// what a case or a sheet is made of: a TPU case is not a leather one, an acrylic sheet
		// not a polycarbonate one
		{"tpu", "티피유"}, {"폴리카보네이트", "polycarbonate", "pc판"},
		{"아크릴", "acrylic", "아크릴판"},
		// fibres a knit is sold by
		{"울", "순모"}, {"앙고라", "angora"}, {"알파카", "alpaca"}, {"모헤어", "mohair"},
	}},
	{attrWorkpiece, [][]string{
		// what a disc, a bit, a blade or a polish is for
		{"철재용", "철용", "쇠용", "스틸용"}, {"스텐용", "스테인리스용", "스텐레스용", "서스용"},
		{"알루미늄용"}, {"유리용"}, {"플라스틱용"},
	}},
	{attrEdition, [][]string{
		{"한정판", "리미티드에디션", "limitededition", "한정에디션"}, {"일반판", "일반본", "통상판"},
		{"개정판", "개정증보판", "증보판"},
	}},
	// a battery one changes is not a battery one charges
	{attrPower, [][]string{{"건전지식", "배터리교체식", "배터리교체형"}}},
	{attrLanguage, [][]string{{"영어", "영문"}, {"한국어", "한글", "hangul"}}},
	{attrFill, [][]string{
		{"구스다운", "goosedown"}, {"덕다운", "duckdown"}, {"웰론", "폴리솜", "합성솜"},
	}},
	{attrLens, [][]string{{"편광", "편광렌즈", "polarized"}, {"변색", "변색렌즈"}, {"미러렌즈", "미러코팅"}}},
	// the side of a car or a bike a part is for, the way a footbath or a shaver works, how far a
	// machine runs by itself, how a fridge cools
	{attrWetDry, [][]string{{"건식"}, {"습식"}}},
	{attrAutomation, [][]string{{"전자동"}, {"반자동"}}},
	{attrFridgeCool, [][]string{{"직냉식"}, {"간냉식"}}},
	{attrFrontRear, [][]string{{"전면", "전면용", "앞", "프론트", "front"}, {"후면", "후면용", "뒤", "리어", "rear"}}},
	// what a supplement, a seed or a cleaner is sold as: ground, rolled into pills, pressed,
	// filled into capsules, gummies, liquid, foam or whole (round74; every spelling read whole only:
	// 가루 of 밀가루, 정제 of 세정제 are no form)
	{attrDoseForm, [][]string{
		{"분말", "가루", "파우더"}, {"환"}, {"정", "타블렛", "정제"}, {"캡슐", "연질캡슐", "베지캡슐", "소프트젤"},
		{"젤리", "구미", "거미"}, {"액상", "시럽"}, {"거품", "거품형", "폼타입"}, {"홀", "whole"},
	}},
}

// The kinds this file adds, with the Korean word a finding names each by.
const (
	attrFill       = "fill"       // 구스다운 / 덕다운 / 웰론: what a duvet or a jacket is filled with
	attrLens       = "lens"       // 편광 / 변색 / 미러: a pair of sunglasses' lens
	attrWetDry     = "wetdry"     // 건식 / 습식
	attrAutomation = "automation" // 전자동 / 반자동
	attrFridgeCool = "fridgecool" // 직냉식 / 간냉식
	attrFrontRear  = "frontrear"  // 전면 / 후면
	attrDoseForm   = "doseform"   // 분말 / 환 / 정 / 캡슐
)

var rivalKinds = []struct{ kind, label string }{
	{attrFill, "충전재"}, {attrLens, "렌즈"},
	{attrWetDry, "건식/습식"},
	{attrAutomation, "자동 방식"}, {attrFridgeCool, "냉각 방식"}, {attrFrontRear, "전면/후면"},
	{attrDoseForm, "제형"},
}

// exactOnlyRivalWords are the words above read only as whole words: 한글 in 한글날, 영문 in
// 영문학, 변색 in 변색방지, 편광 in 편광판. 한글 is no
// longer glossed as goods (glossesbyarea.go): its gloss, korean, is the language 한국어.
var exactOnlyRivalWords = map[string]bool{
	"한글": true, "영문": true, "전면": true, "후면": true, "리어": true, "프론트": true, "앞": true, "뒤": true, "건식": true, "습식": true, "변색": true, "편광": true,
	"정": true, "환": true, "홀": true, "구미": true, "거미": true,
	"분말": true, "가루": true, "파우더": true, "타블렛": true, "정제": true, "캡슐": true, "젤리": true, "액상": true,
	"시럽": true, "거품": true,
}

// addRivalValues writes the groups above into the lexicon m.
func addRivalValues(m map[string]attribute) {
	for _, g := range lexiconGroupsRivals {
		for _, syn := range g.words {
			for _, w := range syn {
				m[w] = attribute{kind: g.kind, value: syn[0]}
			}
		}
	}
}

// rivalKindNames lists the kinds this file adds.
func rivalKindNames() []string {
	ks := make([]string, len(rivalKinds))
	for i, k := range rivalKinds {
		ks[i] = k.kind
	}
	return ks
}

// rivalKindLabel is the Korean name of a kind this file adds, "" for any other.
func rivalKindLabel(kind string) string {
	for _, k := range rivalKinds {
		if k.kind == kind {
			return k.label
		}
	}
	return ""
}

// isRivalKind reports whether kind is one this file adds.
func isRivalKind(kind string) bool { return rivalKindLabel(kind) != "" }

// optionChosen keeps, of the values rf a registered name writes of one kind, those its option
// writes when its title writes others too and the exposed name fewer values (ef): 엠블럼 전면
// 후면 / 전면용 is the front one, the title listing what the listing sells.
func optionChosen(rf, ef []fact, r *reading) []fact {
	if len(ef) >= len(rf) {
		return rf
	}
	n := 0
	for _, f := range rf {
		if optionWrites(f, r) {
			n++
		}
	}
	if n == 0 || n == len(rf) {
		return rf
	}
	out := rf[:0]
	for _, f := range rf {
		if optionWrites(f, r) {
			out = append(out, f)
		}
	}
	return out
}

// optionWrites reports whether the option of r writes the value f (one of its spans).
func optionWrites(f fact, r *reading) bool {
	if f.sp.Start >= r.optStart {
		return true
	}
	for _, sp := range f.more {
		if sp.Start >= r.optStart {
			return true
		}
	}
	return false
}

// rivalsBoth reports whether each name writes a value of a kind of this file the other does not
// (rx, ex): 전면 against 후면 is another part, 앞+뒤 against 앞 a set against its part, which the
// bundle's rule names.
func rivalsBoth(kind string, rx, ex []fact) bool {
	return !isRivalKind(kind) || len(rx) > 0 && len(ex) > 0
}

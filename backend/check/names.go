package check

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// Difference kinds: what part of two names disagrees.
const (
	KindCount     = "count"    // 3개 vs 5개, 1+1 vs 3개
	KindCapacity  = "capacity" // 500ml vs 1l
	KindWeight    = "weight"   // 160g vs 150g
	KindLength    = "length"   // 230mm vs 240mm
	KindStorage   = "storage"  // 64gb vs 128gb
	KindPercent   = "percent"  // 20% vs 17%
	KindSize      = "size"     // m vs l, 95 vs 100
	KindModel     = "model"    // s23 vs s24
	KindUnit      = "unit"     // another measure: 4인용 vs 6인용
	KindColor     = attrColor
	KindFlavor    = attrFlavor
	KindScent     = attrScent
	KindGoods     = attrKind // which goods: 캐슈넛 vs 아몬드
	KindTarget    = attrTarget
	KindSkin      = attrSkin
	KindConnect   = attrConnect
	KindPort      = attrPort
	KindTemp      = attrTemp
	KindSpec      = attrSpec
	KindVariant   = attrVariant
	KindUse       = attrUse
	KindSleeve    = attrSleeve
	KindShape     = attrShape
	KindVariety   = attrVariety
	KindPower     = attrPower
	KindNetwork   = attrNetwork
	KindAuthentic = attrAuth
	KindPackage   = attrPackage
	KindFinish    = attrFinish
	KindBed       = attrBed
	KindGrind     = attrGrind
	KindEgg       = attrEgg
	KindRefill    = attrRefill
	KindMaterial  = attrMaterial
	KindPattern   = attrPattern
	KindEdition   = attrEdition
	KindInstall   = attrInstall
	KindSide      = attrSide
	KindScreen    = attrScreen
	KindFit       = attrFit
	KindCut       = attrCut
	KindFat       = attrFat
	KindHeat      = attrHeat
	KindGrade     = "grade"    // 1+ vs 1++, 2B vs B, MB4+ vs MB6+
	KindCharge    = "charge"   // 2.0Ah vs 4.0Ah, 10000mAh vs 20000mAh
	KindWatt      = "watt"     // 25W vs 45W
	KindForm      = "form"     // 립 글로우 / 립 글로우 오일, 사료 / 인도어 사료: a form or use one name adds
	KindBundle    = "bundle"   // 헤드레스트 포함 vs 없음, 본체만 vs 배터리 세트
	KindOpposite  = "opposite" // 접지 vs 비접지, 타공 vs 무타공: a word and its negation
	KindMounting  = "mounting" // 벽걸이 vs 탁상, 벽부착형 vs 입식 (mounting.go)
	KindUsePlace  = "useplace" // 차량용 vs 가정용, 실내용 vs 실외용, 강아지용 vs 고양이용 (usewords.go)
	KindInitial   = "initial"  // 이니셜 K vs M, 알파벳 B vs Letter D (initialletters.go)
	KindFirmness  = "firmness" // 소프트 vs 미디엄 vs 하드 (firmness.go)
)

// KindLabel is the difference kind in Korean, as used in messages ("용량 160g ↔ 150g").
func KindLabel(kind string) string {
	if l, ok := KindName(kind); ok {
		return l
	}
	return "구성"
}

// KindName is KindLabel for a known difference kind; ok is false for any other word.
func KindName(kind string) (string, bool) {
	l := kindName(kind)
	return l, l != ""
}

func kindName(kind string) string {
	switch kind {
	case KindCount:
		return "수량"
	case KindCapacity, KindWeight:
		return "용량"
	case KindLength:
		return "길이"
	case KindStorage:
		return "저장 용량"
	case KindPercent:
		return "함량"
	case KindSize:
		return "사이즈"
	case KindModel:
		return "모델"
	case KindUnit:
		return "규격"
	case KindColor:
		return "색상"
	case KindFlavor:
		return "맛"
	case KindScent:
		return "향"
	case KindGoods:
		return "품목"
	case KindTarget:
		return "사용 대상"
	case KindSkin:
		return "피부 타입"
	case KindConnect:
		return "연결 방식"
	case KindPort:
		return "단자"
	case KindTemp:
		return "보관 방식"
	case KindSpec:
		return "규격"
	case KindVariant:
		return "모델"
	case KindUse:
		return "용도"
	case KindSleeve:
		return "소매 길이"
	case KindShape:
		return "모양"
	case KindVariety:
		return "종류"
	case KindPower:
		return "전원 방식"
	case KindWord:
		return "상품명"
	case KindGrade:
		return "등급"
	case KindCharge:
		return "배터리 용량"
	case KindWatt:
		return "출력"
	case KindBundle:
		return "구성"
	case KindNetwork:
		return "통신 방식"
	case KindAuthentic:
		return "정품 여부"
	case KindPackage:
		return "구성"
	case KindFinish:
		return "마감"
	case KindBed:
		return "침대 크기"
	case KindGrind:
		return "원두 상태"
	case KindEgg:
		return "달걀 크기"
	case KindRefill:
		return "본품/리필"
	case KindMaterial:
		return "소재"
	case KindPattern:
		return "무늬"
	case KindEdition:
		return "판본"
	case KindInstall:
		return "설치"
	case KindSide:
		return "장착 위치"
	case KindScreen:
		return "해상도"
	case KindFit:
		return "핏"
	case KindCut:
		return "기장"
	case KindFat:
		return "지방 함량"
	case KindHeat:
		return "사용 열원"
	case KindLanguage:
		return "언어판"
	case KindDrive:
		return "핸들 위치"
	case KindVoltage:
		return "전압"
	case KindOrigin:
		return "원산지"
	case KindChannel:
		return "채널 수"
	case KindForm:
		return "제품 형태·용도"
	case KindMounting:
		return "설치 방식"
	case KindUsePlace:
		return "사용처"
	case KindInitial:
		return "이니셜"
	case KindFirmness:
		return "강도"
	case KindOpposite:
		return "반대 속성"
	case KindPrepared:
		return "가공 상태"
	}
	if l := exclusiveKindLabel(kind); l != "" {
		return l
	}
	return rivalKindLabel(kind)
}

// Difference is one way two names disagree. Registered and Exposed are the differing values as
// written in each name ("" when that name does not say it); the spans point into the original
// strings given to CompareNames, so the UI can highlight them.
type Difference struct {
	Kind string `json:"kind"`
	// Severity is order.Block when a typed attribute differs (a count, a capacity, a colour, a
	// grade, a model…) and order.Warn when only words remain unexplained (확인 필요).
	Severity        order.Severity `json:"severity"`
	Registered      string         `json:"registered"`
	Exposed         string         `json:"exposed"`
	RegisteredSpans []Span         `json:"registeredSpans,omitempty"`
	ExposedSpans    []Span         `json:"exposedSpans,omitempty"`
}

// NameComparison is the verdict on a registered name and the name the buyer saw.
type NameComparison struct {
	// Match is true when the two names describe the same goods (wording, order, spacing,
	// width, packaging words may differ; counts, capacities, sizes and attributes may not).
	Match bool `json:"match"`
	// Severity is the highest severity of the differences: order.Block, order.Warn (확인 필요:
	// only words the matcher cannot explain), or "" when the names match.
	Severity    order.Severity `json:"severity,omitempty"`
	Differences []Difference   `json:"differences,omitempty"`
}

// Blocks reports whether a typed attribute differs: the shipment must be held.
func (c NameComparison) Blocks() bool { return c.Severity == order.Block }

// RegisteredName is the seller's registered name of a line as CompareLine compares it: product
// name and option name, joined by " / " (which keeps counts of the two apart).
func RegisteredName(l *order.Line) string {
	if l.OptionName == "" {
		return l.ProductName
	}
	return l.ProductName + " / " + l.OptionName
}

// CompareLine compares a line's registered name with its exposed name, taking the bundle size
// into account. A line without an exposed name matches.
func CompareLine(l *order.Line) NameComparison {
	var m Matcher
	return m.CompareLine(l)
}

// CompareLine is the package's CompareLine using m's buffers.
func (m *Matcher) CompareLine(l *order.Line) NameComparison {
	if strings.TrimSpace(l.ExposedName) == "" {
		return NameComparison{Match: true}
	}
	return m.Compare(RegisteredName(l), l.ExposedName, l.Multiplier())
}

// CompareNames compares a registered name (product name + option name) with the name the buyer
// saw, by meaning rather than by string.
func CompareNames(registered, exposed string) NameComparison {
	return CompareBundle(registered, exposed, 1)
}

// CompareBundle is CompareNames for a marketplace bundle of bundle packs: the exposed count may
// be the registered count times the bundle size.
func CompareBundle(registered, exposed string, bundle int) NameComparison {
	var m Matcher
	return m.Compare(registered, exposed, bundle)
}

// Matcher compares names like CompareBundle but keeps its working buffers from one comparison
// to the next, for checking many lines in a row. The zero value is ready to use. A Matcher is
// not safe for concurrent use: give each goroutine its own.
type Matcher struct {
	r, e   reading
	rf, ef folded

	// first buffers for what most names say, so that a one-off comparison does not allocate
	// each of them; names that say more grow them on the heap
	countArr [4]countRun
	auxArr   [8]token // measures and numbers
	factArr  [6]fact  // attributes
	wordArr  [16]wordRead
	wattrArr [8]attribute

	rpos, epos []int32 // byte positions of names whose spaces are written irregularly

	ungated bool // run every rule whatever the gates say (a test's switch)

	keepWording   bool                         // keep the word ⚠ the wording model would leave out (its training's switch)
	wordingInputs [wordingFeatureCount]float64 // what the model read, with keepWording (wordingodds.go)
	wordingRead   bool

	memo     wordMemo // the words read in earlier comparisons (wordmemo.go)
	compared bool     // whether m has compared a pair before: the memo is kept from the second on
}

// measureKinds pairs each measured dimension with its difference kind, in report order.
var measureKinds = [...]struct {
	dim  dim
	kind string
}{{dimVolume, KindCapacity}, {dimWeight, KindWeight}, {dimLength, KindLength}, {dimStorage, KindStorage}, {dimPercent, KindPercent},
	{dimCharge, KindCharge}, {dimPower, KindWatt}}

// Compare is CompareBundle using m's buffers. The result shares no memory with m.
func (m *Matcher) Compare(registered, exposed string, bundle int) NameComparison {
	if bundle < 1 {
		bundle = 1
	}
	rn, en := oneSpaced(registered, m.rpos), oneSpaced(exposed, m.epos)
	if rn.pos != nil {
		m.rpos = rn.pos
	}
	if en.pos != nil {
		m.epos = en.pos
	}
	registered, exposed = rn.text, en.text
	r, e := &m.r, &m.e
	if m.rf.rs == nil && m.ef.rs == nil {
		// a fresh Matcher: one allocation each for the runes and the tokens of both names
		nr, ne := utf8.RuneCountInString(registered)+2, utf8.RuneCountInString(exposed)+2
		rs := make([]frune, 0, nr+ne)
		m.rf.rs, m.ef.rs = rs[:0:nr], rs[nr:nr]
		tr, te := nr/3+4, ne/3+4
		toks := make([]token, 0, tr+te)
		r.toks, e.toks = toks[:0:tr], toks[tr:tr]
		// and the Matcher's own first buffers for counts, measures, numbers and attributes
		r.counts, e.counts = m.countArr[:0:2], m.countArr[2:2]
		aux := m.auxArr[:]
		r.measures, r.numbers, e.measures, e.numbers = aux[0:0:2], aux[2:2:4], aux[4:4:6], aux[6:6]
		r.attrs, e.attrs = m.factArr[:0:3], m.factArr[3:3]
		r.words, r.wordAttrs = m.wordArr[:0], m.wattrArr[:0]
	}
	m.rf.ungated, m.ef.ungated = m.ungated, m.ungated
	if m.compared {
		r.memo, e.memo = &m.memo, &m.memo
	}
	m.compared = true
	r.read(registered, &m.rf, nil)
	e.read(exposed, &m.ef, r)
	r.optStart = optionStart(registered)
	r.dropTagRestated() // [2개입] … / 2개 (tagcounts.go)
	e.dropTagRestated()
	r.joinPULeather()
	e.joinPULeather()
	r.dropMiniForSmall(e)
	e.dropMiniForSmall(r)
	r.dropMiniAfterSharedCode(e) // CJE-A0305 미니 (mini.go)
	e.dropMiniAfterSharedCode(r)
	r.dropMiniAfterValue(e) // 충전식 미니, 24K 미니 (mini.go)
	e.dropMiniAfterValue(r)
	r.dropMiniGluedToShared(e) // 미니PC against 미니PC (mini.go)
	e.dropMiniGluedToShared(r)
	r.readBareCEnds() // C to 8핀 (cableends.go)
	e.readBareCEnds()
	r.readJackPort(e) // 3.5mm 이어폰 against C타입 이어폰 (cableends.go)
	e.readJackPort(r)
	r.dropLightOfLED(e)
	e.dropLightOfLED(r)
	r.dropDoseMetals() // 비오틴 아연 60정: zinc the nutrient (dosemetals.go)
	e.dropDoseMetals()
	r.dropInstrumentDrum(e) // 전자드럼 (drumwasher.go)
	e.dropInstrumentDrum(r)
	r.readPlainRuling(e) // 노트 플레인 against 줄노트 (plainruling.go)
	e.readPlainRuling(r)
	r.splitVariantSuffix(e)
	e.splitVariantSuffix(r)
	r.ouncesAsWeight(e)
	e.ouncesAsWeight(r)
	r.dropInitialisms(e)
	e.dropInitialisms(r)
	r.dropNamedCounts(e)
	e.dropCopiedMultipliers(r)
	r.readLetterT(e)
	e.readLetterT(r)
	r.readTeeth(e)
	e.readTeeth(r)
	r.readBanknotes() // 만원권 (banknotes.go)
	e.readBanknotes()
	r.readLatinSizeWords(e) // 블랙, Large against 블랙 M (latinsizewords.go)
	e.readLatinSizeWords(r)
	r.readChildGender(e) // 보이즈 against 키즈 (boysgirls.go)
	e.readChildGender(r)
	r.readChildTargetsAsOne(e) // 주니어 … 어린이 against 키즈 (childtargets.go)
	e.readChildTargetsAsOne(r)
	r.readBothGenders(e) // 남아 여아 against 남녀공용 (bothgenders.go)
	e.readBothGenders(r)
	r.readWattFractions()
	e.readWattFractions()
	r.readRKMCodes(e)
	e.readRKMCodes(r)
	r.readClothCounts(e)
	e.readClothCounts(r)
	r.readListingNotations(e)
	e.readListingNotations(r)
	r.readArabicVersions(e) // E30 2 against E30 II (romanversions.go)
	e.readArabicVersions(r)
	r.joinVoltageSingles(e) // 12V 24V 겸용 against 12/24V (voltagesingles.go)
	e.joinVoltageSingles(r)
	r.readTildeRanges(e)
	e.readTildeRanges(r)
	r.readEnglishGenerations()
	e.readEnglishGenerations()
	r.readPipeSizes(e)
	e.readPipeSizes(r)
	r.readSizeProducts(e)
	e.readSizeProducts(r)
	r.readSameNumberCount(e)
	e.readSameNumberCount(r)
	r.dropFitsNote(e)
	e.dropFitsNote(r)
	r.dropScaleStep(e) // 전자저울 30kg 5g: the reading step (scalesteps.go)
	e.dropScaleStep(r)
	r.dropEachMeasure(e) // 1.5kg (각 500g): the weight of each part (eachmeasures.go)
	e.dropEachMeasure(r)
	if bundle > 1 {
		r.bundleMeasures(e, bundle) // 1m in a bundle of 10 against 10m (bundledmeasures.go)
	}
	// the gates read the tokens as the rules below see them: after every pass that changes them
	r.scanGates(m.ungated)
	e.scanGates(m.ungated)
	var diffs []Difference
	diffs = compareCounts(r, e, bundle, diffs)
	diffs = compareHalfPair(r, e, diffs)
	for _, d := range measureKinds {
		diffs = compareMeasures(r, e, d.dim, d.kind, diffs)
	}
	diffs = compareSizes(r, e, diffs)
	diffs = compareFractions(r, e, diffs)
	diffs = compareModelWords(r, e, diffs)
	diffs = compareGrades(r, e, diffs)
	diffs = compareModels(r, e, diffs)
	diffs = compareVoltages(r, e, diffs)
	diffs = comparePlusCodes(r, e, diffs)
	diffs = compareChannels(r, e, diffs)
	diffs = compareModifiers(r, e, diffs)
	diffs = compareGenerations(r, e, diffs)
	diffs = compareVersions(r, e, diffs)
	diffs = compareLetterEndings(r, e, diffs)
	diffs = compareOther(r, e, diffs)
	diffs = compareDenier(r, e, diffs)
	diffs = compareNumberGroups(r, e, diffs)
	diffs = compareTiers(r, e, diffs)
	diffs = compareAttributes(r, e, diffs)
	diffs = comparePowerSource(r, e, diffs)       // 충전식 드릴 against 유선 드릴, 가스 against 전기식 (powersource.go)
	diffs = comparePreparedStates(r, e, diffs)    // 삶은시래기 against 건시래기 (preparedstates.go)
	diffs = compareAdapterDirections(r, e, diffs) // C타입 to USB against USB-A to USB-C (adapterdirections.go)
	diffs = compareFirmness(r, e, diffs)          // 칫솔 미디움 against 소프트 (firmness.go)
	diffs = compareInitials(r, e, diffs)          // 이니셜 K against M (initialletters.go)
	diffs = compareWarmWhite(r, e, diffs)
	diffs = compareNegations(r, e, diffs)
	diffs = compareAloneIncluded(r, e, diffs)
	diffs = compareSpareParts(r, e, diffs)
	diffs = compareAccessories(r, e, diffs)
	diffs = compareBodySizes(r, e, diffs)
	diffs = compareStandardType(r, e, diffs)
	diffs = compareSlotCodes(r, e, diffs)
	diffs = compareLineLetters(r, e, diffs)
	diffs = compareLetterCodes(r, e, diffs)
	diffs = compareHyphenTails(r, e, diffs)
	diffs = compareLetterTypes(r, e, diffs)
	diffs = compareListingNotations(r, e, diffs)
	diffs = compareFirstWordValues(r, e, diffs)
	diffs = compareOpposites(r, e, diffs)
	diffs = comparePresence(r, e, diffs)       // 가시제거 against 가시있음 (presenceendings.go)
	diffs = compareFreeStatements(r, e, diffs) // 불소 무함유 vs 불소 (freestatements.go)
	diffs = compareMounting(r, e, diffs)
	diffs = compareUses(r, e, diffs)
	diffs = compareWholeParts(r, e, diffs)
	diffs = compareFormEndings(r, e, diffs)
	diffs = compareMainItem(r, e, diffs)
	diffs = quietSetParts(e, diffs)
	quiet := quietUnnamedColours(e, diffs)
	diffs = quietSearchTitleValues(r, e, diffs) // 야자숯 성형탄 캠핑 바베큐 / 10kg (searchtitles.go)
	if !blocks(diffs) {
		diffs = compareNumbers(r, e, diffs)
	}
	if !blocks(diffs) {
		diffs = compareWords(r, e, diffs)
		diffs = compareVariantPlace(r, e, diffs)
		diffs = compareValuePrefixes(r, e, diffs)
		diffs = compareValueSlots(r, e, diffs)     // 스트롱 치약 against 센서티브 치약 (valueslots.go)
		diffs = compareMaterialTypes(r, e, diffs)  // 스타킹형 against 부직포형 (materialtypes.go)
		diffs = compareStandardChoice(r, e, diffs) // 마그네틱 against 일반형 (standardchoice.go)
	}
	diffs = compareChannelLayouts(r, e, diffs) // 3.1.2채널 against 3.1.2ch (channellayouts.go)
	diffs = compareIssueDates(r, e, diffs)     // 2025년 2월호 against 2025.2 (issuedates.go)
	if quiet {
		diffs = restoreUnnamedColours(r, e, diffs)
		diffs = dropOneColourGoods(r, diffs) // 유축기 / 화이트 vs 유축기, 1개 (onecolourgoods.go)
	}
	diffs = quietSetParts(e, diffs) // and the parts the words left unexplained
	// 본품+다지기 vs HB6571 다지기 세트: the set's main item (mainitemsets.go)
	diffs = dropMainItemOfSet(r, e, diffs)
	diffs = dropSellerOnlyForms(diffs)
	diffs = m.dropLikelyWording(diffs, registered, exposed) // the word ⚠'s odds (wordingodds.go)
	if rn.pos != nil || en.pos != nil {
		for i := range diffs {
			diffs[i].RegisteredSpans = rn.spans(diffs[i].RegisteredSpans)
			diffs[i].ExposedSpans = en.spans(diffs[i].ExposedSpans)
		}
	}
	return verdict(diffs)
}

// dropFitsNote leaves out a 호환 written right after a model code the other name does not write:
// 토너 … SL-M2030 호환 is a toner that fits the SL-M2030 printer, which says nothing of whether it
// is genuine. (정품 호환 and MLT-K200L 호환 토너 still say the goods are a compatible make.)
func (rd *reading) dropFitsNote(other *reading) {
	if !rd.holds(attrAuth) {
		return // none to read (attrkinds.go)
	}
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrAuth && f.key != "정품" && len(f.more) == 0 && rd.afterOtherCode(f.sp, other) {
			rd.attrs = append(rd.attrs[:i], rd.attrs[i+1:]...)
			return
		}
	}
}

// afterOtherCode reports whether the token at sp comes right after a model code that other does
// not write (SL-M2030 호환: the printer it fits). After the goods' own code (MLT-K200L 호환 토너)
// 호환 says the goods are a compatible make.
func (rd *reading) afterOtherCode(sp Span, other *reading) bool {
	i := tokenAt(rd, sp)
	return i > 0 && rd.toks[i-1].kind == tModel && !other.explainsCode(codeKey(rd.toks[i-1].text))
}

// dropInitialisms leaves out the measures of rd that are a brand's initialism the other name
// spells in Hangul (3M of 3M 마스킹테이프 against 쓰리엠 마스킹 테이프 is no length of three metres).
func (rd *reading) dropInitialisms(other *reading) {
	out := rd.measures[:0]
	for _, t := range rd.measures {
		if t.dim == dimLength && t.unit == "m" && t.sp.Start == 0 &&
			(spelledLetters(rd.name[t.sp.Start:t.sp.End], other) || startsAlike(rd, other, t.sp) ||
				rd.brandLength(t) && !other.writesLength(t.value) && !other.startsWithLength()) {
			continue
		}
		out = append(out, t)
	}
	rd.measures = out
}

// brandLength reports whether the length t, which starts the name, is written as the brand 3M is
// (the one brand of everyday goods that reads as a length): a capital M glued to the 3 and a word
// right after it (3M 스카치, 3M Post-it). Another length at a name's start (2M 연장선) stays a
// length.
func (rd *reading) brandLength(t token) bool {
	if rd.name[t.sp.Start:t.sp.End] != "3M" {
		return false
	}
	for i := range rd.toks {
		if rd.toks[i].sp == t.sp {
			return i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord
		}
	}
	return false
}

// startsWithLength reports whether rd's first token is a length (5M 케이블).
func (rd *reading) startsWithLength() bool {
	return len(rd.toks) > 0 && rd.toks[0].kind == tMeasure && rd.toks[0].dim == dimLength
}

// writesLength reports whether rd gives a length of the value v.
func (rd *reading) writesLength(v float64) bool {
	for i := range rd.measures {
		if m := &rd.measures[i]; m.dim == dimLength && same(m.value, v) {
			return true
		}
	}
	return false
}

// dropNamedCounts leaves out a count of the product part of a registered name (rd) whose
// number the other name writes bare, not as a count, while the option part gives a count of its
// own: the number belongs to the product's name (실루엣 41P / 10개 against 실루엣 41 P … 10p is a
// hanger model 41 sold in tens, not 410 hangers).
func (rd *reading) dropNamedCounts(other *reading) {
	if rd.optStart >= len(rd.name) || len(rd.counts) < 2 {
		return
	}
	optionCount := false
	for _, c := range rd.counts {
		optionCount = optionCount || c.sp.Start >= rd.optStart
	}
	if !optionCount {
		return
	}
	rd.dropCounts(func(c *countRun) bool {
		return c.sp.End <= rd.optStart && c.n == 1 && !c.items && other.writesBareOnly(c.value)
	})
}

// writesBareOnly reports whether rd writes the number v bare and never as a count.
func (rd *reading) writesBareOnly(v float64) bool {
	bare := false
	for i := range rd.toks {
		t := &rd.toks[i]
		switch {
		case t.kind == tNumber && same(t.value, v):
			bare = true
		case t.kind == tMeasure && t.dim == dimCount && same(t.value, v):
			return false
		}
	}
	return bare
}

// ouncesAsWeight reads the ounces of rd as a weight (17oz of sauce is 482g) when rd gives no
// other volume and other gives a weight and no volume.
func (rd *reading) ouncesAsWeight(other *reading) {
	ounces := false
	for i := range rd.measures {
		t := &rd.measures[i]
		switch {
		case t.dim == dimVolume && (t.unit == "oz" || t.unit == "온스"):
			ounces = true
		case t.dim == dimVolume:
			return
		}
	}
	if !ounces || !other.hasDim(dimWeight) || other.hasDim(dimVolume) {
		return
	}
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimVolume && t.value >= 0 {
			t.dim, t.value = dimWeight, t.num*28.3495
		}
	}
}

// optionStart is where the option name begins in a registered name as RegisteredName joins it,
// or the name's length when it has no option.
func optionStart(registered string) int {
	if i := strings.Index(registered, " / "); i >= 0 {
		return i + 3
	}
	return len(registered)
}

// verdict sets each difference's severity (Block unless it was made a warning) and the
// comparison's.
func verdict(diffs []Difference) NameComparison {
	c := NameComparison{Match: len(diffs) == 0, Differences: diffs}
	for i := range diffs {
		if diffs[i].Severity == "" {
			diffs[i].Severity = order.Block
		}
		if diffs[i].Severity == order.Block || c.Severity == "" {
			c.Severity = diffs[i].Severity
		}
	}
	return c
}

func blocks(diffs []Difference) bool {
	for _, d := range diffs {
		if d.Severity != order.Warn {
			return true
		}
	}
	return false
}

// fact is one value read from a name, with where it was written.
type fact struct {
	key     string // canonical value for set comparison (words)
	kind    string // attribute kind, for attributes
	word    string // folded word an attribute was read from
	numeric bool   // compared by value instead of key
	approx  bool   // converted from another unit system: compared with a tolerance
	weak    bool   // a unit taken from a neighbour: the number written anywhere explains it
	value   float64
	num     float64 // a measure's number as written
	text    string  // original text
	sp      Span    // where it is first written
	more    []Span  // where else
}

// countRun is a run of counts written together (10개입 x 3박스 = 30).
type countRun struct {
	value   float64 // the product of the factors
	factors [maxFactors]countFactor
	n       int  // factors used; a longer run keeps only its product
	sp      Span // from the first to the last token of the run
	// items: counted from items joined by a plus (본품+리필, 600mm+400mm); a name that also
	// states a count (2개입) is read by that count
	items bool
	// weak: read only from bare numbers multiplied, with no unit and no measure beside them
	// (하드코어 X4 for a 4-strand line, 칼락스 2x2 for a shelf grid): a count only when the other
	// name states one too
	weak bool
}

// countFactor is one count of a run: 10 per pack (inner) or 3 boxes.
type countFactor struct {
	value float64
	inner bool
}

const maxFactors = 4

// reading is what one name says.
type reading struct {
	name     string
	toks     []token
	counts   []countRun
	measures []token // non-count measures
	sizes    []fact  // letter sizes and numbers used as sizes
	numbers  []token // bare numbers that are not counts
	models   []fact
	grades   []fact // 1+, 1++, mb4+, 2b: key is the grade, kind its family
	attrs    []fact // kind and canonical value

	kinds factKinds // the kinds of attrs, for the rules' first tests (attrkinds.go)

	gates gateBits // what the tokens contain, for the rules' gates (scanGates)
	says  nameSig  // the syllables and letters the name writes, for the rules' first tests

	// the first and last syllables of the name's words, as the rules read them (scanGates)
	firstSyls, lastSyls sylSet

	// respelled: the word rule gave a word another spelling (canonicalize), so words are
	// looked for as written too
	respelled bool

	// optStart is where the option begins in a registered name ("product / option"), the
	// name's length when it has none; 0 for an exposed name, which is not split
	optStart int

	units     float64 // the number of units the name says, 1 when it says none
	saysCount bool    // whether the name says a count at all
	weakCount bool    // whether every count it says is weak (countRun.weak)
	pairs     bool    // whether it counts in pairs (1쌍): a pair may be counted as two pieces
	supply    bool    // whether it says a supply (2개월분): a pill count elsewhere is not compared

	attrBuf []attribute // scratch for reading one word's attributes
	attrArr [4]attribute

	// words are the readings of the plain words of the name, by the word alone (wordIndex and
	// readIndexed), with their attributes in wordAttrs: the other name of the pair takes the
	// reading of a word written the same from here instead of reading it again
	words     []wordRead
	wordAttrs []attribute

	// memo is the Matcher's memo of words read in earlier comparisons (wordmemo.go); nil for none
	memo *wordMemo

	// leftover is unaccounted's buffer for the words of the name the other does not account for
	leftover []fact

	// sounds are the sound keys of the tokens' words (soundsWrittenAs), each read when first
	// asked for in a pair and read again when the token's word has changed since
	sounds []tokenSound
}

// tokenSound is the sound key of a token's word, of the word it was read from.
type tokenSound struct {
	of    string
	valid bool
	k     soundKey
}

// soundOfToken is the sound key of the word of token i, read once a pair while the word stays.
func (rd *reading) soundOfToken(i int) *soundKey {
	if len(rd.sounds) != len(rd.toks) {
		rd.sounds = slices.Grow(rd.sounds[:0], len(rd.toks))[:len(rd.toks)]
		for j := range rd.sounds {
			rd.sounds[j].valid = false
		}
	}
	s, w := &rd.sounds[i], rd.toks[i].text
	if !s.valid || s.of != w {
		soundOf(&s.k, w)
		s.of, s.valid = w, true
	}
	return &s.k
}

// wordRead is the reading of one plain word: what depends on the word alone.
type wordRead struct {
	text         string
	canon        string
	stop, attr   bool
	wf           wordFlags
	attrs, attrN int32 // wordAttrs[attrs : attrs+attrN]
}

// readBefore is the reading of the plain word w and its attributes that prior (the pair's other
// name, read first) or the Matcher's memo holds; nil when neither has read w.
func (rd *reading) readBefore(prior *reading, w string) (*wordRead, []attribute) {
	if wr := prior.wordRead(w); wr != nil {
		return wr, prior.wordAttrs[wr.attrs : wr.attrs+wr.attrN]
	}
	return rd.memo.find(w)
}

// wordRead finds the reading of the plain word w in rd's words, nil when rd has none.
func (rd *reading) wordRead(w string) *wordRead {
	if rd == nil {
		return nil
	}
	for i := range rd.words {
		if wr := &rd.words[i]; sameWord(wr.text, w) {
			return wr
		}
	}
	return nil
}

// read reads name into rd, reusing rd's and f's buffers. A word that prior (read before, from
// the other name of the pair) has read already is not read again; prior may be nil.
// totalCounts sets the units the counts read come to, whether the name says a count, and whether
// every count it says is weak; again whenever a rule drops a count it read.
func (rd *reading) totalCounts() {
	rd.units, rd.saysCount = rd.countTotal()
	rd.weakCount = rd.saysCount
	for _, c := range rd.counts {
		rd.weakCount = rd.weakCount && c.weak
	}
}

// dropCounts leaves out, in place, the counts drop says are not counts (drop may record what
// they are instead), and totals the counts again when it left any out; it reports whether it did.
func (rd *reading) dropCounts(drop func(c *countRun) bool) bool {
	out := rd.counts[:0]
	for i := range rd.counts {
		// drop reads the count in place (a copy handed to the closure would escape to the heap).
		if !drop(&rd.counts[i]) {
			out = append(out, rd.counts[i])
		}
	}
	dropped := len(out) != len(rd.counts)
	rd.counts = out
	if dropped {
		rd.totalCounts()
	}
	return dropped
}

func (rd *reading) read(name string, f *folded, prior *reading) {
	foldInto(f, name)
	keep := rd.attrBuf
	if keep == nil {
		keep = rd.attrArr[:0]
	}
	*rd = reading{name: name, toks: tokenizeInto(f, rd.toks[:0]), counts: rd.counts[:0], measures: rd.measures[:0],
		sizes: rd.sizes[:0], numbers: rd.numbers[:0], models: rd.models[:0], grades: rd.grades[:0], attrs: rd.attrs[:0], attrBuf: keep,
		words: rd.words[:0], wordAttrs: rd.wordAttrs[:0], leftover: rd.leftover[:0], sounds: rd.sounds[:0], memo: rd.memo}
	rd.says = f.says
	rd.storageGrams()
	rd.romanVersions()
	rd.readOrdinals()  // 2번째컷, 1st (ordinals.go)
	rd.dozensOfPacks() // 12개입, 3타 (dozenpacks.go)
	rd.readCounts()
	rd.eachCounts()        // S M L 각1쌍 (eachcounts.go)
	rd.dropParenRestated() // 10개(5쌍) (parencounts.go)
	rd.personSetsInRuns()  // 4인조 24피스 (personsets.go)
	rd.totalCounts()
	attrBuf := rd.attrBuf[:0]
	for i := 0; i < len(rd.toks); i++ {
		t := &rd.toks[i]
		switch t.kind {
		case tMeasure:
			if t.dim == dimOther { // a measure of a known dimension is never a listed word
				if a, ok := lookupListed(t.text); ok { // 8핀, 5핀
					rd.addAttribute(a, t.text, t.sp)
					continue
				}
				if a, ok := lookupListed(t.unit); ok && a.kind == attrVariant {
					rd.addAttribute(a, t.unit, t.sp) // 아이폰16프로: a model's number and its variant
					continue
				}
			}
			if t.dim == dimOther && supplyOf(rd.toks, i) {
				rd.supply = true
			}
			if t.dim == dimOther && t.unit == "등급" && t.value >= 0 { // 1등급
				rd.grades = append(rd.grades, fact{key: formatValue(t.num), text: name[t.sp.Start:t.sp.End], sp: t.sp})
				continue
			}
			if t.dim != dimCount && t.value >= 0 {
				rd.measures = append(rd.measures, *t)
			}
		case tGrade:
			if a, ok := plusVariant(t.text); ok { // Pro+ is 프로 플러스
				rd.addAttribute(a, t.text, t.sp)
				rd.addAttribute(plusAttr, t.text, t.sp)
				continue
			}
			rd.grades = append(rd.grades, fact{key: codeKey(t.text), kind: gradeFamily(t.text), text: name[t.sp.Start:t.sp.End], sp: t.sp})
		case tSize:
			rd.sizes = addFact(rd.sizes, t.unit, 0, name, t.sp)
		case tWord, tModel:
			// two words that are one listed word: 로즈 골드, c 타입, usb-c
			if i+1 < len(rd.toks) {
				a, ok := joinedWord(name, &rd.toks[i], &rd.toks[i+1])
				if !ok {
					a, ok = markedWord(name, rd.toks, i)
				}
				if ok {
					rd.addAttribute(a, "", Span{t.sp.Start, rd.toks[i+1].sp.End})
					t.attr, rd.toks[i+1].attr = true, true
					i++
					continue
				}
			}
			if pencilGrade(t.text) {
				rd.grades = append(rd.grades, fact{key: t.text, kind: "pencil", text: name[t.sp.Start:t.sp.End], sp: t.sp})
				continue
			}
			if t.kind == tModel {
				if a, ok := resolutionCode(t.text); ok {
					rd.addAttribute(a, t.text, t.sp) // 4K, 8K: a resolution written as a code
				}
				rd.models = addFact(rd.models, codeKey(t.text), 0, name, t.sp)
				continue
			}
			// a word read as listed words is left to the attribute rules; a word with an unknown
			// part (깐마늘) or a plain one (일반용) is compared by the word rule too
			if wr, attrs := rd.readBefore(prior, t.text); wr != nil {
				t.canon, t.stop, t.attr = wr.canon, wr.stop, wr.attr
				t.wf, t.wfOf = wr.wf, t.text
				attrBuf = append(attrBuf[:0], attrs...)
			} else {
				var e wordEntry
				indexed := false
				if wordIndexKeys.may(t.text) {
					e, indexed = wordIndex[t.text]
				}
				t.canon, t.stop = e.canon, e.stop
				t.wf, t.wfOf = e.flags, t.text
				if key := joinedKey(t.text); key == t.text {
					attrBuf, t.attr = readIndexed(key, e.attr, indexed && e.listed, attrBuf[:0])
				} else {
					attrBuf, t.attr = readWord(key, attrBuf[:0])
				}
				rd.memo.keep(t, attrBuf)
			}
			if prior == nil {
				rd.words = append(rd.words, wordRead{text: t.text, canon: t.canon, stop: t.stop, attr: t.attr, wf: t.wf,
					attrs: int32(len(rd.wordAttrs)), attrN: int32(len(attrBuf))})
				rd.wordAttrs = append(rd.wordAttrs, attrBuf...)
			}
			rd.attrBuf = attrBuf // keep a grown buffer
			if len(attrBuf) == 1 && attrBuf[0] == miniAttr && describesNext(rd.toks, i) {
				t.attr = false // 미니 건조기: a small dryer, not a Mini model; left to the word rule
				continue
			}
			for _, a := range attrBuf {
				rd.addAttribute(a, t.text, t.sp)
			}
		}
	}
}

// describesNext reports whether the word at i stands before a Hangul word as its adjective (미니
// 건조기, 미니 빔프로젝터) rather than after a name or before a number as a model (DJI 미니 4,
// 아이패드 미니).
func describesNext(toks []token, i int) bool {
	if latinWord(toks[i].text) || i+1 >= len(toks) {
		return false // Mini in Latin letters names a model (MX Keys Mini 그래파이트)
	}
	if a, ok := lookupListed(toks[i+1].text); ok && a.kind == attrColor && (!hangulWordAt(toks, i+2) || namedBefore(toks, i)) {
		return false // before its colour (부스터 프로 미니 핑크, 아이패드 미니 그레이 케이스): 미니 ends the model's name
	}
	// 미니PC glued to a Latin word is read against the other name (dropMiniGluedToShared); 미니
	// first or after a describing word, before a colour and the goods' word (미니 핑크 가습기,
	// 휴대용 미니 핑크 선풍기), describes the goods
	return hangulWordAt(toks, i+1)
}

// namedBefore reports whether the token before i names something (아이패드 of 아이패드 미니): a
// word or code that is no listed attribute, no stop word and no describing word (휴대용 미니).
func namedBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := &toks[i-1]
	return (p.kind == tWord || p.kind == tModel) && !p.stop && !p.attr && !describingWord(p.text)
}

// hangulWordAt reports whether toks holds a word not in Latin letters at j.
func hangulWordAt(toks []token, j int) bool {
	return j < len(toks) && toks[j].kind == tWord && !latinWord(toks[j].text)
}

func (rd *reading) addAttribute(a attribute, word string, sp Span) {
	if a.plain {
		return // 오리지널, 기본: saying nothing is the same as saying this
	}
	for i := range rd.attrs {
		if rd.attrs[i].kind == a.kind && rd.attrs[i].key == a.value {
			rd.attrs[i].more = append(rd.attrs[i].more, sp)
			return
		}
	}
	rd.appendAttr(fact{kind: a.kind, key: a.value, word: word, text: rd.name[sp.Start:sp.End], sp: sp})
}

// plusVariant reads a model word written with a plus sign (pro+, max+) as the variant and 플러스.
func plusVariant(text string) (attribute, bool) {
	w, ok := strings.CutSuffix(text, "+")
	if !ok {
		return attribute{}, false
	}
	a, ok := lookupListed(w)
	return a, ok && a.kind == attrVariant
}

// joinedWord reads two neighbouring words, written apart or with a hyphen, as one listed word.
func joinedWord(name string, a, b *token) (attribute, bool) {
	if b.kind != tWord || a.sp.End > b.sp.Start || len(a.text)+len(b.text) > maxEntryLen || !startsListed(a.text) && !shadeWord(a.text) {
		return attribute{}, false
	}
	if gap := name[a.sp.End:b.sp.Start]; gap != "" && gap != " " { // most words: one space apart
		if gap = strings.TrimSpace(gap); gap != "" && gap != "-" {
			return attribute{}, false
		}
	}
	var buf [maxEntryLen]byte
	k := append(append(buf[:0], a.text...), b.text...)
	var at attribute
	ok := false
	if (a.text == "" || listedLens.lens(a.text)&(1<<len(k)) != 0) && listedKeys.mayBytes(k) { // a listed word of a's first letter is as long
		at, ok = lexicon[string(k)]
	}
	if !ok && (shadeStart(a.text) || a.text == "" && shadeStart(b.text)) { // shadedColour reads only such words
		at, ok = shadedColour(string(k)) // 다크 그레이
	}
	return at, ok
}

func addFact(fs []fact, key string, value float64, name string, sp Span) []fact {
	for i := range fs {
		if !fs[i].numeric && fs[i].key == key {
			fs[i].more = append(fs[i].more, sp)
			return fs
		}
	}
	return append(fs, fact{key: key, value: value, text: name[sp.Start:sp.End], sp: sp})
}

// addMeasure adds a measured value (160g and 0.16kg are one fact).
func addMeasure(fs []fact, t *token, name string) []fact {
	for i := range fs {
		if fs[i].numeric && same(fs[i].value, t.value) {
			fs[i].more = append(fs[i].more, t.sp)
			fs[i].weak = fs[i].weak && t.weak
			return fs
		}
	}
	return append(fs, fact{numeric: true, value: t.value, num: t.num, approx: t.approx, weak: t.weak,
		text: name[t.sp.Start:t.sp.End], sp: t.sp})
}

// addNumber adds a value compared by number (160g and 0.16kg are one fact).
func addNumber(fs []fact, value float64, name string, sp Span) []fact {
	for i := range fs {
		if fs[i].numeric && same(fs[i].value, value) {
			fs[i].more = append(fs[i].more, sp)
			return fs
		}
	}
	return append(fs, fact{numeric: true, value: value, text: name[sp.Start:sp.End], sp: sp})
}

// readCounts finds the counts of a name: count measures, numbers next to a multiplier (x3,
// 3 x 500ml) and sums (1+1 = 2, 2+1 = 3). Counts written together multiply; bare numbers that
// are not counts are kept as possible sizes.
func (rd *reading) readCounts() {
	toks := rd.toks
	isCountish := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		t := &toks[i]
		return (t.kind == tMeasure && t.dim == dimCount) || t.kind == tNumber
	}
	var cur countRun
	open := false
	flush := func() {
		if open && cur.value > 0 {
			rd.counts = append(rd.counts, cur)
		}
		open = false
	}
	add := func(v float64, inner bool, from, to Span) {
		if !open {
			cur, open = countRun{value: 1, sp: from, weak: true}, true
		}
		cur.weak = false
		if cur.n < maxFactors {
			cur.factors[cur.n] = countFactor{v, inner}
		}
		cur.n++
		cur.value *= v
		cur.sp.End = to.End
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		switch t.kind {
		case tMeasure:
			if t.dim != dimCount {
				// 20ml + 20ml, 600mm+400mm, 20+28인치: two items
				n, first := 1, t.sp
				for i+2 < len(toks) && toks[i+1].kind == tPlus && toks[i+2].kind == tMeasure &&
					toks[i+2].dim == t.dim && t.dim != dimOther {
					n++
					i += 2
				}
				if n > 1 {
					flush()
					add(float64(n), false, first, toks[i].sp)
					cur.items = true
					flush()
				}
				if sizeAt(toks, i) {
					flush() // 18T 1220x2440 1장: a size between two counts ends the run (sizeruns.go)
				}
				continue // 150g x 3개: a capacity inside a run of counts does not end it
			}
			if t.value < 0 {
				flush()
				continue
			}
			if pairUnit(t.unit) {
				rd.pairs = true
			}
			// 31-40미, 15~17과: a range, not a count; its ends are compared as numbers
			if i >= 2 && toks[i-1].kind == tBreak && (toks[i-1].text == "-" || toks[i-1].text == "~" || toks[i-1].text == "/") &&
				toks[i-2].kind == tNumber && adjacent(&toks[i-2], &toks[i-1]) && adjacent(&toks[i-1], t) {
				flush()
				rd.numbers = append(rd.numbers, *t)
				continue
			}
			// 1개+1개, 1+1개
			if i+2 < len(toks) && toks[i+1].kind == tPlus && isCountish(i+2) && toks[i+2].value > 0 {
				add(t.value+toks[i+2].value, false, t.sp, toks[i+2].sp)
				i += 2
				continue
			}
			add(t.value, t.inner, t.sp, t.sp)
		case tNumber:
			switch {
			case t.value > 0 && i+2 < len(toks) && toks[i+1].kind == tPlus && isCountish(i+2) && toks[i+2].value > 0:
				// 1+1, 2+1, 1+1+1
				sum, end := t.value, i
				for end+2 < len(toks) && toks[end+1].kind == tPlus && isCountish(end+2) && toks[end+2].value > 0 {
					sum += toks[end+2].value
					end += 2
				}
				add(sum, false, t.sp, toks[end].sp)
				i = end
			case strengthMark(toks, i): // 2X 300mg: double strength (strengthmarks.go)
				flush()
				rd.numbers = append(rd.numbers, *t)
			case dimensionFactor(toks, i) || unitLayout(toks, i) || sizeWrittenElsewhere(toks, i): // unitLayout: 1x2 (barecounts.go); 5x5cm … 5x5 (baresizes.go)
				flush() // 8x25mm: a screw's size, not eight of 25mm
				rd.numbers = append(rd.numbers, *t)
				if toks[i+2].kind == tNumber { // 8X25: both sides
					rd.numbers = append(rd.numbers, toks[i+2])
					i += 2
				}
			case t.value > 0 && t.value == math.Trunc(t.value) && ((i > 0 && toks[i-1].kind == tTimes) || (i+1 < len(toks) && toks[i+1].kind == tTimes)):
				// a whole number multiplied counts packs (2 x 500ml); M10 x 1.5 is a thread's pitch
				weak := !measureAcross(toks, i)
				if weak && !open {
					cur, open = countRun{value: 1, sp: t.sp, weak: true}, true
				}
				w := cur.weak && weak
				add(t.value, false, t.sp, t.sp)
				cur.weak = w
			default:
				flush()
				rd.numbers = append(rd.numbers, *t)
			}
		case tTimes, tPlus:
		case tWord:
			// 본품+리필, 본품 370ml + 리필 320ml: a main item and a refill are two
			if k := refillAfter(toks, i); k > 0 {
				flush()
				add(2, false, t.sp, toks[k].sp)
				cur.items = true
				flush()
				i = k
				continue
			}
			flush()
		default:
			flush()
		}
	}
	flush()
}

// supplyOf reports whether the measure toks[i] says how long the goods last (2개월분, 30일분), or
// how many uses they hold (20회분: twenty treatments, however many strips or sachets make one).
func supplyOf(toks []token, i int) bool {
	switch toks[i].unit {
	case "일분", "개월분", "주분", "회분":
		return true
	case "개월", "주", "일":
		return i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].text == "분" && adjacent(&toks[i], &toks[i+1])
	}
	return false
}

// pairUnits count pairs that may be counted as two pieces: 1쌍 of dumbbells is 2개 (but
// 3켤레 of socks is sold as three).
var pairUnits = map[string]bool{"쌍": true}

// measureAcross reports whether the bare number toks[i], multiplied, has a measure or a count
// across its multiplication sign (200g x 2, 2 x 500ml, 3개 x 2): then it counts packs.
func measureAcross(toks []token, i int) bool {
	if i >= 2 && toks[i-1].kind == tTimes {
		if p := &toks[i-2]; p.kind == tMeasure || p.kind == tBreak && p.text == ")" {
			return true
		}
	}
	if i+2 < len(toks) && toks[i+1].kind == tTimes && toks[i+2].kind == tMeasure {
		return true
	}
	return false
}

// refillAfter: when toks[i] is 본품 or 리필 and a plus sign joins it to what follows or to what
// comes before (본품+리필, 본품 370ml + 리필 320ml, 250ml + 리필 200ml), the index of the last
// token of the pair; else 0. A main item and a refill are two.
func refillAfter(toks []token, i int) int {
	if toks[i].text != "본품" && toks[i].text != "본체" && toks[i].text != "리필" {
		return 0
	}
	// a plus before: 250ml + 리필
	if i >= 2 && toks[i-1].kind == tPlus && (toks[i-2].kind == tMeasure || toks[i-2].kind == tWord) {
		if i+1 < len(toks) && toks[i+1].kind == tMeasure && toks[i+1].dim != dimCount {
			return i + 1
		}
		return i
	}
	plus := false
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := &toks[k]
		switch {
		case t.kind == tPlus:
			plus = true
		case t.kind == tWord && (t.text == "리필" || t.text == "본품" || t.text == "본체") && plus:
			return k
		case t.kind == tWord && plus:
			return 0
		case t.kind == tBreak && t.text != "(" && t.text != ")":
			return 0
		}
	}
	return 0
}

// storageGrams reads 32G as 32GB in a name that gives storage in GB or TB elsewhere: a weight
// in grams that is a power of two next to storage sizes is a storage size.
func (rd *reading) storageGrams() {
	if says := smallLetters(rd.says); !says.mayWrite(&sigSmallG) {
		return // no g of either case: no gram to read again
	}
	storage := false
	for i := range rd.toks {
		storage = storage || rd.toks[i].kind == tMeasure && rd.toks[i].dim == dimStorage
	}
	if !storage {
		return
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tMeasure && t.dim == dimWeight && t.unit == "g" && t.num >= 2 && t.num <= 8192 &&
			t.num == math.Trunc(t.num) && int(t.num)&(int(t.num)-1) == 0 {
			t.dim, t.value = dimStorage, t.num*1024
		}
	}
}

// total is the number of units a name says, and whether it says any.
func (rd *reading) total() (float64, bool) { return rd.units, rd.saysCount }

// countTotal works out total once per reading.
func (rd *reading) countTotal() (float64, bool) {
	if len(rd.counts) == 0 {
		return 1, false
	}
	// items joined by a plus count only when the name states no count of its own
	stated := 0
	for i := range rd.counts {
		if !rd.counts[i].items {
			stated++
		}
	}
	if stated > 0 && stated < len(rd.counts) {
		out := rd.counts[:0] // in place: the runs kept keep their order
		for _, c := range rd.counts {
			if !c.items {
				out = append(out, c)
			}
		}
		rd.counts = out
	}
	total := unionTotal(rd.counts, -1)
	// a single count that restates the product of the others: 24개 (8매 x 3팩)
	if len(rd.counts) > 1 {
		for i, c := range rd.counts {
			if c.n != 1 || c.factors[0].inner || c.value <= 1 || same(c.value, total) || factorsBut(rd.counts, i) < 2 {
				continue
			}
			if same(c.value, unionTotal(rd.counts, i)) {
				return c.value, true
			}
		}
	}
	return total, true
}

// factorsBut counts the factors other than 1 of the runs other than skip.
func factorsBut(counts []countRun, skip int) int {
	n := 0
	for i, c := range counts {
		if i == skip {
			continue
		}
		for k := 0; k < min(c.n, maxFactors); k++ {
			if c.factors[k].value != 1 {
				n++
			}
		}
	}
	return n
}

// unionTotal is the product of the counts, leaving out run skip. The name's counts are the union
// of the factors of its runs, each factor as often as the run that repeats it most: "100매 /
// 100매 x 10팩" is 100 × 10, "5개 / 5개" is 5, and "2개 x 2세트" is 4. A run too long to keep its
// factors counts as one factor.
func unionTotal(counts []countRun, skip int) float64 {
	var union [2 * maxFactors]countFactor
	var mult [2 * maxFactors]int
	n := 0
	total := 1.0
	for ci, c := range counts {
		if ci == skip {
			continue
		}
		if c.n > maxFactors {
			total *= c.value
			continue
		}
		for i := 0; i < c.n; i++ {
			f := c.factors[i]
			if f.value == 1 {
				continue
			}
			times := 0 // how often this run has f
			for j := 0; j < c.n; j++ {
				if c.factors[j] == f {
					times++
				}
			}
			k := 0
			for k < n && union[k] != f {
				k++
			}
			switch {
			case k < n:
				mult[k] = max(mult[k], times)
			case n < len(union):
				union[n], mult[n] = f, times
				n++
			default:
				total *= f.value
			}
		}
	}
	for k := 0; k < n; k++ {
		for range mult[k] {
			total *= union[k].value
		}
	}
	return total
}

func countSpans(rd *reading) []Span {
	var sps []Span
	for _, c := range rd.counts {
		sps = append(sps, c.sp)
	}
	return sps
}

func compareCounts(r, e *reading, bundle int, diffs []Difference) []Difference {
	rt, rSays := r.total()
	et, eSays := e.total()
	if !rSays && !eSays {
		return diffs
	}
	if same(rt, et) && bundle == 1 {
		if d, ok := packing(r, e); ok {
			return append(diffs, d) // 100매 vs 50매, 2개
		}
	}
	if bundle == 1 && onePackOfSheets(r, e) { // 10매 against 10매, 10개 (sheetpacks.go)
		return append(diffs, Difference{Kind: KindCount, Registered: countText(rt, rSays), Exposed: countText(et*et, eSays),
			RegisteredSpans: countSpans(r), ExposedSpans: countSpans(e)})
	}
	if sameBeforeBundle(rt, et, rSays, eSays, bundle) || same(rt*float64(bundle), et) || setOfItems(r, e) || setOfItems(e, r) || saleUnitsAgree(r, e, bundle) ||
		bundle == 1 && (includedItems(r, e) || includedItems(e, r)) || // 본품+리필 vs 리필포함 (includeditems.go)
		bundle == 1 && (setContentsAgree(r, e) || setContentsAgree(e, r)) || // 블랙 1개 + 화이트 1개 세트 (setcontents.go)
		bundle == 1 && (setOfPieces(r, e) || setOfPieces(e, r) || piecesInOneSet(r, e) || piecesInOneSet(e, r)) || // 1세트 vs 4개입, 2개 1세트 (setpieces.go)
		bundle == 1 && (countWrittenBare(r, e) || countWrittenBare(e, r) || restatedCount(r, e) || restatedCount(e, r)) ||
		bundle == 1 && (sheetsTimesPacks(r, e) || sheetsTimesPacks(e, r)) || // 8매 x 8팩 vs 8매, 8개 (sheetpacks.go)
		bundle == 1 && (packsCountedAlike(r, e) || packsCountedAlike(e, r)) || // 1000개 x 20갑 vs 20갑 (outerpacks.go)
		packsOfSheets(r, e, bundle) || // 18매 1팩 in a bundle of 2 vs 2개 (packsofsheets.go)
		optionCountsWholeBundle(r, e, bundle) || // 블루 2개 in a bundle of 2 vs 1개 (wholebundleoption.go)
		optionCountsBundledPacks(r, e, bundle) { // 50매 x 4팩 in a bundle of 4 vs 50매, 4개 (wholebundleoption.go)
		return diffs
	}
	// a count read from bare numbers only (X4, 2x2) or a supply against a name that counts
	// nothing: not a count of what is in the box
	if !rSays && (e.weakCount || r.supply) || !eSays && (r.weakCount || e.supply) {
		return diffs
	}
	// 1쌍 against 2개: a pair counted as two pieces
	b := float64(bundle)
	if r.pairs != e.pairs && (r.pairs && (same(2*rt, et) || same(2*rt*b, et)) || e.pairs && (same(rt, 2*et) || same(rt*b, 2*et))) {
		return diffs
	}
	if dropFeatureCounts(r, e) || dropHoleCounts(r, e) || dropSetKinds(r, e) || dropKindsBesideCount(r, e, bundle) || dropTitleSpecCounts(r, e, bundle) || dropNameNumbers(r, e, bundle) || dropPiecesInWeight(r, e) || dropUnitContents(r, e) {
		return compareCounts(r, e, bundle, diffs) // 토스터 2구, 9개 동시제빙, 4종세트 of 세트, 1세트, 10미 300g, 1손 (2마리): not counts (featurecounts.go, setkinds.go, piecesinweight.go, unitcontents.go)
	}
	d := Difference{Kind: KindCount, Registered: countText(rt, rSays), Exposed: countText(et, eSays),
		RegisteredSpans: countSpans(r), ExposedSpans: countSpans(e)}
	if bundle > 1 {
		d.Registered += " × 묶음 " + strconv.Itoa(bundle)
	}
	return append(diffs, d)
}

func countText(v float64, says bool) string {
	if !says {
		return "1개(표기 없음)"
	}
	return formatValue(v) + "개"
}

// compareMeasures compares the values of one dimension. When both names give values, the sets
// must be equal, after dropping totals that a name derives from its own values (1kg (500g x 2)).
func compareMeasures(r, e *reading, d dim, kind string, diffs []Difference) []Difference {
	if !r.hasDim(d) || !e.hasDim(d) {
		return diffs
	}
	var rb, eb [4]fact
	rv := measureFacts(rb[:0], r, d)
	ev := measureFacts(eb[:0], e, d)
	if len(rv) == 0 || len(ev) == 0 {
		return diffs
	}
	var rxb, exb [4]fact
	rx, ex := dropWeak(extrasTo(rxb[:0], rv, ev), e), dropWeak(extrasTo(exb[:0], ev, rv), r)
	rx, ex = dropUnitless(rx, e), dropUnitless(ex, r)
	if d == dimLength {
		rx, ex = dropAssumed(rx, e), dropAssumed(ex, r)
		rx, ex = dropAssumedCm(rx, r, e), dropAssumedCm(ex, e, r)
		rx, ex = dropJacks(rx, r, e), dropJacks(ex, e, r) // 마이크 6m 3.5mm: the plug
		// 16mm vs 16파이: the number written with another unit word (numberunitword.go)
		rx, ex = dropNumbersWrittenAs(rx, r, e), dropNumbersWrittenAs(ex, e, r)
		rx, ex = dropPitches(rx, ex) // 16인치 against 3/8": the bar and the pitch (chainpitches.go)
	}
	if len(rx) == 0 && len(ex) == 0 {
		return diffs
	}
	// memory and storage both written on one side (16GB 512GB) against one of them
	if d == dimStorage && (len(rx) == 0 || len(ex) == 0) && !r.plusBetween(d) && !e.plusBetween(d) {
		return diffs
	}
	// a total against its parts: 1.2kg vs 불고기 600g + 국거리 600g
	if (d == dimVolume || d == dimWeight) && (len(rv) == 1 && sumOf(e, d, rv[0]) || len(ev) == 1 && sumOf(r, d, ev[0]) ||
		perPieceMeasure(rx, ex, r) && !countedAlike(rx, ex, r, e) || perPieceMeasure(ex, rx, e) && !titlePieceCountedAlike(ex, rx, e, r, d)) {
		return diffs
	}
	// a size written as W×D on one side and W on the other: the other dimension is extra
	if d == dimLength && (len(ex) == 0 && allWeak(rx) && r.dimCount(d) > e.dimCount(d) || len(rx) == 0 && allWeak(ex) && e.dimCount(d) > r.dimCount(d)) {
		return diffs // (but 76x76 against 76x127 is another size)
	}
	if d == dimLength && (len(ex) == 0 && otherSide(rx, r, e) || len(rx) == 0 && otherSide(ex, e, r)) {
		return diffs // 122cm x 1m vs 1m: one side of the size left out
	}
	if d == dimLength && (len(ex) == 0 && (thirdAxis(rx, r, e) || thicknessOnly(rx, r)) || len(rx) == 0 && (thirdAxis(ex, e, r) || thicknessOnly(ex, e))) {
		return diffs // 1100 x 1100 vs 1100 x 1100 x 150mm: the height added (thirdaxis.go)
	}
	if d == dimLength && (len(ex) == 0 && wholeSizeAlone(rx, r, e) || len(rx) == 0 && wholeSizeAlone(ex, e, r)) {
		return diffs // 5mm 594 x 841mm vs 5T A1: the sheet's size beside the thickness both write
	}
	return append(diffs, difference(kind, rv, ev, rx, ex))
}

// dropUnitless leaves out the values whose number other writes bare, with its unit left out
// (1.25 for 1.25mm, beside 12m both names write).
func dropUnitless(fs []fact, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if f.num <= 0 || !other.writesBare(f.num) {
			out = append(out, f)
		}
	}
	return out
}

// writesBare reports whether rd writes v as a bare number that is not a count.
func (rd *reading) writesBare(v float64) bool {
	for i := range rd.numbers {
		if same(rd.numbers[i].num, v) {
			return true
		}
	}
	return false
}

// dropAssumed leaves out the values whose number other writes as a size with an assumed unit
// (40 of 40 x 40cm against 40x40).
func dropAssumed(fs []fact, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !other.assumedNumber(f.num) {
			out = append(out, f)
		}
	}
	return out
}

func (rd *reading) assumedNumber(v float64) bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.assumed && same(t.num, v) {
			return true
		}
	}
	return false
}

// sumOf reports whether rd writes two values or more of dimension d that add up to total.
func sumOf(rd *reading, d dim, total fact) bool {
	sum, n := 0.0, 0
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == d && t.value > 0 {
			sum += t.value
			n++
		}
	}
	return n >= 2 && near(fact{value: sum}, total) && !rd.titleRepeatsOption(d)
}

func allWeak(fs []fact) bool {
	for _, f := range fs {
		if !f.weak {
			return false
		}
	}
	return true
}

// dropWeak leaves out the values whose unit was taken from a neighbour (24 of 24-105mm) when the
// other name writes their number anyway (RF24-105mm).
func dropWeak(fs []fact, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !f.weak || !other.writes(f.num) {
			out = append(out, f)
		}
	}
	return out
}

// plusBetween reports whether rd joins two values of dimension d with a plus (64GB+128GB).
func (rd *reading) plusBetween(d dim) bool {
	for i := 1; i+1 < len(rd.toks); i++ {
		if rd.toks[i].kind == tPlus && rd.toks[i-1].kind == tMeasure && rd.toks[i-1].dim == d && rd.toks[i+1].kind == tMeasure && rd.toks[i+1].dim == d {
			return true
		}
	}
	return false
}

// dimCount is how many values of dimension d rd writes, each time it writes one.
func (rd *reading) dimCount(d dim) int {
	n := 0
	for i := range rd.measures {
		if rd.measures[i].dim == d {
			n++
		}
	}
	return n
}

func (rd *reading) hasDim(d dim) bool {
	for i := range rd.measures {
		if rd.measures[i].dim == d {
			return true
		}
	}
	return false
}

// measureFacts appends rd's values of dimension d to fs.
func measureFacts(fs []fact, rd *reading, d dim) []fact {
	for i := range rd.measures {
		t := &rd.measures[i]
		if t.dim != d {
			continue
		}
		fs = addMeasure(fs, t, rd.name)
	}
	if len(fs) < 2 || (d != dimVolume && d != dimWeight) {
		return fs
	}
	// drop derived totals: v = u × k for another value u and a count k of the same name
	var dropArr [8]bool
	drop := dropArr[:0]
	if len(fs) > len(dropArr) {
		drop = make([]bool, 0, len(fs))
	}
	for i, f := range fs {
		derived := false
		for j, u := range fs {
			if i == j || u.value <= 0 {
				continue
			}
			k := f.value / u.value
			if k > 1.5 && same(k, math.Round(k)) && rd.hasCount(math.Round(k)) {
				derived = true
				break
			}
		}
		drop = append(drop, derived)
	}
	out := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

func (rd *reading) hasCount(k float64) bool {
	for _, c := range rd.counts {
		if same(c.value, k) {
			return true
		}
	}
	t, _ := rd.total()
	return same(t, k)
}

// extras are the facts of a that b lacks.
func extras(a, b []fact) []fact { return extrasTo(nil, a, b) }

// extrasTo is extras appended to out: a caller's buffer on its stack, so that a comparison with
// a few extras allocates nothing for them (the difference copies what it shows).
func extrasTo(out, a, b []fact) []fact {
	for _, f := range a {
		found := false
		for _, g := range b {
			if f.numeric == g.numeric && (f.numeric && near(f, g) || !f.numeric && f.key == g.key) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, f)
		}
	}
	return out
}

// difference builds a Difference showing the extras of each side, or all its values when it has
// no extra of its own.
func difference(kind string, rAll, eAll, rx, ex []fact) Difference {
	if len(rx) == 0 {
		rx = rAll
	}
	if len(ex) == 0 {
		ex = eAll
	}
	d := Difference{Kind: kind}
	d.Registered, d.RegisteredSpans = joinFacts(rx)
	d.Exposed, d.ExposedSpans = joinFacts(ex)
	return d
}

func joinFacts(fs []fact) (string, []Span) {
	if len(fs) == 0 {
		return "", nil
	}
	texts := make([]string, 0, len(fs))
	var sps []Span
	for _, f := range fs {
		texts = append(texts, strings.TrimSpace(f.text))
		sps = append(sps, f.sp)
		sps = append(sps, f.more...)
	}
	return strings.Join(texts, ", "), sps
}

// compareSizes compares letter sizes (both names must agree when both give one) and numeric
// sizes (95, 100사이즈, 230 or 230mm for shoes): numbers differ when each name has a number the
// other does not have in any form.
func compareSizes(r, e *reading, diffs []Difference) []Difference {
	if len(r.sizes) > 0 && len(e.sizes) > 0 {
		rx, ex := extras(r.sizes, e.sizes), extras(e.sizes, r.sizes)
		rx, ex = dropTwinSizes(rx, r, e), dropTwinSizes(ex, e, r) // XL 초대형 vs 초대형
		if typeBesideSize(r, ex) && len(e.sizes) > 0 || typeBesideSize(e, rx) && len(r.sizes) > 0 {
			rx, ex = nil, nil // 일반형 (대) vs 대형: the standard type beside a size (standardtype.go)
		}
		if len(rx) > 0 || len(ex) > 0 {
			diffs = append(diffs, difference(KindSize, r.sizes, e.sizes, rx, ex))
		}
	}
	var rb, eb [4]fact
	rn, en := sizeNumbers(rb[:0], r, e), sizeNumbers(eb[:0], e, r)
	rn, en = plusGradeNumbers(rn, r, e), plusGradeNumbers(en, e, r) // 슈퍼33+ against 슈퍼88
	rx, ex := numberExtras(rn, r, e), numberExtras(en, e, r)
	if len(rx) > 0 && len(ex) == 0 {
		ex = optionChosenNumbers(rx, r, e) // 아이폰 15 케이스 / 아이폰 14 against 아이폰 15
	}
	if len(rx) > 0 && len(ex) > 0 {
		diffs = append(diffs, difference(KindSize, rn, en, rx, ex))
	}
	return diffs
}

// sizeNumbers appends the numbers of rd that may be sizes: bare numbers, 100사이즈 / 95호, and
// lengths when the other name gives no length (230 vs 240mm).
func sizeNumbers(fs []fact, rd, other *reading) []fact {
	for _, t := range rd.numbers {
		if t.value >= 0 {
			fs = addNumber(fs, t.num, rd.name, t.sp)
		}
	}
	otherHasLength := false
	for _, t := range other.measures {
		if t.dim == dimLength {
			otherHasLength = true
		}
	}
	for _, t := range rd.measures {
		if t.dim == dimSizeNum || (t.dim == dimLength && !otherHasLength && !bareFractionInches(&t)) {
			fs = addNumber(fs, t.num, rd.name, t.sp)
		}
	}
	return fs
}

// numberExtras are the numbers of fs that the other name does not write anywhere.
func numberExtras(fs []fact, rd, other *reading) []fact {
	var out []fact
	for _, f := range fs {
		if groupExplained(f, rd, other) {
			continue // 87-01-250 against 8701250
		}
		if z, ok := zeroCode(f.text); ok && other.writesSize(z) {
			continue
		}
		if rd.steelGrade(f) && !other.writesSteelGrade() {
			continue // 스텐304 against 스테인레스 80cm: the steel (steelgrades.go)
		}
		if !other.writesSize(f.value) || isHoSize(f) && !other.writesHoSize(f.value) {
			out = append(out, f) // 1호 against 2호 … 1m: the 1 of a length is not the size
		}
	}
	return out
}

// writesSize reports whether rd writes v in any form (a Roman numeral word too), or as a length in millimetres or
// centimetres (800 for 80cm, 1400 for 140cm).
func (rd *reading) writesSize(v float64) bool {
	if rd.writes(v) || rd.writesRoman(v) { // 3 of 클래식3 in Classic III
		return true
	}
	for _, t := range rd.measures {
		if t.dim == dimLength && (same(t.value, v) || same(t.value, v*10)) {
			return true
		}
	}
	return false
}

func (rd *reading) writes(v float64) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if (t.kind == tNumber || t.kind == tMeasure && (t.dim != dimCount || rd.rangeEnd(t))) && same(t.num, v) {
			return true
		}
		if z, ok := zeroCode(t.text); ok && t.kind == tNumber && same(z, v) {
			return true // 003 for 0.03
		}
		if (t.kind == tModel || t.kind == tGrade) && digitsWrite(t.text, v) && !isResolution(t.text) {
			return true // 870 of BES870, 24 of RF24; not the 4 of 4K (typedkinds.go)
		}
	}
	return false
}

// digitsWrite reports whether a run of digits of code is the whole number v.
func digitsWrite(code string, v float64) bool {
	if v < 0 || v != math.Trunc(v) || v > 1e12 {
		return false
	}
	for i := 0; i < len(code); {
		if code[i] < '0' || code[i] > '9' {
			i++
			continue
		}
		n := 0.0
		j := i
		for j < len(code) && code[j] >= '0' && code[j] <= '9' {
			n = n*10 + float64(code[j]-'0')
			j++
		}
		if n == v {
			return true
		}
		i = j
	}
	return false
}

// compareNumbers is the last resort for numbers in units the other checks do not pair up
// (128GB vs 256G, where G reads as grams): when each name writes a number that the other does
// not write in any form, they describe different goods.
//
// It only asks for a look (Warn): the typed comparisons above found nothing, so the numbers are
// of a kind they do not read.
//
// A number with a unit (7200RPM) and a code (ST2000DM008) are of kinds that do not meet: a code
// is only set against a bare number (a size code M8W10 against 260), and a bare number that is a
// code's digits (2255517 for 225/55R17) is that code. Zero (0.00 of a lens with no power) says
// "none" and is not compared.
func compareNumbers(r, e *reading, diffs []Difference) []Difference {
	// each finding below needs something of r's and something of e's: when r leaves nothing,
	// e's numbers need not be read (most names leave nothing)
	rx, rBare := unexplained(r, e)
	rc := codesNotNumbers(unexplainedModels(nil, r, e), e)
	rx, rBare = numbersNotCodes(rx, e), numbersNotCodes(rBare, e)
	if len(rx) == 0 && len(rBare) == 0 && len(rc) == 0 {
		return diffs
	}
	ex, eBare := unexplained(e, r)
	ec := codesNotNumbers(unexplainedModels(nil, e, r), r)
	ex, eBare = numbersNotCodes(ex, r), numbersNotCodes(eBare, r)
	if len(rx) > 0 && len(ex) > 0 {
		rx, ex = tradeUnitsAgree(r, e, rx, ex) // 1톤 against 1000kg, 1마 against 90cm (tradeunits.go)
	}
	if len(rx) > 0 && len(ex) > 0 {
		d := difference(KindUnit, nil, nil, rx, ex)
		d.Severity = order.Warn
		return append(diffs, d)
	}
	rBare, eBare = r.notRatios(rBare), e.notRatios(eBare)               // 1:2 against 0102SP4K (colonratios.go)
	rBare, eBare = r.notSeriesNumbers(rBare), e.notSeriesNumbers(eBare) // 5000 시리즈 against HR2545/90 (seriesnumbers.go)
	if len(rBare) > 0 && len(ec) > 0 || len(rc) > 0 && len(eBare) > 0 {
		d := difference(KindUnit, nil, nil, append(rBare, rc...), append(eBare, ec...))
		d.Severity = order.Warn
		return append(diffs, d)
	}
	return diffs
}

// numbersNotCodes leaves out the numbers that are the digits of a code of other (2255517 for
// 225/55R17).
func numbersNotCodes(fs []fact, other *reading) []fact {
	out := fs[:0:0]
	for _, f := range fs {
		if !other.codeDigits(f.text) && !other.writesMemoryRate(f.value) {
			out = append(out, f)
		}
	}
	return out
}

// memoryRate reads a memory module's PC rate (PC5-44800, PC4-25600) as the transfer rate it
// names, the rate divided by 8 (DDR5 5600, DDR4 3200).
func memoryRate(key string) (float64, bool) {
	if len(key) < 7 || key[0] != 'p' || key[1] != 'c' || key[2] < '2' || key[2] > '5' || !isAllDigits(key[3:]) {
		return 0, false
	}
	v, err := strconv.ParseFloat(key[3:], 64)
	return v / 8, err == nil
}

// writesMemoryRate reports whether rd writes a PC rate that names the transfer rate v.
func (rd *reading) writesMemoryRate(v float64) bool {
	for _, m := range rd.models {
		if r, ok := memoryRate(m.key); ok && same(r, v) {
			return true
		}
	}
	return false
}

// codesNotNumbers leaves out the codes whose digits other writes as a number.
func codesNotNumbers(fs []fact, other *reading) []fact {
	out := fs[:0:0]
	for _, f := range fs {
		found := false
		for i := range other.toks {
			if t := &other.toks[i]; t.kind == tNumber && len(t.text) >= 5 && digitsOnly(f.key) == t.text {
				found = true
			}
		}
		if r, ok := memoryRate(f.key); ok && other.writesNumber(r) {
			found = true // PC5-44800 against DDR5 5600
		}
		if !found {
			out = append(out, f)
		}
	}
	return out
}

func (rd *reading) codeDigits(text string) bool {
	if len(text) < 5 {
		return false
	}
	for _, m := range rd.models {
		if digitsOnly(m.key) == text {
			return true
		}
	}
	return false
}

// digitsOnly is s with everything but its digits left out.
func digitsOnly(s string) string {
	var b [32]byte
	n := 0
	for i := 0; i < len(s) && n < len(b); i++ {
		if isDigit(s[i]) {
			b[n] = s[i]
			n++
		}
	}
	return string(b[:n])
}

// unexplained lists the numbers and measures of rd that other does not write in any form, and
// separately the bare numbers among them.
func unexplained(rd, other *reading) (out, bare []fact) {
	check := func(t *token) {
		if t.value < 0 || t.num == 0 || other.writesSize(t.num) || t.kind == tNumber && (rd.groupWritten(t.sp, other) || other.writesGroupOf(t.text)) {
			return
		}
		if boastedRank(t, other) {
			return // [올리브영 1위]: a sales rank, no measure (ranks.go)
		}
		if t.kind == tNumber && rd.steelGrade(fact{value: t.value, sp: t.sp}) && !other.writesSteelGrade() {
			return // 스텐304: the steel (steelgrades.go)
		}
		if (t.dim == dimVolume || t.dim == dimWeight) && (sumOf(other, t.dim, fact{value: t.value}) || rd.piecesMake(t, other)) {
			return // 1.2kg written as 600g + 600g; 80g x 5개입 against 400g
		}
		for i := range other.measures {
			m := &other.measures[i]
			if m.dim != t.dim || t.dim == dimNone {
				continue
			}
			if near(fact{value: m.value, approx: m.approx}, fact{value: t.value, approx: t.approx}) {
				return
			}
		}
		if t.weak && t.dim == dimLength && !other.hasDim(dimLength) {
			return // a W×H size against a name that gives none
		}
		out = addNumber(out, t.num, rd.name, t.sp)
		if t.kind == tNumber {
			bare = addNumber(bare, t.num, rd.name, t.sp)
		}
	}
	for i := range rd.measures {
		check(&rd.measures[i])
	}
	for i := range rd.numbers {
		check(&rd.numbers[i])
	}
	return out, bare
}

func (rd *reading) hasModel(key string) bool {
	for _, m := range rd.models {
		if m.key == key {
			return true
		}
	}
	return false
}

// leadingNumber is the number a model name starts with (20000 of 20000mah), or -1.
func leadingNumber(s string) float64 {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 15 {
		return -1
	}
	v, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		return -1
	}
	return v
}

// compareOther compares measures with units we do not know (4인용, 3단, 2024년형) unit by unit.
func compareOther(r, e *reading, diffs []Difference) []Difference {
	seen := map[string]bool{}
	for _, t := range r.measures {
		if t.dim != dimOther || seen[t.unit] {
			continue
		}
		seen[t.unit] = true
		var rb, eb, rxb, exb [2]fact
		rf, ef := otherFacts(rb[:0], r, t.unit), otherFacts(eb[:0], e, t.unit)
		if len(ef) == 0 {
			continue
		}
		rx, ex := extrasTo(rxb[:0], rf, ef), extrasTo(exb[:0], ef, rf)
		if len(ex) == 0 && totalOfParts(rx, r, t.unit) || len(rx) == 0 && totalOfParts(ex, e, t.unit) {
			continue // 10인분 / 5인분+5인분 against 5인분 + 5인분 (othertotals.go)
		}
		if len(rx) > 0 || len(ex) > 0 {
			diffs = append(diffs, difference(KindUnit, rf, ef, rx, ex))
		}
	}
	return diffs
}

// otherFacts appends to fs the values rd gives in the unit.
func otherFacts(fs []fact, rd *reading, unit string) []fact {
	for _, t := range rd.measures {
		if t.dim == dimOther && t.unit == unit {
			fs = addNumber(fs, t.value, rd.name, t.sp)
		}
	}
	return fs
}

// compareAttributes compares listed words kind by kind: different values are different goods;
// a colour, flavour, scent or kind of goods named on one side only is a difference too.
func compareAttributes(r, e *reading, diffs []Difference) []Difference {
	var kindArr [16]string
	for _, k := range presentKinds(kindArr[:0], r.attrs, e.attrs) {
		rn, en := countAttrs(r.attrs, k), countAttrs(e.attrs, k)
		if rn == 0 && en == 0 || (rn == 0 || en == 0) && !oneSided[k] && !oneSidedValues[k] && k != attrRefill {
			continue
		}
		var rb, eb [4]fact
		rf, ef := attrFacts(rb[:0], r.attrs, k), attrFacts(eb[:0], e.attrs, k)
		if isRivalKind(k) || k == attrFlavor || k == attrScent {
			rf = optionChosen(rf, ef, r) // 전면 후면 / 전면용, 요거트 / 사과: the option's choice (rivalvalues.go)
		} else if k == attrColor && !titleColourWritten(rf, ef, r) {
			rf = optionChosen(rf, ef, r) // 골드 반지 / 로즈골드: the option's colour (optioncolours.go)
		}
		if k == attrFlavor {
			rf, ef = sugarFreeOnce(rf, ef), sugarFreeOnce(ef, rf)       // 무설탕 제로 vs 제로 (sugarfree.go)
			rf, ef = familyBesideKind(rf, ef), familyBesideKind(ef, rf) // 샤인머스켓 꿀포도 vs 샤인머스캣 (flavourkinds.go)
		}
		if k == attrRefill && (rn == 0 || en == 0) {
			// 리필 said on one side only is wording, unless the other name writes another type
			// in its place (캡형 against 리필형)
			if i := r.typeWordFor(ef); rn == 0 && i >= 0 {
				t := &r.toks[i]
				diffs = append(diffs, difference(k, nil, nil, []fact{{text: r.name[t.sp.Start:t.sp.End], sp: t.sp}}, ef))
			} else if i := e.typeWordFor(rf); en == 0 && i >= 0 {
				t := &e.toks[i]
				diffs = append(diffs, difference(k, nil, nil, rf, []fact{{text: e.name[t.sp.Start:t.sp.End], sp: t.sp}}))
			} else if rn == 0 && refillAlone(ef, e, r) || en == 0 && refillAlone(rf, r, e) {
				// 샴푸 against 샴푸 리필: the refill pack is other goods than the full product
				diffs = append(diffs, difference(k, rf, ef, rf, ef))
			}
			continue
		} else if !oneSided[k] && (rn == 0 && !allOneSidedValues(ef) || en == 0 && !allOneSidedValues(rf)) {
			continue // 남성 said on one side is wording; 키즈 is other goods
		}
		if k == attrTarget && en == 0 && titleSaysWhomFor(rf, r) {
			continue // 동아 유아용 빅 크레파스 / 12색 vs 동아 빅 크레파스: the title's search word (childtitles.go)
		}
		if k == attrTarget && (rn == 0 && r.writesBaby() || en == 0 && e.writesBaby()) {
			continue // 아기 볼풀 against 유아용 미니 수영장: a baby's goods said in a word of its own (babywords.go)
		}
		if k == attrVariant && (rn == 0 || en == 0) {
			rf, ef = percentPros(rf, e), percentPros(ef, r) // 35프로 against 35% (percentpro.go)
			if len(rf) == 0 && len(ef) == 0 {
				continue
			}
		}
		if k == attrVariant && (rn == 0 && e.lineBeforeCode(ef, r) || en == 0 && r.lineBeforeCode(rf, e)) {
			continue // Boost Plus GB40 vs GB40: the line of the model both write (linecodes.go)
		}
		if rn == 0 && r.writesInside(ef) || en == 0 && e.writesInside(rf) {
			continue // 옥수수수염차 vs 옥수수 수염차: written inside a longer word
		}
		if rn == 0 && r.writesSplit(ef) || en == 0 && e.writesSplit(rf) {
			continue // 오리가슴살 vs 훈제오리 가슴살: a compound written in two pieces (splitcompounds.go)
		}
		if rn == 0 && r.soundsAll(ef, e) || en == 0 && e.soundsAll(rf, r) {
			continue // 라이트 vs Light, 맥스 vs MaxV: the same word in another script
		}
		if rn == 0 && r.writesAttributeWords(ef) || en == 0 && e.writesAttributeWords(rf) {
			continue // 카누 마일드 로스트 미니 vs 카누 미니 마일드로스트: one word, read two ways
		}
		if k == attrVariant && (rn == 0 && plusGrade(r, ef) || en == 0 && plusGrade(e, rf)) {
			continue // 프라이머시 4 플러스 vs Primacy 4+
		}
		if k == attrColor && (rn == 0 && r.writesColourStems(ef) || en == 0 && e.writesColourStems(rf)) {
			continue // 청백 vs 청백색: the colour without its suffix
		}
		if k == attrColor && (rn == 0 && r.writesHanjaColours(ef) || en == 0 && e.writesHanjaColours(rf)) {
			continue // 금 10개 vs 골드, 10개: the colour's one-syllable letter (hanjacolours.go)
		}
		if k == attrColor && en == 0 && r.titleOnlyColours(rf) {
			continue // TDK 프린터블 CD-R 화이트 / 50장 vs TDK CD-R 프린터블: the line's colour (titlecolours.go)
		}
		if k == attrColor && modelColour(r, e, rn, en) {
			continue // 나인봇 맥스 G2 / 블랙 vs Ninebot MAX G2: the model's one colour
		}
		if k == attrColor && rn == 0 && r.optionOnlyMeasures() {
			continue // 식기세척기 / 6인용 vs 식기세척기 6인용 화이트: the goods' one colour (and of a size: 장난감 / M)
		}
		if k == attrColor && (rn == 0 && colourCount(r, en) || en == 0 && colourCount(e, rn)) {
			continue // 4색 vs 검정+파랑+빨강+노랑
		}
		if en == 0 && productWording[k] && r.describesSharedNoun(rf, e) && len(unaccounted(e, r)) == 0 {
			continue // 실버 체인 팔찌 / 18cm vs 체인 팔찌 18cm: the product's own wording
		}
		if rn == 0 && allSoft(ef, nil) || en == 0 && allSoft(rf, r) {
			continue // 투명 리빙박스 vs 리빙박스: a value that describes, said on one side
		}
		if k == attrKind && (rn == 0 && r.writesSynonyms(ef) || en == 0 && e.writesSynonyms(rf)) {
			continue // 바디워시 vs 바디클렌저: the goods named by another word of the vocabulary
		}
		if k == attrFlavor && (rn == 0 && r.writesSynonyms(ef) || en == 0 && e.writesSynonyms(rf)) {
			continue // 가당연유 vs 연유: the goods' name of the vocabulary, read as a flavour in it
		}
		if k == attrFlavor && en == 0 && r.lengthGoodsTitle(rf, e) {
			continue // 바나나 파라솔 / 3m, 모카포트 어댑터 / 13cm: goods measured by length have no flavour (lengthgoods.go)
		}
		if k == attrFlavor && (rn == 0 && chocolateGoods(ef, e) || en == 0 && chocolateGoods(rf, r)) {
			continue // 린도르 밀크 vs 린도르 밀크 초콜릿: the goods, not a flavour
		}
		if k == attrScent && (rn == 0 && cottonMaterial(ef, e, r) || en == 0 && cottonMaterial(rf, r, e)) {
			continue // 순면 화장솜 vs 순면 코튼 화장솜: cotton goods' material, not a scent
		}
		if k == attrScent && (rn == 0 && namesGoodsOfScent(ef, r) || en == 0 && namesGoodsOfScent(rf, e)) {
			continue // 베이비 파우더 로션 vs 파우더 로션: the goods' name, not a scent (goodsscents.go)
		}
		if (k == attrFlavor || k == attrScent) && (rn == 0 && r.writesAll(ef) || en == 0 && e.writesAll(rf)) {
			continue // 콘스프맛 vs 콘스프, 러브미 향 vs 러브미: a flavour or scent read from its ending, written plainly
		}
		if (k == attrFlavor || k == attrScent) && (rn == 0 && r.writesFlavourStems(ef, k) || en == 0 && e.writesFlavourStems(rf, k)) {
			continue // 해산물맛 vs 해산물향, 새콤한맛 vs 새콤: one flavour, another ending (flavourendings.go)
		}
		if (k == attrFlavor || k == attrScent) && en == 0 && r.titleSaysAbsent(rf) {
			continue // [무향] 유아 로션 / 320ml vs 유아 로션, 320ml: the title's praise (absenttastes.go)
		}
		if (k == attrFlavor || k == attrScent) && en == 0 && r.titleDescribesTaste(rf, e) {
			continue // 고소한맛 참기름 / 350ml vs 참기름, 350ml: the title's praise (describingtastes.go)
		}
		var rxb, exb [4]fact
		if k == attrRefill && len(extrasTo(rxb[:0], rf, ef)) < len(rf) {
			continue // 본품 + 리필 vs 250ml + 리필: one side names both
		}
		rx, ex := unsounded(extrasTo(rxb[:0], rf, ef), e, r), unsounded(extrasTo(exb[:0], ef, rf), r, e)
		rx, ex = writtenJoined(rx, r, e), writtenJoined(ex, e, r)
		if k == attrScent || k == attrFlavor {
			rx, ex = spacedTastes(rx, r, e), spacedTastes(ex, e, r) // 베이비 파우더향 vs 베이비파우더 (spacedscents.go)
		}
		if k == attrFlavor || k == attrKind {
			rx, ex = toolFoodPair(rx, ex, r, e) // 삼겹살 불판 vs 불판: the food a tool is for (foodtools.go)
		}
		if (k == attrFlavor || k == attrScent) && len(ex) == 0 && r.titleSaysAbsent(rx) && len(unaccounted(e, r)) == 0 {
			continue // 무가당 플레인 요거트 vs 플레인 요거트: the title's praise beside the flavour both write (absenttastes.go)
		}
		if (k == attrFlavor || k == attrScent) && len(ex) == 0 && r.titleDescribesTaste(rx, e) && len(unaccounted(e, r)) == 0 {
			continue // [고소한 맛] 초당옥수수 vs 초당 옥수수: the title's praise beside the flavour both write (describingtastes.go)
		}
		if k == attrFlavor && len(ex) == 0 {
			rx = besideOccasion(rx, r, e) // 캠핑 바베큐, 과일 야채 세척: what the goods go with (occasionwords.go)
		}
		if k == attrColor || k == attrFlavor {
			rx, ex = shadeNames(rx, r, e), shadeNames(ex, e, r) // 21호 바닐라 vs 21호: the shade's name (shadenames.go)
		}
		if k == attrColor && len(rx)+len(ex) > 0 {
			rx, ex = brandWords(rx, r, e), brandWords(ex, e, r) // CAMEL MOUNT vs 카멜마운트
			// 투명 장우산 vs 투명우산: the colour glued to the goods' name (gluedcolours.go)
			rx, ex = gluedColours(rx, e), gluedColours(ex, r)
			rx, ex = shadeFamilies(rx, ex, r, e) // 네이비 vs 네이비블루 (shadecolours.go)
			if len(rx) == 0 && r.writesHanjaColours(ex) {
				ex = ex[:0] // 블랙 금장 vs 블랙/골드: the added colour in its one-syllable letter (hanjacolours.go)
			}
		}
		if k == attrMaterial {
			rx, ex = broadSteel(rx, ex, rf, ef) // 스틸 vs 철제, 스틸 vs 스테인리스 (steelwords.go)
		}
		if k == attrFlavor {
			rx, ex = dropNoteWords(rx), dropNoteWords(ex) // 스모키 브라운 vs 브라운: make-up, no flavour (registerspellings.go)
		}
		if !rivalsBoth(k, rx, ex) {
			continue // 앞+뒤 vs 앞: a set against its part (rivalvalues.go)
		}
		if len(rx) == 0 && len(ex) == 0 {
			continue
		}
		if k == attrVariant && (rn == 0 && partsNumbered(ef, r) || en == 0 && partsNumbered(rf, e)) {
			continue // 듀얼 충전기 vs 충전기 2포트: the parts counted by a word (multiplewords.go)
		}
		if k == attrSide && (sidesJoined(rf, ef, e) || sidesJoined(ef, rf, r)) {
			continue // 좌우 세트 vs 좌+우 1세트: both sides, written as the two joined (bothsides.go)
		}
		if k == attrKind && en == 0 && allInOneKinds(rx, r, e) {
			continue // 올인원 남자 스킨로션 vs 올인원 플루이드: the kinds an all-in-one replaces (allinonekinds.go)
		}
		if k == attrKind && coversKinds(rf, rx, ef, ex, r, e) {
			continue // 뚝배기 전골 냄비 vs 뚝배기: the title names the goods by several kinds (severalkinds.go)
		}
		if k == attrUse && placesShared(rx, ex, r, e) {
			continue // 가정용 업소용 겸용 vs 업소용: a name that says two places covers each (usewords.go)
		}
		d := difference(k, rf, ef, rx, ex)
		if k == attrColor && colourSetHolds(rf, ef, rx, ex) {
			d.Severity = order.Warn // 화이트 실버 vs 화이트: one name's colours hold the other's (coloursets.go)
		}
		if k == attrScent && incenseKinds(rx, ex, r, e) {
			d.Severity = order.Warn // 제사향 선향 vs 선향: kinds of incense, not scents (incense.go)
		}
		if k == attrPackage && (setWords(rx) || setWords(ex)) {
			if setWords(rx) && r.writesPlus() || setWords(ex) && e.writesPlus() {
				continue // 단품 against 빔프로젝터 + 삼각대 세트: the part rule names the part
			}
			d.Severity = order.Warn // 단품 against 세트 (or 선물세트): a set may hold the one item
		}
		diffs = append(diffs, d)
	}
	return diffs
}

// writtenJoined leaves out the facts of rd whose word the other name writes joined with the
// word rd writes right after it (꿀 유자차 against 꿀유자차): one compound, spaced two ways.
func writtenJoined(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if i := tokenAt(rd, f.sp); i >= 0 && i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && adjacentWords(rd, i) &&
			other.writesPair(rd.toks[i].text, rd.toks[i+1].text) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// adjacentWords reports whether the words i and i+1 of rd are separated by spaces only.
func adjacentWords(rd *reading, i int) bool {
	a, b := rd.toks[i].sp.End, rd.toks[i+1].sp.Start
	return a <= b && strings.TrimSpace(rd.name[a:b]) == "" // tokens may overlap (A A A / AAA̱0)
}

// writesPair reports whether rd writes a and b joined as one word.
func (rd *reading) writesPair(a, b string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && len(t.text) == len(a)+len(b) && strings.HasPrefix(t.text, a) && strings.HasSuffix(t.text, b) {
			return true
		}
	}
	return false
}

// consumableParts are goods that are themselves the refill of a device (면도날 of a razor, a
// filter, a brush head, a pen's lead): a name that sells them writes 리필 or leaves it out.
var consumableParts = map[string]bool{
	"면도날": true, "날": true, "카트리지": true, "필터": true, "리필필터": true, "교체필터": true, "헤드": true,
	"리필모": true, "칫솔모": true, "교체모": true, "솔모": true, "브러시헤드": true, "심": true, "샤프심": true, "리필심": true,
	"잉크": true, "토너": true, "패드": true, "청소포": true, "봉투": true, "먼지봉투": true, "캡슐": true,
	"액": true, "리필액": true, "앰플": true, "교체용": true,
	"속지": true, "리필속지": true, // a binder's or a diary's sheets: sold as their refill
}

// refillAlone reports whether fs, read from rd, is 리필 only (not 본품, not the type word 리필형,
// not negated: 리필 아님), while other, which writes no refill value, names the full product
// rather than a consumable part that is a refill by nature (면도날, 리필필터).
func refillAlone(fs []fact, rd, other *reading) bool {
	if len(fs) != 1 || fs[0].key != "리필" || strings.HasSuffix(fs[0].word, "형") || rd.writesMain() {
		return false // 리필형 against nothing is a type said on one side (캡형 against 리필형 is read above)
	}
	if i := tokenAt(rd, fs[0].sp); i < 0 || i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && rd.toks[i+1].text == "아님" ||
		refillOfNamedPart(rd, i, other) {
		return false // 리필 아님; 리필 시트 against 시트 (refillparts.go)
	}
	for i := range other.toks {
		if t := &other.toks[i]; t.kind == tWord && consumablePart(t.text) {
			return false
		}
	}
	return true
}

// consumablePart reports whether w names a part that is the refill of a device: a listed part,
// or a word ending in 날 (blade), 필터 or a listed brush head (칫솔모, 솔모).
func consumablePart(w string) bool {
	return consumableParts[w] || len(w) >= 6 && w[0] >= 0x80 &&
		(strings.HasSuffix(w, "날") || strings.HasSuffix(w, "필터") || strings.HasSuffix(w, "모") && consumableParts[w[len(w)-6:]])
}

// refillOfDevice reports whether rd writes the word w (any word, for "") right before 리필 (면도기
// 리필): the refill of the device w, which is its consumable part (면도날).
func (rd *reading) refillOfDevice(w string) bool {
	for i := 0; i+1 < len(rd.toks); i++ {
		if t, u := &rd.toks[i], &rd.toks[i+1]; t.kind == tWord && (w == "" || t.text == w || t.raw == w) && u.kind == tWord && (u.text == "리필" || u.raw == "리필") {
			return true
		}
	}
	return false
}

// hasAttrKind reports whether rd read an attribute of the kind.
func (rd *reading) hasAttrKind(kind string) bool {
	for i := range rd.attrs {
		if rd.attrs[i].kind == kind {
			return true
		}
	}
	return false
}

// writesConsumable reports whether rd writes a consumable part (면도날, 칫솔모, 리필필터).
func (rd *reading) writesConsumable() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (consumablePart(t.text) || t.raw != "" && consumablePart(t.raw)) {
			return true
		}
	}
	return false
}

// writesSynonyms reports whether rd writes, for every fact, a word of the vocabulary group of the
// fact's word (바디클렌저 for 바디워시, 썬블럭 for 선크림).
func (rd *reading) writesSynonyms(fs []fact) bool {
	for _, f := range fs {
		canon := wordSynonyms[f.word]
		if canon == "" {
			return false
		}
		found := false
		for i := range rd.toks {
			t := &rd.toks[i]
			found = found || t.kind == tWord && (t.canon == canon || t.text == canon)
		}
		if !found {
			return false
		}
	}
	return len(fs) > 0
}

// typeWordFor is the index of a type word of rd's own (캡형, 용기형) where the other name writes a
// refill type (리필형), or -1: one is the type of the goods, the other another type.
func (rd *reading) typeWordFor(fs []fact) int {
	typed := false
	for _, f := range fs {
		typed = typed || strings.HasSuffix(f.word, "형")
	}
	if !typed {
		return -1
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && !t.attr && utf8.RuneCountInString(t.text) >= 2 && strings.HasSuffix(t.text, "형") {
			return i
		}
	}
	return -1
}

// setWords reports whether a fact is the plain 단품 or a word with 세트 in it.
func setWords(fs []fact) bool {
	for _, f := range fs {
		if f.word == "단품" || f.word == "set" || strings.Contains(f.word, "세트") && f.word != "풀세트" {
			return true
		}
	}
	return false
}

// compareMainItem: a name that joins the main item to another part with a plus (본품+리필필터,
// 막대걸레 본품 + 청소포) against a name that writes neither 본품 nor any plus sells the part alone
// (리필필터 3개, 청소포 30매): the main item is missing, and that blocks. A name with a plus of its
// own (250ml + 리필 200ml, 1+1) is left to the counts.
func compareMainItem(r, e *reading, diffs []Difference) []Difference {
	if neither(r, e, kindBit(tPlus)) {
		return diffs // mainItemJoined needs a plus
	}
	ri, ei := r.mainItemJoined(), e.mainItemJoined()
	switch {
	case ri >= 0 && ei < 0 && !e.writesMain() && !e.writesPlus() && !includesPartAfter(r, ri+1, e):
		t := &r.toks[ri]
		return append(diffs, difference(KindBundle, nil, nil, []fact{{text: r.name[t.sp.Start:t.sp.End], sp: t.sp}}, nil))
	case ei >= 0 && ri < 0 && !r.writesMain() && !r.writesPlus() && !includesPartAfter(e, ei+1, r):
		t := &e.toks[ei]
		return append(diffs, difference(KindBundle, nil, nil, nil, []fact{{text: e.name[t.sp.Start:t.sp.End], sp: t.sp}}))
	}
	return diffs
}

// mainItemJoined is the index of a 본품 of rd joined to another part by a plus right before or
// after it, or -1.
func (rd *reading) mainItemJoined() int {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || !mainItemWord(t.text) {
			continue
		}
		if i+1 < len(rd.toks) && rd.toks[i+1].kind == tPlus || i > 0 && rd.toks[i-1].kind == tPlus {
			return i
		}
	}
	return -1
}

// mainItemWord reports whether w is 본품 (a main item, as against a refill).
func mainItemWord(w string) bool { return w == "본품" || w == "본품용기" || w == "본체" }

// writesMain reports whether rd writes 본품 anywhere.
func (rd *reading) writesMain() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && mainItemWord(t.text) {
			return true
		}
	}
	return false
}

// writesPlus reports whether rd joins two parts with a plus sign (250ml + 리필, 1+1).
func (rd *reading) writesPlus() bool {
	for i := range rd.toks {
		if rd.toks[i].kind == tPlus {
			return true
		}
	}
	return false
}

// optionOnlyMeasures reports whether a registered name has an option that says only quantities,
// sizes or model codes (6인용, 32GB, 1.25mm 12m, M, S10): the seller does not sell the goods by colour,
// so a colour the catalogue adds is the goods' own.
func (rd *reading) optionOnlyMeasures() bool {
	if rd.optStart >= len(rd.name) {
		return false
	}
	found := false
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.sp.Start < rd.optStart {
			continue
		}
		switch t.kind {
		case tMeasure, tNumber, tTimes, tPlus, tBreak, tModel, tSize:
			found = found || t.kind == tMeasure || t.kind == tNumber || t.kind == tModel || t.kind == tSize
		case tWord:
			if !t.stop {
				return false
			}
		default:
			return false
		}
	}
	return found
}

// attrOrder is the place of each attribute kind in attrKinds.
var attrOrder = func() map[string]int {
	m := make(map[string]int, len(attrKinds))
	for i, k := range attrKinds {
		m[k] = i
	}
	return m
}()

// presentKinds appends to out the attribute kinds either list of facts has, in the order of
// attrKinds (the report order), each once.
func presentKinds(out []string, a, b []fact) []string {
	for _, fs := range [2][]fact{a, b} {
		for _, f := range fs {
			seen := false
			for _, k := range out {
				seen = seen || k == f.kind
			}
			if !seen {
				out = append(out, f.kind)
			}
		}
	}
	// insertion sort by report order: a name has a few kinds, each looked up once
	var rank [16]int
	if len(out) > len(rank) {
		for i := 1; i < len(out); i++ {
			for j := i; j > 0 && attrOrder[out[j]] < attrOrder[out[j-1]]; j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
		return out
	}
	for i, k := range out {
		rank[i] = attrOrder[k]
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && rank[j] < rank[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
			rank[j], rank[j-1] = rank[j-1], rank[j]
		}
	}
	return out
}

// writesInside reports whether every fact's folded word, or another Hangul spelling of its value,
// is written inside a word of rd (마누카 허니 against 마누카꿀).
func (rd *reading) writesInside(fs []fact) bool {
	for _, f := range fs {
		if f.word == "" {
			return false
		}
		found := rd.writesInsideWord(f.word)
		if _, listed := lexicon[f.word]; listed && !found {
			// only for a word that is one listed spelling (허니), not one read from its parts
			// (맛김치 is not explained by the 김치 of 총각김치)
			for _, w := range valueSpellings[f.kind+"|"+f.key] {
				if w != f.word && !strings.Contains(f.word, w) && rd.writesInsideWord(w) && !rd.onlyHeadOf(w) {
					found = true
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// onlyHeadOf reports whether w is a marketing head (marketingHeads: 스킨, 꿀) that rd writes only
// glued before another word: 스킨 of 스킨푸드 or 스킨케어 is no toner, 꿀 of 꿀사과 no honey, while
// 꿀 at the end of 마누카꿀 is the honey.
func (rd *reading) onlyHeadOf(w string) bool {
	if !marketingHeads[w] {
		return false
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; len(t.text) > len(w) && strings.Contains(t.text[1:], w) {
			return false
		}
	}
	return true
}

// writesInsideWord reports whether w is written inside a longer word or code of rd.
func (rd *reading) writesInsideWord(w string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; (t.kind == tWord || t.kind == tModel) && len(t.text) > len(w) && strings.Contains(t.text, w) &&
			!pairedTastes(t.text) { // 매콤달콤 writes no 매콤 flavour (pairedtastes.go)
			return true
		}
	}
	return false
}

// unsounded leaves out the facts whose word other writes by its sound (맥스 of MaxV), in a word
// that shared (the name the facts are read from) does not write too, or whose Latin twin in
// shared other writes (몰스킨 MOLESKINE against Moleskine: scripttwins.go).
func unsounded(fs []fact, other, shared *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if f.word == "" || !soundsWrittenBesides(f.word, other, shared) && !twinWrittenBy(f, other, shared) {
			out = append(out, f)
		}
	}
	return out
}

// soundsAll reports whether rd writes every fact's word by its sound in the other script, in a
// word that shared (the name the facts are read from) does not write too.
func (rd *reading) soundsAll(fs []fact, shared *reading) bool {
	for _, f := range fs {
		if f.word == "" || !soundsWrittenBesides(f.word, rd, shared) {
			return false
		}
	}
	return len(fs) > 0
}

// plusGrade reports whether the variant facts are all 플러스/plus and rd writes a grade with a
// plus sign (4+ for 4 플러스).
func plusGrade(rd *reading, fs []fact) bool {
	for _, f := range fs {
		if f.key != "플러스" {
			return false
		}
	}
	for _, g := range rd.grades {
		if strings.HasSuffix(g.key, "+") {
			return true
		}
	}
	for i := 0; i+1 < len(rd.toks); i++ { // 시카비오+ for 시카비오 플러스
		if t, p := &rd.toks[i], &rd.toks[i+1]; t.kind == tWord && p.kind == tPlus && adjacent(t, p) &&
			!(i+2 < len(rd.toks) && adjacent(p, &rd.toks[i+2])) {
			return true
		}
	}
	return false
}

// writesAll reports whether rd writes the value of every fact as a word of its own (the stem of
// a flavour read from its ending: 콘스프 of 콘스프맛).
func (rd *reading) writesAll(fs []fact) bool {
	for _, f := range fs {
		if f.key == "" || !rd.writesWordText(f.key) {
			return false
		}
	}
	return len(fs) > 0
}

// writesWordText reports whether rd has a word token written text.
func (rd *reading) writesWordText(text string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && t.text == text {
			return true
		}
	}
	return false
}

// softValues are listed values that differ from another value of their kind but say nothing
// when only one name has them: 투명 (a clear box, a clear case) describes the material. In the
// option of a registered name (rd) they are the option chosen, and count.
var softValues = map[string]bool{"투명": true}

func allSoft(fs []fact, registered *reading) bool {
	for _, f := range fs {
		if !softValues[f.key] || registered != nil && !registered.inProductName(f) {
			return false
		}
	}
	return len(fs) > 0
}

// oneSidedValues are the kinds of which some values make a difference said on one side only,
// though the kind as a whole does not: a kids' line (노스페이스 키즈 장갑 against 노스페이스 장갑),
// where 남성 or 여성 on one side is only wording, and so is 유아 or 어린이 describing goods made for
// children anyway (유아 떡뻥).
var oneSidedValues = map[string]bool{attrTarget: true}

// childLines are the words that name a children's line of goods made for adults too.
var childLines = map[string]bool{"키즈": true, "kids": true, "주니어": true, "junior": true, "토들러": true, "toddler": true,
	// made for children, said with 용 (유아용 면봉): goods of their own size or strength, where a bare
	// 유아 or 어린이 may only describe goods made for children anyway (유아 떡뻥)
	"유아용": true, "아동용": true, "어린이용": true, "키즈용": true, "영유아용": true, "소아용": true}

// allOneSidedValues reports whether every fact is a value that differs said on one side only.
func allOneSidedValues(fs []fact) bool {
	for _, f := range fs {
		if !(f.kind == attrTarget && childLines[f.word]) {
			return false
		}
	}
	return len(fs) > 0
}

// productWording are the attribute kinds that the product part of a registered name may write
// as a description of the goods (실버 of 실버925 목걸이): said there and omitted by the exposed
// name, they are wording. In the option part they are what the buyer chose. Flavours and scents
// are not among them: 매운 새우깡 or 바나나 우유 against the plain goods are other goods.
var productWording = map[string]bool{attrColor: true}

// describesSharedNoun reports whether every fact is written in the product part of a registered
// name that has an option part, before a word of that product part that other writes too (실버 of
// 실버925 체인): an adjective of the goods both names name. A value that ends the product part
// (로지텍 마우스 블랙 / M650) names the variant and still counts.
func (rd *reading) describesSharedNoun(fs []fact, other *reading) bool {
	if rd.optStart >= len(rd.name) {
		return false
	}
	for _, f := range fs {
		if !rd.inProductName(f) {
			return false
		}
		i := tokenAt(rd, f.sp)
		if i < 0 {
			return false
		}
		next := -1
		for j := i + 1; j < len(rd.toks) && rd.toks[j].sp.Start < rd.optStart; j++ {
			if rd.toks[j].kind == tWord {
				next = j
				break
			}
		}
		if next < 0 || !accountedToken(&rd.toks[next], rd, other) {
			return false
		}
	}
	return len(fs) > 0
}

// colourCount reports whether rd says how many colours it has (4색) and that is n.
func colourCount(rd *reading, n int) bool {
	for _, t := range rd.measures {
		if t.dim == dimOther && t.unit == "색" && int(t.num) == n {
			return true
		}
	}
	return false
}

func countAttrs(fs []fact, kind string) int {
	n := 0
	for i := range fs {
		if fs[i].kind == kind {
			n++
		}
	}
	return n
}

// attrFacts appends the facts of kind to out.
func attrFacts(out, fs []fact, kind string) []fact {
	for _, f := range fs {
		if f.kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// imperialTolerance is how far a value converted from inches, ounces or pounds may be from the
// metric value it is compared with: 24인치 is sold as 600mm (609.6), 30oz as 887ml (887.2), 16oz
// as 475ml, and labels round ounces to a half (a 190g candle is 6.5oz, 184g); neighbouring sizes
// differ by more (24 and 26 inches, 8%; 6.5 and 7oz, 7%).
const imperialTolerance = 0.04

// near compares two numeric facts: the same value, or close enough when either was converted.
func near(f, g fact) bool {
	if same(f.value, g.value) {
		return true
	}
	if d := math.Abs(f.value - g.value); d <= 0.5 && d <= 0.002*math.Max(math.Abs(f.value), math.Abs(g.value)) {
		return true // 287g against 287.5g: a label rounded to the unit
	}
	if !f.approx && !g.approx || sameImperialUnit(f, g) {
		return false
	}
	return math.Abs(f.value-g.value) <= imperialTolerance*math.Max(math.Abs(f.value), math.Abs(g.value))
}

// same compares two measured values, forgiving float rounding.
func same(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

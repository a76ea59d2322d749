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
	// fasteners (round75): the kind of a nut, a bolt, a screw, a washer and a screw's head is
	// another part that does not fit the same job (a wing nut is turned by hand, a flange nut
	// spreads its load, a self-drilling screw goes into steel, a wood screw into wood)
	{attrNutKind, [][]string{
		{"육각너트", "육각넛트", "헥스너트", "hexnut"}, {"나비너트", "나비넛트", "윙너트", "wingnut"},
		{"캡너트", "모자너트", "고깔너트", "돔너트", "캡넛트"}, {"플랜지너트", "후렌지너트", "후렌지넛트", "플랜지넛트"},
		{"나일론너트", "나이롱너트", "나이록너트", "풀림방지너트"}, {"용접너트"}, {"사각너트"},
		{"장너트", "연결너트", "커플링너트", "롱너트"}, {"아이너트", "링너트"}, {"리벳너트", "너트리벳"},
		{"티너트", "t너트"}, {"인서트너트", "매립너트"},
	}},
	{attrBoltKind, [][]string{
		{"육각볼트", "육각보울트", "헥스볼트"}, {"렌치볼트", "육각렌치볼트", "캡볼트", "소켓볼트", "육각구멍볼트"},
		{"접시볼트"}, {"아이볼트"}, {"유볼트", "u볼트"}, {"나비볼트", "윙볼트"}, {"마차볼트", "캐리지볼트"},
		{"전산볼트", "전산봉"}, {"스터드볼트"},
	}},
	{attrScrewKind, [][]string{
		{"직결나사", "직결피스", "드릴피스", "직결스크류"}, {"목재나사", "목공피스", "우드스크류", "목재피스", "나무나사"},
		{"기계나사", "머신스크류", "머신스크루"}, {"태핑나사", "태핑스크류", "탭핑나사", "태핑피스"},
		{"석고피스", "석고보드피스", "석고나사"},
	}},
	{attrScrewHead, [][]string{
		{"와샤머리", "와셔머리", "와셔헤드", "와샤헤드"}, {"냄비머리", "팬헤드", "panhead"},
		{"둥근접시머리", "반접시머리"}, {"접시머리", "접시헤드", "플랫헤드"}, {"트러스머리", "트러스헤드"},
		{"육각머리", "육각헤드"}, {"둥근머리", "라운드헤드"},
	}},
	{attrWasherKind, [][]string{
		{"평와셔", "평와샤", "평워셔"}, {"스프링와셔", "스프링와샤", "스프링워셔"}, {"톱니와셔", "톱니와샤"},
		{"고무와셔", "고무와샤", "고무패킹와셔"},
	}},
	// crimp terminals: a ring closes round the stud, a fork slides under it, a pin goes into a block
	{attrTerminal, [][]string{
		{"링단자", "r단자", "원형단자", "링형단자", "링터미널"}, {"y단자", "포크단자", "와이단자", "y형단자", "말굽단자"},
		{"핀단자", "봉단자", "페룰단자", "슬리브단자"}, {"맞대기단자", "맞대기커넥터", "버트커넥터", "맞대기"},
		{"평단자", "판단자", "탭단자"},
	}},
	// where a car holder or a car fragrance sits (송풍구 and 대시보드 alone are places the word
	// rule reads, glossed by area)
	{attrCarMount, [][]string{
		{"송풍구형", "송풍구용", "에어벤트", "에어벤트형"}, {"대시보드형", "대쉬보드형", "대시보드용"},
		{"컵홀더형"}, {"cd슬롯", "cd슬롯형", "cd구"}, {"유리흡착", "앞유리", "윈드실드"},
	}},
	// how a head-up display reads the car's speed: the OBD port or the GPS signal
	{attrNetwork, [][]string{{"obd", "obd2", "obdii", "obd연결", "obd연결형", "obd형"}}},
	// rigging: a bow shackle holds a load pulled from several sides, a D shackle from one
	{attrShackle, [][]string{{"오메가샤클", "바우샤클", "오메가형샤클"}, {"d샤클", "디샤클", "스트레이트샤클"}}},
	// a steering wheel cover's shape, added to the shape kind
	{attrShape, [][]string{{"d컷", "d컷형", "디컷"}}},
	// a car device wired to the fuse box by a fitter against one the buyer plugs into the cigar
	// socket, added to the install kind
	{attrInstall, [][]string{
		{"전원직결형", "전원직결", "상시전원형", "하드와이어링"}, {"자가설치", "자가설치형", "시거잭형", "시거잭식"},
	}},
	// a PC without memory, disk or system against a finished one
	{attrPCBuild, [][]string{{"베어본", "barebone", "베어본pc"}, {"완제품", "완본체"}}},
	// --- fashion, sports, outdoor, hobby, office and household goods (round 78), written as the
	// values a seller's option chooses between for each kind of goods
	// a glove's fingers: half-finger against full-finger
	{attrGloveFinger, [][]string{
		{"반장갑", "하프핑거", "핑거리스", "오픈핑거", "손가락없는장갑"}, {"풀장갑", "풀핑거", "손가락장갑", "풀핑거장갑"},
		{"벙어리장갑", "손모아장갑", "미튼", "mitten", "mittens"},
	}},
	// a bottle's mouth
	{attrMouth, [][]string{
		{"와이드마우스", "광구", "광구형", "widemouth"}, {"내로우마우스", "협구", "협구형", "narrowmouth"},
	}},
	// what a colour pencil's core is made with
	{attrPencilCore, [][]string{
		{"수채색연필", "수성색연필", "워터컬러색연필"}, {"유성색연필", "오일색연필"}, {"파스텔색연필"},
	}},
	// a pen's ink: gel (중성) against oil-based or water-based ink
	{attrInkBase, [][]string{{"중성볼펜", "젤볼펜", "겔볼펜", "젤잉크", "겔잉크"}}},
	// a watercolour paper's surface and papers sold by kind
	{attrPaperGrain, [][]string{{"세목", "hotpress"}, {"중목", "coldpress"}, {"황목", "rough"}}},
	{attrPaperKind, [][]string{
		{"켄트지"}, {"머메이드지"}, {"모조지"}, {"아트지"}, {"스노우지"}, {"와트만지"},
	}},
	// a notebook's page ruling
	{attrRuling, [][]string{
		{"유선노트", "라인노트", "줄지", "줄노트", "룰드", "ruled", "가로줄"}, {"무지노트", "블랭크노트", "플레인노트"},
		{"모눈노트", "그리드노트", "방안노트", "모눈지", "모눈", "스퀘어드", "squared"},
		{"도트노트", "닷노트", "도트그리드"},
	}},
	{attrFit, [][]string{
		{"스트레이트핏", "일자핏", "스트레이트"}, {"부츠컷", "부츠컷핏", "세미부츠컷"}, {"테이퍼드", "테이퍼드핏"},
		{"배기핏", "배기팬츠"},
	}},
	// a football boot's studs: firm ground against turf
	{attrStuds, [][]string{{"fg", "펌그라운드"}, {"tf", "tt", "터프화"}}},
	// a sleeping mat's kind
	{attrMatKind, [][]string{{"자충매트", "자동충전매트"}, {"에어매트"}, {"발포매트", "폼매트"}}},
	// a racket's grip
	{attrGrip, [][]string{{"오버그립"}, {"리플레이스먼트그립", "베이스그립", "교체용그립"}}},
	// a shuttlecock's feathers
	{attrShuttle, [][]string{{"깃털셔틀콕", "거위털셔틀콕", "오리털셔틀콕"}, {"나일론셔틀콕", "플라스틱셔틀콕"}}},
	// a cat litter's kind
	{attrLitter, [][]string{{"벤토나이트모래"}, {"두부모래"}, {"카사바", "카사바모래"}, {"실리카겔모래", "크리스탈모래"}, {"펠렛", "우드펠렛", "펠릿"}}},
	// a tumbler's or a bottle's lid, added to the lid kind
	{attrLid, [][]string{{"빨대뚜껑", "스트로우뚜껑", "스트로리드"}, {"원터치뚜껑", "원터치캡"}, {"스크류뚜껑", "스크류캡"}}},
	// an earring worn through the ear against a clip-on
	{attrEarring, [][]string{{"귀찌", "클립귀걸이", "논피어싱"}, {"침귀걸이"}}},
	// a cooler's body
	{attrCooler, [][]string{{"하드쿨러"}, {"소프트쿨러"}}},
	// a goggle's or a sunglass's lens beside the mirror one
	{attrLens, [][]string{{"클리어렌즈", "투명렌즈"}}},
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
	attrFill        = "fill"        // 구스다운 / 덕다운 / 웰론: what a duvet or a jacket is filled with
	attrLens        = "lens"        // 편광 / 변색 / 미러: a pair of sunglasses' lens
	attrWetDry      = "wetdry"      // 건식 / 습식
	attrAutomation  = "automation"  // 전자동 / 반자동
	attrFridgeCool  = "fridgecool"  // 직냉식 / 간냉식
	attrFrontRear   = "frontrear"   // 전면 / 후면
	attrNutKind     = "nutkind"     // 육각너트 / 나비너트 / 캡너트
	attrBoltKind    = "boltkind"    // 육각볼트 / 렌치볼트 / 아이볼트
	attrScrewKind   = "screwkind"   // 직결나사 / 목재나사 / 기계나사
	attrWasherKind  = "washerkind"  // 평와셔 / 스프링와셔
	attrTerminal    = "terminal"    // 링단자 / Y단자 / 핀단자
	attrCarMount    = "carmount"    // 송풍구 / 대시보드 / 컵홀더
	attrPCBuild     = "pcbuild"     // 베어본 / 완제품
	attrShackle     = "shackle"     // 오메가샤클 / D샤클
	attrGloveFinger = "glovefinger" // 반장갑 / 풀장갑 / 벙어리장갑
	attrMouth       = "mouth"       // 와이드마우스 / 내로우마우스 of a bottle
	attrPencilCore  = "pencilcore"  // 수채 / 유성 / 파스텔 색연필
	attrPaperGrain  = "papergrain"  // 세목 / 중목 / 황목 watercolour paper
	attrPaperKind   = "paperkind"   // 켄트지 / 머메이드지 / 크라프트지
	attrRuling      = "ruling"      // 유선 / 무지 / 모눈 / 도트 노트
	attrStuds       = "studs"       // FG / TF / HG football boots
	attrMatKind     = "matkind"     // 자충매트 / 에어매트 / 발포매트
	attrGrip        = "grip"        // 오버그립 / 리플레이스먼트그립
	attrShuttle     = "shuttle"     // 깃털 / 나일론 셔틀콕
	attrLitter      = "litter"      // 벤토나이트 / 두부 / 카사바 / 펠렛 모래
	attrEarring     = "earring"     // 귀찌 / 침귀걸이
	attrCooler      = "cooler"      // 하드쿨러 / 소프트쿨러
	attrDoseForm    = "doseform"    // 분말 / 환 / 정 / 캡슐
)

var rivalKinds = []struct{ kind, label string }{
	{attrFill, "충전재"}, {attrLens, "렌즈"},
	{attrWetDry, "건식/습식"},
	{attrAutomation, "자동 방식"}, {attrFridgeCool, "냉각 방식"}, {attrFrontRear, "전면/후면"},
	{attrNutKind, "너트 종류"}, {attrBoltKind, "볼트 종류"}, {attrScrewKind, "나사 종류"},
	{attrWasherKind, "와셔 종류"}, {attrTerminal, "단자 종류"}, {attrCarMount, "거치 위치"},
	{attrPCBuild, "PC 구성"}, {attrShackle, "샤클 종류"},
	{attrGloveFinger, "장갑 손가락"}, {attrMouth, "입구 형태"}, {attrPencilCore, "색연필 종류"},
	{attrPaperGrain, "종이 결"}, {attrPaperKind, "종이 종류"}, {attrRuling, "내지 종류"},
	{attrStuds, "스터드"}, {attrMatKind, "매트 종류"},
	{attrGrip, "그립 종류"}, {attrShuttle, "셔틀콕 종류"}, {attrLitter, "모래 종류"}, {attrEarring, "귀걸이 방식"},
	{attrCooler, "쿨러 종류"},
	{attrDoseForm, "제형"},
}

// exactOnlyRivalWords are the words above read only as whole words: 한글 in 한글날, 영문 in
// 영문학, 변색 in 변색방지, 편광 in 편광판. 한글 is no
// longer glossed as goods (glossesbyarea.go): its gloss, korean, is the language 한국어.
var exactOnlyRivalWords = map[string]bool{
	"한글": true, "영문": true, "전면": true, "후면": true, "리어": true, "프론트": true, "앞": true, "뒤": true, "건식": true, "습식": true, "변색": true, "편광": true,
	"광구": true, "협구": true, "세목": true, "중목": true, "황목": true, "rough": true, "스트레이트": true,
	"fg": true, "tf": true, "쇼츠": true, "비니": true, "후디": true, "펠렛": true, "펠릿": true, "카사바": true,
	"tt": true, "끈형": true, "줄지": true,
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
// 후면 / 전면용 is the front one, the title listing what the listing sells. Flavours and scents
// are read so too: a title names the goods and their praise with taste words (마시는 요거트, 바베큐
// 꼬치구이, 무설탕) beside the flavour its option chooses (사과 … 요거트 / 사과 against 사과).
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

package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// The sixth round's classes and rules. They are kept in a file of their own so that they read
// as one piece: each is a closed class of words written area by area from general knowledge of
// how Korean listings are written, or a rule over how names are written, never a row for one
// pair.

// lexiconGroups6 are attribute classes added in the sixth round (read by buildLexicon after its
// own groups). Each lists the common values of one attribute in one area, in Hangul, Latin and
// the usual loanword spellings.
var lexiconGroups6 = []struct {
	kind  string
	words [][]string
}{
	// the finish of make-up, paint and surfaces: 매트 (무광) and 유광 were known; the other
	// finishes a cushion, a lipstick, a shadow, a paint or a metal is sold in
	{attrFinish, [][]string{
		{"글로우", "glow", "글로이", "래디언트", "radiant"}, {"듀이", "dewy", "물광"}, {"새틴", "satin"},
		{"세미매트", "semimatte", "세미무광", "반무광"}, {"쉬머", "shimmer", "펄", "pearl"}, {"글리터", "glitter", "반짝이"},
		{"벨벳매트", "velvetmatte"}, {"크리미", "creamy"}, {"브러시드", "brushed", "헤어라인", "hairline"},
		{"유광", "하이글로시", "하이그로시", "highgloss"}, {"반광", "semigloss", "세미글로시", "에그쉘", "eggshell"},
	}},
	// which side a part fits, in every register a listing uses (좌 / 우 alone only as whole
	// words: see exactOnly6), and both sides
	{attrSide, [][]string{
		{"운전석", "좌", "좌측용", "왼쪽용", "왼발", "왼편", "lh"}, {"조수석", "우", "우측용", "오른쪽용", "오른발", "오른편", "rh"},
		{"양쪽", "좌우", "양측", "좌우세트", "양발", "both"},
	}},
	// woods and a few more materials goods are made in more than one of (chopsticks, boards,
	// furniture, pans, mats); species only, not how wood is made into a board (원목, 합판, MDF),
	// which a name writes beside its species (자작나무 합판)
	{attrMaterial, [][]string{
		{"자작나무", "자작", "birch", "버치"}, {"소나무", "적송", "pine"}, {"편백", "편백나무", "히노끼", "히노키", "hinoki"},
		{"오크", "참나무", "oak"}, {"월넛", "호두나무"}, {"티크", "teak", "티크목"}, {"메이플", "단풍나무", "maple"},
		{"오동나무", "오동"}, {"고무나무", "rubberwood"}, {"물푸레나무", "애쉬", "ash"}, {"삼나무", "cedar", "시더"},
		{"주철", "무쇠", "castiron", "캐스트아이언"}, {"법랑", "에나멜", "enamel"}, {"동", "구리", "copper", "코퍼"},
		{"라텍스", "latex"}, {"고무", "rubber", "러버"}, {"폴리우레탄", "우레탄", "pu"},
		{"종이", "paper", "지류"}, {"부직포"}, {"면", "순면", "코튼100", "면100"}, {"극세사", "마이크로파이버", "microfiber"},
	}},
	// flavours of snacks, jerky, sauces, jams and drinks not listed before
	{attrFlavor, [][]string{
		{"페퍼", "후추", "pepper", "블랙페퍼", "흑후추", "후추맛"}, {"칠리", "chili", "chilli", "스위트칠리"},
		{"시나몬", "계피", "cinnamon"}, {"흑임자", "검은깨"}, {"인절미"}, {"단팥", "팥"}, {"흑마늘"},
		{"라즈베리", "산딸기"}, {"블랙베리", "blackberry"}, {"아사이", "아사이베리", "acai"},
		{"살구", "애프리콧", "apricot"}, {"자두", "플럼", "plum"}, {"무화과", "fig"}, {"한라봉"}, {"오미자"},
		{"대추"}, {"패션후르츠", "패션프루트", "passionfruit", "백향과"}, {"구아바", "guava"},
		{"로제", "rose sauce"}, {"크림치즈", "creamcheese"}, {"불고기맛"}, {"양념치킨맛"}, {"소이갈릭"},
		{"피넛버터", "peanutbutter"}, {"솔티드카라멜", "솔티카라멜", "saltedcaramel"},
	}},
	// meats and fish a dish, a stock, a baby food or a pet food is made of, compared when both
	// names say one
	{attrVariety, [][]string{
		{"소고기", "쇠고기", "비프", "beef", "우육"}, {"닭고기", "치킨", "chicken", "계육"}, {"양고기", "lamb"},
		{"칠면조", "turkey"}, {"돼지고기"}, {"오리고기"}, {"흰살생선", "대구살"},
		{"멸치"}, {"다시마"}, {"황태", "북어"}, {"사골"}, {"조개", "바지락"}, {"전복"}, {"굴"}, {"홍합"}, {"꽃게", "게"},
	}},
	// shapes of fishcake, tofu, ice and pasta: assorted is a shape of its own
	{attrShape, [][]string{
		{"모둠", "모듬", "아소트", "assorted", "어소티드"}, {"봉", "봉어묵", "막대"}, {"원통"}, {"하트", "heart"}, {"별", "star"},
	}},
	// how a microphone picks up sound: a condenser is not a dynamic microphone
	{attrVariety, [][]string{
		{"콘덴서", "condenser", "콘덴서형"}, {"다이나믹", "dynamic", "다이내믹", "다이나믹형"},
	}},
	// the fuel an engine oil, an additive or a filter is for (가솔린용 / 디젤용)
	{attrUse, [][]string{
		{"가솔린", "휘발유", "가솔린용", "휘발유용", "gasoline"}, {"디젤", "경유", "디젤용", "경유용", "diesel"}, {"lpg용"},
	}},
	// a set of two or three of one device sold as its own model (듀얼 무선마이크, 듀얼 충전기)
	{attrVariant, [][]string{
		{"듀얼", "dual"}, {"트리플", "triple"},
	}},
	// a scent written as a negation (향 없음, read as one word: 무향)
	{attrScent, [][]string{
		{"무향", "향없음", "무향료", "향료무첨가", "fragrancefree"},
	}},
}

// exactOnly6 are the sixth round's listed words that are read only as whole words: inside a
// longer word they are something else (우 in 우유 and 한우, 좌 in 좌석, 동 in 동물, 봉 in 봉지,
// 별 in 특별, 면 in 라면, 팥 in 팥빙수 is still 팥, but 단팥빵 a bread).
var exactOnly6 = map[string]bool{
	"좌": true, "우": true, "동": true, "봉": true, "별": true, "면": true, "lh": true, "rh": true, "ash": true,
	"fig": true, "pu": true, "pine": true, "팥": true, "막대": true, "원통": true, "하트": true, "자작": true, "오동": true,
	"로제": true, "종이": true, "고무": true, "펄": true, "반짝이": true, "both": true, "굴": true, "게": true,
}

// exactEntry reports whether a listed word is read only as a whole word.
func exactEntry(w string) bool {
	return exactOnly[w] || exactOnly6[w] || exactOnly7[w] || exactOnlyExclusive[w]
}

// konglishGroups6 extends the loanword lexicon (konglish.go) with the areas the sixth round
// found thin: small animals, laundry and storage, safety and sleep, sewing, DIY and adhesives,
// party goods and ride-ons, screen films, microphones and audio, jams and spreads, car care.
// Written the same way, area by area from general knowledge, Hangul only; read by buildSynonyms
// after konglishGroups.
var konglishGroups6 = [][]string{
	// small animals and pets
	{"건초", "헤이"}, {"쳇바퀴", "햄스터휠", "러닝휠"}, {"베딩", "깔짚", "바닥재"}, {"숨숨집", "은신처", "하이드아웃"},
	{"급수병", "워터보틀", "물병"}, {"케이지", "철장"}, {"개껌", "덴탈껌", "덴탈츄"}, {"노즈워크", "후각매트", "노즈매트"},
	{"빗", "콤"}, {"발톱깎이", "네일클리퍼", "발톱가위"}, {"배변패드", "패드형배변판"},
	// laundry, storage and bins
	{"빨래건조대", "건조대", "드라잉랙", "빨래걸이", "빨래대", "건조랙"}, {"날개", "윙"}, {"날개형", "윙형"},
	{"빨래집게", "빨래클립"}, {"빨래망", "세탁망", "런드리백"}, {"휴지통", "쓰레기통", "스텝캔", "페달빈", "더스트빈"},
	{"분리수거함", "재활용함", "분리수거통", "재활용통"}, {"수납함", "수납박스", "스토리지박스", "정리함", "리빙박스"},
	{"물세탁", "워셔블", "물빨래", "세탁가능"}, {"러그", "카페트", "카펫", "깔개"}, {"단모", "숏파일"}, {"장모", "롱파일"},
	{"자석", "마그네틱", "마그넷"}, {"자석형", "마그네틱형"}, {"찍찍이", "벨크로", "매직테이프"}, {"접착식", "부착형", "접착형"},
	{"방충망", "모기망"}, {"문풍지", "외풍차단"},
	// safety, sleep and hygiene
	{"귀마개", "이어플러그", "이어마개"}, {"안대", "아이마스크", "수면안대"}, {"위생장갑", "비닐장갑", "일회용장갑", "폴리장갑", "위생비닐장갑"},
	{"위생모", "헤어캡"}, {"앞치마", "에이프런"}, {"토시", "팔토시", "암슬리브"}, {"초박형", "울트라씬", "울트라신"},
	{"전자식", "디지털식", "디지털"}, {"금고", "세이프박스"},
	// sewing and crafts
	{"재봉실", "재봉사", "미싱실"}, {"재봉틀", "미싱"}, {"바늘", "니들"}, {"시침핀", "재봉핀"}, {"뜨개바늘", "대바늘"},
	{"원단", "패브릭"}, {"단추", "버튼"}, {"지퍼", "자크"},
	// DIY, adhesives and ladders
	{"목공본드", "목공용본드", "목공풀", "목공용"}, {"순간접착제", "순간접착", "강력순간접착제"}, {"사포", "샌드페이퍼"},
	{"시트지", "접착시트", "데코시트"}, {"사다리", "래더"}, {"스텝사다리", "발판사다리", "계단사다리"},
	{"드라이버", "스크류드라이버"}, {"실리콘건", "코킹건"}, {"마스킹테이프", "보양테이프"},
	// party goods and ride-ons
	{"풍선", "벌룬"}, {"은박풍선", "호일풍선", "포일풍선"}, {"고무풍선", "라텍스풍선"}, {"킥보드", "스쿠터"},
	{"전동킥보드", "전동스쿠터"}, {"바퀴", "휠"}, {"가랜드", "가렌드", "갈런드"}, {"고깔", "파티모자"},
	// screen films, microphones and audio
	{"종이질감", "페이퍼라이크", "페이퍼필름", "종이필름"}, {"저반사", "안티글레어", "논글레어", "무반사"},
	{"사생활보호", "프라이버시"}, {"액정보호필름", "보호필름", "액정필름"}, {"핀마이크", "라발리에", "라발리에마이크", "라펠마이크"},
	{"송신기", "트랜스미터"}, {"수신기", "리시버"}, {"충전케이스", "충전함"}, {"보조배터리", "파워뱅크"},
	{"이어폰", "이어버드"}, {"웹캠", "웹카메라", "화상카메라"}, {"충전기", "차저"},
	// jams, spreads, purées and snacks
	{"잼", "콩피츄르", "콩피튀르", "컨피처", "프리저브"}, {"퓨레", "퓌레", "퓨어레"}, {"그래놀라", "그라놀라"},
	{"케첩", "케찹"}, {"마요네즈", "마요"}, {"시즈닝", "양념가루"},
	// car care
	{"합성유", "신세틱", "합성"}, {"와이퍼", "와이퍼블레이드"}, {"방향제", "카퍼퓸"},
	{"워셔액", "워셔플루이드"}, {"세차타월", "드라잉타월", "세차수건"}, {"선바이저", "햇빛가리개"},
	{"차량용거치대", "차량거치대", "카거치대"}, {"유리막코팅제", "유리코팅제"},
	// garden and plants
	{"분무기", "스프레이어", "분사기"}, {"물뿌리개", "조리개", "워터링캔"}, {"호스", "물호스", "가든호스"},
	{"모종삽", "꽃삽", "가든삽"}, {"전지가위", "원예가위", "가지치기가위"}, {"상토", "배양토", "분갈이흙"},
	// kitchen tools and containers
	{"호일", "포일", "쿠킹호일", "알루미늄호일"}, {"컵받침", "코스터"}, {"냄비받침", "트리벳"},
	{"체망", "스트레이너", "거름망"}, {"강판", "그레이터"}, {"채칼", "슬라이서"}, {"양념통", "조미료통", "양념병"},
	{"오일병", "오일통", "오일디스펜서"}, {"소스병", "소스통", "드레싱병"}, {"수세미", "스크러버"},
	{"밀대", "플로어와이퍼", "막대걸레"}, {"고무장갑", "주방장갑"},
	// bath, beauty tools and care
	{"때수건", "때밀이", "때타월"}, {"샤워볼", "샤워퍼프", "바디퍼프"}, {"수도꼭지", "수전"},
	{"족집게", "트위저", "핀셋"}, {"손거울", "핸드미러"}, {"핸드크림", "핸드로션"}, {"매직기", "스트레이트너", "판고데기"},
	{"클렌징폼", "폼클렌저", "폼클렌징"}, {"클렌징오일", "클렌징유"}, {"선스틱", "썬스틱"}, {"파운데이션", "파데"},
	{"아이섀도", "아이섀도우", "섀도우", "아이쉐도우"}, {"바디미스트", "바디스프레이"},
	// stationery
	{"볼펜", "볼포인트펜"}, {"지우개", "이레이저"}, {"메모지", "메모패드", "메모장"}, {"클립", "종이클립", "페이퍼클립"},
	{"딱풀", "글루스틱", "고체풀"}, {"커터날", "칼날"}, {"책장", "책꽂이", "북쉘프", "북셀프"},
	// fitness and camping
	{"요가매트", "운동매트", "필라테스매트", "홈트매트"}, {"케틀벨", "캐틀벨"}, {"악력기", "핸드그립"},
	{"푸쉬업바", "푸시업바"}, {"철봉", "풀업바", "턱걸이바"}, {"저항밴드", "라텍스밴드", "운동밴드", "튜빙밴드"},
	{"훌라후프", "훌라우프"}, {"캠핑의자", "캠핑체어", "릴렉스체어"}, {"화로대", "파이어피트"},
	// baby
	{"젖병", "수유병", "베이비보틀"}, {"턱받이", "빕", "스타이"}, {"유모차", "스트롤러"}, {"물티슈", "웻티슈"},
	// lighting and electronics accessories
	{"수면등", "취침등", "무드등"}, {"센서등", "센서라이트", "동작감지등"}, {"리모컨", "리모콘"},
	{"무선충전기", "무선충전패드"}, {"외장하드", "외장hdd"}, {"이어팁", "이어캡", "이어폰팁"},
	// food
	{"생수", "먹는샘물", "미네랄워터"}, {"탄산수", "스파클링워터"}, {"코코아", "핫초코"}, {"건과일", "말린과일", "드라이후르츠"},
	{"육수", "스톡", "브로스"}, {"떡", "라이스케이크"}, {"치킨너겟", "너겟"},
	// health and first aid
	{"반창고", "밴드에이드", "일회용밴드"}, {"파스", "패치파스"}, {"체온계", "써모미터"}, {"찜질팩", "온찜질팩", "온열팩"},
	{"손목보호대", "손목아대", "리스트밴드"}, {"깔창", "인솔"}, {"실내화", "슬리퍼"},
	// clothes and accessories
	{"조끼", "베스트조끼"}, {"양산", "선파라솔"}, {"안경테", "프레임안경"},
	{"스타킹", "팬티스타킹"},
	// appliances
	{"가습기", "휴미디파이어"}, {"온풍기", "팬히터"}, {"주전자", "케틀"}, {"스팀다리미", "스티머", "핸디스티머"},
	{"청소기", "진공청소기"}, {"로봇청소기", "로봇클리너"},
	// tools
	{"드릴", "전동드릴"}, {"니퍼", "커팅플라이어"}, {"공구세트", "툴세트", "툴키트"},
	// music
	{"기타줄", "기타스트링"}, {"보면대", "악보대", "뮤직스탠드"},
	{"건반", "키보드건반"}, {"카포", "카포타스토"},
	// make-up and hair
	{"블러셔", "치크", "볼터치"}, {"쉐딩", "셰이딩", "컨투어"}, {"립틴트", "틴트"}, {"헤어팩", "헤어마스크"},
	{"트리트먼트", "헤어트리트먼트"}, {"클렌징워터", "미셀라워터"}, {"토너패드", "닦토패드"},
	{"수분크림", "모이스처크림", "모이스춰크림"}, {"선쿠션", "썬쿠션"},
	// sports
	{"골프공", "골프볼"}, {"수경", "물안경"}, {"수모", "수영모"}, {"탁구채", "탁구라켓"},
	{"배드민턴채", "배드민턴라켓"}, {"테니스채", "테니스라켓"}, {"셔틀콕", "배드민턴공"},
	// kitchen appliances
	{"에어프라이어", "에어후라이어", "에어프라이기"}, {"전기그릴", "전기불판"}, {"인덕션", "인덕션레인지"},
	{"착즙기", "원액기", "슬로우쥬서", "슬로우주서"}, {"커피그라인더", "원두분쇄기", "커피분쇄기"},
	// toys and office
	{"블록", "블럭"}, {"미니카", "장난감자동차"}, {"슬라임", "액체괴물"}, {"색칠공부", "컬러링북"},
	{"의자", "체어"}, {"사무용의자", "오피스체어"}, {"모니터암", "모니터거치대"}, {"파쇄기", "문서세단기", "세단기"},
	{"코팅기", "라미네이터"}, {"라벨기", "라벨프린터"},
}

// units6 are units the sixth round reads (unitOf looks here before units): pairs written in
// English (200pair, 10pairs, 6pr) count like 쌍; 칸 counts compartments like 구 (2칸 = 2구);
// the steps or tiers of a ladder, a shelf or a rack (단, 스텝, 층) are a measure of the goods,
// not a count of them, so 3단 사다리, 1개 is one ladder of three steps.
var units6 = map[string]unitDef{
	"pair": {dimCount, 1, false, false}, "pairs": {dimCount, 1, false, false}, "pr": {dimCount, 1, false, false},
	"칸": {dimCount, 1, false, false},
	"단": {dimOther, 1, false, false}, "층": {dimOther, 1, false, false}, "스텝": {dimOther, 1, false, false}, "step": {dimOther, 1, false, false}, "steps": {dimOther, 1, false, false},
}

// unitSpellings6 is the unit a unit of units6 is compared as.
var unitSpellings6 = map[string]string{"pairs": "pair", "pr": "pair", "스텝": "단", "step": "단", "steps": "단", "층": "단", "mic": "μm", "micron": "μm", "미크론": "μm", "마이크론": "μm", "ton": "톤", "tons": "톤"}

// unitOf is the definition of a written unit.
func unitOf(u string) (unitDef, bool) {
	d, ok := allUnits[u]
	return d, ok
}

// allUnits joins units and units6 (which wins), built once.
var allUnits = func() map[string]unitDef {
	m := make(map[string]unitDef, len(units)+len(units6))
	for u, d := range units {
		m[u] = d
	}
	for u, d := range units6 {
		m[u] = d
	}
	return m
}()

// unitSpelling is the spelling a unit is compared as.
func unitSpelling(u string) string {
	if !unitSpellingKeys.may(u) {
		return u
	}
	if s, ok := unitSpellings6[u]; ok {
		return s
	}
	return u
}

// pairUnit reports whether a unit counts pairs.
func pairUnit(u string) bool { return pairUnits[u] || u == "pair" }

// unitDim is the dimension of a written unit (dimNone when it is no unit).
func unitDim(u string) dim {
	d, _ := unitOf(u)
	return d.dim
}

// compareTiers: steps or tiers (2단 수건걸이, 3단 우산, 4단 사다리) said by one name only are another
// model of the goods, as they were when 단 was read as a count; one tier (1단) is what a name
// says when it says nothing.
func compareTiers(r, e *reading, diffs []Difference) []Difference {
	rt, rSaid := tierMeasure(r)
	et, eSaid := tierMeasure(e)
	switch {
	case rt != nil && !eSaid:
		return append(diffs, Difference{Kind: KindUnit, Severity: order.Block, Registered: r.name[rt.sp.Start:rt.sp.End],
			RegisteredSpans: []Span{rt.sp}})
	case et != nil && !rSaid:
		return append(diffs, Difference{Kind: KindUnit, Severity: order.Block, Exposed: e.name[et.sp.Start:et.sp.End],
			ExposedSpans: []Span{et.sp}})
	}
	return diffs
}

// tierMeasure is the first measure of two tiers or more that rd writes (nil when none), and
// whether rd writes tiers at all (1단 included): two names that both write tiers are compared by
// compareOther.
func tierMeasure(rd *reading) (*token, bool) {
	var first *token
	said := false
	for i := range rd.measures {
		t := &rd.measures[i]
		if t.dim != dimOther || t.unit != "단" {
			continue
		}
		said = true
		if first == nil && t.value >= 2 {
			first = t
		}
	}
	return first, said
}

// markerWords are the words that, written after another word, say what it names: 상쾌한 향 is
// the scent 상쾌한향, 딸기 맛 the flavour 딸기맛 (Korean spacing leaves them apart as often as it
// writes them glued).
var markerWords = map[string]string{"향": attrScent, "맛": attrFlavor}

// markedWord reads the Hangul word at i and a marker word written apart after it (상쾌한 향) as
// the one word they are written glued: the listed value of the word when it is of that kind, else
// the word itself as the value. A marker followed by a negation (향 없음) says there is none, and a
// word of the vocabulary before it (섬유탈취제 향) names the goods, not a scent.
func markedWord(name string, toks []token, i int) (attribute, bool) {
	a, b := &toks[i], &toks[i+1]
	if !markerKeys.may(b.text) {
		return attribute{}, false
	}
	kind, ok := markerWords[b.text]
	if !ok || a.kind != tWord || b.kind != tWord || a.text == "" || a.text[0] < 0x80 || demonstratives[a.text] {
		return attribute{}, false
	}
	if a.sp.End > b.sp.Start || strings.TrimSpace(name[a.sp.End:b.sp.Start]) != "" {
		return attribute{}, false
	}
	if i+2 < len(toks) && toks[i+2].kind == tWord && inSet(negationKeys, negations, toks[i+2].text) {
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

// zeroCode reads a number written with a leading zero and no point (003, 002, 0015) as the
// decimal its digits spell after 0. (0.03, 0.02): thin goods name their thickness that way
// (오카모토 003 is 0.03mm). Two digits (01, 02) are more often a shade or a number.
func zeroCode(text string) (float64, bool) {
	if len(text) < 3 || text[0] != '0' {
		return 0, false
	}
	v, scale := 0.0, 1.0
	for i := 1; i < len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + float64(c-'0')
		scale *= 10
	}
	return v / scale, true
}

// sharedProductCode reports whether the product part of rd writes a model code (G2, C3-520,
// 15Z90S-GA5PK) or a model number of three digits or more (싱거 4423) that other writes too: the
// two names then name one model, whose colour a catalogue name often leaves out when the model
// comes in one colour.
func (rd *reading) sharedProductCode(other *reading) bool {
	end := rd.optStart
	if end == 0 {
		end = len(rd.name)
	}
	for _, m := range rd.models {
		if m.sp.Start < end && other.explainsCode(m.key) {
			return true
		}
	}
	for i := range rd.numbers {
		t := &rd.numbers[i]
		if t.sp.Start < end && len(t.text) >= 3 && t.text[0] != '0' && t.num >= 100 && other.writes(t.num) {
			return true
		}
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.Start < end && letterCode(t) && other.writesLetterCode(t.text) {
			return true // NT-USB against NTUSB
		}
	}
	return false
}

// letterCode reports whether t is a code of Latin letters in two parts or more joined by hyphens,
// each of two letters or more, that names no listed value (NT-USB; not wi-fi or usb-c).
func letterCode(t *token) bool {
	if t.kind != tWord || t.text == "" || t.text[0] >= 0x80 || strings.IndexByte(t.text, '-') < 0 {
		return false
	}
	for _, part := range strings.Split(t.text, "-") {
		if len(part) < 2 {
			return false
		}
	}
	_, listed := wordIndex[joinedKey(t.text)]
	return !listed
}

// writesLetterCode reports whether rd writes the letter code c, with or without its hyphens.
func (rd *reading) writesLetterCode(c string) bool {
	key := joinedKey(c)
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (t.text == c || t.text == key) {
			return true
		}
	}
	return false
}

// modelColour: a colour said by one name only when both name the same model by its code (나인봇
// 맥스 G2 / 블랙 against Ninebot MAX G2 전동 킥보드) is that model's colour, not the buyer's choice:
// the registered one must be in the option part, where the seller states what the model is sold
// in, and the other name must say no colour at all.
func modelColour(r, e *reading, rn, en int) bool {
	switch {
	case en == 0 && rn > 0:
		for _, f := range r.attrs {
			if f.kind == attrColor && f.sp.Start < r.optStart {
				return false
			}
		}
		return r.sharedProductCode(e) && !e.endsWithOwnWord(r)
	case rn == 0 && en > 0:
		return r.sharedProductCode(e) && !r.optionOwnWord(e)
	}
	return false
}

// optionOwnWord reports whether the option part of a registered name rd writes a word of its own
// that other does not account for (BZ-R350 / 우드 against BZ-R350 화이트: 우드 is the buyer's choice,
// a finish no class knows, so the other name's colour is not the model's only one).
func (rd *reading) optionOwnWord(other *reading) bool {
	if rd.optStart <= 0 || rd.optStart >= len(rd.name) {
		return false
	}
	for _, f := range unaccounted(rd, other) {
		if f.sp.Start < rd.optStart {
			continue
		}
		for i := range rd.toks {
			if t := &rd.toks[i]; t.sp == f.sp && !mainItemWord(t.text) {
				return true // not the main item (본체; 단품 and 기본 are stop and package words): a choice of its own
			}
		}
	}
	return false
}

// endsWithOwnWord reports whether the last word of rd, where a catalogue name writes the option,
// is a word of its own that other does not account for and that names no goods (로즈쿼츠 at the
// end of 스탠리 퀜처 H2.0 텀블러 40oz 로즈쿼츠: a colour no class knows).
func (rd *reading) endsWithOwnWord(other *reading) bool {
	last := -1
	for i := len(rd.toks) - 1; i >= 0 && last < 0; i-- {
		switch t := &rd.toks[i]; {
		case t.kind == tBreak, t.kind == tMeasure && t.dim == dimCount:
			// the quantity Coupang writes at the end (, 1개)
		case t.kind == tWord && contentWord(t):
			last = i
		case t.kind == tWord && !t.attr:
			// a stop word
		default:
			return false // a code, a measure or a listed word ends the name
		}
	}
	if last < 0 {
		return false
	}
	t := &rd.toks[last]
	if knownGoods(t.text) || t.canon != "" {
		return false
	}
	for _, f := range unaccounted(rd, other) {
		if f.sp == t.sp {
			return true
		}
	}
	return false
}

// setOfItems reports whether rd counts items joined by a plus (본품+리필 = 2) and other states one
// set of goods it writes joined by a plus (370ml + 리필 320ml, 1세트): the set holds the items.
func setOfItems(rd, other *reading) bool {
	if len(rd.counts) == 0 || len(other.counts) != 1 || !other.writesPlus() {
		return false
	}
	for _, c := range rd.counts {
		if !c.items {
			return false
		}
	}
	c := other.counts[0]
	if c.items || c.n != 1 || c.value != 1 {
		return false
	}
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind == tMeasure && t.dim == dimCount && t.sp.Start >= c.sp.Start && t.sp.End <= c.sp.End {
			return t.unit == "세트" || t.unit == "set"
		}
	}
	return false
}

// packing compares how two names that count the same total pack it: one pack of 100매 against
// 50매 sold two at a time (50매, 2개: Coupang writes the quantity sold after a comma at the end)
// is other goods, as 1kg against 500g, 2개 already is by weight. Packs written into the name
// (50매 x 2팩) are left alone: a seller's table counts them as the total.
func packing(r, e *reading) (Difference, bool) {
	if r.gates&kindBit(tMeasure) == 0 {
		return Difference{}, false // packedAlone needs a count
	}
	if rt, ok := packedAlone(r); ok {
		if et, ok := soldInPacks(e, rt); ok {
			return Difference{Kind: KindCount, Severity: order.Block, Registered: r.name[rt.sp.Start:rt.sp.End],
				Exposed: e.name[et.sp.Start:et.sp.End], RegisteredSpans: []Span{rt.sp}, ExposedSpans: []Span{et.sp}}, true
		}
	}
	return Difference{}, false
}

// packedAlone is the one count rd writes when it writes exactly one, of more than one piece.
func packedAlone(rd *reading) (*token, bool) {
	var found *token
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tMeasure && t.dim == dimCount {
			if found != nil {
				return nil, false
			}
			found = t
		}
	}
	return found, found != nil && found.value > 1
}

// soldInPacks is the count of rd in the unit of alone, of more than one piece but fewer than
// alone, when rd writes just one other count: the quantity sold, after a comma at the end of the
// name, that makes up alone's total (도그웰 배변패드 중형, 50매, 2개 for 100매).
func soldInPacks(rd *reading, alone *token) (*token, bool) {
	var inner, sold *token
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tMeasure || t.dim != dimCount {
			continue
		}
		switch {
		case inner == nil && sameCountUnit(t.unit, alone.unit) && t.value > 1 && t.value < alone.value:
			inner = t
		case inner != nil && sold == nil && t.value > 1 && i > 0 && rd.toks[i-1].kind == tBreak && rd.toks[i-1].text == ",":
			sold = t
		default:
			return nil, false
		}
	}
	if inner == nil || sold == nil || !same(inner.value*sold.value, alone.value) {
		return nil, false
	}
	return inner, true
}

// rangeEnd reports whether the count t is an end of a range (3~5개, 15-17과), which rd reads as a
// number rather than a count.
func (rd *reading) rangeEnd(t *token) bool {
	for i := range rd.numbers {
		if rd.numbers[i].sp == t.sp {
			return true
		}
	}
	return false
}

// finalSounds groups the syllable-final consonants by how they are said: a final ㅍ is said ㅂ
// (캣닢 / 캣닙), a final ㅅ, ㅆ, ㅈ, ㅊ, ㅌ, ㅎ is said ㄷ (꽃 / 꼳), ㄲ and ㅋ are said ㄱ.
var finalSounds = [28]byte{0, 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'm', 'p', 'p', 't', 't', 'q', 't', 't', 'k', 't', 'p', 't'}

// samePronunciation reports whether two Hangul spellings of two syllables or more are said the
// same and differ only where a loanword is written two ways: a final consonant said alike (캣닢 /
// 캣닙) or an f written ㅎ or ㅍ before the same vowel (호일 / 포일, 화이팅 / 파이팅).
func samePronunciation(a, b string) bool {
	if a == b || len(a) != len(b) || len(a) < 6 || a[0] < 0x80 || b[0] < 0x80 {
		return false
	}
	for len(a) > 0 {
		ra, n := utf8.DecodeRuneInString(a)
		rb, m := utf8.DecodeRuneInString(b)
		if n != m || !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		a, b = a[n:], b[m:]
		if ra == rb {
			continue
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		iniA, medA, finA := sa/588, sa%588/28, sa%28
		iniB, medB, finB := sb/588, sb%588/28, sb%28
		if medA != medB || finalSounds[finA] != finalSounds[finB] {
			return false
		}
		const hieut, pieup = 18, 17
		if iniA != iniB && !(iniA == hieut && iniB == pieup || iniA == pieup && iniB == hieut) {
			return false
		}
	}
	return true
}

// dropAssumedCm leaves out the lengths of fs that are a size written with no unit on one side and
// in another unit on the other (133x190 against 1.33 x 1.9m, 1330 and 1900mm): a size written
// bare is in centimetres as often as in millimetres. It filters fs in place.
func dropAssumedCm(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !(rd.assumedNumber(f.num) && other.writesLength(f.num*10)) && !other.assumedCm(f.value) {
			out = append(out, f)
		}
	}
	return out
}

// assumedCm reports whether rd writes a size with no unit whose number, in centimetres, is v (mm).
func (rd *reading) assumedCm(v float64) bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.assumed && same(t.num*10, v) {
			return true
		}
	}
	return false
}

// startsAlike reports whether other starts with what rd writes at sp, the start of rd (3M at the
// start of both names is the brand, however it reads).
func startsAlike(rd, other *reading, sp Span) bool {
	w := rd.name[sp.Start:sp.End]
	return len(other.name) > len(w) && strings.EqualFold(other.name[:len(w)], w) && spaceByte(other.name[len(w)])
}

// otherSide reports whether every length of fs is one side of a size rd writes W x H whose other
// side other writes too (122cm x 1m against 1m: the width of a roll the other name leaves out).
func otherSide(fs []fact, rd, other *reading) bool {
	if len(fs) == 0 || other.writesSizePair() {
		return false // 200x200 against 150x200: both write the whole size, and it differs
	}
	for _, f := range fs {
		if !rd.besideWritten(f.sp, other) {
			return false
		}
	}
	return true
}

// writesSizePair reports whether rd writes a size as two lengths joined by an x (150x200).
func (rd *reading) writesSizePair() bool {
	for i := 1; i+1 < len(rd.toks); i++ {
		a, b := &rd.toks[i-1], &rd.toks[i+1]
		if rd.toks[i].kind == tTimes && a.kind == tMeasure && a.dim == dimLength && b.kind == tMeasure && b.dim == dimLength {
			return true
		}
	}
	return false
}

// besideWritten reports whether the length at sp is joined by an x to a length other writes.
func (rd *reading) besideWritten(sp Span, other *reading) bool {
	for _, side := range rd.sizeSides(sp) {
		if other.writesLength(side.value) {
			return true
		}
	}
	return false
}

// dropTwinSizes leaves out the sizes of fs that rd writes right beside another size word of its
// own that other writes too (XL 초대형 against 초대형): one size in two notations. It filters fs in
// place.
func dropTwinSizes(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !rd.twinSize(f, other) {
			out = append(out, f)
		}
	}
	return out
}

func (rd *reading) twinSize(f fact, other *reading) bool {
	for _, g := range rd.sizes {
		if g.key == f.key || !hasFact(other.sizes, g.key) {
			continue
		}
		a, b := f.sp, g.sp
		if a.Start > b.Start {
			a, b = b, a
		}
		if a.End <= b.Start && strings.TrimSpace(rd.name[a.End:b.Start]) == "" {
			return true
		}
	}
	return false
}

func hasFact(fs []fact, key string) bool {
	for _, f := range fs {
		if f.key == key {
			return true
		}
	}
	return false
}

// stopWords6 are words of praise and plain description that say nothing about which goods are in
// the box (두꺼운 배변패드 and 고흡수 배변패드 are one pad described two ways), added to the stop
// words by buildStopWords. Words that name a variant of their own (초박형, 저소음, 합성, 무향) are
// left out.
var stopWords6 = []string{
	"두꺼운", "도톰한", "도톰", "고흡수", "초흡수", "흡수력", "튼튼한", "튼튼", "견고한", "가벼운", "초경량",
	"부드러운", "고급", "고급스러운", "럭셔리", "luxury", "강력", "강력한", "초강력", "편리한", "간편한", "깔끔한",
	"심플", "simple", "모던", "modern", "감성", "가성비", "실속", "고품질", "고성능", "품질보증",
	"위생적인", "친환경", "스타일리시", "예쁜", "귀여운", "인기템", "필수템", "꿀템", "국민",
	// praise of a scent or a taste, written before 향 or 맛 apart (좋은 향) or glued (좋은향)
	"좋은", "은은한", "향긋한", "기분좋은", "맛있는",
	// "for both" after the values it joins (가솔린 디젤 겸용): the values say it
	"겸용",
}

// formSuffixes are the endings that say what form a flavoured food or drink takes (포도잼,
// 딸기우유, 레몬차): a flavour with one ending is not the same goods as with another (포도잼 /
// 그레이프 젤리, 딸기우유 / 딸기주스). Spellings of one ending share a value.
var formSuffixes = map[string]string{
	"잼": "잼", "쨈": "잼", "젤리": "젤리", "우유": "우유", "밀크": "우유", "주스": "주스", "쥬스": "주스",
	"라떼": "라떼", "에이드": "에이드", "시럽": "시럽", "청": "청", "즙": "즙", "차": "차", "티": "차",
	"캔디": "사탕", "사탕": "사탕", "칩": "칩", "쿠키": "쿠키", "케이크": "케이크",
}

// formEnding is the form value a word ends with, and whether it has one: the word itself when it
// is an ending (젤리), or its last one to three syllables after a stem (포도잼).
func formEnding(w string) (string, bool) {
	last, _ := utf8.DecodeLastRuneInString(w)
	switch last {
	case '잼', '쨈', '리', '유', '크', '스', '떼', '드', '럽', '청', '즙', '차', '티', '디', '탕', '칩', '키':
	default:
		return "", false // most words end otherwise: one look at the last syllable
	}
	end := len(w)
	for n := 1; n <= 3 && end >= 3; n++ {
		end -= 3 // Hangul syllables are three bytes
		if v, ok := formSuffixes[w[end:]]; ok && (end == 0 || end >= 3) {
			return v, true
		}
	}
	return "", false
}

// compareFormEndings: a flavoured food one name writes with one form ending (포도잼) and the other
// with another (그레이프 젤리), neither writing the other's, asks for a look.
func compareFormEndings(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		ai, av := a.flavourForm()
		if ai < 0 {
			continue
		}
		bi, bv := b.formWord(av)
		if bi < 0 || a.writesForm(bv) {
			continue
		}
		at, bt := &a.toks[ai], &b.toks[bi]
		d := Difference{Kind: KindForm, Severity: order.Warn, Registered: a.name[at.sp.Start:at.sp.End],
			Exposed: b.name[bt.sp.Start:bt.sp.End], RegisteredSpans: []Span{at.sp}, ExposedSpans: []Span{bt.sp}}
		if a == e {
			d.Registered, d.Exposed = d.Exposed, d.Registered
			d.RegisteredSpans, d.ExposedSpans = d.ExposedSpans, d.RegisteredSpans
		}
		return append(diffs, d)
	}
	return diffs
}

// flavourForm is the index of the first word of rd read as a flavour with a form ending (포도잼),
// and the ending's value; -1 when none.
func (rd *reading) flavourForm() (int, string) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || !t.attr {
			continue
		}
		if v, ok := formEnding(t.text); ok && len(t.text) > len(v) {
			return i, v
		}
	}
	return -1, ""
}

// formWord is the index of a word of rd with a form ending other than v (젤리 against 잼) when rd
// writes no word with v, and that ending's value; -1 when none.
func (rd *reading) formWord(v string) (int, string) {
	if rd.writesForm(v) {
		return -1, ""
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord {
			if w, ok := formEnding(t.text); ok && w != v {
				return i, w
			}
		}
	}
	return -1, ""
}

// writesForm reports whether a word of rd ends in the form v.
func (rd *reading) writesForm(v string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord {
			if w, ok := formEnding(t.text); ok && w == v {
				return true
			}
		}
	}
	return false
}

// shortLoanwords are loanwords of fewer than two consonants, which the sound key cannot match
// across scripts (phonetic.go matches words of two consonants or more): 에어 / air, 오일 / oil.
// Each Hangul spelling is listed with its Latin one; the map holds both directions.
var shortLoanwords = func() map[string]string {
	pairs := [][2]string{
		{"에어", "air"}, {"오일", "oil"}, {"아이스", "ice"}, {"에코", "eco"}, {"오토", "auto"}, {"이지", "easy"},
		{"아쿠아", "aqua"}, {"알로에", "aloe"}, {"아이", "eye"}, {"에그", "egg"}, {"아트", "art"}, {"원", "one"},
		{"투", "two"}, {"업", "up"}, {"아웃", "out"}, {"오프", "off"}, {"이어", "ear"}, {"아이언", "iron"},
		{"유로", "euro"}, {"오로라", "aurora"}, {"에이스", "ace"}, {"오아시스", "oasis"}, {"아이보", "aibo"},
	}
	m := make(map[string]string, 2*len(pairs))
	for _, p := range pairs {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}()

// hangulPlural reports whether one Hangul spelling is the other's English plural as Korean writes
// it: a final 트 (t) becomes 츠 (ts): 라이트 / 라이츠, 파트 / 파츠, 포인트 / 포인츠.
func hangulPlural(a, b string) bool {
	if len(a) != len(b) || len(a) < 6 {
		return false
	}
	if strings.HasSuffix(b, "츠") {
		a, b = b, a
	}
	stem, ok := strings.CutSuffix(a, "츠")
	return ok && stem != "" && strings.HasSuffix(b, "트") && b[:len(b)-len("트")] == stem
}

// compared is the spelling the word rule compares a word as: the first word of its vocabulary
// group, or the word itself.
func compared(w string) string {
	if !synonymKeys.may(w) {
		return w
	}
	if c, ok := wordSynonyms[w]; ok {
		return c
	}
	return w
}

// compoundOfWords reports whether the Hangul compound w is two words of the vocabulary that other
// writes as two words, in either register (비프저키 against 소고기 육포: 비프 is 소고기, 저키 육포).
func compoundOfWords(w string, other *reading) bool {
	if len(w) < 12 || w[0] < 0x80 {
		return false
	}
	for i := 6; i <= len(w)-6; i += 3 {
		head, tail := w[:i], w[i:]
		if !knownGoods(head) || !knownGoods(tail) {
			continue
		}
		if other.writesWord(compared(head)) && other.writesWord(compared(tail)) {
			return true
		}
	}
	return false
}

// partOfCompound reports whether the word w of rd is one part of a compound of two vocabulary
// words that other writes and whose other part rd writes too (소고기 of 소고기 육포 against 비프저키).
func partOfCompound(w string, rd, other *reading) bool {
	if !knownGoods(w) {
		return false
	}
	for i := range other.toks {
		o := &other.toks[i]
		if o.kind != tWord || len(o.text) < 12 || o.text[0] < 0x80 {
			continue
		}
		for k := 6; k <= len(o.text)-6; k += 3 {
			head, tail := o.text[:k], o.text[k:]
			if !knownGoods(head) || !knownGoods(tail) {
				continue
			}
			ch, ct := compared(head), compared(tail)
			if ch == w && rd.writesWord(ct) || ct == w && rd.writesWord(ch) {
				return true
			}
		}
	}
	return false
}

// writesHyphenless reports whether rd writes the Latin word w with hyphens where w has none, or
// without the hyphens w has (NT-USB / NTUSB, X-Pro / XPro).
func (rd *reading) writesHyphenless(w string) bool {
	if w == "" || w[0] >= 0x80 {
		return false
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && t.text != w && sameIgnoringHyphens(t.text, w) {
			return true
		}
	}
	return false
}

// sameIgnoringHyphens reports whether a and b are the same letters once hyphens are left out.
func sameIgnoringHyphens(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && a[i] == '-' {
			i++
		}
		for j < len(b) && b[j] == '-' {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

// respelledSounds reports whether a word the vocabulary respelled in the other script (foldable
// compared as 접이식) sounds like the key wk, of a word in the script latin says, as it was written.
func respelledSounds(wk []byte, latin bool, t *token) bool {
	if t.raw == "" || t.raw == t.text || (t.raw[0] < 0x80) == latin {
		return false
	}
	var k soundKey
	soundOf(&k, t.raw)
	return soundsAlike(wk, k.key())
}

// jackSizes are the plug sizes of audio gear in mm (3.5mm, 2.5mm, 6.3mm / 6.35mm): beside a
// microphone, earphones or a cable they name the plug, not a length of the goods.
var jackSizes = [...]float64{2.5, 3.5, 6.3, 6.35}

// audioWords are the words of a name that make a jack size a plug.
var audioWords = map[string]bool{
	"마이크": true, "이어폰": true, "헤드폰": true, "헤드셋": true, "잭": true, "aux": true, "오디오": true, "스피커": true,
	"케이블": true, "젠더": true, "단자": true, "플러그": true, "핀마이크": true, "라발리에": true, "mic": true, "audio": true,
}

// dropJacks leaves out the lengths of fs that are a jack size when rd writes an audio word and
// other writes no jack size: a plug said by one name only (two plug sizes still differ). It
// filters fs in place.
func dropJacks(fs []fact, rd, other *reading) []fact {
	if len(fs) == 0 || !rd.writesAudio() || other.writesJack() {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if !jackSize(f.value) {
			out = append(out, f)
		}
	}
	return out
}

func jackSize(v float64) bool {
	for _, j := range jackSizes {
		if same(v, j) {
			return true
		}
	}
	return false
}

// writesJack reports whether rd writes a length of a jack size.
func (rd *reading) writesJack() bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimLength && jackSize(t.value) {
			return true
		}
	}
	return false
}

func (rd *reading) writesAudio() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (audioWords[t.text] || audioWords[t.raw]) {
			return true
		}
	}
	return false
}

// batchimVariant reports whether two Hangul loanword spellings of four syllables or more differ
// only by a final consonant one of them adds to one syllable (러플웨어 / 러프웨어, 파타고니아 /
// 파타곤니아): a long loanword is written with and without it.
func batchimVariant(a, b string) bool {
	if a == b || len(a) < 4 || b == "" || a[0] < 0x80 || b[0] < 0x80 { // fewer than 4 bytes: fewer than 4 runes
		return false
	}
	if n := utf8.RuneCountInString(a); n < 4 || n != utf8.RuneCountInString(b) {
		return false
	}
	diffs := 0
	for len(a) > 0 {
		ra, n := utf8.DecodeRuneInString(a)
		rb, m := utf8.DecodeRuneInString(b)
		a, b = a[n:], b[m:]
		if ra == rb {
			continue
		}
		if !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		if sa/28 != sb/28 || sa%28 != 0 && sb%28 != 0 { // same initial and vowel, one has no final
			return false
		}
		diffs++
	}
	return diffs == 1
}

// usualForms are goods whose usual form is a spray or a mist: a name that adds 스프레이 to them
// (섬유탈취제 … 스프레이) says nothing the other name's goods word does not (an oil or a balm of
// them would still be another form).
var usualForms = map[string]string{
	"탈취제": "스프레이", "섬유탈취제": "스프레이", "방향제": "스프레이", "섬유향수": "스프레이", "살충제": "스프레이",
	"모기기피제": "스프레이", "기피제": "스프레이", "정전기방지제": "스프레이", "헤어스프레이": "스프레이",
	"픽서": "스프레이", "미스트": "스프레이", "선스프레이": "스프레이",
}

// impliedForm reports whether the form word f is the usual form of a goods word other writes.
func impliedForm(f fact, other *reading) bool {
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind != tWord {
			continue
		}
		if form, ok := usualForms[t.text]; ok && (form == f.word || form == f.key) {
			return true
		}
		if form, ok := usualForms[t.raw]; ok && (form == f.word || form == f.key) {
			return true
		}
	}
	return false
}

// ampersand reports whether t is an & between words, which Korean writes 앤 (Clean & Cozy is
// 클린앤코지, Johnson & Johnson 존슨앤존슨).
func ampersand(t *token) bool { return t.kind == tBreak && t.text == "&" }

// prefixedApart reports whether the word j of rd comes right after the word prefix, written
// apart (비 글로우): the name writes the prefixed word with a space, not the bare word.
func prefixedApart(rd *reading, j int, prefix string) bool {
	if j == 0 {
		return false
	}
	p := &rd.toks[j-1]
	return p.kind == tWord && p.text == prefix && p.sp.End <= rd.toks[j].sp.Start &&
		strings.TrimSpace(rd.name[p.sp.End:rd.toks[j].sp.Start]) == ""
}

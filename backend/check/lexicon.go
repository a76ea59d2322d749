package check

import (
	"strings"
	"unicode/utf8"
)

// The words the matcher understands. A word that is not listed here is wording (brand, origin,
// marketing) and never makes two names differ on its own; a listed word is an attribute of the
// goods, and two names with different values of one attribute describe different goods.

// attribute is the canonical value of a listed word and the attribute it belongs to.
type attribute struct {
	kind  string // one of the attr* kinds
	value string // canonical value, e.g. "블랙" for 블랙, 검정, black
	// plain values (오리지널, 기본…) are what a name says when it says nothing: one side may
	// leave them out.
	plain bool
}

const (
	attrColor   = "color"
	attrFlavor  = "flavor"
	attrScent   = "scent"
	attrKind    = "kind"    // which goods: 캐슈넛 vs 아몬드
	attrTarget  = "target"  // 남성 / 여성 / 아동
	attrSkin    = "skin"    // 건성 / 지성
	attrConnect = "connect" // 유선 / 무선
	attrPort    = "port"    // c타입 / 8핀
	attrTemp    = "temp"    // 냉동 / 냉장 / 상온
	attrSpec    = "spec"    // aa / aaa batteries
	attrVariant = "variant" // 프로 / 플러스 / 미니: another model of the same line
	attrUse     = "use"     // 부침용 / 찌개용, 구이용 / 국거리용
	attrSleeve  = "sleeve"  // 반팔 / 긴팔
	attrShape   = "shape"   // 사각 / 원형
	attrVariety = "variety" // 배추김치 / 총각김치, 카레 / 짜장: named only when it matters
	attrPower   = "power"   // 충전식 / 건전지식
	attrNetwork = "network" // 와이파이 / 셀룰러 / 블루투스 / GPS
	attrAuth    = "authentic"
	attrPackage = "package" // 본체만 / 풀세트
	attrFinish  = "finish"  // 무광 / 유광
	attrBed     = "bed"     // 싱글 / 슈퍼싱글 / 퀸 / 킹
	attrGrind   = "grind"   // 홀빈 / 분쇄
	attrEgg     = "egg"     // 왕란 / 특란 / 대란
	attrRefill  = "refill"  // 본품 / 리필
	// what the goods are made of (가죽 / 레더 / leather, 카본 / 탄소) and their pattern (도트 /
	// 땡땡이): compared when both names say one, and never words the word rule pairs
	attrMaterial = "material"
	attrPattern  = "pattern"
	// 양장 / 특별판 / 소장판 of a book, record or game: another edition of the same title (a
	// revision or a remaster is left out: it is often the only edition sold)
	attrEdition = "edition"
	attrInstall = "install" // 자가설치 / 설치포함: who installs the goods
	attrSide    = "side"    // 운전석 / 조수석, 왼쪽 / 오른쪽: which side a part fits
	attrScreen  = "screen"  // FHD / QHD / UHD: a screen's resolution
	attrFit     = "fit"     // 오버핏 / 슬림핏 / 레귤러핏 of clothes
	attrCut     = "cut"     // 롱 / 숏 / 크롭: how long a garment or pad is
	attrFat     = "fat"     // 저지방 / 무지방 milk and yoghurt
	attrHeat    = "heat"    // 가스 / 인덕션: the hob a pan or pot is made for
)

// attrKinds lists the attribute kinds in the order differences are reported.
var attrKinds = append([]string{attrKind, attrVariant, attrColor, attrFlavor, attrScent, attrTarget, attrSkin, attrConnect,
	attrPort, attrTemp, attrSpec, attrUse, attrSleeve, attrShape, attrVariety, attrPower, attrNetwork, attrAuth,
	attrPackage, attrFinish, attrBed, attrGrind, attrEgg, attrRefill, attrMaterial, attrPattern, attrEdition, attrInstall, attrSide, attrScreen, attrFit, attrCut, attrFat, attrHeat, attrLanguage, attrDrive, attrOrigin}, append(exclusiveKindNames(), rivalKindNames()...)...)

// oneSided says which attribute kinds make a difference even when only one name has a value: the
// buyer saw a flavour or colour the seller did not register (or the other way round).
var oneSided = map[string]bool{attrColor: true, attrFlavor: true, attrScent: true, attrKind: true, attrVariant: true, attrEdition: true, attrFat: true}

// lexicon maps a folded word to its attribute. Built once; never written after init.
var lexicon = buildLexicon()

// headRunes holds the first rune of every Hangul word of a head kind (headKinds).
var headRunes = buildHeadRunes()

func buildHeadRunes() *runeSet {
	s := &runeSet{other: map[rune]bool{}}
	for w, a := range lexicon {
		if r, _ := utf8.DecodeRuneInString(w); headKinds[a.kind] && r >= 0x80 {
			s.add(r)
		}
	}
	return s
}

// startRunes holds the first rune of every listed word and neutral suffix: a word part that
// starts with another rune cannot be split into listed words, so the search skips it.
var startRunes = buildStartRunes()

// runeSet is a set of runes, a bit each for ASCII and Hangul syllables (1.4 KB rather than the
// 11 KB of a bool each: the sets are read for nearly every word, and a small one stays in the
// cache).
type runeSet struct {
	ascii  [2]uint64
	hangul [(0xD7A4 - 0xAC00 + 63) / 64]uint64
	other  map[rune]bool
}

func (s *runeSet) add(r rune) {
	switch {
	case r < 128:
		s.ascii[r>>6] |= 1 << (r & 63)
	case r >= 0xAC00 && r <= 0xD7A3:
		i := r - 0xAC00
		s.hangul[i>>6] |= 1 << (i & 63)
	default:
		s.other[r] = true
	}
}

func (s *runeSet) has(r rune) bool {
	switch {
	case r < 0:
		return false
	case r < 128:
		return s.ascii[r>>6]&(1<<(r&63)) != 0
	case r >= 0xAC00 && r <= 0xD7A3:
		i := r - 0xAC00
		return s.hangul[i>>6]&(1<<(i&63)) != 0
	}
	return s.other[r]
}

func buildStartRunes() *runeSet {
	s := &runeSet{other: map[rune]bool{}}
	for w := range lexicon {
		r, _ := utf8.DecodeRuneInString(w)
		s.add(r)
	}
	for w := range wordSuffixes {
		r, _ := utf8.DecodeRuneInString(w)
		s.add(r)
	}
	s.add('앤') // listJoiner
	return s
}

// startsListed reports whether s starts with a rune a listed word starts with. A Hangul
// syllable, the usual first rune, is decoded inline (firstRune would give the same rune).
func startsListed(s string) bool {
	if r, n := hangulSyllable(s); n == 3 {
		return startRunes.has(r)
	}
	return startRunes.has(firstRune(s))
}

// wordSuffixes may follow a listed word inside one written word without changing its meaning:
// 딸기맛, 블랙색상, 레몬과즙, 남성용.
var wordSuffixes = map[string]bool{
	"맛": true, "향": true, "색": true, "색상": true, "컬러": true, "용": true, "계열": true,
	"과즙": true, "가루": true, "파우더": true, "우유": true, "라떼": true, "쥬스": true, "주스": true,
	"잼": true, "칩": true, "시럽": true, "에이드": true, "티": true, "차": true, "쿠키": true,
	"케이크": true, "젤리": true, "캔디": true, "사탕": true, "청": true, "즙": true, "분말": true,
	"타입": true, "형": true, "피부": true, "두피": true, "전용": true, "바": true, "볼": true, "믹스": true,
	"밥": true, "유": true,
}

// listJoiner joins two listed words written as one (블랙앤화이트, 쿠키앤크림): both are read.
const listJoiner = "앤"

// exactOnly words are listed only as whole words: inside a longer word they mean something
// else (꿀사과 is an apple, 콘 is in 실리콘, 핫 in 핫도그).
var exactOnly = map[string]bool{
	"꿀": true, "콘": true, "오리": true, "덕": true, "프로": true, "미니": true, "맥스": true, "라이트": true, "부침": true, "찌개": true, "핫": true, "매운": true, "순한": true, "쌀": true, "오트": true,
	"보리": true, "로즈": true, "민트": true, "와인": true, "울": true, "유리": true, "체크": true, "무지": true, "격자": true,
	"롱": true, "톨": true, "숏": true, "하프": true, "미디": true, "크롭": true, "wide": true, "long": true, "short": true,
}

// headKinds are the attribute kinds a listed word gives when it starts a longer word the
// lexicon does not know: 김치만두 is a kimchi dumpling, 호환토너 a compatible toner.
var headKinds = map[string]bool{attrFlavor: true, attrAuth: true}

// markerKinds: a word ending in 맛, 향 or 색 names a flavour, scent or colour even when the
// matcher does not know it (보통맛, 초코츄러스맛, 주광색).
var markerKinds = []struct{ suffix, kind string }{
	{"색상", attrColor}, {"컬러", attrColor}, {"맛", attrFlavor}, {"향", attrScent}, {"색", attrColor},
}

func buildLexicon() map[string]attribute {
	groups := []struct {
		kind  string
		words [][]string // first word is the canonical value, the rest are synonyms
		plain []string
	}{
		{attrColor, [][]string{
			// 흑판, 백판, 청판, 녹판, 은판: a watch's dial colour
			{"블랙", "검정", "검정색", "검은색", "black", "blk", "bk", "흑색", "흑판"},
			{"화이트", "흰색", "하양", "white", "wht", "we", "백색", "백판"},
			{"아이보리", "ivory"},
			{"그레이", "회색", "gray", "grey", "그래이"},
			{"차콜", "charcoal", "챠콜"},
			{"네이비", "남색", "navy", "곤색"},
			{"레드", "빨강", "빨간색", "red", "적색"},
			{"블루", "파랑", "파란색", "blue", "청색", "청판"},
			{"스카이블루", "하늘색", "skyblue"},
			{"그린", "초록", "초록색", "녹색", "green", "녹판"},
			{"옐로우", "노랑", "노란색", "yellow", "옐로"},
			{"핑크", "분홍", "분홍색", "pink"},
			{"베이지", "beige", "살색"},
			{"브라운", "갈색", "brown"},
			{"퍼플", "보라", "보라색", "purple"},
			{"실버", "은색", "silver", "은판"},
			{"골드", "금색", "gold"},
			{"로즈골드", "rosegold", "핑크골드", "pinkgold"},
			{"카키", "khaki"},
			{"와인", "wine", "버건디", "burgundy"},
			{"민트색"},
			{"투명", "clear", "클리어", "무색"},
			{"멜란지", "melange"},
			{"라이트블루", "연청"}, {"중청"}, {"다크블루", "진청"}, {"흑청"}, // denim washes: 연청 is a light blue, 진청 a dark one
			{"오트밀", "oatmeal"}, {"카멜", "camel"}, {"코랄", "coral"}, {"머스타드", "머스터드", "mustard"}, {"라일락", "lilac"},
			{"인디고", "indigo"}, {"올리브", "olive"}, {"크림색"}, {"버건디색"}, {"테라코타"}, {"샌드", "sand"},
			{"블론드", "금발", "blonde", "blond"}, // a doll's or a wig's hair
		}, []string{"랜덤", "random", "랜덤색상", "색상랜덤", "컬러랜덤", "혼합색상", "랜덤컬러"}},
		{attrFlavor, [][]string{
			{"딸기", "strawberry", "스트로베리"},
			{"초코", "초콜릿", "초콜렛", "쵸코", "chocolate", "choco"},
			{"바닐라", "vanilla"},
			{"바나나", "banana"},
			{"멜론", "메론", "melon"},
			{"녹차", "말차", "greentea", "그린티"},
			{"레몬", "lemon"},
			{"라임", "lime"},
			{"자몽", "grapefruit"},
			{"복숭아", "피치", "peach"},
			{"사과"}, // 애플 and apple are far more often the brand
			{"포도", "그레이프", "grape"},
			{"청포도", "샤인머스캣", "샤인머스켓"},
			{"블루베리", "blueberry"},
			{"망고", "mango"},
			{"오렌지", "orange", "주황", "주황색"}, // a colour too: one value, so 오렌지 and 주황 agree
			{"유자"},
			{"체리", "cherry"},
			{"수박"},
			{"요거트", "요구르트", "yogurt"},
			{"치즈", "cheese"},
			{"카라멜", "캐러멜", "caramel"},
			{"꿀", "허니", "honey"},
			{"매운맛", "매콤", "매운", "spicy", "핫"},
			{"순한맛", "순한", "마일드", "mild"},
			{"갈릭", "마늘", "garlic"},
			{"어니언", "양파", "onion"},
			{"콘소메"},
			{"바베큐", "bbq", "바비큐"},
			{"솔트", "소금", "salt"},
			{"민트", "mint"},
			{"흑당"},
			{"고구마"},
			{"옥수수", "콘", "corn"},
			{"무가당", "무설탕", "sugarfree", "언스위트", "unsweetened"},
			{"가당"},
			{"저당", "로우슈거", "로우슈가", "lowsugar", "low sugar", "리듀스드슈가", "리듀스드슈거", "리듀스드 슈가", "리듀스드 슈거", "reducedsugar", "reduced sugar", "당줄인", "당 줄인", "저당도"},
			{"디카페인", "decaf"},
			{"헤이즐넛향"},
			{"코코넛", "coconut"},
			{"석류"},
			{"매실"},
			{"생강"},
			{"모카", "mocha"},
			{"라즈베리", "raspberry"},
			{"키위", "kiwi"},
			{"파인애플", "pineapple"},
			{"김치"}, {"해물"}, {"야채"},
			{"제로", "zero", "제로슈거", "제로슈가", "제로칼로리", "슈거프리", "슈가프리"},
			{"까르보나라", "까르보", "carbonara"}, {"마라"}, {"트러플", "truffle"}, {"와사비", "고추냉이"},
			{"청양", "청양고추", "땡초"}, {"허니버터"}, {"데리야끼"}, {"훈제", "스모크"},
		}, []string{"오리지널", "original", "플레인", "plain", "기본", "일반", "기본맛", "오리지날"}},
		{attrScent, [][]string{
			{"라벤더", "lavender"},
			{"로즈", "장미", "rose"},
			{"자스민", "쟈스민", "jasmine"},
			{"무향", "unscented", "언센티드", "무향료"},
			{"시트러스", "citrus"},
			{"베이비파우더", "babypowder"},
			{"머스크", "musk"},
			{"우디", "woody"},
			{"코튼", "cotton"},
			{"플로럴", "floral"},
			{"라임바질"},
			{"피톤치드"},
		}, nil},
		{attrKind, [][]string{
			{"캐슈넛", "캐슈", "cashew", "캐슈너트"},
			{"아몬드", "almond"},
			{"호두", "walnut"},
			{"땅콩", "피넛", "peanut"},
			{"피스타치오", "pistachio"},
			{"마카다미아", "macadamia"},
			{"헤이즐넛", "hazelnut"},
			{"피칸", "pecan"},
			{"브라질너트"},
			{"해바라기씨"},
			{"호박씨"},
			{"건포도", "raisin"},
			{"크랜베리", "cranberry"},
			{"한우"},
			{"돼지고기", "돈육", "한돈"},
			{"닭가슴살", "치킨가슴살", "치킨브레스트", "chickenbreast"},
			{"오징어"},
			{"새우"},
			{"고등어"},
			{"연어"},
			{"샴푸", "shampoo"},
			{"린스", "컨디셔너", "conditioner"},
			{"바디워시"},
			{"토너", "스킨"},
			{"로션", "에멀전"},
			{"세럼", "에센스"},
			{"선크림", "썬크림"},
			{"쌀"},
			{"호박고구마"}, {"밤고구마"}, {"자색고구마"},
			{"삼겹살"}, {"오겹살"}, {"목살"}, {"앞다리살", "앞다리"}, {"뒷다리살", "뒷다리"}, {"항정살"}, {"갈비"},
			{"등심"}, {"안심"}, {"차돌박이"}, {"양지"}, {"사태"}, {"채끝", "채끝살"}, {"살치살"}, {"부채살"}, {"우둔", "우둔살"},
			{"홍두깨", "홍두깨살"}, {"설도"}, {"토시살"}, {"안창살"}, {"제비추리"}, {"꽃등심"}, {"갈비살"},
			{"프라이팬", "후라이팬"}, {"웍", "궁중팬", "중화팬", "wok"}, {"냄비"}, {"뚝배기"},
			{"고추장"}, {"된장"}, {"쌈장"}, {"간장"}, {"청국장"},
			{"백설탕", "하얀설탕", "흰설탕"}, {"갈색설탕", "황설탕"}, {"흑설탕"},
			{"참치"}, {"오리", "오리가슴살", "덕", "duck"},
			{"현미"},
			{"흑미", "흑미밥"}, {"잡곡", "잡곡밥"}, {"현미밥"},
			{"두부"}, {"순두부"}, {"연두부"},
			{"아카시아", "아카시아꿀"},
			{"야생화", "야생화꿀"},
			{"밤꿀"},
			{"찹쌀"},
			{"보리"},
			{"귀리", "오트", "oat"},
		}, []string{"백미", "백미밥", "흰쌀밥"}},
		{attrTarget, [][]string{
			{"남성", "남자", "men", "mens", "남아", "맨", "멘", "맨즈", "멘즈", "옴므", "homme", "포맨", "formen", "맨케어", "멘즈케어", "맨즈케어", "신사", "보이즈", "boys"},
			{"여성", "여자", "women", "womens", "여아", "우먼", "우먼스", "woman", "레이디", "레이디스", "lady", "ladies", "팜므", "femme", "포우먼", "forwomen", "우먼케어", "레이디케어", "숙녀", "걸즈", "girls"},
			{"아동", "키즈", "kids", "어린이", "유아", "소아"}, {"주니어", "junior"}, {"토들러", "toddler"},
			{"성인", "adult"},
			{"남녀공용", "공용", "unisex"},
		}, nil},
		{attrSkin, [][]string{
			{"건성"}, {"지성", "오일리", "oily"}, {"복합성"}, {"민감성", "센서티브", "sensitive"}, {"중성", "일반피부", "일반피부용", "보통피부", "보통피부용"},
		}, nil},
		{attrConnect, [][]string{
			{"유선", "wired"}, {"무선", "wireless", "코드리스", "cordless"},
		}, nil},
		{attrNetwork, [][]string{
			{"와이파이", "wifi", "wi-fi"}, {"셀룰러", "cellular", "lte"}, {"블루투스", "bluetooth", "bt"}, {"gps"},
		}, nil},
		{attrAuth, [][]string{
			{"정품", "genuine"}, {"호환", "호환용", "compatible", "재생"},
		}, nil},
		{attrPackage, [][]string{
			{"본체만", "베어툴", "bare", "baretool", "본체단품"}, {"풀세트", "키트", "kit", "풀킷", "콤보", "combo", "세트", "set"},
			{"기본", "기본형", "기본구성", "스탠다드", "standard", "단품"},
		}, nil},
		{attrFinish, [][]string{
			{"무광", "매트", "matte", "matt"}, {"유광", "글로시", "glossy"},
		}, nil},
		{attrPort, [][]string{
			{"c타입", "usbc", "타입c"}, {"8핀", "라이트닝", "lightning"}, {"5핀", "마이크로5핀", "microusb"},
		}, nil},
		{attrSpec, [][]string{
			{"aa"}, {"aaa"}, {"9v"},
		}, nil},
		{attrVariant, [][]string{
			{"프로", "pro"}, {"플러스", "plus"}, {"fe"}, {"울트라", "ultra"}, {"맥스", "max"}, {"미니", "mini"}, {"라이트", "lite"},
			{"인텐스", "intense"}, {"엑스트라", "extra"}, {"디럭스", "deluxe"},
		}, nil},
		{attrUse, [][]string{
			{"부침용", "부침두부", "부침"}, {"찌개용", "찌개두부", "찌개"}, {"구이용"}, {"국거리", "국거리용"},
			{"불고기용"}, {"샤브샤브용"}, {"수육용"}, {"가정용"}, {"선물용", "선물세트용"}, {"업소용"},
			// the washing machine a detergent or a washer is made for: drum, top-loading or both
			{"드럼용", "드럼전용", "드럼세탁기용", "드럼"}, {"일반용", "통돌이용", "일반세탁기용", "통돌이"},
			{"일반드럼겸용", "드럼겸용", "일반드럼공용", "드럼일반겸용"},
		}, nil},
		{attrSleeve, [][]string{
			{"반팔", "숏슬리브"}, {"긴팔", "롱슬리브"}, {"민소매", "나시", "슬리브리스"}, {"7부", "칠부"},
		}, nil},
		{attrShape, [][]string{
			{"사각", "사각형", "스퀘어", "네모"}, {"직사각", "직사각형"}, {"원형", "라운드", "동그란", "동그라미", "라운드넥", "크루넥"}, {"정사각", "정사각형"},
			{"타원", "타원형", "오벌"}, {"반원", "반원형", "반달형"}, // the round shape's prefixed kinds, another shape
			{"브이넥", "v넥"}, {"터틀넥", "목폴라"}, {"헨리넥"},
			{"납작", "납작형"}, // flat against round (laces, cords, straps)
		}, nil},
		{attrVariety, [][]string{
			{"배추김치", "포기김치", "포기배추김치"}, {"총각김치"}, {"깍두기"}, {"열무김치"}, {"파김치"}, {"갓김치"}, {"백김치"},
			{"카레", "커리", "curry"}, {"짜장", "자장"},
			{"적축", "저소음적축"}, {"갈축"}, {"청축"}, {"흑축"}, {"은축"},
			{"주광색", "주광", "하얀빛", "흰빛", "6500k"}, {"주백색", "주백", "4000k"}, {"전구색", "노란빛", "3000k"},
		}, nil},
		{attrPower, [][]string{
			{"충전식", "충전형"}, {"건전지식", "건전지형"}, {"전기식", "코드형"},
		}, nil},
		{attrBed, [][]string{
			{"싱글", "single"}, {"슈퍼싱글", "ss", "super single"}, {"더블", "double"}, {"퀸", "퀸사이즈", "queen"},
			{"킹", "킹사이즈", "king"}, {"라지킹", "lk", "라지킹사이즈"}, {"칼킹", "캘리포니아킹"},
		}, nil},
		{attrTemp, [][]string{
			{"냉동", "frozen"}, {"냉장", "chilled"}, {"상온"},
		}, nil},
		{attrGrind, [][]string{
			{"홀빈", "wholebean", "원두그대로"}, {"분쇄", "그라운드", "ground", "분쇄원두"},
		}, nil},
		{attrRefill, [][]string{
			{"리필", "리필용", "리필형", "refill"}, {"본품", "본품용기"},
		}, nil},
		{attrMaterial, [][]string{
			{"가죽", "레더", "leather", "천연가죽", "소가죽", "쇠가죽", "우피"}, {"양가죽", "램스킨", "lambskin"},
			{"인조가죽", "합성피혁", "합피", "레자", "pu가죽"}, {"카본", "탄소", "carbon", "카본파이버", "탄소섬유"},
			{"스테인리스", "스텐", "스테인레스", "스뎅", "stainless", "스틸", "강철", "steel", "sus304", "스테인리스스틸"},
			{"알루미늄", "알미늄", "aluminium", "aluminum"}, {"대나무", "뱀부", "bamboo"},
			{"실크", "silk", "견사"}, {"린넨", "리넨", "linen", "마직"}, {"울", "양모", "wool"},
			{"캐시미어", "캐시미르", "cashmere"}, {"폴리에스터", "폴리에스테르", "polyester"}, {"나일론", "nylon"},
			{"플라스틱", "plastic"}, {"유리", "글라스", "glass"}, {"세라믹", "ceramic", "도자기"},
			{"티타늄", "titanium"}, {"황동", "brass"}, {"캔버스", "canvas"}, {"데님", "denim"},
			{"스웨이드", "suede", "세무"}, {"메쉬", "매쉬", "mesh"}, {"벨벳", "velvet", "벨루어"}, {"모달", "modal"},
			{"레이온", "rayon", "인견"}, {"텐셀", "tencel", "리오셀"}, {"코듀로이", "골덴", "corduroy"},
		}, nil},
		{attrPattern, [][]string{
			{"도트", "땡땡이", "물방울", "dot", "polkadot"}, {"스트라이프", "줄무늬", "stripe"}, {"체크", "격자", "check", "gingham", "깅엄", "체크무늬", "격자무늬", "타탄", "tartan"},
			{"꽃무늬", "플라워패턴"}, {"무지", "솔리드", "민무늬", "solid"}, {"페이즐리", "paisley"}, {"헤링본", "herringbone"},
			{"카모", "camo", "카모플라쥬"},
		}, nil},
		{attrEdition, [][]string{
			{"양장", "양장본", "하드커버판", "hardcover"}, {"반양장"}, {"특별판", "스페셜에디션"}, {"보급판", "보급형판"},
			{"소장판", "애장판", "컬렉터즈에디션"}, {"합본", "합본판"}, {"리커버판", "리커버에디션"}, {"완전판"}, {"초판", "초판본"},
		}, nil},
		{attrInstall, [][]string{
			{"자가설치", "셀프설치", "직접설치", "설치미포함"}, {"설치포함", "방문설치", "기사설치", "무료설치", "설치비포함"},
		}, nil},
		{attrSide, [][]string{
			{"운전석", "좌측", "왼쪽", "왼손", "left"}, {"조수석", "우측", "오른쪽", "오른손", "right"},
		}, nil},
		{attrScreen, [][]string{
			{"fhd", "풀hd", "fullhd"}, {"qhd", "wqhd"}, {"uhd", "울트라hd"},
		}, nil},
		{attrFit, [][]string{
			{"오버핏", "루즈핏", "오버사이즈", "oversize", "oversized"}, {"슬림핏", "스키니핏", "slimfit"},
			{"레귤러핏", "스탠다드핏", "regularfit"}, {"와이드핏", "wide"}, {"세미오버핏"},
		}, nil},
		{attrCut, [][]string{
			{"롱", "long"}, {"숏", "쇼트", "short"}, {"미디", "midi"}, {"크롭", "crop", "cropped"}, {"하프"},
		}, nil},
		{attrFat, [][]string{
			{"저지방", "로우팻", "lowfat"}, {"무지방", "논팻", "nonfat", "제로팻"},
		}, nil},
		{attrHeat, [][]string{
			// a pan for induction (IH) also works on gas; one made for gas only does not work on
			// induction: 가스 전용 against IH blocks, and one said on one side is wording
			{"가스", "가스용", "가스전용", "가스레인지용", "가스렌지용"},
			{"인덕션", "ih", "인덕션용", "인덕션전용", "인덕션겸용", "ih겸용", "ih용", "올버너", "전기레인지겸용", "전기렌지겸용"},
		}, nil},
		{attrEgg, [][]string{
			{"왕란"}, {"특란"}, {"대란"}, {"중란"}, {"소란"},
		}, nil},
	}
	m := make(map[string]attribute, 512)
	for _, g := range groups {
		for _, syn := range g.words {
			for _, w := range syn {
				m[w] = attribute{kind: g.kind, value: syn[0]}
			}
		}
		for _, w := range g.plain {
			m[w] = attribute{kind: g.kind, value: "오리지널", plain: true}
		}
	}
	for _, g := range append(append(append(lexiconGroupsAreaValues[:len(lexiconGroupsAreaValues):len(lexiconGroupsAreaValues)], lexiconGroupsColoursMetals...), lexiconGroupsTrade...), append(append(append(lexiconGroupsTyped[:len(lexiconGroupsTyped):len(lexiconGroupsTyped)], lexiconGroupsColourNames...), lexiconGroupsGoodsValues...), lexiconGroupsRegisters...)...) {
		for _, syn := range g.words {
			for _, w := range syn {
				m[w] = attribute{kind: g.kind, value: syn[0]}
			}
		}
	}
	addExclusiveValues(m)
	addRivalValues(m)
	return m
}

// valueSpellings lists the Hangul spellings of each listed value by kind and value ("flavor|꿀":
// 꿀, 허니), for a value written inside a longer word in another spelling.
var valueSpellings = func() map[string][]string {
	m := make(map[string][]string, 256)
	for w, a := range lexicon {
		if a.plain || w == "" || w[0] < 0x80 {
			continue
		}
		k := a.kind + "|" + a.value
		m[k] = append(m[k], w)
	}
	return m
}()

// attributesOf reads the listed words inside one written word: an exact entry, or entries and
// neutral suffixes written together (딸기맛, 딸기바나나우유, 블랙색상), possibly after a word we do
// not know (꿀사과, 베이비핑크), or else a word marked as a flavour, scent or colour by its ending.
// Other words give nothing.
func attributesOf(word string, dst []attribute) []attribute {
	dst, _ = readWord(word, dst)
	return dst
}

// readWord is attributesOf that also says whether the word is listed words (and neutral
// suffixes) only, none of them plain: 딸기맛 and 블랙 are, 깐마늘, 보통맛 and 일반용 are not.
func readWord(word string, dst []attribute) ([]attribute, bool) {
	a, ok := lookupListed(word)
	return readIndexed(word, a, ok, dst)
}

// readIndexed is readWord for a word already looked up in the lexicon (a, listed).
func readIndexed(word string, a attribute, listed bool, dst []attribute) ([]attribute, bool) {
	if listed {
		return append(dst, a), !a.plain
	}
	if len(word) < 4 || len(word) > maxSplitLen { // nothing to split, or not a word but noise
		return dst, false
	}
	if len(word) >= 12 && pairedTastes(word) { // 매콤달콤: a description (pairedtastes.go)
		return dst, false
	}
	n := len(dst)
	budget := splitBudget
	if splitWord(word, &dst, 0, &budget) {
		dst = useFlavours(word, dst, n)
		for _, a := range dst[n:] {
			if a.plain {
				return dst, false
			}
		}
		return dst, true
	}
	dst = dst[:n]
	if stem, ok := conjoinedStem(word); ok {
		if out, whole := readWord(stem, dst); len(out) > n {
			return out, whole // 구운마늘과 (양파): listed words and the particle that joins them
		}
	}
	// a shade before a listed colour (다크그레이, 연핑크) is a colour of its own
	if a, ok := shadedColour(word); ok {
		return append(dst, a), true
	}
	// an unknown head before a listed word of two syllables or more: 꿀사과, 베이비핑크 (Latin
	// compounds are written apart: gopro is no pro)
	for i := 1; i < len(word) && word[0] >= 0x80; i++ {
		if !isBoundary(word, i) {
			continue
		}
		rest := word[i:]
		if !startsListed(rest) || !mayStartLong(rest) {
			continue
		}
		e := firstEntry(rest)
		if e == "" || exactEntry(e) || (e[0] >= 0x80 && len(e) < 6) || len(e) < 3 {
			continue
		}
		if splitWord(rest, &dst, 0, &budget) {
			return dst, false
		}
		dst = dst[:n]
	}
	// a listed flavour or 정품/호환 before an unknown word of two syllables or more: 김치만두, 호환토너
	if r := firstRune(word); headRunes.has(r) && len(word) >= 12 {
		if e := firstEntry(word); e != "" && len(e) >= 6 && len(word)-len(e) >= 6 && word[len(e):] != "리스" && !foodToolWord(word[len(e):]) {
			// 스모크리스 (smokeless): the loanword -less says the goods are without it; a tool
			// for food after the food (김치냉장고, 마늘다지기) is sold for it: no flavour (foodtools.go)
			if a := lexicon[e]; headKinds[a.kind] && !a.plain {
				return append(dst, a), false
			}
		}
	}
	for _, m := range markerKinds {
		if word[len(word)-1] != m.suffix[len(m.suffix)-1] {
			continue // the last byte first: most words end otherwise
		}
		if stem, ok := strings.CutSuffix(word, m.suffix); ok && stem != "" {
			if a, ok := processColour(word); ok && m.kind == attrColor {
				return append(dst, a), false // 골드도색: gold, painted on (colourprocesses.go)
			}
			if unmarkedWords[word] || m.kind == attrColor && namesNoColour(word) || m.kind == attrScent && repellentWord(word) {
				return dst, false // 방향, 손맛, 염색, 새치염색, 허리색: no scent, flavour or colour
			}
			if a, ok := lookupListed(stem); ok {
				return append(dst, a), false
			}
			return append(dst, attribute{kind: m.kind, value: stem}), false
		}
	}
	return dst, false
}

// shadePrefixes make a colour a shade of its own, and a flavour a degree of its own: 다크그레이
// and 연핑크 are other colours than 그레이 and 핑크, 약간매운맛 another flavour than 매운맛 (an option
// lists them side by side).
var shadePrefixes = [...]struct{ written, value, kind string }{
	{"다크", "다크", attrColor}, {"딥", "딥", attrColor}, {"라이트", "라이트", attrColor}, {"페일", "페일", attrColor},
	{"파스텔", "파스텔", attrColor}, {"진", "다크", attrColor}, {"연", "라이트", attrColor},
	{"dark", "다크", attrColor}, {"deep", "딥", attrColor}, {"light", "라이트", attrColor}, {"pale", "페일", attrColor},
	{"pastel", "파스텔", attrColor},
	{"약간", "약간", attrFlavor}, {"살짝", "약간", attrFlavor}, {"덜", "덜", attrFlavor}, {"아주", "아주", attrFlavor},
	{"매우", "아주", attrFlavor}, {"초", "아주", attrFlavor}, {"극", "아주", attrFlavor}, {"완전", "아주", attrFlavor},
}

// shadeFirsts are the first letters of shadePrefixes, in their order.
var shadeFirsts = func() (fs [len(shadePrefixes)]rune) {
	for i, p := range shadePrefixes {
		fs[i] = firstRune(p.written)
	}
	return fs
}()

// shadeStart reports whether w starts with the first letter of a shade or degree prefix.
func shadeStart(w string) bool {
	r, n := hangulSyllable(w) // decoded inline: firstRune would give the same rune
	if n == 0 {
		r = firstRune(w)
	}
	switch r {
	case '다', '딥', '라', '페', '파', '진', '연', 'd', 'l', 'p', '약', '살', '덜', '아', '매', '초', '극', '완':
		return true
	}
	return false
}

// shadeWord reports whether w is a shade or degree prefix written as a word of its own (다크
// 그레이, 약간 매운맛).
func shadeWord(w string) bool {
	if !shadeStart(w) {
		return false
	}
	for _, p := range shadePrefixes {
		if w == p.written {
			return true
		}
	}
	return false
}

// shadedColour reads a shade prefix and a listed colour, or a degree and a listed flavour,
// written as one word (다크그레이, 약간매운맛) as the value of that whole word.
func shadedColour(word string) (attribute, bool) {
	if !shadeStart(word) {
		return attribute{}, false
	}
	first := firstRune(word)
	for i, p := range shadePrefixes {
		if shadeFirsts[i] != first {
			continue // a prefix of another first letter: most of them
		}
		rest, ok := strings.CutPrefix(word, p.written)
		if !ok || !listedKeys.may(rest) {
			continue
		}
		if a, listed := lexicon[rest]; listed && a.kind == p.kind && !a.plain {
			return attribute{kind: p.kind, value: p.value + a.value}, true
		}
	}
	return attribute{}, false
}

// maxSplitLen bounds the words attributesOf looks into (20 Hangul syllables): real compound
// words are short, and the search is quadratic.
const maxSplitLen = 60

// maxEntryLen is longer than any listed word, in bytes.
const maxEntryLen = 40

// firstEntry is the longest listed word that word starts with (and that may start a longer word).
func firstEntry(word string) string {
	lens := splitLens.lens(word)
	for end := min(len(word), maxEntryLen); end > 0; end-- {
		if lens&(1<<end) != 0 && isBoundary(word, end) {
			if !splitKeys.may(word[:end]) {
				continue
			}
			if _, ok := splitLexicon[word[:end]]; ok {
				return word[:end]
			}
		}
	}
	return ""
}

// splitBudget bounds the steps of splitting one word, so that no written word, however odd,
// makes the search slow.
const splitBudget = 256

// splitWord segments word into listed entries and neutral suffixes, preferring long entries.
func splitWord(word string, dst *[]attribute, depth int, budget *int) bool {
	if *budget <= 0 {
		return false
	}
	*budget--
	if word == "" {
		return true
	}
	if depth > 4 || !startsListed(word) {
		return false
	}
	lens := splitLens.lens(word) // the lengths a listed word or a suffix may have here
	if depth > 0 {
		lens |= suffixLens.lens(word)
	}
	for end := min(len(word), maxEntryLen); end > 0; end-- {
		if lens&(1<<end) == 0 || !isBoundary(word, end) {
			continue
		}
		head := word[:end]
		if !splitKeys.may(head) {
		} else if a, ok := splitLexicon[head]; ok {
			n := len(*dst)
			*dst = append(*dst, a)
			if splitWord(word[end:], dst, depth+1, budget) {
				return true
			}
			*dst = (*dst)[:n]
		}
		if depth > 0 && (suffixKeys.may(head) && wordSuffixes[head] || head == listJoiner && end < len(word)) && splitWord(word[end:], dst, depth+1, budget) {
			// a neutral suffix, or 앤 joining two listed words (블랙앤화이트: both colours)
			return true
		}
	}
	return false
}

func isBoundary(s string, i int) bool {
	return i == len(s) || s[i] < 0x80 || s[i] >= 0xC0
}

package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// review87Probe is one pair of names of no table, labelled before it was run: whether the two
// name the same goods (match) under the rule it probes.
type review87Probe struct {
	rule, name, registered, exposed string
	bundle                          int
	match                           bool
}

// review87Probes probe the rules rounds 82–86 added: for each, names the rule should leave alone
// (the same goods worded otherwise, and real differences it must not hide) and names of its own
// kind in another category. The probes whose labelled answer the matcher does not give are listed
// in testdata/check/review87_results.md, not here.
var review87Probes = []review87Probe{
	// babywords.go: a baby's noun against a children's -용 word
	{"baby", "baby wipes against 유아용", "아기 물티슈 캡형 / 100매", "유아용 물티슈 캡형, 100매", 1, true},
	{"baby", "newborn swaddle against 유아용", "신생아 속싸개 / 화이트", "유아용 속싸개, 화이트", 1, true},
	{"baby", "baby shampoo against a dog's", "아기 샴푸 500ml", "강아지용 샴푸 500ml", 1, false},
	{"baby", "baby bath against a junior line", "아기 욕조 / 그레이", "주니어 욕조, 그레이", 1, true},
	// childtargets.go: two children's words against one
	{"childtargets", "junior and 아동 against kids", "[주니어] 풋살화 아동 / 220", "키즈 풋살화, 220", 1, true},
	{"childtargets", "junior and 어린이 against 아동", "주니어 헬멧 어린이 / M", "아동 헬멧, M", 1, true},
	{"childtargets", "junior and 아동 against an adult's", "[주니어] 풋살화 아동 / 220", "성인용 풋살화, 220", 1, false},
	{"childtargets", "junior and 아동 against toddler", "주니어 카시트 아동 / 블랙", "토들러 카시트, 블랙", 1, false},
	// childtitles.go: a children's -용 in the title only
	{"childtitles", "children's crayons in the title", "모나미 유아용 색연필 12색 / 1개", "모나미 색연필 12색", 1, true},
	{"childtitles", "children's toothbrush in the title", "페리오 어린이용 칫솔 / 4개", "페리오 칫솔, 4개", 1, true},
	{"childtitles", "children's title against an adult's", "페리오 어린이용 칫솔 / 4개", "페리오 성인용 칫솔, 4개", 1, false},
	{"childtitles", "children's title against another count", "모나미 유아용 색연필 12색 / 1개", "모나미 색연필 24색", 1, false},
	// codeletters.go: an x hyphened after a code
	{"xhyphen", "a code's X tail", "LG 모니터 27GN60-X / 블랙", "LG 모니터 27GN60-X 블랙", 1, true},
	{"xhyphen", "a code's X tail against another tail", "LG 모니터 27GN60-X", "LG 모니터 27GN60-B", 1, false},
	{"xhyphen", "a code's X tail against the bare code", "삼성 냉장고 필터 HAF60-X / 1개", "삼성 냉장고 필터 HAF60-X, 2개", 1, false},
	// codes.go / freeofwords.go: 무X and X 무첨가
	{"freeof", "no sugar two ways", "무설탕 쿠키 / 200g", "쿠키 설탕 무첨가, 200g", 1, true},
	{"freeof", "no paraben two ways", "무파라벤 샴푸 500ml", "샴푸 파라벤 무첨가 500ml", 1, true},
	{"freeof", "no fluoride against fluoride", "불소 무함유 치약 / 100g", "불소 치약, 100g", 1, false},
	{"freeof", "no colouring against another flavour", "무색소 젤리 딸기 / 100g", "색소 무첨가 젤리 포도, 100g", 1, false},
	{"freeof", "no colouring against colouring", "색소 무함유 젤리 / 100g", "색소 젤리, 100g", 1, false},
	{"freeof", "contains-none against the 무 prefix", "파라벤 무함유 로션 / 200ml", "무파라벤 로션, 200ml", 1, true},
	{"freeof", "contains-none against 0g", "설탕 무함유 음료 / 500ml", "설탕 0g 음료, 500ml", 1, true},
	{"freeof", "contains-none against 미함유", "불소 무함유 치약 / 100g", "불소 미함유 치약, 100g", 1, true},
	// colournames.go: 블랑 is white
	{"blanc", "블랑 against 화이트", "린넨 원피스 / 블랑", "린넨 원피스, 화이트", 1, true},
	{"blanc", "블랑 against 블랙", "린넨 원피스 / 블랑", "린넨 원피스, 블랙", 1, false},
	{"blanc", "몽블랑 is a name", "몽블랑 케이크 / 1개", "몽블랑 케이크, 1개", 1, true},
	{"blanc", "블랑 towel against 네이비", "호텔 수건 블랑 / 40수", "호텔 수건 네이비, 40수", 1, false},
	// lexicon.go: 핑크골드 is rose gold
	{"pinkgold", "핑크골드 against 로즈골드", "14K 목걸이 / 핑크골드", "14K 목걸이, 로즈골드", 1, true},
	{"pinkgold", "핑크골드 against 옐로우골드", "14K 목걸이 / 핑크골드", "14K 목걸이, 옐로우골드", 1, false},
	{"pinkgold", "핑크골드 watch against 실버", "메탈 시계 핑크골드", "메탈 시계 실버", 1, false},
	{"pinkgold", "pinkgold in Latin", "아이폰 케이스 / pinkgold", "아이폰 케이스, 로즈골드", 1, true},
	// describedparts.go: heads counted in the title
	{"heads", "massage gun 6 heads", "마사지건 6종헤드 / 블랙", "마사지건, 블랙", 1, true},
	{"heads", "massage gun 4종 헤드", "미니 마사지건 4종 헤드 / 화이트", "미니 마사지건 화이트", 1, true},
	{"heads", "shower heads counted against none", "샤워기 헤드 / 2개", "샤워기 헤드, 1개", 1, false},
	{"heads", "massage gun heads but another colour", "마사지건 6종헤드 / 블랙", "마사지건, 화이트", 1, false},
	// dosemetals.go: a metal in a supplement
	{"dosemetal", "zinc against 징크", "마그네슘 아연 120정", "마그네슘 징크 120정", 1, true},
	{"dosemetal", "zinc against selenium", "비타민C 아연 90정", "비타민C 셀레늄 90정", 1, false},
	{"dosemetal", "zinc 60 against 120", "뉴트리 아연 60정", "뉴트리 아연 120정", 1, false},
	{"dosemetal", "galvanised bolt against stainless", "아연 육각볼트 M8 / 100개", "스텐 육각볼트 M8, 100개", 1, false},
	{"dosemetal", "zinc capsule against 아연제", "아연 30캡슐", "아연제 30캡슐", 1, true},
	// dozenpacks.go: a dozen beside twelve
	{"dozen", "tennis balls 12 a pack, 2 dozen", "테니스공 12개입 / 2타", "테니스공 24개", 1, true},
	{"dozen", "golf balls one dozen of twelve", "골프공 12개 / 1다스", "골프공, 12개", 1, true},
	{"dozen", "pens one dozen against ten", "볼펜 1다스", "볼펜 10자루", 1, false},
	{"dozen", "golf balls 2 dozen against 3", "골프공 12개입 / 2다스", "골프공 12개입, 3다스", 1, false},
	// drumwasher.go: 드럼 the instrument
	{"drum", "drum chair against drum chair", "전자드럼 의자 / 블랙", "드럼 의자, 블랙", 1, true},
	{"drum", "drum washer detergent against general", "드럼 세탁기 세제 3L", "일반 세탁기 세제 3L", 1, false},
	{"drum", "drum sticks 5A against 7A", "드럼스틱 5A / 1쌍", "드럼스틱 7A, 1쌍", 1, false},
	{"drum", "drum mat with 방음", "드럼 매트 / 방음", "드럼 방음 매트", 1, true},
	// featurecounts.go: slots beside 1개, a divided pot
	{"slots", "divided pot 2구 / 1개", "반반 전골냄비 2구 / 1개", "반반 전골냄비", 1, true},
	{"slots", "power strip 3구 against 4구", "멀티탭 3구 / 1개", "멀티탭 4구", 1, false},
	{"slots", "induction 2구 / 1개", "전기레인지 인덕션 2구 / 1개", "인덕션 전기레인지", 1, true},
	// foodtools.go: tools for the food before them
	{"foodtools", "ginger grater against grater", "생강 강판 / 1개", "스텐 강판, 1개", 1, true},
	{"foodtools", "lemon zester against zester", "레몬 제스터", "제스터", 1, true},
	{"foodtools", "wine fridge against a fridge", "와인 냉장고 / 블랙", "소형 냉장고, 블랙", 1, false},
	{"foodtools", "rice container against coffee container", "쌀 용기 / 5kg", "커피 용기, 5kg", 1, false},
	{"foodtools", "brand before the tool against a food", "오쿠 발효기 / 1개", "오쿠 청국장 발효기, 1개", 1, true},
	{"foodtools", "material before the tool against a food", "도자기 강판 / 화이트", "생강 강판, 화이트", 1, true},
	{"foodtools", "rice storage against grain storage", "쌀 보관용기 / 10kg", "잡곡 보관용기, 10kg", 1, false},
	{"foodtools", "tea container against coffee container", "녹차 용기 / 500ml", "커피 용기, 500ml", 1, false},
	// giftwrapping.go
	{"gift", "mug white plus gift box", "머그컵 / 화이트+선물박스", "머그컵, 화이트", 1, true},
	{"gift", "tumbler plus gift bag", "보온 텀블러 / 500ml+기프트백", "보온 텀블러 500ml", 1, true},
	{"gift", "mug plus a coaster", "머그컵 / 화이트+코스터", "머그컵, 화이트", 1, false},
	{"gift", "gift box plus colour differs", "머그컵 / 화이트+선물박스", "머그컵, 블랙", 1, false},
	{"gift", "a gift box sold large against small", "선물박스 / 대형", "선물박스, 소형", 1, false},
	// glosses
	{"gloss", "needle against stylus", "턴테이블 바늘 / 1개", "turntable stylus, 1개", 1, true},
	{"gloss", "comb against hairbrush", "쿠션 빗 / 블랙", "cushion hairbrush, 블랙", 1, true},
	{"gloss", "monitor holder against bracket", "모니터 거치대 / 1개", "monitor bracket, 1개", 1, true},
	{"gloss", "carafe 1L against 2L", "유리 물병 1L", "glass carafe 2L", 1, false},
	{"gloss", "stockpot 30cm against 24cm", "스텐 곰솥 30cm", "stainless stock pot 24cm", 1, false},
	{"gloss", "extract against powder", "녹차 추출물 / 60정", "green tea extract, 60정", 1, true},
	// goodsscents.go
	{"goodsscent", "baby powder lotion against powder lotion", "존슨즈 베이비파우더 로션 / 200ml", "존슨즈 파우더 로션, 200ml", 1, true},
	{"goodsscent", "baby powder scent against none", "바디워시 베이비파우더 / 500ml", "바디워시, 500ml", 1, false},
	{"goodsscent", "cotton scent fabric softener against lavender", "섬유유연제 코튼 / 2L", "섬유유연제 라벤더, 2L", 1, false},
	// includeditems.go
	{"included", "lip balm plus refill against refill included", "립밤 본품 4g+리필 4g", "립밤 4g 리필포함", 1, true},
	{"included", "razor plus blade against blade included", "면도기 본체+면도날", "면도기 면도날 포함", 1, true},
	{"included", "lip balm plus refill against none included", "립밤 본품+리필", "립밤 본품 단품", 1, false},
	// inflections.go: -ed
	{"ed", "smoked salmon", "스모크드 연어 200g", "스모크 연어 200g", 1, true},
	{"ed", "blended tea", "블렌디드 홍차 / 20티백", "블렌드 홍차, 20티백", 1, true},
	{"ed", "roasted against raw almonds", "로스티드 아몬드 500g", "생 아몬드 500g", 1, false},
	{"ed", "brushed gold against polished gold", "브러시드 골드 수전", "폴리시드 골드 수전", 1, false},
	// kindsbesidecount.go
	{"kinds", "picks 3종 30개입 against 30개", "기타피크 3종 두께 / 30개입", "기타피크, 30개", 1, true},
	{"kinds", "hair ties 3종 against a third", "머리끈 3종 / 30개", "머리끈, 10개", 1, false},
	{"kinds", "socks 5종 10켤레", "양말 5종 / 10켤레", "양말, 10켤레", 1, true},
	// konglish: 타이즈, 중화팬
	{"konglish", "tights two spellings", "겨울 타이즈 80D / 블랙", "겨울 타이츠 80D, 블랙", 1, true},
	{"konglish", "tights 80D against 40D", "타이즈 80D / 블랙", "타이츠 40D, 블랙", 1, false},
	{"konglish", "Chinese pan against wok", "중화팬 30cm", "웍 30cm", 1, true},
	{"konglish", "Chinese pan against frying pan", "중화팬 30cm", "프라이팬 30cm", 1, false},
	{"konglish", "wok 28 against 32", "무쇠 wok 28cm", "무쇠 궁중팬 32cm", 1, false},
	// latinabbreviations.go
	{"latinabbr", "NT against 내추럴", "원목 액자 A4 / NT", "원목 액자 A4, 내추럴", 1, true},
	{"latinabbr", "NV against 네이비", "면 티셔츠 / NV", "면 티셔츠, 네이비", 1, true},
	{"latinabbr", "BE beige against 블루", "쿠션 커버 / BE", "쿠션 커버, 블루", 1, false},
	{"latinabbr", "GY against 그린", "쿠션 커버 / GY", "쿠션 커버, 그린", 1, false},
	// ledlight.go
	{"lamp", "bicycle light against headlight", "자전거 라이트 USB충전 / 1개", "자전거 전조등 USB충전, 1개", 1, true},
	{"lamp", "headlight against tail light", "자전거 전조등 / 1개", "자전거 후미등, 1개", 1, false},
	{"lamp", "lantern light against lantern", "캠핑 랜턴 라이트 / 블랙", "캠핑 랜턴, 블랙", 1, true},
	{"lamp", "light against lamp of another colour", "자전거 라이트 / 레드", "자전거 후미등, 블랙", 1, false},
	// lexicon: blonde
	{"blonde", "blonde wig two words", "인형 가발 / 블론드", "인형 가발, 금발", 1, true},
	{"blonde", "blonde against brown", "인형 가발 / 블론드", "인형 가발, 브라운", 1, false},
	{"blonde", "blonde against black hair", "패션 가발 금발", "패션 가발 흑발", 1, false},
	// plainruling.go / rivalvalues
	{"ruling", "plain against lined", "하드커버 노트 A5 / 플레인", "하드커버 노트 A5, 줄노트", 1, false},
	{"ruling", "squared against 모눈", "노트 B5 / 스퀘어드", "노트 B5, 모눈", 1, true},
	{"ruling", "ruled against squared", "노트 B5 / 룰드", "노트 B5, 모눈노트", 1, false},
	{"ruling", "plain bagel against onion", "베이글 / 플레인", "베이글, 어니언", 1, false},
	// scripttwins.go
	{"twins", "Hangul and Latin brand", "스탠리 STANLEY 텀블러 / 591ml", "STANLEY 텀블러 591ml", 1, true},
	{"twins", "brand twin, lotion against skin", "라네즈 LANEIGE 스킨 / 200ml", "LANEIGE 로션 200ml", 1, false},
	{"twins", "brand twin, another capacity", "스탠리 STANLEY 텀블러 / 591ml", "STANLEY 텀블러 887ml", 1, false},
	// searchtags.go (word model)
	{"searchtag", "tagged title same goods", "[특가] 머그컵 화이트 / 350ml", "머그컵 화이트 350ml", 1, true},
	{"searchtag", "tagged title another colour", "[정품] 머그컵 화이트 / 350ml", "머그컵 블랙 350ml", 1, false},
	// setpieces.go
	{"set", "coaster set against pieces", "원목 코스터 / 1세트", "원목 코스터, 6개입", 1, true},
	{"set", "chopsticks 1조 against a pack of two", "유기 젓가락 / 1조", "유기 젓가락, 2개입", 1, true},
	{"set", "coaster set against two packs", "원목 코스터 / 1세트", "원목 코스터, 6개입 x 2", 1, false},
	{"set", "four a set against two", "덤벨 4개 1세트", "덤벨, 2개", 1, false},
	// settinglevels.go: powered dial
	{"dial", "cordless fan 3단", "무선 탁상 선풍기 3단 / 화이트", "무선 탁상 선풍기, 화이트", 1, true},
	{"dial", "cordless fan 3단 against 5단", "무선 탁상 선풍기 3단 / 화이트", "무선 탁상 선풍기 5단, 화이트", 1, false},
	{"dial", "electric steamer 3단 against 2단", "전기 찜기 3단", "전기 찜기 2단", 1, false},
	{"dial", "rechargeable shelf light 3단 against 4단 shelf", "충전식 LED 선반 3단", "충전식 LED 선반 4단", 1, false},
	// shadecodes.go / shadenames.go
	{"shade", "shade name against bare code", "쿠션 팩트 / 21호 바닐라", "쿠션 팩트, 21호", 1, true},
	{"shade", "shade name against another code", "쿠션 팩트 / 21호 바닐라", "쿠션 팩트, 23호", 1, false},
	{"shade", "bulb base with two colour temperatures", "LED 전구 / E26 웜화이트", "LED 전구, E26 쿨화이트", 1, false},
	{"shade", "bulb base with a colour against bare", "LED 전구 / E26 주광색", "LED 전구, E26 전구색", 1, false},
	{"shade", "socks code with colours", "양말 / M270 블랙", "양말, M270 화이트", 1, false},
	{"shade", "tyre size with summer against winter", "타이어 / R17 여름용", "타이어, R17 겨울용", 1, false},
	{"shade", "filter code genuine against compatible", "정수기 필터 / HAF60 정품", "정수기 필터, HAF60 호환", 1, false},
	{"shade", "battery size rechargeable against disposable", "건전지 / AA 충전용", "건전지, AA 일회용", 1, false},
	// sizeruns.go
	{"sizerun", "plywood size then sheets", "합판 12T 1220x2440 / 2장", "합판 12T, 2장", 1, true},
	{"sizerun", "plywood 2 sheets against 1", "합판 12T 1220x2440 / 2장", "합판 12T, 1장", 1, false},
	{"sizerun", "acrylic 5T against 3T", "아크릴판 5T 300x400 3장", "아크릴판 3T 300x400 3장", 1, false},
	// tagcounts.go
	{"tag", "tag restated", "[2개입] 칫솔 미세모 / 2개", "칫솔 미세모, 2개", 1, true},
	{"tag", "tag against another count", "[2개입] 칫솔 미세모 / 4개", "칫솔 미세모, 2개", 1, false},
	{"tag", "masks tag restated against five", "[3매입] 마스크 / 3매", "마스크, 5매", 1, false},
	// tiers.go / units.go: 칸
	{"tiers", "3단 case against 3칸", "분유케이스 3단 / 1개", "분유케이스 3칸, 1개", 1, true},
	{"tiers", "4단 case against 3칸", "분유케이스 4단 / 1개", "분유케이스 3칸, 1개", 1, false},
	{"tiers", "tray 5칸 ten against fifty", "스텐 식판 5칸 / 10개", "스텐 식판 5칸, 50개", 1, false},
	{"tiers", "tray 4칸 against 5칸", "스텐 식판 4칸", "스텐 식판 5칸", 1, false},
	{"tiers", "label sheet 21칸 10 sheets", "라벨 스티커 21칸 / 10매", "라벨 스티커 21칸, 10매", 1, true},
	// titlespeccounts.go
	{"titlespec", "stapler 50 sheets / 1개", "스테이플러 50매 / 1개", "스테이플러, 1개", 1, true},
	{"titlespec", "stapler 50 sheets / 2개 against one", "스테이플러 50매 / 2개", "스테이플러, 1개", 1, false},
	{"titlespec", "wet wipes 100 sheets against 70", "물티슈 100매 / 1개", "물티슈 70매, 1개", 1, false},
	{"titlespec", "shredder 10 sheets / 1대", "문서 세단기 10매 / 1대", "문서 세단기, 1대", 1, true},
	// vocab: 고글, 지갑
	{"goggles", "swim goggles against 수경", "수영 고글 / 블랙", "수경, 블랙", 1, true},
	{"wallet", "bifold against wallet", "가죽 반지갑 / 브라운", "가죽 지갑, 브라운", 1, true},
	{"wallet", "bifold against long wallet", "가죽 반지갑 / 브라운", "가죽 장지갑, 브라운", 1, false},
	{"wallet", "card wallet against coin wallet", "가죽 카드지갑 / 블랙", "가죽 동전지갑, 블랙", 1, false},
	// vocab_translations.go
	{"trans", "manual grinder", "수동 커피그라인더", "매뉴얼 커피그라인더", 1, true},
	{"trans", "cooler box", "캠핑 아이스박스 25L", "캠핑 쿨러 25L", 1, true},
	{"trans", "sandpaper", "원형 사포 #120 / 10매", "원형 샌딩페이퍼 #120, 10매", 1, true},
	{"trans", "summer blanket", "여름용 홑이불 / 퀸", "썸머 홑이불, 퀸", 1, true},
	{"trans", "summer against winter", "여름용 이불 / 퀸", "윈터 이불, 퀸", 1, false},
	{"trans", "zinc tablets", "아연제 90정", "징크 90정", 1, true},
	{"trans", "heat gun two words", "전기 히팅건 / 2000W", "전기 히트건, 2000W", 1, true},
	{"trans", "sandpaper against cutting wheel", "원형 사포 #120 / 10매", "원형 절단휠, 10매", 1, false},
	{"trans", "cutting wheel two words", "그라인더 절단석 4인치 / 10개", "그라인더 절단휠 4인치, 10개", 1, true},
}

// TestReview87Probes: the probes of review 87 (names of no table).
func TestReview87Probes(t *testing.T) {
	for _, p := range review87Probes {
		t.Run(p.rule+"/"+p.name, func(t *testing.T) {
			c := CompareBundle(p.registered, p.exposed, p.bundle)
			assert.Equal(t, p.match, c.Match, "%s | %s: %+v", p.registered, p.exposed, c.Differences)
		})
	}
}

package check

// lexiconGroupsAreaValues are attribute classes read by buildLexicon after its own groups. Each lists the
// common values of one attribute in one area, in Hangul, Latin and the usual loanword spellings.
var lexiconGroupsAreaValues = []struct {
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
	// words: see exactOnlyShortWords), and both sides
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
		{"종이", "paper", "지류"}, {"부직포"}, {"면", "순면", "코튼100", "면100"}, {"극세사", "마이크로파이버", "마이크로화이버", "마이크로화이바", "microfiber"},
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
		{"모둠", "모듬", "아소트", "assorted", "어소티드"}, {"봉", "봉어묵", "막대"}, {"원통"}, {"하트", "heart"}, {"별", "star", "스타", "스타형"},
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
		{"무향", "향없음", "향없는", "무향료", "향료무첨가", "fragrancefree"},
	}},
}

// lexiconGroupsColoursMetals are attribute classes read by buildLexicon after lexiconGroupsAreaValues: colours written
// as adjectives, the colour temperature of a lamp, metals and the formats of a record. A group
// whose first word is a value already listed adds spellings to it.
var lexiconGroupsColoursMetals = []struct {
	kind  string
	words [][]string
}{
	// colours written as adjectives before 색 (하얀색, 까만색) and the colours of a martial-arts
	// belt written as one word with 띠 (노란띠 is a yellow belt: the colour names the goods)
	{attrColor, [][]string{
		{"화이트", "하얀색", "새하얀", "흰띠", "하얀띠"}, {"블랙", "까만색", "까망", "검은띠", "검정띠", "까만띠"},
		{"옐로우", "샛노란", "노란띠"}, {"레드", "빨강색", "새빨간", "빨간띠"}, {"블루", "파랑색", "파란띠"},
		{"그린", "초록띠"}, {"브라운", "밤색", "갈색띠", "밤띠"}, {"퍼플", "보라띠"}, {"핑크", "분홍띠"},
	}},
	// the colour temperature of a lamp or a string of lights, in the words of both registers
	// (전구색 is a warm white, 주광색 a daylight white)
	{attrVariety, [][]string{
		{"전구색", "웜화이트", "warmwhite", "웜톤", "웜라이트"}, {"주광색", "쿨화이트", "coolwhite", "데이라이트", "daylight"},
		{"주백색", "내추럴화이트", "뉴트럴화이트", "naturalwhite"},
	}},
	// metals a fastener, a hinge or a tool is made of beside stainless steel and brass (not
	// 아이언 or iron, a golf club and a clothes iron; 철 and 아연 only as whole words: exactOnlyMetals)
	{attrMaterial, [][]string{
		{"철", "철제"}, {"아연도금", "아연", "galvanized"}, {"니켈", "nickel", "니켈도금"}, {"크롬도금"},
	}},
	// the format of a film or a record: a DVD is not a Blu-ray
	{attrVariety, [][]string{
		{"블루레이", "bluray", "blu-ray", "블루레이디스크"}, {"dvd", "디브이디"},
		{"cd", "씨디"}, {"카세트테이프", "카세트", "cassette"},
	}},
}

package check

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
	// furniture, pans, mats)
	{attrMaterial, [][]string{
		{"자작나무", "자작", "birch", "버치"}, {"소나무", "적송", "pine"}, {"편백", "편백나무", "히노끼", "히노키", "hinoki"},
		{"오크", "참나무", "oak"}, {"월넛", "호두나무"}, {"티크", "teak", "티크목"}, {"메이플", "단풍나무", "maple"},
		{"오동나무", "오동"}, {"고무나무", "rubberwood"}, {"물푸레나무", "애쉬", "ash"}, {"삼나무", "cedar", "시더"},
		{"합판", "plywood"}, {"mdf", "엠디에프"}, {"원목"},
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
	// a scent written as a negation (향 없음 is 무향; see joinScentWords)
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
func exactEntry(w string) bool { return exactOnly[w] || exactOnly6[w] }

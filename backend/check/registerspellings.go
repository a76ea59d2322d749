package check

// One value written in another register. A Korean listing writes the same colour, flavour,
// scent, material, pattern or size in a Sino-Korean word (감색, 사향, 실온), a native word (숯색,
// 살구색), a Japanese-era trade word (소라색, 신주, 단가라, 비로도), a loanword in Hangul (스킨톤,
// 페퍼민트, 티탄) or an English word, and the buyer's name often uses another register than the
// seller's. Each group here holds the spellings of ONE value; its first word is the value as the
// lexicon already lists it (a group adds spellings to it) or, for a value the lexicon did not
// list, the value itself. Two values a buyer tells apart are never merged: 스텐 is not 철,
// 다크브라운 not 브라운, 스피어민트 not 페퍼민트 (left out), 비건레더 not 가죽.
//
// Written blind, from the trade's language, before any table row was read; read by
// buildLexicon after every other group.
var lexiconGroupsRegisters = []struct {
	kind  string
	words [][]string
}{
	{attrColor, [][]string{
		// 숯 (charcoal) is the native name of 차콜: 숯 비누 is 차콜 비누 (숯 only as a whole word)
		{"차콜", "숯색", "숯", "차콜색", "챠콜색"},
		// the colour of skin: 살색 (now 살구색 in schools), 피부색, 스킨톤, 누드톤
		{"베이지", "살구색", "피부색", "스킨톤", "스킨컬러", "누드톤", "누드색", "살색톤"},
		// 감색 (紺色) is the Sino-Korean 곤색; 소라색 the Japanese-era sky blue; 자색 the
		// Sino-Korean purple; 고동색 a dark brown; 국방색 the army's khaki; 산호색 coral;
		// 낙타색 camel; 모래색 sand; 포도주색 wine; 금빛 and 은빛 gold and silver
		{"네이비", "감색"}, {"스카이블루", "소라색"}, {"퍼플", "자색", "자주빛"},
		{"다크브라운", "고동색"}, {"카키", "국방색"}, {"코랄", "산호색"}, {"카멜", "낙타색"},
		{"샌드", "모래색"}, {"와인", "포도주색", "와인색"}, {"골드", "금빛", "황금빛"}, {"실버", "은빛"},
		{"블랙", "새까만", "새까망"},
		// 미색 (米色, rice-coloured) is the Sino-Korean ivory of paper and cloth
		{"아이보리", "미색"},
		// 연두 is the light green a listing also writes 라이트그린
		{"라이트그린", "연두", "연두색", "연둣빛"},
	}},
	{attrFlavor, [][]string{
		// 박하 is the Sino-Korean mint, 페퍼민트 the mint a listing means by 민트
		{"민트", "박하", "박하맛", "박하향", "페퍼민트", "peppermint"},
		{"자몽", "그레이프프루트", "그레이프후르츠", "그레이프푸르트"},
		{"매운맛", "스파이시"},
		{"훈제", "스모키", "smoky", "smokey"},
	}},
	{attrScent, [][]string{
		{"자스민", "재스민"}, {"라벤더", "라벤다"}, {"머스크", "사향"},
		{"무향", "무향무취", "무취"},
		// lemongrass is a grass of its own, not a lemon
		{"레몬그라스", "레몬글라스", "lemongrass"},
	}},
	{attrMaterial, [][]string{
		// synthetic leather in its loanword spellings (인조레더 was read as leather)
		{"인조가죽", "인조레더", "페이크레더", "fakeleather", "합성가죽", "합성레더", "인조피혁", "비건레더", "veganleather", "pu레더"},
		{"양가죽", "양피"},
		{"스테인리스", "스텐레스", "스댕", "스테인리스강", "스텐레스스틸"},
		{"철", "철재"},
		// 스틸 names either metal, stainless or iron (steelwords.go): a value of its own
		{steelMaterial, "강철", "steel"},
		{"티타늄", "티탄"}, {"황동", "놋쇠", "신주"}, {"알루미늄", "알류미늄", "알루미눔"},
		{"실크", "비단"}, {"벨벳", "비로드", "비로도"},
		{"코듀로이", "코르덴"}, {"스웨이드", "쎄무", "스웨드"},
		{"폴리에스터", "폴리에스텔"},
	}},
	{attrPattern, [][]string{
		// 단가라 is the Japanese-era word for a striped knit
		{"스트라이프", "단가라", "줄무니"},
		{"카모", "위장무늬", "군복무늬", "카모플라주", "camouflage"},
		{"호피", "호피무늬", "레오파드", "leopard", "표범무늬"},
		{"지브라", "zebra", "얼룩말무늬"},
	}},
	{attrShape, [][]string{
		{"원형", "둥근"}, {"삼각", "세모", "트라이앵글", "triangle"},
	}},
	{attrTarget, [][]string{
		{"남녀공용", "유니섹스"}, {"성인", "어른", "어른용"},
	}},
	{attrSleeve, [][]string{{"민소매", "노슬리브", "무소매"}}},
	{attrConnect, [][]string{{"유선", "와이어드"}, {"무선", "와이어리스"}}},
	{attrBed, [][]string{{"슈퍼싱글", "슈싱"}}},
	{attrTemp, [][]string{{"상온", "실온"}}},
	{attrUse, [][]string{{"업소용", "영업용"}}},
	{attrFinish, [][]string{{"무광", "무광택"}, {"유광", "고광택", "유광택"}}},
	{attrEdition, [][]string{{"양장", "양장판"}}},
	{attrOrigin, [][]string{{"국산", "한국제조", "메이드인코리아", "madeinkorea"}}},
}

// exactOnlyRegisterWords are the words above read only as whole words: 숯 in 숯불 and 참숯, 연두
// in 연두부, 비단 in 비단잉어, 사향 in 제사향 (incense for a rite). 숯 is no longer glossed as
// goods (glossesbyarea.go): its gloss, charcoal, is the colour 차콜 the lexicon reads.
var exactOnlyRegisterWords = map[string]bool{"숯": true, "연두": true, "비단": true, "무취": true, "사향": true}

// registerWordGroups are words of the word rule (vocab.go) in two registers: 냉각 (Sino-Korean)
// is the loanword 쿨링 (냉각 토시, 쿨링 토시; 냉각시트, 쿨링시트). So is one thing a listing names
// in a Korean word and a loanword (자동범위 / 오토레인지, 유축기 / 착유기, 겨울왕국 / 프로즌, 스판 /
// 스트레치) or in two spellings of one loanword (마요네즈 / 마요네스, 팝업 / 폽업, 독캔 / 도그캔).
// Read by buildSynonyms after the other vocabularies; a group that shares a word with an earlier
// one joins it.
var registerWordGroups = [][]string{
	{"쿨링", "냉각"}, {"냉각시트", "쿨링시트"},
	{"마요네즈", "마요네스"}, {"샤프", "메카니컬펜슬", "메커니컬펜슬"}, {"자동범위", "오토레인지"},
	{"강아지캔", "도그캔", "독캔"}, {"쿨방석", "쿨시트"},
	{"유축기", "착유기"}, {"겨울왕국", "프로즌"}, {"공룡", "다이노"}, {"스판", "스판덱스", "스트레치"},
	{"코털제거기", "코털정리기", "코털트리머"}, {"부싯돌", "라이터돌"}, {"논알콜릭", "논알코올", "알콜프리", "알코올프리"},
	{"팝업", "폽업"}, {"김장비닐", "김장봉투"}, {"접착식", "점착식", "점착"}, {"크로스백", "크로스바디", "크로스바디백"},
	{"패턴", "무늬"},
	{"젤", "겔"}, {"헤드랜턴", "헤드램프"}, {"귀이개", "귀파개"}, {"백단", "백단향", "샌달우드"},
	{"연필깎이", "연필깎기"}, {"틴케이스", "틴박스"}, {"매너벨트", "매너밴드"}, {"구급키트", "응급키트"},
	{"기저귀가방", "체인징백"}, {"번역기", "통역기"}, {"테이블벨", "호출벨"}, {"차량커버", "바디커버", "자동차커버"},
	{"카드지갑", "카드홀더"}, {"힙색", "웨이스트팩"}, {"대시보드", "대쉬보드"},
}

// noteWords are the loanword spellings of a taste that are also a perfume's note, make-up or a
// shade (스모키 메이크업, 스모키 그레이, 스파이시 우디): they agree with the other name's 훈제 or
// 매운맛, but a flavour read from them alone is no flavour the other name must write.
var noteWords = map[string]bool{"스모키": true, "smoky": true, "smokey": true, "스파이시": true}

// dropNoteWords leaves out of fs, one name's flavours the other lacks, those read from a noteWord.
func dropNoteWords(fs []fact) []fact {
	return dropFactsIf(fs, func(f fact) bool { return noteWords[f.word] })
}

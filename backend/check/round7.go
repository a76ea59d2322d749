package check

import (
	"strings"
	"unicode/utf8"
)

// The seventh round's classes and rules, kept in a file of their own like the sixth round's
// (round6.go): each is a closed class written area by area from general knowledge of how Korean
// listings are written, or a rule over how names are written, never a row for one pair.

// konglishGroups7 extends the loanword lexicon (konglish.go, konglishGroups6) with areas no
// class covered: stands and mounts, picture frames and artificial plants, seasonal decoration,
// hardware and fasteners, locks, hand tools and measuring, winter and summer accessories, pet
// travel and water, martial arts and boxing, character goods, the loanword spellings of
// common dishes, and goods of swimming, cycling, golf, camping, kitchen knives, hair, curtains,
// cameras, fishing and travel no group held. Written the same way, in Hangul only; a group that shares a word with a
// vocabulary group joins it (the stand words join 거치대).
var konglishGroups7 = [][]string{
	// stands, mounts and holders
	{"거치대", "스탠드", "받침대", "마운트"}, {"노트북거치대", "노트북스탠드", "노트북받침대"},
	{"태블릿거치대", "태블릿스탠드", "아이패드거치대"}, {"휴대폰거치대", "폰거치대", "폰스탠드", "핸드폰거치대", "스마트폰거치대", "휴대폰스탠드"},
	{"벽걸이", "월마운트", "벽부착형"}, {"접이식", "폴딩", "폴더블", "접이형"},
	// picture frames, posters and artificial plants
	{"액자", "프레임", "포토프레임", "사진틀"}, {"조화", "인조식물", "아트플라워", "인조꽃", "조화꽃", "페이크플라워", "인조"},
	{"화분", "플랜터", "포트"}, {"행잉", "걸이형"}, {"캔버스액자", "캔버스형"},
	// seasonal decoration and lights
	{"오너먼트", "장식볼", "트리장식", "트리볼"}, {"크리스마스트리", "트리"}, {"가랜드", "가렌드", "갈런드"},
	{"리스", "화환"}, {"앵두전구", "볼전구", "미니전구"}, {"줄전구", "스트링라이트", "와이어전구", "은하수전구"},
	{"전구", "벌브"}, {"눈꽃", "스노우플레이크"}, {"산타모자", "산타햇"},
	// hardware and fasteners
	{"앵커", "앙카", "앙커"}, {"나사", "스크류", "스크루", "피스"}, {"직결나사", "직결피스"}, {"목재나사", "목공피스", "우드스크류"},
	{"볼트", "보울트"}, {"너트", "넛트"}, {"와셔", "워셔", "와샤"}, {"칼블럭", "칼블록", "플라스틱앵커"},
	{"리벳", "리벳트"}, {"경첩", "힌지"}, {"브라켓", "브래킷", "까치발"}, {"케이블타이", "타이랩", "결속타이"},
	// locks and keys
	{"열쇠", "키"}, {"자물쇠", "자물통", "패드락", "락"}, {"번호자물쇠", "다이얼자물쇠", "비밀번호자물쇠", "번호키자물쇠"},
	{"와이어락", "케이블락", "와이어자물쇠", "케이블자물쇠"}, {"체인락", "체인자물쇠"}, {"디지털도어락", "도어락", "전자키"},
	// hand tools and measuring
	{"수평계", "수평기", "레벨기", "레벨"}, {"디지털수평계", "디지털수평기", "디지털레벨"}, {"캘리퍼스", "버니어캘리퍼스", "노기스"},
	{"드라이버", "드라이바"}, {"육각렌치", "육각키", "알렌키"}, {"니퍼", "커터플라이어"}, {"롱노즈", "롱노우즈", "라디오펜치"},
	{"스패너", "렌치"}, {"바이스", "바이스그립"}, {"클램프", "조임쇠"}, {"톱", "쏘"}, {"사포", "샌드페이퍼"},
	// winter and summer accessories
	{"넥워머", "목워머", "넥게이터", "목토시"}, {"귀마개", "이어머프", "귀도리"}, {"장갑", "글러브", "글로브"},
	{"쿨토시", "팔토시", "암슬리브", "아이스토시"}, {"냉감", "쿨링", "아이스", "쿨"}, {"발열", "히트", "온열"},
	{"마스크", "페이스마스크"}, {"버킷햇", "벙거지"}, {"비니", "털모자", "니트모자"},
	// pet travel, water and scratchers
	{"이동장", "이동가방", "캐리어", "켄넬", "크레이트", "펫캐리어"}, {"슬링백", "앞가방", "슬링가방"},
	{"급수기", "정수기", "워터파운틴", "음수대", "펫정수기", "자동급수기"}, {"스크래쳐", "스크래처", "스크래칭"},
	// martial arts and boxing
	{"복싱글러브", "권투장갑", "복싱장갑", "트레이닝글러브", "샌드백글러브"}, {"도복", "태권도복"}, {"띠", "벨트"},
	{"보호구", "프로텍터", "보호대"}, {"샌드백", "펀칭백"}, {"줄넘기", "스킵로프"}, {"핸드랩", "붕대"},
	// character goods
	{"인형", "봉제인형", "마스코트", "플러시", "피규어인형"}, {"키링", "키홀더", "열쇠고리", "키체인"},
	// loanword spellings of common dishes
	{"돈카츠", "돈까스", "돈가스", "돈카스"}, {"함박스테이크", "햄버그스테이크", "함바그"}, {"카츠", "까스", "가스"},
	{"고로케", "크로켓"}, {"떡볶이", "떡볶기"}, {"짜장", "자장"}, {"짬뽕", "잠봉"},
	// darts and table games
	{"다트판", "다트보드", "전자다트판", "전자다트"}, {"플라이트", "날개"}, {"쉐이프", "쉐입", "셰이프"}, {"샤프트", "섀프트"},
	// cushions and seating
	{"허리쿠션", "등받이쿠션", "요추쿠션", "허리받침"}, {"방석", "시트쿠션", "좌식쿠션"}, {"쿠션커버", "쿠션피", "쿠션커버피"},
	// swimming, cycling, golf, camping and hiking goods no group held
	{"오리발", "스윔핀", "수영핀"}, {"안장", "새들", "자전거안장"}, {"전조등", "헤드라이트", "자전거라이트"},
	{"후미등", "테일라이트", "리어라이트"}, {"공기주입기", "공기펌프", "에어펌프", "자전거펌프"},
	{"거리측정기", "레인지파인더", "골프거리측정기"}, {"버너", "스토브", "가스버너", "캠핑버너"}, {"아이젠", "크램폰", "체인젠"},
	// kitchen knives, hair, curtains, camera, fishing, travel and grooming goods
	{"과도", "페어링나이프", "과일칼"}, {"칼갈이", "칼샤프너", "나이프샤프너"}, {"집게핀", "헤어클립", "헤어집게"},
	{"암막", "블랙아웃", "차광"}, {"커튼봉", "커튼레일", "커튼로드"}, {"렌즈캡", "렌즈커버"}, {"루어", "인조미끼"},
	{"목베개", "넥필로우", "여행베개"}, {"구둣주걱", "슈혼"}, {"귀이개", "귀후비개"},
}

// lexiconGroups7 are attribute classes added in the seventh round (read by buildLexicon after
// the sixth round's). A group whose first word is a value already listed adds spellings to it.
var lexiconGroups7 = []struct {
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
	// 아이언 or iron, a golf club and a clothes iron; 철 and 아연 only as whole words: exactOnly7)
	{attrMaterial, [][]string{
		{"철", "철제"}, {"아연도금", "아연", "galvanized"}, {"니켈", "nickel", "니켈도금"}, {"크롬도금"},
	}},
	// the format of a film or a record: a DVD is not a Blu-ray
	{attrVariety, [][]string{
		{"블루레이", "bluray", "blu-ray", "블루레이디스크"}, {"dvd", "디브이디"},
		{"cd", "씨디"}, {"카세트테이프", "카세트", "cassette"},
	}},
}

// genericOf7 adds to genericOf the general words of the seventh round's areas: a pet (반려동물,
// 펫) written in the place of the animal a pet product is for, a dog in the place of its size.
var genericOf7 = map[string]string{
	"강아지": "반려동물", "고양이": "반려동물",
	// a dog's size is a kind of dog: 소형견 사료 is a dog food written 강아지 사료 elsewhere
	"소형견": "강아지", "중형견": "강아지", "대형견": "강아지", "초소형견": "강아지",
}

// stopWords7 are words that relate the goods to another thing without naming them, like 교체용
// (교체 필터 is the filter a device takes).
var stopWords7 = []string{"교체", "교환용"}

// unmarkedWords end in 향, 맛 or 색 but name no scent, flavour or colour: common Korean words
// (방향 is a direction, 음향 sound, 취향 a taste in things, 염색 dyeing, 검색 a search, 손맛 the
// cook's touch), so the marker rule (markerKinds) does not read them.
var unmarkedWords = map[string]bool{
	"방향": true, "음향": true, "영향": true, "취향": true, "성향": true, "지향": true, "의향": true, "동향": true,
	"경향": true, "고향": true, "내향": true, "외향": true, "상향": true, "하향": true, "양방향": true, "단방향": true,
	"입맛": true, "손맛": true, "집밥맛": true, "밥맛": true, "제맛": true, "참맛": true, "옛맛": true,
	"특색": true, "이색": true, "손색": true, "기색": true, "각색": true, "탈색": true, "염색": true, "변색": true,
	"퇴색": true, "검색": true, "물색": true, "변색방지": true,
}

// cottonGoods are goods a listing calls 코튼 for what they are made of (a cotton pad, a cotton
// bud, a towel, socks, a sanitary pad): beside them a 코튼 said by one name only is their
// material, not the clean-cotton scent of a candle or a softener.
var cottonGoods = [...]string{
	"화장솜", "솜", "면봉", "거즈", "수건", "타월", "타올", "손수건", "행주", "양말", "티셔츠", "속옷", "팬티",
	"이불", "생리대", "팬티라이너", "기저귀", "마스크", "장갑", "커버", "원단", "패드",
}

// cottonMaterial reports whether fs, the scents one name says, are 코튼 only and either name
// names goods made of cotton (the other name may call the goods by their brand alone).
func cottonMaterial(fs []fact, rd, other *reading) bool {
	if len(fs) != 1 || fs[0].key != "코튼" {
		return false
	}
	return namesCottonGoods(rd) || namesCottonGoods(other)
}

func namesCottonGoods(rd *reading) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		for _, g := range cottonGoods {
			if strings.HasSuffix(t.text, g) {
				return true
			}
		}
	}
	return false
}

// conjoinedStem cuts the particle that joins a word to the next (구운마늘과 양파, 딸기와
// 바나나): 과 after a final consonant, 와 after none, as Korean writes them. The particle stands
// for the & or + another listing writes; the stem is read as the word.
func conjoinedStem(word string) (string, bool) {
	var stem string
	var final bool
	switch {
	case strings.HasSuffix(word, "과"):
		stem, final = word[:len(word)-len("과")], true
	case strings.HasSuffix(word, "와"):
		stem = word[:len(word)-len("와")]
	default:
		return "", false
	}
	r, _ := utf8.DecodeLastRuneInString(stem)
	if len(stem) < 6 || r < 0xAC00 || r > 0xD7A3 || ((r-0xAC00)%28 != 0) != final {
		return "", false
	}
	return stem, true
}

// brandWords leaves out the colours of fs, read from rd, that are the first Latin word of a
// name written in Latin words apart which the other name writes as one Hangul word (CAMEL MOUNT
// against 카멜마운트, GOLD STAR against 골드스타): a brand or a line, not the goods' colour.
func brandWords(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !latinNameStart(f, rd, other) {
			out = append(out, f)
		}
	}
	return out
}

func latinNameStart(f fact, rd, other *reading) bool {
	i := tokenAt(rd, f.sp)
	if i < 0 || i+1 >= len(rd.toks) {
		return false
	}
	t, u := &rd.toks[i], &rd.toks[i+1]
	if t.kind != tWord || u.kind != tWord || t.text == "" || u.text == "" || t.text[0] >= 0x80 || u.text[0] >= 0x80 || !adjacentWords(rd, i) {
		return false
	}
	var k, ko soundKey
	soundOf(&k, t.text)
	appendSound(&k, u.text)
	wk := k.key()
	if consonants(wk) < 4 {
		return false
	}
	for j := range other.toks {
		o := &other.toks[j]
		if o.kind != tWord || o.text == "" || o.text[0] < 0x80 || utf8.RuneCountInString(o.text) < 4 {
			continue
		}
		soundOf(&ko, o.text)
		if soundsAlike(wk, ko.key()) {
			return true
		}
	}
	return false
}

// dimensionFactor reports whether the number toks[i] is the first side of a dimension, not a
// count: written before a length in millimetres (8x25mm, 8 x 25mm: a screw's or a bolt's
// diameter and length, not eight of 25mm), or glued by an x to another bare number of 10 or
// more (8X25, 133x190: a size whose unit the name leaves out; 2x2 and 3x4 stay a grid or packs).
func dimensionFactor(toks []token, i int) bool {
	if i+2 >= len(toks) || i > 0 && toks[i-1].kind == tTimes {
		return false
	}
	x, m := &toks[i+1], &toks[i+2]
	if x.kind != tTimes {
		return false
	}
	if m.kind == tMeasure {
		return m.dim == dimLength && m.unit == "mm"
	}
	return m.kind == tNumber && m.value >= 10 && adjacent(&toks[i], x) && adjacent(x, m) &&
		!(i+3 < len(toks) && toks[i+3].kind == tTimes)
}

// inCompound reports whether the word w is accounted for by a word the other name writes:
// another spelling of that word in its vocabulary group is w glued before it (트리, also
// written 크리스마스트리, against 크리스마스), or the word is a compound that starts with another word of
// w's group (캣타워 against 고양이: 캣 is 고양이).
func inCompound(w string, other *reading) bool {
	if len(w) < 6 || w[0] < 0x80 {
		return false
	}
	syns := synonymsOfWord(compared(w))
	var glued [64]byte
	for i := range other.toks {
		o := &other.toks[i]
		if o.kind != tWord || o.text == "" || o.text[0] < 0x80 {
			continue
		}
		// o's group can hold w glued before o only if some group holds that word (asked of
		// the filter first: two lookups a word spared)
		if n := len(w) + len(o.text); n > len(glued) || synonymMemberKeys.mayBytes(append(append(glued[:0], w...), o.text...)) {
			for _, c := range synonymsOfWord(compared(o.text)) {
				if len(c) == n && strings.HasPrefix(c, w) && strings.HasSuffix(c, o.text) {
					return true
				}
			}
		}
		for _, s := range syns {
			if s != w && s != "" && s[0] >= 0x80 && len(o.text) >= len(s)+6 && strings.HasPrefix(o.text, s) {
				return true
			}
		}
	}
	return false
}

// chocolateTypes are the words that say which chocolate a bar or a sweet is made of (밀크 초콜릿,
// 다크 초콜릿): after one of them 초콜릿 names the goods, not a chocolate flavour of them.
var chocolateTypes = map[string]bool{
	"밀크": true, "milk": true, "다크": true, "dark": true, "화이트": true, "white": true, "루비": true, "ruby": true,
	"비터스위트": true, "세미스위트": true, "엑스트라다크": true,
}

// chocolateGoods reports whether fs, the flavours one name says alone, are a chocolate written
// right after a chocolate type (린도르 밀크 초콜릿 against 린도르 밀크): the goods' own name.
func chocolateGoods(fs []fact, rd *reading) bool {
	if len(fs) != 1 || fs[0].key != "초코" {
		return false
	}
	i := tokenAt(rd, fs[0].sp)
	return i > 0 && rd.toks[i-1].kind == tWord && chocolateTypes[rd.toks[i-1].text] && adjacentWords(rd, i-1)
}

// exactOnly7 are the seventh round's listed words read only as whole words (철 in 철분, 철판 and
// 지하철, 아연 in 아연산화물).
var exactOnly7 = map[string]bool{"철": true, "아연": true}

// partPrefixes are words a listing writes before a part it adds with a plus that say how the
// part relates to the goods, not what it is (+ 전용 스탠드, + 추가 필터, + 정품 케이스): the part
// rule reads the word after them.
var partPrefixes = map[string]bool{"전용": true, "교체용": true, "호환": true, "정품": true, "추가": true, "여분": true, "고급": true}

// spelledSet reports whether the plus toks[i] joins the parts a set spells out in brackets
// right after its count (5종 (펜+트레이+왁스+핀셋+지퍼백), 3개입 (A+B+C)): as many parts as the
// count says, the contents of the one set, not parts added to it.
func spelledSet(toks []token, i int) bool {
	open := -1
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if t := &toks[k]; t.kind == tBreak {
			if t.text == "(" || t.text == "[" {
				open = k
				break
			}
			if t.text == ")" || t.text == "]" || t.text == "/" || t.text == "," {
				return false
			}
		}
	}
	if open < 1 {
		return false
	}
	n := &toks[open-1]
	if n.kind != tMeasure || n.dim != dimCount || n.value < 2 {
		return false
	}
	items := 1
	for k := open + 1; k < len(toks); k++ {
		switch t := &toks[k]; {
		case t.kind == tPlus:
			items++
		case t.kind == tBreak && (t.text == ")" || t.text == "]"):
			return float64(items) == n.value
		case t.kind == tBreak:
			return false
		}
	}
	return false
}

// doctorTitle reports whether toks[i] is the title Dr written with its point before a Latin
// word (Dr.CHAIR, Dr.Jart): Korean writes it 닥터 (닥터체어, 닥터자르트).
func doctorTitle(toks []token, i int) bool {
	return toks[i].text == "dr" && i+2 < len(toks) && toks[i+1].kind == tBreak && toks[i+1].text == "." &&
		toks[i+2].kind == tWord && toks[i+2].text != "" && toks[i+2].text[0] < 0x80
}

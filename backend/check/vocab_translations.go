package check

// translationGroups is a fifth trade vocabulary of Korean online retail, written like
// goodsNamesGroups (vocab_goodsnames.go) from general knowledge, area by area, without looking at
// any labelled pair. Where the first four hold mostly names of goods, it holds the words that
// DESCRIBE goods and that a listing writes either in Korean (native or Sino-Korean) or as the
// English loanword a brand's own catalogue uses: the nutrient or ingredient of a supplement
// (철분 / 아이언, 추출물 / 엑스트랙트), the hair of a doll or a wig (흑발 / 블랙헤어; 금발 / 블론드 is a colour in lexicon.go), a season or
// a feature (여름용 / 썸머, 방수 / 워터프루프, 미끄럼방지 / 논슬립), a claim of a food (곡물없는 /
// 그레인프리), and a few cooking and household words written in a native and
// a trade word (곰솥 / 들통). A catalogue often translates what the seller wrote, or the other way
// round, and the word rule had no way to know the two words say one thing.
//
// It is read after goodsNamesGroups, the same way: a group that shares a word with an earlier
// group joins it and compares as that group's first word; TestTranslationGroupsJoinOneGroup checks
// that no group spans two earlier groups and that no word is an attribute or a stop word. A
// group an earlier vocabulary already holds word for word is not repeated here; a group that adds
// words to an earlier one names one of its words to join it.
// Flavours, scents, colours and materials the lexicon types (허니, 민트, 로즈, 코튼, 레더) are
// left to it.
//
// Left out on purpose, because the loanword names a second thing or the two words are sold
// apart: 라이트 (light, a lamp and a colour), 아이 (an eye and a child), 내추럴 (natural and a
// colour), 프로 (a professional and a programme), 어덜트 (already an adult pet food), 파이버 /
// 화이바 (dietary fibre, a fibre cloth and a helmet), 디카페인 / 무카페인 (a decaffeinated coffee
// and a herb tea that never had caffeine), 비건 / 식물성, 저자극 / 센서티브, 무소음 / 저소음,
// 경량 / 라이트, 홈 / 가정용 (a brand part as often as home).
var translationGroups = [][]string{
	// nutrients, ingredients and supplements
	{"철분", "아이언"}, {"추출물", "엑스트랙트", "익스트랙트", "추출분말"},
	{"효모", "이스트"}, {"맥아", "몰트", "엿기름"}, {"초유", "콜로스트럼"}, {"인삼", "진셍", "진생"}, {"톱야자", "쏘팔메토", "소팔메토"}, {"밀크씨슬", "밀크시슬", "엉겅퀴"},
	{"코엔자임큐텐", "코큐텐", "코엔자임"}, {"크릴오일", "남극크릴오일"}, {"오메가쓰리", "오메가"},
	{"해조칼슘", "씨칼슘"}, {"대두", "소이빈"}, {"유청단백질", "웨이프로틴", "웨이단백질"},
	{"초록입홍합", "녹색입홍합"}, {"아르기닌", "엘아르기닌"}, {"카르니틴", "엘카르니틴"},
	// claims of skin care
	{"미백", "화이트닝", "브라이트닝"}, {"주름개선", "안티링클", "링클케어"}, {"보습", "모이스처라이징", "모이스춰라이징", "하이드레이팅"},
	{"탄력", "퍼밍"}, {"모공", "포어"},
	// hair of dolls, wigs and extensions
	{"흑발", "블랙헤어"}, {"은발", "실버헤어"}, {"곱슬", "컬리"},
	{"생머리", "스트레이트헤어"}, {"인모", "휴먼헤어"},
	// seasons and climate
	{"여름용", "썸머", "서머", "하절기용"}, {"겨울용", "윈터", "동절기용"},
	// features and claims
	{"방수", "워터프루프"}, {"생활방수", "워터레지스턴트"}, {"미끄럼방지", "논슬립", "안티슬립"},
	{"양면", "리버서블"}, {"수동", "매뉴얼"},
	{"태양광", "솔라"}, {"유기농", "오가닉"},
	{"그레인프리", "곡물없는", "무곡물"}, {"무알콜", "논알콜", "알콜프리", "무알코올", "논알코올"},
	{"이중벽", "더블월"}, {"속건", "퀵드라이"}, {"발수", "워터리펠런트"},
	{"엽산", "폴레이트"},
	// uses and places
	{"학생용", "스튜던트"}, {"업무용", "비즈니스용"}, {"주방용", "키친용"}, {"학습용", "공부용", "스터디용"},
	{"군용", "군인용", "밀리터리"}, {"등산용", "트레킹용", "하이킹용"}, {"자전거용", "사이클용"}, {"고양이용", "애묘용"},
	// kitchen and household words in two registers
	{"곰솥", "들통", "스톡팟", "곰국솥"},
	{"무쇠팬", "스킬렛", "주물팬"}, {"얼룩제거제", "스테인리무버"}, {"곰팡이제거제", "몰드클리너"},
	{"배수구클리너", "배수관세정제", "하수구세정제"}, {"보풀제거기", "보풀제거", "세탁소보풀기"},
	{"주물냄비", "무쇠냄비"}, {"국그릇", "수프볼"}, {"면기", "누들볼"}, {"밥공기", "라이스볼"},
	{"탈취제", "냄새제거제"}, {"온수매트", "온수장판"},
	{"열풍기", "히팅건", "히트건"}, {"대패", "플레이너"}, {"쇠톱", "핵소"}, {"배냇저고리", "신생아저고리"},
	// baby, camping and hobby words in two registers
	{"보행기", "워커", "베이비워커"}, {"아이스박스", "쿨러", "아이스쿨러"}, {"휴대용가스레인지", "부탄버너"},
	{"비닐우산", "투명우산"}, {"장패드", "데스크패드", "롱패드"}, {"망토", "케이프"},
	{"암벽화", "클라이밍화", "클라이밍슈즈"}, {"연마지", "사포", "샌딩페이퍼"}, {"절단석", "절단날", "절단휠"},
	{"원형톱날", "팁쏘"}, {"라쳇바", "깔깔이", "라쳇벨트", "화물결박벨트"},
	{"찐빵", "호빵"}, {"녹두전", "빈대떡", "녹두빈대떡"}, {"밀키트", "쿠킹박스"},
}

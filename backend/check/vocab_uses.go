package check

// usesGroups is a third trade vocabulary of Korean online retail, written like tradeGroups
// (vocab_trade.go) and goodsGroups (vocab_goods.go) from general knowledge, area by area, without
// looking at any labelled pair. It holds mostly what the first two hold least: words of use and
// place (사무용 / 오피스용, 주방용 / 키친용), of form and working (탈부착 / 탈착식, 벽걸이 /
// 벽걸이형, 원터치 / 원터치식), of parts and accessories (칫솔모 / 칫솔헤드, 충전독 /
// 충전거치대) and of packing (스탠딩파우치 / 스탠드파우치, 개별포장 / 낱개포장), then goods of
// areas the first two barely reach (religion, ritual and funeral goods, farming, aquarium, school,
// medical and care supplies, hobby and collecting, beverages and traditional foods).
//
// What the lexicon reads is left to it, as it must be: use words it types (가정용, 업소용),
// shapes (원형 / 라운드, 사각 / 스퀘어), finishes (무광 / 매트, 유광 / 글로시), targets
// (남성 / 여성 / 아동 / 성인), power (충전식), refills (리필 / 리필용), and the variant 미니.
// Size classes are never joined (tokens.go reads 소형 / 중형 / 대형 as sizes), and neither are
// the counters 박스, 봉지, 캔, 병.
//
// It is read after goodsGroups, the same way: a group that shares a word with an earlier group
// joins it and compares as that group's first word; TestUsesGroupsJoinOneGroup checks that no
// group spans two earlier groups and that no word is an attribute or a stop word.
//
// Left out on purpose, because one word names two things in commerce or two close goods are
// sold apart: 덮개 / 커버 (커버 is a case already), 받침 / 받침대 (a saucer and a stand), 너트
// (a nut of hardware and nuts to eat, which 너트 already is), 필터 / 여과기, 볼트 / 나사, 보틀
// (a water bottle already), 올인원 (one cosmetic, or any integrated device), 시니어 (people
// and old pets), 슬림 (a model modifier), 에코 (a brand part as often as eco), 무소음 / 저소음,
// 보냉 / 쿨링, 봉투 (an envelope and a bag).
var usesGroups = [][]string{
	// use and place
	{"사무용", "오피스용", "사무실용"}, {"캠핑용", "캠프용"}, {"실외용", "아웃도어용", "옥외용"}, {"실내용", "인도어용", "옥내용"},
	{"주방용", "키친용", "부엌용"}, {"욕실용", "화장실용", "바스용"}, {"여행용", "트래블용"}, {"휴대용", "휴대형"},
	{"학교용", "스쿨용"}, {"사무실", "오피스"}, {"침실용", "베드룸용"}, {"거실용", "리빙룸용"},
	{"운동용", "헬스용", "피트니스용"}, {"골프용", "라운딩용"}, {"등산용", "산행용"}, {"낚시용", "피싱용"},
	{"차박용", "차박"}, {"애견용", "반려견용", "강아지용", "애완견용"}, {"고양이용", "반려묘용", "캣용"},
	{"노견", "노견용", "시니어견", "노령견"}, {"노묘", "노묘용", "노령묘"},
	// form, mounting and working
	{"벽걸이", "벽걸이형", "벽걸이용", "월마운트"}, {"스탠드형", "스탠딩형"}, {"좌식", "좌식형"}, {"입식", "입식형"},
	{"접이식", "폴딩형", "접이형", "폴더블"}, {"방수", "방수형"}, {"자동", "자동식", "자동형"}, {"수동", "수동식", "수동형"},
	{"탈부착", "탈부착형", "탈착식", "착탈식", "탈착형"}, {"일체형", "일체식"}, {"흡착식", "흡착형"},
	{"자석형", "자석식"}, {"회전식", "회전형"}, {"높이조절", "높낮이조절", "높이조절형", "높이조절식"},
	{"각도조절", "각도조절형", "각도조절식"}, {"슬라이드형", "슬라이드식", "슬라이딩"}, {"서랍형", "서랍식"},
	{"수납형", "수납식"}, {"확장형", "확장식"}, {"원터치", "원터치형", "원터치식"}, {"터치식", "터치형"},
	{"센서식", "센서형", "감지형", "감지식"}, {"리모컨식", "리모컨형"}, {"타이머형", "타이머식"},
	{"걸이형", "걸이식", "행잉형"}, {"부착형", "부착식"}, {"매달이형", "매다는"}, {"바닥형", "바닥용", "플로어형"},
	{"천장형", "천장용", "천정형", "천정용"}, {"거치형", "거치식"}, {"무타공", "노타공", "무타공형"},
	{"타공", "타공형"}, {"나사식", "나사형", "스크류식"}, {"스프링식", "스프링형"}, {"레버식", "레버형"},
	{"버튼식", "버튼형"}, {"다이얼식", "다이얼형"}, {"펌프식", "펌프형"}, {"스프레이형", "스프레이식", "분사형"},
	{"롤온", "롤온형", "롤링형"}, {"스틱형", "스틱타입"}, {"젤형", "젤타입", "겔타입"}, {"액상형", "액상타입", "리퀴드형"},
	{"캡슐형", "캡슐타입"}, {"정제형", "타블렛형"}, {"시트형", "시트타입"}, {"패치형", "패치타입"},
	{"항균", "안티박테리아", "항균처리"}, {"무독성", "논톡식"}, {"자외선차단", "자외선방지", "uv차단"},
	{"방진", "먼지방지"}, {"내열", "내열성"}, {"전자레인지용", "렌지용", "전자렌지용"},
	{"논슬립", "안티슬립", "슬립방지"}, {"보온보냉", "보냉보온"},
	// parts and accessories
	{"칫솔모", "칫솔헤드", "교체칫솔모", "교체용칫솔모"}, {"충전독", "충전거치대", "충전크래들"}, {"어댑터", "아답타", "어뎁터"},
	{"꺾쇠", "꺽쇠"}, {"다보", "선반다보", "선반핀"}, {"자바라", "주름관", "주름호스"}, {"뚜껑", "덮개"},
	{"병마개", "보틀캡"}, {"실리콘뚜껑", "실리콘캡"}, {"의자발커버", "의자다리커버", "의자양말"}, {"미끄럼방지패드", "논슬립패드"},
	{"손목스트랩", "핸드스트랩"}, {"어깨끈", "숄더스트랩"}, {"가방끈", "가방스트랩"}, {"클립형", "클립식", "집게형"},
	{"배터리커버", "배터리덮개"}, {"렌즈캡", "렌즈뚜껑"}, {"샤워호스", "샤워기호스"}, {"예초기날", "예초기칼날"},
	{"예초기줄", "예초줄", "나일론커터줄"},
	// packing and containers
	{"스탠딩파우치", "스탠드파우치"}, {"종이가방", "종이백"}, {"스티로폼박스", "스티로폼상자", "스치로폼박스"},
	{"택배봉투", "택배비닐", "택배봉지"}, {"안전봉투", "에어캡봉투", "뽁뽁이봉투"}, {"opp봉투", "opp비닐"},
	{"배달용기", "포장용기"}, {"골판지상자", "골판지박스"}, {"스틱포", "스틱팩"}, {"파우치형", "파우치타입"},
	{"튜브형", "튜브타입"},
	// kitchen and table
	{"국자", "레이들"}, {"밀크팬", "우유냄비"}, {"석쇠", "그릴망"},
	{"샴페인잔", "샴페인글라스"}, {"위스키잔", "온더락잔", "락글라스"}, {"소주잔", "소주컵"}, {"전기밥솥", "전기밥통"},
	{"에스프레소머신", "에소머신"}, {"캡슐머신", "캡슐커피머신"}, {"광파오븐", "광파레인지"},
	{"하이브리드전기레인지", "하이브리드레인지"}, {"그리들", "그리들팬"}, {"매직블럭", "멜라민스펀지", "매직스펀지"},
	// cleaning, laundry and bathroom
	{"좀약", "나프탈렌"}, {"옷커버", "의류커버", "옷덮개"}, {"욕실선반", "욕실수납선반"},
	{"안전손잡이", "안전바"}, {"방수요", "방수패드"},
	// lighting
	{"엣지등", "엣지조명"}, {"평판등", "평판조명"}, {"직부등", "직부조명"}, {"등기구", "조명기구"},
	{"할로겐", "할로겐램프", "할로겐전구"}, {"삼파장", "삼파장전구", "삼파장램프"},
	// furniture, storage and bedding
	{"화장대", "드레스테이블"}, {"수납의자", "수납스툴"},
	{"이불커버", "이불껍데기"}, {"무릎담요", "무릎덮개"},
	{"난방텐트", "방한텐트"},
}

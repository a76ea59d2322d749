package check

// The word rule's vocabulary: names of one thing that sound cannot match (블렌더 / 믹서기,
// 등산화 / 트레킹화, 위클리 / 주간) and spellings of one word (타올 / 타월, 자켓 / 재킷). It is
// general Korean shopping vocabulary, grouped by what the goods are; the first word of a group is
// the one the rule compares. A word in a group is also known to be a name of goods: two known
// words of different groups are two different goods (수세미 / 고무장갑), whatever else the names
// share.
//
// Only words that name the same goods belong in one group: 헤드폰 and 이어폰, 세탁세제 and
// 섬유유연제, 보온병 and 텀블러 are different goods and stay apart. Attribute words (colours,
// flavours, sizes) are in the lexicon, not here.
var synonymGroups = [][]string{
	// people and spelling of common words
	{"남성", "남자"}, {"여성", "여자"}, {"아동", "키즈", "어린이", "유아"},
	{"타월", "타올"}, {"케찹", "케챂", "케첩"}, {"주스", "쥬스"}, {"초코", "쵸코"}, {"샴푸", "샴프"},
	{"액세서리", "악세사리", "악세서리"}, {"프라이팬", "후라이팬", "훌라이팬"}, {"린스", "컨디셔너"},
	{"티셔츠", "티", "tee", "t셔츠"}, {"가방", "bag", "백"}, {"케이블", "cable"}, {"케이스", "case"},
	{"마우스", "mouse"}, {"키보드", "keyboard", "자판"}, {"충전기", "charger", "충전어댑터"},
	{"파우더", "가루", "분말", "powder"},
	{"아령", "덤벨"}, {"컬러", "칼라", "color", "colour"}, {"수", "숫"}, {"옴", "ω", "ohm"},
	{"블록", "블럭"}, {"재킷", "자켓", "jacket"}, {"점퍼", "잠바"}, {"카디건", "가디건"},
	{"샌들", "샌달"}, {"선글라스", "썬글라스"}, {"태블릿", "타블렛", "타블릿", "태블렛", "tablet"},
	{"내비게이션", "네비게이션", "네비", "내비"}, {"배터리", "밧데리", "바테리", "건전지", "전지", "battery"},
	{"서큘레이터", "써큘레이터"}, {"드리퍼", "드립퍼"}, {"스티커", "스틱커"},
	// perfume
	{"오드퍼퓸", "edp", "퍼퓸", "빠르펭", "오드빠르펭", "eaudeparfum", "parfum"},
	{"오드뚜왈렛", "edt", "오드트왈렛", "뚜왈렛", "트왈렛", "toilette"},
	{"향수", "프래그런스", "fragrance"},
	// kitchen appliances and tools
	{"블렌더", "믹서기", "믹서", "블랜더", "blender", "mixer"},
	{"전기포트", "전기주전자", "전기커피포트", "무선포트", "전기케틀", "케틀", "kettle"},
	{"에어프라이어", "에어프라이기", "에어후라이어", "에어후라이기"},
	{"전자레인지", "전자렌지"}, {"커피머신", "커피메이커", "커피기계"},
	{"그라인더", "분쇄기", "원두분쇄기", "커피그라인더", "grinder"},
	{"도마", "커팅보드", "칼도마"}, {"칼", "나이프", "식칼", "주방칼", "knife"},
	{"칼세트", "나이프세트", "식도세트"}, {"칼블록", "칼꽂이", "나이프블록", "칼블럭"},
	{"물병", "보틀", "워터보틀", "물통", "bottle"}, {"보온병", "보온보냉병", "진공보온병"},
	{"밀폐용기", "보관용기", "저장용기", "반찬통"}, {"숟가락", "스푼", "spoon"}, {"포크", "fork"},
	{"머그컵", "머그", "머그잔", "mug"}, {"접시", "플레이트"}, {"그릇", "보울", "bowl"},
	{"키친타월", "키친타올", "키친페이퍼", "종이타월", "페이퍼타월"},
	{"위생백", "비닐백", "위생봉투", "위생팩"}, {"지퍼백", "지퍼락", "지퍼팩"}, {"위생랩", "비닐랩", "랩"},
	{"행주", "키친클로스"}, {"여과지", "필터지", "커피필터"},
	// home and living
	{"화장지", "휴지", "두루마리", "두루마리휴지", "롤휴지"}, {"물티슈", "물휴지", "웻티슈"},
	{"섬유유연제", "유연제"}, {"주방세제", "설거지세제", "식기세제"}, {"세탁세제", "빨래세제"},
	{"수납함", "수납박스", "정리함", "보관함", "수납상자"}, {"압축팩", "압축봉투", "압축백"},
	{"베개", "필로우", "pillow"}, {"방석", "시트쿠션"}, {"우산", "umbrella"},
	{"멀티탭", "멀티콘센트", "전원탭"}, {"전구", "벌브", "bulb"}, {"욕실화", "욕실슬리퍼"},
	{"슬리퍼", "쓰레빠"}, {"빨래건조대", "건조대"}, {"옷걸이", "hanger"},
	{"상토", "배양토", "분갈이흙", "원예용흙", "흙"}, {"영양제", "식물영양제", "비료"},
	{"전정가위", "전지가위"},
	// digital
	{"노트북", "랩탑", "laptop"}, {"메모리", "램", "ram"}, {"hdd", "하드디스크", "하드"},
	{"액정태블릿", "액정타블렛", "액정타블릿", "펜디스플레이"}, {"펜태블릿", "펜타블렛", "판타블렛", "판태블릿"},
	{"보조배터리", "파워뱅크", "휴대용배터리", "외장배터리"}, {"외장하드", "외장hdd", "외장하드디스크"},
	{"공유기", "라우터", "router"}, {"웹캠", "웹카메라", "화상카메라"}, {"홈캠", "홈카메라", "가정용cctv"},
	{"이어폰", "earphone", "earphones"}, {"헤드폰", "headphone", "headphones"}, {"스피커", "speaker"},
	{"보호필름", "액정필름", "액정보호필름"}, {"거치대", "홀더", "holder"},
	{"방열판", "히트싱크", "heatsink"}, {"마이크로sd", "microsd", "tf카드"},
	{"프린터", "프린트기", "인쇄기", "printer"}, {"무한잉크", "잉크탱크", "정품무한"},
	{"플레이스테이션", "플스", "playstation"}, {"닌텐도", "nintendo"},
	{"스마트워치", "smartwatch"}, {"블랙박스", "dashcam"},
	// beauty and personal care
	{"바디워시", "바디클렌저", "샤워젤"}, {"클렌징폼", "폼클렌징", "폼클렌저"}, {"클렌징오일", "오일클렌저"},
	{"선크림", "썬크림", "선블록", "썬블럭", "선블럭", "자외선차단제", "선스크린"},
	{"마스크팩", "시트마스크", "마스크시트"}, {"화장솜", "코튼패드"}, {"립밤", "립케어"},
	{"염색약", "염모제"}, {"치실", "플로스", "덴탈플로스"}, {"전동칫솔", "음파칫솔", "전기칫솔"},
	{"드라이기", "드라이어", "헤어드라이어", "헤어드라이기", "dryer"}, {"고데기", "헤어아이론"},
	{"눈마사지기", "눈안마기"}, {"마사지기", "안마기"}, {"혈압계", "혈압측정기"},
	// food and drink
	{"원두", "원두커피", "커피원두", "커피빈", "커피"}, {"탄산수", "스파클링워터"},
	{"생수", "먹는샘물", "샘물"}, {"막걸리", "탁주"}, {"맥주", "beer"}, {"계란", "달걀"},
	{"박력분", "박력밀가루"}, {"강력분", "강력밀가루"}, {"중력분", "중력밀가루"},
	{"올리브유", "올리브오일"}, {"카놀라유", "카놀라오일"}, {"포도씨유", "포도씨오일"},
	{"후추", "후춧가루", "페퍼"}, {"마요네즈", "마요"}, {"명란", "명란젓"}, {"창란", "창란젓"},
	{"분유", "유아식"}, {"회", "횟감", "회감", "회용"},
	// clothes and shoes
	{"후드티", "후디", "후드티셔츠"}, {"맨투맨", "스웨트셔츠", "스웻셔츠"},
	{"청바지", "데님팬츠", "데님바지", "진바지"}, {"바지", "팬츠", "pants"}, {"반바지", "숏팬츠", "하프팬츠", "쇼츠"},
	{"치마", "스커트", "skirt"}, {"셔츠", "남방"}, {"양말", "삭스", "socks"},
	{"볼캡", "야구모자", "캡모자"}, {"비니", "털모자"}, {"운동화", "스니커즈", "sneakers"},
	{"러닝화", "런닝화", "조깅화"}, {"등산화", "트레킹화", "하이킹화"},
	{"백팩", "책가방", "배낭", "backpack"}, {"크로스백", "크로스가방", "메신저백"},
	{"캐리어", "여행가방", "수트케이스", "트렁크"}, {"지갑", "월렛", "wallet"},
	{"시계줄", "시계스트랩", "워치스트랩"},
	// sports and outdoor
	{"등산스틱", "트레킹폴", "트래킹폴", "등산지팡이"}, {"침낭", "슬리핑백"},
	{"수경", "물안경", "goggles", "고글"}, {"수영모", "수모", "수영모자"}, {"구명조끼", "라이프자켓", "구명복"},
	{"낚싯대", "낚시대"}, {"낚싯줄", "낚시줄"}, {"합사", "pe라인", "합사라인"},
	{"자전거", "바이크", "bicycle"}, {"골프공", "골프볼"}, {"테니스공", "테니스볼"}, {"탁구공", "탁구볼"},
	// baby
	{"젖병", "수유병"}, {"젖꼭지", "니플"}, {"빨대컵", "스트로컵", "스트로우컵"}, {"턱받이", "빕"},
	{"유모차", "스트롤러"},
	// office and books
	{"노트", "공책"}, {"다이어리", "플래너", "스케줄러"}, {"샤프", "샤프펜슬", "샤프펜"},
	{"형광펜", "하이라이터"}, {"복사용지", "복사지", "인쇄용지"}, {"스테이플러", "호치키스"},
	{"커터칼", "커터", "컷터"}, {"주간", "위클리", "weekly"}, {"월간", "먼슬리", "monthly"},
	{"일간", "데일리", "daily"}, {"가로줄", "룰드", "줄노트", "ruled"}, {"모눈", "모눈종이", "방안", "squared"},
	{"한글판", "한글", "한국어판", "한글정발"}, {"스트링", "줄", "string", "strings"},
	{"기타줄", "기타스트링"}, {"닙", "촉", "nib"}, {"세척액", "렌즈세척액", "다목적용액"},
	// car, tools, pets
	{"자동차", "차량"}, {"차량용", "자동차용"}, {"와이퍼", "와이퍼블레이드"},
	{"먼지봉투", "더스트백"}, {"모니터암", "모니터거치대"}, {"의자", "체어"},
	{"충전드릴", "무선드릴"}, {"사료", "펫푸드"}, {"배변패드", "배변매트"},
	// materials and descriptions
	{"원목", "나무", "우드", "wood"}, {"순면", "코튼"}, {"유기농", "오가닉", "organic"},
	{"자연", "내추럴", "네추럴", "natural"}, {"쌍둥이", "트윈", "twin"}, {"휴대용", "포터블", "portable"},
	{"접이식", "폴딩", "foldable"}, {"방수", "워터프루프", "waterproof"},
	{"김서림방지", "안티포그", "습기방지"}, {"미끄럼방지", "논슬립"},
	{"노이즈캔슬링", "노캔", "노이즈캔슬", "anc"}, {"성인용", "어른용"},
	// more digital and appliances
	{"티비", "tv", "텔레비전", "텔레비젼"}, {"리모컨", "리모콘", "remote"}, {"프로젝터", "빔프로젝터", "projector"},
	{"사운드바", "soundbar"}, {"마이크", "마이크로폰", "microphone"}, {"허브", "usb허브", "멀티허브"},
	{"어댑터", "아답터", "adapter"}, {"그래픽카드", "글카", "vga"}, {"파워서플라이", "psu"},
	{"메인보드", "마더보드", "mainboard", "motherboard"}, {"강화유리", "강화유리필름"}, {"파우치", "pouch"},
	{"식기세척기", "식세기"}, {"의류건조기", "건조기"}, {"인덕션", "인덕션레인지"}, {"전기히터", "히터", "heater"},
	{"전기장판", "전기매트", "전기요"}, {"온수매트", "온수장판"}, {"음식물처리기", "음식물쓰레기처리기"},
	{"무드등", "수면등"}, {"안마의자", "마사지체어"}, {"선풍기", "fan"}, {"제습기", "dehumidifier"},
	// more kitchen and bath
	{"뒤집개", "터너"}, {"주걱", "스패츌러", "스파츌라"}, {"집게", "키친집게", "tongs"}, {"거품기", "휘스크"},
	{"채반", "소쿠리"}, {"도시락", "도시락통", "런치박스"}, {"빨대", "스트로우", "스트로", "straw"},
	{"샤워기", "샤워헤드"}, {"비누", "솝", "soap"}, {"핸드워시", "손세정제", "핸드솝"}, {"바디로션", "바디밀크"},
	// more cosmetics and hair
	{"앰플", "앰풀", "ampoule"}, {"수분크림", "모이스처크림", "모이스춰크림"}, {"파운데이션", "파데"},
	{"쿠션", "쿠션팩트"}, {"틴트", "립틴트"}, {"아이섀도", "아이섀도우", "섀도우", "새도우"},
	{"블러셔", "치크"}, {"클렌징워터", "미셀라워터"}, {"선스틱", "썬스틱"}, {"네일", "매니큐어", "네일폴리시"},
	{"데오드란트", "데오도란트"}, {"헤어팩", "헤어마스크"}, {"헤어왁스", "왁스"}, {"트리트먼트", "헤어트리트먼트"},
	// more food and drink
	{"우유", "밀크", "milk"}, {"잼", "쨈", "jam"}, {"소시지", "소세지", "쏘세지", "sausage"}, {"식빵", "토스트빵"},
	{"시리얼", "씨리얼", "cereal"}, {"견과", "견과류", "넛츠"}, {"고춧가루", "고추가루"}, {"감귤", "귤", "밀감"},
	{"콜라", "cola"}, {"이온음료", "스포츠음료"}, {"에너지드링크", "에너지음료"}, {"위스키", "whisky", "whiskey"},
	{"아이스크림", "빙과"}, {"티백", "teabag"},
	// more clothes, shoes and bags
	{"트레이닝복", "츄리닝", "추리닝"}, {"잠옷", "파자마", "pajamas"}, {"브라", "브래지어"}, {"레인부츠", "장화"},
	{"벨트", "허리띠", "belt"}, {"머플러", "목도리"}, {"카드지갑", "카드케이스"}, {"키링", "키홀더", "열쇠고리"},
	{"조거팬츠", "조거"}, {"넥타이", "necktie"},
	// more toys, sports, pets, tools and stationery
	{"장난감", "완구", "toy"}, {"인형", "봉제인형"}, {"퍼즐", "직소퍼즐", "puzzle"}, {"짐볼", "요가볼"},
	{"보호대", "아대"}, {"고양이모래", "캣리터"}, {"하네스", "가슴줄"}, {"리드줄", "산책줄"},
	{"스크래쳐", "스크래처"}, {"렌치", "스패너"}, {"펜치", "플라이어"}, {"망치", "해머", "hammer"},
	{"공구함", "공구통"}, {"포스트잇", "점착메모지"}, {"파일", "화일"}, {"라벨지", "라벨스티커"},
	// areas written in the fifth round, whole, from general knowledge (not from a table's rows):
	// containers and packing
	{"용기", "통", "보관통", "저장통"}, {"유리병", "글라스보틀", "유리보틀"}, {"페트병", "pet병", "페트"},
	{"항아리", "옹기"}, {"소분용기", "소분통"}, {"양념통", "조미료통", "양념용기", "시즈닝통"},
	{"쌀통", "쌀보관함", "쌀디스펜서"}, {"리필파우치", "리필봉투", "리필팩"},
	{"택배박스", "택배상자", "포장박스"}, {"뽁뽁이", "버블랩", "에어캡"},
	{"박스테이프", "포장테이프", "opp테이프"}, {"완충재", "충전재"},
	// electrical fittings and building
	{"매입", "매립", "빌트인", "매입형", "매립형", "빌트인형"}, {"노출", "노출형", "벽부", "벽부형"},
	{"콘센트", "전원콘센트", "벽콘센트"}, {"차단기", "브레이커"}, {"매입등", "다운라이트", "매립등"},
	{"형광등", "형광램프"}, {"led등", "led조명", "led램프"}, {"센서등", "감지등", "동작감지등"},
	{"스위치", "전등스위치", "벽스위치"}, {"전선", "케이블선"}, {"수전", "수도꼭지"},
	{"코킹", "실란트"}, {"나사", "스크류"},
	// underwear and baby clothes
	{"내복", "내의"}, {"팬티", "언더팬츠"}, {"삼각팬티", "브리프"}, {"사각팬티", "트렁크팬티", "박서브리프"},
	{"런닝셔츠", "러닝셔츠", "메리야스"}, {"보정속옷", "쉐이프웨어", "보정웨어"}, {"브라렛", "브랄렛"},
	{"바디수트", "보디수트", "우주복"}, {"배냇저고리", "배넷저고리"}, {"속싸개", "스와들"},
	{"상하세트", "상하복"}, {"실내복", "홈웨어", "라운지웨어"},
	// scales and measuring
	{"체중계", "몸무게저울", "체중기", "바디스케일"}, {"체지방계", "인바디", "체성분분석기"},
	{"주방저울", "요리저울", "키친스케일", "베이킹저울"}, {"전자저울", "디지털저울"},
	{"습도계", "온습도계"},
	// moisture, heat and cold packs
	{"제습제", "방습제", "습기제거제", "제습팩"}, {"실리카겔", "실리카겔제습제"}, {"탈취제", "냄새제거제", "데오도라이저"},
	{"핫팩", "손난로", "주머니난로", "발열팩"}, {"붙이는핫팩", "패치핫팩", "부착형핫팩"}, {"발핫팩", "발난로"},
	{"아이스팩", "보냉팩", "냉찜질팩"}, {"찜질팩", "온찜질팩"},
	// kitchen wrap, foil and bags
	{"호일", "포일", "은박지", "알루미늄호일", "쿠킹호일"}, {"종이호일", "유산지", "베이킹페이퍼", "쿠킹시트"},
	{"비닐봉투", "비닐봉지"}, {"쓰레기봉투", "쓰레기봉지"}, {"고무장갑", "주방장갑", "설거지장갑"},
	{"니트릴장갑", "니트릴글러브"}, {"라텍스장갑", "라텍스글러브"}, {"위생장갑", "비닐장갑", "일회용장갑"},
	// cleaning and laundry
	{"밀대", "밀대걸레", "플로어와이퍼"},
	{"쓰레받기", "쓰레받이"}, {"세탁망", "빨래망", "세탁네트"}, {"얼룩제거제", "얼룩제거"},
	{"욕실세정제", "욕실세제", "욕실클리너"}, {"변기세정제", "변기클리너"}, {"곰팡이제거제", "곰팡이제거"},
	{"유리세정제", "유리클리너", "창문세정제"}, {"배수구클리너", "하수구클리너", "배수구세정제"},
	// shoe and clothes care
	{"구두약", "슈폴리시", "구둣약"}, {"신발깔창", "깔창", "인솔"}, {"구두주걱", "슈혼"}, {"신발끈", "슈레이스", "운동화끈"},
	{"보풀제거기", "보풀제거"}, {"옷솔", "의류브러시"}, {"섬유탈취제", "섬유향수", "패브릭미스트"},
	// office supplies
	{"볼펜", "볼포인트펜"}, {"수정테이프", "수정테잎"}, {"딱풀", "고체풀", "스틱풀"}, {"클립", "클립집게"},
	{"바인더클립", "더블클립"}, {"파일철", "파일꽂이"}, {"메모지", "메모패드"},
	{"서류봉투", "행정봉투"}, {"계산기", "전자계산기"},
	// seasonings and pantry
	{"식용유", "콩기름", "대두유"}, {"맛술", "미림"}, {"굴소스", "오이스터소스"}, {"맛소금", "조미소금"},
	// health and medical supplies
	{"마스크", "보건용마스크"}, {"반창고", "일회용밴드"}, {"파스", "붙이는파스", "소염진통패치"},
	{"손목보호대", "손목아대"}, {"무릎보호대", "무릎아대"}, {"찜질기", "온열찜질기"},
	// car and bike
	{"세차용품", "카케어"}, {"차량용방향제", "차량방향제"}, {"워셔액", "유리세정액"},
	{"자전거라이트", "자전거등", "자전거조명"}, {"자물쇠", "잠금장치"},
	// garden
	{"물뿌리개", "물조리개", "조리개"}, {"호스", "정원호스", "물호스"}, {"모종삽", "꽃삽"}, {"분무기", "분무병", "스프레이병"},
	// musical instruments
	{"통기타", "어쿠스틱기타", "포크기타"}, {"일렉기타", "일렉트릭기타", "전자기타"}, {"베이스기타", "일렉베이스"},
	{"피크", "기타피크"}, {"카포", "카포타스토"}, {"튜너", "조율기"}, {"보면대", "악보대", "악보받침대"},
	{"전자피아노", "디지털피아노"}, {"메트로놈", "박자기"}, {"우쿨렐레", "우쿠렐레"},
	// sewing and crafts
	{"재봉틀", "미싱"}, {"재봉실", "미싱실"}, {"시침핀", "옷핀"}, {"골무", "손가락골무"}, {"단추", "버튼"},
	{"펠트지", "펠트"}, {"글리터", "반짝이"},
	// party and seasonal
	{"풍선", "벌룬"}, {"고깔모자", "파티모자"}, {"가랜드", "가렌드", "갈런드"}, {"생일초", "케이크초"},
	{"트리", "크리스마스트리"}, {"전구줄", "앵두전구", "줄전구", "와이어전구"},
	// feminine hygiene and men's grooming
	{"생리대", "위생대"}, {"팬티라이너", "팬티라이너패드"}, {"오버나이트", "오버나이트생리대"}, {"탐폰", "탐퐁"},
	{"쉐이빙폼", "면도폼", "셰이빙폼", "쉐이빙크림", "면도크림"}, {"애프터쉐이브", "애프터셰이브"},
	{"코털제거기", "코털정리기", "코털깎이"}, {"바리깡", "이발기", "헤어클리퍼"},
	// massage and health devices
	{"마사지건", "안마건"}, {"목마사지기", "목안마기"}, {"발마사지기", "발안마기"}, {"족욕기", "족탕기"},
	{"혈당측정기", "혈당계"}, {"체온계", "비접촉체온계"}, {"찜질매트", "온열매트"},
	// ready meals, side dishes, snacks and noodles
	{"반찬", "밑반찬"}, {"컵라면", "용기면"}, {"봉지라면", "봉지면"}, {"즉석밥", "햇반", "즉석쌀밥"},
	{"떡국떡", "떡국용떡"}, {"떡볶이떡", "떡볶이용떡"}, {"어묵", "오뎅"},
	{"뻥튀기", "튀밥"},
	// baking
	{"베이킹파우더", "베이킹가루"}, {"베이킹소다", "식소다", "중탄산나트륨"}, {"드라이이스트", "이스트"},
	{"무염버터", "언솔티드버터"}, {"가염버터", "솔티드버터"}, {"머핀컵", "머핀틀"}, {"짤주머니", "파이핑백"},
	// eyewear and car interior
	{"안경", "안경테"}, {"콘택트렌즈", "콘택트", "컨택트렌즈"}, {"안경닦이", "렌즈클리너", "안경클리너"},
	{"차량용거치대", "차량거치대", "송풍구거치대"}, {"목쿠션", "차량용목쿠션", "헤드레스트쿠션"}, {"햇빛가리개", "선쉐이드", "차양막"},
	{"트렁크정리함", "트렁크수납함"}, {"차량용충전기", "시거잭충전기"},
	// kitchen tools, fixings and tools written as loanwords or two Korean words
	{"다지기", "초퍼"}, {"채칼", "슬라이서"}, {"감자칼", "필러"},
	{"강판", "그레이터"}, {"깔때기", "퍼넬"}, {"거름망", "스트레이너"}, {"피처", "저그", "워터저그"},
	{"냄비받침", "냄비받침대", "팟홀더"}, {"오븐장갑", "오븐미트"}, {"보냉백", "쿨러백", "아이스백"}, {"보온백", "보온가방"},
	{"고리", "후크", "훅"}, {"마개", "스토퍼"}, {"끈", "스트랩"}, {"밧줄", "로프"}, {"철사", "와이어"},
	{"실내화", "룸슈즈", "실내슬리퍼"}, {"가운", "로브"}, {"스펀지", "스폰지"},
	{"수건걸이", "타월걸이", "타올걸이"}, {"휴지걸이", "휴지홀더", "화장지걸이"},
	{"니퍼", "컷팅플라이어"}, {"몽키스패너", "몽키렌치"}, {"육각렌치", "육각키", "알렌키"}, {"사포", "샌드페이퍼"},
	{"절연테이프", "전기테이프"}, {"케이블타이", "타이랩", "전선타이"}, {"전동드라이버", "전동스크류드라이버"},
	// more sports and bedding
	{"악력기", "핸드그립"}, {"푸쉬업바", "푸시업바"}, {"배드민턴채", "배드민턴라켓"}, {"탁구채", "탁구라켓"},
	{"테니스라켓", "테니스채"}, {"골프장갑", "골프글러브"}, {"요가매트", "필라테스매트"},
	{"베개솜", "베개속", "베개속통"}, {"이불솜", "이불속", "이불속통"}, {"홑이불", "홑겹이불"},
	// appliances, furniture, tableware, camping and pet homes
	{"무선청소기", "스틱청소기", "코드리스청소기"}, {"핸디청소기", "손청소기", "휴대용청소기"}, {"온풍기", "팬히터"},
	{"전기그릴", "전기불판"}, {"착즙기", "원액기", "슬로우주서"}, {"미니오븐", "전기오븐", "오븐토스터"},
	{"식품건조기", "음식건조기"}, {"요거트메이커", "요구르트제조기"}, {"제빙기", "아이스메이커"}, {"비데", "전자비데"},
	{"책장", "북선반", "북케이스"}, {"행거", "옷행거", "스탠드행거"}, {"협탁", "사이드테이블", "침대협탁"},
	{"좌식테이블", "좌탁"}, {"접이식테이블", "폴딩테이블"}, {"전신거울", "스탠드거울"},
	{"사무용의자", "사무의자", "오피스체어"}, {"게이밍의자", "게이밍체어"}, {"빈백", "빈백소파"},
	{"국그릇", "대접"}, {"찻잔", "티컵"}, {"커피잔", "커피컵"},
	{"캠핑의자", "캠핑체어"}, {"캠핑테이블", "캠핑탁자"}, {"가스버너", "캠핑버너", "휴대용버너"}, {"그늘막", "타프"},
	{"강아지집", "펫하우스", "개집"}, {"숨숨집", "고양이집"}, {"캣휠", "고양이쳇바퀴"}, {"발톱깎이", "발톱가위"},
	{"도서", "책", "book"}, {"만화책", "만화", "코믹스"}, {"음반", "앨범", "album"}, {"lp", "엘피", "바이닐", "vinyl"},
}

// genericOf maps a kind of goods (by its compared word) to the general word a listing may write
// in its place: a container (용기, 통) for a bottle, a can or a jar, a scale (저울, 스케일) for a
// body or kitchen scale, 세탁세제 for a liquid or powder detergent. Two kinds of one general word
// are still two goods (캔 / 병, 체중계 / 주방저울, 액체세제 / 가루세제). Only general words that
// say nothing more than the kind does belong here: 장갑 against 벙어리장갑 is a different glove.
var genericOf = map[string]string{
	"물병": "용기", "유리병": "용기", "페트병": "용기", "캔": "용기", "틴케이스": "용기", "항아리": "용기",
	"밀폐용기": "용기", "양념통": "용기", "쌀통": "용기", "소분용기": "용기", "단지": "용기",
	"체중계": "저울", "주방저울": "저울", "전자저울": "저울", "체지방계": "저울",
	"액체세제": "세탁세제", "가루세제": "세탁세제", "분말세제": "세탁세제", "캡슐세제": "세탁세제", "시트세제": "세탁세제",
	"반지갑": "지갑", "장지갑": "지갑", "카드지갑": "지갑", "동전지갑": "지갑",
}

// genericOfPets adds to genericOf the general words of pet goods: a pet (반려동물, 펫) written in the
// place of the animal a pet product is for, a dog in the place of its size.
var genericOfPets = map[string]string{
	"강아지": "반려동물", "고양이": "반려동물",
	// a dog's size is a kind of dog: 소형견 사료 is a dog food written 강아지 사료 elsewhere
	"소형견": "강아지", "중형견": "강아지", "대형견": "강아지", "초소형견": "강아지",
}

// genericRoles says of a word whether it is a kind in genericOf (its general word) or a general
// word itself, with one lookup.
var genericRoles = func() map[string]genericRole {
	m := make(map[string]genericRole, len(genericOf)+len(genericOfPets)+5)
	for _, kinds := range []map[string]string{genericOf, genericOfPets, genericOfTrade} {
		for kind, g := range kinds {
			m[kind] = genericRole{general: g}
			r := m[g]
			r.isGeneral = true
			m[g] = r
		}
	}
	return m
}()

type genericRole struct {
	general   string // the general word of a kind, "" for a word that is no kind
	isGeneral bool
}

// wordSynonyms maps a word to the one it is compared as (the first word of its group).
var wordSynonyms = buildSynonyms()

func buildSynonyms() map[string]string {
	m := make(map[string]string, 1200)
	for _, g := range synonymGroups {
		for _, w := range g {
			m[w] = g[0]
		}
	}
	for _, g := range append(append(append(append(append(append(append(append(konglishGroups[:len(konglishGroups):len(konglishGroups)], konglishGroupsHousehold...), konglishGroupsHardware...), tradeGroups...), goodsGroups...), usesGroups...), goodsNamesGroups...), translationGroups...), registerWordGroups...) {
		canon := konglishCanon(m, g)
		for _, w := range g {
			if _, ok := m[w]; !ok {
				m[w] = canon
			}
		}
	}
	return m
}

// konglishCanon is the word a loanword group is compared as: the first word of the vocabulary
// group it shares a word with, or its own first word.
func konglishCanon(m map[string]string, g []string) string {
	for _, w := range g {
		if c, ok := m[w]; ok {
			return c
		}
	}
	return g[0]
}

// synonymsOf lists the words of each group by its first word, for names that write a word of
// the group apart (PE 라인 for PE라인).
var synonymsOf = buildSynonymLists()

func buildSynonymLists() map[string][]string {
	m := make(map[string][]string, len(synonymGroups)+len(konglishGroups))
	for _, g := range synonymGroups {
		m[g[0]] = g
	}
	for w, c := range wordSynonyms {
		if !containsWord(m[c], w) {
			m[c] = append(m[c], w)
		}
	}
	return m
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// wordEntry is what the matcher knows of one written word, found with one lookup while a name
// is read: its attribute, its spelling in the vocabulary, whether it is a stop word.
type wordEntry struct {
	attr   attribute
	listed bool   // in the lexicon
	canon  string // the first word of its vocabulary group, "" when it has none
	stop   bool   // a stop word, by its compared spelling

	flags wordFlags // the lists the word stands in (wordrecord.go)
}

// wordIndex joins the lexicon, the vocabulary and the stop words by written word.
var wordIndex = buildWordIndex()

func buildWordIndex() map[string]wordEntry {
	m := make(map[string]wordEntry, len(lexicon)+len(wordSynonyms)+len(stopWords))
	add := func(w string) {
		if _, ok := m[w]; ok {
			return
		}
		var e wordEntry
		e.attr, e.listed = lexicon[w]
		e.canon = wordSynonyms[w]
		compared := w
		if e.canon != "" {
			compared = e.canon
		}
		e.stop = stopWords[compared]
		e.flags = wfIndexed
		m[w] = e
	}
	for w := range lexicon {
		add(w)
	}
	for w := range wordSynonyms {
		add(w)
	}
	for w := range stopWords {
		add(w)
	}
	markWordFlags(m)
	return m
}

// knownGoods reports whether w is a word of the vocabulary, by its compared form.
func knownGoods(w string) bool {
	if !synonymKeys.may(w) {
		return false
	}
	_, ok := wordSynonyms[w]
	return ok
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

// synonymsOfWord is synonymsOf[w], looked up only when w may be a key of it.
func synonymsOfWord(w string) []string {
	if !synListKeys.may(w) {
		return nil
	}
	return synonymsOf[w]
}

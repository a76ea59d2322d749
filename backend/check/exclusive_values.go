package check

// Exclusive values: attribute kinds a seller's goods vary by whose values exclude each other (a box
// of one is never a box of the other), written area by area from general knowledge of how Korean
// listings name them, each inner list the spellings of one value in Hangul, Latin and loanwords.
// Like the typed kinds (typedkinds.go), each kind is compared only when both names state a value:
// one name alone saying 승압 or 커널형 is wording, two names saying 승압 and 강압 hold the box.
//
// The lists are read by buildLexicon after every other group and add only words no other group
// lists (addExclusiveValues): a word already listed keeps its meaning, and the test requires that
// none of these words is listed elsewhere, that no word is two values of one kind, and that no two
// values of one kind are words of one synonym group. A kind is one dimension of one class of goods
// (a transformer's direction, an earphone's fit): two values of one kind in one name would read as
// a difference, so unrelated dimensions stay in kinds of their own.

const (
	attrStepDir      = "stepdir"      // 승압 / 강압: which way a transformer converts
	attrWinding      = "winding"      // 복권 (isolated) / 단권 (auto) transformer
	attrPhase        = "phase"        // 단상 / 삼상 power
	attrAirflow      = "airflow"      // 급기 / 배기: a fan or a duct part that blows in or out
	attrBeam         = "beam"         // 상향 / 하향: a car lamp's high or low beam
	attrThrow        = "throw"        // 초단초점 / 단초점 / 장초점 projector, 단초점 / 다초점 lens
	attrCarrier      = "carrier"      // KT / SKT / LG U+ / SK브로드밴드: the network a phone or remote is for
	attrTier         = "tier"         // 베이직 / 어드밴스: a line's model levels
	attrLifeStage    = "lifestage"    // 퍼피 / 어덜트 / 시니어: the age a pet food is made for
	attrLivestock    = "livestock"    // 비육 / 번식, 산란계 / 육계: the stage or use a feed is made for
	attrDispense     = "dispense"     // 건타입 / 스트로우: how a can of foam or sealant is dispensed
	attrCrop         = "crop"         // 샤인머스켓용 / 캠벨용: the crop a bag or a net is made for
	attrGas          = "gas"          // 도시가스 (LNG) / LPG: the gas a range or a boiler burns
	attrSeason       = "season"       // 썸머 / 윈터 / 올시즌 tyres, 간절기 clothes (여름용, 겨울용: words)
	attrNoodle       = "noodle"       // 소면 / 중면: the thickness of noodles
	attrFishForm     = "fishform"     // 생물 / 반건조: the state fish and squid are sold in
	attrPanel        = "panel"        // IPS / VA / OLED / QLED: a screen's panel
	attrCurve        = "curve"        // 평면 / 커브드: a monitor's or a TV's surface
	attrEarFit       = "earfit"       // 커널형 / 오픈이어 / 골전도: how an earphone sits
	attrEnclosure    = "enclosure"    // 밀폐형 / 개방형 headphones
	attrDrive2       = "storagebus"   // NVMe / SATA: the interface of an SSD
	attrKeyLayout    = "keylayout"    // 텐키리스 / 풀배열: a keyboard's layout
	attrKeySwitch    = "keyswitch"    // 기계식 / 멤브레인 / 무접점: a keyboard's switch technology
	attrMovement     = "movement"     // 쿼츠 / automatic: a watch's movement
	attrRoast        = "roast"        // 약배전 / 중배전 / 강배전 coffee
	attrClimate      = "climate"      // 냉방전용 / 냉난방: an air conditioner that heats or not
	attrSunFilter    = "sunfilter"    // 무기자차 / 유기자차 / 혼합자차 sunscreen
	attrWearTerm     = "wearterm"     // 원데이 / 투위크: how long a contact lens is worn
	attrRelease      = "release"      // 완효성 / 속효성 fertiliser
	attrFertile      = "fertile"      // 유정란 / 무정란 eggs
	attrSterile      = "sterile"      // 멸균 / 저온살균 milk
	attrSalt         = "salt"         // 천일염 / 정제염 / 꽃소금 / 죽염
	attrNoodleForm   = "noodleform"   // 생면 / 건면 / 유탕면
	attrSalted       = "salted"       // 무염 / 가염 butter and nuts
	attrCell         = "cell"         // 알카라인 / 망간 / 니켈수소 batteries
	attrPrintTech    = "printtech"    // 잉크젯 / 레이저, 열전사 / 감열 printers
	attrCamera       = "camera"       // 미러리스 / DSLR bodies
	attrConsole      = "console"      // 디스크 에디션 / 디지털 에디션 consoles
	attrWaterHeat    = "waterheat"    // 순간식 / 저장식 water heaters
	attrHumidify     = "humidify"     // 가열식 / 초음파식 / 기화식 / 복합식 humidifiers
	attrInkBase      = "inkbase"      // 유성 / 수성 paint, markers and varnish
	attrBinding      = "binding"      // 스프링제본 / 무선제본 / 중철 notebooks and prints
	attrDated        = "dated"        // 만년형 / 날짜형 planners
	attrLegLength    = "leglength"    // 발목형 / 종아리형 / 무릎형 / 허벅지형 stockings and braces
	attrRise         = "rise"         // 하이웨스트 / 미드라이즈 / 로우라이즈 trousers
	attrBevel        = "bevel"        // 양날 / 외날 knives
	attrAquaWater    = "aquawater"    // 해수 / 담수 aquarium goods
	attrAnchovy      = "anchovy"      // 세멸 / 중멸 / 대멸: the size grade of dried anchovies
	attrCrabSex      = "crabsex"      // 수꽃게 / 암꽃게
	attrGrown        = "grown"        // 노지 / 하우스재배 fruit
	attrCoarse       = "coarse"       // 고운 / 굵은: chilli powder and salt
	attrDrivetrain   = "drivetrain"   // 전륜 / 후륜 / 사륜: the drive of a car a part fits
	attrSpeakerPower = "speakerpower" // 액티브 / 패시브 speakers
	attrPolar        = "polar"        // 단일지향 / 무지향 / 양지향 / 초지향 microphones
	attrKeyLegend    = "keylegend"    // 한글각인 / 영문각인 / 무각인 keycaps
	attrCupUse       = "cupuse"       // 핫컵 / 아이스컵 disposable cups
	attrLid          = "lid"          // 돔뚜껑 / 평뚜껑 cup lids
	attrLaver        = "laver"        // 재래김 / 파래김 / 돌김
	attrRice         = "rice"         // 신동진 / 추청 / 고시히카리: rice varieties
	attrFruit        = "fruit"        // 부사 / 홍로, 백도 / 황도, 천혜향 / 레드향: fruit varieties
	attrGarlic       = "garlic"       // 한지형 / 난지형 garlic
	attrBean         = "bean"         // 백태 / 서리태 / 서목태 / 강낭콩: beans
	attrCoffeeBean   = "coffeebean"   // 아라비카 / 로부스타
	attrGinseng      = "ginseng"      // 수삼 / 홍삼 / 백삼 / 흑삼
	attrSink         = "sink"         // 부상성 / 침강성 fish food, 플로팅 / 싱킹 lures
	attrPH           = "ph"           // 산성 / 알칼리성 cleaners and soil
	attrWorkpiece    = "workpiece"    // 목재용 / 철재용 / 콘크리트용: what a blade, a bit or a glue is for
	attrScrewHead    = "screwhead"    // 접시머리 / 둥근머리 / 트러스머리 / 육각머리
	attrLube         = "lube"         // 오일리스 / 오일식 compressors
	attrReel         = "reel"         // 스피닝 / 베이트 reels and rods
	attrHarmonica    = "harmonica"    // 크로매틱 / 다이아토닉 / 트레몰로
	attrVoice        = "voice"        // 소프라노 / 알토 / 테너 / 바리톤 saxophones, ukuleles and recorders
	attrFingering    = "fingering"    // 저먼식 / 바로크식 recorders
	attrMedium       = "medium"       // 수채화 / 유화 paints
	attrShoeTop      = "shoetop"      // 하이탑 / 미드탑 / 로우탑
	attrDyeUse       = "dyeuse"       // 새치용 / 멋내기 hair dye
	attrCuff         = "cuff"         // 손목형 / 상완형 blood pressure monitors
	attrBabyFood     = "babyfood"     // 초기 / 중기 / 후기 / 완료기 baby food
	attrPenAction    = "penaction"    // 노크식 / 캡식 pens
	attrPurifier     = "purifier"     // 직수형 / 저수형 water purifiers
	attrTyreValve    = "tyrevalve"    // 슈레더 / 프레스타: the valve of a bicycle tube or pump head
	attrCoat         = "coat"         // 단모 / 장모: the coat a pet brush is for, the pile of a rug
)

// exclusiveKinds are the kinds of this file in the order differences are reported (after the
// other kinds), with the Korean word the explanation names each by.
var exclusiveKinds = []struct{ kind, label string }{
	{attrStepDir, "변압 방향"}, {attrWinding, "권선 방식"}, {attrPhase, "전원 상"}, {attrAirflow, "급배기 방향"},
	{attrBeam, "상향/하향"}, {attrThrow, "초점 거리"}, {attrCarrier, "통신사"}, {attrTier, "제품 라인"},
	{attrLifeStage, "급여 연령"}, {attrLivestock, "사육 단계"}, {attrDispense, "분사 방식"}, {attrCrop, "대상 작물"},
	{attrGas, "가스 종류"}, {attrSeason, "계절용"}, {attrNoodle, "면 굵기"},
	{attrFishForm, "상태(생물/건조)"}, {attrPanel, "패널"}, {attrCurve, "화면 형태"}, {attrEarFit, "착용 방식"},
	{attrEnclosure, "하우징"}, {attrDrive2, "인터페이스"}, {attrKeyLayout, "키 배열"}, {attrKeySwitch, "스위치 방식"},
	{attrMovement, "무브먼트"}, {attrRoast, "로스팅"}, {attrClimate, "냉난방"},
	{attrSunFilter, "자외선 차단 방식"}, {attrWearTerm, "착용 주기"}, {attrRelease, "비료 효과"}, {attrFertile, "유정/무정"},
	{attrSterile, "살균 방식"}, {attrSalt, "소금 종류"}, {attrNoodleForm, "면 형태"}, {attrSalted, "가염/무염"},
	{attrCell, "전지 종류"}, {attrPrintTech, "인쇄 방식"}, {attrCamera, "카메라 방식"}, {attrConsole, "에디션"},
	{attrWaterHeat, "온수 방식"}, {attrHumidify, "가습 방식"}, {attrInkBase, "유성/수성"}, {attrBinding, "제본"},
	{attrDated, "날짜 형식"}, {attrLegLength, "길이"}, {attrRise, "허리 높이"}, {attrBevel, "날 형태"},
	{attrAquaWater, "해수/담수"}, {attrAnchovy, "멸치 크기"}, {attrCrabSex, "암수"}, {attrGrown, "재배 방식"},
	{attrCoarse, "입자"}, {attrDrivetrain, "구동 방식"}, {attrSpeakerPower, "앰프 방식"}, {attrPolar, "지향성"},
	{attrKeyLegend, "키캡 각인"}, {attrCupUse, "컵 용도"}, {attrLid, "뚜껑 형태"}, {attrLaver, "김 종류"},
	{attrRice, "쌀 품종"}, {attrFruit, "과일 품종"}, {attrGarlic, "마늘 종류"}, {attrBean, "콩 종류"},
	{attrCoffeeBean, "원두 품종"}, {attrGinseng, "인삼 종류"}, {attrSink, "부상/침강"}, {attrPH, "산성/알칼리성"},
	{attrWorkpiece, "작업 대상"}, {attrScrewHead, "나사 머리"}, {attrLube, "윤활 방식"}, {attrReel, "릴 방식"},
	{attrHarmonica, "하모니카 종류"}, {attrVoice, "음역"}, {attrFingering, "운지 방식"}, {attrMedium, "물감 종류"},
	{attrShoeTop, "발목 높이"}, {attrDyeUse, "염색 용도"}, {attrCuff, "측정 부위"},
	{attrBabyFood, "이유식 단계"}, {attrPenAction, "펜 방식"}, {attrPurifier, "정수 방식"},
	{attrTyreValve, "밸브 방식"}, {attrCoat, "털 길이"},
}

// lexiconGroupsExclusive are the value sets (a group of an existing kind adds values or spellings
// to it). Words of the trade vocabularies' groups (여름용 / 겨울용 / 사계절용, 양면 / 리버시블,
// 노견용, 오토매틱 / 자동, 기계식키보드) are left to the word rule, which compares them as words and
// which a listed word would silence.
var lexiconGroupsExclusive = []struct {
	kind  string
	words [][]string
}{
	// --- electrical and industrial
	{attrStepDir, [][]string{
		{"승압", "승압용", "승압기", "승압트랜스", "승압변압기", "업트랜스", "스텝업", "stepup"},
		{"강압", "강압용", "강압기", "강압트랜스", "강압변압기", "다운트랜스", "스텝다운", "stepdown"},
	}},
	{attrWinding, [][]string{
		{"복권", "복권형", "복권트랜스", "복권변압기"}, {"단권", "단권형", "단권트랜스", "단권변압기"},
	}},
	{attrPhase, [][]string{
		{"단상", "단상용", "단상전원"}, {"삼상", "삼상용", "삼상전원"},
	}},
	{attrAirflow, [][]string{
		{"급기", "급기용", "급기형", "흡기", "흡기용", "인테이크", "intake"},
		{"배기", "배기용", "배기형", "exhaust"},
	}},
	{attrClimate, [][]string{
		{"냉방전용", "냉방전용형", "냉방형"}, {"냉난방", "냉난방형", "냉난방겸용", "냉온풍", "냉온풍기"},
	}},
	{attrGas, [][]string{
		{"도시가스", "도시가스용", "lng", "lng용", "엘엔지"}, {"lpg", "lpg가스", "프로판", "프로판가스", "프로판용", "엘피지"},
	}},
	// --- car
	{attrBeam, [][]string{
		{"상향", "상향등", "상향용", "하이빔", "highbeam"}, {"하향", "하향등", "하향용", "로우빔", "lowbeam"},
	}},
	// handedness written in the words of instruments, sports goods and tools, added to the side
	// kind (왼손 and 오른손 are there already)
	{attrSide, [][]string{
		{"운전석", "좌핸드", "왼손용", "왼손잡이", "왼손잡이용", "좌타", "좌타용", "좌투", "lefthand", "lefthanded", "레프트핸드"},
		{"조수석", "우핸드", "오른손용", "오른손잡이", "오른손잡이용", "우타", "우타용", "우투", "righthand", "righthanded", "라이트핸드"},
	}},
	// --- digital and appliances
	{attrThrow, [][]string{
		{"초단초점", "초단초점형", "ust"}, {"단초점", "단초점형"}, {"장초점", "장초점형"}, {"다초점", "누진다초점"},
	}},
	{attrCarrier, [][]string{
		{"kt", "케이티", "올레", "olleh"}, {"skt", "에스케이티"}, {"유플러스", "lgu+", "엘지유플러스"},
		{"브로드밴드", "skb", "btv"}, {"알뜰폰"},
	}},
	{attrTier, [][]string{
		{"베이직", "basic"}, {"어드밴스", "어드밴스드", "advance", "advanced"},
	}},
	{attrPanel, [][]string{
		{"ips", "아이피에스", "ips패널"}, {"va", "va패널"}, {"oled", "올레드"}, {"qled", "큐엘이디", "큐엘레드"},
		{"miniled"},
	}},
	{attrCurve, [][]string{
		{"평면", "평면형"}, {"커브드", "curved", "곡면", "곡면형"},
	}},
	{attrEarFit, [][]string{
		{"커널형", "인이어", "인이어형"}, {"오픈이어", "반오픈형"}, {"골전도", "골전도형"},
	}},
	{attrEnclosure, [][]string{
		{"밀폐형"}, {"개방형"},
	}},
	{attrDrive2, [][]string{
		{"nvme"}, {"sata", "sata3"},
	}},
	{attrKeyLayout, [][]string{
		{"텐키리스", "tkl", "텐키리스형"}, {"풀배열", "풀배열형", "풀사이즈배열"}, {"미니배열"},
	}},
	{attrKeySwitch, [][]string{
		{"기계식", "메카니컬", "mechanical"}, {"멤브레인", "membrane"}, {"무접점", "정전용량", "정전용량무접점"},
		{"펜타그래프", "팬타그래프", "pantograph"}, {"광축"},
	}},
	// a watch's movement (오토매틱 and 자동 are one word of the synonym groups; 자동 alone says
	// too much elsewhere to be listed)
	{attrMovement, [][]string{
		{"쿼츠", "quartz", "쿼츠무브먼트"}, {"automatic", "오토매틱무브먼트"},
	}},
	// --- pets and farm
	// the age a pet food is for, as the synonym groups join them (퍼피 is 자견용, 어덜트 and 성묘
	// are 성견용): a puppy's and a kitten's food are two values, an adult's one
	{attrLifeStage, [][]string{
		{"자견용", "퍼피", "자견", "puppy", "퍼피용"}, {"자묘용", "키튼", "자묘", "kitten", "키튼용"},
		{"성견용", "어덜트", "성견", "성묘", "성묘용", "어덜트용"}, {"시니어", "시니어용", "senior"},
	}},
	{attrLivestock, [][]string{
		{"비육우", "비육", "비육용", "비육우용"}, {"번식우", "번식", "번식용", "번식우용"}, {"송아지", "송아지용"},
		{"산란계", "산란계용"}, {"육계", "육계용"},
	}},
	{attrCrop, [][]string{
		{"샤인머스켓용", "샤인머스캣용"}, {"캠벨용", "캠벨얼리용"}, {"거봉용"}, {"머루포도용"}, {"델라웨어용"},
		{"복숭아용"}, {"사과용"}, {"참외용"}, {"고추용"}, {"딸기용"}, {"토마토용"}, {"오이용"},
	}},
	// --- household
	{attrDispense, [][]string{
		{"건타입", "건용", "폼건용"}, {"스트로우타입", "빨대형", "스트로우형"},
	}},
	{attrSeason, [][]string{
		{"썸머용", "썸머타이어", "서머타이어"}, {"윈터용", "윈터타이어", "스노우타이어", "스노타이어"},
		{"올시즌", "allseason", "사계절타이어", "올시즌타이어"}, {"간절기", "봄가을용"},
	}},
	// --- food
	{attrNoodle, [][]string{
		{"소면"}, {"중면"},
	}},
	{attrFishForm, [][]string{
		{"생물"}, {"반건조", "반건", "피데기"},
	}},
	{attrRoast, [][]string{
		{"약배전", "라이트로스트", "라이트로스팅"}, {"중배전", "미디엄로스트", "미디엄로스팅", "미디움로스트", "미디움로스팅"}, {"중강배전"},
		{"강배전", "다크로스트", "다크로스팅"},
	}},
	// --- part two: beauty, health, farm, food, office, fashion, tools, audio
	// materials of gloves, wetsuits, hoses and baby bottles, added to the material kind
	{attrMaterial, [][]string{
		{"니트릴", "nitrile"}, {"네오프렌", "neoprene"}, {"ppsu"},
	}},
	// a triangle against a square (삼각 against 사각 briefs), added to the shape kind
	{attrShape, [][]string{{"삼각", "삼각형"}}},
	{attrSunFilter, [][]string{
		{"무기자차", "무기자외선차단제"}, {"유기자차", "유기자외선차단제"}, {"혼합자차", "혼합자외선차단제"},
	}},
	{attrWearTerm, [][]string{{"원데이"}, {"투위크"}}},
	{attrRelease, [][]string{{"완효성", "완효성비료"}, {"속효성", "속효성비료"}}},
	{attrFertile, [][]string{{"유정란"}, {"무정란"}}},
	{attrSterile, [][]string{{"멸균", "멸균우유"}, {"저온살균", "저온살균우유"}}},
	{attrSalt, [][]string{{"천일염"}, {"정제염"}, {"재제염", "꽃소금"}, {"죽염"}}},
	{attrNoodleForm, [][]string{{"생면"}, {"건면"}, {"유탕면"}}},
	{attrSalted, [][]string{
		{"무염", "무가염", "언솔티드", "unsalted"}, {"가염", "솔티드", "salted"},
	}},
	{attrCell, [][]string{
		{"알카라인", "alkaline"}, {"망간"}, {"니켈수소", "nimh"},
	}},
	{attrPrintTech, [][]string{
		{"잉크젯", "inkjet"}, {"레이저", "laser"}, {"열전사", "열전사식"}, {"감열", "감열식"},
	}},
	{attrCamera, [][]string{{"미러리스", "mirrorless"}, {"dslr"}}},
	{attrConsole, [][]string{{"디스크에디션"}, {"디지털에디션"}}},
	{attrWaterHeat, [][]string{{"순간식", "순간형"}, {"저장식", "저장형"}}},
	{attrHumidify, [][]string{{"가열식"}, {"초음파식"}, {"기화식", "자연기화식"}, {"복합식"}}},
	{attrInkBase, [][]string{{"유성", "유성용"}, {"수성", "수성용"}}},
	{attrBinding, [][]string{{"스프링제본"}, {"무선제본"}, {"중철", "중철제본"}}},
	{attrDated, [][]string{{"만년형"}, {"날짜형"}}},
	{attrLegLength, [][]string{{"발목형"}, {"종아리형"}, {"무릎형"}, {"허벅지형"}}},
	{attrRise, [][]string{
		{"하이웨스트", "하이웨이스트", "하이라이즈", "highwaist", "highrise"}, {"미드라이즈", "midrise"}, {"로우라이즈", "lowrise"},
	}},
	{attrBevel, [][]string{{"양날"}, {"외날"}}},
	{attrAquaWater, [][]string{{"해수", "해수용", "해수어용"}, {"담수", "담수용", "담수어용"}}},
	// dried anchovies by size (지리 is the trade's word for 세멸, 다시 for 대멸)
	{attrAnchovy, [][]string{
		{"세멸", "세멸치", "지리멸", "지리멸치"}, {"소멸치"}, {"중멸", "중멸치"}, {"대멸", "대멸치", "다시멸치", "국물멸치"},
	}},
	{attrCrabSex, [][]string{{"수꽃게", "숫꽃게"}, {"암꽃게"}}},
	{attrGrown, [][]string{{"노지", "노지재배"}, {"하우스재배", "시설재배"}}},
	{attrCoarse, [][]string{{"고운", "고운입자"}, {"굵은", "굵은입자"}}},
	{attrDrivetrain, [][]string{{"전륜", "전륜구동"}, {"후륜", "후륜구동"}, {"사륜", "사륜구동", "awd", "4wd"}}},
	{attrSpeakerPower, [][]string{{"액티브", "active", "액티브형"}, {"패시브", "passive", "패시브형"}}},
	{attrPolar, [][]string{
		{"단일지향", "단일지향성", "카디오이드", "cardioid"}, {"무지향", "무지향성", "옴니", "omni"},
		{"양지향", "양지향성", "8자지향"}, {"초지향", "초지향성"},
	}},
	// --- part three: food and farm varieties, tools, fishing, music, fashion, health, kitchen
	{attrKeyLegend, [][]string{{"한글각인"}, {"영문각인"}, {"무각인"}}},
	{attrCupUse, [][]string{{"핫컵"}, {"아이스컵"}}},
	{attrLid, [][]string{{"돔뚜껑", "돔리드"}, {"평뚜껑", "평리드", "플랫리드"}}},
	{attrLaver, [][]string{{"재래김"}, {"파래김"}, {"돌김"}}},
	// rice varieties (추청 is the Korean name of 아끼바레)
	{attrRice, [][]string{
		{"신동진"}, {"추청", "추청미", "아끼바레"}, {"고시히카리"}, {"삼광", "삼광미"}, {"새청무"}, {"참드림"}, {"백진주"},
	}},
	// varieties of apples (부사 is Fuji; 아오리 is 쓰가루), peaches, citrus, strawberries (장희 is
	// 아키히메) and grapes
	{attrFruit, [][]string{
		{"부사"}, {"홍로"}, {"아오리", "쓰가루"}, {"감홍"}, {"시나노골드"}, {"시나노스위트"}, {"양광"},
		{"백도"}, {"황도"}, {"천도복숭아"}, {"천혜향"}, {"레드향"}, {"황금향"},
		{"설향"}, {"죽향"}, {"킹스베리"}, {"메리퀸"}, {"금실"}, {"매향"}, {"장희", "아키히메"}, {"아리향"}, {"캠벨얼리", "캠벨포도"}, {"거봉"}, {"머루포도"},
	}},
	{attrGarlic, [][]string{{"한지형", "한지마늘", "육쪽", "육쪽마늘"}, {"난지형", "난지마늘"}}},
	// beans by kind (검은콩 is either of 서리태 and 서목태; 대두 any soybean: neither is listed)
	{attrBean, [][]string{
		{"백태", "메주콩"}, {"서리태"}, {"서목태", "쥐눈이콩", "약콩"}, {"강낭콩"}, {"녹두"}, {"완두", "완두콩"},
		{"병아리콩", "칙피"}, {"렌틸콩", "렌즈콩"},
	}},
	{attrCoffeeBean, [][]string{{"아라비카", "arabica"}, {"로부스타", "robusta"}}},
	{attrGinseng, [][]string{{"수삼", "생삼"}, {"홍삼"}, {"백삼"}, {"흑삼"}}},
	// boiled (자숙) crab and shrimp against fresh, added to the fish form
	{attrFishForm, [][]string{{"자숙"}}},
	{attrSink, [][]string{
		{"부상성", "플로팅", "floating"}, {"침강성", "싱킹", "sinking"},
	}},
	{attrPH, [][]string{{"산성", "약산성"}, {"알칼리성", "약알칼리성", "약알칼리"}}},
	{attrWorkpiece, [][]string{
		{"목재용", "나무용"}, {"철재용", "금속용"}, {"콘크리트용"}, {"석재용"}, {"타일용"},
	}},
	{attrScrewHead, [][]string{{"접시머리"}, {"둥근머리"}, {"트러스머리"}, {"육각머리"}}},
	// a thread's hand, added to the side kind
	{attrSide, [][]string{{"운전석", "좌나사", "역나사"}, {"조수석", "우나사", "정나사"}}},
	{attrLube, [][]string{{"오일리스", "oilless", "오일프리"}, {"오일식"}}},
	// an engine-driven or gas tool beside the battery and corded ones, added to the power kind
	{attrPower, [][]string{{"엔진식", "엔진형"}, {"가스식"}}},
	// graphite is the carbon fibre of golf shafts and fishing rods
	{attrMaterial, [][]string{{"카본", "그라파이트", "graphite"}}},
	{attrReel, [][]string{
		{"스피닝릴", "스피닝로드", "스피닝대"}, {"베이트릴", "베이트캐스팅", "베이트로드", "베이트대", "baitcasting"},
	}},
	{attrHarmonica, [][]string{{"크로매틱", "chromatic"}, {"다이아토닉", "diatonic"}, {"트레몰로", "tremolo"}}},
	{attrVoice, [][]string{{"소프라노", "soprano"}, {"알토", "alto"}, {"테너", "tenor"}, {"바리톤", "baritone"}}},
	{attrFingering, [][]string{{"저먼식"}, {"바로크식"}}},
	{attrMedium, [][]string{{"수채화", "수채", "watercolor", "워터컬러"}, {"유화"}}},
	// a sleeping bag's shape beside the square one, added to the shape kind
	{attrShape, [][]string{{"머미형", "머미", "mummy"}}},
	{attrShoeTop, [][]string{
		{"하이탑", "하이컷", "hightop"}, {"미드탑", "미드컷", "midtop"}, {"로우탑", "로우컷", "lowtop"},
	}},
	{attrDyeUse, [][]string{{"새치용", "새치커버"}, {"멋내기", "멋내기용"}}},
	{attrCuff, [][]string{{"손목형", "손목식"}, {"상완형", "팔뚝형", "상완식"}}},
	{attrBabyFood, [][]string{{"초기이유식"}, {"중기이유식"}, {"후기이유식"}, {"완료기", "완료기이유식"}}},
	{attrPenAction, [][]string{{"노크식", "클릭식"}, {"캡식"}}},
	{attrPurifier, [][]string{{"직수형", "직수식", "직수"}, {"저수형", "저수조형", "저수식"}}},
	// a tube's valve: Schrader (the car valve, 미국식) or Presta (프랑스식); 슈레더 is no 레더
	{attrTyreValve, [][]string{
		{"슈레더", "schrader", "슈레더밸브", "미국식밸브"}, {"프레스타", "presta", "프레스타밸브", "프랑스식밸브"},
		{"던롭밸브", "영국식밸브"},
	}},
	{attrCoat, [][]string{
		{"단모", "단모용", "단모종", "숏헤어", "shorthair"}, {"장모", "장모용", "장모종", "롱헤어", "longhair"},
	}},
}

// exactOnlyExclusive are this file's words read only as whole words: inside a longer word they
// are something else (생물 in 미생물, 올레 in 올레길).
var exactOnlyExclusive = map[string]bool{
	"생물": true, "올레": true, "배기": true, "급기": true, "상향": true, "하향": true,
	"번식": true, "비육": true, "평면": true, "소면": true, "중면": true, "육계": true,
	"멸균": true, "해수": true, "담수": true, "고운": true, "굵은": true, "유성": true, "수성": true, "노지": true,
	"망간": true, "중철": true, "세멸": true, "중멸": true, "대멸": true, "전륜": true, "후륜": true, "사륜": true,
	"무염": true, "가염": true, "양날": true, "외날": true, "삼각": true, "옴니": true, "감열": true,
	"부사": true, "백도": true, "황도": true, "설향": true, "죽향": true, "양광": true, "감홍": true, "홍로": true, "삼광": true,
	"추청": true, "거봉": true, "백태": true, "녹두": true, "완두": true, "수삼": true, "생삼": true, "홍삼": true,
	"백삼": true, "흑삼": true, "자숙": true, "산성": true, "약산성": true, "수채": true, "유화": true, "알토": true, "테너": true,
	"머미": true, "직수": true, "멋내기": true, "육쪽": true, "돌김": true,
	"va": true, "kt": true, "ust": true, "반건": true, "건용": true, "복권": true, "단권": true,
}

// addExclusiveValues adds the words of lexiconGroupsExclusive that no other group lists to m.
func addExclusiveValues(m map[string]attribute) {
	for _, g := range lexiconGroupsExclusive {
		for _, syn := range g.words {
			for _, w := range syn {
				if _, ok := m[w]; !ok {
					m[w] = attribute{kind: g.kind, value: syn[0]}
				}
			}
		}
	}
}

// exclusiveKindNames lists exclusiveKinds' kinds.
func exclusiveKindNames() []string {
	ks := make([]string, len(exclusiveKinds))
	for i, k := range exclusiveKinds {
		ks[i] = k.kind
	}
	return ks
}

// exclusiveKindLabel is the Korean name of a kind of this file, "" for any other.
func exclusiveKindLabel(kind string) string {
	for _, k := range exclusiveKinds {
		if k.kind == kind {
			return k.label
		}
	}
	return ""
}

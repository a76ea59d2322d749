package check

// morphemeGlosses gives the Sino-Korean and native morphemes that goods names are built from
// the English concept each carries, so that a name written in Korean can be read against the
// same goods written as a loanword (백색소음기: 백색 white + 소음 noise + 기 machine, against
// 화이트노이즈 머신) or in English letters, whatever the compound: the gloss works below the
// word, so a compound no list names is read from its parts (보석 jewelry + 함 case = 주얼리
// 케이스; 수납 storage + 함 box = 스토리지 박스). glossreading.go compares the readings by sound.
//
// How entries are chosen: morphemes that build the names of everyday goods in Korean listings —
// materials, colours of the goods' own names (백색소음), shapes, containers, device and tool
// suffixes, body parts, places and uses, actions a device does, nature — each glossed with the
// plain English word(s) a loanword for it would be built from, as a dictionary would gloss it,
// not as any table pairs it. A morpheme with two common senses in goods names lists both
// (함: box, case). Left out: single syllables that are also counters, particles or the start of
// many unrelated words when they stand alone in a listing (개, 차, 생, 용), and attribute words
// the lexicon reads as typed values (sizes, counts, flavours), which must keep blocking.
var morphemeGlosses = map[string]string{
	// devices, tools and their suffixes (기 / 계 / 구 / 기계: what does the work)
	"기": "machine|device|gun", "기계": "machine", "계": "meter", "구": "tool|set",
	"기기": "device", "장치": "device", "도구": "tool", "공구": "tool",
	"총": "gun", "건": "gun", "칼": "knife", "도": "knife", "날": "blade", "톱": "saw",
	"톱날": "saw blade", "망치": "hammer", "가위": "scissors", "집게": "tongs|clip",
	"바늘": "needle|stylus", "실": "thread|yarn", "솔": "brush", "빗": "comb|hairbrush|hair brush", "붓": "brush",
	"펜": "pen", "촉": "tip|nib", "끝": "tip|end", "손잡이": "handle|grip",
	// containers and holders
	"함": "box|case", "통": "case|bin|container|can", "상자": "box", "박스": "box",
	"갑": "case|box", "집": "case|house|holder", "주머니": "pouch|pocket", "가방": "bag",
	"봉투": "bag", "봉지": "bag", "병": "bottle", "잔": "cup|glass", "컵": "cup",
	"그릇": "bowl", "접시": "plate|dish", "냄비": "pot", "주전자": "kettle|pot",
	"꽂이": "holder|stand", "걸이": "hanger|hanging|hook|holder", "받침": "stand|rest|holder",
	"받침대": "stand|holder", "거치대": "holder|stand|mount|bracket", "대": "stand|holder|rod",
	"함지": "basin", "바구니": "basket", "장": "cabinet", "선반": "shelf|rack",
	"서랍": "drawer", "보관": "storage|keeping", "수납": "storage", "정리": "organizer|organize",
	"케이스": "case",
	// covers, cloths, sheets and boards
	"보": "cloth|cover", "덮개": "cover", "커버": "cover", "막": "film|membrane",
	"판": "board|plate|panel|pad", "깔개": "mat", "자리": "mat|seat", "방석": "cushion|seat cushion",
	"베개": "pillow", "이불": "blanket|duvet", "담요": "blanket", "천": "cloth|fabric",
	"포": "cloth|fabric", "망": "net|mesh", "끈": "string|strap|cord", "줄": "cord|line|string|strap",
	"띠": "band|belt", "고리": "ring|hook|loop", "팻말": "sign", "표지": "sign|mark",
	"간판": "signboard|sign", "패": "plate|tag",
	// shapes and parts
	"원": "circle|round", "원반": "disc|flying disc", "원형": "round|circle", "구슬": "bead",
	"공": "ball", "막대": "stick|bar|rod", "봉": "stick|rod|bar", "관": "pipe|tube",
	"바퀴": "wheel", "날개": "wing|blade", "뚜껑": "lid|cap", "마개": "stopper|cap|plug",
	"심": "core|refill|lead", "알": "ball|bead|egg", "틀": "frame|mold", "액자": "frame",
	"반달": "half moon", "반": "half", "직선": "straight", "일자": "straight",
	"이중": "double|dual", "양면": "double sided|reversible", "단면": "single sided",
	// body and wearing
	"손": "hand", "손가락": "finger", "발": "foot", "발가락": "toe", "머리": "head|hair",
	"털": "hair|fur|wool", "얼굴": "face", "눈": "eye", "귀": "ear", "코": "nose",
	"입": "mouth", "목": "neck|wood", "어깨": "shoulder", "허리": "waist|back", "등": "back|lamp|light",
	"무릎": "knee", "팔": "arm", "다리": "leg", "치아": "tooth|teeth",
	"장모": "long hair", "단모": "short hair", "복": "clothes|suit|wear",
	"의상": "costume|clothes", "의류": "clothes|clothing", "옷": "clothes", "모자": "hat|cap",
	"장갑": "glove|gloves", "양말": "socks", "신발": "shoes",
	"안대": "eye mask|mask", "수면": "sleep|sleeping", "가면": "mask",
	// materials
	"보석": "jewel|jewelry|gem", "진주": "pearl", "금속": "metal", "철": "iron|steel", "강철": "steel",
	"나무": "wood|tree", "원목": "wood|solid wood", "돌": "stone",
	"석": "stone", "대리석": "marble", "유리": "glass", "고무": "rubber", "가죽": "leather",
	"종이": "paper", "지": "paper", "면": "cotton", "솜": "cotton|swab", "모래": "sand",
	"흙": "soil|clay", "점토": "clay", "비단": "silk", "실리콘": "silicone", "자석": "magnet",
	// light, heat, air, water, sound and power
	"빛": "light", "광": "light", "조명": "light|lighting|lamp", "전등": "lamp|light",
	"형광": "fluorescent", "야광": "glow|luminous", "발광": "glow|luminous",
	"열": "heat|heating|thermal", "온열": "heating|heat|warm", "열풍": "hot air|heat|heating",
	"바람": "wind|air", "풍": "wind|air", "공기": "air", "물": "water",
	"온수": "hot water|warm water", "냉수": "cold water", "얼음": "ice", "불": "fire", "화염": "flame|fire",
	"소리": "sound", "음": "sound", "소음": "noise", "백색": "white", "흑색": "black",
	"음성": "voice", "음악": "music", "전기": "electric|electricity", "전동": "electric|power",
	"전원": "power", "충전": "charge|charging|charger", "고속": "fast|quick|high speed",
	"무선": "wireless|cordless", "유선": "wired", "자동": "auto|automatic", "수동": "manual",
	// actions a device or goods does (the -기 / -개 / -이 nouns of doing)
	"세정": "wash|cleaning|cleanser", "세척": "wash|cleaning", "청소": "cleaning|cleaner",
	"세탁": "laundry|washing", "건조": "dry|dryer|drying", "가습": "humidifier|humidify",
	"제습": "dehumidifier|dehumidify", "살균": "sterilizer|sterilize", "소독": "disinfect|sterilize",
	"분사": "spray", "분무": "spray|mist|sprayer", "분배": "split|splitter|distribute", "연결": "connect|connection|link",
	"연장": "extension|extend", "절단": "cutting|cut", "재단": "cut|cutting", "절편": "slice",
	"측정": "measure|meter", "보행": "walk|walker|walking", "보호": "protection|protector|guard",
	"보호대": "guard|protector", "안전": "safety", "잠금": "lock|locking", "자물쇠": "lock|padlock",
	"열쇠": "key", "호출": "call", "알림": "alarm|alert|notice", "경보": "alarm",
	"녹이는": "melting|melt", "흡음": "sound absorbing", "방음": "soundproof", "방수": "waterproof",
	"만들기": "making|maker|diy", "학습": "study|learning", "교정": "correction|corrector",
	"물내림": "flush", "역류": "backflow|reverse flow", "접이": "folding", "접이식": "folding|foldable",
	"걸": "hang|hanging", "매듭": "knot", "묶음": "bundle", "거름": "filter", "여과": "filter",
	// places and uses
	"식탁": "table|dining table", "탁자": "table", "탁상": "desk|table top|desktop", "책상": "desk",
	"의자": "chair", "침대": "bed", "벽": "wall", "문": "door|gate", "창": "window", "창문": "window",
	"바닥": "floor", "천장": "ceiling", "주방": "kitchen", "부엌": "kitchen", "욕실": "bath|bathroom",
	"화장실": "toilet|restroom", "정원": "garden", "화단": "garden|flower bed", "마당": "yard",
	"수영장": "swimming pool|pool", "수영": "swimming|swim", "캠핑": "camping", "여행": "travel|trip",
	"여름": "summer", "겨울": "winter", "봄": "spring", "가을": "autumn|fall", "사계절": "all season",
	"차량": "car|vehicle", "자동차": "car|auto", "앞": "front", "뒤": "rear|back", "전면": "front",
	"후면": "rear|back", "상단": "top|upper", "하단": "bottom|lower", "옆": "side", "측면": "side",
	"사진": "photo|picture", "그림": "picture|drawing", "도장": "stamp|seal", "무지개": "rainbow",
	"식물": "plant", "꽃": "flower", "화병": "vase|flower vase", "화분": "pot|planter|flowerpot",
	"새": "bird", "물고기": "fish", "고양이": "cat|feline", "개": "dog", "강아지": "dog|puppy",
	"파충류": "reptile", "해골": "skull|skeleton", "뼈": "bone", "신생아": "newborn",
	"아기": "baby", "유아": "baby|infant|kids", "어린이": "kids|child|children", "여성": "women|feminine|lady",
	"남성": "men|man", "청결": "cleansing|clean|wash", "청결제": "wash|cleanser",
	"액": "liquid|solution", "농축": "concentrate|concentrated", "원액": "concentrate",
	"가루": "powder", "분말": "powder", "알콜": "alcohol", "무알콜": "non alcoholic|alcohol free",
	"입문": "beginner|starter|entry", "초보": "beginner", "전문가": "pro|professional",
	"흰": "white", "검은": "black",
	// kitchen and table
	"도마": "cutting board|chopping board", "숟가락": "spoon", "젓가락": "chopsticks", "국자": "ladle",
	"뒤집개": "turner|spatula", "주걱": "spatula|paddle", "거품기": "whisk", "체": "sieve|strainer",
	"밀폐": "airtight", "용기": "container", "도시락": "lunch box|lunchbox", "물병": "water bottle|water jug|carafe",
	"보온": "thermal|insulated|warmer", "보냉": "cooler|cold", "찻잔": "tea cup|teacup", "식기": "tableware|dish",
	"행주": "dish cloth|dishcloth", "수세미": "scrubber|sponge", "쟁반": "tray",
	// bath and care
	"비누": "soap", "칫솔": "toothbrush", "치약": "toothpaste", "면도": "shave|shaving", "수건": "towel",
	"목욕": "bath", "욕조": "bathtub|tub", "발판": "step|footrest|step stool", "향수": "perfume",
	"향": "scent|fragrance", "거울": "mirror", "면봉": "cotton swab", "족집게": "tweezers",
	"화장": "makeup|cosmetic", "손톱": "nail", "발톱": "nail|claw", "깎이": "clipper|cutter",
	"고데기": "curling iron|hair iron|styler",
	// bedding and furniture
	"침구": "bedding", "책장": "bookshelf|bookcase", "옷장": "wardrobe|closet", "신발장": "shoe rack|shoe cabinet",
	"진열장": "display cabinet|showcase", "옷걸이": "hanger|clothes hanger", "협탁": "side table|nightstand",
	"발받침": "footrest|foot rest", "울타리": "fence", "칸막이": "partition|divider", "가림막": "screen|partition",
	// stationery and paper goods
	"연필": "pencil", "필통": "pencil case", "지우개": "eraser", "공책": "notebook", "수첩": "notebook|planner",
	"달력": "calendar", "물감": "paint|watercolor", "색연필": "colored pencil|color pencil", "편지": "letter",
	"편지지": "letter paper", "메모": "memo|note", "스티커": "sticker",
	// electric goods and measuring
	"선": "cable|wire|cord|line", "전선": "wire|cable", "건전지": "battery", "시계": "clock|watch",
	"손목": "wrist", "온도": "temperature|thermo", "습도": "humidity|hygro", "체중": "body weight|weight",
	"저울": "scale", "계산": "calculate|calculator", "돋보기": "magnifier|magnifying glass",
	"확대": "magnifying|magnifier|zoom", "망원경": "telescope", "현미경": "microscope", "사진기": "camera",
	"전구": "bulb|light bulb", "손전등": "flashlight", "야간": "night", "수면등": "night light|sleep light",
	// garden and outdoors
	"씨앗": "seed|seeds", "종자": "seed|seeds", "비료": "fertilizer", "삽": "shovel|spade",
	"물뿌리개": "watering can", "잔디": "grass|lawn", "텃밭": "garden|vegetable garden",
	"침낭": "sleeping bag", "돗자리": "mat|picnic mat", "등산": "hiking|climbing", "낚시": "fishing",
	"낚싯대": "fishing rod", "자전거": "bicycle|bike", "줄넘기": "jump rope|skipping rope",
	"아령": "dumbbell", "물안경": "goggle|swim goggle", "구명조끼": "life jacket|life vest",
	"햇빛": "sun|sunlight", "가리개": "shade|cover|screen|blind", "차광": "shade|blackout", "암막": "blackout",
	"단열": "insulation|insulated", "방풍": "windproof", "우산": "umbrella", "양산": "parasol",
	// baby, toys and pets
	"젖병": "baby bottle|feeding bottle", "젖꼭지": "nipple|pacifier", "기저귀": "diaper",
	"유모차": "stroller|baby stroller", "턱받이": "bib", "장난감": "toy", "인형": "doll",
	"딸랑이": "rattle", "사료": "food|feed", "간식": "snack|treat", "배변": "potty|toilet",
	// clothes and accessories
	"바지": "pants", "치마": "skirt", "외투": "coat|outer", "조끼": "vest", "잠옷": "pajamas|sleepwear",
	"속옷": "underwear", "목도리": "scarf|muffler", "우비": "raincoat", "운동화": "sneaker|running shoes",
	"실내화": "slipper|indoor shoes", "장화": "rain boots|boots", "지갑": "wallet|purse", "허리띠": "belt",
	"머리띠": "headband|hair band", "머리끈": "hair tie", "귀걸이": "earring|earrings",
	"목걸이": "necklace", "팔찌": "bracelet", "반지": "ring", "안경": "glasses",
	// tools and fixing
	"나사": "screw", "못": "nail", "줄자": "tape measure", "수평계": "level", "사다리": "ladder",
	"접착제": "adhesive|glue", "보안경": "safety glasses|goggle",
	// cleaning
	"청소기": "cleaner|vacuum|vacuum cleaner", "빗자루": "broom", "쓰레받기": "dustpan", "걸레": "mop|rag",
	"밀대": "mop|floor mop", "먼지": "dust", "털이": "duster", "휴지": "tissue", "휴지통": "trash can|bin",
	"쓰레기": "trash|garbage|waste", "쓰레기통": "trash can|trash bin", "세제": "detergent",
	"표백제": "bleach", "탈취제": "deodorizer", "탈취": "deodorizing|deodorizer", "살충제": "insecticide",
	"모기": "mosquito", "퇴치": "repellent|repeller", "방향제": "air freshener|freshener|fragrance",
	"세차": "car wash",
}

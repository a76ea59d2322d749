package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// review92Probe is one pair of names of no table, labelled before it was run: whether the two
// name the same goods (match) under the rule it probes.
type review92Probe struct {
	rule, name, registered, exposed string
	bundle                          int
	match                           bool
}

// review92Probes probe the rules rounds 88 and 89 added (and the colour fix after them): for
// each, names the rule should leave alone (the same goods worded otherwise, and real differences
// it must not hide) and names of its own kind in another category. The probes whose labelled
// answer the matcher does not give are listed in testdata/check/review92_results.md, not here.
var review92Probes = []review92Probe{
	// rivalvalues.go / lexicon.go: mittens a glove-finger value, normal skin a skin type
	{"mittens", "mittens two ways", "겨울 벙어리장갑 / 네이비", "겨울 손모아장갑, 네이비", 1, true},
	{"mittens", "mittens against finger gloves", "아동 방한 벙어리장갑 / 레드", "아동 방한 손가락장갑, 레드", 1, false},
	{"mittens", "mittens against half-finger", "니트 미튼 / 그레이", "니트 반장갑, 그레이", 1, false},
	{"mittens", "mittens in another colour", "겨울 손모아장갑 / 네이비", "겨울 손모아장갑, 베이지", 1, false},
	{"normalskin", "normal skin two ways", "수분 선크림 일반피부용 / 50ml", "수분 선크림 보통피부용 50ml", 1, true},
	{"normalskin", "normal skin against oily", "약산성 토너 일반피부용 / 200ml", "약산성 토너 지성용 200ml", 1, false},
	{"normalskin", "normal skin against 중성", "클렌징폼 보통피부 / 150ml", "클렌징폼 중성피부용 150ml", 1, true},
	{"normalskin", "normal skin against sensitive", "수분크림 일반피부용 / 100ml", "수분크림 민감성 100ml", 1, false},
	// words.go compareVariants: a listed variety glued before the goods' word
	{"gluedvariety", "shrimp fried rice against fried rice", "냉동 새우볶음밥 / 300g", "냉동 볶음밥 300g", 1, false},
	{"gluedvariety", "curry udon against udon", "카레우동 / 4인분", "우동, 4인분", 1, false},
	{"gluedvariety", "beef soup written apart", "소고기 미역국 / 500g", "소고기미역국 500g", 1, true},
	{"gluedvariety", "black-bean ramen written apart", "짜장라면 / 5봉", "짜장 라면, 5봉", 1, true},
	{"gluedvariety", "red switch glued to keyboard", "기계식 적축키보드 / 블랙", "기계식 키보드 적축, 블랙", 1, true},
	{"gluedvariety", "red switch against blue", "기계식 적축키보드 / 블랙", "기계식 키보드 청축, 블랙", 1, false},
	// names.go describesNext: 미니 before a colour is the Mini variant
	{"minicolour", "Mini before its colour on both sides", "슈퍼소닉 헤어드라이어 미니 / 핑크", "슈퍼소닉 헤어드라이어 미니 핑크", 1, true},
	{"minicolour", "a Max Mini against the Max", "휴대용 선풍기 맥스 미니 화이트", "휴대용 선풍기 맥스 화이트", 1, false},
	{"minicolour", "a small pink humidifier", "미니 핑크 가습기 / 1개", "가습기 핑크, 1개", 1, true},
	{"minicolour", "a Mini projector in another colour", "빔프로젝터 미니 / 화이트", "빔프로젝터 미니 블랙", 1, false},
	// words.go onlyHeadOf: a marketing head glued before another word writes no value
	{"marketinghead", "a toner word against 스킨", "스킨푸드 당근 스킨 / 200ml", "스킨푸드 당근 토너 200ml", 1, true},
	{"marketinghead", "skincare brand toner against lotion", "스킨케어 수분 토너 / 200ml", "스킨케어 수분 로션 200ml", 1, false},
	{"marketinghead", "honey at the end", "국산 아카시아꿀 / 1kg", "국산 아카시아 허니 1kg", 1, true},
	{"marketinghead", "honey apple brand against honey", "꿀사과 선물세트 / 3kg", "사과 선물세트 3kg", 1, true},
	// lexicon.go: 납작 a shape
	{"flat", "flat laces two ways", "운동화끈 납작형 / 120cm", "납작 운동화끈 120cm", 1, true},
	{"flat", "flat against round laces", "운동화끈 납작 / 120cm", "운동화끈 원형 120cm", 1, false},
	{"flat", "flat dumplings written apart", "대구 납작 만두 / 1kg", "대구 납작만두 1kg", 1, true},
	{"flat", "flat cable in another length", "랜선 납작형 CAT6 / 5m", "랜선 납작형 CAT6 10m", 1, false},
	// spareparts.go: 포함, 부속, a part's head inside the other's word
	{"spareparts", "replacement heads included", "전동칫솔 교체용 칫솔모 포함 / 화이트", "전동칫솔, 화이트", 1, true},
	{"spareparts", "replacement heads alone against the brush", "전동칫솔 교체용 칫솔모 / 4개", "전동칫솔 본체, 1개", 1, false},
	{"spareparts", "부속 of a mop", "회전 물걸레 교체용 부속 / 1세트", "회전 물걸레, 1세트", 1, true},
	{"spareparts", "a water tank against a tank-type cleaner", "스팀 청소기 교체용 물 탱크 / 1개", "스팀 청소기 탱크형, 1개", 1, false},
	{"spareparts", "dust bags against a bag-type cleaner", "진공청소기 교체용 먼지 봉투 / 10매", "진공청소기 봉투형, 1개", 1, false},
	{"spareparts", "a filter head inside the other's word", "정수기 교체용 필터 카트리지 / 1개", "정수기 필터카트리지, 1개", 1, true},
	// names.go writesSize / romanversions.go writesRoman: a number written as a Roman word
	{"romansize", "a game's III", "킹덤하츠3 / PS4", "Kingdom Hearts III PS4", 1, true},
	{"romansize", "a camera's Mark III against Mark 2", "캐논 G7X 마크2 / 블랙", "Canon G7 X Mark III 블랙", 1, false},
	{"romansize", "a board game's II", "카탄 확장판2 / 한글판", "카탄 확장판 II 한글판", 1, true},
	// partheads.go: a plus part written in full or by its last noun
	{"partheads", "tongs and scissors in full", "주방 집게+가위 세트", "주방 고기집게 + 주방가위 세트", 1, true},
	{"partheads", "mittens for hands and feet against hands only", "신생아 손싸개+발싸개 세트", "신생아 손싸개 세트", 1, false},
	{"partheads", "a cup saucer in full", "머그컵+받침 세트 / 화이트", "머그컵 + 컵받침 세트 화이트", 1, true},
	{"partheads", "a toothbrush sterilizer by its last noun", "칫솔+칫솔살균기 세트", "칫솔 + 살균기 세트", 1, true},
	{"partheads", "a mouse and keyboard against a mouse and pad", "무선마우스+키보드 세트", "무선마우스 + 마우스패드 세트", 1, false},
	// mini.go: 미니 on both sides, one glued to PC
	{"miniboth", "mini PC apart and glued", "N100 미니PC / 16GB 512GB", "N100 미니 PC 16GB 512GB", 1, true},
	{"miniboth", "mini PC in another memory", "N100 미니PC / 16GB 512GB", "N100 미니 PC 32GB 512GB", 1, false},
	{"miniboth", "iPad mini against another generation", "아이패드 미니6 케이스 / 블랙", "아이패드 미니7 케이스 블랙", 1, false},
	{"miniboth", "a mini oven both sides", "미니오븐 12L / 화이트", "미니 오븐 12L 화이트", 1, true},
	// optioncolours.go: a title's colour beside the option's
	{"optioncolour", "a gold title, silver option", "골드 체인 팔찌 / 실버", "체인 팔찌 실버", 1, true},
	{"optioncolour", "a gold title against gold", "골드 체인 팔찌 / 실버", "체인 팔찌 골드", 1, false},
	{"optioncolour", "a white mug, navy option", "화이트 도자기 머그컵 / 네이비", "도자기 머그컵, 네이비", 1, true},
	{"optioncolour", "a black title with no option colour", "블랙 라운드 티셔츠 / L", "화이트 라운드 티셔츠, L", 1, false},
	{"optioncolour", "a rose-gold watch against silver", "로즈골드 메탈 시계 / 블랙 가죽밴드", "실버 메탈 시계, 블랙 가죽밴드", 1, false},
	{"optioncolour", "a wine fridge against a fridge", "와인 냉장고 소형 / 블랙", "소형 냉장고, 블랙", 1, false},
	{"optioncolour", "a wine fridge written glued", "와인 냉장고 소형 / 블랙", "와인냉장고 소형 블랙", 1, true},
	{"optioncolour", "a clear case, black option against clear", "투명 젤리 폰케이스 / 블랙", "젤리 폰케이스 투명", 1, false},
	// voltagesingles.go: voltages one by one against a list
	{"voltsingles", "an inverter 12V 24V", "차량용 인버터 12V 24V 겸용", "차량용 인버터 12/24V", 1, true},
	{"voltsingles", "a hair dryer 110V 220V", "여행용 헤어드라이어 110V 220V 프리볼트", "여행용 헤어드라이어 110/220V", 1, true},
	{"voltsingles", "three voltages against two", "배터리 충전기 12V 24V 36V 겸용", "배터리 충전기 12/24V", 1, false},
	{"voltsingles", "a list against another list", "LED 바 조명 12V 24V 겸용", "LED 바 조명 24/36V", 1, false},
	// percentpro.go: 프로 after a number is a per cent
	{"percentpro", "shade cloth 90프로", "차광막 90프로 / 3x5m", "차광막 90% 3x5m", 1, true},
	{"percentpro", "shade cloth 90프로 against 75%", "차광막 90프로 / 3x5m", "차광막 75% 3x5m", 1, false},
	{"percentpro", "orange juice 100프로", "오렌지주스 100프로 / 1L", "오렌지주스 100% 1L", 1, true},
	{"percentpro", "aloe gel 99프로 against 92%", "알로에 젤 99프로 / 300ml", "알로에 젤 92% 300ml", 1, false},
	{"percentpro", "a laptop Pro against none", "갤럭시북4 프로 / 16GB", "갤럭시북4 16GB", 1, false},
	// a second batch, labelled before they were run
	{"spareparts", "a tap's cartridge named after 부속", "수전 교체용 부속 / 카트리지", "수전, 1개", 1, false},
	{"spareparts", "a fan's blade named after 부속", "선풍기 교체용 부속 / 날개", "선풍기, 1개", 1, false},
	{"spareparts", "a shower hose named after 부속, both write it", "샤워기 교체용 부속 / 호스", "샤워기 호스, 1개", 1, true},
	{"spareparts", "부품 with a count after it", "방충망 교체용 부품 / 2개", "방충망, 2개", 1, true},
	{"minicolour", "a small pink fan with an adjective before", "휴대용 미니 핑크 선풍기", "휴대용 선풍기 핑크", 1, true},
	{"minicolour", "earbuds Mini before a colour at the end", "갤럭시 버즈 미니 화이트", "갤럭시 버즈 화이트", 1, false},
	{"optioncolour", "a black wallet, brown option against black", "블랙 가죽 지갑 / 브라운", "가죽 지갑 블랙", 1, false},
	{"optioncolour", "a black wallet, brown option against brown", "블랙 가죽 지갑 / 브라운", "가죽 지갑 브라운", 1, true},
	{"optioncolour", "a navy bag, ivory option", "네이비 캔버스 에코백 / 아이보리", "캔버스 에코백, 아이보리", 1, true},
	{"optioncolour", "a grey hoodie, black option against grey", "그레이 후드티 / 블랙 XL", "후드티 그레이 XL", 1, false},
	{"voltsingles", "a free-volt floodlight against 220V", "LED 투광등 50W 220V 110V 겸용", "LED 투광등 50W 220V", 1, false},
	{"voltsingles", "a voltage chosen in the option", "선풍기 12V 24V / 12V", "선풍기 12V", 1, true},
	{"percentpro", "shade cloth 50프로 in another size", "차광막 50프로 / 2x3m", "차광막 50% 3x4m", 1, false},
	{"partheads", "an umbrella cover by its last noun", "우산+우산커버 세트", "우산 + 커버 세트", 1, true},
	{"miniboth", "mini PC before the code", "미니PC N100 / 8GB", "N100 미니 PC 8GB", 1, true},
	{"romansize", "a film's Episode III", "스타워즈 에피소드3 / 블루레이", "Star Wars Episode III 블루레이", 1, true},
	{"minicolour", "an iPad mini case in grey against none", "아이패드 미니 그레이 케이스", "아이패드 그레이 케이스", 1, false},
	{"minicolour", "an iPad mini pouch in pink against none", "아이패드 미니 핑크 파우치", "아이패드 핑크 파우치", 1, false},
	// a third batch, labelled before they were run
	{"partheads", "a notebook and pen against a highlighter", "노트+볼펜 세트", "노트 + 형광펜 세트", 1, false},
	{"partheads", "a straw against a silicone straw", "물병+빨대 세트", "물병 + 실리콘빨대 세트", 1, true},
	{"partheads", "a pot lid against a steamer lid", "냄비+뚜껑 세트", "냄비 + 찜기뚜껑 세트", 1, true},
	{"optioncolour", "a wine glass, its title colour is wine", "와인 잔 세트 / 투명", "와인잔 세트, 투명", 1, true},
	{"optioncolour", "a rose hand cream", "로즈 핸드크림 / 50ml", "핸드크림 로즈 50ml", 1, true},
	{"optioncolour", "gold kiwi against green kiwi", "골드 키위 / 2kg", "그린 키위 2kg", 1, false},
	{"optioncolour", "mint chocolate ice cream against chocolate", "민트 초코 아이스크림 / 브라운", "초코 아이스크림, 브라운", 1, false},
	// more probes, labelled before they were run
	{"mittens", "ski gloves against mittens", "스키 벙어리장갑 / 블랙", "스키 장갑 오픈핑거, 블랙", 1, false},
	{"gluedvariety", "chicken nuggets against nuggets", "치킨너겟 / 1kg", "너겟, 1kg", 1, true},
	{"gluedvariety", "shrimp dumplings against meat dumplings", "새우만두 / 1kg", "고기만두, 1kg", 1, false},
	{"minicolour", "a small white tree with its height", "미니 화이트 트리 / 60cm", "화이트 트리 60cm", 1, true},
	{"marketinghead", "honey sweet potato against pumpkin sweet potato", "꿀고구마 / 5kg", "호박고구마, 5kg", 1, false},
	{"flat", "flat peach against nectarine", "납작복숭아 / 2kg", "천도복숭아, 2kg", 1, false},
	{"spareparts", "a humidifier with its filter included", "가습기 교체용 필터 포함 / 화이트", "가습기 화이트, 1개", 1, true},
	{"spareparts", "a cleaner's battery included, two against one", "무선청소기 교체용 배터리 포함 / 2개", "무선청소기, 1개", 1, false},
	{"romansize", "a film's III", "로키3 / DVD", "Rocky III DVD", 1, true},
	{"partheads", "a pot lid in full", "냄비+뚜껑 세트", "냄비 + 유리뚜껑 세트", 1, true},
	{"partheads", "a hand mirror against a desk mirror", "빗+손거울 세트", "빗 + 탁상거울 세트", 1, false},
	{"miniboth", "a mini fan glued and apart", "미니 선풍기 / 핑크", "미니선풍기 핑크", 1, true},
	{"optioncolour", "a black title against black", "블랙 에어팟 케이스 / 화이트", "에어팟 케이스 블랙", 1, false},
	{"optioncolour", "a silver title, gold option against rose gold", "실버 링 귀걸이 / 골드", "링 귀걸이, 로즈골드", 1, false},
	{"voltsingles", "a dual fridge against 12V only", "차량용 냉장고 12V 24V 겸용", "차량용 냉장고 12V", 1, false},
	{"voltsingles", "a dual device against 110V only", "전기포트 220V 110V 겸용", "전기포트 110V", 1, false},
	{"voltsingles", "dual singles on both sides", "차량용 냉장고 12V 24V 겸용", "차량용 냉장고 12V 24V", 1, true},
	{"voltsingles", "a free-volt dryer against one voltage written on the exposed side", "헤어드라이어 220V, 1개", "헤어드라이어 110V 220V 프리볼트", 1, false},
	{"voltsingles", "singles on the exposed side", "시거잭 충전기 12V/24V 겸용", "시거잭 충전기 12V 24V", 1, true},
	{"percentpro", "alcohol 70프로", "소독용 알코올 70프로 / 500ml", "소독용 알코올 70% 500ml", 1, true},
	{"percentpro", "ethanol 83프로 against 94%", "에탄올 83프로 / 1L", "에탄올 94% 1L", 1, false},
	{"percentpro", "a phone's Pro case against the plain", "아이폰15 프로 케이스 / 블랙", "아이폰15 케이스 블랙", 1, false},
}

func TestReview92Probes(t *testing.T) {
	for _, p := range review92Probes {
		t.Run(p.rule+"/"+p.name, func(t *testing.T) {
			c := CompareBundle(p.registered, p.exposed, p.bundle)
			assert.Equal(t, p.match, c.Match, "%s | %s: %+v", p.registered, p.exposed, c.Differences)
		})
	}
}

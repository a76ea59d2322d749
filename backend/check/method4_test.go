package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompareNamesFourthRound: the rules of the fourth round, one case each on names of no
// table: the product part of a registered name against its option part, the loanword lexicon,
// pack words and one-sided variant modifiers.
func TestCompareNamesFourthRound(t *testing.T) {
	tests := []nameCase{
		{"a colour of the product part before a shared noun is wording", "실버 체인 팔찌 / 18cm", "체인 팔찌 18cm", "", "", "", ""},
		{"a colour of the option part is the buyer's choice", "체인 팔찌 / 실버 18cm", "체인 팔찌 18cm", order.Block, KindColor, "실버", ""},
		{"a colour that ends the product part names the variant", "로지텍 마우스 블랙 / M650", "로지텍 마우스 M650", order.Block, KindColor, "블랙", ""},
		{"a flavour of the product part still counts", "농심 매운 새우깡 / 90g", "농심 새우깡 90g", order.Block, KindFlavor, "매운", ""},
		// one-sided modifiers that change the goods
		{"a kids' line on one side", "블랙야크 방한 장갑 / 블랙 M", "블랙야크 키즈 방한 장갑 블랙 M", order.Block, KindTarget, "", "키즈"},
		{"men's on one side is wording", "블랙야크 방한 장갑 / 블랙 M", "블랙야크 남성 방한 장갑 블랙 M", "", "", "", ""},
		{"a toddler seat is not a junior seat", "순성 카시트 / 토들러 그레이", "순성 카시트 주니어 그레이", order.Block, KindTarget, "토들러", "주니어"},
		{"low fat on one side", "서울우유 멸균우유 / 200ml 24팩", "서울우유 저지방 멸균우유 200ml 24팩", order.Block, KindFat, "", "저지방"},
		// model codes: one more model letter, a full SKU
		{"one more model letter after a code's letters", "델 모니터 P2425H / 24인치", "델 모니터 P2425HE 24인치", order.Warn, KindModel, "P2425H", "P2425HE"},
		{"the model inside the maker's full SKU", "삼성 모니터 S24C310 / 24인치", "삼성전자 모니터 LS24C310EAKXKR 24인치", "", "", "", ""},
		{"a full SKU with its tail only", "삼성 충전기 EP-T2510 / 화이트", "삼성전자 EP-T2510NWKGKR 충전기 화이트", "", "", "", ""},
		{"another model inside a SKU still asks", "삼성 모니터 S24C310 / 24인치", "삼성전자 모니터 LS24C360EAKXKR 24인치", order.Warn, KindModel, "S24C310", "LS24C360EAKXKR"},
		// a listed value written inside a longer word in its other spelling
		{"honey inside a compound", "동서 아카시아 벌꿀 / 500g", "동서 아카시아 허니 500g", "", "", "", ""},
		{"a flavour read from its parts is not explained by a sibling", "종가 맛김치 / 1.2kg", "종가 총각김치 1.2kg", order.Block, KindFlavor, "맛김치", ""},
		{"unscented written as a loanword", "에버크린 고양이모래 / 무향 10kg", "에버크린 언센티드 고양이모래 10kg", "", "", "", ""},
		// variant prefixes of grains and vegetables
		{"glutinous brown rice is not brown rice", "철원 찰현미 / 10kg", "철원 현미 10kg", order.Warn, KindWord, "찰현미", "현미"},
		{"rolled oats are not oats", "국산 귀리 / 1kg", "국산 압착귀리 1kg", order.Warn, KindWord, "귀리", "압착귀리"},
		{"peeled garlic is not garlic", "의성 마늘 / 1kg", "의성 깐마늘 1kg", order.Warn, KindWord, "마늘", "깐마늘"},
		{"a variant word beside the bare word it is built on is wording", "강원 옥수수 / 10개", "강원 옥수수 찰옥수수 10개", "", "", "", ""},
		{"a variant word beside the bare word, the other way round", "국산 마늘 깐마늘 / 1kg", "국산 마늘 1kg", "", "", "", ""},
		// one-sided words of form and use
		{"a balm of the same line", "클리니크 치크 팝 / 01 핑크", "클리니크 치크 팝 밤 01 핑크", order.Warn, KindForm, "", "밤"},
		{"an indoor formula", "힐스 사이언스다이어트 어덜트 / 2kg", "힐스 사이언스다이어트 인도어 어덜트 2kg", order.Warn, KindForm, "", "인도어"},
		{"indoor in either register", "힐스 사이언스다이어트 인도어 / 2kg", "힐스 사이언스다이어트 실내용 2kg", "", "", "", ""},
		{"an oil written apart is the oil of a compound", "폰타나 올리브 오일 / 500ml", "폰타나 올리브유 500ml", "", "", "", ""},
		{"the same form written glued", "아모스 헤어 오일 / 80ml", "아모스 헤어오일 80ml", "", "", "", ""},
		// the main item joined to a part
		{"the main item and refills against refills alone", "아로마티카 샤워필터 / 본품+리필 2개", "아로마티카 샤워필터 리필 2개", order.Block, KindBundle, "본품", ""},
		{"the main item joined on the exposed side", "스카트 청소포 / 30매", "스카트 밀대 본품 + 청소포 30매", order.Block, KindBundle, "", "본품"},
		{"both join the main item", "아로마티카 샤워필터 / 본품+리필 2개", "아로마티카 샤워필터 본품 1개 + 리필 2개", "", "", "", ""},
		{"the standard size is not the large one", "스카트 청소포 / 표준형 30매", "스카트 청소포 대형 30매", order.Block, KindSize, "표준형", "대형"},
		{"the standard size said on one side", "스카트 청소포 / 표준형 30매", "스카트 청소포 30매", "", "", "", ""},
		// initialisms spelt with the letters' names
		{"an initialism spelt in Hangul", "LG전자 코드제로 청소기 / A9S", "엘지 코드제로 청소기 A9S", "", "", "", ""},
		{"a brand that reads as a length", "3M 양면테이프 / 12mm x 5m", "쓰리엠 양면 테이프 12mm*5m", "", "", "", ""},
		{"the other way round", "에이치피 정품 잉크 / 검정", "HP 정품 잉크 검정", "", "", "", ""},
		{"three metres of a cable still count", "벨킨 케이블 / 3m", "벨킨 케이블 2m", order.Block, KindLength, "3m", "2m"},
		{"a vocabulary word written apart beside a brand in another script", "메종드퍼퓸 디퓨저 / 200ml 블랙체리", "maison 리드 디퓨저 200ml 블랙체리", "", "", "", ""},
		{"a variant glued to a model's number", "슈피겐 아이폰 15 프로 케이스 / 블랙", "슈피겐 아이폰15프로 케이스 검정", "", "", "", ""},
		{"a glued variant still differs from none", "슈피겐 아이폰 15 케이스 / 블랙", "슈피겐 아이폰15프로 케이스 검정", order.Block, KindVariant, "", "15프로"},
		{"SD is not microSD", "삼성 EVO SD카드 / 64GB", "삼성 EVO microSD 64GB", order.Warn, KindWord, "카드", "microSD"},
		{"Mini in Latin letters names a model", "로지텍 MX Anywhere 3S / 그래파이트", "로지텍 MX Anywhere 3S Mini 그래파이트", order.Block, KindVariant, "", "Mini"},
		{"plated on one side", "제이에스티나 체인 목걸이 / 45cm", "제이에스티나 체인 목걸이 골드 도금 45cm", order.Warn, KindForm, "", "도금"},
		// 호환 after another product's code says what the goods fit
		{"a genuine toner that fits a printer", "브라더 정품 토너 TN-2480 / 검정", "브라더 TN-2480 토너 검정 HL-L2375DW 호환", "", "", "", ""},
		{"a compatible toner of the same code", "브라더 정품 토너 TN-2480 / 검정", "TN-2480 호환 토너 검정", order.Block, KindAuthentic, "정품", "호환"},
		{"genuine-compatible is compatible", "브라더 정품 토너 TN-2480 / 검정", "브라더 TN-2480 정품 호환 토너 검정", order.Block, KindAuthentic, "정품", "호환"},
		// a single item against a set
		{"a single item against a set asks", "필립스 면도기 S5000 / 단품", "필립스 면도기 S5000 세트", order.Warn, KindPackage, "단품", "세트"},
		{"a set written as a full set", "필립스 면도기 S5000 / 세트", "필립스 면도기 S5000 풀세트", "", "", "", ""},
		{"the single item is the basic package", "인스타360 X4 / 단품", "인스타360 X4 기본 구성", "", "", "", ""},
		{"a set said on one side is wording", "필립스 면도기 S5000 / 1개", "필립스 면도기 S5000 세트 1개", "", "", "", ""},
		{"a cap type against a refill type", "베베숲 물티슈 / 캡형 70매 10팩", "베베숲 물티슈 리필형 70매 10팩", order.Block, KindRefill, "캡형", "리필형"},
		{"a refill said on one side only is wording", "베베숲 물티슈 / 70매 10팩", "베베숲 물티슈 리필형 70매 10팩", "", "", "", ""},
		// pack words and ounces
		{"a twin pack is two", "더블하트 젖병 / 240ml 트윈팩", "더블하트 젖병 240ml 2개입", "", "", "", ""},
		{"a twin pack is not one", "더블하트 젖병 / 240ml 트윈팩", "더블하트 젖병 240ml 1개", order.Block, KindCount, "2개", "1개"},
		{"PK counts packs", "캘빈클라인 드로즈 / 3팩 M 블랙", "캘빈클라인 드로즈 3PK 블랙 M", "", "", "", ""},
		{"ounces of a label rounded to a half", "우드윅 캔들 / 190g", "WoodWick 우드윅 캔들 6.5oz", "", "", "", ""},
		{"the next half ounce differs", "우드윅 캔들 / 190g", "우드윅 캔들 7oz", order.Block, KindWeight, "190g", "7oz"},
		// the loanword lexicon
		{"a loanword and the native word", "코치 가죽 장갑 / 블랙 M", "COACH 레더 글러브 블랙 M", "", "", "", ""},
		{"a loanword inside a compound", "송월 호텔 배스타월 / 화이트 2장", "송월 호텔 목욕수건 화이트 2장", "", "", "", ""},
		{"an adult dog food", "로얄캐닌 미니 어덜트 / 3kg", "로얄캐닌 미니 성견용 사료 3kg", "", "", "", ""},
		{"two goods of the lexicon still differ", "스와로브스키 팔찌 / 실버", "스와로브스키 이어링 실버", order.Warn, KindWord, "팔찌", "이어링"},
		{"roasted is not raw", "산과들에 구운 캐슈넛 / 500g", "산과들에 생 캐슈넛 500g", order.Warn, KindWord, "구운", "생"},
	}
	runNameCases(t, tests)
}

// TestFourthRoundReadings: the new differences explain themselves in Korean with the attribute
// and both readings.
func TestFourthRoundReadings(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"디올 어딕트 립 글로우 / 001 핑크", "디올 어딕트 립 글로우 오일 001 핑크", "제품 형태·용도 표기 없음 ↔ 오일"},
		{"노스페이스 장갑 / 블랙 M", "노스페이스 키즈 장갑 블랙 M", "사용 대상 표기 없음 ↔ 키즈"},
		{"더블하트 젖병 / 240ml 트윈팩", "더블하트 젖병 240ml 1개", "수량 2개 ↔ 1개"},
		{"델 모니터 U2724D / 27인치", "델 모니터 U2724DE 27인치", "모델 U2724D ↔ U2724DE"},
	})
}

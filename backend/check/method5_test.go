package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompareNamesFifthRound: the rules of the fifth round, one or more cases each on names of
// no table: gender lines written as loanwords, Hangul spellings of one loanword, more areas of
// the vocabulary, and sizes and codes written another way.
func TestCompareNamesFifthRound(t *testing.T) {
	tests := []nameCase{
		// gender lines written as loanwords
		{"a men's line against a women's one", "로레알 맨 엑스퍼트 클렌징폼 / 150ml", "로레알 클렌징폼 여성용 150ml", order.Block, KindTarget, "맨", "여성용"},
		{"homme against women", "랑방 옴므 향수 / 100ml", "랑방 향수 우먼 100ml", order.Block, KindTarget, "옴므", "우먼"},
		{"a lady's line against a men's", "아디다스 레이디 데오드란트 / 150ml", "아디다스 포맨 데오드란트 150ml", order.Block, KindTarget, "레이디", "포맨"},
		{"men as a loanword and men's", "질레트 맨 쉐이빙폼 / 200ml", "질레트 남성용 쉐이빙폼 200ml", "", "", "", ""},
		{"a men's care line", "니베아 맨케어 로션 / 200ml", "니베아 우먼케어 로션 200ml", order.Block, KindTarget, "맨케어", "우먼케어"},
		{"skin care is no toner", "이니스프리 스킨케어 세트 / 3종", "이니스프리 세트 3종", "", "", "", ""},
		{"a men's line on one side is wording", "비오템 옴므 아쿠아파워 / 75ml", "비오템 아쿠아파워 75ml", "", "", "", ""},
		// Hangul spellings of one loanword by the rules of sound
		{"a final ㅍ spelt ㅂ", "스타벅스 커피숖 머그 / 355ml", "스타벅스 커피숍 머그 355ml", "", "", "", ""},
		{"a final ㅌ spelt ㅅ", "이케아 바스켙 / 대형", "이케아 바스켓 대형", "", "", "", ""},
		{"an f spelt ㅎ", "3M 화일 바인더 / A4", "3M 파일 바인더 A4", "", "", "", ""},
		{"an f spelt ㅎ and a vowel of the ending", "코닝 파이버 케이블 / 10m", "코닝 화이바 케이블 10m", "", "", "", ""},
		{"an onset that is not an f still differs", "필립스 파워 칫솔 / 화이트", "필립스 하워 칫솔 화이트", order.Warn, KindWord, "파워", "하워"},
		{"a final ㄴ said ㅇ before a velar", "앤커 보조배터리 / 10000mAh", "앵커 보조배터리 10000mAh", "", "", "", ""},
		{"two finals of different classes differ", "한샘 선반 / 화이트", "한샘 선판 화이트", order.Warn, KindWord, "선반", "선판"},
		// a code's letter x written glued or with a hyphen
		{"x glued or hyphenated before a code", "니콘 쿨픽스 X100F / 블랙", "니콘 쿨픽스 X-100F 블랙", "", "", "", ""},
		{"another number after the x", "케어팟 가습기 X50V / 화이트", "케어팟 가습기 X70V 화이트", order.Block, KindModel, "X50V", "X70V"},
		{"the code without its letter ending", "케어팟 가습기 X50V / 화이트", "케어팟 가습기 X50 화이트", order.Warn, KindModel, "X50V", "X50"},
		{"x before a number still multiplies", "베베숲 물티슈 / 70매 x10", "베베숲 물티슈 70매 10팩", "", "", "", ""},
		// two colours joined by 앤 in one word
		{"a colourway written as one word and apart", "컨버스 척테일러 블랙앤화이트 / 250", "컨버스 척테일러 블랙 & 화이트 250", "", "", "", ""},
		{"the colourway against one of its colours", "컨버스 척테일러 / 네이비앤화이트 250", "컨버스 척테일러 네이비 250", order.Block, KindColor, "네이비앤화이트", "네이비"},
		// sizes that are not counts
		{"a box's three sides without a unit", "한진 택배박스 5호 / 20매", "한진 택배 박스 5호 480x380x340 20장", "", "", "", ""},
		{"a square size in inches", "모닝글로리 점착메모 / 76x76mm 12패드", "모닝글로리 점착메모 3x3인치 12패드", "", "", "", ""},
		{"another square size", "모닝글로리 점착메모 / 76x76mm 12패드", "모닝글로리 점착메모 3x5인치 12패드", order.Block, KindLength, "76", "5인치"},
		{"a card size in inches", "모닝글로리 점착메모 / 76x127mm 12패드", "모닝글로리 점착메모 3x5인치 12패드", "", "", "", ""},
		{"a count times a length still counts", "유그린 HDMI 케이블 / 3m 2개", "유그린 HDMI 케이블 2 x 3m", "", "", "", ""},
		{"a count times a length that differs", "유그린 HDMI 케이블 / 3m 1개", "유그린 HDMI 케이블 2 x 3m", order.Block, KindCount, "1개", "2개"},
		// the vocabulary's new areas
		{"a kitchen scale in either register", "카스 주방저울 / 5kg", "CAS 키친스케일 5kg", "", "", "", ""},
		{"bubble wrap", "포장왕 뽁뽁이 / 50cm x 50m", "포장왕 에어캡 50cm x 50m", "", "", "", ""},
		{"baking paper", "크린랩 종이호일 / 30cm x 20m", "크린랩 유산지 30cm x 20m", "", "", "", ""},
		{"a shoehorn", "키위 구두주걱 / 60cm", "키위 슈혼 60cm", "", "", "", ""},
		{"a recessed light", "필립스 LED 매입등 / 6인치 15W", "필립스 LED 다운라이트 6인치 15W", "", "", "", ""},
		{"briefs", "BYC 삼각팬티 / 95 3매", "BYC 브리프 95 3매", "", "", "", ""},
		{"a pocket written as a loanword", "무인양품 포켓 수첩 / A6", "무인양품 주머니 수첩 A6", "", "", "", ""},
		{"two kinds of gloves still differ", "마이비 고무장갑 / 중형", "마이비 니트릴장갑 중형", order.Warn, KindWord, "고무장갑", "니트릴장갑"},
		{"a desiccant is no deodoriser", "홈스타 옷장 제습제 / 3개", "홈스타 옷장 탈취제 3개", order.Warn, KindWord, "제습제", "탈취제"},
		// a general word against a kind of it
		{"a jar written as a container", "청정원 맛소금 / 500g 유리병", "청정원 맛소금 500g 용기", "", "", "", ""},
		{"a body scale written as a scale", "카스 체지방계 / 화이트", "CAS 스마트 스케일 화이트", "", "", "", ""},
		{"two kinds of container still differ", "코카콜라 / 355ml 캔 24개", "코카콜라 355ml 페트병 24개", order.Warn, KindWord, "캔", "페트병"},
		{"a liquid detergent is a laundry detergent", "퍼실 세탁세제 / 2.7L", "퍼실 액체세제 2.7L", "", "", "", ""},
		{"liquid and powder detergents differ", "퍼실 액체세제 / 2.7L", "퍼실 가루세제 2.7L", order.Warn, KindWord, "액체세제", "가루세제"},
		{"two kinds of scale still differ", "카스 체중계 / 화이트", "카스 주방저울 화이트", order.Warn, KindWord, "체중계", "주방저울"},
		// a word against its negation
		{"an earthed plug against an unearthed one", "현대일렉트릭 멀티탭 / 접지 4구 3m", "현대일렉트릭 멀티탭 비접지 4구 3m", order.Block, KindOpposite, "접지", "비접지"},
		{"a drilled mount against a no-drill one", "이케아 커튼봉 / 무타공 120cm", "이케아 커튼봉 타공 120cm", order.Block, KindOpposite, "무타공", "타공"},
		{"the negation said on both sides", "현대일렉트릭 멀티탭 / 비접지 4구", "현대일렉트릭 비접지 멀티탭 4구", "", "", "", ""},
		{"a word that only starts like a negation", "닥터지 비타민 세럼 / 30ml", "닥터지 비타민 세럼 30ml 1개", "", "", "", ""},
		// the hob a pan is made for
		{"an induction pot against a gas-only one", "테팔 스테인리스 냄비 / 인덕션 20cm", "테팔 스테인리스 냄비 20cm 가스용", order.Block, KindHeat, "인덕션", "가스용"},
		{"IH in Latin letters and in Hangul", "테팔 IH 프라이팬 / 28cm", "테팔 인덕션 프라이팬 28cm", "", "", "", ""},
		{"the hob said on one side is wording", "테팔 프라이팬 / 28cm", "테팔 프라이팬 28cm 인덕션겸용", "", "", "", ""},
		// goods made for children, said with 용
		{"a children's toothpaste on one side", "페리오 치약 / 100g 3개", "페리오 어린이용 치약 100g 3개", order.Block, KindTarget, "", "어린이용"},
		{"children's in two registers", "페리오 어린이용 치약 / 100g", "페리오 키즈 치약 100g", "", "", "", ""},
		{"a bare word for babies describes", "베베쿡 쌀과자 / 30g", "베베쿡 유아 쌀과자 30g", "", "", "", ""},
		// a device's refill is its consumable part
		{"blades written as the razor's refill", "도루코 페이스6 면도날 / 4입", "도루코 페이스6 면도기 리필 4개", "", "", "", ""},
		{"brush heads written as the toothbrush's refill", "오랄비 전동칫솔 칫솔모 / 4개", "오랄비 전동칫솔 리필 4개", "", "", "", ""},
		{"the razor itself is not its blades", "도루코 페이스6 면도날 / 4입", "도루코 페이스6 면도기 4개", order.Warn, KindWord, "면도날", "면도기"},
		// a refill pack against the full product
		{"a refill pouch of a body wash", "해피바스 바디워시 / 900g", "해피바스 바디워시 리필 900g", order.Block, KindRefill, "", "리필"},
		{"both sides sell the refill", "해피바스 바디워시 리필 / 900g", "해피바스 바디워시 900g 리필", "", "", "", ""},
		{"a refill that is not", "해피바스 바디워시 / 900g", "해피바스 바디워시 900g 리필 아님 본품", "", "", "", ""},
		{"a refill type said on one side stays wording", "잘풀리는집 물티슈 / 100매 10팩", "잘풀리는집 물티슈 리필형 100매 10팩", "", "", "", ""},
		// a brand that reads as a length, on one side only
		{"3M at the start and not written by the other name", "3M 마스킹테이프 / 24mm x 40m", "마스킹 테이프 24mm x 40m", "", "", "", ""},
		{"two lengths at the start still differ", "3M 연장 케이블 / 블랙", "5M 연장 케이블 블랙", order.Block, KindLength, "3M", "5M"},
		{"another length at the start is a length", "2M 연장 케이블 / 블랙", "연장 케이블 5m 블랙", order.Block, KindLength, "2M", "5m"},
		{"a length in lower case is a length", "3m 연장 케이블 / 블랙", "연장 케이블 5m 블랙", order.Block, KindLength, "3m", "5m"},
		// another spelling of a listed cut
		{"chicken breast in Latin letters", "허닭 닭가슴살 스테이크 / 100g 10팩", "허닭 chicken breast 스테이크 100g 10팩", "", "", "", ""},
		{"chicken breast as a loanword written apart", "아임닭 닭가슴살 / 100g", "아임닭 치킨 가슴살 100g", "", "", "", ""},
		{"a breast against a thigh still differs", "아임닭 닭가슴살 / 100g", "아임닭 닭다리살 100g", order.Block, KindGoods, "닭가슴살", ""},
		// 본체 is the main item as 본품 is
		{"the main item called 본체 and 본품", "브리타 정수기 / 본품 + 필터 3개", "브리타 정수기 세트 (본체+필터 3개)", "", "", "", ""},
		{"the main item called 본체 against the parts alone", "마끼다 충전드릴 / 본체 + 배터리 2개", "마끼다 충전드릴 배터리 2개", order.Block, KindBundle, "본체", ""},
		// more areas no table covers
		{"a sewing machine", "브라더 재봉틀 / GS2700", "브라더 미싱 GS2700", "", "", "", ""},
		{"shaving foam", "질레트 쉐이빙폼 / 360ml", "질레트 면도크림 360ml", "", "", "", ""},
		{"a massage gun", "보니크 마사지건 / 블랙", "보니크 안마건 블랙", "", "", "", ""},
		{"instant rice", "오뚜기 즉석밥 / 210g 12개", "오뚜기 즉석쌀밥 210g 12개", "", "", "", ""},
		{"a car phone holder", "벨킨 차량용거치대 / 블랙", "벨킨 송풍구거치대 블랙", "", "", "", ""},
		{"an acoustic guitar is no electric one", "콜트 통기타 / 내추럴", "콜트 일렉기타 내추럴", order.Warn, KindWord, "통기타", "일렉기타"},
		// an option of sizes only: the colour the exposed name adds is the goods' own
		{"a colour added to an option of a size", "크록스 지비츠 참 / L", "크록스 지비츠 참 L 네이비", "", "", "", ""},
		{"a colour against another colour with the size", "크록스 지비츠 참 / 블랙 L", "크록스 지비츠 참 L 네이비", order.Block, KindColor, "블랙", "네이비"},
		// more model modifiers
		{"Go after a Latin line name", "LG StanbyME / 27인치", "LG StanbyME Go 27인치", order.Block, KindModel, "StanbyME", "StanbyME Go"},
		{"Edge after a model number", "삼성 갤럭시 S25 / 256GB", "삼성 갤럭시 S25 엣지 256GB", order.Block, KindModel, "S25", "S25 엣지"},
		{"the modifier written by both", "삼성 갤럭시 S25 Edge / 256GB", "삼성 갤럭시 S25 엣지 256GB", "", "", "", ""},
		// a listed kind of goods named by another word of its vocabulary group
		{"a body wash written as a body cleanser", "해피바스 바디워시 / 900g 2개", "해피바스 퍼퓸 바디클렌저 900g x 2", "", "", "", ""},
		{"a sunscreen written as a sun block", "비오레 선크림 / 50g", "비오레 UV 선블록 50g", "", "", "", ""},
		{"a body wash is no shampoo", "해피바스 바디워시 / 900g", "해피바스 샴푸 900g", order.Block, KindGoods, "바디워시", "샴푸"},
		// a letter glued to a Hangul word names which one
		{"vitamin C against vitamin D", "뉴트리원 비타민C 1000 / 200정", "뉴트리원 비타민D 1000 200정", order.Block, KindModel, "비타민C", "비타민D"},
		{"the same letter", "뉴트리원 비타민C 1000 / 200정", "NUTRIONE 뉴트리원 비타민C 1000mg 200정", "", "", "", ""},
		{"a letter on one side only is left to the other rules", "바스랩 비타민 샤워필터 / 3개", "바스랩 비타민C 샤워필터 3개", "", "", "", ""},
		// claims that make a line of their own
		{"a whitening toothpaste", "페리오 치약 / 100g 3개", "페리오 미백 치약 100g 3개", order.Warn, KindForm, "", "미백"},
		{"an antibacterial board is a description", "해피콜 도마 / 대형", "해피콜 항균 도마 대형", "", "", "", ""},
		{"the claim on both sides", "페리오 미백 치약 / 100g", "페리오 치약 미백 100g", "", "", "", ""},
		// the washing machine a detergent is made for
		{"a drum detergent against a top-loader one", "리큐 세탁세제 / 드럼용 2.7L", "리큐 세탁세제 통돌이용 2.7L", order.Block, KindUse, "드럼용", "통돌이용"},
		{"both machines written apart", "리큐 세탁세제 / 일반드럼겸용 2.7L", "리큐 세탁세제 드럼 겸용 2.7L", "", "", "", ""},
		{"the machine said on one side is wording", "리큐 세탁세제 / 2.7L", "리큐 세탁세제 드럼용 2.7L", "", "", "", ""},
		// kitchen tools and fixings
		{"a peeler", "옥소 감자칼 / 1개", "OXO 옥소 필러 1개", "", "", "", ""},
		{"a hex key", "베셀 육각렌치 / 9종 세트", "VESSEL 베셀 알렌키 9종 세트", "", "", "", ""},
		{"a grater is no slicer", "옥소 강판 / 1개", "옥소 채칼 1개", order.Warn, KindWord, "강판", "채칼"},
		// a number of the product's name is no count
		{"a model number written with a P", "마와 논슬립 옷걸이 실루엣 41P / 10개", "마와 실루엣 41 P 논슬립 옷걸이 10p", "", "", "", ""},
		{"the option's count still counts", "마와 논슬립 옷걸이 실루엣 41P / 10개", "마와 실루엣 41 P 논슬립 옷걸이 20p", order.Block, KindCount, "10개", "20개"},
		{"a count of the product part written by both", "베베숲 물티슈 100매 / 10팩", "베베숲 물티슈 100매 x 10팩", "", "", "", ""},
		// a shade of a colour is a colour of its own
		{"dark grey against grey", "알톤 자전거 / 다크그레이", "알톤 자전거 그레이", order.Block, KindColor, "다크그레이", "그레이"},
		{"dark grey written apart", "알톤 자전거 / 다크그레이", "알톤 자전거 다크 그레이", "", "", "", ""},
		{"dark grey in Latin letters", "알톤 자전거 / 다크그레이", "ALTON 자전거 Dark Gray", "", "", "", ""},
		{"a light pink against a pink", "모윰 식판 / 연핑크", "모윰 식판 핑크", order.Block, KindColor, "연핑크", "핑크"},
		// appliances, furniture and camping goods
		{"a cordless stick vacuum", "다이슨 무선청소기 / V12", "다이슨 스틱청소기 V12", "", "", "", ""},
		{"an office chair", "시디즈 사무용의자 / T50 블랙", "시디즈 오피스체어 T50 블랙", "", "", "", ""},
		{"a camping chair is no camping table", "헬리녹스 캠핑의자 / 블랙", "헬리녹스 캠핑테이블 블랙", order.Warn, KindWord, "캠핑의자", "캠핑테이블"},
		// 리커버 alone is a product word (a cream that recovers), 리커버판 a book's edition
		{"a recover cream", "닥터자르트 시카페어 크림 / 50ml", "닥터자르트 시카페어 리커버 크림 50ml", "", "", "", ""},
		{"a recover edition of a book", "데미안 / 양장", "데미안 리커버판", order.Block, KindEdition, "양장", "리커버판"},
		// a label rounded to the unit
		{"a weight rounded down", "양반 전복죽 / 287g 6개", "동원 양반 전복죽 287.5g x 6캔", "", "", "", ""},
		{"a weight a gram off still differs", "양반 전복죽 / 287g 6개", "동원 양반 전복죽 288.5g x 6캔", order.Block, KindWeight, "287g", "288.5g"},
		// a degree of a flavour is a flavour of its own
		{"mildly spicy against spicy", "오뚜기 3분카레 / 약간매운맛 200g", "오뚜기 3분 카레 매운맛 200g", order.Block, KindFlavor, "약간매운맛", "매운맛"},
		{"mildly spicy written apart", "오뚜기 3분카레 / 약간매운맛 200g", "오뚜기 3분 카레 약간 매운맛 200g", "", "", "", ""},
		{"a slightly spicy is mildly spicy", "오뚜기 3분카레 / 약간매운맛 200g", "오뚜기 3분 카레 살짝매운맛 200g", "", "", "", ""},
		// a compound of values spaced two ways
		{"honey citron tea glued and apart", "담터 꿀유자차 / 1kg", "담터 꿀 유자차 1kg", "", "", "", ""},
		{"the honey on one side only", "담터 유자차 / 1kg", "담터 꿀 유자차 1kg", order.Block, KindFlavor, "유자차", "꿀"},
		// a watch's dial colour
		{"a black dial", "세이코 프레사지 / 40mm 블랙 다이얼", "SEIKO 세이코 프레사지 40mm 흑판", "", "", "", ""},
		{"a black dial is no blue one", "세이코 프레사지 / 40mm 블랙 다이얼", "세이코 프레사지 40mm 청판", order.Block, KindColor, "블랙", "청판"},
		// a memory module's PC rate names its transfer rate
		{"PC4-25600 is DDR4 3200", "삼성 DDR4 3200 데스크탑 램 / 16GB", "삼성전자 DDR4 PC4-25600 16GB", "", "", "", ""},
		{"PC5-38400 is not 5600", "크루셜 DDR5 5600 노트북 램 / 16GB", "크루셜 DDR5 PC5-38400 16GB", order.Warn, KindUnit, "5600", "PC5-38400"},
		// a set for so many people counts its pieces
		{"plates for six", "코렐 접시 / 6인조", "Corelle 코렐 화이트 접시 6P 세트", "", "", "", ""},
		{"plates for six are not four", "코렐 접시 / 6인조", "코렐 접시 4P 세트", order.Block, KindCount, "6개", "4개"},
	}
	runNameCases(t, tests)
}

// TestFifthRoundReadings: the new differences explain themselves in Korean.
func TestFifthRoundReadings(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"현대일렉트릭 멀티탭 / 접지 4구", "현대일렉트릭 멀티탭 비접지 4구", "반대 속성 접지 ↔ 비접지"},
		{"테팔 냄비 / 인덕션 20cm", "테팔 냄비 20cm 가스 전용", "사용 열원 인덕션 ↔ 가스 전용"},
		{"로레알 맨 클렌징폼 / 150ml", "로레알 클렌징폼 여성용 150ml", "사용 대상 맨 ↔ 여성용"},
	})
}

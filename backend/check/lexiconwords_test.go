package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLoanwordAndNativeWords: a loanword and the native word, also inside a compound, are one
// goods; two goods of the lexicon, or roasted and raw, still differ (names of no table).
func TestLoanwordAndNativeWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a loanword and the native word", "코치 가죽 장갑 / 블랙 M", "COACH 레더 글러브 블랙 M", "", "", "", ""},
		{"a loanword inside a compound", "송월 호텔 배스타월 / 화이트 2장", "송월 호텔 목욕수건 화이트 2장", "", "", "", ""},
		{"an adult dog food", "로얄캐닌 미니 어덜트 / 3kg", "로얄캐닌 미니 성견용 사료 3kg", "", "", "", ""},
		{"two goods of the lexicon still differ", "스와로브스키 팔찌 / 실버", "스와로브스키 이어링 실버", order.Warn, KindWord, "팔찌", "이어링"},
		{"roasted is not raw", "산과들에 구운 캐슈넛 / 500g", "산과들에 생 캐슈넛 500g", order.Block, KindPrepared, "구운", "생"}, // a preparation state (preparedstates.go)
	})
}

// TestLoanwordLexiconAreas: the loanword lexicon's areas of home, garden, pets, DIY, sport and
// travel: one goods in two registers or spelt two ways; two goods still differ (names of no table).
func TestLoanwordLexiconAreas(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a drying rack in two registers", "한샘 빨래건조대 / 대형 실버", "한샘 드라잉랙 대형 실버", "", "", "", ""},
		{"velcro in two registers", "창문 방풍비닐 / 벨크로 100cm", "창문 방풍비닐 찍찍이 100cm", "", "", "", ""},
		{"earplugs in two registers", "쓰리엠 귀마개 / 10쌍", "쓰리엠 이어플러그 10쌍", "", "", "", ""},
		{"hay for rabbits", "토끼 티모시 건초 / 1kg", "토끼 티모시 헤이 1kg", "", "", "", ""},
		{"a jam called confiture", "앤드로스 딸기잼 / 340g", "앤드로스 딸기 콩피츄르 340g", "", "", "", ""},
		{"a digital lock is electronic", "게이트맨 디지털 도어락 / WV-40", "게이트맨 전자식 도어락 WV-40", "", "", "", ""},
		{"sewing thread in two registers", "코아트 재봉실 / 500m 화이트", "코아트 재봉사 500m 화이트", "", "", "", ""},
		{"a watering can in two registers", "가드닝 물뿌리개 / 5L 그린", "가드닝 워터링캔 5L 그린", "", "", "", ""},
		{"a straightener in two registers", "보다나 매직기 / 핑크", "보다나 스트레이트너 핑크", "", "", "", ""},
		{"a yoga mat in two registers", "제너럴핏 요가매트 / 10mm 퍼플", "제너럴핏 운동매트 10mm 퍼플", "", "", "", ""},
		{"a remote spelt two ways", "삼성 TV 리모컨 / 블랙", "삼성 TV 리모콘 블랙", "", "", "", ""},
		{"two kitchen tools still differ", "옥소 강판 / 1개", "옥소 채칼 1개", order.Warn, KindWord, "강판", "채칼"},
		{"a kettle in two registers", "스메그 주전자 / 1.7L 크림", "스메그 케틀 1.7L 크림", "", "", "", ""},
		{"a music stand in two registers", "삼익 보면대 / 블랙", "삼익 악보대 블랙", "", "", "", ""},
		{"a blusher in two registers", "롬앤 블러셔 / 03 피치", "롬앤 치크 03 피치", "", "", "", ""},
		{"an air fryer spelt two ways", "필립스 에어프라이어 / 4.1L", "필립스 에어후라이어 4.1L", "", "", "", ""},
		{"a shredder in two registers", "현대오피스 파쇄기 / 20L", "현대오피스 문서세단기 20L", "", "", "", ""},
		{"two goods of the lexicon still differ", "쓰리엠 귀마개 / 10쌍", "쓰리엠 수면안대 10쌍", order.Warn, KindWord, "귀마개", "수면안대"},
		{"a tablet stand in two registers", "베이직 태블릿 거치대 / 그레이", "베이직 태블릿 스탠드 그레이", "", "", "", ""},
		{"a photo frame in two registers", "모던 원목 액자 / A4 내추럴", "모던 원목 프레임 A4 내추럴", "", "", "", ""},
		{"artificial flowers in two registers", "조화 작약 / 핑크 3송이", "아트플라워 작약 핑크 3송이", "", "", "", ""},
		{"a garland spelt two ways", "생일 가랜드 / 골드", "생일 가렌드 골드", "", "", "", ""},
		{"a washer spelt two ways", "스텐 평와셔 / M8 50개", "스텐 평와샤 M8 50개", "", "", "", ""},
		{"a hinge in two registers", "싱크대 경첩 / 35mm 10개", "싱크대 힌지 35mm 10개", "", "", "", ""},
		{"a combination lock in two registers", "자전거 번호자물쇠 / 블랙", "자전거 다이얼자물쇠 블랙", "", "", "", ""},
		{"an Allen key in two registers", "베셀 육각렌치 / 9종", "베셀 알렌키 9종", "", "", "", ""},
		{"ear muffs in two registers", "털 귀마개 / 베이지", "털 귀도리 베이지", "", "", "", ""},
		{"a pet carrier in two registers", "리치엘 이동장 / M", "리치엘 펫캐리어 M", "", "", "", ""},
		{"a dog's water fountain in two registers", "펫킷 급수기 / 2L", "펫킷 워터파운틴 2L", "", "", "", ""},
		{"a croquette spelt two ways", "냉동 고로케 / 1kg", "냉동 크로켓 1kg", "", "", "", ""},
		{"a dart board in two registers", "윈마우 다트판 / 블레이드6", "윈마우 다트보드 블레이드6", "", "", "", ""},
		{"a lumbar cushion in two registers", "마이체어 허리쿠션 / 그레이", "마이체어 요추쿠션 그레이", "", "", "", ""},
		{"a screw is still no bolt", "스텐 나사 / M6 20개", "스텐 볼트 M6 20개", order.Warn, KindWord, "나사", "볼트"},
		{"a padlock is still no door lock", "게이트맨 자물쇠 / 블랙", "게이트맨 도어락 블랙", order.Warn, KindWord, "자물쇠", "도어락"},
		{"a bike saddle in two registers", "자이언트 자전거 안장 / 블랙", "자이언트 자전거 새들 블랙", "", "", "", ""},
		{"a camping stove in two registers", "코베아 캠핑 버너 / 1구", "코베아 캠핑 스토브 1구", "", "", "", ""},
		{"a travel pillow in two registers", "메모리폼 목베개 / 그레이", "메모리폼 넥필로우 그레이", "", "", "", ""},
		{"a saddle is still no pedal", "자이언트 자전거 안장 / 블랙", "자이언트 자전거 페달 블랙", order.Warn, KindWord, "안장", "페달"},
	})
}

// TestVocabularyAreas: the vocabulary of names of one thing: kitchen, packing, lighting, clothes,
// cleaning, appliances, furniture and camping goods in either register; two kinds still differ
// (names of no table).
func TestVocabularyAreas(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a kitchen scale in either register", "카스 주방저울 / 5kg", "CAS 키친스케일 5kg", "", "", "", ""},
		{"bubble wrap", "포장왕 뽁뽁이 / 50cm x 50m", "포장왕 에어캡 50cm x 50m", "", "", "", ""},
		{"baking paper", "크린랩 종이호일 / 30cm x 20m", "크린랩 유산지 30cm x 20m", "", "", "", ""},
		{"a shoehorn", "키위 구두주걱 / 60cm", "키위 슈혼 60cm", "", "", "", ""},
		{"a recessed light", "필립스 LED 매입등 / 6인치 15W", "필립스 LED 다운라이트 6인치 15W", "", "", "", ""},
		{"briefs", "BYC 삼각팬티 / 95 3매", "BYC 브리프 95 3매", "", "", "", ""},
		{"a pocket written as a loanword", "무인양품 포켓 수첩 / A6", "무인양품 주머니 수첩 A6", "", "", "", ""},
		{"two kinds of gloves still differ", "마이비 고무장갑 / 중형", "마이비 니트릴장갑 중형", order.Warn, KindWord, "고무장갑", "니트릴장갑"},
		{"a desiccant is no deodoriser", "홈스타 옷장 제습제 / 3개", "홈스타 옷장 탈취제 3개", order.Warn, KindWord, "제습제", "탈취제"},
		{"a sewing machine", "브라더 재봉틀 / GS2700", "브라더 미싱 GS2700", "", "", "", ""},
		{"shaving foam", "질레트 쉐이빙폼 / 360ml", "질레트 면도크림 360ml", "", "", "", ""},
		{"a massage gun", "보니크 마사지건 / 블랙", "보니크 안마건 블랙", "", "", "", ""},
		{"instant rice", "오뚜기 즉석밥 / 210g 12개", "오뚜기 즉석쌀밥 210g 12개", "", "", "", ""},
		{"a car phone holder", "벨킨 차량용거치대 / 블랙", "벨킨 송풍구거치대 블랙", "", "", "", ""},
		{"an acoustic guitar is no electric one", "콜트 통기타 / 내추럴", "콜트 일렉기타 내추럴", order.Warn, KindWord, "통기타", "일렉기타"},
		{"a body wash written as a body cleanser", "해피바스 바디워시 / 900g 2개", "해피바스 퍼퓸 바디클렌저 900g x 2", "", "", "", ""},
		{"a sunscreen written as a sun block", "비오레 선크림 / 50g", "비오레 UV 선블록 50g", "", "", "", ""},
		{"a body wash is no shampoo", "해피바스 바디워시 / 900g", "해피바스 샴푸 900g", order.Block, KindGoods, "바디워시", "샴푸"},
		{"a peeler", "옥소 감자칼 / 1개", "OXO 옥소 필러 1개", "", "", "", ""},
		{"a hex key", "베셀 육각렌치 / 9종 세트", "VESSEL 베셀 알렌키 9종 세트", "", "", "", ""},
		{"a grater is no slicer", "옥소 강판 / 1개", "옥소 채칼 1개", order.Warn, KindWord, "강판", "채칼"},
		{"a cordless stick vacuum", "다이슨 무선청소기 / V12", "다이슨 스틱청소기 V12", "", "", "", ""},
		{"an office chair", "시디즈 사무용의자 / T50 블랙", "시디즈 오피스체어 T50 블랙", "", "", "", ""},
		{"a camping chair is no camping table", "헬리녹스 캠핑의자 / 블랙", "헬리녹스 캠핑테이블 블랙", order.Warn, KindWord, "캠핑의자", "캠핑테이블"},
	})
}

// TestGeneralWordAgainstAKind: a general word against a kind of it (용기, 스케일, 세탁세제) is the same
// goods; two kinds of it still differ (names of no table).
func TestGeneralWordAgainstAKind(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a jar written as a container", "청정원 맛소금 / 500g 유리병", "청정원 맛소금 500g 용기", "", "", "", ""},
		{"a body scale written as a scale", "카스 체지방계 / 화이트", "CAS 스마트 스케일 화이트", "", "", "", ""},
		{"two kinds of container still differ", "코카콜라 / 355ml 캔 24개", "코카콜라 355ml 페트병 24개", order.Warn, KindWord, "캔", "페트병"},
		{"a liquid detergent is a laundry detergent", "퍼실 세탁세제 / 2.7L", "퍼실 액체세제 2.7L", "", "", "", ""},
		{"liquid and powder detergents differ", "퍼실 액체세제 / 2.7L", "퍼실 가루세제 2.7L", order.Warn, KindWord, "액체세제", "가루세제"},
		{"two kinds of scale still differ", "카스 체중계 / 화이트", "카스 주방저울 화이트", order.Warn, KindWord, "체중계", "주방저울"},
	})
}

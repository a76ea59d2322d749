package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestValuesInAnotherRegister: one colour, flavour, scent, material, pattern or shape written in
// a Sino-Korean, native, Japanese-era or loanword register is the same value; another value of
// the kind still differs (names of no table).
func TestValuesInAnotherRegister(t *testing.T) {
	runNameCases(t, []nameCase{
		{"숯 is 차콜", "숯 비누 천연 세안 / 100g", "차콜 비누 100g, 1개", "", "", "", ""},
		{"숯색 is 차콜", "기모 맨투맨 / 차콜 L", "기모 맨투맨 숯색 L, 1개", "", "", "", ""},
		{"숯불 is no colour", "숯불 바베큐 그릴 / 대형", "바베큐 그릴 대형 블랙, 1개", "", "", "", ""},
		{"스킨톤 is 살색", "실리콘 밴드 / 스킨톤 10매", "실리콘 밴드 살색 10매, 1개", "", "", "", ""},
		{"살구색 is no apricot flavour", "압박스타킹 / 살구색 M", "압박 스타킹 피부색 M, 1개", "", "", "", ""},
		{"스킨톤 is not black", "실리콘 밴드 / 스킨톤 10매", "실리콘 밴드 블랙 10매, 1개", order.Block, KindColor, "스킨톤", "블랙"},
		{"감색 is 네이비", "교복 니트 조끼 / 네이비 90", "교복 니트조끼 감색 90, 1개", "", "", "", ""},
		{"소라색 is sky blue", "면 손수건 / 하늘색 5장", "면 손수건 소라색 5장, 1개", "", "", "", ""},
		{"고동색 is dark brown, not brown", "원목 의자 / 브라운", "원목 의자 고동색, 1개", order.Block, KindColor, "브라운", "고동색"},
		{"포도주색 is wine, no grape", "벨벳 쿠션커버 / 와인 45x45", "벨벳 쿠션커버 포도주색 45x45, 1개", "", "", "", ""},
		{"연두 is light green", "안전조끼 / 라이트그린 XL", "안전 조끼 연두 XL, 1개", "", "", "", ""},
		{"연두부 is no colour", "풀무원 연두부 / 250g 2개", "풀무원 연두부 250g, 2개", "", "", "", ""},
		{"페퍼민트 is 민트, no pepper", "무설탕 캔디 / 페퍼민트 30g", "무설탕 캔디 민트 30g, 1개", "", "", "", ""},
		{"박하 is 민트, not lemon", "가글 구강청결제 / 박하 500ml", "가글 구강청결제 레몬 500ml, 1개", order.Block, KindFlavor, "박하", "레몬"},
		{"그레이프프루트 is 자몽, no grape", "탄산수 / 그레이프프루트 500ml 20병", "탄산수 자몽 500ml, 20개", "", "", "", ""},
		{"재스민 is 자스민", "디퓨저 리필 / 자스민 200ml", "디퓨저 리필 재스민 200ml, 1개", "", "", "", ""},
		{"제사향 is no musk", "제사향 / 100개입", "제사향 100개입, 1개", "", "", "", ""},
		{"인조레더 is synthetic, not leather", "차량용 시트커버 / 인조가죽 블랙", "차량 시트커버 인조레더 블랙, 1개", "", "", "", ""},
		{"인조레더 is not genuine leather", "차량용 시트커버 / 천연가죽 블랙", "차량 시트커버 인조레더 블랙, 1개", order.Block, KindMaterial, "천연가죽", "인조레더"},
		{"티탄 is 티타늄", "캠핑 머그컵 / 티타늄 450ml", "캠핑 머그 티탄 450ml, 1개", "", "", "", ""},
		{"신주 is 황동", "문손잡이 / 황동", "문손잡이 신주, 1개", "", "", "", ""},
		{"놋쇠 is not 스텐", "수저세트 / 스텐", "수저세트 놋쇠, 1개", order.Block, KindMaterial, "스텐", "놋쇠"},
		{"단가라 is 스트라이프", "여름 니트 / 스트라이프 네이비 FREE", "여름 니트 단가라 네이비 FREE, 1개", "", "", "", ""},
		{"레오파드 is 호피, not 지브라", "러그 / 호피무늬 120x180", "러그 레오파드 120x180, 1개", "", "", "", ""},
		{"호피 is not zebra", "러그 / 호피무늬 120x180", "러그 지브라 120x180, 1개", order.Block, KindPattern, "호피무늬", "지브라"},
		{"국방색 is 카키", "군용 양말 / 카키 10켤레", "군용 양말 국방색 10켤레, 1개", "", "", "", ""},
		{"슈싱 is 슈퍼싱글", "매트리스 커버 / 슈퍼싱글 그레이", "매트리스커버 슈싱 그레이, 1개", "", "", "", ""},
		{"실온 is 상온", "즉석밥 실온 / 210g 12개", "즉석밥 상온 210g, 12개", "", "", "", ""},
		{"유니섹스 is 남녀공용, not 여성", "기본 반팔티 / 여성 M", "기본 반팔티 유니섹스 M, 1개", order.Block, KindTarget, "여성", "유니섹스"},
	})
}

// TestSteelAgreesWithEitherMetal: 스틸 (강철, steel) is what a listing writes for stainless steel
// and for iron alike; against a third material it still differs, and 스텐 against 철 still
// differs (names of no table).
func TestSteelAgreesWithEitherMetal(t *testing.T) {
	runNameCases(t, []nameCase{
		{"스틸 against 철제", "철제 스틸 앵글 선반 / 4단 블랙", "앵글 선반 철제 4단 블랙, 1개", "", "", "", ""},
		{"강철 against 철", "강철 야전삽 / 1개", "야전삽 철 1개", "", "", "", ""},
		{"스틸 against 스텐", "스틸 텀블러 / 500ml 실버", "스텐 텀블러 500ml 실버, 1개", "", "", "", ""},
		{"스테인리스 스틸 against 스텐", "스테인리스 스틸 빨대 / 10개", "스텐 빨대 10개, 1개", "", "", "", ""},
		{"스틸 against 알루미늄", "스틸 캠핑 테이블 / 대형", "알루미늄 캠핑 테이블 대형, 1개", order.Block, KindMaterial, "스틸", "알루미늄"},
		{"철제 스틸 against 스텐", "철제 스틸 선반 / 4단", "스텐 선반 4단, 1개", order.Block, KindMaterial, "철제", "스텐"},
	})
}

// TestCoolingInBothRegisters: 냉각 and 쿨링 name one cooling, in goods names written apart or
// joined; 미색 is ivory and 스파이시 is 매운맛; another value still differs (names of no table).
func TestCoolingInBothRegisters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"쿨링 토시 against 냉각 토시", "쿨링 토시 / 블랙 2개", "냉각 토시 블랙, 2개", "", "", "", ""},
		{"쿨링패드 against 냉각패드", "노트북 쿨링패드 / 15인치", "노트북 냉각패드 15인치, 1개", "", "", "", ""},
		{"쿨링시트 against 냉각시트", "아기 쿨링시트 / 6매", "아기 냉각시트 6매, 1개", "", "", "", ""},
		{"미색 is ivory", "A4 복사용지 / 미색 500매", "A4 복사지 아이보리 500매, 1개", "", "", "", ""},
		{"미색 is not white", "A4 복사용지 / 미색 500매", "A4 복사지 화이트 500매, 1개", order.Block, KindColor, "미색", "화이트"},
		{"스파이시 is 매운맛", "떡볶이 소스 / 스파이시 500g", "떡볶이 소스 매운맛 500g, 1개", "", "", "", ""},
	})
}

// 스모키 is also a make-up and colour word (스모키 메이크업, 스모키 그레이): it agrees with 훈제
// but never stands alone as a flavour the other name lacks; another flavour the other name writes
// still differs (names of no table).
func TestSmokyOnlyAgreesWithSmoked(t *testing.T) {
	runNameCases(t, []nameCase{
		{"smoky eye shadow", "아이섀도 팔레트 / 스모키 브라운", "아이섀도 팔레트 브라운, 1개", "", "", "", ""},
		{"smoky eyeliner", "젤 아이라이너 / 스모키 블랙", "젤 아이라이너 블랙, 1개", "", "", "", ""},
		{"a make-up brush", "스모키 메이크업 브러쉬 / 1개", "메이크업 브러쉬, 1개", "", "", "", ""},
		{"a lantern's grey", "캠핑 랜턴 / 스모키 그레이", "캠핑 랜턴 그레이, 1개", "", "", "", ""},
		{"smoky jerky, the catalogue writing the barbecue only", "스모키 바베큐 육포 / 100g", "바베큐 육포 100g, 1개", "", "", "", ""},
		{"스모키 is 훈제", "바베큐 소스 / 스모키 500g", "바베큐 소스 훈제맛 500g, 1개", "", "", "", ""},
		{"스모키 against another flavour", "아몬드 / 스모키 200g", "아몬드 허니버터 200g, 1개", order.Block, KindFlavor, "스모키", "허니버터"},
	})
}

// 스파이시 is also a perfume's note (스파이시 우디): like 스모키 it agrees with 매운맛 and is no
// flavour on its own; a milder taste the other name writes still differs (names of no table).
func TestSpicyOnlyAgreesWithHot(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a perfume's spicy woody note", "남자 향수 / 스파이시 우디 50ml", "남자 향수 우디 50ml, 1개", "", "", "", ""},
		{"spicy incense", "스파이시 인센스 / 20개", "인센스 스틱, 20개", "", "", "", ""},
		{"스파이시 is 매운맛", "스파이시 치킨 소스 / 500g", "치킨 소스 매운맛 500g, 1개", "", "", "", ""},
		{"스파이시 against 순한맛", "스파이시 치킨 소스 / 500g", "치킨 소스 순한맛 500g, 1개", order.Block, KindFlavor, "스파이시", "순한맛"},
	})
}

// TestThingsNamedInTwoRegisters: one thing a listing names in a Korean word and a loanword, or in
// two spellings (마요네즈 / 마요네스, 독캔 / 도그캔, 자동범위 / 오토레인지, 스판 / 스트레치,
// 팝업 / 폽업), is the same thing; another thing beside it still asks for a look (names of no
// table).
func TestThingsNamedInTwoRegisters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"마요네스 is 마요네즈", "청정원 마요네즈 튜브 / 300g", "청정원 마요네스 300g, 1개", "", "", "", ""},
		{"마요네스 is no ketchup", "청정원 케찹 / 300g", "청정원 마요네스 300g, 1개", order.Warn, KindWord, "케찹", "마요네스"},
		{"도그캔 is 강아지캔", "네츄럴코어 강아지캔 연어 / 100g 12개", "네츄럴코어 도그캔 연어 100g, 12개", "", "", "", ""},
		{"독캔 is no cat can", "네츄럴코어 고양이캔 연어 / 100g 12개", "네츄럴코어 독캔 연어 100g, 12개", order.Warn, KindWord, "고양이캔", "독캔"},
		{"오토레인지 is 자동범위", "디지털 테스터기 자동범위 / 1개", "디지털 테스터기 오토레인지, 1개", "", "", "", ""},
		{"쿨시트 is 쿨방석", "사무실 의자 쿨방석 / 그레이", "사무실 의자 쿨시트 회색, 1개", "", "", "", ""},
		{"착유기 is 유축기", "휴대용 전동 유축기 / 화이트", "휴대용 전동 착유기 흰색, 1개", "", "", "", ""},
		{"프로즌 is 겨울왕국", "겨울왕국 안나 인형 / 30cm", "프로즌 안나 인형 30cm, 1개", "", "", "", ""},
		{"다이노 is 공룡", "어린이 우산 / 공룡 50cm", "어린이 우산 다이노 50cm, 1개", "", "", "", ""},
		{"스트레치 is 스판", "스판 식탁의자 커버 / 베이지 4개", "스트레치 식탁의자 커버 베이지, 4개", "", "", "", ""},
		{"코털트리머 is 코털정리기", "필립스 코털정리기 / 1개", "PHILIPS 코털트리머, 1개", "", "", "", ""},
		{"라이터돌 is 부싯돌", "라이터 부싯돌 / 10개", "라이터돌 10개입, 1개", "", "", "", ""},
		{"알콜프리 is 논알콜릭", "하이네켄 논알콜릭 맥주 / 330ml 6캔", "Heineken 알콜프리 맥주 330ml, 6개", "", "", "", ""},
		{"폽업 is 팝업", "욕조 팝업 마개 / 크롬", "욕조 폽업 마개 크롬, 1개", "", "", "", ""},
		{"김장봉투 is 김장비닐", "김장비닐 특대 / 50장", "김장봉투 특대, 50매", "", "", "", ""},
		{"점착 is 접착식", "접착식 메모지 / 노랑 10개", "점착 메모지 노랑, 10개", "", "", "", ""},
		{"크로스바디 is 크로스백", "캔버스 크로스백 / 블랙", "캔버스 크로스바디 검정, 1개", "", "", "", ""},
		{"크로스바디 is no backpack", "캔버스 백팩 / 블랙", "캔버스 크로스바디 검정, 1개", order.Warn, KindWord, "백팩", "크로스바디"},
		{"무늬 is 패턴", "체크 패턴 쿠션커버 / 45cm", "체크 무늬 쿠션커버 45cm, 1개", "", "", "", ""},
		{"겔 is 젤", "쿨링 젤 시트 / 10매", "쿨링 겔 시트, 10매", "", "", "", ""},
		{"헤드램프 is 헤드랜턴", "LED 헤드랜턴 충전식 / 블랙", "LED 헤드램프 충전식 검정, 1개", "", "", "", ""},
		{"귀파개 is 귀이개", "스텐 귀이개 / 2개", "스텐 귀파개, 2개", "", "", "", ""},
		{"통역기 is 번역기", "AI 음성 번역기 / 화이트", "AI 음성 통역기 흰색, 1개", "", "", "", ""},
		{"응급키트 is 구급키트", "등산용 구급키트 / 1개", "등산용 응급키트, 1개", "", "", "", ""},
		{"체인징백 is 기저귀가방", "백팩형 기저귀가방 / 그레이", "백팩형 체인징백 회색, 1개", "", "", "", ""},
		{"카드홀더 is 카드지갑", "소가죽 카드지갑 / 블랙", "소가죽 카드홀더 검정, 1개", "", "", "", ""},
		{"카드홀더 is no long wallet", "소가죽 장지갑 / 블랙", "소가죽 카드홀더 검정, 1개", order.Warn, KindWord, "장지갑", "카드홀더"},
	})
}

package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompareNamesSixthRound: the classes and rules of the sixth round, on names of no table
// written while working (the batch 6 pairs that showed each rule are in its table).
func TestCompareNamesSixthRound(t *testing.T) {
	tests := []nameCase{
		// classes: finishes, sides, woods and materials, flavours, meats and fish, shapes
		{"two finishes of a cushion", "로레알 인팔리블 쿠션 / 매트 120 바닐라", "로레알 인팔리블 쿠션 새틴 120 바닐라", order.Block, KindFinish, "매트", "새틴"},
		{"the same finish", "맥 립스틱 / 새틴 칠리", "맥 립스틱 새틴 칠리", "", "", "", ""},
		{"left written as 좌", "던롭 무릎보호대 / 왼쪽 L", "던롭 무릎보호대 좌 L", "", "", "", ""},
		{"both sides against one", "던롭 무릎보호대 / 좌우세트 L", "던롭 무릎보호대 우 L", order.Block, KindSide, "좌우세트", "우"},
		{"우 inside a word is no side", "서울우유 / 1L", "서울우유 1L", "", "", "", ""},
		{"좌 inside a word is no side", "좌석 쿠션 / 블랙", "좌석쿠션 블랙", "", "", "", ""},
		{"a wood in two registers", "편백 도마 / 대", "히노끼 도마 대", "", "", "", ""},
		{"two woods", "편백 도마 / 대", "오크 도마 대", order.Block, KindMaterial, "편백", "오크"},
		{"a species beside solid wood", "코멧 도마 / 자작나무 원목 대", "코멧 원목 도마 대", "", "", "", ""},
		{"latex is not rubber", "주방 장갑 / 라텍스 M", "주방 장갑 고무 M", order.Block, KindMaterial, "라텍스", "고무"},
		{"a pepper flavour added", "프링글스 / 오리지널 110g", "프링글스 블랙페퍼 110g", order.Block, KindFlavor, "", "블랙페퍼"},
		{"cinnamon in Korean", "오트밀 쿠키 / 시나몬 200g", "오트밀 쿠키 계피 200g", "", "", "", ""},
		{"raspberry is 산딸기, not 딸기", "본마망 라즈베리 콩피츄르 / 370g", "본마망 산딸기 콩피츄르 370g", "", "", "", ""},
		{"beef against chicken", "아이꼬야 진밥 / 소고기 200g", "아이꼬야 진밥 닭고기 200g", order.Block, KindVariety, "소고기", "닭고기"},
		{"beef in two registers", "아이꼬야 진밥 / 소고기 200g", "아이꼬야 진밥 쇠고기 200g", "", "", "", ""},
		{"anchovy stock is not beef stock", "다담 육수 / 쇠고기 1kg", "다담 육수 멸치 1kg", order.Block, KindVariety, "쇠고기", "멸치"},
		{"assorted is a shape of its own", "고래사 어묵 / 모둠 500g", "고래사 어묵 봉 500g", order.Block, KindShape, "모둠", "봉"},
		{"assorted spelt two ways", "고래사 어묵 / 모둠 500g", "고래사 모듬 어묵 500g", "", "", "", ""},
		{"팥 inside a word", "국산 팥빙수 / 500g", "국산 팥빙수 500g", "", "", "", ""},
		// pairs in English, compartments, steps and tiers
		{"pairs written in English", "다이소 이어플러그 / 20쌍", "다이소 귀마개 20pairs", "", "", "", ""},
		{"another number of pairs", "다이소 이어플러그 / 20쌍", "다이소 귀마개 10pairs", order.Block, KindCount, "20개", "10개"},
		{"pairs abbreviated", "스포츠 양말 / 5켤레", "스포츠 양말 5pr", "", "", "", ""},
		{"compartments as 칸 and 구", "분리수거함 / 3칸", "분리수거함 3구", "", "", "", ""},
		{"tiers as 단 and 층", "수납 선반 / 4단 화이트", "수납 선반 4층 화이트", "", "", "", ""},
		{"steps in English", "수납 선반 / 4단 화이트", "수납 선반 4 step 화이트", "", "", "", ""},
		{"other tiers", "수납 선반 / 4단 화이트", "수납 선반 3단 화이트", order.Block, KindUnit, "4단", "3단"},
		{"tiers on one side only", "수납 선반 / 4단 화이트", "수납 선반 화이트", order.Block, KindUnit, "4단", ""},
		{"one tier on one side is what a name says when it says nothing", "수납 선반 / 화이트", "수납 선반 1단 화이트", "", "", "", ""},
		{"a ladder of three steps is one ladder", "사다리 / 3단", "사다리 3스텝, 2개", order.Block, KindCount, "1개(표기 없음)", "2개"},
		// a scent or flavour written apart from its marker
		{"a scent written apart", "다우니 섬유유연제 / 에이프릴향 2L", "다우니 섬유유연제 에이프릴 향 2L", "", "", "", ""},
		{"a flavour written apart", "농심 새우깡 / 매운맛 90g", "농심 새우깡 매운 맛 90g", "", "", "", ""},
		{"a flavour written apart on one side only", "농심 새우깡 / 90g", "농심 새우깡 매운 맛 90g", order.Block, KindFlavor, "", "매운 맛"},
		{"no scent written as a negation", "피죤 섬유유연제 / 무향 2L", "피죤 섬유유연제 향 없음 2L", "", "", "", ""},
		{"two scents written apart", "피죤 섬유유연제 / 코튼 향 2L", "피죤 섬유유연제 라벤더 향 2L", order.Block, KindScent, "코튼 향", "라벤더 향"},
		{"praise before 향 is no scent", "피죤 섬유유연제 / 2L", "피죤 섬유유연제 은은한 향 2L", "", "", "", ""},
		{"a word of the goods before 향 is no scent", "피죤 섬유유연제 / 2L", "피죤 섬유유연제 향 2L", "", "", "", ""},
		// a thickness written as a code with a leading zero
		{"a thickness code and its decimal", "라텍스 장갑 / 005 M", "라텍스 장갑 0.05 M", "", "", "", ""},
		{"a thickness code and its measure", "라텍스 장갑 / 0.05mm M", "라텍스 장갑 005 M", "", "", "", ""},
		{"another thickness", "라텍스 장갑 / 005 M", "라텍스 장갑 0.08 M", order.Block, KindSize, "005", "0.08"},
		// a colour said by one name when both name the model by its code
		{"the model's one colour left out", "샤오미 로봇청소기 S10 / 화이트", "Xiaomi S10 로봇 청소기", "", "", "", ""},
		{"a model number of four digits", "브라더 라벨프린터 2730 / 블랙", "Brother 2730 라벨 프린터", "", "", "", ""},
		{"the catalogue adds the model's colour", "샤오미 로봇청소기 S10 / 본체", "샤오미 S10 로봇청소기 화이트", "", "", "", ""},
		{"without a shared code the colour is the buyer's choice", "뉴에라 캡모자 / 블랙", "뉴에라 캡모자", order.Block, KindColor, "블랙", ""},
		{"another colour still differs", "샤오미 로봇청소기 S10 / 화이트", "샤오미 S10 로봇청소기 블랙", order.Block, KindColor, "화이트", "블랙"},
		{"a code ends the catalogue name", "LG 그램 15Z90S / 16GB 화이트", "LG 그램 인텔 15Z90S 16GB, 1개", "", "", "", ""},
		{"an unknown word where the option stands", "샤오미 로봇청소기 S10 / 화이트", "샤오미 S10 로봇청소기 미드나잇", order.Block, KindColor, "화이트", ""},
		// a set of items joined by a plus
		{"the main item and a refill in one set", "페브리즈 섬유탈취제 / 본품+리필", "페브리즈 섬유탈취제 370ml + 리필 320ml, 1세트", "", "", "", ""},
		{"three sets are not one", "페브리즈 섬유탈취제 / 본품+리필", "페브리즈 섬유탈취제 370ml + 리필 320ml, 3세트", order.Block, KindCount, "2개", "3개"},
		{"one set without the parts written is still one", "페브리즈 섬유탈취제 / 본품+리필", "페브리즈 섬유탈취제 370ml, 1세트", order.Block, KindCount, "2개", "1개"},
		// the quantity sold after a comma against a single pack of the total
		{"one pack of 200 is not two of 100", "잘풀리는집 키친타월 / 200매", "잘풀리는집 키친타월 100매, 2개", order.Block, KindCount, "200매", "100매"},
		{"packs written into the name stay the total", "잘풀리는집 키친타월 / 200매", "잘풀리는집 키친타월 100매 x 2팩", "", "", "", ""},
		{"the same packing on both sides", "잘풀리는집 키친타월 / 100매 2개", "잘풀리는집 키친타월 100매, 2개", "", "", "", ""},
		// a count does not write a bare number of the other name
		{"another digit of a number balloon", "파티쇼 숫자 풍선 / 골드 3 40인치", "파티쇼 숫자 풍선 골드 8 40인치, 1개", order.Block, KindSize, "3", "8"},
		{"a digit against a count of one", "파티쇼 숫자 풍선 / 골드 1 40인치", "파티쇼 숫자 풍선 골드 7 40인치, 1개", order.Block, KindSize, "1", "7"},
		{"the same digit", "파티쇼 숫자 풍선 / 골드 3 40인치", "파티쇼 숫자 풍선 골드 3 40인치, 1개", "", "", "", ""},
		{"a range's ends are still numbers", "청송 사과 / 5kg 15~17과", "청송 사과 5kg 15-17과", "", "", "", ""},
		// two spellings said the same
		{"a final consonant said alike", "바른 허브 / 캣닢 스프레이 100ml", "바른 허브 캣닙 스프레이 100ml", "", "", "", ""},
		{"an f written ㅎ or ㅍ", "키친아트 후라이팬 / 28cm", "키친아트 프라이팬 28cm", "", "", "", ""},
		{"foil two ways", "크린랩 알루미늄 호일 / 30cm", "크린랩 알루미늄 포일 30cm", "", "", "", ""},
		{"another vowel is another word", "수제 호떡 / 10개", "수제 후떡 10개", order.Warn, KindWord, "호떡", "후떡"},
		// a value written apart that the other name glues into a line's name
		{"a line named with a colour", "클리오 킬커버 핑크 쿠션 / 02 란제리 15g", "CLIO 킬커버 핑크쿠션 02 란제리 15g", "", "", "", ""},
		{"a line named with a flavour", "빙그레 딸기 우유 / 240ml", "빙그레 딸기우유 240ml", "", "", "", ""},
		{"another colour glued is still another colour", "클리오 킬커버 핑크 쿠션 / 02 란제리 15g", "클리오 킬커버 블랙쿠션 02 란제리 15g", order.Block, KindColor, "쿠션", "블랙쿠션"},
		// a size in metres against one in centimetres or with no unit
		{"a rug in metres and with no unit", "한일 러그 / 133x190 그레이", "한일 러그 1.33 x 1.9m 그레이", "", "", "", ""},
		{"a blind in metres and centimetres", "블라인드 / 1.2 x 1.5m", "블라인드 120x150cm", "", "", "", ""},
		{"another size in metres", "한일 러그 / 133x190 그레이", "한일 러그 1.4 x 2m 그레이", order.Block, KindLength, "133, 190", "1.4, 2m"},
		// 3M at the start of both names is the brand
		{"3M starting both names", "3M 스카치 테이프 / 18mm x 30m", "3M 스카치 매직 테이프 18mm x 30m, 1개", "", "", "", ""},
		{"three metres of a cable still count", "벨킨 케이블 / 3m", "벨킨 케이블 3m 블랙", "", "", "", ""},
		// one side of a size left out
		{"the width of a roll left out", "현대시트 인테리어필름 / 우드 122cm x 1m", "현대시트 인테리어 필름 우드 1m", "", "", "", ""},
		{"another length of a roll", "현대시트 인테리어필름 / 우드 122cm x 1m", "현대시트 인테리어 필름 우드 2m", order.Block, KindLength, "122cm, 1m", "2m"},
		// one size in two notations side by side
		{"a size in two notations", "도그웰 배변패드 / 초대형 50매", "도그웰 배변패드 XL 초대형 50매", "", "", "", ""},
		{"two notations of another size", "도그웰 배변패드 / 초대형 50매", "도그웰 배변패드 L 대형 50매", order.Block, KindSize, "초대형", "L"},
		// words of praise say nothing of the goods
		{"two descriptions of one pad", "도그웰 두꺼운 배변패드 / 대형 50매", "도그웰 고흡수 배변패드 대형 50매", "", "", "", ""},
		{"a description against another pad", "도그웰 두꺼운 배변패드 / 대형 50매", "도그웰 두꺼운 기저귀 대형 50매", order.Warn, KindWord, "배변패드", "기저귀"},
		// the form a flavoured food takes
		{"strawberry milk is not strawberry juice", "빙그레 딸기우유 / 240ml", "빙그레 딸기 주스 240ml", order.Warn, KindForm, "딸기우유", "주스"},
		{"the same form written apart", "복음자리 딸기잼 / 500g", "복음자리 딸기 잼 500g", "", "", "", ""},
		{"tea written as 티", "담터 유자차 / 1kg", "담터 유자 티 1kg", "", "", "", ""},
		{"a citron tea is not a citron syrup", "담터 유자차 / 1kg", "담터 유자청 1kg", order.Warn, KindForm, "유자차", "유자청"},
		// short loanwords the sound key cannot match
		{"air in two scripts", "필립스 에어 프라이어 / 4.1L", "PHILIPS AIR 프라이어 4.1L", "", "", "", ""},
		{"eco in two scripts", "락앤락 에코 밀폐용기 / 1L", "락앤락 ECO 밀폐용기 1L", "", "", "", ""},
		{"an English plural written 츠", "마이크로 킥보드 스프라이트 / 블루", "마이크로 킥보드 스프라이츠 블루", "", "", "", ""},
		{"a variant word in its plural", "글로버 프리모 라이트 / 화이트", "글로버 프리모 라이츠 화이트", "", "", "", ""},
		{"a dual set on one side", "조이트론 무선마이크 / 듀얼 블랙", "조이트론 무선마이크 싱글 블랙", order.Block, KindVariant, "듀얼", ""},
		{"dual in two scripts", "조이트론 무선마이크 / 듀얼 블랙", "JOYTRON 무선마이크 DUAL 블랙", "", "", "", ""},
		// a compound of two words written apart in the other register
		{"a compound in one register, two words in the other", "질러 비프저키 / 70g", "질러 소고기 육포 70g", "", "", "", ""},
		{"a compound against other words", "질러 비프저키 / 70g", "질러 소고기 소시지 70g", order.Warn, KindWord, "비프저키", "소시지"},
		// a Latin word with and without its hyphens; a letter code names the model
		{"a letter code written without its hyphen", "로데 NT-USB 마이크 / 1개", "RODE NTUSB 마이크 1개", "", "", "", ""},
		{"the model's colour left out beside a letter code", "로데 NT-USB 마이크 / 블랙", "RODE NTUSB 마이크", "", "", "", ""},
		{"wi-fi is no model code", "아이피타임 공유기 Wi-Fi / 화이트", "아이피타임 공유기 WiFi", order.Block, KindColor, "화이트", ""},
		{"another letter code still asks", "로데 NT-USB 마이크 / 1개", "RODE PODMIC 마이크 1개", order.Warn, KindWord, "NT-USB", "PODMIC"},
		{"a Latin word the vocabulary respells still sounds as written", "글로버 폴더블 킥보드 / 화이트", "GLOBBER FOLDABLE 경량 킥보드 화이트", "", "", "", ""},
		// a jack size beside audio gear is the plug
		{"a plug said by one name", "보야 핀마이크 / 6m", "BOYA 핀마이크 6m 3.5mm", "", "", "", ""},
		{"two plugs still differ", "AUX 케이블 / 3.5mm 1m", "AUX 케이블 2.5mm 1m", order.Block, KindLength, "3.5mm", "2.5mm"},
		{"a thickness is still a length", "요가매트 / 3.5mm", "요가매트 6mm", order.Block, KindLength, "3.5mm", "6mm"},
		{"a long loanword with and without a final consonant", "파타고니아 레트로 자켓 / M", "파타곤니아 레트로 자켓 M", "", "", "", ""},
		{"a short word with another final consonant is another word", "국산 바지 / M", "국산 반지 M", order.Warn, KindWord, "바지", "반지"},
		// the usual form of the goods said by one name
		{"a spray of goods that are sprays", "페브리즈 섬유탈취제 / 370ml", "페브리즈 섬유탈취제 스프레이 370ml", "", "", "", ""},
		{"an oil of the same goods is still another form", "아모스 헤어 / 80ml", "아모스 헤어 오일 80ml", order.Warn, KindForm, "", "오일"},
		// the fuel an oil is for
		{"a petrol oil is not a diesel oil", "지크 엔진오일 5W30 / 가솔린 4L", "ZIC 엔진오일 5W-30 디젤 4L", order.Block, KindUse, "가솔린", "디젤"},
		{"the fuel in two registers", "지크 엔진오일 5W30 / 가솔린 4L", "ZIC 엔진오일 5W-30 휘발유용 4L", "", "", "", ""},
		{"for both fuels, said on one side", "지크 엔진오일 5W30 / 가솔린 디젤 겸용 4L", "ZIC 엔진오일 5W-30 4L", "", "", "", ""},
		{"a condenser is not a dynamic microphone", "슈어 보컬 마이크 / 콘덴서 블랙", "SHURE 보컬 마이크 다이나믹 블랙", order.Block, KindVariety, "콘덴서", "다이나믹"},
		{"the pick-up said on one side is a description", "슈어 보컬 마이크 / 콘덴서 블랙", "SHURE 보컬 스튜디오 마이크 블랙", "", "", "", ""},
		{"an ampersand written 앤", "카이테 클린앤코지 베딩 / 49.2L", "Kaytee Clean & Cozy 소동물 베딩 49.2리터", "", "", "", ""},
		// a negation prefix written apart is the same word spaced two ways (with the fifth round's
		// opposites rule)
		{"a prefixed word spaced two ways", "에스쁘아 비 글로우 쿠션 / 21호", "에스쁘아 비글로우 쿠션 21호", "", "", "", ""},
		// the loanword lexicon, sixth round areas
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
	}
	runNameCases(t, tests)
}

// TestSixthRoundReadings: the sixth round's differences explain themselves in Korean with the
// attribute and both readings.
func TestSixthRoundReadings(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"수납 선반 / 4단 화이트", "수납 선반 화이트", "규격 4단 ↔ 표기 없음"},
		{"잘풀리는집 키친타월 / 200매", "잘풀리는집 키친타월 100매, 2개", "수량 200매 ↔ 100매"},
		{"빙그레 딸기우유 / 240ml", "빙그레 딸기 주스 240ml", "제품 형태·용도 딸기우유 ↔ 주스"},
		{"로레알 인팔리블 쿠션 / 매트 120 바닐라", "로레알 인팔리블 쿠션 새틴 120 바닐라", "마감 매트 ↔ 새틴"},
		{"던롭 무릎보호대 / 왼쪽 L", "던롭 무릎보호대 우 L", "장착 위치 왼쪽 ↔ 우"},
	})
}

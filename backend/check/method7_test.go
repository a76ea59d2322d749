package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompareNamesSeventhRound: the classes and rules of the seventh round, on names of no
// table written while working (the batch 7 pairs that showed each area are in its table).
func TestCompareNamesSeventhRound(t *testing.T) {
	tests := []nameCase{
		// the loanword lexicon's seventh-round areas
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
		{"artificial leather still differs from leather", "벨트 / 소가죽 110cm", "벨트 인조가죽 110cm", order.Block, KindMaterial, "소가죽", "인조가죽"},
		// colours as adjectives and belt colours, colour temperature, film formats, general words
		{"white written as an adjective", "무지 머그컵 / 화이트 350ml", "무지 머그컵 하얀색 350ml", "", "", "", ""},
		{"a belt colour glued to 띠", "태권도 띠 / 검정 260cm", "태권도 검은띠 260cm", "", "", "", ""},
		{"two belt colours", "태권도 띠 / 파랑 260cm", "태권도 빨간띠 260cm", order.Block, KindColor, "파랑", "빨간띠"},
		{"a warm white lamp in two registers", "LED 전구 / 10W 웜화이트", "LED 전구 10W 전구색", "", "", "", ""},
		{"warm white is no daylight", "LED 전구 / 10W 전구색", "LED 전구 10W 주광색", order.Block, KindVariety, "전구색", "주광색"},
		{"a DVD is no Blu-ray", "센과 치히로의 행방불명 / DVD", "센과 치히로의 행방불명 블루레이", order.Block, KindVariety, "DVD", "블루레이"},
		{"a pet written for the dog", "강아지 쿨매트 / M", "반려동물 쿨매트 M", "", "", "", ""},
		{"a dog is still no cat", "강아지 쿨매트 / M", "고양이 쿨매트 M", order.Block, KindUsePlace, "강아지", "고양이"},
		{"a replacement filter", "브리타 정수기 필터 / 3개입", "브리타 교체 필터 3개입", "", "", "", ""},
		// words ending in 향, 맛 or 색 that are no scent, flavour or colour
		{"a direction is no scent", "자전거 자물쇠 / 블랙", "자전거 방향 다이얼 자물쇠 블랙", "", "", "", ""},
		{"sound is no scent", "블루투스 스피커 / 블랙", "블루투스 음향 스피커 블랙", "", "", "", ""},
		{"a scent marked the same way still reads", "섬유유연제 / 라벤더향 2L", "섬유유연제 자스민향 2L", order.Block, KindScent, "라벤더향", "자스민향"},
		// 코튼 beside cotton goods is their material
		{"cotton buds called cotton", "국산 면봉 / 200개", "국산 코튼 면봉 200개", "", "", "", ""},
		{"a softener's cotton scent still reads", "다우니 섬유유연제 / 2L", "다우니 섬유유연제 코튼 2L", order.Block, KindScent, "", "코튼"},
		{"cotton pads of two scents still differ", "향기 화장솜 / 라벤더 80매", "향기 화장솜 코튼 80매", order.Block, KindScent, "라벤더", "코튼"},
		// a listed word with the particle that joins it to the next (과 / 와)
		{"와 for an ampersand", "요거트 / 딸기&바나나 4개", "요거트 딸기와 바나나 4개", "", "", "", ""},
		{"과 after a final consonant", "쿠키 / 초콜릿+아몬드 200g", "쿠키 초콜릿과 아몬드 200g", "", "", "", ""},
		{"joined flavours still differ from others", "요거트 / 딸기&바나나 4개", "요거트 딸기와 블루베리 4개", order.Block, KindFlavor, "바나나", "블루베리"},
		{"과 after no final consonant is no particle", "제주 사과 / 3kg", "제주 사과 3kg", "", "", "", ""},
		// a colour word that starts a brand written in Latin words apart
		{"a brand that starts with a colour", "블랙야크 바람막이 / 네이비 L", "BLACK YAK 바람막이 네이비 L", "", "", "", ""},
		{"another brand starting with a colour", "골드스타 선풍기 / 화이트", "GOLD STAR 선풍기 화이트", "", "", "", ""},
		{"the colour itself still differs", "골드스타 선풍기 / 화이트", "골드스타 선풍기 BLACK", order.Block, KindColor, "화이트", "BLACK"},
		// dimensions written with an x are no counts
		{"a bolt's size with and without spaces", "육각볼트 / 10x40mm 50개", "육각볼트 10 x 40mm 50개입", "", "", "", ""},
		{"a bolt's size without its unit", "육각볼트 / 10x40mm 50개", "육각볼트 10X40 50개", "", "", "", ""},
		{"another number of bolts still differs", "육각볼트 / 10x40mm 50개", "육각볼트 10x40mm 100개", order.Block, KindCount, "50개", "100개"},
		{"packs of a weight are still a count", "닭가슴살 / 100g x 10팩", "닭가슴살 100g x 5팩", order.Block, KindCount, "10개", "5개"},
		// a word accounted for by a compound the other name writes
		{"a cat said by a compound's loanword", "펫모닝 숨숨집 / 베이지", "펫모닝 고양이 캣하우스 숨숨집 베이지", "", "", "", ""},
		{"a cat said by a compound is still no dog", "펫모닝 강아지 숨숨집 / 베이지", "펫모닝 캣하우스 숨숨집 베이지", order.Warn, KindWord, "강아지", "캣하우스"},
		// 초콜릿 after a chocolate type names the goods
		{"dark chocolate named by its type", "가나 / 다크 70g", "가나 다크 초콜릿 70g", "", "", "", ""},
		{"a chocolate flavour of other goods still reads", "오레오 쿠키 / 오리지널 100g", "오레오 쿠키 초콜릿 100g", order.Block, KindFlavor, "", "초콜릿"},
		{"milk and dark chocolate still differ", "가나 / 밀크 70g", "가나 다크 초콜릿 70g", order.Warn, KindWord, "밀크", "다크"},
		// metals and a dog's size
		{"iron is not stainless steel", "경첩 / 스텐 2개", "경첩 철제 2개", order.Block, KindMaterial, "스텐", "철제"},
		{"철 inside a word is no metal", "철분 영양제 / 60정", "철분 영양제 60정", "", "", "", ""},
		{"a small dog written as a dog", "하림 펫푸드 소형견 사료 / 2kg", "하림 펫푸드 강아지 사료 2kg", "", "", "", ""},
		{"two dog sizes still differ", "하림 펫푸드 소형견 사료 / 2kg", "하림 펫푸드 대형견 사료 2kg", order.Warn, KindWord, "소형견", "대형견"},
		// a part added with a plus after a word that relates it to the goods
		{"a part after 전용", "브리타 정수기 / 3.5L", "브리타 정수기 3.5L + 전용 필터 세트", order.Block, KindBundle, "", "필터"},
		{"a part after 추가", "에어팟 프로 / 2세대", "에어팟 프로 2세대 + 추가 케이스", order.Block, KindBundle, "", "케이스"},
		{"the part both names write", "브리타 정수기 / 3.5L + 필터", "브리타 정수기 3.5L + 전용 필터 세트", "", "", "", ""},
		// a set's contents spelled out in brackets after its count
		{"a set's contents spelled out", "네일 케어 세트 / 3종 (파일+버퍼+푸셔)", "네일 케어 세트 3종", "", "", "", ""},
		{"more parts than the count still differ", "네일 케어 세트 / 3종 (파일+버퍼+푸셔+니퍼)", "네일 케어 세트 3종", order.Block, KindBundle, "파일", ""},
		{"a bike saddle in two registers", "자이언트 자전거 안장 / 블랙", "자이언트 자전거 새들 블랙", "", "", "", ""},
		{"a camping stove in two registers", "코베아 캠핑 버너 / 1구", "코베아 캠핑 스토브 1구", "", "", "", ""},
		{"a travel pillow in two registers", "메모리폼 목베개 / 그레이", "메모리폼 넥필로우 그레이", "", "", "", ""},
		{"a saddle is still no pedal", "자이언트 자전거 안장 / 블랙", "자이언트 자전거 페달 블랙", order.Warn, KindWord, "안장", "페달"},
		// Dr. written 닥터
		{"Dr. written 닥터 with another word left", "닥터포헤어 샴푸 / 500ml", "Dr.FORHAIR 폴리젠 샴푸 500ml", "", "", "", ""},
		{"Dr. and the goods still differ", "닥터포헤어 샴푸 / 500ml", "Dr.FORHAIR 폴리젠 트리트먼트 500ml", order.Block, attrKind, "샴푸", ""},
	}
	runNameCases(t, tests)
}

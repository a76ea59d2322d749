package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGlossesOfSupplementsAndPots: a supplement's nutrient or extract written in Korean against
// its loanword, two Korean names of one stock pot, and a stand, a stylus and a hairbrush named
// by the loanword are one goods; another nutrient or another pot still asks for a look (names of
// no table, labelled before the glosses were added).
func TestGlossesOfSupplementsAndPots(t *testing.T) {
	runNameCases(t, []nameCase{
		{"엽산 is folate", "[임산부] 솔가 엽산 400mcg 100정 / 1병", "Solgar 폴레이트 400mcg 100정, 1개", "", "", "", ""},
		{"추출물 is extract", "나우푸드 밀크씨슬 추출물 150mg / 120캡슐", "NOW Foods 밀크씨슬 엑스트랙트 150mg, 120캡슐", "", "", "", ""},
		{"곰솥 is a 들통", "키친아트 스텐 들통 36cm / 1개", "키친아트 스텐 곰솥 36cm, 1개", "", "", "", ""},
		{"바늘 is a stylus", "LP 턴테이블 교체용 바늘 / 1개", "LP 턴테이블 교체용 스타일러스, 1개", "", "", "", ""},
		{"거치대 is a bracket", "아이나비 블랙박스 거치대 / 1개", "아이나비 블랙박스 브라켓, 1개", "", "", "", ""},
		{"빗 is a hairbrush", "웻브러시 오리지널 디탱글러 헤어브러시 / 핑크", "WETBRUSH 오리지널 디탱글러 빗, 핑크", "", "", "", ""},
		{"another nutrient", "[임산부] 솔가 엽산 400mcg 100정 / 1병", "Solgar 비오틴 400mcg 100정, 1개", order.Warn, KindWord, "엽산", "비오틴"},
		{"another pot", "키친아트 스텐 들통 36cm / 1개", "키친아트 스텐 찜기 36cm, 1개", order.Warn, KindWord, "들통", "찜기"},
	})
}

// TestGlossesOfWaterJugs: a 물병 or a 물통 is also a water jug (and a 물병 a carafe), as a
// dictionary glosses them; a tumbler is not (names of no table, labelled before the glosses).
func TestGlossesOfWaterJugs(t *testing.T) {
	runNameCases(t, []nameCase{
		{"물병 is a water jug", "락앤락 냉장고 물병 2L / 2개", "LocknLock 냉장고 워터저그 2L, 2개", "", "", "", ""},
		{"물통 is a water jug", "코멕스 캠핑 물통 10L / 1개", "코멕스 캠핑 워터저그 10L, 1개", "", "", "", ""},
		{"물병 is a carafe", "보덤 유리 물병 1L / 1개", "Bodum 유리 카라페 1L, 1개", "", "", "", ""},
		{"a tumbler is no 물병", "보덤 유리 물병 1L / 1개", "Bodum 유리 텀블러 1L, 1개", order.Warn, KindWord, "물병", "텀블러"},
	})
}

package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A preparation state of one goods word in each name, rival values of one dimension, holds the box
// (preparedstates.go); two spellings of one state, a state and no state, and states of two
// different goods words are not read.
func TestPreparedStates(t *testing.T) {
	runNameCases(t, []nameCase{
		{"dried against boiled, glued", "국산 고사리 / 건고사리 1kg", "국산 고사리 삶은고사리 1kg, 1개", order.Block, KindPrepared, "건고사리", "삶은고사리"},
		{"boiled alone against dried glued", "제주 무청 / 삶은 무청 2kg", "제주 건무청 2kg, 1개", order.Block, KindPrepared, "삶은", "건무청"},
		{"peeled against whole", "의성 생강 / 깐생강 1kg", "의성 통생강 1kg, 1개", order.Block, KindPrepared, "깐생강", "통생강"},
		{"raw against steamed", "국산 꽃게 / 생꽃게 1kg", "국산 찐꽃게 1kg, 1개", order.Block, KindPrepared, "생꽃게", "찐꽃게"},
		{"powder after against minced before", "국산 생강 / 생강분말 200g", "국산 다진생강 200g, 1개", order.Block, KindPrepared, "생강분말", "다진생강"},
		{"sliced written after the goods against whole", "국산 더덕 / 통더덕 500g", "국산 더덕 슬라이스 500g, 1개", order.Block, KindPrepared, "통더덕", "슬라이스"},
		{"a goods word the start of the other's", "국산 표고 / 통표고 200g", "국산 표고버섯 채 200g, 1개", order.Block, KindPrepared, "통표고", "채"},
		{"boiled written after with 것", "국산 고사리 / 고사리 삶은것 1kg", "국산 건고사리 1kg, 1개", order.Block, KindPrepared, "삶은것", "건고사리"},
		{"two spellings of one state", "국산 고사리 / 건고사리 1kg", "국산 말린고사리 1kg, 1개", "", "", "", ""},
		{"the other name says both", "국산 들깨 / 깐들깨 1kg", "국산 통들깨 깐들깨 1kg, 1개", "", "", "", ""},
		{"one name says no state", "국산 고사리 / 건고사리 1kg", "국산 고사리 1kg, 1개", "", "", "", ""},
		{"a syllable of another word", "건강 즙 / 도라지즙 30포", "도라지즙 30포, 1개", "", "", "", ""},
		{"frozen against boiled: two dimensions", "냉동 홍게 / 자숙홍게 2kg", "냉동홍게 2kg, 1개", "", "", "", ""},
	})
}

// What stays quiet: one state in two spellings or two places, a state glued to a one-syllable
// rest (편백), a word that only starts as a state does (건조기, 피스타치오). Names of no table.
func TestPreparedStatesGuards(t *testing.T) {
	runNameCases(t, []nameCase{
		{"shredded before and glued after", "채썬 당근 / 1kg", "국산 당근채 1kg, 1개", "", "", "", ""},
		{"minced before and with 것 after", "다진마늘 / 1kg", "국산 마늘 다진것 1kg, 1개", "", "", "", ""},
		{"sliced before and after", "슬라이스 치즈 / 20매", "체다 치즈 슬라이스 20매, 1개", "", "", "", ""},
		{"smoked as a loanword", "스모크 치즈 / 500g", "훈제 치즈 500g, 1개", "", "", "", ""},
		{"a one-syllable rest", "편백나무 도마 / 대", "통편백나무 도마 대, 1개", "", "", "", ""},
		{"a dryer's sheet", "건조기 시트 / 100매", "드라이 시트 100매, 1개", "", "", "", ""},
		{"a word that starts as unpeeled", "피스타치오 / 500g", "깐 피스타치오 500g, 1개", "", "", "", ""},
	})
}

func TestPreparedStatesReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"국산 고사리 / 건고사리 1kg", "국산 고사리 삶은고사리 1kg, 1개", "가공 상태 건고사리 ↔ 삶은고사리"},
	})
}

// How fresh food is sold (round74): alive or cleaned and frozen, with the soil or washed, long or
// cut, boneless or on the bone, seedless or not, which press of an oil, a croaker aged in barley or
// the salted one. Names of no table; the quiet ones say one value in two spellings or on one side.
func TestPreparedStatesSold(t *testing.T) {
	runNameCases(t, []nameCase{
		{"alive against frozen", "제주 활전복 / 1kg", "제주 냉동전복 1kg, 1개", order.Block, KindPrepared, "활전복", "냉동전복"},
		{"alive against cleaned", "목포 활낙지 / 1kg", "목포 손질 낙지 1kg, 1개", order.Block, KindPrepared, "활낙지", "손질"},
		{"with the soil against washed", "국산 흙당근 / 3kg", "국산 세척당근 3kg, 1개", order.Block, KindPrepared, "흙당근", "세척당근"},
		{"long against cut", "국산 긴가래떡 / 1kg", "국산 자른가래떡 1kg, 1개", order.Block, KindPrepared, "긴가래떡", "자른가래떡"},
		{"boneless against on the bone", "순살 감자탕 / 1kg", "뼈 감자탕 1kg, 1개", order.Block, KindPrepared, "순살", "뼈"},
		{"seedless against with seeds", "씨없는 청포도 / 2kg", "씨있는 청포도 2kg, 1개", order.Block, KindPrepared, "씨없는", "씨있는"},
		{"pomace against extra virgin", "스페인 포마스 올리브유 / 1L", "스페인 엑스트라버진 올리브유 1L, 1개", order.Block, KindPrepared, "포마스", "엑스트라버진"},
		{"aged in barley against salted", "법성포 보리굴비 / 10미", "법성포 참굴비 10미, 1개", order.Block, KindPrepared, "보리굴비", "참굴비"},
		{"alive on one side", "제주 활전복 / 1kg", "제주 전복 1kg, 1개", "", "", "", ""},
		{"alive glued and apart", "제주 활전복 / 1kg", "제주 활 전복 1kg, 1개", "", "", "", ""},
		{"washed glued and apart", "국산 세척당근 / 3kg", "국산 세척 당근 3kg, 1개", "", "", "", ""},
		{"boneless glued and apart", "순살 닭강정 / 1kg", "순살닭강정 1kg, 1개", "", "", "", ""},
		{"cleaned and frozen are both not alive", "냉동 손질 오징어 / 1kg", "손질 냉동오징어 1kg, 1개", "", "", "", ""},
		{"a fish word that starts as the salted croaker", "참치 통조림 / 10개", "참치 통조림 10개, 1개", "", "", "", ""},
	})
}

// A variety glued before the goods word (구좌당근, 반달단무지) still names the goods a state of the
// other name is said of. Names of no table.
func TestPreparedStatesVarietyGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"washed after a variety against soil glued", "제주 구좌당근 세척 / 3kg", "제주 흙당근 3kg, 1개", order.Block, KindPrepared, "세척", "흙당근"},
		{"sliced after a variety against whole", "국내산 반달단무지 슬라이스 / 2kg", "국내산 통단무지 2kg, 1개", order.Block, KindPrepared, "슬라이스", "통단무지"},
		{"the same state of the goods and its variety", "제주 구좌당근 세척 / 3kg", "제주 세척당근 3kg, 1개", "", "", "", ""},
	})
}

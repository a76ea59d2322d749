package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPlantAndHeadCounters: 주 counts plants and 두 counts heads, like 개 and 구; weeks and
// anniversaries (주년, 주분) are no count (names of no table).
func TestPlantAndHeadCounters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"plants counted in 주", "왕대추나무 묘목 / 4주", "왕대추 나무 묘목 접목, 4개", "", "", "", ""},
		{"plants counted in 주 that differ", "왕대추나무 묘목 / 4주", "왕대추 나무 묘목 접목, 2개", order.Block, KindCount, "4개", "2개"},
		{"heads counted in 두", "스프링클러 헤드 / 3두", "스프링클러 헤드 3구, 1개", "", "", "", ""},
		{"heads counted in 두 that differ", "스프링클러 헤드 / 3두", "스프링클러 헤드 5구, 1개", order.Block, KindCount, "3개", "5개"},
		{"an anniversary is no count", "레고 30주년 에디션 / 1개", "LEGO 30주년 기념 에디션, 1개", "", "", "", ""},
	})
}

// TestFractionMultipliedIsNoCount: a number with a fraction beside a multiplication sign is no
// count of packs (M8 x 1.25 is a thread's pitch): a name of one bolt matches itself and a name
// that writes its count alone (found when a name of batch 20 did not match itself).
func TestFractionMultipliedIsNoCount(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a pitch, not 12.5 bolts", "육각볼트 M8 x 1.25 / 10개", "육각 볼트 M8 x 1.25, 10개", "", "", "", ""},
		{"the count still differs", "육각볼트 M8 x 1.25 / 10개", "육각 볼트 M8 x 1.25, 20개", order.Block, KindCount, "10개", "20개"},
		{"whole packs still multiply", "물티슈 100매 x 3 / 1세트", "물티슈 100매, 3개", "", "", "", ""},
	})
	for _, name := range []string{"육각볼트 M8 x 1.25 / 10개", "다이스 M10 x 1.5 / 1개", "탭 M5 x 0.8 / 2개"} {
		if got := CompareNames(name, name); !got.Match {
			t.Errorf("%q does not match itself: %+v", name, got.Differences)
		}
	}
}

// TestCountWords: a count written as a pack word, a dozen, pairs, balls, exposures or a set for so
// many people, or with its counter glued, counts the same pieces; the quantity sold after a comma
// and packs of a weight still count (names of no table).
func TestCountWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a 타 is a dozen", "캘러웨이 골프공 / 12개", "캘러웨이 골프공 1타", "", "", "", ""},
		{"balls of yarn are counted", "쎄비 뜨개실 / 50g 5볼", "쎄비 뜨개실 50g 6볼", order.Block, KindCount, "5개", "6개"},
		{"exposures of a film are counted", "후지 필름 C200 / 36컷 2롤", "후지필름 C200 135 필름 36매 2개", "", "", "", ""},
		{"a twin pack is two", "더블하트 젖병 / 240ml 트윈팩", "더블하트 젖병 240ml 2개입", "", "", "", ""},
		{"a twin pack is not one", "더블하트 젖병 / 240ml 트윈팩", "더블하트 젖병 240ml 1개", order.Block, KindCount, "2개", "1개"},
		{"PK counts packs", "캘빈클라인 드로즈 / 3팩 M 블랙", "캘빈클라인 드로즈 3PK 블랙 M", "", "", "", ""},
		{"plates for six", "코렐 접시 / 6인조", "Corelle 코렐 화이트 접시 6P 세트", "", "", "", ""},
		{"plates for six are not four", "코렐 접시 / 6인조", "코렐 접시 4P 세트", order.Block, KindCount, "6개", "4개"},
		{"pairs written in English", "다이소 이어플러그 / 20쌍", "다이소 귀마개 20pairs", "", "", "", ""},
		{"another number of pairs", "다이소 이어플러그 / 20쌍", "다이소 귀마개 10pairs", order.Block, KindCount, "20개", "10개"},
		{"pairs abbreviated", "스포츠 양말 / 5켤레", "스포츠 양말 5pr", "", "", "", ""},
		{"the main item and a refill in one set", "페브리즈 섬유탈취제 / 본품+리필", "페브리즈 섬유탈취제 370ml + 리필 320ml, 1세트", "", "", "", ""},
		{"three sets are not one", "페브리즈 섬유탈취제 / 본품+리필", "페브리즈 섬유탈취제 370ml + 리필 320ml, 3세트", order.Block, KindCount, "2개", "3개"},
		{"one set without the parts written is still one", "페브리즈 섬유탈취제 / 본품+리필", "페브리즈 섬유탈취제 370ml, 1세트", order.Block, KindCount, "2개", "1개"},
		{"one pack of 200 is not two of 100", "잘풀리는집 키친타월 / 200매", "잘풀리는집 키친타월 100매, 2개", order.Block, KindCount, "200매", "100매"},
		{"packs written into the name stay the total", "잘풀리는집 키친타월 / 200매", "잘풀리는집 키친타월 100매 x 2팩", "", "", "", ""},
		{"the same packing on both sides", "잘풀리는집 키친타월 / 100매 2개", "잘풀리는집 키친타월 100매, 2개", "", "", "", ""},
		{"packs of a weight are still a count", "닭가슴살 / 100g x 10팩", "닭가슴살 100g x 5팩", order.Block, KindCount, "10개", "5개"},
	})
}

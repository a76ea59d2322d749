package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestUseWords: goods made for another place, vehicle or pet are other goods (a car charger and a
// home charger, indoor and outdoor slippers, a dog shampoo and a cat shampoo); a name that says
// several uses (겸용, 실내외) covers each, a use said in one name only is wording, and a pet named
// for the goods' look is no use. Names of no table.
func TestUseWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a car charger against a home charger", "차량용 무선충전기 / 15W", "가정용 무선충전기 15W, 1개", order.Block, KindUsePlace, "차량용", "가정용"},
		{"a car air freshener against a home one", "차량용 방향제 / 라벤더", "가정용 방향제 라벤더, 1개", order.Block, KindUsePlace, "차량용", "가정용"},
		{"an office chair against a home chair", "사무용 의자 / 블랙", "가정용 의자 블랙, 1개", order.Block, KindUsePlace, "사무용", "가정용"},
		{"a camping lantern against a car lantern is only asked", "캠핑용 랜턴 / 블랙", "차량용 랜턴 블랙, 1개", order.Warn, KindWord, "캠핑용", "차량용"},
		{"indoor slippers against outdoor slippers", "실내용 슬리퍼 / 블랙", "실외용 슬리퍼 블랙, 1개", order.Block, KindUsePlace, "실내용", "실외용"},
		{"a dog shampoo against a cat shampoo", "강아지용 샴푸 / 500ml", "고양이용 샴푸 500ml, 1개", order.Block, KindUsePlace, "강아지용", "고양이용"},
		{"a dog's cushion against a cat's, other words", "애견 방석 / 대형", "반려묘 방석 대형, 1개", order.Block, KindUsePlace, "애견", "반려묘"},
		// the lexicon's own use reading (업소용 / 가정용) is not said twice
		{"a shop blender against a home blender", "업소용 믹서기 / 2L", "가정용 믹서기 2L, 1개", order.Block, KindUse, "업소용", "가정용"},
		// one use on each side, written two ways
		{"a car charger written two ways", "차량용 무선충전기 / 15W", "자동차용 무선충전기 15W, 1개", "", "", "", ""},
		{"a dog's goods written two ways", "애완견 방석 / 대형", "반려견 방석 대형, 1개", "", "", "", ""},
		// two uses on one side cover either
		{"home and car, against car", "가정용 차량용 겸용 청소기 / 화이트", "차량용 청소기 화이트, 1개", "", "", "", ""},
		{"dog and cat, against cat", "강아지 고양이 겸용 이동가방 / 핑크", "고양이 이동가방 핑크, 1개", "", "", "", ""},
		{"home and shop, against shop (the lexicon's use)", "가정용 업소용 겸용 믹서기 / 2L", "업소용 믹서기 2L, 1개", "", "", "", ""},
		{"office and home, against office", "사무용 가정용 의자 / 블랙", "사무용 의자 블랙, 1개", "", "", "", ""},
		{"indoor and outdoor, against outdoor", "실내외 슬리퍼 / 블랙", "실외용 슬리퍼 블랙, 1개", "", "", "", ""},
		// one side only
		{"a use on one side only", "무선충전기 / 15W", "차량용 무선충전기 15W, 1개", "", "", "", ""},
		// the pet is the goods' look: the words differ, nothing is typed
		{"a cat-shaped cushion against a dog cushion", "고양이 모양 쿠션 / 그레이", "강아지 쿠션 그레이, 1개", order.Warn, KindWord, "고양이, 모양", "강아지"},
	})
}

// TestUseWordsReadings: the explanation names the use each name says.
func TestUseWordsReadings(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"차량용 무선충전기 / 15W", "가정용 무선충전기 15W, 1개", "사용처 차량용 ↔ 가정용"},
		{"강아지용 샴푸 / 500ml", "고양이용 샴푸 500ml, 1개", "사용처 강아지용 ↔ 고양이용"},
	})
}

// TestUsesOfTheGoods: the hob, washing machine, fuel or pet goods are made for differ; both or the
// use said on one side is wording, and a dog's size is still a kind of dog (names of no table).
func TestUsesOfTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an induction pot against a gas-only one", "테팔 스테인리스 냄비 / 인덕션 20cm", "테팔 스테인리스 냄비 20cm 가스용", order.Block, KindHeat, "인덕션", "가스용"},
		{"IH in Latin letters and in Hangul", "테팔 IH 프라이팬 / 28cm", "테팔 인덕션 프라이팬 28cm", "", "", "", ""},
		{"the hob said on one side is wording", "테팔 프라이팬 / 28cm", "테팔 프라이팬 28cm 인덕션겸용", "", "", "", ""},
		{"a drum detergent against a top-loader one", "리큐 세탁세제 / 드럼용 2.7L", "리큐 세탁세제 통돌이용 2.7L", order.Block, KindUse, "드럼용", "통돌이용"},
		{"both machines written apart", "리큐 세탁세제 / 일반드럼겸용 2.7L", "리큐 세탁세제 드럼 겸용 2.7L", "", "", "", ""},
		{"the machine said on one side is wording", "리큐 세탁세제 / 2.7L", "리큐 세탁세제 드럼용 2.7L", "", "", "", ""},
		{"a petrol oil is not a diesel oil", "지크 엔진오일 5W30 / 가솔린 4L", "ZIC 엔진오일 5W-30 디젤 4L", order.Block, KindUse, "가솔린", "디젤"},
		{"the fuel in two registers", "지크 엔진오일 5W30 / 가솔린 4L", "ZIC 엔진오일 5W-30 휘발유용 4L", "", "", "", ""},
		{"for both fuels, said on one side", "지크 엔진오일 5W30 / 가솔린 디젤 겸용 4L", "ZIC 엔진오일 5W-30 4L", "", "", "", ""},
		{"a pet written for the dog", "강아지 쿨매트 / M", "반려동물 쿨매트 M", "", "", "", ""},
		{"a dog is still no cat", "강아지 쿨매트 / M", "고양이 쿨매트 M", order.Block, KindUsePlace, "강아지", "고양이"},
		{"a small dog written as a dog", "하림 펫푸드 소형견 사료 / 2kg", "하림 펫푸드 강아지 사료 2kg", "", "", "", ""},
		{"two dog sizes still differ", "하림 펫푸드 소형견 사료 / 2kg", "하림 펫푸드 대형견 사료 2kg", order.Warn, KindWord, "소형견", "대형견"},
	})
}

// TestUseOfFindsEveryUseWord: the byte tests before useWords (its last byte, its first syllable)
// pass every use word, and rule out a word that is none.
func TestUseOfFindsEveryUseWord(t *testing.T) {
	for w, want := range useWords {
		got, ok := useOf(w)
		assert.True(t, ok, w)
		assert.Equal(t, want, got, w)
	}
	for _, w := range []string{"", "용", "차량용품", "고양", "usb"} {
		_, ok := useOf(w)
		assert.False(t, ok, w)
	}
}

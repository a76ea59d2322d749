package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestLoanwordSpellings: loanwords Korean spells two ways by its sound rules (a y-glide after
// ㅈ ㅊ ㅉ, 쉐 for 셰) and two transliterations of one long foreign name, on names of no table.
func TestLoanwordSpellings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"셰 and 쉐 are one spelling", "오뚜기 쉐프 카레 / 100g", "오뚜기 셰프 카레 100g", "", "", "", ""},
		{"a glide after ㅈ is the plain vowel", "티센 져지 반바지 / M 네이비", "티센 저지 반바지 M 네이비", "", "", "", ""},
		{"a glide after ㅊ is the plain vowel", "빌레로이 챠콜 머그 / 350ml", "빌레로이 차콜 머그 350ml", "", "", "", ""},
		{"a folded spelling inside a longer word", "무지 쉐이커 보틀 / 500ml", "무지 셰이커보틀 500ml", "", "", "", ""},
		{"a long brand transliterated two ways", "스와로브스키 크리스탈 귀걸이 / 실버", "스와로프스키 크리스탈 귀걸이 실버", "", "", "", ""},
		{"one syllable differing in onset and vowel is another word", "위니아 김치냉장고 / 120L", "위니아 김치냉동고 120L", order.Warn, KindWord, "김치냉장고", "김치냉동고"},
		{"three syllables told apart are other words", "스노우피크 캠핑의자 / 블랙", "스노우피크 캠핑테이블 블랙", order.Warn, KindWord, "캠핑의자", "캠핑테이블"},
		{"sugar spelt 슈가 in a sugar-free line", "모닌 바닐라 시럽 / 1L", "모닌 슈가프리 바닐라 시럽 1L", order.Block, KindFlavor, "바닐라", "슈가프리"},
		{"a short word is not read as a transliteration", "삼다수 / 2L 6병", "삼다도 2L 6병", order.Warn, KindWord, "삼다수", "삼다도"},
	})
}

func TestFoldSpelling(t *testing.T) {
	for in, want := range map[string]string{"쥬스": "주스", "쵸콜릿": "초콜릿", "쉐이크": "셰이크", "쨔장": "짜장", "블랙": "블랙", "셰프": "셰프"} {
		assert.Equal(t, want, foldSpelling(in), in)
	}
	assert.True(t, transliterated("르크루제", "르쿠르제"))
	assert.False(t, transliterated("김치냉장고", "김치냉동고"))
	assert.False(t, transliterated("캠핑", "캠펑"))
}

// TestSpellingsBySound: Hangul spellings of one loanword by the rules of sound (finals, an f spelt
// ㅎ, a plural in 츠, short loanwords in two scripts, 앤 for an ampersand) are one word; another
// vowel, onset or final consonant makes another word (names of no table).
func TestSpellingsBySound(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one syllable's consonant makes another word", "캐리어 소형 김치냉장고 / 120L", "캐리어 소형 김치냉동고 120L", order.Warn, KindWord, "김치냉장고", "김치냉동고"},
		{"a loanword is not a spelling of a word both names write", "폴바셋 원두 / 시그니처 블렌드 1kg", "폴바셋 원두 베란다 블렌드 1kg", order.Warn, KindWord, "시그니처", "베란다"},
		{"a final ㅍ spelt ㅂ", "스타벅스 커피숖 머그 / 355ml", "스타벅스 커피숍 머그 355ml", "", "", "", ""},
		{"a final ㅌ spelt ㅅ", "이케아 바스켙 / 대형", "이케아 바스켓 대형", "", "", "", ""},
		{"an f spelt ㅎ", "3M 화일 바인더 / A4", "3M 파일 바인더 A4", "", "", "", ""},
		{"an f spelt ㅎ and a vowel of the ending", "코닝 파이버 케이블 / 10m", "코닝 화이바 케이블 10m", "", "", "", ""},
		{"an onset that is not an f still differs", "필립스 파워 칫솔 / 화이트", "필립스 하워 칫솔 화이트", order.Warn, KindWord, "파워", "하워"},
		{"a final ㄴ said ㅇ before a velar", "앤커 보조배터리 / 10000mAh", "앵커 보조배터리 10000mAh", "", "", "", ""},
		{"two finals of different classes differ", "한샘 선반 / 화이트", "한샘 선판 화이트", order.Warn, KindWord, "선반", "선판"},
		{"a final consonant said alike", "바른 허브 / 캣닢 스프레이 100ml", "바른 허브 캣닙 스프레이 100ml", "", "", "", ""},
		{"an f written ㅎ or ㅍ", "키친아트 후라이팬 / 28cm", "키친아트 프라이팬 28cm", "", "", "", ""},
		{"foil two ways", "크린랩 알루미늄 호일 / 30cm", "크린랩 알루미늄 포일 30cm", "", "", "", ""},
		{"another vowel is another word", "수제 호떡 / 10개", "수제 후떡 10개", order.Warn, KindWord, "호떡", "후떡"},
		{"air in two scripts", "필립스 에어 프라이어 / 4.1L", "PHILIPS AIR 프라이어 4.1L", "", "", "", ""},
		{"eco in two scripts", "락앤락 에코 밀폐용기 / 1L", "락앤락 ECO 밀폐용기 1L", "", "", "", ""},
		{"an English plural written 츠", "마이크로 킥보드 스프라이트 / 블루", "마이크로 킥보드 스프라이츠 블루", "", "", "", ""},
		{"a variant word in its plural", "글로버 프리모 라이트 / 화이트", "글로버 프리모 라이츠 화이트", "", "", "", ""},
		{"a Latin word the vocabulary respells still sounds as written", "글로버 폴더블 킥보드 / 화이트", "GLOBBER FOLDABLE 경량 킥보드 화이트", "", "", "", ""},
		{"a long loanword with and without a final consonant", "파타고니아 레트로 자켓 / M", "파타곤니아 레트로 자켓 M", "", "", "", ""},
		{"a short word with another final consonant is another word", "국산 바지 / M", "국산 반지 M", order.Warn, KindWord, "바지", "반지"},
		{"an ampersand written 앤", "카이테 클린앤코지 베딩 / 49.2L", "Kaytee Clean & Cozy 소동물 베딩 49.2리터", "", "", "", ""},
	})
}

// A word written apart is a part of the other name's compound even when this name writes the
// compound's synonym as well (HUD 헤드업 디스플레이 against HUD 헤드업디스플레이): the synonym is not
// the compound written again (words.go writesWordAsWritten); names of no table.
func TestPartOfCompoundBesideItsSynonym(t *testing.T) {
	runNameCases(t, []nameCase{
		{"display apart beside HUD", "휴대용 HUD 헤드업디스플레이 속도계 / 블랙", "HUD 헤드업 디스플레이 블랙, 1개", "", "", "", ""},
		{"HUD first in the other", "차량용 헤드업디스플레이 HUD 속도 경고 / 블랙", "차량용 HUD 헤드업 디스플레이 블랙, 1개", "", "", "", ""},
		{"the compound itself written again", "해피랩 해피 지퍼백 / 중 50매", "해피랩 일회용 지퍼백 중 50매", order.Warn, KindWord, "해피", "일회용"},
		{"another colour still", "휴대용 HUD 헤드업디스플레이 속도계 / 블랙", "HUD 헤드업 디스플레이 화이트, 1개", order.Block, KindColor, "블랙", "화이트"},
	})
}

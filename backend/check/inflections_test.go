package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

func TestInflectedAlike(t *testing.T) {
	for _, p := range [][2]string{
		{"쉐이빙폼", "쉐이브폼"}, {"테이핑밴드", "테이프밴드"}, {"러닝화", "런화"}, {"런닝머신", "런머신"},
		{"쿠킹포일", "쿡포일"}, {"스타일링젤", "스타일젤"}, {"볶음", "볶은"}, {"절임", "절인"}, {"직장인", "직장용"},
	} {
		assert.True(t, inflectedAlike(p[0], p[1]), "%s / %s", p[0], p[1])
		assert.True(t, inflectedAlike(p[1], p[0]), "%s / %s", p[1], p[0])
	}
	for _, p := range [][2]string{
		{"쉐이빙", "쉐이버"},   // -ing and -er: shaving foam and a shaver
		{"쉐이빙폼", "쉐이빙젤"}, // another head
		{"패딩", "패드"},     // an -ing that is a noun of its own: a padded coat and a pad
		{"롱패딩", "롱패드"},
		{"드레싱", "드레스"},
		{"크림", "크린"}, // not an ending: cream and clean
		{"군인", "군화"}, // another word of the stem
		{"개인", "개용"}, // after one syllable each is a word of its own: personal, for dogs
		{"미인", "미용"},
		{"상인", "상용"},
		{"군인", "군용"},
		{"절임", "절단"},
		{"인", "용"}, // no stem
		{"링", "르"},
		{"shaving", "shave"},
	} {
		assert.False(t, inflectedAlike(p[0], p[1]), "%s / %s", p[0], p[1])
	}
}

// TestOneStemAnotherEnding: a word one name writes with another ending of the same stem — the
// noun and the modifier of a verb (볶음 / 볶은), the people and their use (직장인 / 직장용), an
// English loanword with or without its -ing (쉐이빙 / 쉐이브) — is one word of the goods. Names
// of no table.
func TestOneStemAnotherEnding(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the -ing form of a loanword", "도루코 쉐이빙폼 / 250ml", "도루코 쉐이브폼 250ml, 1개", "", "", "", ""},
		{"the -ing form before another head", "니베아 쉐이빙크림 / 200ml", "니베아 쉐이브크림 200ml, 1개", "", "", "", ""},
		{"an -ing that is a noun of its own", "구스 롱패딩 / 블랙 L", "구스 롱패드 블랙 L, 1개", order.Warn, KindWord, "롱패딩", "롱패드"},
		{"a verb's noun and its modifier", "볶음 땅콩 / 1kg", "볶은 땅콩 1kg, 1개", "", "", "", ""},
		{"people and their use", "직장인 도시락 가방 / 블랙", "직장용 도시락 가방 블랙, 1개", "", "", "", ""},
		{"one syllable before 인 / 용: two words", "극세사 타월 / 개인 10장", "극세사 타월 개용 10장, 1개", order.Warn, KindWord, "개인", "개용"},
		{"one syllable before 인 / 용: beauty", "손거울 / 미인", "손거울 미용, 1개", order.Warn, KindWord, "미인", "미용"},
		{"another head after the same -ing", "도루코 쉐이빙폼 / 250ml", "도루코 쉐이빙젤 250ml, 1개", order.Warn, KindWord, "쉐이빙폼", "쉐이빙젤"},
		{"the -er form is other goods", "필립스 쉐이빙 헤드 / 1개", "필립스 쉐이버 헤드 1개", order.Warn, KindWord, "쉐이빙", "쉐이버"},
		{"another word of the stem", "군인 양말 / 10켤레", "군화 양말 10켤레, 1개", order.Warn, KindWord, "군인", "군화"},
		{"another word of the verb", "해남 절임 배추 / 10kg", "해남 절단 배추 10kg, 1박스", order.Warn, KindWord, "절임", "절단"},
	})
}

// TestEdForm: an English loanword written with its -ed (킬레이티드, 로스티드, 스모크드) is its stem's
// word (names of no table); a syllable of another vowel or a final consonant before 드 is not.
func TestEdForm(t *testing.T) {
	for _, p := range [][2]string{{"킬레이티드", "킬레이트"}, {"로스티드", "로스트"}, {"코티드", "코트"}, {"스모크드", "스모크"}, {"브러시드", "브러시"}} {
		assert.True(t, inflectedAlike(p[0], p[1]), "%s / %s", p[0], p[1])
		assert.True(t, inflectedAlike(p[1], p[0]), "%s / %s", p[1], p[0])
	}
	for _, p := range [][2]string{{"와일드", "와일"}, {"카드", "카"}, {"코티드", "코타"}, {"로스티드", "로스터"}, {"그라운드", "그라운"}} {
		assert.False(t, inflectedAlike(p[0], p[1]), "%s / %s", p[0], p[1])
	}
	runNameCases(t, []nameCase{
		{"chelated magnesium", "닥터스베스트 킬레이트 마그네슘 120정 / 1병", "Doctor's Best 킬레이티드 마그네슘, 120정", "", "", "", ""},
		{"roasted seaweed", "광천 로스트 김 / 20봉", "광천 로스티드 김, 20봉", "", "", "", ""},
		{"another word", "닥터스베스트 킬레이트 마그네슘 120정 / 1병", "Doctor's Best 버퍼드 마그네슘, 120정", order.Warn, KindWord, "킬레이트", "버퍼드"},
	})
}

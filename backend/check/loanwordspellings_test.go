package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestLoanwordRespellings: one loanword written with a schwa as ㅓ or ㅏ, a short i as ㅣ or ㅔ
// after the first syllable, or a consonant written tense, is one word; a first syllable's
// vowel, a plain against an aspirated consonant and a dropped final consonant still separate
// words (names of no table).
func TestLoanwordRespellings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a schwa written ㅓ or ㅏ", "불스원 토탈 케어 세정제 / 500ml", "불스원 토털 케어 세정제, 500ml", "", "", "", ""},
		{"a schwa in metal", "메탈 북엔드 / 블랙 2개", "메털 북엔드 블랙, 2개", "", "", "", ""},
		{"a short i written ㅔ or ㅣ", "차량용 시트 포켓 수납함 / 블랙", "차량용 시트 포킷 수납함 블랙, 1개", "", "", "", ""},
		{"a tense consonant in a long loanword", "폰타나 까르보나라 소스 / 430g", "폰타나 카르보나라 소스, 430g", "", "", "", ""},
		{"a tense s", "모나미 싸인펜 / 12색", "모나미 사인펜, 12색", "", "", "", ""},
		{"a first syllable's vowel", "다이소 말통 / 10L", "다이소 물통, 10L", order.Warn, KindWord, "말통", "물통"},
		{"a plain against an aspirated consonant", "에뛰드 메이크업 베이스 / 30ml", "에뛰드 메이크업 페이스, 30ml", order.Warn, KindWord, "베이스", "페이스"},
		{"a final consonant dropped", "단결정 실리콘 웨이퍼 / 1장", "다결정 실리콘 웨이퍼, 1장", order.Warn, KindWord, "단결정", "다결정"},
		{"two syllables apart", "쇼트 퓨어 글라스 / 2개", "쇼트 포어 글라스, 2개", order.Warn, KindWord, "퓨어", "포어"},
	})
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"노말", "노멀", true}, {"펠렛", "펠릿", true}, {"떼에마", "테에마", true},
		{"꿀팩", "쿨팩", false},                      // two syllables: a tense consonant separates native words
		{"가정", "가장", false}, {"안장", "안정", false}, // a Sino-Korean syllable's final ㅇ
		{"타이즈", "타이츠", false},  // plain against aspirated
		{"모래", "모레", false},    // ㅐ / ㅔ is not read
		{"스탠다드", "스탠더드", true}, // the schwa after the first syllable
	} {
		assert.Equal(t, tc.want, respeltLoanword(tc.a, tc.b), "%s / %s", tc.a, tc.b)
	}
}

// batchimVariant compares words of one length in bytes only: a word of as many runes but other
// bytes differs in a rune that is no syllable.
func TestBatchimVariantLengths(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"메리노울", "메린노울", true},
		{"콜롬비아", "콜로비아", true},
		{"메리노울", "메리노울", false},
		{"메리노a울", "메린노b울", false},
		{"메리노울x", "메린노울한", false}, // as many runes, other bytes
		{"메리노울", "메린노", false},
	} {
		assert.Equal(t, c.want, batchimVariant(c.a, c.b), "%s %s", c.a, c.b)
	}
}

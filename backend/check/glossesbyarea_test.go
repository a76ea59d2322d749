package check

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestAreaGlossesAreMorphemes holds areaMorphemeGlosses to the rules of the gloss table: a
// Hangul morpheme or compound the gloss reading can read (four syllables at most), glossed in
// one place only, that no other reader takes for a typed value, a size or a word of no
// meaning, glossed as plain lower-case English.
func TestAreaGlossesAreMorphemes(t *testing.T) {
	for w, g := range areaMorphemeGlosses {
		_, twice := morphemeGlosses[w]
		assert.False(t, twice, "%q is glossed in glosses.go already", w)
		n := utf8.RuneCountInString(w)
		assert.True(t, n >= 1 && n <= 4, "%q: the reading reads morphemes of one to four syllables", w)
		for _, r := range w {
			assert.True(t, isSyllable(r), "%q: Hangul syllables only", w)
		}
		assert.Empty(t, attributesOf(w, nil), "%q is read as a typed value", w)
		assert.False(t, stopWords[w], "%q is a stop word", w)
		_, size := sizeWords[w]
		assert.False(t, size, "%q is a size", w)
		seen := map[string]bool{}
		for _, alt := range strings.Split(g, "|") {
			assert.NotEmpty(t, alt, "%q: an empty gloss", w)
			assert.False(t, seen[alt], "%q: %q glossed twice", w, alt)
			seen[alt] = true
			for _, c := range alt {
				assert.True(t, c == ' ' || c >= 'a' && c <= 'z', "%q: %q is not plain English", w, alt)
			}
		}
	}
}

// TestAreaGlossesReadLoanwords: goods a name writes in Korean morphemes of the area vocabulary
// and the other as the loanword or English of the same concepts are one goods (names of no
// table; each asked for a look before the vocabulary).
func TestAreaGlossesReadLoanwords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"안마 is massage", "안마 의자 / 블랙", "마사지 체어 블랙, 1개", "", "", "", ""},
		{"진동 is vibration", "무선 진동 안마기 / 화이트", "무선 바이브레이션 마사지기 화이트, 1개", "", "", "", ""},
		{"화로 + 대 is a fire pit", "캠핑 화로대 / 1개", "캠핑 파이어핏, 1개", "", "", "", ""},
		{"보낭 is a sleeping bag", "유아 보낭 / 베이지", "유아 슬리핑백 베이지, 1개", "", "", "", ""},
		{"원예 is gardening", "원예 가위 / 1개", "가드닝 가위, 1개", "", "", "", ""},
		{"난로 is a stove", "전기 난로 / 1개", "전기 스토브, 1개", "", "", "", ""},
		{"주차 and 번호판, word by word", "주차 번호판 / 1개", "파킹 넘버 플레이트, 1개", "", "", "", ""},
		{"재봉틀 is a sewing machine", "재봉틀 / 1개", "소잉머신, 1개", "", "", "", ""},
		{"책꽂이 is a bookend", "책꽂이 / 1개", "북엔드, 1개", "", "", "", ""},
		{"모종삽 is a trowel", "모종삽 / 1개", "트로웰, 1개", "", "", "", ""},
		{"a massager is no pill", "진동 안마기 / 1개", "진동 알약, 1개", order.Warn, KindWord, "안마기", "알약"},
		{"an insect screen is no screen", "방충망 테이프 / 1개", "스크린 테이프, 1개", order.Warn, KindWord, "방충망", "스크린"},
	})
}

// TestAreaGlossesKeepGoodsApart: two Korean words that name goods sold apart share no English
// reading, though one English word names both (pill: 보풀 and 알약; plaque: 치석 and 상패).
func TestAreaGlossesKeepGoodsApart(t *testing.T) {
	texts := func(w string) map[string]bool {
		var g glossReads
		g.read(w)
		m := map[string]bool{}
		for _, r := range g.readings() {
			if r.tn >= 0 {
				m[string(r.text[:r.tn])] = true
			}
		}
		return m
	}
	for _, p := range [][2]string{
		{"보풀", "알약"}, {"치석", "상패"}, {"당구", "수영장"}, {"시동", "입문"}, {"다리미", "철"},
		{"솥", "화분"}, {"먹이", "식품"}, {"변기", "화장실"}, {"외부", "외투"}, {"방충망", "화면"},
		{"저장", "수납"}, {"구명", "생활"}, {"이동", "여행"}, {"건반", "자판"}, {"술", "알콜"},
		{"통조림", "통"}, {"방지턱", "마개"}, {"절연", "단열"}, {"체온계", "온도계"},
		{"부채", "선풍기"}, {"반창고", "붕대"}, {"세탁기", "세척기"}, {"연마기", "분쇄기"},
	} {
		a, b := texts(p[0]), texts(p[1])
		assert.NotEmpty(t, a, "%s is glossed", p[0])
		assert.NotEmpty(t, b, "%s is glossed", p[1])
		for x := range a {
			assert.False(t, b[x], "%s and %s both read as %q", p[0], p[1], x)
		}
	}
}

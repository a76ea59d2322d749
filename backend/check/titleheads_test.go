package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestWordsBeforeTheTitleHead: under one specific code both names write, two words the
// vocabulary knows still ask for a look only when each ends its title (the goods' names); a
// word written before another word of the title describes the goods.
func TestWordsBeforeTheTitleHead(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a feature before the goods' name", "써모스 진공 보온병 JNL-504 / 500ml 블랙", "THERMOS 써모스 JNL504 원터치 텀블러 500ml 검정, 1개", "", "", "", ""},
		{"a use word and a part before the goods' name", "자동차 에어컨 세정제 AC-500K / 300ml", "AC500K 차량용 세정제 300ml, 1개", "", "", "", ""},
		{"two goods' names ending their titles", "이와타니 휴대용 가스버너 CB-AH-41 / 1개", "Iwatani CBAH41 포터블 가스레인지, 1개", order.Warn, KindWord, "가스버너", "가스레인지"},
		{"the same words without a code", "써모스 진공 보온병 / 500ml 블랙", "THERMOS 써모스 원터치 텀블러 500ml 검정, 1개", order.Warn, KindWord, "진공, 보온병", "원터치, 텀블러"},
	})
}

func TestTitleHead(t *testing.T) {
	tests := []struct {
		name, text, word string
		registered, want bool
	}{
		{"the last word of the title", "써모스 진공 보온병 JNL-504 / 500ml 블랙", "보온병", true, true},
		{"a word before the goods' name", "자동차 에어컨 세정제 AC-500K / 300ml", "에어컨", true, false},
		{"the option's words do not count", "쿠쿠 밥솥 / 내솥 6인용", "밥솥", true, true},
		{"the exposed title ends at its comma", "써모스 보온병, 원터치 500ml", "보온병", false, true},
		{"a word before another of the exposed title", "써모스 원터치 텀블러 500ml 검정", "원터치", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m Matcher
			m.Compare(tc.text, tc.text, 1)
			rd := &m.e
			if tc.registered {
				rd = &m.r
			} else {
				rd.optStart = 0
			}
			tok := rd.wordToken(tc.word)
			if !assert.NotNil(t, tok, "no token %q", tc.word) {
				return
			}
			assert.Equal(t, tc.want, titleHead(rd, fact{text: tc.word, sp: tok.sp}))
		})
	}
}

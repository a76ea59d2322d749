package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSoundsAlike(t *testing.T) {
	tests := []struct {
		a, b  string
		alike bool
	}{
		{"dewalt", "디월트", true},
		{"jomalone", "조말론", true},
		{"nespresso", "네스프레소", true},
		{"vertuo", "버츄오", true},
		{"switch", "스위치", true},
		{"extreme", "익스트림", true},
		{"portable", "포터블", true},
		{"midnight", "미드나이트", true},
		{"미드나잇", "미드나이트", true},
		{"sandisk", "샌디스크", true},
		{"samsonite", "쌤소나이트", true},
		{"ipad", "아이패드", true},
		{"iphone", "아이폰", true},
		{"instax", "인스탁스", true},
		{"barracuda", "바라쿠다", true},
		// different words stay different
		{"ipad", "아이폰", false},
		{"black", "블루", false},
		{"pro", "플러스", false},
		{"air", "에어", false}, // too short to match by sound
		{"galaxy", "갤러리", false},
		{"dyson", "다이슨", true},
		{"shampoo", "린스", false},
		{"oled", "라이트", false},
		{"light", "라이트", true},
	}
	for _, tc := range tests {
		var a, b soundKey
		soundOf(&a, tc.a)
		soundOf(&b, tc.b)
		assert.Equal(t, tc.alike, soundsAlike(a.key(), b.key()), "%s %q vs %s %q", tc.a, a.key(), tc.b, b.key())
	}
}

func TestSoundsAlikeSilentLetters(t *testing.T) {
	tests := []struct {
		a, b  string
		alike bool
	}{
		{"gore-tex", "고어텍스", true},
		{"explore", "익스플로어", true},
		{"skincare", "스킨케어", true},
		{"store", "스토어", true},
		{"cord", "코드", true},
		{"green", "그린", true},
	}
	for _, tc := range tests {
		var a, b soundKey
		soundOf(&a, tc.a)
		soundOf(&b, tc.b)
		assert.Equal(t, tc.alike, soundsAlike(a.key(), b.key()), "%s %q vs %s %q", tc.a, a.key(), tc.b, b.key())
	}
}

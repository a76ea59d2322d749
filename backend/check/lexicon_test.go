package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLexiconEntriesFitTheSearch(t *testing.T) {
	for w := range lexicon {
		assert.LessOrEqual(t, len(w), maxEntryLen, w)
	}
	for w := range wordSuffixes {
		assert.LessOrEqual(t, len(w), maxEntryLen, w)
	}
}

func TestAttributesOf(t *testing.T) {
	tests := []struct {
		word string
		want []string // kind:value
	}{
		{"딸기맛", []string{"flavor:딸기"}},
		{"딸기바나나우유", []string{"flavor:딸기", "flavor:바나나"}},
		{"블랙색상", []string{"color:블랙"}},
		{"꿀사과", []string{"flavor:사과"}},
		{"베이비핑크", []string{"color:핑크"}},
		{"보통맛", []string{"flavor:보통"}},
		{"블랙박스", nil},
		{"화이트닝", nil},
		{"실리콘", nil},
		{"핫도그", nil},
		{"신서리티", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, a := range attributesOf(tc.word, nil) {
			got = append(got, a.kind+":"+a.value)
		}
		assert.Equal(t, tc.want, got, tc.word)
	}
}

func TestJoinedKey(t *testing.T) {
	for in, want := range map[string]string{
		"wi-fi": "wifi", "usb-c": "usbc", "d'addario": "daddario", "d’addario": "daddario", "블랙": "블랙", "": "",
	} {
		assert.Equal(t, want, joinedKey(in), in)
	}
	assert.Equal(t, "abc 블랙 x1", lowerASCII("ABC 블랙 X1"))
}

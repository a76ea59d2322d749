package secrets

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHintNeverShowsMoreThanFourCharacters(t *testing.T) {
	tests := []struct{ secret, want string }{
		{"", ""},
		{"short", "저장됨 (••••)"},
		{"12345678", "저장됨 (••••)"},
		{"abcdef-1234567", "저장됨 (••••4567)"},
		{"비밀키가아주길다한글로", "저장됨 (••••다한글로)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Hint(tt.secret), tt.secret)
	}
}

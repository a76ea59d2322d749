package doorpass

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"
)

func TestServePasswordHash(t *testing.T) {
	tests := []struct {
		name     string
		password string
		wantErr  error
	}{
		{"ordinary", "장바구니-2026!", nil},
		{"30 Korean characters, 90 bytes: over bcrypt's 72", strings.Repeat("가나다라마바사아자차", 3), nil},
		{"too short", "짧은암호", ErrWeak},
		{"pasted file", strings.Repeat("a", 300), ErrLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := Hash(tt.password, bcrypt.MinCost)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.NotEmpty(t, Rule(err), "a Korean sentence for the seller")
				assert.NotContains(t, Rule(err), "bcrypt")
				return
			}
			require.NoError(t, err)
			assert.NotContains(t, h, tt.password)
			assert.True(t, Matches(h, tt.password))
			assert.False(t, Matches(h, tt.password+"x"))
		})
	}
	// 73 bytes that differ only after byte 72 are different passwords
	a, b := strings.Repeat("가", 24)+"a", strings.Repeat("가", 24)+"b"
	h, err := Hash(a, bcrypt.MinCost)
	require.NoError(t, err)
	assert.False(t, Matches(h, b))
}

// A hash written by an older SellerDesk (plain bcrypt of the password) keeps working.
func TestServePasswordOldHash(t *testing.T) {
	old, err := bcrypt.GenerateFromPassword([]byte("예전-비밀번호"), bcrypt.MinCost)
	require.NoError(t, err)
	assert.True(t, Matches(string(old), "예전-비밀번호"))
	assert.False(t, Matches(string(old), "다른-비밀번호"))
	assert.False(t, Matches("", ""))
}

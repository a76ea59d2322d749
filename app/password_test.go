package app

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
		{"too short", "짧은암호", ErrWeakPassword},
		{"pasted file", strings.Repeat("a", 300), ErrLongPassword},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := HashServePassword(tt.password, bcrypt.MinCost)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.NotEmpty(t, ServePasswordRule(err), "a Korean sentence for the seller")
				assert.NotContains(t, ServePasswordRule(err), "bcrypt")
				return
			}
			require.NoError(t, err)
			assert.NotContains(t, h, tt.password)
			assert.True(t, ServePasswordMatches(h, tt.password))
			assert.False(t, ServePasswordMatches(h, tt.password+"x"))
		})
	}
	// 73 bytes that differ only after byte 72 are different passwords
	a, b := strings.Repeat("가", 24)+"a", strings.Repeat("가", 24)+"b"
	h, err := HashServePassword(a, bcrypt.MinCost)
	require.NoError(t, err)
	assert.False(t, ServePasswordMatches(h, b))
}

// A hash written by an older SellerDesk (plain bcrypt of the password) keeps working.
func TestServePasswordOldHash(t *testing.T) {
	old, err := bcrypt.GenerateFromPassword([]byte("예전-비밀번호"), bcrypt.MinCost)
	require.NoError(t, err)
	assert.True(t, ServePasswordMatches(string(old), "예전-비밀번호"))
	assert.False(t, ServePasswordMatches(string(old), "다른-비밀번호"))
	assert.False(t, ServePasswordMatches("", ""))
}

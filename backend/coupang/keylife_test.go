package coupang

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestKeyExpiryNote(t *testing.T) {
	saved := time.Date(2026, 6, 1, 3, 0, 0, 0, time.UTC) // 12:00 KST
	tests := []struct {
		name string
		now  time.Time
		want string // a part of the note; "" for none
	}{
		{"unknown day", time.Time{}, ""},
		{"young keys", saved.Add(100 * 24 * time.Hour), ""},
		{"a day before the re-issue window", saved.Add(KeyLife - ReissueFrom - 24*time.Hour), ""},
		{"in the re-issue window", saved.Add(KeyLife - 10*24*time.Hour), "저장한 지 170일이 지났고, 늦어도 2026-11-28에 만료됩니다"},
		{"past the life", saved.Add(KeyLife + 24*time.Hour), "저장한 지 181일이 지나 만료되었을 수 있습니다"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := saved
			if tt.now.IsZero() {
				s, tt.now = time.Time{}, saved
			}
			got := KeyExpiryNote(s, tt.now)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.want)
			assert.Contains(t, got, "OPEN API 키 발급에서 키를 재발급")
		})
	}
}

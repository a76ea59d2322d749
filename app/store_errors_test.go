package app

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/store"
)

// TestSellerMessageOfStoreErrors: a full disk, a read-only folder and a damaged file are told in
// their own words, not as "잠시 후 다시 시도".
func TestSellerMessageOfStoreErrors(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&store.FileError{Op: "write", Kind: store.ErrDiskFull, Err: errors.New("no space left on device")}, "디스크 공간이 부족"},
		{&store.FileError{Op: "write", Kind: store.ErrReadOnly, Err: errors.New("read-only file system")}, "읽기 전용"},
		{&store.DamagedError{Path: "x", Reason: "file is cut short"}, "최근 백업으로 복원"},
		{&store.LockedError{Path: "x"}, "이미 실행 중"},
	}
	for _, tt := range tests {
		msg := SellerMessage(fmt.Errorf("app: open: %w", tt.err))
		assert.Contains(t, msg, tt.want)
		assert.NotContains(t, msg, "잠시 후 다시 시도")
	}
}

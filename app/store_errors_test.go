package app

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// TestDeskFailureSaysWhichStoreFault: a screen's failure caused by the store names the fault.
func TestDeskFailureSaysWhichStoreFault(t *testing.T) {
	a, err := New(context.Background(), Config{DataDir: t.TempDir()})
	require.NoError(t, err)
	defer a.Close()
	err = a.Orders().fail("백업하지 못했습니다.", fmt.Errorf("backup: %w", &store.FileError{Op: "write", Kind: store.ErrDiskFull, Err: errors.New("no space left on device")}))
	assert.Equal(t, "백업하지 못했습니다. 디스크 공간이 부족해 데이터를 저장하지 못했습니다. 데이터 폴더가 있는 디스크의 빈 공간을 늘린 뒤 다시 시도하세요.",
		SellerMessage(err))
	assert.Equal(t, "목록을 읽지 못했습니다.", SellerMessage(a.Orders().fail("목록을 읽지 못했습니다.", errors.New("other"))))
}

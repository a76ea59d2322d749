package store

import (
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClassifyFileErrors: the operating system's refusals, as os.File and bbolt return them
// (wrapped, or flattened into text), become the store's kinds with their own Korean words.
func TestClassifyFileErrors(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix error numbers")
	}
	write := func(errno syscall.Errno) error {
		return &fs.PathError{Op: "write", Path: "/data/sellerdesk.db", Err: errno}
	}
	tests := []struct {
		name   string
		err    error
		kind   error
		korean string
	}{
		{"full disk on a write", write(syscall.ENOSPC), ErrDiskFull, "디스크 공간이 부족"},
		{"quota", write(syscall.EDQUOT), ErrDiskFull, "디스크 공간이 부족"},
		{"file size limit, flattened by bbolt", fmt.Errorf("file resize error: %s", write(syscall.EFBIG)), ErrDiskFull, "디스크 공간이 부족"},
		{"read-only disk", write(syscall.EROFS), ErrReadOnly, "읽기 전용"},
		{"permissions", write(syscall.EACCES), ErrReadOnly, "읽기 전용"},
		{"failing disk on sync", fmt.Errorf("file sync error: %s", &fs.PathError{Op: "sync", Path: "x", Err: syscall.EIO}), ErrDamaged, "손상"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := classify("write", fmt.Errorf("apply: %w", tt.err))
			assert.ErrorIs(t, err, tt.kind)
			var fe *FileError
			assert.True(t, errors.As(err, &fe))
			msg, ok := SellerMessage(fmt.Errorf("syncer: %w", err))
			assert.True(t, ok)
			assert.Contains(t, msg, tt.korean)
			assert.Same(t, err, classify("again", err), "classified once")
		})
	}
	other := errors.New("json: cannot unmarshal")
	assert.Same(t, other, classify("write", other))
	_, ok := SellerMessage(other)
	assert.False(t, ok)
}

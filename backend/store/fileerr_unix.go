//go:build !windows

package store

import (
	"errors"
	"strings"
	"syscall"
)

// fileErrorKind is the kind of an operating system error: ENOSPC, EDQUOT and EFBIG (a file
// system's or the process's file size limit) leave no room; EROFS, EACCES and EPERM refuse the
// write; EIO is a failing disk.
func fileErrorKind(err error) error {
	for _, c := range []struct {
		errno syscall.Errno
		kind  error
	}{
		{syscall.ENOSPC, ErrDiskFull}, {syscall.EDQUOT, ErrDiskFull}, {syscall.EFBIG, ErrDiskFull},
		{syscall.EROFS, ErrReadOnly}, {syscall.EACCES, ErrReadOnly}, {syscall.EPERM, ErrReadOnly},
		{syscall.EIO, ErrDamaged},
	} {
		if errors.Is(err, c.errno) || strings.Contains(err.Error(), c.errno.Error()) {
			return c.kind
		}
	}
	return nil
}

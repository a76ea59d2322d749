//go:build windows

package store

import (
	"errors"
	"strings"
	"syscall"
)

// Windows error numbers (winerror.h) of a full disk, a refused write and a failing disk.
const (
	errorAccessDenied   = syscall.Errno(5)
	errorWriteProtect   = syscall.Errno(19)
	errorCRC            = syscall.Errno(23)
	errorHandleDiskFull = syscall.Errno(39)
	errorDiskFull       = syscall.Errno(112)
	errorFileTooLarge   = syscall.Errno(223)
	errorIODevice       = syscall.Errno(1117)
)

// fileErrorKind is the kind of an operating system error (see the Unix version).
func fileErrorKind(err error) error {
	for _, c := range []struct {
		errno syscall.Errno
		kind  error
	}{
		{errorDiskFull, ErrDiskFull}, {errorHandleDiskFull, ErrDiskFull}, {errorFileTooLarge, ErrDiskFull},
		{errorWriteProtect, ErrReadOnly}, {errorAccessDenied, ErrReadOnly},
		{errorCRC, ErrDamaged}, {errorIODevice, ErrDamaged},
	} {
		if errors.Is(err, c.errno) || strings.Contains(err.Error(), c.errno.Error()) {
			return c.kind
		}
	}
	return nil
}

package store

import (
	"errors"
	"fmt"
)

// Sentinel errors callers branch on with errors.Is. The concrete errors returned carry more
// context (the path, the versions) and a message in Korean for the seller followed by English.
var (
	// ErrLocked: another SellerDesk (or another window) holds the data file.
	ErrLocked = errors.New("store: data file is locked by another SellerDesk")
	// ErrNewerSchema: the file was written by a newer SellerDesk than this one.
	ErrNewerSchema = errors.New("store: data file has a newer schema")
	// ErrNotSellerDesk: the file is not a SellerDesk data file (or backup).
	ErrNotSellerDesk = errors.New("store: not a SellerDesk data file")
	// ErrNotFound: no shipment with that key.
	ErrNotFound = errors.New("store: not found")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("store: closed")
)

// LockedError says that another SellerDesk already uses the data folder.
type LockedError struct {
	Path string
}

func (e *LockedError) Error() string {
	return "셀러데스크가 이미 실행 중입니다 (다른 창이 이 데이터 폴더를 사용 중). " +
		"/ SellerDesk is already running with this data folder: " + e.Path
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// SchemaError says that the file's schema is newer than this program understands.
type SchemaError struct {
	Path      string
	Found     int
	Supported int
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("이 데이터 파일은 더 새로운 셀러데스크로 저장되었습니다. 셀러데스크를 업데이트하세요. "+
		"/ The data file %s has schema version %d; this SellerDesk supports up to %d. Update SellerDesk.",
		e.Path, e.Found, e.Supported)
}

// Is makes errors.Is(err, ErrNewerSchema) true.
func (e *SchemaError) Is(target error) bool { return target == ErrNewerSchema }

// NotSellerDeskError says that a file is not a SellerDesk data file.
type NotSellerDeskError struct {
	Path   string
	Reason string
}

func (e *NotSellerDeskError) Error() string {
	return "셀러데스크 데이터 파일(또는 백업 파일)이 아닙니다. 올바른 파일을 선택하세요. " +
		"/ Not a SellerDesk data file: " + e.Path + " (" + e.Reason + ")"
}

// Is makes errors.Is(err, ErrNotSellerDesk) true.
func (e *NotSellerDeskError) Is(target error) bool { return target == ErrNotSellerDesk }

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

// Sentinels of the data file's own failures: callers branch on them with errors.Is, and
// SellerMessage says each in its own Korean words (a full disk is not a network problem).
var (
	// ErrDamaged: the data file (or a record in it) is damaged: truncated, overwritten, bytes
	// changed on the disk. Restoring the newest backup is the way out.
	ErrDamaged = errors.New("store: the data file is damaged")
	// ErrDiskFull: the disk (or the seller's quota, or the file system's file size limit) has no
	// room for the write.
	ErrDiskFull = errors.New("store: no room left on the disk")
	// ErrReadOnly: the data folder or its disk cannot be written (read-only disk, permissions).
	ErrReadOnly = errors.New("store: the data folder cannot be written")
	// ErrRecordDamaged: one stored shipment no longer decodes; the rest of the file is fine.
	ErrRecordDamaged = errors.New("store: a stored shipment is damaged")
)

// recordDamaged is the error of reading a box that no longer decodes.
func recordDamaged(key string, err error) error {
	return fmt.Errorf("%w: %s: %w", ErrRecordDamaged, key, err)
}

// DamagedError says that the data file, or one part of it, cannot be read as written.
type DamagedError struct {
	Path string
	// Reason is the technical detail (which check failed, or the panic inside the database).
	Reason string
}

func (e *DamagedError) Error() string {
	return "데이터 파일이 손상되었습니다. 최근 백업으로 복원하세요. / The data file " + e.Path +
		" is damaged: " + e.Reason
}

// Is makes errors.Is(err, ErrDamaged) true.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// FileError is a write (or read) of the data folder that the operating system refused: Kind is
// ErrDiskFull, ErrReadOnly or ErrDamaged (an I/O error of the disk).
type FileError struct {
	Op   string
	Kind error
	Err  error
}

func (e *FileError) Error() string { return "store: " + e.Op + ": " + e.Err.Error() }

// Unwrap gives both the kind and the operating system's error to errors.Is and errors.As.
func (e *FileError) Unwrap() []error { return []error{e.Kind, e.Err} }

// classify turns an operating system error inside err into a *FileError of its kind; other errors
// are returned as they are. bbolt flattens some errors into text ("file resize error: %s"), so the
// operating system's own wording of the error numbers is recognised as well.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	if kind := fileErrorKind(err); kind != nil {
		return &FileError{Op: op, Kind: kind, Err: err}
	}
	return err
}

// SellerMessage is the Korean sentence for a store error a seller can act on, and true; false
// for other errors (the caller then uses its own words).
func SellerMessage(err error) (string, bool) {
	switch {
	case err == nil:
		return "", false
	case errors.Is(err, ErrDiskFull):
		return "디스크 공간이 부족해 데이터를 저장하지 못했습니다. 데이터 폴더가 있는 디스크의 빈 공간을 늘린 뒤 다시 시도하세요.", true
	case errors.Is(err, ErrReadOnly):
		return "데이터 폴더에 쓸 수 없어 데이터를 저장하지 못했습니다. 데이터 폴더(또는 디스크)가 읽기 전용인지, " +
			"폴더 권한이 바뀌지 않았는지 확인하세요.", true
	case errors.Is(err, ErrRecordDamaged):
		return "이 주문의 저장 데이터가 손상되어 읽을 수 없습니다. 마켓 판매자센터에서 주문을 확인하세요. " +
			"마켓이 다음 동기화에서 이 주문을 다시 보내면 새로 저장됩니다.", true
	case errors.Is(err, ErrDamaged):
		return "데이터 파일이 손상되었습니다. 셀러데스크를 닫고 다시 시작해 최근 백업으로 복원하세요 " +
			"(명령줄: sellerdesk restore --newest).", true
	case errors.Is(err, ErrLocked):
		return "셀러데스크가 이미 실행 중입니다. 열려 있는 창을 사용하거나, 그 창을 닫고 다시 시작하세요.", true
	case errors.Is(err, ErrNewerSchema):
		return "이 데이터 파일은 더 새로운 셀러데스크로 저장되었습니다. 셀러데스크를 최신 버전으로 업데이트하세요.", true
	case errors.Is(err, ErrNotSellerDesk):
		return "셀러데스크 데이터 파일(또는 백업 파일)이 아닙니다. 올바른 파일을 선택하세요.", true
	}
	return "", false
}

// Package backups is the seller's backup files in the data folder: where a new one goes and what
// it is called (the KST time), the list, the old ones that go when their period has passed, and
// the restore scheduled for the next start (the running store cannot be swapped underneath the
// open windows). The store writes and checks the files themselves (store.BackupToFile,
// store.CheckBackup, store.Restore).
package backups

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/privatefile"
	"sellerdesk/backend/store"
)

const (
	// Dir is the folder inside the data folder that holds the seller's backups.
	Dir = "backups"
	// Ext is the extension of the backup files SellerDesk writes and offers to restore.
	Ext = ".sdbackup"
	// marker is the file in the data folder that names a backup to restore at the next start.
	marker = "restore-pending.json"
	// restoredMarker says a restore was done and the guards that follow one have not run yet.
	restoredMarker = "restored.json"
)

// File is one backup.
type File struct {
	Name, Path string
	Size       int64
	Modified   time.Time
}

// NewPath is where a backup made at now goes: backups/sellerdesk-<KST time>.sdbackup, with
// milliseconds when a backup of the same second exists. The folder is created (0700).
func NewPath(dataDir string, now time.Time) (string, error) {
	dir := filepath.Join(dataDir, Dir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("backups: create folder: %w", err)
	}
	path := filepath.Join(dir, "sellerdesk-"+now.In(order.KST()).Format("20060102-150405")+Ext)
	if _, err := os.Stat(path); err == nil { // two backups within one second
		path = filepath.Join(dir, "sellerdesk-"+now.In(order.KST()).Format("20060102-150405.000")+Ext)
	}
	return path, nil
}

// List lists the backups of the data folder, newest first.
func List(dataDir string) ([]File, error) {
	dir := filepath.Join(dataDir, Dir)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backups: list: %w", err)
	}
	var out []File
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), Ext) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, File{Name: e.Name(), Path: filepath.Join(dir, e.Name()), Size: info.Size(), Modified: info.ModTime()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name > out[j].Name })
	return out, nil
}

// Path is the path of the backup named name, or an error when name is not one (a path, another
// extension).
func Path(dataDir, name string) (string, error) {
	if name == "" || name != filepath.Base(name) || !strings.HasSuffix(name, Ext) {
		return "", fmt.Errorf("backups: bad backup name %q", name)
	}
	return filepath.Join(dataDir, Dir, name), nil
}

// restoreRequest is the scheduled restore, as kept in the marker file.
type restoreRequest struct {
	Path        string    `json:"path"`
	RequestedAt time.Time `json:"requestedAt"`
}

// Schedule makes path (a checked backup) replace the data file at the next start.
func Schedule(dataDir, path string, now time.Time) error {
	req, err := json.Marshal(restoreRequest{Path: path, RequestedAt: now})
	if err != nil {
		return fmt.Errorf("backups: encode restore request: %w", err)
	}
	if err := privatefile.WriteBytes(filepath.Join(dataDir, marker), req); err != nil {
		return fmt.Errorf("backups: schedule restore: %w", err)
	}
	return nil
}

// Pending is the backup scheduled for the next start; ok is false when none is.
func Pending(dataDir string) (path string, ok bool, err error) {
	var req restoreRequest
	b, err := os.ReadFile(filepath.Join(dataDir, marker))
	if errors.Is(err, os.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("backups: read restore request: %w", err)
	}
	if err := json.Unmarshal(b, &req); err != nil || req.Path == "" {
		return "", false, fmt.Errorf("backups: restore request is unreadable: %v", err)
	}
	return req.Path, true, nil
}

// Cancel removes a scheduled restore (none is not an error).
func Cancel(dataDir string) error {
	if err := os.Remove(filepath.Join(dataDir, marker)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("backups: cancel restore: %w", err)
	}
	return nil
}

// RestorePending runs a restore Schedule asked for, before the store opens. It returns the
// Korean sentence to show the seller afterwards ("" when nothing was scheduled). A failed restore
// leaves the current data in place and says so; it never stops the start.
func RestorePending(ctx context.Context, dataDir string) (string, error) {
	path, ok, err := Pending(dataDir)
	if err != nil {
		_ = Cancel(dataDir)
		return "예약된 복원 정보를 읽을 수 없어 복원하지 않았습니다. 설정에서 다시 예약하세요.", err
	}
	if !ok {
		return "", nil
	}
	rerr := store.Restore(ctx, dataDir, path)
	if rerr == nil {
		// Before the request goes: a stop between the two restores again, and the guards after
		// a restore (digital deliveries that may have been mailed since the backup) run at the
		// next start even when this one stops before them.
		if err := markRestored(dataDir); err != nil {
			return "", err
		}
	}
	if err := Cancel(dataDir); err != nil {
		return "", err
	}
	if rerr != nil {
		return "예약된 백업(" + filepath.Base(path) + ")으로 복원하지 못해 기존 데이터를 그대로 사용합니다. 백업 파일을 확인하세요.", rerr
	}
	return "백업(" + filepath.Base(path) + ")으로 복원했습니다. 이전 데이터는 데이터 폴더에 .db.bak 파일로 보관되어 있습니다.", nil
}

// markRestored notes that the data file was replaced by a backup: the guards after a restore run
// at the next start (GuardsPending).
func markRestored(dataDir string) error {
	if err := privatefile.WriteBytes(filepath.Join(dataDir, restoredMarker), []byte(`{"restored":true}`)); err != nil {
		return fmt.Errorf("backups: mark the restore: %w", err)
	}
	return nil
}

// GuardsPending reports whether a restore was done whose guards have not run yet (RestoreDone
// clears it).
func GuardsPending(dataDir string) (bool, error) {
	_, err := os.Stat(filepath.Join(dataDir, restoredMarker))
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("backups: read the restore mark: %w", err)
	}
	return true, nil
}

// RestoreDone says the guards after a restore ran.
func RestoreDone(dataDir string) error {
	if err := os.Remove(filepath.Join(dataDir, restoredMarker)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("backups: clear the restore mark: %w", err)
	}
	return nil
}

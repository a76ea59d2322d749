package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"sellerdesk/backend/backups"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Restoring without a running SellerDesk: when the data file cannot be opened (damaged, cut
// short), the refusal itself offers the newest backup that passes the store's full check — in
// the desktop window's notice and on the command line (`sellerdesk restore`). Inside a running
// SellerDesk a restore is scheduled for the next start instead (ScheduleRestore).

// RestoreResult says what a restore did, for the seller.
type RestoreResult struct {
	// Backup is the backup's file name, Path its path.
	Backup string `json:"backup"`
	Path   string `json:"path"`
	// Note says in Korean what happened and where the replaced data went.
	Note string `json:"note"`
}

// BackupChoice is a backup that can replace the data file.
type BackupChoice struct {
	Name, Path string
	// Created is when it was made (KST), for the seller.
	Created string
}

// NewestGoodBackup finds the newest backup in the data folder's backups folder that passes the
// store's full check (store.VerifyFile): a damaged backup is passed over for the next older one.
// ok is false when there is none.
func NewestGoodBackup(ctx context.Context, dataDir string, log *slog.Logger) (BackupChoice, bool, error) {
	return newestBackup(ctx, dataDir, true, log)
}

// newestBackup is NewestGoodBackup; without full it checks only each backup's meta pages and
// schema (store.CheckBackup, instant), as an offer shown before the full check runs.
func newestBackup(ctx context.Context, dataDir string, full bool, log *slog.Logger) (BackupChoice, bool, error) {
	files, err := backups.List(dataDir)
	if err != nil {
		return BackupChoice{}, false, fmt.Errorf("app: list backups: %w", err)
	}
	for _, f := range files {
		if _, err := store.CheckBackup(ctx, f.Path); err == nil {
			if full {
				err = store.VerifyFile(ctx, f.Path)
			}
			if err == nil {
				return BackupChoice{Name: f.Name, Path: f.Path, Created: f.Modified.In(order.KST()).Format("2006-01-02 15:04")}, true, nil
			}
		}
		if err := ctx.Err(); err != nil {
			return BackupChoice{}, false, err
		}
		if log != nil {
			log.Warn("backup passed over: it does not pass the check", "backup", f.Path, "err", err)
		}
	}
	return BackupChoice{}, false, nil
}

// RestoreNewest replaces the data file with the newest good backup (NewestGoodBackup).
func RestoreNewest(ctx context.Context, dataDir string, log *slog.Logger) (RestoreResult, error) {
	b, ok, err := NewestGoodBackup(ctx, dataDir, log)
	if err != nil {
		return RestoreResult{}, userErr("백업 목록을 읽지 못했습니다. 데이터 폴더의 권한을 확인하세요.", err)
	}
	if !ok {
		return RestoreResult{}, userErr("복원할 수 있는 백업이 없습니다. 데이터 폴더의 backups 폴더에 셀러데스크 백업(.sdbackup)이 있는지 확인하세요.",
			errors.New("app: restore: no backup passes the check"))
	}
	return RestoreFrom(ctx, dataDir, b.Path, log)
}

// RestoreFrom replaces the data file of dataDir with the backup at path (store.Restore: the
// backup is checked completely first, and the replaced file is kept beside it as
// sellerdesk-<time>.db.bak). SellerDesk must not be running on that folder.
func RestoreFrom(ctx context.Context, dataDir, path string, log *slog.Logger) (RestoreResult, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return RestoreResult{}, userErr("백업 파일 경로가 올바르지 않습니다.", err)
	}
	err = store.Restore(ctx, dataDir, abs)
	switch {
	case err == nil:
	case errors.Is(err, os.ErrNotExist):
		return RestoreResult{}, userErr("백업 파일을 찾을 수 없습니다: "+abs, err)
	case errors.Is(err, store.ErrLocked):
		return RestoreResult{}, userErr("셀러데스크가 이 데이터 폴더로 실행 중이라 복원할 수 없습니다. 셀러데스크 창을 닫고 다시 시도하세요.", err)
	case errors.Is(err, store.ErrNewerSchema):
		return RestoreResult{}, userErr("이 백업은 더 새로운 버전의 셀러데스크에서 만들어졌습니다. 셀러데스크를 최신 버전으로 업데이트한 뒤 복원하세요.", err)
	case errors.Is(err, store.ErrNotSellerDesk), errors.Is(err, store.ErrDamaged):
		return RestoreResult{}, userErr("셀러데스크 백업 파일이 아니거나 손상된 파일이라 복원하지 않았습니다. 다른 백업을 고르세요.", err)
	default:
		return RestoreResult{}, userErr("복원하지 못했습니다. "+SellerMessage(err), err)
	}
	if log != nil {
		log.Info("restored from a backup", "backup", abs, "dir", dataDir)
	}
	name := filepath.Base(abs)
	return RestoreResult{Backup: name, Path: abs,
		Note: "백업(" + name + ")으로 복원했습니다. 이전 데이터 파일은 데이터 폴더에 sellerdesk-날짜.db.bak 파일로 보관되어 있습니다."}, nil
}

// removeBackupLeftovers deletes what a killed backup left in the backups folder (store.Open
// does the data folder). The caller holds the data folder (an open store).
func removeBackupLeftovers(dataDir string, log *slog.Logger) {
	removed, err := store.RemoveLeftovers(filepath.Join(dataDir, backups.Dir))
	if len(removed) > 0 {
		log.Warn("removed the temporary files of an interrupted backup", "files", removed)
	}
	if err != nil {
		log.Error("temporary files of an interrupted backup could not be removed", "err", err)
	}
}

// setAsideNotice is the Korean sentence about the damaged boxes Open set aside, or "".
func setAsideNotice(aside []store.SetAside, log *slog.Logger) string {
	if len(aside) == 0 {
		return ""
	}
	keys := make([]string, 0, len(aside))
	for _, e := range aside {
		keys = append(keys, e.Key)
		log.Error("damaged shipment set aside at start", "key", e.Key, "reason", e.Reason)
	}
	shown := keys[:min(len(keys), 5)]
	more := ""
	if len(keys) > len(shown) {
		more = fmt.Sprintf(" 외 %d건", len(keys)-len(shown))
	}
	return fmt.Sprintf("데이터 파일에서 손상된 주문 %d건(%s%s)을 따로 보관하고 나머지를 열었습니다. 판매자센터에서 이 주문을 확인하세요. "+
		"마켓이 다음 동기화에서 다시 보내면 새로 저장됩니다.", len(keys), strings.Join(shown, ", "), more)
}

// StartNotice is the Korean sentence about what happened while the data folder opened (a
// scheduled restore, damaged shipments set aside), or "".
func (a *App) StartNotice() string { return a.startNotice }

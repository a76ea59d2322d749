package backups

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Restoring without a running SellerDesk: when the data file cannot be opened (damaged, cut
// short), the refusal itself offers the newest backup that passes the store's full check — in
// the desktop window's notice and on the command line (`sellerdesk restore`). Inside a running
// SellerDesk a restore is scheduled for the next start instead (Schedule).

// Restored says what a restore did, for the seller.
type Restored struct {
	// Backup is the backup's file name, Path its path.
	Backup string `json:"backup"`
	Path   string `json:"path"`
	// Note says in Korean what happened and where the replaced data went.
	Note string `json:"note"`
}

// Choice is a backup that can replace the data file.
type Choice struct {
	Name, Path string
	// Created is when it was made (KST), for the seller.
	Created string
}

// Newest finds the newest backup of the data folder that passes the store's check: the full
// check (store.VerifyFile) when full, else only its meta pages and schema (store.CheckBackup,
// instant, for an offer shown before the full check runs). A damaged backup is passed over for
// the next older one; ok is false when there is none.
func Newest(ctx context.Context, dataDir string, full bool, log *slog.Logger) (Choice, bool, error) {
	files, err := List(dataDir)
	if err != nil {
		return Choice{}, false, err
	}
	for _, f := range files {
		if _, err := store.CheckBackup(ctx, f.Path); err == nil {
			if full {
				err = store.VerifyFile(ctx, f.Path)
			}
			if err == nil {
				return Choice{Name: f.Name, Path: f.Path, Created: f.Modified.In(order.KST()).Format("2006-01-02 15:04")}, true, nil
			}
		}
		if err := ctx.Err(); err != nil {
			return Choice{}, false, err
		}
		if log != nil {
			log.Warn("backup passed over: it does not pass the check", "backup", f.Path, "err", err)
		}
	}
	return Choice{}, false, nil
}

// RestoreNewest replaces the data file with the newest backup that passes the full check.
func RestoreNewest(ctx context.Context, dataDir string, log *slog.Logger) (Restored, error) {
	b, ok, err := Newest(ctx, dataDir, true, log)
	if err != nil {
		return Restored{}, usererr.New("백업 목록을 읽지 못했습니다. 데이터 폴더의 권한을 확인하세요.", err)
	}
	if !ok {
		return Restored{}, usererr.New("복원할 수 있는 백업이 없습니다. 데이터 폴더의 backups 폴더에 셀러데스크 백업(.sdbackup)이 있는지 확인하세요.",
			errors.New("backups: restore: no backup passes the check"))
	}
	return RestoreFrom(ctx, dataDir, b.Path, log)
}

// RestoreFrom replaces the data file of dataDir with the backup at path (store.Restore: the
// backup is checked completely first, and the replaced file is kept beside it as
// sellerdesk-<time>.db.bak). SellerDesk must not be running on that folder.
func RestoreFrom(ctx context.Context, dataDir, path string, log *slog.Logger) (Restored, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Restored{}, usererr.New("백업 파일 경로가 올바르지 않습니다.", err)
	}
	err = store.Restore(ctx, dataDir, abs)
	switch {
	case err == nil:
	case errors.Is(err, os.ErrNotExist):
		return Restored{}, usererr.New("백업 파일을 찾을 수 없습니다: "+abs, err)
	case errors.Is(err, store.ErrLocked):
		return Restored{}, usererr.New("셀러데스크가 이 데이터 폴더로 실행 중이라 복원할 수 없습니다. 셀러데스크 창을 닫고 다시 시도하세요.", err)
	case errors.Is(err, store.ErrNewerSchema):
		return Restored{}, usererr.New("이 백업은 더 새로운 버전의 셀러데스크에서 만들어졌습니다. 셀러데스크를 최신 버전으로 업데이트한 뒤 복원하세요.", err)
	case errors.Is(err, store.ErrNotSellerDesk), errors.Is(err, store.ErrDamaged):
		return Restored{}, usererr.New("셀러데스크 백업 파일이 아니거나 손상된 파일이라 복원하지 않았습니다. 다른 백업을 고르세요.", err)
	default:
		msg, ok := store.SellerMessage(err)
		if !ok {
			msg = "잠시 후 다시 시도하고, 계속되면 로그 파일을 확인하세요."
		}
		return Restored{}, usererr.New("복원하지 못했습니다. "+msg, err)
	}
	if err := markRestored(dataDir); err != nil {
		return Restored{}, usererr.New("복원했지만 복원 표시를 남기지 못했습니다. 데이터 폴더의 권한을 확인하세요.", err)
	}
	if log != nil {
		log.Info("restored from a backup", "backup", abs, "dir", dataDir)
	}
	name := filepath.Base(abs)
	return Restored{Backup: name, Path: abs,
		Note: "백업(" + name + ")으로 복원했습니다. 이전 데이터 파일은 데이터 폴더에 sellerdesk-날짜.db.bak 파일로 보관되어 있습니다."}, nil
}

// RemoveLeftovers deletes what a killed backup left in the backups folder (store.Open does the
// data folder). The caller holds the data folder (an open store).
func RemoveLeftovers(dataDir string, log *slog.Logger) {
	removed, err := store.RemoveLeftovers(filepath.Join(dataDir, Dir))
	if len(removed) > 0 && log != nil {
		log.Warn("removed the temporary files of an interrupted backup", "files", removed)
	}
	if err != nil && log != nil {
		log.Error("temporary files of an interrupted backup could not be removed", "err", fmt.Errorf("backups: %w", err))
	}
}

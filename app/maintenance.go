package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"sellerdesk/backend/backups"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// BackupView is one backup file in the data folder's backups/ folder.
type BackupView struct {
	Name    string `json:"name"`
	Path    string `json:"path"`
	Size    string `json:"size"` // e.g. "1.2 MB"
	Created string `json:"created"`
}

// BackupNow writes a consistent copy of the data file into the data folder's backups/ folder,
// named by the KST time, and returns where it went.
func (d *Maintenance) BackupNow() (BackupView, error) {
	ctx := d.ctx()
	now := d.app.cfg.Now()
	path, err := backups.NewPath(d.app.cfg.DataDir, now)
	if err != nil {
		return BackupView{}, d.fail("백업 폴더를 만들지 못했습니다. 데이터 폴더의 권한과 남은 공간을 확인하세요.", err)
	}
	n, err := d.app.store.BackupToFile(ctx, path)
	if err != nil {
		return BackupView{}, d.fail("백업하지 못했습니다. 데이터 폴더의 남은 공간을 확인하고 다시 시도하세요.", fmt.Errorf("backup: %w", err))
	}
	d.app.log.Info("backup written", "path", path, "bytes", n)
	name := filepath.Base(path)
	if err := d.app.store.AppendAudit(ctx, store.AuditEntry{Actor: "seller", Action: "backup", Detail: name}); err != nil {
		d.app.log.Warn("audit backup", "err", err)
	}
	return BackupView{Name: name, Path: path, Size: byteSize(n), Created: now.In(order.KST()).Format("2006-01-02 15:04:05")}, nil
}

// ListBackups lists the backups in the data folder's backups/ folder, newest first.
func (d *Maintenance) ListBackups() ([]BackupView, error) {
	files, err := backups.List(d.app.cfg.DataDir)
	if err != nil {
		return nil, d.fail("백업 목록을 읽지 못했습니다.", err)
	}
	out := make([]BackupView, 0, len(files))
	for _, f := range files {
		out = append(out, BackupView{Name: f.Name, Path: f.Path, Size: byteSize(f.Size),
			Created: f.Modified.In(order.KST()).Format("2006-01-02 15:04:05")})
	}
	return out, nil
}

// RestorePlan says which backup replaces the data at the next start.
type RestorePlan struct {
	Name   string `json:"name"`
	Path   string `json:"path"`
	Schema int    `json:"schema"`
	// Note tells the seller what happens next, in Korean.
	Note string `json:"note"`
}

// ScheduleRestore checks the named backup (a file in the data folder's backups/ folder) and
// schedules it to replace the data file at the next start of SellerDesk. The running store cannot
// be swapped underneath the open windows; at the next start the current data file is kept beside
// it as sellerdesk-<time>.db.bak before the backup takes its place.
func (d *Maintenance) ScheduleRestore(name string) (RestorePlan, error) {
	path, err := backups.Path(d.app.cfg.DataDir, name)
	if err != nil {
		return RestorePlan{}, userErr("백업 목록에서 복원할 파일을 고르세요.", err)
	}
	schema, err := store.CheckBackup(d.ctx(), path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return RestorePlan{}, userErr("이 백업 파일을 찾을 수 없습니다. 백업 목록을 새로 고치세요.", err)
	case errors.Is(err, store.ErrNewerSchema):
		return RestorePlan{}, userErr("이 백업은 더 새로운 버전의 셀러데스크에서 만들어졌습니다. 셀러데스크를 최신 버전으로 업데이트한 뒤 복원하세요.", err)
	case errors.Is(err, store.ErrNotSellerDesk):
		return RestorePlan{}, userErr("셀러데스크 백업 파일이 아니거나 손상된 파일입니다. 다른 백업을 고르세요.", err)
	case err != nil:
		return RestorePlan{}, d.fail("백업 파일을 확인하지 못했습니다.", fmt.Errorf("restore: check %s: %w", path, err))
	}
	if err := backups.Schedule(d.app.cfg.DataDir, path, d.app.cfg.Now()); err != nil {
		return RestorePlan{}, d.fail("복원 예약을 저장하지 못했습니다. 데이터 폴더의 권한을 확인하세요.", err)
	}
	if err := d.app.store.AppendAudit(d.ctx(), store.AuditEntry{Actor: "seller", Action: "restore-scheduled", Detail: name}); err != nil {
		d.app.log.Warn("audit restore", "err", err)
	}
	d.app.log.Info("restore scheduled", "backup", path, "schema", schema)
	return RestorePlan{Name: name, Path: path, Schema: schema, Note: restoreNote}, nil
}

const restoreNote = "셀러데스크를 종료하고 다시 시작하면 이 백업으로 복원됩니다. 지금 데이터는 데이터 폴더에 sellerdesk-날짜.db.bak 파일로 보관됩니다."

// PendingRestore returns the backup scheduled for the next start, or an empty plan.
func (d *Maintenance) PendingRestore() (RestorePlan, error) {
	path, ok, err := backups.Pending(d.app.cfg.DataDir)
	if err != nil {
		return RestorePlan{}, d.fail("복원 예약을 읽지 못했습니다.", err)
	}
	if !ok {
		return RestorePlan{}, nil
	}
	return RestorePlan{Name: filepath.Base(path), Path: path, Note: restoreNote}, nil
}

// CancelRestore removes a scheduled restore.
func (d *Maintenance) CancelRestore() error {
	if err := backups.Cancel(d.app.cfg.DataDir); err != nil {
		return d.fail("복원 예약을 취소하지 못했습니다.", err)
	}
	return nil
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// ChangeServePassword changes the browser door's login password. The current password is
// required once one is set.
func (d *Maintenance) ChangeServePassword(current, next string) error {
	ctx := d.ctx()
	var hash string
	set, err := d.app.store.GetSetting(ctx, ServePasswordSetting, &hash)
	if err != nil {
		return d.fail("비밀번호 설정을 읽지 못했습니다.", fmt.Errorf("read serve password: %w", err))
	}
	if set && hash != "" {
		if !ServePasswordMatches(hash, current) {
			d.app.log.Warn("serve password change refused: wrong current password")
			return userErr("현재 비밀번호가 올바르지 않습니다.", errors.New("wrong current serve password"))
		}
	}
	h, err := HashServePassword(next, d.app.passwordCost)
	if rule := ServePasswordRule(err); rule != "" {
		return userErr("새 "+rule, fmt.Errorf("serve password refused: %w", err))
	}
	if err != nil {
		return d.fail("비밀번호를 저장하지 못했습니다.", fmt.Errorf("hash serve password: %w", err))
	}
	if err := d.app.store.PutSetting(ctx, ServePasswordSetting, h); err != nil {
		return d.fail("비밀번호를 저장하지 못했습니다.", fmt.Errorf("save serve password: %w", err))
	}
	if err := d.app.store.AppendAudit(ctx, store.AuditEntry{Actor: "seller", Action: "serve-password-changed"}); err != nil {
		d.app.log.Warn("audit password change", "err", err)
	}
	d.app.log.Info("serve password changed")
	return nil
}

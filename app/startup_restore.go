package app

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"sync"

	"sellerdesk/backend/backups"
	"sellerdesk/backend/store"
)

// restorePath is where the notice's "최근 백업으로 복원" form posts.
const restorePath = "/restore"

// openFailureNotice is the notice of a data folder that did not open. When the data file is
// damaged (or not a data file at all) and a backup exists, it offers the newest one: the button
// restores the newest backup that passes the full check (RestoreNewest).
func openFailureNotice(cfg Config, err error) StartupNotice {
	n := StartupNotice{Title: "열 수 없음", Folder: cfg.DataDir, Message: SellerMessage(err)}
	if !errors.Is(err, store.ErrDamaged) && !errors.Is(err, store.ErrNotSellerDesk) {
		return n
	}
	b, ok, lerr := backups.Newest(context.Background(), cfg.DataDir, false, cfg.Logger)
	switch {
	case lerr != nil:
		cfg.Logger.Error("startup notice: list backups", "err", lerr)
		return n
	case !ok:
		n.Message = "데이터 파일이 손상되어 열 수 없고, 복원할 백업이 없습니다. 데이터 폴더를 지우거나 옮기지 말고 그대로 두세요. " +
			"손상된 파일은 전문가가 일부를 되살릴 수 있습니다."
		return n
	}
	n.Message = "데이터 파일이 손상되어 열 수 없습니다. 최근 백업으로 복원하면 백업 이후의 주문은 다음 동기화에서 마켓에서 다시 받아오지만, " +
		"백업 이후에 한 작업(출력 기록, 보류 해제 등)은 다시 해야 합니다. 지금 데이터 파일은 지우지 않고 .db.bak 파일로 보관합니다."
	n.Restore = &b
	n.restoreNow = func(ctx context.Context) (RestoreResult, error) { return RestoreNewest(ctx, cfg.DataDir, cfg.Logger) }
	return n
}

// handler serves the notice's page, and the restore it offers: a POST to restorePath restores
// once, shows the outcome and, after a success, calls restored.
func (n StartupNotice) handler(ctx context.Context, restored func()) http.Handler {
	var mu sync.Mutex
	page := n
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Method == http.MethodPost && r.URL.Path == restorePath && page.restoreNow != nil {
			res, err := page.restoreNow(ctx)
			page = StartupNotice{Folder: n.Folder}
			if err != nil {
				page.Title, page.Message = "복원하지 못함", SellerMessage(err)
			} else {
				page.Title, page.Message = "복원 완료", res.Note+" 셀러데스크를 다시 엽니다…"
				go restored()
			}
		}
		body, err := page.render()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	})
}

// relaunch starts this program again with the same arguments, to open the restored data folder:
// a window toolkit does not start twice in one process.
func relaunch(log *slog.Logger) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe, os.Args[1:]...)
	if err := cmd.Start(); err != nil {
		return err
	}
	log.Info("SellerDesk started again on the restored data folder", "pid", cmd.Process.Pid)
	return cmd.Process.Release()
}

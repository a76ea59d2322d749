package app

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"sellerdesk/backend/backups"
	"sellerdesk/backend/store"
)

// RestoreResult says what a restore did (backups.Restored).
type RestoreResult = backups.Restored

// BackupChoice is a backup that can replace the data file (backups.Choice).
type BackupChoice = backups.Choice

// RestoreNewest replaces the data file with the newest backup that passes the full check; the
// refusal at start offers it (window notice, `sellerdesk restore --newest`).
func RestoreNewest(ctx context.Context, dataDir string, log *slog.Logger) (RestoreResult, error) {
	return backups.RestoreNewest(ctx, dataDir, log)
}

// RestoreFrom replaces the data file with the backup at path; SellerDesk must not run on it.
func RestoreFrom(ctx context.Context, dataDir, path string, log *slog.Logger) (RestoreResult, error) {
	return backups.RestoreFrom(ctx, dataDir, path, log)
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

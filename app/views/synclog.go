package views

import (
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// SyncRunView is one line of the sync log.
type SyncRunView struct {
	Started  string `json:"started"` // KST
	Duration string `json:"duration"`
	Added    int    `json:"added"`
	Changed  int    `json:"changed"`
	Calls    int    `json:"calls"`
	Error    string `json:"error"` // Korean, with the fix
}

// SyncRuns shapes the sync log's runs (newest first, as the store gives them).
func SyncRuns(runs []store.SyncRun) []SyncRunView {
	out := make([]SyncRunView, 0, len(runs))
	for _, r := range runs {
		out = append(out, SyncRunView{Started: r.Started.In(order.KST()).Format("01-02 15:04:05"),
			Duration: r.Finished.Sub(r.Started).Round(100 * time.Millisecond).String(),
			Added:    r.Added, Changed: r.Changed, Calls: r.Calls, Error: r.ErrKorean})
	}
	return out
}

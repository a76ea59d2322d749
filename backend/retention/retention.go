// Package retention is the personal data retention: a seller needs the buyer's name, phones,
// address and delivery message until the box is delivered and the return window has passed, and
// no longer. Once a box has been settled for the seller's period (and has no open claim), the
// store masks that data in the shipment and in its raw payload (store.MaskPersonalData), and
// backups older than the period are deleted, keeping the newest few.
package retention

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"sellerdesk/backend/backups"
	"sellerdesk/backend/store"
)

// Bounds and default of the retention period (days after the box settled).
const (
	DefaultDays = 90
	MinDays     = 14
	MaxDays     = 3650
	// Off is the stored value of a seller who turned masking off.
	Off = -1
	// BackupsKept backups are kept even when they are older than the period.
	BackupsKept = 3
	// every: the sync loop runs the retention at most this often.
	every = 6 * time.Hour
)

// Days is the retention period in days of a stored setting, 0 when the seller turned masking off.
func Days(setting int) int {
	switch {
	case setting == Off:
		return 0
	case setting <= 0:
		return DefaultDays
	}
	return min(max(setting, MinDays), MaxDays)
}

// Result is what one retention run did.
type Result struct {
	Days           int `json:"days"`
	Masked         int `json:"masked"`
	KeptForClaim   int `json:"keptForClaim"`
	BackupsRemoved int `json:"backupsRemoved"`
}

// Runner runs the retention and serialises its runs.
type Runner struct {
	Store   *store.Store
	DataDir string
	Now     func() time.Time
	Log     *slog.Logger
	// Days reads the seller's period now (Days of the setting).
	Days func(ctx context.Context) (int, error)
	// Changed hears how many boxes were masked (the board reloads).
	Changed func(masked int)

	mu      sync.Mutex
	running bool
	again   bool // a forced run was asked for while one ran: run once more when it ends
	last    time.Time
	wg      sync.WaitGroup
}

// Maybe starts a run in the background (ending with base) when none ran for six hours (force: now,
// e.g. after the seller changed the period). A forced run asked for while another runs follows it
// (that one may have read the period before the change).
func (r *Runner) Maybe(base context.Context, force bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.Now()
	if r.running {
		r.again = r.again || force
		return
	}
	if !force && !r.last.IsZero() && now.Sub(r.last) < every {
		return
	}
	r.running, r.last = true, now
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		for {
			if _, err := r.Apply(base); err != nil && !errors.Is(err, context.Canceled) {
				r.Log.Error("personal data retention", "err", err)
			}
			r.mu.Lock()
			if !r.again || base.Err() != nil {
				r.running, r.again = false, false
				r.mu.Unlock()
				return
			}
			r.again, r.last = false, r.Now()
			r.mu.Unlock()
		}
	}()
}

// Wait waits for a background run.
func (r *Runner) Wait() { r.wg.Wait() }

// Apply masks the personal data of the boxes settled longer than the seller's period and deletes
// backups older than it (keeping the newest BackupsKept). It does nothing when the seller turned
// masking off.
func (r *Runner) Apply(ctx context.Context) (Result, error) {
	days, err := r.Days(ctx)
	if err != nil {
		return Result{}, err
	}
	res := Result{Days: days}
	if days == 0 {
		return res, nil
	}
	cutoff := r.Now().Add(-time.Duration(days) * 24 * time.Hour)
	m, err := r.Store.MaskPersonalData(ctx, cutoff, "system", fmt.Sprintf("배송 완료 후 %d일이 지나 개인정보를 가렸습니다", days))
	res.Masked, res.KeptForClaim = m.Masked, m.KeptForClaim
	if res.Masked > 0 {
		r.Log.Info("personal data masked", "boxes", res.Masked, "keptForOpenClaims", res.KeptForClaim, "days", days)
		if r.Changed != nil {
			r.Changed(res.Masked)
		}
	}
	if err != nil {
		return res, fmt.Errorf("retention: %w", err)
	}
	res.BackupsRemoved, err = backups.Prune(r.DataDir, cutoff, BackupsKept)
	if res.BackupsRemoved > 0 {
		r.Log.Info("old backups removed", "files", res.BackupsRemoved, "olderThanDays", days)
	}
	if err != nil {
		return res, fmt.Errorf("retention: %w", err)
	}
	return res, nil
}

// Note says in Korean what a retention period of days does (0 or Off: masking turned off), for the
// settings screen.
func Note(days int) string {
	if days <= 0 {
		return "꺼져 있습니다: 받는 분·주문자의 이름, 연락처, 주소, 배송 메시지를 기한 없이 보관합니다. " +
			"개인정보는 목적(배송·반품 처리)을 다하면 파기해야 하므로, 끄는 것은 그 책임을 판매자가 직접 지겠다는 선택입니다."
	}
	return fmt.Sprintf("배송 완료(구매확정·취소·반품·교환 완료 포함) 후 %d일이 지난 주문은 받는 분·주문자의 이름, 연락처, 주소, "+
		"배송 메시지를 가립니다(예: 김**, 010-****-****). 진행 중인 클레임이 있는 주문은 클레임이 끝날 때까지 보관합니다. "+
		"%d일보다 오래된 백업 파일도 지웁니다(최근 %d개는 남김).", days, days, BackupsKept)
}

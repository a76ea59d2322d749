package app

import (
	"context"
	"errors"
	"fmt"
	"sellerdesk/backend/backups"
	"sync"
	"time"
)

// Personal data retention: a seller needs the buyer's name, phones, address and delivery message
// until the box is delivered and the return window has passed, and no longer. Once a box has been
// settled for Settings.PrivacyDays days (and has no open claim), the store masks that data in the
// shipment and in its raw payload (store.MaskPersonalData), and backups older than the period are
// deleted, keeping the newest few.

// Bounds and default of the retention period (days after the box settled).
const (
	DefaultPrivacyDays = 90
	MinPrivacyDays     = 14
	MaxPrivacyDays     = 3650
	// PrivacyOff is the stored value of a seller who turned masking off.
	PrivacyOff = -1
	// BackupsKept backups are kept even when they are older than the period.
	BackupsKept = 3
	// retentionEvery: the sync loop runs the retention at most this often.
	retentionEvery = 6 * time.Hour
)

// privacyDays is the retention period in days, 0 when the seller turned masking off.
func (s Settings) privacyDays() int {
	switch {
	case s.PrivacyDays == PrivacyOff:
		return 0
	case s.PrivacyDays <= 0:
		return DefaultPrivacyDays
	}
	return min(max(s.PrivacyDays, MinPrivacyDays), MaxPrivacyDays)
}

// retention serialises retention runs.
type retention struct {
	mu      sync.Mutex
	running bool
	last    time.Time
	wg      sync.WaitGroup
}

// RetentionResult is what one retention run did.
type RetentionResult struct {
	Days           int `json:"days"`
	Masked         int `json:"masked"`
	KeptForClaim   int `json:"keptForClaim"`
	BackupsRemoved int `json:"backupsRemoved"`
}

// maybeRetention starts a retention run in the background when none ran for retentionEvery
// (force: now, e.g. after the seller changed the period).
func (a *App) maybeRetention(force bool) {
	if a == nil {
		return
	}
	r := &a.retention
	r.mu.Lock()
	defer r.mu.Unlock()
	now := a.cfg.Now()
	if r.running || (!force && !r.last.IsZero() && now.Sub(r.last) < retentionEvery) {
		return
	}
	r.running, r.last = true, now
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer func() { r.mu.Lock(); r.running = false; r.mu.Unlock() }()
		if _, err := a.ApplyRetention(a.baseCtx); err != nil && !errors.Is(err, context.Canceled) {
			a.log.Error("personal data retention", "err", err)
		}
	}()
}

// ApplyRetention masks the personal data of the boxes settled longer than the seller's period
// and deletes backups older than it (keeping the newest BackupsKept). It does nothing when the
// seller turned masking off.
func (a *App) ApplyRetention(ctx context.Context) (RetentionResult, error) {
	s, err := a.loadSettings(ctx)
	if err != nil {
		return RetentionResult{}, err
	}
	days := s.privacyDays()
	res := RetentionResult{Days: days}
	if days == 0 {
		return res, nil
	}
	cutoff := a.cfg.Now().Add(-time.Duration(days) * 24 * time.Hour)
	m, err := a.store.MaskPersonalData(ctx, cutoff, "system", fmt.Sprintf("배송 완료 후 %d일이 지나 개인정보를 가렸습니다", days))
	res.Masked, res.KeptForClaim = m.Masked, m.KeptForClaim
	if res.Masked > 0 {
		a.log.Info("personal data masked", "boxes", res.Masked, "keptForOpenClaims", res.KeptForClaim, "days", days)
		a.events.Emit(EventShipmentsChanged, map[string]any{"changed": res.Masked})
	}
	if err != nil {
		return res, fmt.Errorf("app: retention: %w", err)
	}
	res.BackupsRemoved, err = backups.Prune(a.cfg.DataDir, cutoff, BackupsKept)
	if res.BackupsRemoved > 0 {
		a.log.Info("old backups removed", "files", res.BackupsRemoved, "olderThanDays", days)
	}
	if err != nil {
		return res, fmt.Errorf("app: retention: %w", err)
	}
	return res, nil
}

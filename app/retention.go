package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
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
	res.BackupsRemoved, err = pruneBackups(a.cfg.DataDir, cutoff, BackupsKept)
	if res.BackupsRemoved > 0 {
		a.log.Info("old backups removed", "files", res.BackupsRemoved, "olderThanDays", days)
	}
	if err != nil {
		return res, fmt.Errorf("app: retention: %w", err)
	}
	return res, nil
}

// backupTime reads when a backup was made from its name: sellerdesk-20261122-163000[.000].sdbackup
// (KST, BackupNow), sellerdesk-[schema2-]20261122T073000[.000000000]Z.db.bak (UTC, restores and
// migrations). A copied file keeps its name but not its modification time.
func backupTime(name string) (time.Time, bool) {
	rest, ok := strings.CutPrefix(name, "sellerdesk-")
	if !ok {
		return time.Time{}, false
	}
	if r, ok := strings.CutSuffix(rest, backupExt); ok {
		if len(r) >= 15 {
			if t, err := time.ParseInLocation("20060102-150405", r[:15], kst); err == nil {
				return t, true
			}
		}
		return time.Time{}, false
	}
	if r, ok := strings.CutSuffix(rest, ".db.bak"); ok {
		if i := strings.LastIndexByte(r, '-'); i >= 0 && strings.HasPrefix(r, "schema") {
			r = r[i+1:]
		}
		if len(r) >= 15 {
			if t, err := time.Parse("20060102T150405", r[:15]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// pruneBackups deletes the backups (backups/*.sdbackup) and the kept data files of restores and
// migrations (*.db.bak in the data folder) last written before cutoff, keeping the newest keep
// backups whatever their age.
func pruneBackups(dataDir string, cutoff time.Time, keep int) (int, error) {
	backups, err := listBackupFiles(filepath.Join(dataDir, backupDir), backupExt)
	if err != nil {
		return 0, fmt.Errorf("list backups: %w", err)
	}
	baks, err := listBackupFiles(dataDir, ".db.bak")
	if err != nil {
		return 0, fmt.Errorf("list kept data files: %w", err)
	}
	var errs []error
	removed := 0
	drop := func(files []backupFile, keep int) {
		for i, f := range files {
			if i < keep || !f.mod.Before(cutoff) {
				continue
			}
			if err := os.Remove(f.path); err != nil {
				errs = append(errs, err)
				continue
			}
			removed++
		}
	}
	drop(backups, keep)
	drop(baks, 0)
	return removed, errors.Join(errs...)
}

// backupFile is a backup or kept data file and when it was made (backupTime, else its
// modification time).
type backupFile struct {
	path string
	mod  time.Time
}

// listBackupFiles lists the files of dir ending in suffix, newest first.
func listBackupFiles(dir, suffix string) ([]backupFile, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []backupFile
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), suffix) {
			continue
		}
		if at, ok := backupTime(e.Name()); ok {
			out = append(out, backupFile{filepath.Join(dir, e.Name()), at})
		} else if info, err := e.Info(); err == nil {
			out = append(out, backupFile{filepath.Join(dir, e.Name()), info.ModTime()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].mod.After(out[j].mod) })
	return out, nil
}

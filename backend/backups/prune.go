package backups

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// madeAt reads when a backup was made from its name: sellerdesk-20261122-163000[.000].sdbackup
// (KST, BackupNow), sellerdesk-[schema2-]20261122T073000[.000000000]Z.db.bak (UTC, restores and
// migrations). A copied file keeps its name but not its modification time.
func madeAt(name string) (time.Time, bool) {
	rest, ok := strings.CutPrefix(name, "sellerdesk-")
	if !ok {
		return time.Time{}, false
	}
	if r, ok := strings.CutSuffix(rest, Ext); ok {
		if len(r) >= 15 {
			if t, err := time.ParseInLocation("20060102-150405", r[:15], order.KST()); err == nil {
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

// Prune deletes the backups (backups/*.sdbackup) and the kept data files of restores and
// migrations (*.db.bak in the data folder) last written before cutoff, keeping the newest keep
// backups whatever their age.
func Prune(dataDir string, cutoff time.Time, keep int) (int, error) {
	type file struct {
		path string
		mod  time.Time
	}
	list := func(dir, suffix string) ([]file, error) {
		entries, err := os.ReadDir(dir)
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		var out []file
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), suffix) {
				continue
			}
			if at, ok := madeAt(e.Name()); ok {
				out = append(out, file{filepath.Join(dir, e.Name()), at})
			} else if info, err := e.Info(); err == nil {
				out = append(out, file{filepath.Join(dir, e.Name()), info.ModTime()})
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].mod.After(out[j].mod) })
		return out, nil
	}
	backups, err := list(filepath.Join(dataDir, Dir), Ext)
	if err != nil {
		return 0, fmt.Errorf("list backups: %w", err)
	}
	baks, err := list(dataDir, ".db.bak")
	if err != nil {
		return 0, fmt.Errorf("list kept data files: %w", err)
	}
	var errs []error
	removed := 0
	drop := func(files []file, keep int) {
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

package store

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// Temporary files of the data folder: a backup (Backup, BackupToFile), a restore's copy, the
// saved index and every file written through privatefile are written to a hidden temporary file
// first and renamed into place. A process killed in between leaves the temporary file behind,
// holding the customers' data (and, in a backup, the marketplace keys), hidden from the seller.

// backupTempPrefix starts the temporary file of Backup in the data folder.
const backupTempPrefix = ".sellerdesk-backup-"

// restoreTempName is the copy of the backup that Restore renames over the data file.
const restoreTempName = "." + FileName + ".restore.tmp"

// isLeftover reports whether name is one of SellerDesk's temporary files: restoreTempName, or a
// hidden name ending in ".<random digits>.tmp" (os.CreateTemp with ".<base>.*.tmp", as
// privatefile and BackupToFile make them, or ".sellerdesk-backup-*.tmp").
func isLeftover(name string) bool {
	if name == restoreTempName {
		return true
	}
	if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") {
		return false
	}
	stem := strings.TrimSuffix(name, ".tmp")
	if strings.HasPrefix(name, backupTempPrefix) {
		return allDigits(strings.TrimPrefix(stem, backupTempPrefix))
	}
	dot := strings.LastIndexByte(stem, '.')
	return dot > 1 && allDigits(stem[dot+1:])
}

// RemoveLeftovers deletes the temporary files that a killed SellerDesk left in dir (not in its
// subfolders) and returns their names. Call it only while holding the data folder (an open
// Store): a running backup's temporary file is a leftover to anyone else. Open does it for the
// data folder; the app does it for the backups folder.
func RemoveLeftovers(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	var removed []string
	var firstErr error
	for _, e := range entries {
		if !e.Type().IsRegular() || !isLeftover(e.Name()) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !os.IsNotExist(err) {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		removed = append(removed, e.Name())
	}
	return removed, firstErr
}

// removeLeftovers is RemoveLeftovers for Open, which logs instead of failing.
func removeLeftovers(dir string, logger *slog.Logger) {
	removed, err := RemoveLeftovers(dir)
	if len(removed) > 0 {
		logger.Warn("removed temporary files of an interrupted backup, restore or save", "dir", dir, "files", removed)
	}
	if err != nil {
		logger.Error("temporary files of an interrupted backup could not be removed", "dir", dir, "err", err)
	}
}

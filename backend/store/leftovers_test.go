package store_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

const (
	envBackupHelper = "STORE_BACKUP_HELPER"
	envBackupDir    = "STORE_BACKUP_DIR"
)

// blockingWriter takes nothing: a backup written to it stays in progress until the process dies.
type blockingWriter struct{ started chan struct{} }

func (w *blockingWriter) Write([]byte) (int, error) {
	close(w.started)
	select {}
}

// TestBackupHelper is the process TestKilledBackupLeavesNoCustomerData kills: it opens the store
// at STORE_BACKUP_DIR, starts a backup into a writer that never returns (its compacted copy
// stays in the data folder) and writes backups into backups/ one after the other.
func TestBackupHelper(t *testing.T) {
	if os.Getenv(envBackupHelper) != "1" {
		t.Skip("helper process of TestKilledBackupLeavesNoCustomerData")
	}
	ctx := context.Background()
	dir := os.Getenv(envBackupDir)
	s, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	w := &blockingWriter{started: make(chan struct{})}
	go func() { _, _ = s.Backup(ctx, w) }()
	<-w.started
	_, _ = os.Stdout.WriteString("backup to a writer in progress\n")
	for i := 0; ; i++ {
		_, err := s.BackupToFile(ctx, filepath.Join(dir, "backups", fmt.Sprintf("sellerdesk-%06d.sdbackup", i)))
		require.NoError(t, err)
	}
}

func hiddenTemps(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestKilledBackupLeavesNoCustomerData kills a process with SIGKILL while it writes backups: its
// hidden temporary copies hold every customer and the saved keys. The next start removes them
// and nothing else.
func TestKilledBackupLeavesNoCustomerData(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a helper process")
	}
	ctx := context.Background()
	dir := t.TempDir()
	backups := filepath.Join(dir, "backups")
	require.NoError(t, os.Mkdir(backups, 0o700))
	s, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	recs := storetest.Shipments(5, 6000)
	for i := 0; i < len(recs); i += 1000 {
		_, err := s.Apply(ctx, store.Batch{Records: recs[i : i+1000]}, nil)
		require.NoError(t, err)
	}
	require.NoError(t, s.PutSetting(ctx, "keys", "secret"))
	require.NoError(t, s.Close())
	// The seller's own files in the folders are not touched.
	mine := []string{filepath.Join(dir, "notes.tmp"), filepath.Join(backups, "sellerdesk-20261201-101010.sdbackup"),
		filepath.Join(backups, ".hidden-note.txt")}
	for _, p := range mine {
		require.NoError(t, os.WriteFile(p, []byte("mine"), 0o600))
	}

	// Kill the helper while a backup into backups/ is half written. The helper writes them one
	// after another, so a kill can land between two (the copy seen a moment ago already renamed):
	// then start it again, a few times at most.
	for attempt := 1; ; attempt++ {
		killBackupHelper(t, dir, backups)
		if len(hiddenTemps(t, backups)) > 0 {
			break
		}
		require.Less(t, attempt, 5, "the kill never landed while a backup into backups/ was being written")
	}

	left := hiddenTemps(t, dir)
	require.NotEmpty(t, left, "the killed backup left its copy in the data folder")
	data, err := os.ReadFile(filepath.Join(dir, left[0]))
	require.NoError(t, err)
	assert.Contains(t, string(data), "secret", "the leftover holds the saved keys")

	s, err = store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	defer s.Close()
	assert.Empty(t, hiddenTemps(t, dir), "Open removes the data folder's leftovers")
	removed, err := store.RemoveLeftovers(backups)
	require.NoError(t, err)
	assert.NotEmpty(t, removed)
	assert.Empty(t, hiddenTemps(t, backups))
	for _, p := range mine {
		_, err := os.Stat(p)
		assert.NoError(t, err, "%s is the seller's", p)
	}
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, len(recs), page.Total)
}

// killBackupHelper starts TestBackupHelper on dir, waits until a backup into backups/ is being
// written and kills the process with SIGKILL.
func killBackupHelper(t *testing.T, dir, backups string) {
	t.Helper()
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "-test.run=^TestBackupHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), envBackupHelper+"=1", envBackupDir+"="+dir)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()
	sc := bufio.NewScanner(out)
	require.True(t, sc.Scan(), "the helper started its backups")
	require.Equal(t, "backup to a writer in progress", sc.Text())
	go func() { _, _ = io.Copy(io.Discard, out) }()
	deadline := time.Now().Add(20 * time.Second)
	for len(hiddenTemps(t, backups)) == 0 {
		require.True(t, time.Now().Before(deadline), "no backup in progress seen")
		time.Sleep(time.Millisecond)
	}
	require.NoError(t, cmd.Process.Kill())
}

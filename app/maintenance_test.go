package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"

	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func TestBackupScheduleAndRestoreAtNextStart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	now := time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC) // 16:30 KST
	a, err := New(context.Background(), Config{DataDir: dir, LockTimeout: 200 * time.Millisecond, Now: func() time.Time { return now }})
	require.NoError(t, err)
	d := uiOf(a)
	_, err = a.Store().Apply(context.Background(), store.Batch{Records: storetest.Shipments(7, 30)}, nil)
	require.NoError(t, err)

	b, err := d.BackupNow()
	require.NoError(t, err)
	assert.Equal(t, "sellerdesk-20261122-163000.sdbackup", b.Name, "named by the order.KST() time")
	assert.Equal(t, filepath.Join(dir, "backups", b.Name), b.Path)
	info, err := os.Stat(b.Path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	b2, err := d.BackupNow()
	require.NoError(t, err)
	assert.NotEqual(t, b.Name, b2.Name, "a second backup in the same second does not overwrite the first")

	list, err := d.ListBackups()
	require.NoError(t, err)
	require.Len(t, list, 2)

	// Data added after the backup disappears with the restore.
	_, err = a.Store().Apply(context.Background(), store.Batch{Records: storetest.Range(7, 30, 10)}, nil)
	require.NoError(t, err)

	plan, err := d.ScheduleRestore(b.Name)
	require.NoError(t, err)
	assert.Equal(t, store.SchemaVersion, plan.Schema)
	assert.Contains(t, plan.Note, "다시 시작하면")
	pending, err := d.PendingRestore()
	require.NoError(t, err)
	assert.Equal(t, b.Name, pending.Name)
	require.NoError(t, a.Close())

	a2, err := New(context.Background(), Config{DataDir: dir, LockTimeout: 200 * time.Millisecond})
	require.NoError(t, err)
	defer a2.Close()
	ov, err := uiOf(a2).Overview()
	require.NoError(t, err)
	assert.Equal(t, 30, ov.Total, "the backup's 30 shipments, not the 40 of before")
	assert.Contains(t, ov.Notice, "복원했습니다")
	pending, err = uiOf(a2).PendingRestore()
	require.NoError(t, err)
	assert.Empty(t, pending.Name, "a restore runs once")
	baks, err := filepath.Glob(filepath.Join(dir, "sellerdesk-*.db.bak"))
	require.NoError(t, err)
	assert.Len(t, baks, 1, "the replaced data file is kept")
}

func TestScheduleRestoreRefusesBadBackups(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	require.NoError(t, os.MkdirAll(filepath.Join(a.DataDir(), "backups"), 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(a.DataDir(), "backups", "junk.sdbackup"), []byte("not a database"), 0o600))
	tests := []struct {
		name, file, want string
	}{
		{"path outside the backups folder", "../sellerdesk.db", "백업 목록에서 복원할 파일을 고르세요."},
		{"absolute path", "/etc/passwd", "백업 목록에서 복원할 파일을 고르세요."},
		{"empty", "", "백업 목록에서 복원할 파일을 고르세요."},
		{"missing file", "sellerdesk-20200101-000000.sdbackup", "이 백업 파일을 찾을 수 없습니다. 백업 목록을 새로 고치세요."},
		{"not a SellerDesk file", "junk.sdbackup", "셀러데스크 백업 파일이 아니거나 손상된 파일입니다. 다른 백업을 고르세요."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.ScheduleRestore(tt.file)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			p, err := d.PendingRestore()
			require.NoError(t, err)
			assert.Empty(t, p.Name, "nothing is scheduled")
		})
	}
}

func TestCancelRestore(t *testing.T) {
	a := newTestApp(t)
	d := uiOf(a)
	b, err := d.BackupNow()
	require.NoError(t, err)
	_, err = d.ScheduleRestore(b.Name)
	require.NoError(t, err)
	require.NoError(t, d.CancelRestore())
	p, err := d.PendingRestore()
	require.NoError(t, err)
	assert.Empty(t, p.Name)
	require.NoError(t, d.CancelRestore(), "cancelling nothing is fine")
}

func TestChangeServePassword(t *testing.T) {
	a := newTestApp(t)
	a.passwordCost = bcrypt.MinCost
	d := uiOf(a)
	check := func(pw string) bool {
		var h string
		_, err := a.Store().GetSetting(context.Background(), ServePasswordSetting, &h)
		require.NoError(t, err)
		return h != "" && ServePasswordMatches(h, pw)
	}
	steps := []struct {
		name, current, next, wantErr string
	}{
		{"first password needs no current one", "", "장바구니-2026!", ""},
		{"wrong current password", "틀린비밀번호", "새비밀번호-1234", "현재 비밀번호가 올바르지 않습니다."},
		{"too short", "장바구니-2026!", "짧다", "새 비밀번호는 8자 이상으로 정하세요."},
		{"right current password", "장바구니-2026!", "새비밀번호-1234", ""},
		{"30 Korean characters (over bcrypt's 72 bytes)", "새비밀번호-1234", "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도", ""},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			err := d.ChangeServePassword(st.current, st.next)
			if st.wantErr != "" {
				require.Error(t, err)
				assert.Equal(t, st.wantErr, err.Error())
				assert.False(t, check(st.next))
				return
			}
			require.NoError(t, err)
			assert.True(t, check(st.next))
		})
	}
	audit, err := a.Store().Audit(context.Background(), store.AuditQuery{})
	require.NoError(t, err)
	js, err := json.Marshal(audit)
	require.NoError(t, err)
	assert.NotContains(t, string(js), "새비밀번호", "the password never reaches the audit log")
}

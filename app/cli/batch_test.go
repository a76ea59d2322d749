package cli

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The print door makes numbered shipping-list batches, prints only the boxes on none with
// --unprinted, and reprints a batch with --batch.
func TestPrintDoorShippingBatches(t *testing.T) {
	dataDir, toShip := printDataDir(t, 120)
	out := t.TempDir()
	code, stdout, stderr := runDoor(t, "print", "shipping", "--keys", toShip[0]+","+toShip[1], "--format", "csv",
		"--out", filepath.Join(out, "a.csv"), "--data-dir", dataDir)
	require.Equal(t, 0, code, stderr)
	m := regexp.MustCompile(`출력 차수 / batch: (\S+)`).FindStringSubmatch(stdout)
	require.NotNil(t, m, stdout)
	first := m[1]
	assert.Regexp(t, `^\d{4}-\d\d-\d\d#\d+$`, first)

	count := func(s string) string { return regexp.MustCompile(`배송리스트 (\d+)건`).FindStringSubmatch(s)[1] }
	code, all, stderr := runDoor(t, "print", "shipping", "--format", "csv", "--out", filepath.Join(out, "all.csv"), "--data-dir", dataDir)
	require.Equal(t, 0, code, stderr)
	assert.NotContains(t, all, first, "a new print is a new batch")
	code, none, stderr := runDoor(t, "print", "shipping", "--unprinted", "--format", "csv", "--out", filepath.Join(out, "none.csv"), "--data-dir", dataDir)
	require.Equal(t, 1, code, "every box to ship is on a batch now: nothing to print")
	assert.Contains(t, stderr+none, "출력할 주문이 없습니다")

	code, again, stderr := runDoor(t, "print", "shipping", "--batch", first, "--format", "csv", "--out", filepath.Join(out, "again.csv"), "--data-dir", dataDir)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, again, "출력 차수 / batch: "+first)
	assert.Equal(t, count(stdout), count(again), "the reprint has the batch's boxes")

	code, _, stderr = runDoor(t, "print", "shipping", "--batch", "2020-01-01#9", "--format", "csv", "--out", filepath.Join(out, "x.csv"), "--data-dir", dataDir)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "그 출력 차수가 없습니다")
}

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"sellerdesk/app"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

var updatePrintGolden = flag.Bool("update-print", false, "rewrite the golden files under testdata/print")

// printDataDir is a data folder holding n generated shipments; it returns the folder and the keys
// of the shipments still to ship.
func printDataDir(t *testing.T, n int) (string, []string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	ctx := context.Background()
	st, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	_, err = st.Apply(ctx, store.Batch{Records: storetest.Shipments(42, n)}, nil)
	require.NoError(t, err)
	keys, err := st.Keys(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}})
	require.NoError(t, err)
	require.NoError(t, st.Close())
	require.NotEmpty(t, keys)
	return dir, keys
}

func readPrivate(t *testing.T, path string) []byte {
	t.Helper()
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}

func TestPrintDoorWritesTheList(t *testing.T) {
	dataDir, toShip := printDataDir(t, 120)
	out := t.TempDir()

	t.Run("picking json", func(t *testing.T) {
		path := filepath.Join(out, "pick.json")
		code, stdout, stderr := runDoor(t, "print", "picking", "--format", "json", "--out", path, "--data-dir", dataDir)
		require.Equal(t, 0, code, stderr)
		var pick lists.PickList
		require.NoError(t, json.Unmarshal(readPrivate(t, path), &pick))
		assert.Equal(t, len(toShip), pick.Shipments+len(pick.Held), "every shipment to ship is listed or held")
		assert.NotEmpty(t, pick.Held, "the generated data has blocked shipments")
		assert.Contains(t, stdout, "피킹리스트")
	})
	t.Run("shipping xlsx", func(t *testing.T) {
		path := filepath.Join(out, "cj.xlsx")
		require.NoError(t, os.WriteFile(path, []byte("old"), 0o644))
		code, _, stderr := runDoor(t, "print", "shipping", "--format", "xlsx", "--courier", "CJ대한통운", "--out", path, "--data-dir", dataDir)
		require.Equal(t, 0, code, stderr)
		f, err := excelize.OpenReader(bytes.NewReader(readPrivate(t, path)))
		require.NoError(t, err)
		defer f.Close()
		reg, err := lists.DefaultLayouts()
		require.NoError(t, err)
		cj, err := reg.Layout("CJ대한통운")
		require.NoError(t, err)
		rows, err := f.GetRows(cj.Sheet)
		require.NoError(t, err)
		require.Greater(t, len(rows), 1)
		var headers []string
		for _, c := range cj.Columns {
			headers = append(headers, c.Header)
		}
		assert.Equal(t, headers, rows[0][:len(headers)])
		held, err := f.GetRows("보류")
		require.NoError(t, err)
		assert.Greater(t, len(held), 1)
	})
	t.Run("packing csv for one marketplace, flags before the kind", func(t *testing.T) {
		path := filepath.Join(out, "pack.csv")
		code, _, stderr := runDoor(t, "print", "--format", "csv", "--market", "쿠팡", "--status", "PAID,발주확인", "--out", path, "--data-dir", dataDir, "packing")
		require.Equal(t, 0, code, stderr)
		data := readPrivate(t, path)
		assert.True(t, bytes.HasPrefix(data, []byte("\xef\xbb\xbf")))
		assert.NotContains(t, string(data), ",네이버,", "only Coupang shipments")
		assert.Contains(t, string(data), ",쿠팡,")
	})
	t.Run("selected keys, html", func(t *testing.T) {
		path := filepath.Join(out, "two.html")
		code, stdout, stderr := runDoor(t, "print", "picking", "--keys", toShip[0]+","+toShip[1], "--out", path, "--data-dir", dataDir)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, string(readPrivate(t, path)), "<html")
		assert.Regexp(t, `피킹리스트 [12]건`, stdout)
	})

	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.HasSuffix(e.Name(), ".tmp"), "no temporary file left: %s", e.Name())
	}

	// The prints were recorded and audited, so CHANGED_AFTER_PRINT works for headless prints.
	ctx := context.Background()
	a, err := app.New(ctx, app.Config{DataDir: dataDir})
	require.NoError(t, err)
	defer a.Close()
	book, err := a.PrintRecords(ctx)
	require.NoError(t, err)
	assert.NotEmpty(t, book)
	audit, err := a.Store().Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	var prints int
	for _, e := range audit {
		if e.Action == "print" {
			prints++
			assert.Equal(t, "cli", e.Actor)
		}
	}
	assert.Equal(t, 4, prints)
}

func TestPrintDoorHeadlessPrintRaisesChangedAfterPrint(t *testing.T) {
	dataDir, toShip := printDataDir(t, 60)
	ctx := context.Background()
	a, err := app.New(ctx, app.Config{DataDir: dataDir})
	require.NoError(t, err)
	var key string
	for _, k := range toShip {
		s, err := a.Store().Shipment(ctx, k)
		require.NoError(t, err)
		if !s.Blocked() && s.Claim == nil {
			key = k
			break
		}
	}
	require.NoError(t, a.Close())
	require.NotEmpty(t, key)

	code, _, stderr := runDoor(t, "print", "packing", "--keys", key, "--out", filepath.Join(t.TempDir(), "p.html"), "--data-dir", dataDir)
	require.Equal(t, 0, code, stderr)

	a, err = app.New(ctx, app.Config{DataDir: dataDir, Now: func() time.Time { return time.Now().Add(time.Minute) }})
	require.NoError(t, err)
	defer a.Close()
	s, err := a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	s.Lines[0].Quantity++
	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: s}}})
	require.NoError(t, err)
	s, err = a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	var found bool
	for _, f := range s.Findings {
		if f.Code == order.ChangedAfterPrint && f.Blocking() {
			found = true
			assert.Contains(t, f.Message, "패킹리스트")
		}
	}
	assert.True(t, found, "a change after a headless print blocks the shipment")
}

func TestPrintDoorErrors(t *testing.T) {
	dataDir, _ := printDataDir(t, 10)
	out := filepath.Join(t.TempDir(), "x.html")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no kind", []string{"print", "--out", out}, exitUsage, "출력할 목록"},
		{"unknown kind", []string{"print", "labels", "--out", out}, exitUsage, "picking(피킹리스트)"},
		{"no out", []string{"print", "picking"}, exitUsage, "--out"},
		{"bad format", []string{"print", "picking", "--format", "pdf", "--out", out}, exitUsage, "html, xlsx, csv, json"},
		{"bad status", []string{"print", "picking", "--status", "SOLD", "--out", out}, exitUsage, "알 수 없는 주문 상태"},
		{"bad market", []string{"print", "picking", "--market", "amazon", "--out", out}, exitUsage, "알 수 없는 마켓"},
		{"two kinds", []string{"print", "picking", "packing", "--out", out}, exitUsage, "unexpected arguments"},
		{"missing folder", []string{"print", "picking", "--out", filepath.Join(t.TempDir(), "nope", "x.html"), "--data-dir", dataDir}, exitFailure, "저장할 폴더가 없습니다"},
		{"unknown courier", []string{"print", "shipping", "--format", "csv", "--courier", "없는택배", "--out", out, "--data-dir", dataDir}, exitFailure, "택배사 양식이 없습니다"},
		{"unknown key", []string{"print", "picking", "--keys", "naver/1", "--out", out, "--data-dir", dataDir}, exitFailure, "찾을 수 없는 주문"},
		{"nothing to print", []string{"print", "picking", "--status", "EXCHANGED", "--market", "naver", "--out", out, "--data-dir", dataDir}, exitFailure, "출력할 주문이 없습니다"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runDoor(t, tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, stderr, tc.msg)
			_, err := os.Stat(out)
			assert.True(t, os.IsNotExist(err), "nothing written on failure")
		})
	}
	code, stdout, _ := runDoor(t, "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "sellerdesk print")
}

// TestPrintDoorGolden pins the picking and packing JSON of a small generated store (the print
// time blanked). Run with -update-print to rewrite after an intended change.
func TestPrintDoorGolden(t *testing.T) {
	dataDir, _ := printDataDir(t, 80)
	generated := regexp.MustCompile(`"generatedAt": "[^"]*"`)
	for _, kind := range []string{"picking", "packing", "shipping"} {
		t.Run(kind, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), kind+".json")
			code, _, stderr := runDoor(t, "print", kind, "--format", "json", "--out", path, "--data-dir", dataDir)
			require.Equal(t, 0, code, stderr)
			got := generated.ReplaceAll(readPrivate(t, path), []byte(`"generatedAt": "…"`))
			golden := filepath.Join("..", "..", "testdata", "print", kind+".json")
			if *updatePrintGolden {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))
		})
	}
}

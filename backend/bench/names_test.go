package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadNamePairsReadsEveryTable(t *testing.T) {
	pairs, tables, err := loadNamePairs(filepath.Join("..", "..", "testdata", "check"))
	require.NoError(t, err)
	assert.GreaterOrEqual(t, tables, 12)
	assert.Greater(t, len(pairs), 3000)
	for _, p := range pairs {
		require.NotEmpty(t, p.registered)
		require.GreaterOrEqual(t, p.bundle, 0)
	}
}

func TestNamesLine(t *testing.T) {
	dir := t.TempDir()
	table := "registered\texposed\tbundle_size\texpected\treason\n" +
		"캐슈넛 160g / 1개\t캐슈넛, 5개, 160g\t5\tmatch\tbundle\n" +
		"레몬 가루 150g\t레몬 가루 170g\t1\tmismatch\tweight\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "option_names_x.tsv"), []byte(table), 0o600))
	var out bytes.Buffer
	printNames(&out, dir, 10*time.Millisecond)
	assert.Contains(t, out.String(), "option-name check, reused Matcher over all labelled tables (2 pairs in 1 tables")
	assert.Contains(t, out.String(), "| ≥ 100,000 |")

	r := measureNames([]namePair{{"캐슈넛 160g", "캐슈넛 160g", 1}}, 5*time.Millisecond)
	assert.Positive(t, r.Compared)
	assert.Positive(t, r.rate())
}

func TestNamesSkippedWithoutTables(t *testing.T) {
	var out bytes.Buffer
	printNames(&out, t.TempDir(), time.Millisecond)
	assert.Contains(t, out.String(), "option-name check skipped: no labelled name tables")

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "option_names_bad.tsv"), []byte("a\tb\n"), 0o600))
	_, _, err := loadNamePairs(dir)
	assert.ErrorContains(t, err, "unexpected header")
}

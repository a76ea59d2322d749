package filemanager

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCommandPerOS(t *testing.T) {
	tests := []struct {
		goos, name string
	}{
		{"windows", "explorer.exe"},
		{"darwin", "open"},
		{"linux", "xdg-open"},
		{"freebsd", "xdg-open"},
	}
	for _, tt := range tests {
		t.Run(tt.goos, func(t *testing.T) {
			name, args := Command(tt.goos, "/data/exports")
			assert.Equal(t, tt.name, name)
			assert.Equal(t, []string{"/data/exports"}, args)
		})
	}
}

func TestOpenCreatesTheFolderAndStartsTheFileManager(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "exports")
	var got []string
	o := Opener{GOOS: "darwin", Start: func(_ context.Context, name string, args ...string) error {
		got = append([]string{name}, args...)
		return nil
	}}
	require.NoError(t, o.Open(context.Background(), dir))
	assert.Equal(t, []string{"open", dir}, got)
	info, err := os.Stat(dir)
	require.NoError(t, err)
	assert.True(t, info.IsDir())
	if runtime.GOOS != "windows" {
		assert.Equal(t, os.FileMode(0o700), info.Mode().Perm())
	}
}

func TestOpenRefuses(t *testing.T) {
	never := func(context.Context, string, ...string) error {
		t.Fatal("nothing may be started")
		return nil
	}
	t.Run("a relative path", func(t *testing.T) {
		require.Error(t, Opener{Start: never}.Open(context.Background(), "exports"))
	})
	t.Run("a closed app", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		require.ErrorIs(t, Opener{Start: never}.Open(ctx, t.TempDir()), context.Canceled)
	})
	t.Run("no file manager installed", func(t *testing.T) {
		missing := func(context.Context, string, ...string) error {
			return &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound}
		}
		err := Opener{GOOS: "linux", Start: missing}.Open(context.Background(), t.TempDir())
		require.ErrorIs(t, err, ErrNoFileManager)
	})
	t.Run("another failure is not a missing program", func(t *testing.T) {
		denied := func(context.Context, string, ...string) error { return os.ErrPermission }
		err := Opener{Start: denied}.Open(context.Background(), t.TempDir())
		require.Error(t, err)
		assert.False(t, errors.Is(err, ErrNoFileManager))
	})
}

// TestOpenStartsTheRealProgram runs the default starter against a stand-in xdg-open on PATH.
func TestOpenStartsTheRealProgram(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the stand-in is a shell script for xdg-open")
	}
	bin, out := t.TempDir(), filepath.Join(t.TempDir(), "opened")
	script := "#!/bin/sh\nprintf '%s' \"$1\" > " + out + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o700))
	t.Setenv("PATH", bin)
	dir := filepath.Join(t.TempDir(), "exports")
	require.NoError(t, Opener{}.Open(context.Background(), dir))
	require.Eventually(t, func() bool {
		b, err := os.ReadFile(out)
		return err == nil && string(b) == dir
	}, 5*time.Second, 20*time.Millisecond)

	t.Setenv("PATH", t.TempDir()) // no xdg-open at all
	require.ErrorIs(t, Opener{}.Open(context.Background(), dir), ErrNoFileManager)
}

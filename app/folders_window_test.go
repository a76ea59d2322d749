package app

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/folders"
)

// The window's 폴더 열기 opens the folder an export was just saved in; the browser door (which
// serves Bound) cannot reach it.
func TestWindowOpensTheExportsFolder(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the stand-in file manager is a shell script for xdg-open")
	}
	a, _ := newPrintApp(t)
	printFixture(t, a)

	var opener *folders.Folders
	for _, b := range a.windowBound() {
		if f, ok := b.(*folders.Folders); ok {
			opener = f
		}
	}
	require.NotNil(t, opener, "the window binds 폴더 열기")
	assert.Len(t, a.windowBound(), len(a.Bound())+1)
	for _, b := range a.Bound() {
		_, ok := b.(*folders.Folders)
		assert.False(t, ok, "the browser door serves Bound: it must not start programs on the PC")
	}

	saved, err := a.Lists().ExportList(PrintRequest{Kind: "packing"})
	require.NoError(t, err)

	bin, out := t.TempDir(), filepath.Join(t.TempDir(), "opened")
	require.NoError(t, os.WriteFile(filepath.Join(bin, "xdg-open"), []byte("#!/bin/sh\nprintf '%s' \"$1\" > "+out+"\n"), 0o700))
	t.Setenv("PATH", bin)
	require.NoError(t, opener.OpenExports())
	require.Eventually(t, func() bool {
		b, err := os.ReadFile(out)
		return err == nil && string(b) == filepath.Dir(saved.Path)
	}, 5*time.Second, 20*time.Millisecond, "xdg-open is given the folder of %s", saved.Path)

	t.Setenv("PATH", t.TempDir()) // a desktop without xdg-open: the seller reads where the folder is
	err = opener.OpenExports()
	require.Error(t, err)
	assert.Equal(t, "이 PC에는 폴더를 열어 줄 프로그램이 없습니다. 파일 관리자에서 직접 여세요: "+filepath.Dir(saved.Path), err.Error())
}

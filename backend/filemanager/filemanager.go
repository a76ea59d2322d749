// Package filemanager shows a folder in the seller's file manager (Explorer on Windows, Finder on
// macOS, the desktop's default elsewhere): the window's 폴더 열기 button. The webview cannot do it
// (Wails' BrowserOpenURL refuses file:// addresses), so SellerDesk asks the OS itself.
package filemanager

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// ErrNoFileManager: the program that opens folders on this OS is not installed (a Linux desktop
// without xdg-open). The seller opens the folder by hand.
var ErrNoFileManager = errors.New("filemanager: no program to open folders")

// Command is the program and arguments that show dir on goos (a runtime.GOOS value).
func Command(goos, dir string) (name string, args []string) {
	switch goos {
	case "windows":
		return "explorer.exe", []string{dir}
	case "darwin":
		return "open", []string{dir}
	default:
		return "xdg-open", []string{dir}
	}
}

// Starter starts a program without waiting for it: the file manager lives on after the call.
type Starter func(ctx context.Context, name string, args ...string) error

// Opener opens folders. The zero value uses this OS and starts the real program.
type Opener struct {
	GOOS  string  // "" is runtime.GOOS
	Start Starter // nil starts the program with os/exec
}

// Open shows dir (an absolute path) in the file manager, creating it first (0700) when it does
// not exist yet, so the button works before the first export.
func (o Opener) Open(ctx context.Context, dir string) error {
	if !filepath.IsAbs(dir) {
		return fmt.Errorf("filemanager: %q is not an absolute path", dir)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("filemanager: open %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("filemanager: create %s: %w", dir, err)
	}
	goos, start := o.GOOS, o.Start
	if goos == "" {
		goos = runtime.GOOS
	}
	if start == nil {
		start = startProcess
	}
	name, args := Command(goos, filepath.Clean(dir))
	if err := start(ctx, name, args...); err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return fmt.Errorf("%w: %s: %w", ErrNoFileManager, name, err)
		}
		return fmt.Errorf("filemanager: start %s: %w", name, err)
	}
	return nil
}

// startProcess starts name and reaps it in the background. It is not bound to ctx: closing
// SellerDesk must not close the seller's file manager. Explorer's exit status is meaningless (it
// reports 1 after opening a window), so only a failure to start counts.
func startProcess(_ context.Context, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}

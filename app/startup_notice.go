package app

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"html/template"
	"sync/atomic"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

//go:embed startup_notice.html
var startupNoticePage string

var startupNoticeTemplate = template.Must(template.New("notice").Parse(startupNoticePage))

// StartupNotice is what a small window says when the desktop window cannot open (another
// SellerDesk holds the data folder, the data file cannot be read): a double-click never ends in a
// blank window or in silence.
type StartupNotice struct {
	// Title is the window's title and heading; Message the Korean sentence; Folder the data folder.
	Title, Message, Folder string
	// Restore, when set, is the backup offered by a "최근 백업으로 복원" button (startup_restore.go).
	Restore *BackupChoice
	// restoreNow restores a backup when the seller presses the button; set with Restore.
	restoreNow func(context.Context) (RestoreResult, error)
}

// noticeTitlePrefix starts the title of every notice window, so a test can find it.
const noticeTitlePrefix = "셀러데스크 — "

// render is the notice's page.
func (n StartupNotice) render() ([]byte, error) {
	var b bytes.Buffer
	if err := startupNoticeTemplate.Execute(&b, n); err != nil {
		return nil, fmt.Errorf("app: startup notice page: %w", err)
	}
	return b.Bytes(), nil
}

// showStartupNotice shows n in a small window until the seller closes it. singleInstance, when
// set, first lets Wails hand the launch to a running SellerDesk (which comes forward; this process
// then ends without a window) — where the OS offers no such hand-over, the notice shows.
// restored, when the notice offers a restore, runs after a successful one; the window then closes.
func showStartupNotice(ctx context.Context, n StartupNotice, icon []byte, singleInstance bool, restored func()) error {
	if _, err := n.render(); err != nil {
		return err
	}
	var windowCtx atomic.Pointer[context.Context]
	height := 240
	if n.Restore != nil {
		height = 300
	}
	app := &options.App{
		Title:         noticeTitlePrefix + n.Title,
		Width:         520,
		Height:        height,
		DisableResize: true,
		AssetServer: &assetserver.Options{Handler: n.handler(ctx, func() {
			if restored != nil {
				restored()
			}
			// Let the page say so, then close this window.
			time.Sleep(1500 * time.Millisecond)
			if wctx := windowCtx.Load(); wctx != nil {
				runtime.Quit(*wctx)
			}
		})},
		OnStartup:  func(ctx context.Context) { windowCtx.Store(&ctx) },
		OnDomReady: func(ctx context.Context) { runtime.WindowCenter(ctx) },
		Linux:      &linux.Options{ProgramName: "sellerdesk", Icon: icon},
	}
	if singleInstance {
		app.SingleInstanceLock = &options.SingleInstanceLock{UniqueId: singleInstanceID}
	}
	if err := wails.Run(app); err != nil {
		return fmt.Errorf("app: startup notice window: %w", err)
	}
	return nil
}

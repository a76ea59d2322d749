package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"sellerdesk/backend/store"
)

// singleInstanceID names SellerDesk to the OS so a second double-click brings the first window
// forward instead of starting a second copy on the same data.
const singleInstanceID = "kr.sellerdesk.desktop.7d0e2c"

// DesktopOptions are what the desktop window needs beyond the app itself.
type DesktopOptions struct {
	Assets fs.FS
	Icon   []byte
}

// RunDesktop opens the desktop window on cfg's data folder and blocks until it closes. When
// another SellerDesk already holds the data folder, that window is brought forward and
// RunDesktop returns store.ErrLocked.
func RunDesktop(ctx context.Context, cfg Config, opt DesktopOptions) error {
	a, err := New(ctx, cfg)
	if errors.Is(err, store.ErrLocked) {
		// Let Wails' single-instance lock wake the running window, then say why we stop.
		_ = wails.Run(&options.App{Title: "셀러데스크", AssetServer: &assetserver.Options{Assets: opt.Assets},
			SingleInstanceLock: &options.SingleInstanceLock{UniqueId: singleInstanceID}})
		return err
	}
	if err != nil {
		return err
	}
	defer a.Close()

	var windowCtx context.Context // set once the window exists
	runErr := wails.Run(&options.App{
		Title:     "셀러데스크 SellerDesk",
		Width:     1280,
		Height:    800,
		MinWidth:  1024,
		MinHeight: 640,
		AssetServer: &assetserver.Options{
			Assets: opt.Assets,
		},
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		OnStartup: func(wctx context.Context) {
			windowCtx = wctx
			events, cancel := a.Events().Subscribe()
			go func() {
				defer cancel()
				for ev := range events {
					runtime.EventsEmit(wctx, ev.Name, ev.Data)
				}
			}()
			if err := a.StartSync(ctx); err != nil {
				a.log.Error("background sync", "err", err)
			}
		},
		OnShutdown: func(context.Context) {
			a.baseCancel() // the UI calls still running end here
			a.StopSync()
			a.Events().Close()
		},
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId: singleInstanceID,
			OnSecondInstanceLaunch: func(options.SecondInstanceData) {
				a.log.Info("second launch: showing the running window")
				if windowCtx != nil {
					runtime.WindowUnminimise(windowCtx)
					runtime.Show(windowCtx)
				}
			},
		},
		Bind:    a.Bound(),
		Linux:   &linux.Options{ProgramName: "sellerdesk", Icon: opt.Icon, WebviewGpuPolicy: linux.WebviewGpuPolicyOnDemand},
		Windows: &windows.Options{},
	})
	if runErr != nil {
		return fmt.Errorf("app: desktop window: %w", runErr)
	}
	return nil
}

package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sync/atomic"

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
		// Wails' single-instance lock wakes the running window and ends this process; where the
		// OS gives it no way to (Linux without a session bus), the seller reads why instead of
		// getting a blank window.
		if nerr := showStartupNotice(ctx, StartupNotice{Title: "이미 실행 중", Folder: cfg.DataDir,
			Message: "셀러데스크가 이미 실행 중입니다. 작업 표시줄에서 열려 있는 셀러데스크 창을 사용하세요. 이 창은 닫아도 됩니다."},
			opt.Icon, true, nil); nerr != nil {
			cfg.Logger.Error("startup notice", "err", nerr)
		}
		return err
	}
	if err != nil {
		// A damaged data file: the notice offers the newest backup, and after a restore this
		// program starts again on the restored folder.
		var reopened atomic.Bool
		if nerr := showStartupNotice(ctx, openFailureNotice(cfg, err), opt.Icon, false, func() {
			if rerr := relaunch(cfg.Logger); rerr != nil {
				cfg.Logger.Error("start again after the restore", "err", rerr)
				return
			}
			reopened.Store(true)
		}); nerr != nil {
			cfg.Logger.Error("startup notice", "err", nerr)
		}
		if reopened.Load() {
			return nil
		}
		return err
	}
	defer a.Close()

	var windowCtx context.Context // set once the window exists
	runErr := wails.Run(&options.App{
		Title:     "셀러데스크 SellerDesk",
		Width:     1280,
		Height:    800,
		MinWidth:  1024,
		MinHeight: 600,
		// Shown once sized to the screen (OnDomReady): 1280×800 does not fit a 1366×768 laptop.
		StartHidden: true,
		AssetServer: &assetserver.Options{
			Assets: opt.Assets,
		},
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		OnDomReady: func(wctx context.Context) {
			fitToScreen(wctx, 1280, 800)
			runtime.WindowShow(wctx)
		},
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
		Bind:    a.windowBound(),
		Linux:   &linux.Options{ProgramName: "sellerdesk", Icon: opt.Icon, WebviewGpuPolicy: linux.WebviewGpuPolicyOnDemand},
		Windows: &windows.Options{},
	})
	if runErr != nil {
		return fmt.Errorf("app: desktop window: %w", runErr)
	}
	return nil
}

// screenMargin is kept free of the window on each side of the height: the taskbar or the menu bar
// (Wails does not report the work area, only the screen).
const screenMargin = 56

// fitToScreen sizes the window to at most w×h and at most the current screen less its taskbar,
// and centres it: the window never starts above the top of the screen or below its bottom.
func fitToScreen(ctx context.Context, w, h int) {
	screens, err := runtime.ScreenGetAll(ctx)
	if err != nil || len(screens) == 0 {
		runtime.WindowCenter(ctx)
		return
	}
	s := screens[0]
	for _, sc := range screens {
		if sc.IsCurrent {
			s = sc
			break
		}
	}
	sw, sh := s.Size.Width, s.Size.Height
	if sw <= 0 || sh <= 0 {
		sw, sh = s.Width, s.Height
	}
	if sw > 0 && sh > 0 {
		w, h = min(w, sw), min(h, sh-screenMargin)
		runtime.WindowSetSize(ctx, w, h)
	}
	runtime.WindowCenter(ctx)
}

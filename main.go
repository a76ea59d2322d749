// Command sellerdesk is SellerDesk (셀러데스크): one program, several doors (app/cli). main only
// embeds what the doors need from the repository root — the built UI and the icon, which
// go:embed cannot reach from below — and hands off.
package main

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"sellerdesk/app/cli"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
)

//go:embed all:frontend/dist
var frontendDist embed.FS

//go:embed build/appicon.png
var appIcon []byte

// Set by the build (-ldflags "-X main.version=… -X main.commit=…").
var (
	version = "dev"
	commit  = ""
)

func main() {
	store.SetGCPercent()
	assets, err := fs.Sub(frontendDist, "frontend/dist")
	if err != nil {
		fmt.Fprintln(os.Stderr, "frontend assets:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Assets: assets, Icon: appIcon, Version: version, Commit: commit, Keyring: secrets.OS{}})
	stop()
	os.Exit(code)
}

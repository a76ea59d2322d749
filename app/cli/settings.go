package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"sellerdesk/app"
	"sellerdesk/backend/privatefile"
)

const settingsSummary = "설정을 파일로 내보내고 가져옵니다 (비밀 값 제외) / export or import the settings, secrets excepted"

// runSettings is `sellerdesk settings export FILE` and `sellerdesk settings import FILE`: the
// settings of a shop — the marketplace application IDs, the sync, the retention, the digital
// products, their mails and the mail server — in a JSON file, without any secret (API secrets,
// the SMTP password), to move a shop to another PC or set one up without the window.
func runSettings(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("settings", env, settingsSummary)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "sellerdesk settings export FILE | import FILE — %s\n\nFlags:\n", settingsSummary)
		fs.PrintDefaults()
	}
	if len(args) == 0 || (args[0] != "export" && args[0] != "import") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fs.Usage()
			return 0
		}
		fmt.Fprintln(env.Stderr, "export FILE 또는 import FILE을 쓰세요. / use: sellerdesk settings export FILE | import FILE")
		return exitUsage
	}
	sub := args[0]
	file, code, stop := fileArg(fs, args[1:])
	if stop {
		return code
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, false, func(c *app.Config) { c.Env = os.Getenv })
	if !ok {
		return exitFailure
	}
	defer closeApp()
	if sub == "export" {
		err := privatefile.Write(file, func(w io.Writer) error { return a.ExportSettings(ctx, w) })
		if err != nil {
			fmt.Fprintf(env.Stderr, "설정을 내보내지 못했습니다 / cannot export the settings: %v\n", err)
			return exitFailure
		}
		fmt.Fprintf(env.Stdout, "설정을 %s에 저장했습니다. API 비밀 키와 메일 비밀번호는 들어 있지 않습니다. / settings written to %s (no secrets)\n", file, file)
		return 0
	}
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "설정 파일을 읽지 못했습니다 / cannot read %s: %v\n", file, err)
		return exitFailure
	}
	res, err := a.ImportSettings(ctx, data)
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	fmt.Fprintf(env.Stdout, "%s의 설정을 가져왔습니다. / settings imported\n", file)
	for _, n := range res.Notes {
		fmt.Fprintln(env.Stdout, "- "+n)
	}
	return 0
}

// fileArg reads the one FILE argument with the door's flags before or after it.
func fileArg(fs *flag.FlagSet, args []string) (string, int, bool) {
	if code, stop := parseKeep(fs, args); stop {
		return "", code, true
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fmt.Fprintln(fs.Output(), "파일 이름을 주세요 / name the file")
		return "", exitUsage, true
	}
	file := rest[0]
	if code, stop := parse(fs, rest[1:]); stop {
		return "", code, true
	}
	return file, 0, false
}

// parseKeep parses flags and leaves the arguments after them in fs.Args().
func parseKeep(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return exitUsage, true
	}
	return 0, false
}

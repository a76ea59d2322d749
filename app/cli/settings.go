package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"sellerdesk/app"
	"sellerdesk/backend/hangul"
	"sellerdesk/backend/privatefile"
)

const settingsSummary = "설정을 파일로 내보내고 가져옵니다 (비밀 값 제외), 쿠팡 WING 로그인 ID를 저장하고 지웁니다 / export or import the settings, secrets excepted; set or clear the Coupang WING login id"

// wingIDCommand is `sellerdesk settings coupang-wing-id [set ID | clear]`.
const wingIDCommand = "coupang-wing-id"

// runSettings is `sellerdesk settings export FILE` and `sellerdesk settings import FILE`: the
// settings of a shop — the marketplace application IDs, the sync, the retention, the digital
// products, their mails and the mail server — in a JSON file, without any secret (API secrets,
// the SMTP password), to move a shop to another PC or set one up without the window.
func runSettings(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("settings", env, settingsSummary)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "sellerdesk settings export FILE | import FILE | %s [set ID | clear] — %s\n\n"+
			"%s: 판매 취소(claims cancel)에 쓰는 쿠팡 WING 로그인 ID를 보여 주고(set·clear 없이), 저장하고(set ID), 지웁니다(clear).\n"+
			"설정 > 쿠팡 화면과 같은 설정입니다. 빈 값으로는 지워지지 않습니다: 지울 때는 clear.\n\nFlags:\n", wingIDCommand, settingsSummary, wingIDCommand)
		fs.PrintDefaults()
	}
	if len(args) == 0 || (args[0] != "export" && args[0] != "import" && args[0] != wingIDCommand) {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fs.Usage()
			return 0
		}
		fmt.Fprintln(env.Stderr, "export FILE, import FILE 또는 "+wingIDCommand+" [set ID | clear]를 쓰세요. / use: sellerdesk settings export FILE | import FILE | "+wingIDCommand+" [set ID | clear]")
		return exitUsage
	}
	sub := args[0]
	if sub == wingIDCommand {
		return runWingID(ctx, fs, dataDir, args[1:], env)
	}
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

// runWingID is `sellerdesk settings coupang-wing-id [set ID | clear]`: it shows, saves or clears
// the Coupang WING login id through the settings screen's one path (Setup.SaveSettings), so the
// rule is the screen's: a bad id is refused, a blank one is no clear, only clear clears.
func runWingID(ctx context.Context, fs *flag.FlagSet, dataDir *string, args []string, env doorEnv) int {
	// the words, with the door's flags before, between or after them
	var words []string
	for {
		if code, stop := parseKeep(fs, args); stop {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		words, args = append(words, fs.Arg(0)), fs.Args()[1:]
	}
	var in app.SettingsInput
	action := ""
	if len(words) > 0 {
		action = words[0]
	}
	switch {
	case action == "" || (action == "clear" && len(words) == 1):
		in.ClearCoupangWingUserID = action == "clear"
	case action == "set" && (len(words) < 2 || strings.TrimSpace(words[1]) == ""):
		fmt.Fprintln(env.Stderr, "저장할 쿠팡 WING 로그인 ID를 주세요 (지울 때는 clear). / name the id: settings "+wingIDCommand+" set ID (clear to clear)")
		return exitUsage
	case action == "set" && len(words) == 2:
		in.CoupangWingUserID = words[1]
	default:
		fmt.Fprintln(env.Stderr, "set ID 또는 clear를 쓰세요. / use: sellerdesk settings "+wingIDCommand+" [set ID | clear]")
		return exitUsage
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, false, nil)
	if !ok {
		return exitFailure
	}
	defer closeApp()
	before, err := a.Setup().GetSettings()
	if err == nil && action != "" {
		var after app.SettingsView
		after, err = a.Setup().SaveSettings(in)
		if err == nil {
			switch {
			case action == "set":
				fmt.Fprintf(env.Stdout, "쿠팡 WING 로그인 ID를 %s 저장했습니다. 판매 취소(claims cancel)에 씁니다. / saved the Coupang WING login id\n", hangul.Euro(after.CoupangWingUserID))
			case before.CoupangWingUserID == "":
				fmt.Fprintln(env.Stdout, "저장된 쿠팡 WING 로그인 ID가 없어 지울 것이 없습니다. / no Coupang WING login id was saved")
			default:
				fmt.Fprintf(env.Stdout, "저장된 쿠팡 WING 로그인 ID(%s)를 지웠습니다. / cleared the Coupang WING login id\n", before.CoupangWingUserID)
			}
			return 0
		}
	}
	if err != nil {
		if msg := app.SellerMessage(err); msg != err.Error() {
			fmt.Fprintf(env.Stderr, "%s\n(%v)\n", msg, err)
		} else {
			fmt.Fprintln(env.Stderr, msg)
		}
		return exitFailure
	}
	if before.CoupangWingUserID == "" {
		fmt.Fprintln(env.Stdout, "저장된 쿠팡 WING 로그인 ID가 없습니다. sellerdesk settings "+wingIDCommand+" set ID로 저장하세요. / no Coupang WING login id is saved")
		return 0
	}
	fmt.Fprintf(env.Stdout, "쿠팡 WING 로그인 ID: %s / the saved Coupang WING login id\n", before.CoupangWingUserID)
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

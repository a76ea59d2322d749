package cli

import (
	"context"
	"fmt"

	"sellerdesk/app"
)

const restoreSummary = "백업으로 데이터를 복원합니다 / restore the data file from a backup"

// runRestore is `sellerdesk restore --from FILE | --newest`: the data file replaced by a backup
// while SellerDesk is closed — the way out when the data file is damaged and the window cannot
// open. The replaced file is kept beside it.
func runRestore(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("restore", env, restoreSummary)
	from := fs.String("from", "", "이 백업 파일로 복원합니다 / restore from this backup file")
	newest := fs.Bool("newest", false, "backups 폴더에서 검사를 통과한 가장 최근 백업으로 복원합니다 / the newest backup that passes the check")
	if code, stop := parse(fs, args); stop {
		return code
	}
	if (*from == "") == !*newest {
		fmt.Fprintln(env.Stderr, "--from FILE 또는 --newest 중 하나를 주세요 / give --from FILE or --newest")
		return exitUsage
	}
	cfg, closeLog, err := appConfig(*dataDir, env, false)
	if err != nil {
		fmt.Fprintf(env.Stderr, "데이터 폴더를 준비하지 못했습니다 / cannot prepare the data folder: %v\n", err)
		return exitFailure
	}
	defer closeLog()
	var res app.RestoreResult
	if *newest {
		res, err = app.RestoreNewest(ctx, cfg.DataDir, cfg.Logger)
	} else {
		res, err = app.RestoreFrom(ctx, cfg.DataDir, *from, cfg.Logger)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	fmt.Fprintln(env.Stdout, res.Note)
	return 0
}

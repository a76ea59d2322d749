package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"sellerdesk/app"
	"sellerdesk/backend/export"
	"sellerdesk/backend/order"
)

// runExport is `sellerdesk export`: every stored shipment (or those of some statuses and
// marketplaces) with its lines, receiver, statuses, findings and resolutions, to a file or stdout.
func runExport(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("export", env, "주문을 파일로 내보냅니다 / export shipments")
	formatFlag := fs.String("format", "json", "형식 / format: json | csv | xlsx")
	statusFlag := fs.String("status", "", "상태만 (쉼표로 여러 개) / only these statuses, comma separated: "+statusNames())
	marketFlag := fs.String("market", "", "마켓만 / only this marketplace: naver | coupang (comma separated)")
	out := fs.String("out", "", "저장할 파일 (없으면 표준 출력; xlsx는 파일 필요) / output file (default stdout; xlsx needs a file)")
	if code, stop := parse(fs, args); stop {
		return code
	}
	req, err := app.ParseExport(*formatFlag, *statusFlag, *marketFlag)
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s / %v\n", app.SellerMessage(err), err)
		return exitUsage
	}
	if req.Format == export.XLSX && *out == "" {
		fmt.Fprintln(env.Stderr, "xlsx는 --out 파일로만 내보낼 수 있습니다. / xlsx needs --out FILE")
		return exitUsage
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, false, nil)
	if !ok {
		return exitFailure
	}
	defer closeApp()
	var n int
	write := func(w io.Writer) (err error) {
		n, err = a.Export(ctx, req, w)
		return err
	}
	if *out == "" {
		err = write(env.Stdout)
	} else {
		err = export.WriteFile(*out, write)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "내보내기에 실패했습니다 / export failed: %v\n", err)
		return exitFailure
	}
	if *out != "" {
		fmt.Fprintf(env.Stderr, "%d건을 %s에 저장했습니다. / %d shipments written to %s\n", n, *out, n, *out)
	}
	return 0
}

func statusNames() string {
	var names []string
	for _, s := range order.AllStatuses() {
		names = append(names, strings.ToLower(string(s)))
	}
	return strings.Join(names, ", ")
}

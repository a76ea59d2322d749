package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"sellerdesk/backend/export"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
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
	format, err := export.ParseFormat(*formatFlag)
	if err != nil {
		fmt.Fprintf(env.stderr, "형식은 json, csv, xlsx 중 하나입니다. / %v\n", err)
		return exitUsage
	}
	var filter store.Filter
	for _, s := range splitList(*statusFlag) {
		st, err := order.ParseStatus(s)
		if err != nil {
			fmt.Fprintf(env.stderr, "알 수 없는 상태입니다: %s (%s) / unknown status\n", s, statusNames())
			return exitUsage
		}
		filter.Statuses = append(filter.Statuses, st)
	}
	for _, s := range splitList(*marketFlag) {
		m, err := order.ParseMarketplace(s)
		if err != nil {
			fmt.Fprintf(env.stderr, "알 수 없는 마켓입니다: %s (naver, coupang) / unknown marketplace\n", s)
			return exitUsage
		}
		filter.Markets = append(filter.Markets, m)
	}
	if format == export.XLSX && *out == "" {
		fmt.Fprintln(env.stderr, "xlsx는 --out 파일로만 내보낼 수 있습니다. / xlsx needs --out FILE")
		return exitUsage
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, false, nil)
	if !ok {
		return exitFailure
	}
	defer closeApp()
	ships, err := export.Collect(ctx, a.Store(), filter)
	if err != nil {
		fmt.Fprintf(env.stderr, "주문을 읽지 못했습니다 / cannot read the shipments: %v\n", err)
		return exitFailure
	}
	write := func(w io.Writer) error { return export.Write(w, format, ships, time.Now()) }
	if *out == "" {
		err = write(env.stdout)
	} else {
		err = export.WriteFile(*out, write)
	}
	if err != nil {
		fmt.Fprintf(env.stderr, "내보내기에 실패했습니다 / export failed: %v\n", err)
		return exitFailure
	}
	if *out != "" {
		fmt.Fprintf(env.stderr, "%d건을 %s에 저장했습니다. / %d shipments written to %s\n", len(ships), *out, len(ships), *out)
	}
	return 0
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func statusNames() string {
	var names []string
	for _, s := range order.AllStatuses() {
		names = append(names, strings.ToLower(string(s)))
	}
	return strings.Join(names, ", ")
}

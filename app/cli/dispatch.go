package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sellerdesk/app"
	"sellerdesk/backend/fulfil"
)

const dispatchSummary = "택배사 결과 파일로 발송처리합니다 / dispatch from the courier's result file"

const dispatchHelp = `사용법 / Usage:
  sellerdesk dispatch --file RESULT.xlsx [--courier CJ대한통운] [--dry-run] [--data-dir DIR]

택배사에서 받은 운송장 결과 파일(XLSX 또는 CSV)을 읽어 주문과 맞춘 뒤, 맞춰진 주문의 운송장번호를
저장하고 네이버·쿠팡에 발송처리합니다. 보내기 직전에 주문을 마켓에서 다시 조회해 그사이 취소된 주문은
보내지 않고, 검수에서 막힌 주문도 건너뜁니다. 이미 발송처리된 주문은 다시 보내지 않으며, 응답이 끊긴
경우 다시 조회해 결과를 알려 줄 뿐 자동으로 다시 보내지 않습니다. --dry-run은 파일을 맞춰 보기만 하고
아무것도 저장하거나 보내지 않습니다. 운송장번호는 택배사 번호 규칙(자릿수·검증번호)으로 확인하고, 고치지
않습니다(엑셀이 지운 앞자리 0도 제안만 합니다). 한 번호가 받는 분이 다른 두 박스에 있거나 이미 다른 주문에
입력된 번호면 어느 쪽에도 저장하지 않습니다. 실패하거나 확인이 필요하거나 나중에 다시 보내야 하는(아직 안 됨)
주문·행이 있으면 종료 코드 1로 끝납니다.

Reads the courier's result file (XLSX or CSV), matches its rows to the shipments, stores the matched
tracking numbers and dispatches those shipments to Naver and Coupang. Right before sending, each
shipment is read back from its marketplace (a box cancelled meanwhile is not sent) and blocked ones
are skipped. A shipment already dispatched is never sent again; a lost answer is read back, never
resent. Numbers are checked by the courier's rule (lengths, check digit) and never repaired (zeros
Excel dropped are only suggested); a number on two boxes for different receivers, or already on
another box, is stored on neither. --dry-run only matches the file and stores and sends nothing.
Exits 1 when any shipment failed, needs checking or must be sent again later (pending: Coupang has
not applied the acknowledgement yet), or a matched row was not stored. API keys come from the
settings or the SELLERDESK_* environment variables.

Examples:
  sellerdesk dispatch --file cj_result.xlsx
  sellerdesk dispatch --file lotte.csv --courier 롯데택배 --dry-run

`

func runDispatch(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("dispatch", env, dispatchSummary)
	file := fs.String("file", "", "택배사 결과 파일 XLSX/CSV (필수) / the courier's result file (required)")
	courier := fs.String("courier", app.DefaultCourier, "택배사 / courier")
	dryRun := fs.Bool("dry-run", false, "맞춰 보기만 하고 저장·발송하지 않습니다 / match only, store and send nothing")
	longHelp(fs, dispatchHelp, nil)
	if code, stop := parse(fs, args); stop {
		return code
	}
	if strings.TrimSpace(*file) == "" {
		fmt.Fprintln(env.Stderr, "택배사 결과 파일을 --file 로 지정하세요. / --file is required.")
		return exitUsage
	}
	data, err := os.ReadFile(*file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "파일을 읽지 못했습니다: %s / cannot read the file\n(%v)\n", *file, err)
		return exitFailure
	}
	// technical logs go to the data folder's log file; the keys may come from the environment
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, true, func(c *app.Config) { c.Env = os.Getenv })
	if !ok {
		return exitFailure
	}
	defer closeApp()

	v, err := a.ImportTracking(ctx, fulfil.TrackingImportRequest{FileName: filepath.Base(*file), Data: data, Courier: *courier,
		DryRun: *dryRun, By: "cli"})
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	printImport(env.Stdout, v)
	if *dryRun {
		fmt.Fprintf(env.Stdout, "\n미리보기: 아무것도 저장하거나 보내지 않았습니다. 발송처리할 주문 %d건. / dry run: nothing stored or sent.\n", len(v.Keys))
		return 0
	}
	if len(v.Keys) == 0 {
		fmt.Fprintln(env.Stdout, "\n발송처리할 주문이 없습니다. / no shipment to dispatch.")
		return exitFailure
	}
	res, err := a.Dispatch(ctx, v.Keys, "cli")
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	code := printDispatch(env.Stdout, res)
	if held := len(v.Ambiguous) + len(v.Unreadable) + len(v.Problems); held > 0 {
		fmt.Fprintf(env.Stdout, "파일의 %d행은 주문을 찾았지만 번호를 저장하지도 보내지도 않았습니다(위의 확인 필요·번호를 읽을 수 없음). / %d matched rows were neither stored nor sent\n", held, held)
		return exitFailure
	}
	return code
}

func printImport(w io.Writer, v fulfil.TrackingImportView) {
	fmt.Fprintf(w, "파일 / file: %s (%s, %s, 택배사 %s) — %d행 / rows\n", v.FileName, v.Format, v.Encoding, v.Courier, v.Rows)
	fmt.Fprintf(w, "일치 %d건 / matched\n", len(v.Matched))
	for _, m := range v.Matched {
		line := fmt.Sprintf("  %d행 %s → %s", m.Row.Row, m.Row.TrackingNumber, strings.Join(m.ShipmentKeys, ", "))
		if m.Row.Note != "" {
			line += " (" + m.Row.Note + ")"
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "찾지 못함 %d건 / unmatched\n", len(v.Unmatched))
	for _, r := range v.Unmatched {
		fmt.Fprintf(w, "  %d행 %s %s %s\n", r.Row, r.ReceiverName, strings.Join(r.OrderRefs, ","), r.Raw)
	}
	fmt.Fprintf(w, "확인 필요 %d건 / ambiguous\n", len(v.Ambiguous))
	for _, r := range v.Ambiguous {
		fmt.Fprintf(w, "  %d행 %s: %s\n", r.Row.Row, strings.Join(r.ShipmentKeys, ", "), r.Reason)
	}
	if len(v.Unreadable) > 0 {
		fmt.Fprintf(w, "번호를 읽을 수 없음 %d건 / unreadable numbers\n", len(v.Unreadable))
		for _, r := range v.Unreadable {
			fmt.Fprintf(w, "  %d행 %s: %s\n", r.Row.Row, strings.Join(r.ShipmentKeys, ", "), r.Row.Note)
		}
	}
	for _, p := range v.Problems {
		fmt.Fprintf(w, "  %d행 %s: %s\n", p.Row, strings.Join(p.ShipmentKeys, ", "), p.Message)
	}
}

func resultLabel(r fulfil.Result) string {
	switch r {
	case fulfil.OK:
		return "성공 ok"
	case fulfil.Failed:
		return "실패 failed"
	case fulfil.Unknown:
		return "확인 필요 unknown"
	case fulfil.Pending:
		return "아직 안 됨 pending"
	}
	return "건너뜀 skipped"
}

// printDispatch prints each shipment's result; the exit code is 1 when any failed, needs checking
// or is pending.
func printDispatch(w io.Writer, res fulfil.Outcome) int {
	fmt.Fprintln(w, "\n발송처리 결과 / dispatch results")
	for _, it := range res.Items {
		name := it.Name
		if name == "" {
			name = it.MarketLabel + " " + it.ID
		}
		fmt.Fprintf(w, "  [%s] %s %s %s — %s\n", resultLabel(it.Result), name, it.Courier, it.TrackingNumber, it.Message)
	}
	c := res.Counts
	fmt.Fprintf(w, "성공 %d, 실패 %d, 확인 필요 %d, 아직 안 됨 %d, 건너뜀 %d / ok, failed, unknown, pending, skipped\n",
		c.OK, c.Failed, c.Unknown, c.Pending, c.Skipped)
	if c.Failed+c.Unknown+c.Pending > 0 {
		return exitFailure
	}
	return 0
}

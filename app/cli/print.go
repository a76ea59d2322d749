package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sellerdesk/app"
	"sellerdesk/backend/privatefile"
)

const printSummary = "피킹·패킹·배송리스트를 파일로 출력합니다 / write a picking, packing or shipping list"

const printHelp = `사용법 / Usage:
  sellerdesk print picking|packing|shipping --out FILE [flags]

화면에서 출력하는 것과 같은 목록을 파일로 씁니다. 출력 기록이 남으므로, 출력 뒤 주문이 바뀌면
다시 출력하라는 경고(CHANGED_AFTER_PRINT)가 뜹니다. 보류(검수 경고, 취소 요청 등) 주문은 목록에서
빠지고 보류 목록에 이유와 함께 나옵니다. 파일은 본인만 읽을 수 있게(0600) 저장됩니다.

Writes the same list the screen prints and records the print, so a later change to a printed
shipment raises CHANGED_AFTER_PRINT. Held shipments are left out and listed with their reasons.
The file is written atomically with mode 0600. JSON shapes: backend/lists/README.md.

  picking   피킹리스트 / what to take off the shelves
  packing   패킹리스트 (합포장) / one block per box
  shipping  배송리스트 (택배사 업로드 양식) / the courier's upload sheet

Examples:
  sellerdesk print picking --format html --out picking.html
  sellerdesk print shipping --format xlsx --courier CJ대한통운 --out cj.xlsx
  sellerdesk print packing --status ACKNOWLEDGED --market naver --format json --out pack.json
  sellerdesk print shipping --unprinted --format xlsx --out new.xlsx      (미출력만 / on no batch yet)
  sellerdesk print shipping --batch 2026-11-22#1 --format xlsx --out again.xlsx   (차수 다시 출력)

배송리스트를 출력할 때마다 번호가 붙은 차수(예: 2026-11-22#2)가 됩니다. / Every shipping-list print is a
numbered batch; --batch prints that batch's boxes again under its number.

`

// printArgs splits the list kind (the first or a trailing positional argument) from the flags.
func printArgs(args []string) (kind string, rest []string) {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		return args[0], args[1:]
	}
	return "", args
}

func runPrint(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("print", env, printSummary)
	format := fs.String("format", "html", "파일 형식 html|xlsx|csv|json / output format")
	out := fs.String("out", "", "저장할 파일 (필수) / output file (required)")
	statuses := fs.String("status", "", "주문 상태, 쉼표로 구분 (기본: PAID,ACKNOWLEDGED) / statuses, comma-separated")
	markets := fs.String("market", "", "마켓 naver|coupang, 쉼표로 구분 (기본: 모두) / marketplaces, comma-separated")
	keys := fs.String("keys", "", "출력할 주문 키, 쉼표로 구분 (naver/…, coupang/…) / shipment keys, comma-separated")
	courier := fs.String("courier", app.DefaultCourier, "배송리스트의 택배사 양식 / courier layout of the shipping list")
	unprinted := fs.Bool("unprinted", false, "배송리스트에 아직 출력하지 않은 주문만 / only boxes on no shipping-list batch yet")
	batch := fs.String("batch", "", "이 차수를 다시 출력 (예: 2026-11-22#1) / reprint this shipping-list batch")
	longHelp(fs, printHelp, nil)
	kind, rest := printArgs(args)
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return exitUsage
	}
	if kind == "" && fs.NArg() > 0 {
		kind = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return exitUsage
		}
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "알 수 없는 인자입니다 / unexpected arguments: %v\n", fs.Args())
		return exitUsage
	}
	if kind == "" {
		fmt.Fprintln(env.Stderr, "출력할 목록(picking, packing, shipping)을 지정하세요. / name the list to print: picking, packing or shipping.")
		fs.Usage()
		return exitUsage
	}
	if strings.TrimSpace(*out) == "" {
		fmt.Fprintln(env.Stderr, "저장할 파일을 --out 으로 지정하세요. / --out FILE is required.")
		return exitUsage
	}
	req := app.PrintRequest{Kind: kind, Format: *format, Courier: *courier, Record: true, By: "cli",
		Keys: app.SplitList(*keys), Batch: strings.TrimSpace(*batch),
		Filter: app.ShipmentQuery{Statuses: app.SplitList(*statuses), Markets: app.SplitList(*markets), Unprinted: *unprinted}}
	if err := req.Check(); err != nil {
		fmt.Fprintf(env.Stderr, "%s / %v\n", app.SellerMessage(err), err)
		return exitUsage
	}
	path, err := filepath.Abs(*out)
	if err != nil {
		fmt.Fprintf(env.Stderr, "저장할 파일 경로가 올바르지 않습니다 / bad output path: %v\n", err)
		return exitUsage
	}
	if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
		fmt.Fprintf(env.Stderr, "저장할 폴더가 없습니다: %s / the output folder does not exist\n", filepath.Dir(path))
		return exitFailure
	}

	a, _, closeApp, ok := openApp(ctx, *dataDir, env, false, nil)
	if !ok {
		return exitFailure
	}
	defer closeApp()
	return printTo(ctx, a, req, path, env.Stdout, env.Stderr)
}

// printTo builds the list and writes it. The print is recorded before the file is written; a
// failed write then leaves a record of a print that did not happen, which can only raise an extra
// CHANGED_AFTER_PRINT, never hide one.
func printTo(ctx context.Context, a *app.App, req app.PrintRequest, path string, stdout, stderr io.Writer) int {
	res, err := a.PrintList(ctx, req)
	if err != nil {
		fmt.Fprintf(stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	if err := privatefile.WriteBytes(path, res.Data); err != nil {
		fmt.Fprintf(stderr, "파일을 저장하지 못했습니다: %s / cannot write the file\n(%v)\n", path, err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "%s %d건 → %s (보류 %d건", res.Title, res.Count, path, res.Held)
	if res.Excluded > 0 {
		fmt.Fprintf(stdout, ", 보낼 주문 아님 %d건", res.Excluded)
	}
	fmt.Fprintln(stdout, ")")
	if res.Batch != "" {
		fmt.Fprintf(stdout, "출력 차수 / batch: %s\n", res.Batch)
	}
	if res.Held > 0 {
		fmt.Fprintln(stdout, "보류된 주문은 화면의 검수 알림에서 확인하세요. / held shipments are listed in the file with their reasons.")
	}
	return 0
}

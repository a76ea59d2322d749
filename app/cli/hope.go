package cli

import (
	"context"
	"fmt"
	"os"

	"sellerdesk/app"
	"sellerdesk/app/answers"
	"sellerdesk/backend/fulfil"
)

const hopeSummary = "네이버 배송 희망일을 바꿉니다 / change a Naver hope-delivery day"

const hopeHelp = `사용법 / Usage:
  sellerdesk hope-delivery KEY --date YYYY-MM-DD [--time HHmm] [--region TEXT] --reason TEXT

아직 보내지 않은 네이버 희망일배송 주문의 배송 희망일을 바꿉니다(배송 희망일 변경). 사유는 구매자에게
안내됩니다. 보내기 직전에 주문을 다시 조회해, 희망일배송이 아니거나 이미 발송한 주문은 보내지 않습니다.
응답이 끊기면 다시 조회해 결과를 알리고, 다시 보내지 않습니다. 실패하거나 확인이 필요하면 종료 코드 1.
Changes the hope-delivery day of a Naver box not yet sent; the box is read back first and after a
lost answer, never sent twice.

`

func runHope(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("hope-delivery", env, hopeSummary)
	date := fs.String("date", "", "새 배송 희망일 YYYY-MM-DD (필수) / the new day (required)")
	hour := fs.String("time", "", "희망 시간 HHmm / the hour, when the buyer wants one")
	region := fs.String("region", "", "지역 (30자까지, 비우면 그대로) / the region (kept when empty)")
	reason := fs.String("reason", "", "변경 사유 (필수, 300자까지) / the reason the buyer reads (required)")
	longHelp(fs, hopeHelp, nil)
	keys, code, stop := parseKeys(fs, args)
	if stop {
		return code
	}
	if len(keys) != 1 || *date == "" || *reason == "" {
		fmt.Fprintln(env.Stderr, "박스 키 하나와 --date, --reason 이 필요합니다. / one KEY, --date and --reason are required.")
		return exitUsage
	}
	req, err := fulfil.ParseHopeRequest(*date, *hour, *region, *reason)
	if err != nil {
		fmt.Fprintln(env.Stderr, app.SellerMessage(err))
		return exitUsage
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, true, func(c *app.Config) { c.Env = os.Getenv })
	if !ok {
		return exitFailure
	}
	defer closeApp()
	res, err := answers.PipelineOf(a.Bound()).ChangeHope(ctx, req, keys, "cli")
	return printWrite(env, "배송 희망일 변경", res, err)
}

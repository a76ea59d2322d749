package cli

import (
	"context"
	"fmt"

	"sellerdesk/backend/digital"
)

// runDigital is `sellerdesk digital`: every digital delivery with its state, address, codes and
// note, as a table or JSON.
func runDigital(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("digital", env, "디지털 상품 메일 발송 내역 / digital deliveries and their states")
	asJSON := fs.Bool("json", false, "JSON으로 출력 / print JSON")
	if code, stop := parse(fs, args); stop {
		return code
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, false, nil)
	if !ok {
		return exitFailure
	}
	defer closeApp()
	items, err := digital.List(ctx, a.Store())
	if err == nil {
		err = digital.WriteList(env.Stdout, items, *asJSON)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "디지털 발송 내역을 읽지 못했습니다 / cannot read the deliveries: %v\n", err)
		return exitFailure
	}
	return 0
}

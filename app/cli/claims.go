package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"sellerdesk/app"
	"sellerdesk/app/answers"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

const claimsSummary = "취소·반품·교환·출고중지 요청을 보고 답합니다 / list and answer the claims"

const claimsHelp = `사용법 / Usage:
  sellerdesk claims [--market naver|coupang] [--json]
  sellerdesk claims stop KEY...                                  (쿠팡 출고중지완료)
  sellerdesk claims shipped KEY --courier NAME --tracking NUMBER (쿠팡 이미출고)
  sellerdesk claims approve KEY...                               (네이버 취소 승인)
  sellerdesk claims exchange-received KEY...                     (쿠팡 교환 입고 확인)
  sellerdesk claims exchange-reject KEY... --code SOLDOUT|WITHDRAW (쿠팡 교환 거부: 품절 / 구매자 철회)
  sellerdesk claims exchange-reject KEY... --reason TEXT         (네이버 교환 거부, 구매자에게 보이는 사유)
  sellerdesk claims exchange-collect KEY...                      (네이버 교환 수거 완료)
  sellerdesk claims exchange-redeliver KEY --courier NAME --tracking NUMBER (교환 재배송: 네이버 재배송 처리, 쿠팡 교환 송장 업로드)
  sellerdesk claims exchange-redeliver KEY --box 박스ID=[택배사:]번호 [--box ...] (쿠팡 재배송 박스가 여러 개일 때 박스마다)
  sellerdesk claims exchange-hold KEY... --type CODE --reason TEXT [--fee 원] (네이버 교환 보류)
  sellerdesk claims exchange-release KEY...                      (네이버 교환 보류 해제)
  sellerdesk claims cancel KEY... --reason TEXT [--wing-id ID]  (판매 취소: 품절 등으로 보낼 수 없는 주문)
  sellerdesk claims cancel KEY --reason TEXT --line 옵션ID=수량 [--line ...] (쿠팡 일부 판매 취소)

열린 요청을 오래된 순서로 보여 주고(박스 키, 종류, 상태, 할 일, 할 수 있는 답), 답을 보냅니다. KEY는
내보내기 파일의 박스 키입니다(coupang/<id>, naver/<id>). 답은 보내기 직전에 마켓에서 다시 조회해 그사이
철회되었거나 이미 답한 요청에는 보내지 않고, 응답이 끊기면 다시 조회할 뿐 다시 보내지 않습니다. 보류는
마켓의 요청 상태로만 풀립니다(다음 동기화). 실패하거나 확인이 필요한 요청이 있으면 종료 코드 1로 끝납니다.
판매 취소(cancel)는 보내지 않은 박스를 판매자가 취소합니다(사유 필수). 쿠팡은 판매자 점수(주문이행)가
내려가고, 쿠팡 WING 로그인 ID가 필요합니다. 이 순서로 먼저 있는 것을 씁니다:
--wing-id, SELLERDESK_COUPANG_WING_ID, 설정 > 쿠팡에 저장한 ID.
The WING login id of a Coupang cancel: --wing-id, else SELLERDESK_COUPANG_WING_ID, else the saved one.

Lists the open claims oldest first, or sends an answer. Each box is read back right before sending
(a request withdrawn or answered meanwhile is not answered again); a lost answer is read back,
never resent. Exits 1 when any answer failed or needs checking.

일부 판매 취소(--line, 여러 번 적을 수 있음)는 박스 하나의 상품 중 일부만 취소하고 나머지는 보냅니다:
옵션 ID(쿠팡 vendorItemId)와 취소할 수량(발주서 수량 기준). 쿠팡 상품준비중 박스만 일부 취소할 수 있고
(결제완료는 전체만), 남은 수량을 모두 적으면 박스 전체를 취소합니다.
--line cancels only those goods of ONE box (vendor item id = count); Coupang takes a part only at 상품준비중.

쿠팡이 교환 재배송 박스를 여러 개 만들었으면(목록의 "재배송 박스") 박스마다 --box 재배송박스ID=운송장번호
(택배사가 다르면 재배송박스ID=택배사:운송장번호, 없으면 --courier)를 적습니다. 이미 송장이 올라간 박스는
다시 보내지 않으니, 일부만 실패했으면 같은 명령을 다시 실행하거나 실패한 박스만 적으세요.
--box gives one Coupang re-delivery box its parcel (BOXID=NUMBER with --courier, or BOXID=COURIER:NUMBER);
boxes carrying an invoice already are never sent again.

`

func runClaims(ctx context.Context, args []string, env doorEnv) int {
	verb := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		verb, args = args[0], args[1:]
	}
	fs, dataDir := flags("claims", env, claimsSummary)
	market := fs.String("market", "", "naver 또는 coupang만 / one marketplace only")
	asJSON := fs.Bool("json", false, "JSON으로 출력 / print JSON")
	lines := cancelLines{}
	boxes := &redeliveryBoxes{}
	fs.Var(boxes, "box", "쿠팡 교환 재배송 박스마다: 재배송박스ID=[택배사:]운송장번호, 여러 번 / one re-delivery box, BOXID=[COURIER:]NUMBER, repeatable")
	fs.Var(lines, "line", "일부 판매 취소할 상품: 옵션ID=수량, 여러 번 / a line to cancel, VENDORITEMID=COUNT, repeatable")
	courier := fs.String("courier", app.DefaultCourier, "이미출고·교환 재배송의 택배사 / the courier of 이미출고 and exchange-redeliver")
	tracking := fs.String("tracking", "", "이미출고·교환 재배송의 운송장번호 / the tracking number of 이미출고 and exchange-redeliver")
	rejectCode := fs.String("code", "", "쿠팡 교환 거부 사유: SOLDOUT(품절) 또는 WITHDRAW(구매자 철회) / Coupang's reject code")
	reason := fs.String("reason", "", "네이버 교환 거부·보류 사유 / the reason of a Naver exchange reject or hold")
	holdType := fs.String("type", "", "네이버 교환 보류 유형 / the holdback type of exchange-hold")
	fee := fs.Int64("fee", 0, "네이버 교환 보류의 추가 비용(원) / the extra fee of exchange-hold")
	wingID := fs.String("wing-id", os.Getenv("SELLERDESK_COUPANG_WING_ID"), "판매 취소의 쿠팡 WING 로그인 ID(설정에 저장한 ID보다 먼저) / the WING login id of a Coupang seller cancel (over the saved one)")
	longHelp(fs, claimsHelp, func(w io.Writer) {
		fmt.Fprintln(w, "네이버 교환 보류 유형 / exchange-hold --type:")
		for _, c := range naver.ExchangeHoldbackTypes() {
			fmt.Fprintf(w, "  %-32s %s\n", c, naver.ExchangeHoldbackTypeLabel(c))
		}
	})
	keys, code, stop := parseKeys(fs, args)
	if stop {
		return code
	}
	var req fulfil.ClaimRequest
	var cancel *fulfil.SellerCancelRequest
	if len(lines) > 0 && verb != "cancel" {
		fmt.Fprintln(env.Stderr, "--line 은 판매 취소(claims cancel)에만 씁니다. / --line is for claims cancel only.")
		return exitUsage
	}
	if len(boxes.boxes) > 0 && verb != "exchange-redeliver" {
		fmt.Fprintln(env.Stderr, "--box 는 교환 재배송(claims exchange-redeliver)에만 씁니다. / --box is for claims exchange-redeliver only.")
		return exitUsage
	}
	switch verb {
	case "", "list":
		if len(keys) > 0 {
			fmt.Fprintf(env.Stderr, "알 수 없는 인자입니다 / unexpected arguments: %v\n", keys)
			return exitUsage
		}
	case "stop":
		req.Action = fulfil.StopShipment
	case "shipped":
		req = fulfil.ClaimRequest{Action: fulfil.AlreadyShipped, Courier: *courier, TrackingNumber: *tracking}
		if strings.TrimSpace(*tracking) == "" || len(keys) != 1 {
			fmt.Fprintln(env.Stderr, "이미출고는 박스 하나와 --tracking 이 필요합니다. / shipped takes one KEY and --tracking.")
			return exitUsage
		}
	case "approve":
		req.Action = fulfil.ApproveCancel
	case "exchange-received":
		req.Action = fulfil.ReceiveExchange
	case "exchange-reject":
		req = fulfil.ClaimRequest{Action: fulfil.RejectExchange, RejectCode: strings.ToUpper(strings.TrimSpace(*rejectCode)), Reason: *reason}
		if req.RejectCode == "" && strings.TrimSpace(req.Reason) == "" {
			fmt.Fprintln(env.Stderr, "교환 거부는 쿠팡이면 --code SOLDOUT(품절) 또는 WITHDRAW(구매자 철회), 네이버면 --reason 사유가 필요합니다. / exchange-reject takes --code (Coupang) or --reason (Naver).")
			return exitUsage
		}
	case "exchange-collect":
		req.Action = fulfil.CollectExchange
	case "exchange-release":
		req.Action = fulfil.ReleaseExchange
	case "exchange-hold":
		req = fulfil.ClaimRequest{Action: fulfil.HoldExchange, HoldbackType: strings.TrimSpace(*holdType), Reason: *reason, ExtraFee: *fee}
	case "exchange-redeliver":
		req = fulfil.ClaimRequest{Action: fulfil.RedeliverExchange, Courier: *courier, TrackingNumber: *tracking}
		if len(boxes.boxes) > 0 {
			req = fulfil.ClaimRequest{Action: fulfil.RedeliverExchange, Boxes: boxes.withCourier(*courier)}
		}
		if (strings.TrimSpace(*tracking) == "") == (len(boxes.boxes) == 0) || len(keys) != 1 {
			fmt.Fprintln(env.Stderr, "교환 재배송은 박스 하나와 --tracking 또는 재배송 박스마다 --box 가 필요합니다(둘 중 하나만). / exchange-redeliver takes one KEY and either --tracking or --box.")
			return exitUsage
		}
	case "cancel":
		cancel = &fulfil.SellerCancelRequest{Reason: *reason, WingID: *wingID}
		if strings.TrimSpace(*reason) == "" || len(keys) == 0 {
			fmt.Fprintln(env.Stderr, "판매 취소는 박스 키와 --reason 사유가 필요합니다. / cancel takes KEY... and --reason.")
			return exitUsage
		}
		if len(lines) > 0 && len(keys) > 1 {
			fmt.Fprintln(env.Stderr, "일부 판매 취소(--line)는 박스 하나만 적을 수 있습니다. / --line takes one KEY.")
			return exitUsage
		}
		if len(lines) > 0 {
			cancel.Lines = lines
		}
	default:
		fmt.Fprintf(env.Stderr, "알 수 없는 명령입니다: claims %s / unknown command\n", verb)
		fs.Usage()
		return exitUsage
	}
	if req.Action != "" && len(keys) == 0 {
		fmt.Fprintln(env.Stderr, "답할 박스 키(coupang/<id>, naver/<id>)를 적어 주세요. / give the box keys.")
		return exitUsage
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, true, func(c *app.Config) { c.Env = os.Getenv })
	if !ok {
		return exitFailure
	}
	defer closeApp()
	if cancel != nil {
		fmt.Fprintln(env.Stderr, fulfil.SellerCancelWarning)
		res, err := answers.PipelineOf(a.Bound()).SellerCancel(ctx, *cancel, keys, "cli")
		return printWrite(env, "판매 취소", res, err)
	}
	if req.Action != "" {
		res, err := answers.PipelineOf(a.Bound()).AnswerClaims(ctx, req, keys, "cli")
		return printWrite(env, req.Action.Label(), res, err)
	}
	list, err := fulfil.OpenClaims(ctx, a.Store(), *market)
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(list); err != nil {
			return exitFailure
		}
		return 0
	}
	printClaims(env.Stdout, list)
	return 0
}

func printClaims(w io.Writer, list []fulfil.OpenClaim) {
	fmt.Fprintf(w, "열린 요청 %d건 / open claims (oldest first)\n", len(list))
	for _, c := range list {
		var answers []string
		for _, a := range c.Answers {
			answers = append(answers, fmt.Sprintf("%s(%s)", a.Label, a.Action))
		}
		if len(answers) == 0 {
			answers = []string{c.SellerCentre + "에서 처리 / in the seller centre"}
		}
		state := c.State
		if c.StateLabel != "" {
			state = c.StateLabel + " / " + c.State
		}
		fmt.Fprintf(w, "  %s %s %s [%s] %s %s — %s\n    할 일: %s\n    답: %s\n", c.RequestedAt.In(order.KST()).Format("2006-01-02 15:04"),
			c.Key, c.KindLabel, state, c.Receiver, c.Product, c.Reason, c.Todo, strings.Join(answers, ", "))
		printRedeliveryBoxes(w, c.RedeliveryBoxes)
	}
}

const delaySummary = "네이버 발송지연을 보냅니다 / send Naver 발송지연"

const delayHelp = `사용법 / Usage:
  sellerdesk delay KEY... --until YYYY-MM-DD --reason CODE [--detail TEXT]

아직 보내지 않은 네이버 주문의 발송기한을 늦춥니다(발송지연). 구매자에게 사유와 상세 사유가 안내됩니다.
쿠팡 주문은 API가 없어 건너뜁니다(쿠팡 WING에서 처리). 실패하거나 확인이 필요한 주문이 있으면 종료 코드 1.
Moves the dispatch deadline of Naver boxes not yet sent. Reason codes:
`

func runDelay(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("delay", env, delaySummary)
	until := fs.String("until", "", "새 발송기한 YYYY-MM-DD (필수) / the new deadline (required)")
	reason := fs.String("reason", "", "사유 코드 (필수) / reason code (required)")
	detail := fs.String("detail", "", "상세 사유 / detail the buyer reads")
	longHelp(fs, delayHelp, func(w io.Writer) {
		for _, c := range naver.DelayReasons() {
			fmt.Fprintf(w, "  %-24s %s\n", c, naver.DelayReasonLabel(c))
		}
	})
	keys, code, stop := parseKeys(fs, args)
	if stop {
		return code
	}
	if len(keys) == 0 || *until == "" || *reason == "" {
		fmt.Fprintln(env.Stderr, "박스 키, --until, --reason 이 필요합니다. / KEY, --until and --reason are required.")
		return exitUsage
	}
	t, err := fulfil.ParseDelayDate(*until)
	if err != nil {
		fmt.Fprintln(env.Stderr, app.SellerMessage(err))
		return exitUsage
	}
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, true, func(c *app.Config) { c.Env = os.Getenv })
	if !ok {
		return exitFailure
	}
	defer closeApp()
	res, err := answers.PipelineOf(a.Bound()).Delay(ctx, fulfil.DelayRequest{Until: t, Reason: *reason, Detail: *detail}, keys, "cli")
	return printWrite(env, "발송지연", res, err)
}

// cancelLines is the repeatable --line VENDORITEMID=COUNT of a partial seller cancel.
type cancelLines map[string]int

func (c cancelLines) String() string {
	parts := make([]string, 0, len(c))
	for id, n := range c {
		parts = append(parts, fmt.Sprintf("%s=%d", id, n))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

func (c cancelLines) Set(v string) error {
	id, count, ok := strings.Cut(v, "=")
	n, err := strconv.Atoi(strings.TrimSpace(count))
	id = strings.TrimSpace(id)
	if !ok || id == "" || err != nil || n < 0 {
		return fmt.Errorf("--line 는 옵션ID=수량 으로 적어 주세요 (예: --line 81000000101=1) / want VENDORITEMID=COUNT, got %q", v)
	}
	if _, dup := c[id]; dup {
		return fmt.Errorf("--line %s 를 두 번 적었습니다 / vendor item %s given twice", id, id)
	}
	c[id] = n
	return nil
}

// parseKeys parses flags placed before, between or after the keys.
func parseKeys(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var keys []string
	for {
		if code, stop := parseOnly(fs, args); stop {
			return nil, code, true
		}
		if fs.NArg() == 0 {
			return keys, 0, false
		}
		keys, args = append(keys, fs.Arg(0)), fs.Args()[1:]
	}
}

func parseOnly(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0, true
		}
		return exitUsage, true
	}
	return 0, false
}

// printWrite prints a write's results; the exit code is 1 when any failed, needs checking or is
// pending.
func printWrite(env doorEnv, what string, res fulfil.Outcome, err error) int {
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	fmt.Fprintf(env.Stdout, "%s 결과 / results\n", what)
	for _, it := range res.Items {
		fmt.Fprintf(env.Stdout, "  [%s] %s %s — %s\n", resultLabel(it.Result), it.MarketLabel, it.Key, it.Message)
	}
	c := res.Counts
	fmt.Fprintf(env.Stdout, "성공 %d, 실패 %d, 확인 필요 %d, 아직 안 됨 %d, 건너뜀 %d / ok, failed, unknown, pending, skipped\n",
		c.OK, c.Failed, c.Unknown, c.Pending, c.Skipped)
	if c.Failed+c.Unknown+c.Pending > 0 {
		return exitFailure
	}
	return 0
}

package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

func TestDispatchDoor(t *testing.T) {
	ns := doorNaver(t, naversim.Config{Seed: 11})
	ids := ns.AddOrders(2)
	cs := doorCoupang(t)
	boxes := cs.AddOrders(2)
	dir := syncedShop(t)

	// the Coupang boxes are acknowledged (상품준비중) on the screen before the courier's file comes back
	boxKeys := []string{coupangKey(boxes[0]), coupangKey(boxes[1])}
	a := openShop(t, dir)
	ack, err := a.Acknowledge(context.Background(), boxKeys, "test")
	require.NoError(t, err)
	require.Equal(t, 2, ack.Counts.OK, "%+v", ack.Items)
	require.NoError(t, a.Close())

	// the CJ result file: 운송장번호, 받는분, 고객주문번호 (the shipment keys of the shipping list);
	// one number lost its leading 0 in Excel, and both Coupang boxes got the same number by mistake
	var b strings.Builder
	b.WriteString("CJ대한통운 운송장 출력 결과\r\n")
	b.WriteString("운송장번호,받는분 성명,받는분 전화번호,고객주문번호\r\n")
	fmt.Fprintf(&b, "612300000001,,,%s\r\n", order.ShipmentKey(order.Naver, ids[0]))
	fmt.Fprintf(&b, "61230000002,,,%s\r\n", order.ShipmentKey(order.Naver, ids[1]))
	fmt.Fprintf(&b, "612300000003,,,%s\r\n", boxKeys[0])
	fmt.Fprintf(&b, "612300000003,,,%s\r\n", boxKeys[1])
	b.WriteString("612300000009,홍길동,010-0000-0000,naver/404\r\n")
	file := filepath.Join(t.TempDir(), "cj_result.csv")
	require.NoError(t, os.WriteFile(file, []byte(b.String()), 0o600))

	code, out, errOut := runDoor(t, "dispatch", "--file", file, "--dry-run", "--data-dir", dir)
	require.Equal(t, 0, code, out+errOut)
	assert.Contains(t, out, "일치 1건")
	assert.Contains(t, out, "찾지 못함 1건")
	assert.Contains(t, out, "확인 필요 2건")
	assert.Contains(t, out, "같은 운송장번호(612300000003)가 이 파일의")
	assert.Contains(t, out, "번호를 읽을 수 없음 1건")
	assert.Contains(t, out, "061230000002", "the padded number is offered, not used")
	assert.Contains(t, out, "미리보기")
	assert.Zero(t, ns.Calls()[naversim.EndpointDispatch], "a dry run sends nothing")
	assert.Zero(t, cs.Calls(coupangsim.EndpointInvoices))

	code, out, _ = runDoor(t, "dispatch", "--file", file, "--courier", "CJ대한통운", "--data-dir", dir)
	assert.Equal(t, exitFailure, code, "rows were left out: "+out)
	assert.Contains(t, out, "성공 1, 실패 0")
	assert.Contains(t, out, "파일의 3행은")
	v, _ := ns.Order(ids[0])
	assert.Equal(t, "612300000001", v.TrackingNumber)
	assert.Equal(t, "CJGLS", v.Courier)
	v, _ = ns.Order(ids[1])
	assert.Empty(t, v.TrackingNumber, "the 11-digit number was neither padded nor sent")
	assert.Zero(t, cs.Calls(coupangsim.EndpointInvoices), "the doubled number went to neither box")

	// the seller checks the courier's file: the lost 0 was real, and the second box has its own number
	b.Reset()
	b.WriteString("운송장번호,고객주문번호\r\n")
	fmt.Fprintf(&b, "061230000002,%s\r\n", order.ShipmentKey(order.Naver, ids[1]))
	fmt.Fprintf(&b, "612300000003,%s\r\n", boxKeys[0])
	fmt.Fprintf(&b, "612300000004,%s\r\n", boxKeys[1])
	fixed := filepath.Join(t.TempDir(), "cj_result_checked.csv")
	require.NoError(t, os.WriteFile(fixed, []byte(b.String()), 0o600))
	code, out, _ = runDoor(t, "dispatch", "--file", fixed, "--data-dir", dir)
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "성공 3, 실패 0")
	v, _ = ns.Order(ids[1])
	assert.Equal(t, "061230000002", v.TrackingNumber)
	box, _ := cs.Box(boxes[0])
	assert.Equal(t, "DEPARTURE", box.Status)
	box, _ = cs.Box(boxes[1])
	assert.Equal(t, "612300000004", box.Invoice)

	// run again: nothing is sent twice
	calls, invoices := ns.Calls()[naversim.EndpointDispatch], cs.Calls(coupangsim.EndpointInvoices)
	code, out, _ = runDoor(t, "dispatch", "--file", fixed, "--data-dir", dir)
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "이미 발송처리")
	assert.Equal(t, calls, ns.Calls()[naversim.EndpointDispatch])
	assert.Equal(t, invoices, cs.Calls(coupangsim.EndpointInvoices))

	code, _, errOut = runDoor(t, "dispatch", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--file")
	code, _, errOut = runDoor(t, "dispatch", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "택배사 결과 파일")
}

func TestPrintDispatchCountsPending(t *testing.T) {
	var buf bytes.Buffer
	res := fulfil.Outcome{Items: []fulfil.Item{{Result: fulfil.Pending, MarketLabel: "쿠팡", ID: "1", Message: "아직 안 됨: 잠시 뒤 다시"}},
		Counts: fulfil.Counts{Pending: 1}}
	assert.Equal(t, exitFailure, printDispatch(&buf, res), "not dispatched yet")
	assert.Contains(t, buf.String(), "[아직 안 됨 pending] 쿠팡 1")
	assert.Contains(t, buf.String(), "아직 안 됨 1")
}

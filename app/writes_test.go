package app

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// writeRig is an App synced with both simulators, holding nOrders Naver product orders and
// nBoxes Coupang boxes, all 신규주문.
type writeRig struct {
	*simRig
	app      *App
	naverIDs []string
	boxes    []int64
}

func newWriteRig(t *testing.T, nOrders, nBoxes int, mutate func(*Settings)) *writeRig {
	t.Helper()
	rig := newSimRig(t)
	w := &writeRig{simRig: rig}
	if nOrders > 0 {
		w.naverIDs = rig.naver.AddOrders(nOrders)
	}
	if nBoxes > 0 {
		w.boxes = rig.coupang.AddOrders(nBoxes)
	}
	w.app = rig.app(t, nil)
	s := rig.settings()
	if mutate != nil {
		mutate(&s)
	}
	require.NoError(t, w.app.PutSettings(context.Background(), s))
	w.sync(t)
	return w
}

func (w *writeRig) sync(t *testing.T) {
	t.Helper()
	runs, err := w.app.SyncOnce(context.Background())
	require.NoError(t, err)
	for _, r := range runs {
		require.NoError(t, r.Result.Err, "%s sync", r.Market)
	}
}

func naverKey(id string) string { return order.ShipmentKey(order.Naver, id) }
func boxKey(id int64) string    { return order.ShipmentKey(order.Coupang, strconv.FormatInt(id, 10)) }

func (w *writeRig) shipment(t *testing.T, key string) order.Shipment {
	t.Helper()
	s, err := w.app.Store().Shipment(context.Background(), key)
	require.NoError(t, err)
	return s
}

func (w *writeRig) audit(t *testing.T, key string) []string {
	t.Helper()
	entries, err := w.app.Store().Audit(context.Background(), store.AuditQuery{ShipmentKey: key})
	require.NoError(t, err)
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Action)
	}
	return out
}

func byKey(items []fulfil.Item) map[string]fulfil.Item {
	out := map[string]fulfil.Item{}
	for _, it := range items {
		out[it.Key] = it
	}
	return out
}

func allKeys(w *writeRig) []string {
	var keys []string
	for _, id := range w.naverIDs {
		keys = append(keys, naverKey(id))
	}
	for _, b := range w.boxes {
		keys = append(keys, boxKey(b))
	}
	return keys
}

func TestAcknowledgePartialFailure(t *testing.T) {
	ctx := context.Background()
	w := newWriteRig(t, 4, 3, nil)
	// after the sync: the buyer asks to cancel one Naver order, another Coupang box is cancelled
	require.NoError(t, w.naver.RequestCancel(w.naverIDs[1], "단순 변심"))
	box, ok := w.coupang.Box(w.boxes[2])
	require.True(t, ok)
	_, err := w.coupang.CancelBox(w.boxes[2], box.Units)
	require.NoError(t, err)

	res, err := uiOf(w.app).Acknowledge(append(allKeys(w), naverKey(w.naverIDs[0]))) // a repeat is sent once
	require.NoError(t, err)
	require.Len(t, res.Items, 7)
	assert.Equal(t, fulfil.Counts{OK: 5, Failed: 2}, res.Counts)
	items := byKey(res.Items)

	failedNaver := items[naverKey(w.naverIDs[1])]
	assert.Equal(t, fulfil.Failed, failedNaver.Result)
	assert.Equal(t, "9999", failedNaver.Code)
	assert.Contains(t, failedNaver.Message, "취소")
	assert.Contains(t, failedNaver.Message, "네이버: 주문상태 및 클레임상태를 확인하세요")
	failedBox := items[boxKey(w.boxes[2])]
	assert.Equal(t, fulfil.Failed, failedBox.Result)
	assert.Equal(t, "INVALID_STATUS", failedBox.Code)
	assert.Contains(t, failedBox.Message, "쿠팡")

	for _, k := range []string{naverKey(w.naverIDs[0]), naverKey(w.naverIDs[2]), boxKey(w.boxes[0])} {
		assert.Equal(t, fulfil.OK, items[k].Result, k)
		s := w.shipment(t, k)
		assert.Equal(t, order.StatusAcknowledged, s.Status, k)
		assert.False(t, s.AcknowledgedAt.IsZero(), k)
		assert.Contains(t, w.audit(t, k), "acknowledge")
	}
	assert.Equal(t, "PAYED/OK", w.shipment(t, naverKey(w.naverIDs[0])).MarketStatus)
	assert.Equal(t, "INSTRUCT", w.shipment(t, boxKey(w.boxes[0])).MarketStatus, "the acknowledged box was read back")
	v, _ := w.naver.Order(w.naverIDs[0])
	assert.Equal(t, "OK", v.PlaceOrderStatus)
	refused := w.shipment(t, naverKey(w.naverIDs[1]))
	assert.Equal(t, order.StatusPaid, refused.Status)
	assert.True(t, refused.Blocked(), "the refusal was read back: the cancel request is stored")
	assert.Equal(t, order.StatusCanceled, w.shipment(t, boxKey(w.boxes[2])).Status, "the cancelled box was read back")
	assert.Contains(t, w.audit(t, naverKey(w.naverIDs[1])), "acknowledge-failed")
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointConfirm], "4 product orders in one call")
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointAcknowledge))

	// acknowledged shipments are skipped the second time, nothing is sent
	res, err = w.app.Acknowledge(ctx, []string{naverKey(w.naverIDs[0]), boxKey(w.boxes[0])}, "test")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Skipped: 2}, res.Counts)
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointConfirm])
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointAcknowledge))

	_, err = uiOf(w.app).Acknowledge([]string{"nope"})
	assert.Error(t, err)
}

func TestAcknowledgeLostAnswerIsReadBackNotResent(t *testing.T) {
	w := newWriteRig(t, 3, 2, nil)
	w.naver.InjectFault(naversim.EndpointConfirm, naversim.FaultAppliedTimeout)
	w.coupang.InjectFault(coupangsim.EndpointAcknowledge, coupangsim.FaultGatewayTimeoutApplied)

	res, err := uiOf(w.app).Acknowledge(allKeys(w))
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{OK: 5}, res.Counts)
	for _, it := range res.Items {
		assert.True(t, it.ReadBack, it.Key)
		assert.Equal(t, order.StatusAcknowledged, w.shipment(t, it.Key).Status)
	}
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointConfirm], "the write was sent once")
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointAcknowledge), "the write was sent once")
	assert.Equal(t, 1, w.coupang.Faults()[coupangsim.FaultGatewayTimeoutApplied])
}

func TestAcknowledgeUnknownWhenReadBackFails(t *testing.T) {
	w := newWriteRig(t, 1, 1, nil)
	w.naver.InjectFault(naversim.EndpointConfirm, naversim.FaultAppliedTimeout)
	w.naver.InjectFault(naversim.EndpointQuery, naversim.FaultIPNotAllowed)
	w.coupang.InjectFault(coupangsim.EndpointAcknowledge, coupangsim.FaultGatewayTimeout)
	w.coupang.InjectFault(coupangsim.EndpointOrderSheet, coupangsim.FaultIPNotAllowed)

	res, err := w.app.Acknowledge(context.Background(), allKeys(w), "test")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Unknown: 2}, res.Counts)
	for _, it := range res.Items {
		assert.Contains(t, it.Message, "확인 필요", it.Key)
		assert.Equal(t, order.StatusPaid, w.shipment(t, it.Key).Status, "nothing is guessed")
		assert.Contains(t, w.audit(t, it.Key), "acknowledge-unknown")
	}
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointConfirm])
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointAcknowledge))

	// Coupang's 504 was not applied: the next read back says so and the seller may try again
	res, err = w.app.Acknowledge(context.Background(), []string{boxKey(w.boxes[0])}, "test")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{OK: 1}, res.Counts)
}

// acknowledgedRig is a writeRig whose shipments are all acknowledged.
func acknowledgedRig(t *testing.T, nOrders, nBoxes int) *writeRig {
	t.Helper()
	w := newWriteRig(t, nOrders, nBoxes, nil)
	res, err := w.app.Acknowledge(context.Background(), allKeys(w), "test")
	require.NoError(t, err)
	require.Equal(t, nOrders+nBoxes, res.Counts.OK, "%+v", res.Items)
	return w
}

func trackingNo(i int) string { return fmt.Sprintf("6%011d", 4000+i) }

func TestDispatchClaimSweepStopsCancelledBoxes(t *testing.T) {
	ctx := context.Background()
	w := acknowledgedRig(t, 2, 2)
	keys := allKeys(w)
	for i, k := range keys {
		require.NoError(t, uiOf(w.app).SetTracking(k, "CJ대한통운", trackingNo(i)))
	}
	_, err := w.app.PrintList(ctx, PrintRequest{Kind: "shipping", Keys: keys, Format: "csv", Record: true, By: "test"})
	require.NoError(t, err)

	// between print and dispatch both buyers cancel; SellerDesk has not synced since
	require.NoError(t, w.naver.RequestCancel(w.naverIDs[0], "단순 변심"))
	box, _ := w.coupang.Box(w.boxes[0])
	_, err = w.coupang.CancelBox(w.boxes[0], box.Units)
	require.NoError(t, err)
	before := w.shipment(t, boxKey(w.boxes[0]))
	require.False(t, before.Blocked(), "the store does not know yet")

	res, err := uiOf(w.app).Dispatch(keys)
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{OK: 2, Skipped: 2}, res.Counts, "%+v", res.Items)
	items := byKey(res.Items)
	for _, k := range []string{naverKey(w.naverIDs[0]), boxKey(w.boxes[0])} {
		assert.Equal(t, fulfil.Skipped, items[k].Result, k)
		assert.Contains(t, items[k].Message, "보류", k)
		s := w.shipment(t, k)
		assert.True(t, s.Blocked(), k)
		codes := map[order.FindingCode]bool{}
		for _, f := range s.Findings {
			codes[f.Code] = true
		}
		assert.True(t, codes[order.ClaimOpen], "%s: %+v", k, s.Findings)
	}
	assert.Equal(t, trackingNo(0), w.shipment(t, naverKey(w.naverIDs[0])).TrackingNumber, "the typed number is kept")
	assert.Equal(t, trackingNo(2), w.shipment(t, boxKey(w.boxes[0])).TrackingNumber, "the typed number is kept")
	v, _ := w.naver.Order(w.naverIDs[0])
	assert.Empty(t, v.TrackingNumber, "the cancelled order was not sent")
	b0, _ := w.coupang.Box(w.boxes[0])
	assert.Empty(t, b0.Invoice)

	v, _ = w.naver.Order(w.naverIDs[1])
	assert.Equal(t, "DELIVERING", v.Status)
	assert.Equal(t, "CJGLS", v.Courier)
	assert.Equal(t, trackingNo(1), v.TrackingNumber)
	b1, _ := w.coupang.Box(w.boxes[1])
	assert.Equal(t, "DEPARTURE", b1.Status)
	assert.Equal(t, trackingNo(3), b1.Invoice)
	assert.Equal(t, order.StatusDelivering, w.shipment(t, naverKey(w.naverIDs[1])).Status)
	stored := w.shipment(t, boxKey(w.boxes[1]))
	assert.Equal(t, order.StatusShipped, stored.Status)
	assert.Equal(t, "CJ대한통운", stored.Courier)
	assert.Contains(t, w.audit(t, boxKey(w.boxes[1])), "dispatch")

	// nothing is sent twice
	calls := w.naver.Calls()[naversim.EndpointDispatch]
	invoices := w.coupang.Calls(coupangsim.EndpointInvoices)
	res, err = w.app.Dispatch(ctx, []string{naverKey(w.naverIDs[1]), boxKey(w.boxes[1])}, "test")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Skipped: 2}, res.Counts)
	assert.Contains(t, res.Items[0].Message, "이미 발송처리")
	assert.Equal(t, calls, w.naver.Calls()[naversim.EndpointDispatch])
	assert.Equal(t, invoices, w.coupang.Calls(coupangsim.EndpointInvoices))
}

func TestDispatchDuplicateInvoiceAndLotte(t *testing.T) {
	w := acknowledgedRig(t, 1, 3)
	// 롯데택배 is HYUNDAI on both marketplaces; LOTTE is accepted as a name, never sent as a code
	require.NoError(t, uiOf(w.app).SetTracking(naverKey(w.naverIDs[0]), "롯데택배", "3123-4567-8901"))
	require.NoError(t, uiOf(w.app).SetTracking(boxKey(w.boxes[0]), "LOTTE", "312345678912"))
	require.NoError(t, uiOf(w.app).SetTracking(boxKey(w.boxes[1]), "CJ대한통운", "612345678901"))
	// one number on a second box to another receiver is refused where it is typed in…
	err := uiOf(w.app).SetTracking(boxKey(w.boxes[2]), "CJ대한통운", "612345678901")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "이미 다른 주문")
	// …and where it was stored some other way (an older version), before anything is sent
	require.NoError(t, w.app.Store().Update(context.Background(), boxKey(w.boxes[2]), func(s *order.Shipment) error {
		s.Courier, s.TrackingNumber = "CJ대한통운", "612345678901"
		return nil
	}))

	res, err := uiOf(w.app).Dispatch(allKeys(w))
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{OK: 2, Failed: 2}, res.Counts, "%+v", res.Items)
	items := byKey(res.Items)
	for _, id := range w.boxes[1:] {
		k := boxKey(id)
		assert.Equal(t, fulfil.Failed, items[k].Result, k)
		assert.Contains(t, items[k].Message, "이미 다른 주문", k)
		assert.Equal(t, order.StatusAcknowledged, w.shipment(t, k).Status, k)
		assert.Contains(t, w.audit(t, k), "dispatch-failed", k)
		b, _ := w.coupang.Box(id)
		assert.Empty(t, b.Invoice, "nothing was sent for the doubled number")
	}
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointInvoices), "only the 롯데 box went to Coupang")

	v, _ := w.naver.Order(w.naverIDs[0])
	assert.Equal(t, "HYUNDAI", v.Courier)
	assert.Equal(t, "312345678901", v.TrackingNumber)
	b, _ := w.coupang.Box(w.boxes[0])
	assert.Equal(t, "HYUNDAI", b.CourierCode)
	assert.Equal(t, "롯데택배", w.shipment(t, boxKey(w.boxes[0])).Courier)
}

// A number stored before the courier's rule (e.g. padded by an older version, or with a wrong
// check digit) is read again at dispatch and not sent.
func TestDispatchReadsTheStoredNumberAgain(t *testing.T) {
	w := acknowledgedRig(t, 0, 2)
	for i, number := range []string{"312345678902", "0612345678901"} { // 롯데 check digit wrong; 13 digits for CJ
		courier := []string{"롯데택배", "CJ대한통운"}[i]
		require.NoError(t, w.app.Store().Update(context.Background(), boxKey(w.boxes[i]), func(s *order.Shipment) error {
			s.Courier, s.TrackingNumber = courier, number
			return nil
		}))
	}
	res, err := uiOf(w.app).Dispatch(allKeys(w))
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Failed: 2}, res.Counts, "%+v", res.Items)
	items := byKey(res.Items)
	assert.Contains(t, items[boxKey(w.boxes[0])].Message, "검증번호")
	assert.Contains(t, items[boxKey(w.boxes[1])].Message, "자릿수")
	assert.Zero(t, w.coupang.Calls(coupangsim.EndpointInvoices))
}

func TestDispatchLostAnswerIsReadBackNotResent(t *testing.T) {
	w := acknowledgedRig(t, 2, 2)
	keys := allKeys(w)
	for i, k := range keys {
		require.NoError(t, w.app.SetTracking(context.Background(), k, "한진택배", trackingNo(i), "test"))
	}
	w.naver.InjectFault(naversim.EndpointDispatch, naversim.FaultAppliedTimeout)
	w.coupang.InjectFault(coupangsim.EndpointInvoices, coupangsim.FaultGatewayTimeoutApplied)
	res, err := w.app.Dispatch(context.Background(), keys, "test")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{OK: 4}, res.Counts, "%+v", res.Items)
	for _, it := range res.Items {
		assert.True(t, it.ReadBack, it.Key)
		assert.True(t, w.shipment(t, it.Key).Status.Dispatched(), it.Key)
	}
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointDispatch])
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointInvoices))

	res, err = w.app.Dispatch(context.Background(), keys, "test")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Skipped: 4}, res.Counts)
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointDispatch])
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointInvoices))
}

func TestDispatchSkipsWhatCannotBeSent(t *testing.T) {
	w := newWriteRig(t, 1, 1, nil)
	// a Coupang box must be 상품준비중 first; a shipment without a number is not sent
	require.NoError(t, w.app.SetTracking(context.Background(), boxKey(w.boxes[0]), "CJ", "612345678901", "test"))
	res, err := w.app.Dispatch(context.Background(), allKeys(w), "test")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Skipped: 2}, res.Counts)
	items := byKey(res.Items)
	assert.Contains(t, items[boxKey(w.boxes[0])].Message, "상품준비중")
	assert.Contains(t, items[naverKey(w.naverIDs[0])].Message, "운송장번호가 없습니다")
	assert.Zero(t, w.naver.Calls()[naversim.EndpointDispatch])
	assert.Zero(t, w.coupang.Calls(coupangsim.EndpointInvoices))
}

func TestSetTrackingValidates(t *testing.T) {
	w := newWriteRig(t, 1, 0, nil)
	key := naverKey(w.naverIDs[0])
	for _, tc := range []struct {
		courier, number string
		ok              bool
		want            string
	}{
		{"CJ대한통운", "6123-4567-8901", true, "612345678901"},
		{"cj", "6123456789", true, "6123456789"},
		{"로젠", "12345678901", true, "12345678901"},
		{"CJ대한통운", "61234567890", false, "자릿수"}, // 11 digits: refused, never padded
		{"롯데택배", "312345678902", false, "검증번호"}, // 31234567890 % 7 is 1, not 2
		{"롯데택배", "312345678901", true, "312345678901"},
		{"CJ대한통운", "6123456789012345", false, "자릿수"},
		{"CJ대한통운", "61234A678901", false, "읽을 수 없습니다"},
		{"없는택배", "612345678901", false, "알 수 없는 택배사"},
		{"드림택배", "612345678901", false, "네이버에서 쓸 수 없는"},
	} {
		err := uiOf(w.app).SetTracking(key, tc.courier, tc.number)
		if !tc.ok {
			require.Error(t, err, tc.courier+" "+tc.number)
			assert.Contains(t, err.Error(), tc.want)
			continue
		}
		require.NoError(t, err, tc.courier+" "+tc.number)
		assert.Equal(t, tc.want, w.shipment(t, key).TrackingNumber)
	}
	require.NoError(t, uiOf(w.app).SetTracking(key, "", ""))
	assert.Empty(t, w.shipment(t, key).TrackingNumber)
	// the file's 11-digit number, padded by the old import, is no number SellerDesk invents
	err := uiOf(w.app).SetTracking(key, "CJ대한통운", "12345678901")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "012345678901")
	assert.Contains(t, w.audit(t, key), "tracking-clear")
	assert.Error(t, uiOf(w.app).SetTracking("naver/404", "CJ", "612345678901"))
	for _, m := range []string{"Writes.Acknowledge", "Writes.SetTracking", "Writes.ImportTracking", "Writes.Dispatch", "Writes.TrackingCouriers"} {
		assert.Contains(t, boundMethods(w.app), m)
	}
	choices, err := uiOf(w.app).TrackingCouriers()
	require.NoError(t, err)
	require.NotEmpty(t, choices)
	assert.Equal(t, CourierChoice{Name: "CJ대한통운", Naver: true, Coupang: true, Digits: []int{10, 12}}, choices[0])
}

func TestImportTrackingFromCourierFile(t *testing.T) {
	w := acknowledgedRig(t, 3, 1)
	s0 := w.shipment(t, naverKey(w.naverIDs[0]))
	s1 := w.shipment(t, naverKey(w.naverIDs[1]))
	var b strings.Builder
	b.WriteString("\ufeffCJ대한통운 운송장 출력 결과\n")
	b.WriteString("운송장번호,받는분 성명,받는분 전화번호,고객주문번호\n")
	fmt.Fprintf(&b, "612345678901,%s,%s,%s\n", s0.Receiver.Name, s0.Receiver.Phone, s0.Key())
	fmt.Fprintf(&b, "6.12345678902E+11,%s,%s,%s\n", s1.Receiver.Name, s1.Receiver.Phone, s1.Key()) // every digit kept
	fmt.Fprintf(&b, "612345678903,홍길동,010-0000-0000,naver/999\n")                                  // unmatched
	fmt.Fprintf(&b, "6.12346E+11,,,%s\n", boxKey(w.boxes[0]))                                      // digits lost
	data := []byte(b.String())

	dry, err := w.app.ImportTracking(context.Background(), fulfil.TrackingImportRequest{FileName: "/tmp/cj.csv", Data: data, DryRun: true})
	require.NoError(t, err)
	assert.Equal(t, 2, len(dry.Matched))
	assert.Zero(t, dry.Set)
	assert.Empty(t, w.shipment(t, s0.Key()).TrackingNumber, "a dry run stores nothing")

	v, err := uiOf(w.app).ImportTracking("cj.csv", data, "")
	require.NoError(t, err)
	assert.Equal(t, "CJ대한통운", v.Courier)
	assert.Equal(t, 4, v.Rows)
	assert.Len(t, v.Matched, 2)
	assert.Len(t, v.Unmatched, 1)
	assert.Len(t, v.Unreadable, 1)
	assert.Equal(t, lists.DigitsLost, v.Unreadable[0].Row.Issue)
	assert.Equal(t, 2, v.Set)
	assert.ElementsMatch(t, []string{s0.Key(), s1.Key()}, v.Keys)
	assert.Equal(t, "612345678902", w.shipment(t, s1.Key()).TrackingNumber)
	assert.Contains(t, w.audit(t, s0.Key()), "tracking-import")

	res, err := uiOf(w.app).Dispatch(v.Keys)
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{OK: 2}, res.Counts)

	_, err = uiOf(w.app).ImportTracking("x.csv", []byte("a,b\n1,2\n"), "")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "운송장번호 열")
}

// The courier's file is read by the same rule as a typed number: an 11-digit CJ number is not
// padded (the padded number is only offered), one number on two receivers' boxes is stored on
// neither, and a number already on another box is refused; nothing of that is dispatched.
func TestImportTrackingRefusesRepairsAndDoubles(t *testing.T) {
	w := acknowledgedRig(t, 8, 0)
	// four boxes to four different receivers (a Naver order may hold several product orders)
	var ss []order.Shipment
	for _, id := range w.naverIDs {
		s := w.shipment(t, naverKey(id))
		fresh := true
		for _, o := range ss {
			fresh = fresh && !o.Receiver.SameDestination(s.Receiver)
		}
		if fresh && len(ss) < 4 {
			ss = append(ss, s)
		}
	}
	require.Len(t, ss, 4)
	require.NoError(t, uiOf(w.app).SetTracking(ss[0].Key(), "CJ대한통운", "612345678909"))
	var b strings.Builder
	b.WriteString("운송장번호,받는분 성명,고객주문번호\n")
	fmt.Fprintf(&b, "12345678901,,%s\n", ss[3].Key())  // 11 digits: a lost 0, or another courier's number
	fmt.Fprintf(&b, "612345678905,,%s\n", ss[1].Key()) // one number, two receivers
	fmt.Fprintf(&b, "612345678905,,%s\n", ss[2].Key())
	v, err := uiOf(w.app).ImportTracking("cj.csv", []byte(b.String()), "CJ대한통운")
	require.NoError(t, err)
	assert.Zero(t, v.Set, "nothing stored")
	assert.Empty(t, v.Keys, "nothing to dispatch")
	require.Len(t, v.Unreadable, 1)
	assert.Equal(t, lists.ZerosLost, v.Unreadable[0].Row.Issue)
	assert.Equal(t, "012345678901", v.Unreadable[0].Row.Suggestion)
	assert.Empty(t, v.Unreadable[0].Row.TrackingNumber)
	require.Len(t, v.Ambiguous, 2)
	for _, a := range v.Ambiguous {
		assert.Contains(t, a.Reason, "같은 운송장번호(612345678905)")
	}
	for _, s := range ss[1:] {
		assert.Empty(t, w.shipment(t, s.Key()).TrackingNumber, s.Key())
	}

	// a number already on another receiver's box
	v, err = uiOf(w.app).ImportTracking("cj2.csv", []byte("운송장번호,고객주문번호\n612345678909,"+ss[1].Key()+"\n"), "CJ대한통운")
	require.NoError(t, err)
	assert.Empty(t, v.Keys)
	require.Len(t, v.Ambiguous, 1)
	assert.Contains(t, v.Ambiguous[0].Reason, "이미 다른 주문")

	// the seller confirms the suggested number: it goes through the same check and is stored
	require.NoError(t, uiOf(w.app).SetTracking(ss[3].Key(), "CJ대한통운", "012345678901"))
	res, err := uiOf(w.app).Dispatch([]string{ss[0].Key(), ss[3].Key()})
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{OK: 2}, res.Counts, "%+v", res.Items)
}

func TestAutoAcknowledgeAfterSync(t *testing.T) {
	w := newWriteRig(t, 0, 0, func(s *Settings) { s.AutoAcknowledge = true })
	ids := w.naver.AddOrders(2)
	boxes := w.coupang.AddOrders(2)
	// the buyer saw another product than the registered one: blocked, left for the seller
	b, _ := w.coupang.Box(boxes[1])
	require.NoError(t, w.coupang.SetExposedName(boxes[1], b.VendorItems[0], "유기농 현미 10kg 2포"))
	w.sync(t)
	for _, k := range []string{naverKey(ids[0]), naverKey(ids[1]), boxKey(boxes[0])} {
		s := w.shipment(t, k)
		assert.Equal(t, order.StatusAcknowledged, s.Status, k)
		assert.Contains(t, w.audit(t, k), "acknowledge")
	}
	blocked := w.shipment(t, boxKey(boxes[1]))
	require.True(t, blocked.Blocked(), "%+v", blocked.Findings)
	assert.Equal(t, order.StatusPaid, blocked.Status)
	v, _ := w.naver.Order(ids[0])
	assert.Equal(t, "OK", v.PlaceOrderStatus)
}

func TestWritesUseTheAllowedBatchSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("82 shipments through both simulators")
	}
	w := acknowledgedRig(t, 31, 51)
	assert.Equal(t, 2, w.naver.Calls()[naversim.EndpointConfirm], "31 product orders: 30 + 1")
	assert.Equal(t, 2, w.coupang.Calls(coupangsim.EndpointAcknowledge), "51 boxes: 50 + 1")
	keys := allKeys(w)
	for i, k := range keys {
		require.NoError(t, w.app.SetTracking(context.Background(), k, "CJ대한통운", trackingNo(i), "test"))
	}
	res, err := w.app.Dispatch(context.Background(), keys, "test")
	require.NoError(t, err)
	for _, it := range res.Items {
		if it.Result != fulfil.OK {
			assert.Equal(t, fulfil.Skipped, it.Result, "%+v", it)
			assert.Contains(t, it.Message, "보류", "only a pre-ship check holds one back: %+v", it)
		}
	}
	assert.Zero(t, res.Counts.Failed+res.Counts.Unknown)
	assert.Greater(t, res.Counts.OK, 70)
	assert.Equal(t, 2, w.naver.Calls()[naversim.EndpointDispatch])
	assert.GreaterOrEqual(t, w.coupang.Calls(coupangsim.EndpointInvoices), 2)
}

// BenchmarkAcknowledgeAndDispatchNaver measures the app's side of a bulk 발주확인 + 발송처리 of 120
// Naver product orders against the simulator on loopback: 4 confirm and 4 dispatch calls, the
// claim-sweep read back, and one store transaction per shipment and result.
func BenchmarkAcknowledgeAndDispatchNaver(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		ns := naversim.New(naversim.Config{ClientID: simNaverID, ClientSecret: simNaverSecret, Seed: 5, NoRateLimit: true})
		srv := httptest.NewServer(ns)
		ids := ns.AddOrders(120)
		a, err := New(ctx, Config{DataDir: filepath.Join(b.TempDir(), "data"), NaverOptions: []naver.Option{naver.WithRateLimit(rate.Inf, 1)}})
		require.NoError(b, err)
		require.NoError(b, a.PutSettings(ctx, Settings{SyncIntervalMinutes: 60,
			Naver: NaverKeys{ClientID: simNaverID, ClientSecret: simNaverSecret, BaseURL: srv.URL + "/external"}}))
		_, err = a.SyncOnce(ctx, order.Naver)
		require.NoError(b, err)
		keys := make([]string, len(ids))
		for i, id := range ids {
			keys[i] = naverKey(id)
			require.NoError(b, a.SetTracking(ctx, keys[i], "CJ대한통운", trackingNo(i), "bench"))
		}
		b.StartTimer()
		ack, err := a.Acknowledge(ctx, keys, "bench")
		require.NoError(b, err)
		res, err := a.Dispatch(ctx, keys, "bench")
		require.NoError(b, err)
		b.StopTimer()
		require.Equal(b, len(ids), ack.Counts.OK)
		require.Zero(b, res.Counts.Failed+res.Counts.Unknown)
		require.NoError(b, a.Close())
		srv.Close()
		b.StartTimer()
	}
}

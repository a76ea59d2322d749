package fulfil

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// A Coupang exchange re-delivered in several boxes (교환상품 송장 업로드, article 360034027954): Coupang
// makes the boxes after 입고 확인 (deliveryInvoiceGroupDtos) and the upload carries one line per box
// {shipmentBoxId, goodsDeliveryCode, invoiceNumber}. The answer is ONE resultCode for the request
// (the article documents no per-line result), so after a FAIL the exchange is read back and each
// box is judged by what the list shows under it (deliveryInvoiceDtos): a box carrying the number
// sent went through and is kept; the others are the ones to send again. A box that carries an
// invoice already is never sent again (Check and, after the claim sweep, Recheck drop it).

// BoxParcel is the seller's courier and number for one re-delivery box of an exchange.
type BoxParcel struct {
	Box            string `json:"box"`
	Courier        string `json:"courier"`
	TrackingNumber string `json:"trackingNumber"`
}

// BoxLine is one re-delivery box of an exchange and the parcel it is sent with.
type BoxLine struct {
	Box    string
	Parcel Parcel
}

// checkBoxParcels reads the seller's boxes of a Coupang exchange's re-delivery: each a box id, a
// courier Coupang knows and a number the courier's rule reads; no box and no number twice.
func checkBoxParcels(couriers *lists.CourierTable, in []BoxParcel) ([]BoxLine, error) {
	out := make([]BoxLine, 0, len(in))
	for _, p := range in {
		box := strings.TrimSpace(p.Box)
		if id, err := strconv.ParseInt(box, 10, 64); err != nil || id <= 0 {
			return nil, usererr.New(fmt.Sprintf("재배송 박스 번호 %q를 읽을 수 없습니다.", p.Box), fmt.Errorf("re-delivery box %q", p.Box))
		}
		c, err := lookupCourier(couriers, p.Courier)
		if err != nil {
			return nil, err
		}
		code := c.Code(order.Coupang)
		if code == "" {
			return nil, usererr.New(fmt.Sprintf("%s는 쿠팡에서 쓸 수 없는 택배사입니다.", c.Name), fmt.Errorf("courier %s has no coupang code", c.Name))
		}
		n, err := checkTracking(c, p.TrackingNumber)
		if err != nil {
			msg, _ := usererr.Korean(err)
			return nil, usererr.New(fmt.Sprintf("박스 %s: %s", box, msg), err)
		}
		for _, l := range out {
			switch {
			case l.Box == box:
				return nil, usererr.New(fmt.Sprintf("박스 %s를 두 번 적었습니다.", box), fmt.Errorf("box %s twice", box))
			case l.Parcel.Number == n:
				return nil, usererr.New(fmt.Sprintf("운송장번호 %s를 두 박스(%s, %s)에 적었습니다. 박스마다 다른 번호를 넣으세요.", n, l.Box, box),
					fmt.Errorf("number %s on boxes %s and %s", n, l.Box, box))
			}
		}
		out = append(out, BoxLine{Box: box, Parcel: Parcel{Courier: c.Name, Code: code, Number: n}})
	}
	return out, nil
}

// planBoxes decides which re-delivery boxes of the Coupang exchange c job j sends, into j.Boxes:
// the seller's boxes (w.boxes) that carry no invoice yet, or, with one courier and number, the one
// box without an invoice. It runs on the stored claim (Check) and on the claim read back right
// before sending (Recheck).
func (w *answerClaims) planBoxes(j *Job, c *order.Claim) *Verdict {
	j.Boxes = nil
	pending := c.PendingRedeliveryBoxes()
	if len(w.boxes) == 0 {
		switch len(pending) {
		case 0:
			return Skip("이미 모든 재배송 박스에 교환 송장이 올라가 있습니다. 다시 보내지 않았습니다.")
		case 1:
			j.Boxes = []BoxLine{{Box: pending[0], Parcel: j.Parcel}}
			return nil
		}
		return Skip("쿠팡이 재배송 박스를 %d개 만들었습니다(%s). 박스마다 택배사와 송장번호를 넣으세요.", len(pending), strings.Join(pending, ", "))
	}
	var done []string
	for _, l := range w.boxes {
		if !slices.Contains(c.RedeliveryBoxes, l.Box) {
			return Fail("박스 %s는 이 교환의 재배송 박스가 아닙니다(재배송 박스: %s). 주문을 다시 불러오세요.", l.Box, strings.Join(c.RedeliveryBoxes, ", "))
		}
		if inv, ok := c.RedeliveryInvoice(l.Box); ok {
			done = append(done, fmt.Sprintf("박스 %s(운송장 %s)", l.Box, inv.Number))
			continue
		}
		j.Boxes = append(j.Boxes, l)
	}
	if len(j.Boxes) == 0 {
		return Skip("이미 교환 송장이 올라간 박스입니다: %s. 다시 보내지 않았습니다.", strings.Join(done, ", "))
	}
	j.Parcel = j.Boxes[0].Parcel
	return nil
}

// refuseTakenBoxNumbers is the dispatch's one-number-one-parcel rule over every box of each job.
func refuseTakenBoxNumbers(ctx context.Context, st *store.Store, jobs []*Job) error {
	byNumber, err := NumberedShipments(ctx, st)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		s := j.Shipment
		for _, l := range j.Boxes {
			if taken := lists.TrackingNumberTaken(l.Parcel.Number, []*order.Shipment{&s}, byNumber[l.Parcel.Number]); len(taken) > 0 {
				j.Settle(Fail("박스 %s: %s", l.Box, lists.TakenMessage(l.Parcel.Number, taken)))
				break
			}
		}
	}
	return nil
}

// coupangRedelivered tells from the exchange read back whether every box sent carries the number
// sent under it; a box carrying another number is 확인 필요.
func coupangRedelivered(j *Job, s *order.Shipment) (bool, string) {
	if !sameClaim(j, s) || len(j.Boxes) == 0 {
		return false, ""
	}
	for _, l := range j.Boxes {
		inv, ok := s.Claim.RedeliveryInvoice(l.Box)
		switch {
		case !ok:
			return false, ""
		case inv.Number != l.Parcel.Number:
			return false, fmt.Sprintf("확인 필요: %s의 응답이 끊겼고, 다시 조회하니 재배송 박스 %s에 다른 송장(운송장 %s)이 올라가 있습니다. 판매자센터에서 확인하세요.",
				j.Item.MarketLabel, l.Box, inv.Number)
		}
	}
	return true, ""
}

// exchangeParcels are the upload's lines of job j.
func exchangeParcels(j *Job) []coupang.ExchangeParcel {
	out := make([]coupang.ExchangeParcel, 0, len(j.Boxes))
	for _, l := range j.Boxes {
		box, _ := strconv.ParseInt(l.Box, 10, 64)
		out = append(out, coupang.ExchangeParcel{ShipmentBoxID: box, CourierCode: l.Parcel.Code, InvoiceNumber: l.Parcel.Number})
	}
	return out
}

// exchangeUploadRefused is the answer to an upload Coupang answered FAIL. With several boxes the
// exchange is read back at once (stored through the sync's checked path, so what went through is
// kept) and the seller told which boxes went through and which did not, with Coupang's reason; the
// failed ones are sent again by the seller only (the next Check drops the boxes carrying one).
func exchangeUploadRefused(ctx context.Context, b *Batch, j *Job, res coupang.ReceiptResult) Answer {
	refused := Answer{Said: Refused, Code: res.ResultCode, Reason: res.SellerMessage(), Recheck: true}
	if len(j.Boxes) < 2 || b.ReadBack == nil {
		return refused
	}
	fresh, failed := b.ReadBack(ctx, []string{j.Item.ID})
	s, ok := fresh[j.Item.Key]
	if !ok || s.Claim == nil {
		b.Log.Info("read back after a refused exchange upload", "key", j.Item.Key, "err", failed[j.Item.Key])
		return refused
	}
	var went, not []string
	for _, l := range j.Boxes {
		if inv, ok := s.Claim.RedeliveryInvoice(l.Box); ok && inv.Number == l.Parcel.Number {
			went = append(went, fmt.Sprintf("박스 %s(%s %s)", l.Box, l.Parcel.Courier, l.Parcel.Number))
		} else {
			not = append(not, "박스 "+l.Box)
		}
	}
	switch {
	case len(went) == 0:
		return refused
	case len(not) == 0:
		return Answer{Said: Applied}
	}
	refused.Recheck = false
	refused.Reason = fmt.Sprintf("%s은(는) 올라갔고, %s은(는) 올리지 못했습니다. %s 올리지 못한 박스만 다시 올리세요.",
		strings.Join(went, ", "), strings.Join(not, ", "), res.SellerMessage())
	return refused
}

// markBoxInvoices keeps on claim c the invoices of the boxes sent that the read-back does not show
// yet, in the boxes' order.
func markBoxInvoices(c *order.Claim, lines []BoxLine) {
	have := map[string]order.BoxInvoice{}
	for _, inv := range c.RedeliveryInvoices {
		have[inv.Box] = inv
	}
	for _, l := range lines {
		if _, ok := have[l.Box]; !ok {
			have[l.Box] = order.BoxInvoice{Box: l.Box, Courier: l.Parcel.Code, Number: l.Parcel.Number}
		}
	}
	var out []order.BoxInvoice
	for _, box := range c.RedeliveryBoxes {
		if inv, ok := have[box]; ok {
			out = append(out, inv)
			delete(have, box)
		}
	}
	for _, inv := range c.RedeliveryInvoices {
		if _, left := have[inv.Box]; left {
			out = append(out, inv)
		}
	}
	c.RedeliveryInvoices = out
	if c.RedeliveryNumber == "" && len(out) > 0 {
		c.RedeliveryCourier, c.RedeliveryNumber = out[0].Courier, out[0].Number
	}
}

// boxesDetail is the audit's words for the boxes sent: each box, its courier and number.
func boxesDetail(lines []BoxLine) string {
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		parts = append(parts, fmt.Sprintf("박스 %s %s %s", l.Box, l.Parcel.Courier, l.Parcel.Number))
	}
	return strings.Join(parts, ", ")
}

package fulfil

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// The seller's answers to the marketplaces' claims (클레임): one write, answerClaims, per answer
// kind (ClaimAction). The rule of which answer a claim takes is claimMay, used both to list what
// the seller may do (ClaimActions) and to check a shipment before it is sent and again right
// after the claim sweep read it back. A claim's hold (the CLAIM_OPEN finding) is never cleared
// here: after an answer the shipment is read back and stored through the sync's checked path, so
// the hold goes only when the marketplace's claim does.

// ClaimAction is an answer the seller may give a claim.
type ClaimAction string

const (
	// StopShipment is Coupang's 출고중지완료: the box was not sent (article 360034320673).
	StopShipment ClaimAction = "stop"
	// AlreadyShipped is Coupang's 이미출고, with the courier and number it left with (360033793034).
	AlreadyShipped ClaimAction = "shipped"
	// ApproveCancel is Naver's 취소 승인.
	ApproveCancel ClaimAction = "approve"
	// ApproveReturn is Naver's 반품 승인, or Coupang's 반품요청 승인 once the goods are back.
	ApproveReturn ClaimAction = "return-approve"
	// RejectReturn is Naver's 반품 거부 (철회), with the seller's reason.
	RejectReturn ClaimAction = "return-reject"
	// HoldReturn is Naver's 반품 보류 (type, reason, extra fee); ReleaseReturn lifts it.
	HoldReturn    ClaimAction = "return-hold"
	ReleaseReturn ClaimAction = "return-release"
	// ReceiveReturn is Coupang's 반품상품 입고 확인.
	ReceiveReturn ClaimAction = "return-received"
	// ReceiveExchange is Coupang's 교환요청상품 입고 확인 (article 360034027834).
	ReceiveExchange ClaimAction = "exchange-received"
	// RejectExchange is Coupang's 교환요청 거부, with a documented reject code (360034027874), or
	// Naver's 교환 거부(철회), with the seller's written reason.
	RejectExchange ClaimAction = "exchange-reject"
	// CollectExchange is Naver's 교환 수거 완료; HoldExchange its 교환 보류 (type, reason, extra fee),
	// ReleaseExchange lifts it. RedeliverExchange is the re-delivery's courier and tracking number:
	// Naver's 교환 재배송 처리, or Coupang's 교환상품 송장 업로드 (article 360034027954) for the box
	// Coupang made after 입고 확인.
	CollectExchange   ClaimAction = "exchange-collect"
	RedeliverExchange ClaimAction = "exchange-redeliver"
	HoldExchange      ClaimAction = "exchange-hold"
	ReleaseExchange   ClaimAction = "exchange-release"
)

// ClaimActionList is every answer, in the order the screens offer them.
func ClaimActionList() []ClaimAction {
	return []ClaimAction{StopShipment, AlreadyShipped, ApproveCancel, ReceiveReturn, ApproveReturn, HoldReturn, ReleaseReturn, RejectReturn,
		ReceiveExchange, CollectExchange, RedeliverExchange, HoldExchange, ReleaseExchange, RejectExchange}
}

// ParseClaimAction reads an answer by its value.
func ParseClaimAction(s string) (ClaimAction, bool) {
	for _, a := range ClaimActionList() {
		if string(a) == strings.TrimSpace(s) {
			return a, true
		}
	}
	return "", false
}

// Label is the answer in the seller centres' words.
func (a ClaimAction) Label() string {
	switch a {
	case StopShipment:
		return "출고중지완료"
	case AlreadyShipped:
		return "이미출고"
	case ApproveCancel:
		return "취소 승인"
	case ApproveReturn:
		return "반품 승인"
	case RejectReturn:
		return "반품 거부"
	case HoldReturn:
		return "반품 보류"
	case ReleaseReturn:
		return "반품 보류 해제"
	case ReceiveReturn:
		return "반품 입고 확인"
	case ReceiveExchange:
		return "교환 입고 확인"
	case RejectExchange:
		return "교환 거부"
	case CollectExchange:
		return "교환 수거 완료"
	case RedeliverExchange:
		return "교환 재배송"
	case HoldExchange:
		return "교환 보류"
	case ReleaseExchange:
		return "교환 보류 해제"
	}
	return string(a)
}

// Needs says what the answer takes besides the shipment: "parcel" (courier and tracking number),
// "reason" (a written reason), "holdback" (a holdback type, a reason and an optional fee),
// "rejectCode" (a documented reject code of a Coupang exchange), "".
func (a ClaimAction) Needs() string {
	switch a {
	case AlreadyShipped, RedeliverExchange:
		return "parcel"
	case RejectReturn:
		return "reason"
	case HoldReturn, HoldExchange:
		return "holdback"
	case RejectExchange:
		return "rejectCode"
	}
	return ""
}

// NeedsOn is Needs for a claim of marketplace m: Naver's 교환 거부 takes a written reason where
// Coupang's takes one of its reject codes.
func (a ClaimAction) NeedsOn(m order.Marketplace) string {
	if a == RejectExchange && m == order.Naver {
		return "reason"
	}
	return a.Needs()
}

// parcelMarkets are the marketplaces whose courier code a parcel answer may send (each box sends
// its own marketplace's, Check).
func (a ClaimAction) parcelMarkets() []order.Marketplace {
	if a == RedeliverExchange {
		return []order.Marketplace{order.Naver, order.Coupang}
	}
	return []order.Marketplace{order.Coupang}
}

// ClaimRequest is the seller's answer to the claims of some shipments.
type ClaimRequest struct {
	Action ClaimAction `json:"action"`
	// Courier and TrackingNumber: the parcel of 이미출고 (Coupang) or of 교환 재배송 (Naver, Coupang).
	Courier        string `json:"courier,omitempty"`
	TrackingNumber string `json:"trackingNumber,omitempty"`
	// Boxes: 교환 재배송 of a Coupang exchange, one parcel per re-delivery box (those not uploaded
	// yet, all at once or some); instead of Courier and TrackingNumber.
	Boxes []BoxParcel `json:"boxes,omitempty"`
	// Reason: the seller's reason of 반품 거부 and of Naver's 교환 거부, the detailed reason of 반품 보류
	// and 교환 보류.
	Reason string `json:"reason,omitempty"`
	// HoldbackType and ExtraFee (원) of 반품 보류 (naver.ReturnHoldbackTypes) and 교환 보류
	// (naver.ExchangeHoldbackTypes).
	HoldbackType string `json:"holdbackType,omitempty"`
	ExtraFee     int64  `json:"extraFee,omitempty"`
	// RejectCode of 교환 거부 (coupang.ExchangeRejectCodes: SOLDOUT, WITHDRAW).
	RejectCode string `json:"rejectCode,omitempty"`
}

// Naver's claim statuses of an open return the seller may answer, and of an exchange before its
// re-delivery.
var (
	naverOpenReturn   = map[string]bool{"RETURN_REQUEST": true, "COLLECTING": true, "COLLECT_DONE": true}
	naverOpenExchange = map[string]bool{"EXCHANGE_REQUEST": true, "COLLECTING": true, "COLLECT_DONE": true}
)

// claimMay says why the seller may not give answer a to the claim of s now, "" when it may. It is
// the one rule: the list of answers, the check before sending and the check after the sweep.
func claimMay(a ClaimAction, s *order.Shipment) string {
	c := s.Claim
	if c == nil || !c.Open {
		return "열린 취소·반품·교환 요청이 없습니다."
	}
	m := s.Marketplace
	only := func(want order.Marketplace) string {
		if m != want {
			return fmt.Sprintf("%s은(는) %s 요청에만 할 수 있습니다.", a.Label(), want.Label())
		}
		return ""
	}
	switch a {
	case StopShipment, AlreadyShipped:
		if why := only(order.Coupang); why != "" {
			return why
		}
		if !c.StopRequested {
			return "출고중지 요청이 아니거나 이미 답한 요청입니다."
		}
		if _, err := strconv.ParseInt(c.ID, 10, 64); err != nil {
			return "쿠팡 접수번호가 없어 답할 수 없습니다. 주문을 다시 불러오세요."
		}
		if a == StopShipment && s.Status.Dispatched() {
			return "이미 발송된 박스입니다. 보냈다면 이미출고로 답하세요."
		}
		if a == StopShipment && c.Quantity <= 0 {
			return "쿠팡이 취소 수량을 알려 주지 않아 출고중지완료를 보낼 수 없습니다. 쿠팡 WING에서 처리하세요."
		}
	case ApproveCancel:
		if why := only(order.Naver); why != "" {
			return why
		}
		if c.Type != order.ClaimCancel || c.MarketStatus != "CANCEL_REQUEST" {
			return "취소 요청 중인 주문만 취소를 승인할 수 있습니다."
		}
		if s.Status.Dispatched() {
			return "이미 발송한 주문입니다. 취소 승인 대신 네이버 스마트스토어센터에서 처리하세요."
		}
	case ApproveReturn, RejectReturn, HoldReturn, ReleaseReturn:
		if c.Type != order.ClaimReturn {
			return "반품 요청이 아닙니다."
		}
		if m == order.Coupang {
			if a != ApproveReturn {
				return fmt.Sprintf("쿠팡 반품은 %s을(를) API로 받지 않습니다. 쿠팡 WING에서 처리하세요.", a.Label())
			}
			if c.Stage != coupang.ReceiptInWarehouse {
				return "쿠팡 반품은 입고 확인이 끝난 뒤에 승인할 수 있습니다."
			}
			if c.Quantity <= 0 {
				return "쿠팡이 반품 수량을 알려 주지 않아 승인을 보낼 수 없습니다. 쿠팡 WING에서 처리하세요."
			}
			return ""
		}
		if !naverOpenReturn[c.MarketStatus] {
			return "진행 중인 반품 요청이 아닙니다."
		}
		switch {
		case a == ApproveReturn && c.HeldBack:
			return "보류 중인 반품입니다. 보류를 해제한 뒤 승인하세요."
		case a == HoldReturn && c.HeldBack:
			return "이미 보류 중인 반품입니다."
		case a == ReleaseReturn && !c.HeldBack:
			return "보류 중인 반품이 아닙니다."
		}
	case ReceiveReturn:
		if why := only(order.Coupang); why != "" {
			return why
		}
		if c.Type != order.ClaimReturn || c.Stage != coupang.ReceiptReturnReceived || c.StopRequested {
			return "반품 접수 상태(입고 전)의 반품만 입고 확인할 수 있습니다."
		}
	case RedeliverExchange:
		if m == order.Coupang {
			return coupangRedeliverMay(c)
		}
		fallthrough
	case CollectExchange, HoldExchange, ReleaseExchange:
		if why := only(order.Naver); why != "" {
			return why
		}
		return naverExchangeMay(a, c)
	case RejectExchange:
		if m == order.Naver {
			return naverExchangeMay(a, c)
		}
		fallthrough
	case ReceiveExchange:
		if why := only(order.Coupang); why != "" {
			return why
		}
		if why := coupangExchangeMay(c); why != "" {
			return why
		}
		if c.Stage == coupang.CollectComplete {
			if a == ReceiveExchange {
				return "이미 입고 확인한 교환입니다."
			}
			return "입고 확인한 교환은 거부할 수 없습니다. 쿠팡 WING에서 처리하세요."
		}
	default:
		return "알 수 없는 처리입니다."
	}
	return ""
}

// coupangExchangeMay is why no answer about a Coupang exchange can be sent for c ("" when one
// can): it is not a Coupang exchange, or it carries no exchangeId to name in the call.
func coupangExchangeMay(c *order.Claim) string {
	if c.Type != order.ClaimExchange || !coupang.IsExchangeStatus(c.MarketStatus) {
		return "쿠팡 교환 요청이 아닙니다."
	}
	if _, err := strconv.ParseInt(c.ID, 10, 64); err != nil {
		return "쿠팡 교환 접수번호가 없어 답할 수 없습니다. 주문을 다시 불러오세요."
	}
	return ""
}

// coupangRedeliverMay is claimMay of Coupang's 교환상품 송장 업로드 (article 360034027954): after 입고
// 확인 (collectStatus CompleteCollect), once Coupang made the re-delivery's boxes
// (deliveryInvoiceGroupDtos, up to 10 minutes later; their shipmentBoxIds are what the call names),
// while a box carries no invoice yet (each box takes its own, once; exchangeboxes.go).
func coupangRedeliverMay(c *order.Claim) string {
	if why := coupangExchangeMay(c); why != "" {
		return why
	}
	pending := c.PendingRedeliveryBoxes()
	switch {
	case c.Stage != coupang.CollectComplete:
		return "회수 상품 입고 확인을 한 뒤에 교환 송장을 올릴 수 있습니다."
	case len(c.RedeliveryBoxes) == 0 && c.RedeliveryNumber == "":
		return "쿠팡이 아직 교환 배송번호를 만들지 않았습니다(입고 확인 후 최대 10분). 잠시 뒤 주문을 다시 불러오세요."
	case len(pending) == 0:
		return fmt.Sprintf("이미 교환 송장(운송장 %s)을 올렸습니다.", strings.Join(redeliveryNumbers(c), ", "))
	}
	for _, b := range pending {
		if _, err := strconv.ParseInt(b, 10, 64); err != nil {
			return "쿠팡 교환 배송번호를 읽을 수 없습니다. 주문을 다시 불러오세요."
		}
	}
	return ""
}

// redeliveryNumbers are the numbers of an exchange's re-delivery invoices.
func redeliveryNumbers(c *order.Claim) []string {
	var out []string
	for _, inv := range c.RedeliveryInvoices {
		out = append(out, inv.Number)
	}
	if len(out) == 0 && c.RedeliveryNumber != "" {
		out = append(out, c.RedeliveryNumber)
	}
	return out
}

// naverExchangeMay is claimMay of a Naver exchange: collected (교환 수거 완료), held back and rejected
// before its re-delivery, re-delivered once collected; neither collected nor re-delivered while
// held back.
func naverExchangeMay(a ClaimAction, c *order.Claim) string {
	if c.Type != order.ClaimExchange {
		return "교환 요청이 아닙니다."
	}
	if !naverOpenExchange[c.MarketStatus] {
		return "재배송 전의 교환 요청이 아닙니다."
	}
	switch {
	case a == CollectExchange && c.MarketStatus == "COLLECT_DONE":
		return "이미 수거 완료한 교환입니다."
	case a == RedeliverExchange && c.MarketStatus != "COLLECT_DONE":
		return "수거 완료한 교환만 재배송할 수 있습니다."
	case (a == CollectExchange || a == RedeliverExchange) && c.HeldBack:
		return "보류 중인 교환입니다. 보류를 해제한 뒤 처리하세요."
	case a == HoldExchange && c.HeldBack:
		return "이미 보류 중인 교환입니다."
	case a == ReleaseExchange && !c.HeldBack:
		return "보류 중인 교환이 아닙니다."
	}
	return ""
}

// ClaimActions are the answers the seller may give the claim of s now, in ClaimActionList order.
func ClaimActions(s *order.Shipment) []ClaimAction {
	var out []ClaimAction
	for _, a := range ClaimActionList() {
		if claimMay(a, s) == "" {
			out = append(out, a)
		}
	}
	return out
}

// ClaimTodo says in Korean what the marketplace expects of the seller for the open claim of s, and
// where SellerDesk cannot send the answer, where to give it.
func ClaimTodo(s *order.Shipment) string {
	c := s.Claim
	if c == nil || !c.Open {
		return ""
	}
	centre := sellerCentre(s.Marketplace)
	switch {
	case s.Marketplace == order.Coupang && c.StopRequested:
		return "구매자가 출고중지를 요청했습니다. 보내지 않았으면 출고중지완료, 이미 보냈으면 송장번호와 함께 이미출고로 답하세요. 출고중지 요청을 두고 보내면 왕복 반품배송비를 판매자가 부담합니다."
	case c.Type == order.ClaimCancel && s.Marketplace == order.Naver && c.MarketStatus == "CANCEL_REQUEST":
		return "구매자가 취소를 요청했습니다. 보내지 않았으면 취소를 승인하세요. 이미 보냈다면 " + centre + "에서 처리하세요."
	case c.Type == order.ClaimCancel:
		return "취소가 처리되는 중입니다. 보내지 마세요. 마켓이 마치면 자동으로 반영됩니다."
	case c.Type == order.ClaimReturn && s.Marketplace == order.Coupang:
		switch c.Stage {
		case coupang.ReceiptReturnReceived:
			return "반품이 접수되었습니다. 반품 상품이 돌아오면 입고 확인을 하세요(빠른환불 대상이고 회수 송장이 추적되면 필요 없습니다). 문제가 있으면 " + centre + "에서 쿠팡 확인 요청을 하세요."
		case coupang.ReceiptInWarehouse:
			return "반품 상품 입고를 확인했습니다. 반품을 승인하면 환불됩니다(쿠팡이 일정 시간 뒤 자동 승인하기도 합니다)."
		case coupang.ReceiptCoupangCheck:
			return "쿠팡이 확인 중입니다. " + centre + "에서 진행 상황을 확인하세요."
		}
		return "반품이 진행 중입니다. " + centre + "에서 확인하세요."
	case c.Type == order.ClaimReturn:
		if c.HeldBack {
			return "반품을 보류해 두었습니다. 문제가 풀리면 보류를 해제하고 승인하세요."
		}
		return "구매자가 반품을 요청했습니다. 상품이 돌아오면(수거 완료) 반품을 승인하세요. 비용 청구나 확인이 필요하면 보류, 반품할 수 없으면 사유와 함께 거부하세요."
	case c.Type == order.ClaimExchange && s.Marketplace == order.Coupang && coupang.IsExchangeStatus(c.MarketStatus):
		return coupangExchangeTodo(c, centre)
	case c.Type == order.ClaimExchange && s.Marketplace == order.Naver && naverOpenExchange[c.MarketStatus]:
		switch {
		case c.HeldBack:
			return "교환을 보류해 두었습니다. 문제가 풀리면 보류를 해제하고 처리하세요."
		case c.MarketStatus == "COLLECT_DONE":
			return "수거가 끝났습니다. 교환 상품을 보내고 택배사와 송장번호로 교환 재배송을 하세요."
		}
		return "구매자가 교환을 요청했습니다. 상품이 돌아오면 교환 수거 완료를 하세요. 비용 청구나 확인이 필요하면 보류, 교환할 수 없으면 사유와 함께 거부하세요."
	case c.Type == order.ClaimExchange && s.Marketplace == order.Naver && c.MarketStatus == "EXCHANGE_REDELIVERING":
		return "교환 상품을 재배송하는 중입니다. 구매자가 받으면 네이버가 교환을 마칩니다."
	case c.Type == order.ClaimExchange:
		return "교환 요청입니다. " + centre + "에서 확인하세요."
	}
	return centre + "에서 요청을 확인하세요."
}

// coupangExchangeTodo says what a Coupang exchange waits for, by its pickup (collectStatus): the
// goods come back, the seller confirms they arrived (입고 확인, article 360034027834), then sends the
// new goods with an invoice of the exchange (360034027954) once Coupang made the re-delivery's box;
// an exchange the seller cannot carry out is rejected with SOLDOUT or WITHDRAW (360034027874).
func coupangExchangeTodo(c *order.Claim, centre string) string {
	switch c.Stage {
	case coupang.CollectComplete:
		pending := c.PendingRedeliveryBoxes()
		switch {
		case len(pending) == 0 && c.RedeliveryNumber != "":
			return "교환 상품을 재배송했습니다(운송장 " + strings.Join(redeliveryNumbers(c), ", ") + "). 구매자가 받으면 쿠팡이 교환을 마칩니다."
		case len(c.RedeliveryBoxes) == 0:
			return "회수 상품 입고를 확인했습니다. 쿠팡이 교환 배송번호를 만들면(입고 확인 후 최대 10분) 교환 상품을 보내고 택배사와 송장번호로 교환 송장을 올리세요(교환 재배송). 잠시 뒤 주문을 다시 불러오세요."
		case len(pending) < len(c.RedeliveryBoxes):
			return fmt.Sprintf("재배송 박스 %d개 중 %d개에 교환 송장을 올렸습니다. 남은 박스(%s)의 택배사와 송장번호로 교환 송장을 올리세요(교환 재배송).",
				len(c.RedeliveryBoxes), len(c.RedeliveryBoxes)-len(pending), strings.Join(pending, ", "))
		case len(c.RedeliveryBoxes) > 1:
			return fmt.Sprintf("회수 상품 입고를 확인했습니다. 쿠팡이 재배송 박스를 %d개 만들었습니다. 박스마다 교환 상품을 보내고 박스마다 택배사와 송장번호를 넣어 교환 송장을 올리세요(교환 재배송).",
				len(c.RedeliveryBoxes))
		}
		return "회수 상품 입고를 확인했습니다. 교환 상품을 보내고 택배사와 송장번호로 교환 송장을 올리세요(교환 재배송)."
	case coupang.CollectDelivering:
		return "회수 상품이 돌아오는 중입니다. 도착하면 교환 입고 확인을 하세요. 교환 상품이 품절이면 교환을 거부(품절)하세요."
	}
	return "구매자가 교환을 요청했습니다. 회수 상품이 도착하면 교환 입고 확인을 하고, 교환 상품이 품절이거나 구매자가 철회했다면 사유를 골라 교환을 거부하세요."
}

// ClaimStateLabel is the state of the claim of s in Korean where SellerDesk knows Coupang's words
// for it: a Coupang exchange's exchangeStatus and pickup (the list article 360033397594 and the
// former portal's tables: 접수, 진행, 완료, 불가, 철회; 회수연동 전, 회수중, 업체전달완료, …).
func ClaimStateLabel(s *order.Shipment) string {
	c := s.Claim
	if c == nil || s.Marketplace != order.Coupang || c.Type != order.ClaimExchange || !coupang.IsExchangeStatus(c.MarketStatus) {
		return ""
	}
	st := coupang.ExchangeStatusLabel(c.MarketStatus)
	if p := coupang.CollectStatusLabel(c.Stage); p != "" {
		st += " · " + p
	}
	return st
}

// answerClaims is one answer (req.Action) to the claims of the selected shipments.
type answerClaims struct {
	req      ClaimRequest
	couriers *lists.CourierTable
	// courier is the parcel's courier of 이미출고 (read once from the request).
	courier lists.Courier
	// boxes are the re-delivery boxes of a Coupang exchange and their parcels (req.Boxes, read once).
	boxes []BoxLine
}

// newAnswerClaims checks the request itself (an answer, a parcel the courier's rule reads, a
// reason) before any shipment is looked at.
func newAnswerClaims(req ClaimRequest, couriers *lists.CourierTable) (*answerClaims, error) {
	w := &answerClaims{req: req, couriers: couriers}
	if _, ok := ParseClaimAction(string(req.Action)); !ok {
		return nil, usererr.New("알 수 없는 처리입니다: "+string(req.Action), fmt.Errorf("unknown claim action %q", req.Action))
	}
	switch req.Action.Needs() {
	case "parcel":
		if req.Action == RedeliverExchange && len(req.Boxes) > 0 {
			boxes, err := checkBoxParcels(couriers, req.Boxes)
			if err != nil {
				return nil, err
			}
			w.boxes = boxes
			break
		}
		c, err := lookupCourier(couriers, req.Courier)
		if err != nil {
			return nil, err
		}
		usable := false
		var labels []string
		for _, pm := range req.Action.parcelMarkets() {
			usable = usable || c.Code(pm) != ""
			labels = append(labels, pm.Label())
		}
		if !usable {
			where := strings.Join(labels, "·")
			return nil, usererr.New(fmt.Sprintf("%s는 %s에서 쓸 수 없는 택배사입니다.", c.Name, where), fmt.Errorf("courier %s has no %s code", c.Name, where))
		}
		n, err := checkTracking(c, req.TrackingNumber)
		if err != nil {
			return nil, err
		}
		w.courier, w.req.Courier, w.req.TrackingNumber = c, c.Name, n
	case "reason":
		if strings.TrimSpace(req.Reason) == "" {
			return nil, usererr.New("거부 사유를 적어 주세요. 구매자에게 그대로 보입니다.", fmt.Errorf("%s without a reason", req.Action))
		}
	case "rejectCode":
		// Coupang's takes a reject code, Naver's a written reason (NeedsOn); each box is checked
		// against its marketplace's in Check
		switch {
		case req.RejectCode == "" && strings.TrimSpace(req.Reason) == "":
			return nil, usererr.New("교환 거부 사유를 고르세요(쿠팡: 품절 또는 구매자 철회, 네이버: 사유를 적어 주세요).", fmt.Errorf("exchange reject without a code or a reason"))
		case req.RejectCode != "" && coupang.ExchangeRejectLabel(req.RejectCode) == "":
			return nil, usererr.New("교환 거부 사유를 고르세요(품절 또는 구매자 철회).", fmt.Errorf("exchange reject code %q", req.RejectCode))
		}
	case "holdback":
		label := naver.HoldbackTypeLabel
		if req.Action == HoldExchange {
			label = naver.ExchangeHoldbackTypeLabel
		}
		if label(req.HoldbackType) == "" {
			return nil, usererr.New("보류 유형을 고르세요.", fmt.Errorf("holdback type %q", req.HoldbackType))
		}
		if strings.TrimSpace(req.Reason) == "" {
			return nil, usererr.New("보류 사유를 적어 주세요.", fmt.Errorf("holdback without a reason"))
		}
		if req.ExtraFee < 0 {
			return nil, usererr.New("추가 비용은 0원 이상이어야 합니다.", fmt.Errorf("extra fee %d", req.ExtraFee))
		}
	}
	return w, nil
}

func (w *answerClaims) Action() string { return "claim-" + string(w.req.Action) }
func (w *answerClaims) Verb() string   { return w.req.Action.Label() }

// Check takes the stored shipment: an open claim that takes this answer. The claim as the seller
// saw it is kept (the answer goes to that claim, not to one that replaced it meanwhile).
func (w *answerClaims) Check(j *Job) *Verdict {
	if why := claimMay(w.req.Action, &j.Shipment); why != "" {
		return Skip("%s", why)
	}
	j.Claim = *j.Shipment.Claim
	switch m := j.Shipment.Marketplace; {
	case w.req.Action == RedeliverExchange && len(w.boxes) > 0 && m != order.Coupang:
		return Skip("박스마다 송장을 넣는 교환 재배송은 쿠팡 교환에만 있습니다.")
	case w.req.Action == RedeliverExchange && len(w.boxes) > 0:
		return w.planBoxes(j, j.Shipment.Claim)
	}
	switch w.req.Action {
	case AlreadyShipped, RedeliverExchange:
		m := j.Shipment.Marketplace
		code := w.courier.Code(m)
		if code == "" {
			return Fail("%s는 %s에서 쓸 수 없는 택배사입니다.", w.courier.Name, m.Label())
		}
		j.Parcel = Parcel{Courier: w.courier.Name, Code: code, Number: w.req.TrackingNumber}
		if w.req.Action == RedeliverExchange && m == order.Coupang {
			return w.planBoxes(j, j.Shipment.Claim)
		}
	case RejectExchange:
		switch m := j.Shipment.Marketplace; {
		case m == order.Coupang && w.req.RejectCode == "":
			return Skip("쿠팡 교환 거부는 사유(품절 또는 구매자 철회)를 골라야 합니다.")
		case m == order.Naver && strings.TrimSpace(w.req.Reason) == "":
			return Skip("네이버 교환 거부는 구매자에게 보일 사유를 적어야 합니다.")
		}
	}
	return nil
}

// Prepare refuses, for 이미출고 and 교환 재배송, a number already on a box of another parcel (the rule of the
// dispatch).
func (w *answerClaims) Prepare(ctx context.Context, st *store.Store, jobs []*Job) error {
	if w.req.Action != AlreadyShipped && w.req.Action != RedeliverExchange {
		return nil
	}
	if len(w.boxes) > 0 {
		return refuseTakenBoxNumbers(ctx, st, jobs)
	}
	return refuseTakenNumbers(ctx, st, jobs)
}

// Sweep: the claim may have moved since the last sync (withdrawn, answered in the seller centre).
func (w *answerClaims) Sweep() bool { return true }

// Recheck decides on the claim as the marketplace has it right now.
func (w *answerClaims) Recheck(j *Job) *Verdict {
	s := &j.Shipment
	if applied, _ := w.Applied(j, s); applied {
		return Skip("이미 %s되어 있습니다. 다시 보내지 않았습니다.", w.Verb())
	}
	if !sameClaim(j, s) || s.Claim.Type != j.Claim.Type {
		return Skip("보내기 직전에 다시 조회하니 요청이 바뀌었습니다(철회되었거나 새 요청). 클레임 화면에서 다시 확인하세요.")
	}
	if why := claimMay(w.req.Action, s); why != "" {
		return Skip("보내기 직전에 다시 조회하니 %s", why)
	}
	if w.req.Action == RedeliverExchange && s.Marketplace == order.Coupang {
		if len(w.boxes) == 0 {
			j.Parcel = Parcel{Courier: w.courier.Name, Code: w.courier.Code(order.Coupang), Number: w.req.TrackingNumber}
		}
		if v := w.planBoxes(j, s.Claim); v != nil {
			v.Message = "보내기 직전에 다시 조회하니 " + v.Message
			return v
		}
	}
	return nil
}

// sameClaim reports whether s still carries the claim the answer was for: the same claim id (a
// Coupang receipt keeps its id while its kind moves on: an answered stop request becomes a return),
// else the same kind.
func sameClaim(j *Job, s *order.Shipment) bool {
	if s.Claim == nil {
		return false
	}
	if j.Claim.ID != "" {
		return s.Claim.ID == j.Claim.ID
	}
	return s.Claim.Type == j.Claim.Type
}

// Applied tells from the marketplace's shipment whether the answer is on it.
func (w *answerClaims) Applied(j *Job, s *order.Shipment) (bool, string) {
	c := s.Claim
	stillStop := sameClaim(j, s) && c.StopRequested
	switch w.req.Action {
	case StopShipment:
		switch {
		case stillStop:
			return false, ""
		case s.Status.Dispatched():
			return false, fmt.Sprintf("확인 필요: %s의 응답이 끊겼고, 다시 조회하니 출고중지가 아니라 이미출고로 처리되어 있습니다. 판매자센터에서 확인하세요.", j.Item.MarketLabel)
		}
		return sameClaim(j, s) || s.Status == order.StatusCanceled, ""
	case AlreadyShipped:
		switch {
		case stillStop:
			return false, ""
		case s.Status == order.StatusCanceled:
			return false, fmt.Sprintf("확인 필요: %s의 응답이 끊겼고, 다시 조회하니 이미출고가 아니라 출고중지로 처리되어 있습니다. 판매자센터에서 확인하세요.", j.Item.MarketLabel)
		}
		return sameClaim(j, s), ""
	case ApproveCancel:
		return s.Status == order.StatusCanceled ||
			(sameType(j, s) && (c.MarketStatus == "CANCELING" || c.MarketStatus == "CANCEL_DONE")), ""
	case ApproveReturn:
		if s.Marketplace == order.Coupang {
			return sameClaim(j, s) && (c.Stage == coupang.ReceiptCompleted || !c.Open), ""
		}
		return s.Status == order.StatusReturned || (sameType(j, s) && c.MarketStatus == "RETURN_DONE"), ""
	case RejectReturn:
		return sameType(j, s) && c.MarketStatus == "RETURN_REJECT", ""
	case HoldReturn:
		return sameType(j, s) && c.Open && c.HeldBack, ""
	case ReleaseReturn:
		return sameType(j, s) && c.Open && !c.HeldBack, ""
	case ReceiveReturn:
		return sameClaim(j, s) && (c.Stage == coupang.ReceiptInWarehouse || c.Stage == coupang.ReceiptCompleted), ""
	case ReceiveExchange:
		return sameClaim(j, s) && (c.Stage == coupang.CollectComplete || (!c.Open && !c.Withdrawn)), ""
	case RejectExchange:
		if s.Marketplace == order.Naver {
			return sameType(j, s) && c.MarketStatus == "EXCHANGE_REJECT", ""
		}
		return sameClaim(j, s) && c.MarketStatus == coupang.ExchangeReject, ""
	case CollectExchange:
		return sameType(j, s) && (c.MarketStatus == "COLLECT_DONE" || c.MarketStatus == "EXCHANGE_REDELIVERING" || c.MarketStatus == "EXCHANGE_DONE"), ""
	case RedeliverExchange:
		if s.Marketplace == order.Coupang {
			return coupangRedelivered(j, s)
		}
		return sameType(j, s) && (c.MarketStatus == "EXCHANGE_REDELIVERING" || c.MarketStatus == "EXCHANGE_DONE"), ""
	case HoldExchange:
		return sameType(j, s) && c.Open && c.HeldBack, ""
	case ReleaseExchange:
		return sameType(j, s) && c.Open && !c.HeldBack, ""
	}
	return false, ""
}

// sameType reports whether s carries a claim of the kind the answer was for (Naver's claim ids
// are not always given).
func sameType(j *Job, s *order.Shipment) bool {
	return s.Claim != nil && s.Claim.Type == j.Claim.Type
}

// Mark keeps, for 이미출고 and 교환 재배송, the parcel the goods left with when the marketplace's box
// does not show one; everything else is what the marketplace said, stored by the read-back.
func (w *answerClaims) Mark(j *Job, s *order.Shipment, _ MarkEnv) {
	switch {
	case w.req.Action == AlreadyShipped && s.TrackingNumber == "":
		s.Courier, s.TrackingNumber = j.Parcel.Courier, j.Parcel.Number
	case w.req.Action == RedeliverExchange && s.Claim != nil && len(j.Boxes) > 0:
		c := *s.Claim
		c.RedeliveryInvoices = slices.Clone(c.RedeliveryInvoices)
		markBoxInvoices(&c, j.Boxes)
		s.Claim = &c
	case w.req.Action == RedeliverExchange && s.Claim != nil && s.Claim.RedeliveryNumber == "":
		c := *s.Claim
		c.RedeliveryCourier, c.RedeliveryNumber = j.Parcel.Code, j.Parcel.Number
		s.Claim = &c
	}
}

func (w *answerClaims) Detail(j *Job) string {
	d := fmt.Sprintf("%s 완료 (%s, %s 요청", w.Verb(), j.Item.MarketLabel, j.Claim.Type.Label())
	if j.Claim.ID != "" {
		d += " " + j.Claim.ID
	}
	d += ")"
	switch w.req.Action {
	case RedeliverExchange:
		if len(j.Boxes) > 0 {
			d += ": " + boxesDetail(j.Boxes)
			break
		}
		d += fmt.Sprintf(": %s %s", j.Parcel.Courier, j.Parcel.Number)
	case AlreadyShipped:
		d += fmt.Sprintf(": %s %s", j.Parcel.Courier, j.Parcel.Number)
	case RejectReturn:
		d += ": " + strings.TrimSpace(w.req.Reason)
	case RejectExchange:
		if j.Item.Market == order.Naver {
			d += ": " + strings.TrimSpace(w.req.Reason)
		} else {
			d += ": " + coupang.ExchangeRejectLabel(w.req.RejectCode)
		}
	case HoldReturn, HoldExchange:
		label := naver.HoldbackTypeLabel(w.req.HoldbackType)
		if w.req.Action == HoldExchange {
			label = naver.ExchangeHoldbackTypeLabel(w.req.HoldbackType)
		}
		d += fmt.Sprintf(": %s — %s", label, strings.TrimSpace(w.req.Reason))
		if w.req.ExtraFee > 0 {
			d += fmt.Sprintf(" (추가 비용 %d원)", w.req.ExtraFee)
		}
	}
	return d
}

func (w *answerClaims) Writer(m order.Marketplace, mk Market) Writer {
	switch {
	case m == order.Naver && mk.Naver != nil:
		return naverClaims{c: mk.Naver, req: w.req}
	case m == order.Coupang && mk.Coupang != nil:
		return coupangReceipts{c: mk.Coupang, action: w.req.Action, rejectCode: w.req.RejectCode}
	}
	return nil
}

// naverClaims sends an answer about each product order (one POST each).
type naverClaims struct {
	c   *naver.Client
	req ClaimRequest
}

func (w naverClaims) Send(ctx context.Context, b *Batch) error {
	ids := idsOf(b.Jobs)
	var res naver.ItemsResult
	var err error
	switch w.req.Action {
	case ApproveCancel:
		res, err = w.c.ApproveCancels(ctx, ids)
	case ApproveReturn:
		res, err = w.c.ApproveReturns(ctx, ids)
	case RejectReturn:
		res, err = w.c.RejectReturns(ctx, ids, w.req.Reason)
	case HoldReturn:
		res, err = w.c.HoldbackReturns(ctx, ids, naver.Holdback{Type: w.req.HoldbackType, Detail: w.req.Reason, ExtraFee: w.req.ExtraFee})
	case ReleaseReturn:
		res, err = w.c.ReleaseReturnHoldbacks(ctx, ids)
	case CollectExchange:
		res, err = w.c.ApproveExchangeCollects(ctx, ids)
	case RejectExchange:
		res, err = w.c.RejectExchanges(ctx, ids, w.req.Reason)
	case HoldExchange:
		res, err = w.c.HoldbackExchanges(ctx, ids, naver.Holdback{Type: w.req.HoldbackType, Detail: w.req.Reason, ExtraFee: w.req.ExtraFee})
	case ReleaseExchange:
		res, err = w.c.ReleaseExchangeHoldbacks(ctx, ids)
	case RedeliverExchange:
		if len(b.Jobs) > 0 {
			res, err = w.c.RedeliverExchanges(ctx, ids, b.Jobs[0].Parcel.Code, b.Jobs[0].Parcel.Number)
		}
	default:
		for _, j := range b.Jobs {
			j.Answer = Answer{Said: Refused, Reason: "네이버에서는 할 수 없는 처리입니다."}
		}
		return nil
	}
	naverItems(b, res)
	readBackApplied(ctx, b)
	return err
}

// naverItems turns the per-product-order result of a one-by-one write into answers.
func naverItems(b *Batch, res naver.ItemsResult) {
	for _, id := range res.Succeeded {
		if j := b.Job(id); j != nil {
			j.Answer = Answer{Said: Applied}
		}
	}
	for _, f := range res.Failed {
		if j := b.Job(string(f.ProductOrderID)); j != nil {
			j.Answer = Answer{Said: Refused, Code: f.Code, Reason: f.SellerMessage(), Recheck: f.RefusedForState()}
		}
	}
	naverNotSent(b, res.NotSent)
}

// readBackApplied reads the shipments a write applied back through the sync's checked path, so
// the board shows the marketplace's own state at once (a claim closed, its hold gone, a new
// deadline). A read-back that fails leaves it to the next sync.
func readBackApplied(ctx context.Context, b *Batch) {
	var ids []string
	for _, j := range b.Jobs {
		if j.Answer.Said == Applied {
			ids = append(ids, j.Item.ID)
		}
	}
	if len(ids) == 0 || b.ReadBack == nil {
		return
	}
	if _, failed := b.ReadBack(ctx, ids); len(failed) > 0 {
		b.Log.Info("read back after an applied write failed; the next sync shows it", "failed", len(failed))
	}
}

// coupangReceipts sends an answer about each receipt or exchange (one PUT each; boxes of one
// receipt or exchange share the call).
type coupangReceipts struct {
	c          *coupang.Client
	action     ClaimAction
	rejectCode string
}

func (w coupangReceipts) Send(ctx context.Context, b *Batch) error {
	byReceipt := map[string][]*Job{}
	var order []string
	for _, j := range b.Jobs {
		if _, ok := byReceipt[j.Claim.ID]; !ok {
			order = append(order, j.Claim.ID)
		}
		byReceipt[j.Claim.ID] = append(byReceipt[j.Claim.ID], j)
	}
	var stop error
	for _, id := range order {
		jobs := byReceipt[id]
		if stop != nil {
			for _, j := range jobs {
				j.Answer = Answer{Said: NotSent}
			}
			continue
		}
		receipt, _ := strconv.ParseInt(id, 10, 64)
		first := jobs[0]
		var res coupang.ReceiptResult
		var err error
		switch w.action {
		case StopShipment:
			res, err = w.c.StopShipment(ctx, receipt, first.Claim.Quantity)
		case AlreadyShipped:
			res, err = w.c.CompletedShipment(ctx, receipt, first.Parcel.Code, first.Parcel.Number)
		case ReceiveReturn:
			res, err = w.c.ConfirmReturnReceived(ctx, receipt)
		case ApproveReturn:
			res, err = w.c.ApproveReturn(ctx, receipt, first.Claim.Quantity)
		case ReceiveExchange:
			res, err = w.c.ConfirmExchangeReceived(ctx, receipt)
		case RejectExchange:
			res, err = w.c.RejectExchange(ctx, receipt, w.rejectCode)
		case RedeliverExchange:
			res, err = w.c.UploadExchangeInvoices(ctx, receipt, exchangeParcels(first))
		default:
			err = fmt.Errorf("fulfil: %s is not a coupang answer", w.action)
		}
		var a Answer
		ae, refused := coupang.AsAPIError(err)
		switch {
		case err == nil && res.Succeeded:
			a = Answer{Said: Applied}
		case err == nil:
			b.Log.Info("coupang refused a claim answer", "action", w.action, "id", id, "resultCode", res.ResultCode, "resultMessage", res.ResultMessage)
			a = Answer{Said: Refused, Code: res.ResultCode, Reason: res.SellerMessage(), Recheck: true}
			if w.action == RedeliverExchange {
				a = exchangeUploadRefused(ctx, b, first, res)
			}
		case coupang.IsOutcomeUnknown(err):
			stop = err // left without an answer: read back, never sent again
			continue
		case refused && ae.HTTPStatus == 400:
			b.Log.Info("coupang refused a claim answer", "action", w.action, "id", id, "err", err)
			a = Answer{Said: Refused, Code: "400", Reason: coupang.SellerMessage(err), Recheck: true}
		default:
			stop = err
			for _, j := range jobs {
				j.Answer = Answer{Said: NotSent}
			}
			continue
		}
		for _, j := range jobs {
			j.Answer = a
		}
	}
	readBackApplied(ctx, b)
	return stop
}

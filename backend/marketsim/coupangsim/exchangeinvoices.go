package coupangsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// 교환상품 송장 업로드 (POST exchangeRequests/{exchangeId}/invoices, article 360034027954). What the
// article says, and the simulator keeps to:
//
//   - possible only after 입고 확인, when the exchange list shows collectStatus CompleteCollect;
//   - 입고 확인 makes deliveryInvoiceGroupDtos appear in the exchange list, and the NEW shipmentBoxId
//     from there must be sent (not the box the goods were first delivered in);
//   - "최대 10분" after 입고 확인 before it is possible: the box shows, and takes its invoice, from
//     Config.ExchangeBoxDelay after the confirmation on;
//   - the body (the former portal's form of the article and the SDK's ExchangeInvoicesDto): a JSON
//     array of {exchangeId, vendorId, shipmentBoxId, goodsDeliveryCode, invoiceNumber}. The field
//     is goodsDeliveryCode (the later forms of the article and the SDK); a body that writes the
//     2017 table's goodsflowDeliveryCode instead has no courier and is refused. exchangeId and
//     shipmentBoxId are taken as numbers or numeric strings (the example writes strings);
//   - the answer: {"code":"200","message":"SUCCESS","data":{"resultCode":"SUCCESS"|"FAIL","resultMessage"}}.
//
// The article names no error. The simulator's: 400 for a request that is not of the documented form
// (not an array, a field missing, another vendor or exchange, a courier code Coupang does not
// know, a number that is not one); resultCode FAIL for a well-formed request the exchange does not
// take now (not confirmed, the box not made yet, an exchange over), and per line: a box that is
// not one of its re-delivery boxes, a box whose invoice is uploaded already (a second upload for a
// box is refused whatever its number), a number already on another parcel.
//
// Several re-delivery boxes (SplitExchange; the article's example body carries two lines, one per
// box): the article documents ONE result per request, not per line, and does not say whether a
// request with a refused line takes its other lines. The simulator takes the lines it can and
// answers FAIL naming the refused ones — the harder case for a client, which must learn from the
// exchange read back which boxes carry their invoice (a client that does so is right either way).
// The group of each box shows its own invoice (deliveryInvoiceDtos, statusCode DEPARTURE); once
// every box has one, deliveryStatus moves to CompleteDirection (배송연동); the couriers then take
// it to Delivering and CompleteDelivery, and the exchange ends SUCCESS (AdvanceAll,
// DeliverRedelivery).

// boxReady reports whether the exchange's re-delivery box exists at now (shown and invoiceable).
func (e *exchange) boxReady(now time.Time) bool {
	return len(e.Boxes) > 0 && !now.Before(e.BoxReadyAt)
}

// box is the exchange's re-delivery box id, nil when id is not one of them.
func (e *exchange) box(id int64) *redeliveryBox {
	for _, b := range e.Boxes {
		if b.ID == id {
			return b
		}
	}
	return nil
}

// confirmExchange is 입고 확인: the exchange goes on with its goods back, and Coupang makes the
// re-delivery's box (or Split of them), ready at readyAt.
func (s *Server) confirmExchange(e *exchange, now, readyAt time.Time) {
	e.Boxes = nil
	for range max(e.Split, 1) {
		s.nextBox += 1 + int64(s.rng.IntN(20))
		e.Boxes = append(e.Boxes, &redeliveryBox{ID: s.nextBox})
	}
	e.Status, e.CollectStatus, e.CollectedAt, e.BoxReadyAt, e.ModifiedAt = "PROGRESS", "CompleteCollect", now, readyAt, now
}

// SplitExchange makes 입고 확인 of exchange id make n re-delivery boxes instead of one (Coupang
// splits a re-delivery, e.g. goods from two places); the exchange must not be confirmed yet.
func (s *Server) SplitExchange(id int64, n int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.exchange(id)
	if err != nil {
		return err
	}
	if n < 1 || len(e.Boxes) > 0 {
		return fmt.Errorf("coupangsim: exchange %d cannot be split in %d (boxes made: %d)", id, n, len(e.Boxes))
	}
	e.Split = n
	return nil
}

// redeliveryStatusCode is the invoice's statusCode for the re-delivery's deliveryStatus.
func redeliveryStatusCode(deliveryStatus string) string {
	switch deliveryStatus {
	case "Delivering":
		return "DELIVERING"
	case "CompleteDelivery":
		return "FINAL_DELIVERY"
	}
	return "DEPARTURE"
}

// exchangeInvoiceLine is one element of the body, as received.
type exchangeInvoiceLine struct {
	ExchangeID        json.RawMessage `json:"exchangeId"`
	VendorID          *string         `json:"vendorId"`
	ShipmentBoxID     json.RawMessage `json:"shipmentBoxId"`
	GoodsDeliveryCode *string         `json:"goodsDeliveryCode"`
	InvoiceNumber     *string         `json:"invoiceNumber"`
}

// jsonID reads an id written as a JSON integer or a string of digits.
func jsonID(raw json.RawMessage) (int64, bool) {
	s := strings.TrimSpace(string(raw))
	if unq, err := strconv.Unquote(s); err == nil {
		s = unq
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && n > 0
}

func exchangeInvoiceAnswer(result, message string) response {
	return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "SUCCESS",
		"data": map[string]any{"resultCode": result, "resultMessage": message}})
}

func (s *Server) exchangeInvoices(idText string, body []byte, now time.Time) response {
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil || id <= 0 {
		return errorResponse(http.StatusBadRequest, "exchangeId must be a number.")
	}
	var lines []exchangeInvoiceLine
	if err := json.Unmarshal(body, &lines); err != nil {
		return errorResponse(http.StatusBadRequest, "Request body must be a list of exchange invoices.")
	}
	if len(lines) == 0 {
		return errorResponse(http.StatusBadRequest, "At least one exchange invoice is required.")
	}
	type parcel struct {
		box             int64
		courier, number string
	}
	var parcels []parcel
	for _, l := range lines {
		ex, okEx := jsonID(l.ExchangeID)
		box, okBox := jsonID(l.ShipmentBoxID)
		switch {
		case l.VendorID == nil || *l.VendorID != s.cfg.VendorID:
			return errorResponse(http.StatusBadRequest, "vendorId in the body does not match.")
		case !okEx || ex != id:
			return errorResponse(http.StatusBadRequest, "exchangeId in the body does not match the path.")
		case !okBox:
			return errorResponse(http.StatusBadRequest, "shipmentBoxId is required.")
		case l.GoodsDeliveryCode == nil || *l.GoodsDeliveryCode == "":
			return errorResponse(http.StatusBadRequest, "goodsDeliveryCode is required.")
		case l.InvoiceNumber == nil || strings.TrimSpace(*l.InvoiceNumber) == "":
			return errorResponse(http.StatusBadRequest, "invoiceNumber is required.")
		}
		courier, number := *l.GoodsDeliveryCode, strings.TrimSpace(*l.InvoiceNumber)
		if _, known := courierNames[courier]; !known {
			return errorResponse(http.StatusBadRequest, "goodsDeliveryCode "+courier+" is not valid.")
		}
		if courier != "DIRECT" && !validInvoiceNumber(number) {
			return errorResponse(http.StatusBadRequest, "invoiceNumber "+number+" is not valid for "+courier+".")
		}
		for _, p := range parcels {
			if p.box == box {
				return errorResponse(http.StatusBadRequest, fmt.Sprintf("shipmentBoxId (%d) is given twice.", box))
			}
		}
		parcels = append(parcels, parcel{box, courier, number})
	}
	e, err := s.exchange(id)
	if err != nil {
		return errorResponse(http.StatusBadRequest, fmt.Sprintf("exchangeId (%d) is not found.", id))
	}
	switch {
	case !e.open():
		return exchangeInvoiceAnswer("FAIL", fmt.Sprintf("교환 상태(%s)에서는 교환 송장을 올릴 수 없습니다.", e.Status))
	case e.CollectStatus != "CompleteCollect":
		return exchangeInvoiceAnswer("FAIL", fmt.Sprintf("회수 상태(%s)에서는 교환 송장을 올릴 수 없습니다. 입고 확인 후에 올리세요.", e.CollectStatus))
	case !e.boxReady(now):
		return exchangeInvoiceAnswer("FAIL", "교환 배송번호가 아직 만들어지지 않았습니다. 입고 확인 후 최대 10분 뒤에 다시 시도하세요.")
	}
	// Each line is taken or refused on its own; the answer is one resultCode for the request
	// (the article's form), FAIL naming the lines refused when any is.
	var refused []string
	for _, p := range parcels {
		b := e.box(p.box)
		other, dup := s.invoices[p.courier+"/"+p.number]
		switch {
		case b == nil:
			refused = append(refused, fmt.Sprintf("shipmentBoxId (%d)는 이 교환의 재배송 배송번호가 아닙니다.", p.box))
		case b.Number != "":
			refused = append(refused, fmt.Sprintf("shipmentBoxId (%d)에는 이미 송장이 등록되어 있습니다.", p.box))
		case dup && p.courier != "DIRECT" && other != p.box:
			refused = append(refused, fmt.Sprintf("shipmentBoxId (%d): 이미 사용된 송장번호입니다.", p.box))
		default:
			s.invoices[p.courier+"/"+p.number] = p.box
			b.Courier, b.Number, b.At = p.courier, p.number, now
			e.ModifiedAt = now
		}
	}
	if e.invoiced() {
		e.DeliveryStatus = "CompleteDirection"
	}
	if len(refused) > 0 {
		return exchangeInvoiceAnswer("FAIL", strings.Join(refused, " "))
	}
	return exchangeInvoiceAnswer("SUCCESS", "Invoice number save successfully")
}

// ConfirmExchangeInWing is the seller confirming, in the seller centre, that the goods of an
// exchange came back (입고 확인 outside SellerDesk), long enough ago that the re-delivery's box is
// made. Returns that box.
func (s *Server) ConfirmExchangeInWing(id int64) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.exchange(id)
	if err != nil {
		return 0, err
	}
	if !e.open() || e.CollectStatus == "CompleteCollect" {
		return 0, fmt.Errorf("coupangsim: exchange %d is %s, %s", id, e.Status, e.CollectStatus)
	}
	now := s.cfg.Now()
	s.confirmExchange(e, now, now)
	return e.Boxes[0].ID, nil
}

// DeliverRedelivery moves the re-delivery of an exchange one step, as the couriers do:
// CompleteDirection (the invoice linked) → Delivering → CompleteDelivery, and the exchange then
// ends SUCCESS. It fails for an exchange whose re-delivery has no invoice or has arrived.
func (s *Server) DeliverRedelivery(id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.exchange(id)
	if err != nil {
		return err
	}
	return s.advanceRedelivery(e)
}

func (s *Server) advanceRedelivery(e *exchange) error {
	if !e.invoiced() || e.Status != "PROGRESS" {
		return fmt.Errorf("coupangsim: exchange %d has no re-delivery on its way", e.ID)
	}
	now := s.cfg.Now()
	switch e.DeliveryStatus {
	case "CompleteDirection":
		e.DeliveryStatus = "Delivering"
	case "Delivering":
		e.DeliveryStatus, e.Status = "CompleteDelivery", "SUCCESS"
	default:
		return fmt.Errorf("coupangsim: exchange %d re-delivery is %s", e.ID, e.DeliveryStatus)
	}
	e.ModifiedAt = now
	return nil
}

// advanceRedeliveries moves every re-delivery on its way one step (the couriers' day); it returns
// how many moved. The caller holds s.mu.
func (s *Server) advanceRedeliveries() int {
	n := 0
	for _, e := range s.exchanges {
		if e.invoiced() && e.Status == "PROGRESS" && s.advanceRedelivery(e) == nil {
			n++
		}
	}
	return n
}

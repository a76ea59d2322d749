package naversim

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// productOrder is the simulator's record of one product order.
type productOrder struct {
	orderID, id, packageNumber string
	orderDate, paymentDate     time.Time
	ordererName, ordererID     string
	ordererTel, paymentMeans   string

	status, placeOrderStatus string
	placeOrderDate           time.Time

	claimType, claimStatus, claimID string
	claimRequestDate                time.Time
	claimReason                     string
	// completed are the product order's ended claims (done, rejected or withdrawn), oldest first.
	completed []endedClaim

	product  product
	option   *option
	optText  string
	quantity int
	fee      int64

	ship           Address
	memo           string
	addressChanged bool

	// expected is productOrder.expectedDeliveryMethod ("": DELIVERY; NOTHING: 배송 없음, a
	// digital product registered without delivery).
	expected                          string
	deliveryMethod, courier, tracking string
	sendDate, deliveredDate           time.Time
	decisionDate                      time.Time

	// due is the dispatch deadline when a 발송지연 moved it (zero: the default, shippingDue); the delay's
	// reason code and detailed reason.
	due                      time.Time
	delayReason, delayDetail string
	// holdback is the claim's holdbackStatus ("", HOLDBACK, RELEASED) with its type and reason.
	holdback, holdbackType, holdbackDetail string
	holdbackFee                            int64
	// reDeliveryCompany and reDeliveryTracking: the parcel of an exchange's re-delivery (교환 재배송).
	reDeliveryCompany, reDeliveryTracking string
	// hope is the buyer's hope-delivery day (희망일배송), nil for other goods.
	hope *hope

	lastChangedType string
	lastChangedDate time.Time
}

// endedClaim is a claim that is over, as completedClaims[] lists it.
type endedClaim struct {
	kind, id, status, reason string
	requested, ended         time.Time
}

func (p *productOrder) unitPrice() int64 { return p.product.price }

// expectedMethod is the delivery method Naver expects for the product order.
func (p *productOrder) expectedMethod() string {
	if p.expected == "" {
		return methodDelivery
	}
	return p.expected
}

// Delivery methods (deliveryMethod.pay-order-seller) the simulator tells apart.
const (
	methodDelivery = "DELIVERY"
	methodNothing  = "NOTHING"
)

func (p *productOrder) optionPrice() int64 {
	if p.option == nil {
		return 0
	}
	return p.option.extra
}
func (p *productOrder) total() int64 {
	return (p.unitPrice()+p.optionPrice())*int64(p.quantity) + p.fee
}

func (p *productOrder) touch(now time.Time, changeType string) {
	p.lastChangedDate, p.lastChangedType = now, changeType
}

func (p *productOrder) openClaim() bool {
	switch p.claimStatus {
	case "CANCEL_REQUEST", "CANCELING", "RETURN_REQUEST", "EXCHANGE_REQUEST", "COLLECTING", "COLLECT_DONE", "EXCHANGE_REDELIVERING":
		return true
	}
	return false
}

// feedRow renders the changed-statuses row.
func (p *productOrder) feedRow() map[string]any {
	m := map[string]any{
		"orderId": p.orderID, "productOrderId": p.id, "lastChangedType": p.lastChangedType,
		"paymentDate": fmtTime(p.paymentDate), "lastChangedDate": fmtTime(p.lastChangedDate),
		"productOrderStatus": p.status, "receiverAddressChanged": p.addressChanged,
	}
	if p.claimType != "" {
		m["claimType"], m["claimStatus"] = p.claimType, p.claimStatus
	}
	return m
}

// detail renders one /query element with the documented shape.
func (p *productOrder) detail(form Realism) map[string]any {
	po := map[string]any{
		"productOrderId": p.id, "productOrderStatus": p.status, "placeOrderStatus": p.placeOrderStatus,
		"placeOrderDate": fmtTime(p.placeOrderDate),
		"productId":      p.product.id, "originalProductId": p.product.id, "productName": p.product.name,
		"sellerProductCode": p.product.code, "quantity": p.quantity, "initialQuantity": p.quantity,
		"remainQuantity": p.quantity, "unitPrice": p.unitPrice(), "optionPrice": p.optionPrice(),
		"totalProductAmount": (p.unitPrice() + p.optionPrice()) * int64(p.quantity),
		"totalPaymentAmount": p.total(), "initialPaymentAmount": p.total(), "remainPaymentAmount": p.total(),
		"productDiscountAmount": 0, "deliveryFeeAmount": p.fee, "deliveryPolicyType": "유료",
		"shippingFeeType": "선결제", "packageNumber": p.packageNumber, "mallId": "ncp_sim_mall",
		"shippingDueDate": fmtTime(p.dispatchDue()), "shippingMemo": p.memo,
		"expectedDeliveryMethod": p.expectedMethod(), "productClass": "단일상품",
		"taxType": "TAX", "inflowPath": "검색>네이버쇼핑", "decisionDate": fmtTime(p.decisionDate),
	}
	if p.expectedMethod() != methodNothing { // goods without delivery have no address to ship to
		po["shippingAddress"] = map[string]any{
			"name": p.ship.Name, "tel1": p.ship.Tel1, "tel2": p.ship.Tel2, "baseAddress": p.ship.BaseAddress,
			"detailedAddress": p.ship.DetailedAddress, "zipCode": p.ship.ZipCode, "addressType": "DOMESTIC",
			"isRoadNameAddress": true, "pickupLocationType": "FRONT_OF_DOOR",
		}
	}
	p.hopeFields(po)
	if p.option != nil {
		po["productOption"], po["optionCode"], po["itemNo"], po["optionManageCode"] = p.optText, p.option.code, p.option.code, p.option.manageCode
	}
	if p.delayReason != "" {
		po["delayedDispatchReason"], po["delayedDispatchDetailedReason"] = p.delayReason, p.delayDetail
	}
	if p.claimType != "" {
		po["claimType"], po["claimStatus"], po["claimId"] = p.claimType, p.claimStatus, p.claimID
	}
	d := map[string]any{
		"order": map[string]any{
			"orderId": p.orderID, "orderDate": fmtTime(p.orderDate), "ordererId": p.ordererID,
			"ordererName": p.ordererName, "ordererTel": p.ordererTel, "paymentDate": fmtTime(p.paymentDate),
			"paymentMeans": p.paymentMeans, "payLocationType": "MOBILE", "orderDiscountAmount": 0,
			"generalPaymentAmount": p.total(), "naverMileagePaymentAmount": 0,
			"isDeliveryMemoParticularInput": "false", "isMembershipSubscribed": false,
		},
		"productOrder": po,
	}
	if p.courier != "" || p.deliveryMethod != "" {
		dl := map[string]any{
			"deliveryMethod": p.deliveryMethod, "deliveryCompany": p.courier, "trackingNumber": p.tracking,
			"sendDate": fmtTime(p.sendDate), "deliveredDate": fmtTime(p.deliveredDate), "deliveryStatus": "DELIVERING",
			"isWrongTrackingNumber": false,
		}
		if !p.deliveredDate.IsZero() {
			dl["deliveryStatus"] = "DELIVERY_COMPLETION"
		}
		d["delivery"] = dl
	}
	if p.claimType != "" {
		c := map[string]any{"claimId": p.claimID, "claimStatus": p.claimStatus,
			"claimRequestDate": fmtTime(p.claimRequestDate), "requestChannel": "구매자"}
		key := map[string]string{"CANCEL": "cancel", "RETURN": "return", "EXCHANGE": "exchange"}[p.claimType]
		c[key+"Reason"] = p.claimReason
		c["requestQuantity"] = p.quantity
		if p.holdback != "" {
			c["holdbackStatus"], c["holdbackReason"], c["holdbackDetailedReason"] = p.holdback, p.holdbackType, p.holdbackDetail
		}
		if p.reDeliveryTracking != "" {
			c["reDeliveryMethod"], c["reDeliveryStatus"] = "DELIVERY", "DELIVERING"
			c["reDeliveryCompany"], c["reDeliveryTrackingNumber"] = p.reDeliveryCompany, p.reDeliveryTracking
		}
		d["currentClaim"] = map[string]any{key: c}
		d["beforeClaim"] = map[string]any{key: c}
	}
	if form.CompletedClaims && len(p.completed) > 0 {
		done := make([]map[string]any, len(p.completed))
		for i, c := range p.completed {
			done[i] = map[string]any{"claimType": c.kind, "claimId": c.id, "claimStatus": c.status,
				"claimRequestDate": fmtTime(c.requested), "requestChannel": "구매자",
				"claimRequestReason": "INTENT_CHANGED", "claimRequestDetailContent": c.reason,
				"claimCompleteOperationDate": fmtTime(c.ended)}
		}
		d["completedClaims"] = done
	}
	return d
}

func (s *Sim) badRequest(trace, code, msg string) answer {
	return s.errAnswer(http.StatusBadRequest, trace, code, msg)
}

func parseWireTime(v string) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, v)
}

// encodeSequence makes the opaque moreSequence for the row after which a page stopped.
func encodeSequence(at time.Time, id string) string {
	return base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, "%d:%s", at.UnixMilli(), id))
}

func decodeSequence(seq string) (int64, string, bool) {
	b, err := base64.RawURLEncoding.DecodeString(seq)
	if err != nil {
		return 0, "", false
	}
	ms, id, ok := strings.Cut(string(b), ":")
	n, err := strconv.ParseInt(ms, 10, 64)
	return n, id, ok && err == nil && id != ""
}

func (s *Sim) changedStatuses(r *http.Request, trace string) answer {
	q := r.URL.Query() // decodes a raw '+' to a space, as a real server does
	from, err := parseWireTime(q.Get("lastChangedFrom"))
	if err != nil {
		return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (lastChangedFrom)")
	}
	to := from.Add(24 * time.Hour)
	if v := q.Get("lastChangedTo"); v != "" {
		if to, err = parseWireTime(v); err != nil {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (lastChangedTo)")
		}
	}
	if to.Before(from) || to.Sub(from) > 24*time.Hour {
		return s.badRequest(trace, "104139", "조회 가능한 날짜 범위를 초과하였습니다.")
	}
	limit := 300
	if v := q.Get("limitCount"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (limitCount)")
		}
		limit = min(n, 300)
	}
	var afterID, fromID string
	if v := q.Get("moreSequence"); v != "" && s.cfg.Real.DocumentedMore {
		fromID = v // the first row not yet returned: rows at lastChangedFrom start at it
	} else if v != "" {
		ms, id, ok := decodeSequence(v)
		if !ok || ms != from.UnixMilli() {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (moreSequence)")
		}
		afterID = id
	}
	typ := q.Get("lastChangedType")
	var rows []*productOrder
	for _, p := range s.orders {
		d := p.lastChangedDate
		if d.Before(from) || d.After(to) || (typ != "" && p.lastChangedType != typ) {
			continue
		}
		if d.Equal(from) && ((afterID != "" && p.id <= afterID) || (fromID != "" && p.id < fromID)) {
			continue
		}
		rows = append(rows, p)
	}
	sort.Slice(rows, func(i, j int) bool {
		if !rows[i].lastChangedDate.Equal(rows[j].lastChangedDate) {
			return rows[i].lastChangedDate.Before(rows[j].lastChangedDate)
		}
		return rows[i].id < rows[j].id
	})
	if s.endless {
		// A runaway feed: fill the page, and one row more for more to name, with new product
		// orders changed at the last change time of the page (so the order of the rows holds).
		at := from
		if len(rows) > 0 {
			at = rows[len(rows)-1].lastChangedDate
		}
		for len(rows) <= limit {
			for _, id := range s.addOrdersLocked(1, at) {
				rows = append(rows, s.orders[id])
			}
		}
	}
	data := map[string]any{}
	if len(rows) > limit {
		if s.cfg.Real.DocumentedMore {
			next := rows[limit]
			data["more"] = map[string]any{"moreFrom": fmtTime(next.lastChangedDate), "moreSequence": next.id}
		} else {
			last := rows[limit-1]
			data["more"] = map[string]any{"moreFrom": fmtTime(last.lastChangedDate), "moreSequence": encodeSequence(last.lastChangedDate, last.id)}
		}
		rows = rows[:limit]
	}
	out := make([]map[string]any, len(rows))
	for i, p := range rows {
		out[i] = p.feedRow()
	}
	data["count"], data["lastChangeStatuses"] = len(out), out
	return s.readAnswer(trace, data, len(out) == 0)
}

func jsonBody(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "application/json"
}

func (s *Sim) query(r *http.Request, body []byte, trace string) answer {
	if !jsonBody(r) {
		return s.errAnswer(http.StatusUnsupportedMediaType, trace, "4000", "Content-Type은 application/json이어야 합니다.")
	}
	var req struct {
		IDs    []json.Number `json:"productOrderIds"`
		Compat *bool         `json:"quantityClaimCompatibility"`
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil {
		return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (productOrderIds)")
	}
	if len(req.IDs) == 0 || len(req.IDs) > 300 {
		return s.badRequest(trace, "4000", fmt.Sprintf("잘못된 요청 파라미터입니다. (productOrderIds: %d건, 1~300건)", len(req.IDs)))
	}
	data := []map[string]any{}
	for _, id := range req.IDs {
		if p, ok := s.orders[id.String()]; ok {
			data = append(data, p.detail(s.cfg.Real))
		}
	}
	return s.readAnswer(trace, data, len(data) == 0)
}

func (s *Sim) productOrderIDs(orderID, trace string) answer {
	ids, ok := s.byOrder[orderID]
	if !ok {
		return s.badRequest(trace, "100003", "주문이 존재하지 않습니다.")
	}
	return s.readAnswer(trace, ids, len(ids) == 0)
}

var rangeTypes = map[string]func(p *productOrder) time.Time{
	"PAYED_DATETIME":                      func(p *productOrder) time.Time { return p.paymentDate },
	"ORDERED_DATETIME":                    func(p *productOrder) time.Time { return p.orderDate },
	"DISPATCHED_DATETIME":                 func(p *productOrder) time.Time { return p.sendDate },
	"PURCHASE_DECIDED_DATETIME":           func(p *productOrder) time.Time { return p.decisionDate },
	"CLAIM_REQUESTED_DATETIME":            func(p *productOrder) time.Time { return p.claimRequestDate },
	"CLAIM_COMPLETED_DATETIME":            func(*productOrder) time.Time { return time.Time{} },
	"COLLECT_COMPLETED_DATETIME":          func(*productOrder) time.Time { return time.Time{} },
	"GIFT_RECEIVED_DATETIME":              func(*productOrder) time.Time { return time.Time{} },
	"HOPE_DELIVERY_INFO_CHANGED_DATETIME": (*productOrder).hopeChanged,
}

// listValues accepts both repeated keys and comma-joined values.
func listValues(vs []string) map[string]bool {
	out := map[string]bool{}
	for _, v := range vs {
		for _, x := range strings.Split(v, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out[x] = true
			}
		}
	}
	return out
}

func (s *Sim) listProductOrders(r *http.Request, trace string) answer {
	q := r.URL.Query()
	from, err := parseWireTime(q.Get("from"))
	if err != nil {
		return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (from)")
	}
	to := from.Add(24 * time.Hour)
	if v := q.Get("to"); v != "" {
		if to, err = parseWireTime(v); err != nil {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (to)")
		}
	}
	if to.Before(from) || to.Sub(from) > 24*time.Hour {
		return s.badRequest(trace, "104139", "조회 가능한 날짜 범위를 초과하였습니다.")
	}
	dateOf, ok := rangeTypes[q.Get("rangeType")]
	if !ok {
		return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (rangeType)")
	}
	page, size := 1, 300
	if v := q.Get("page"); v != "" {
		if page, err = strconv.Atoi(v); err != nil || page < 1 {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (page)")
		}
	}
	if v := q.Get("pageSize"); v != "" {
		if size, err = strconv.Atoi(v); err != nil || size < 1 || size > 300 {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (pageSize)")
		}
	}
	statuses, claims := listValues(q["productOrderStatuses"]), listValues(q["claimStatuses"])
	place := q.Get("placeOrderStatusType")
	var rows []*productOrder
	for _, p := range s.orders {
		d := dateOf(p)
		if d.IsZero() || d.Before(from) || d.After(to) ||
			(len(statuses) > 0 && !statuses[p.status]) || (len(claims) > 0 && !claims[p.claimStatus]) ||
			(place != "" && p.placeOrderStatus != place) {
			continue
		}
		rows = append(rows, p)
	}
	sort.Slice(rows, func(i, j int) bool {
		di, dj := dateOf(rows[i]), dateOf(rows[j])
		if !di.Equal(dj) {
			return di.Before(dj)
		}
		return rows[i].id < rows[j].id
	})
	start := min((page-1)*size, len(rows))
	end := min(start+size, len(rows))
	contents := make([]map[string]any, 0, end-start)
	for _, p := range rows[start:end] {
		contents = append(contents, map[string]any{"productOrderId": p.id, "content": p.detail(s.cfg.Real)})
	}
	return s.dataAnswer(trace, map[string]any{
		"contents":   contents,
		"pagination": map[string]any{"page": page, "size": size, "hasNext": end < len(rows)},
	})
}

type itemFailure struct {
	ProductOrderID string `json:"productOrderId"`
	Code           string `json:"code"`
	Message        string `json:"message"`
}

func (s *Sim) confirm(r *http.Request, body []byte, trace string) answer {
	if !jsonBody(r) {
		return s.errAnswer(http.StatusUnsupportedMediaType, trace, "4000", "Content-Type은 application/json이어야 합니다.")
	}
	var req struct {
		IDs []json.Number `json:"productOrderIds"`
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil || len(req.IDs) == 0 || len(req.IDs) > 30 {
		return s.badRequest(trace, "4000", fmt.Sprintf("잘못된 요청 파라미터입니다. (productOrderIds: %d건, 1~30건)", len(req.IDs)))
	}
	now := s.now()
	success, fail := []map[string]any{}, []itemFailure{}
	seen := map[string]bool{}
	for _, n := range req.IDs {
		id := n.String()
		p, ok := s.orders[id]
		switch {
		case seen[id]:
			fail = append(fail, itemFailure{id, "104131", "상품주문번호가 중복되었습니다."})
		case !ok:
			fail = append(fail, itemFailure{id, "100001", "상품 주문이 존재하지 않습니다."})
		case p.status == "PAYED" && p.placeOrderStatus == "OK":
			fail = append(fail, itemFailure{id, "105306", "변경 요청 상태가 기존 상태와 동일합니다."})
		case p.status != "PAYED" || p.openClaim():
			fail = append(fail, itemFailure{id, "9999", "주문상태 및 클레임상태를 확인하세요"})
		default:
			p.placeOrderStatus, p.placeOrderDate = "OK", now
			success = append(success, map[string]any{"productOrderId": id, "isReceiverAddressChanged": p.addressChanged})
		}
		seen[id] = true
	}
	return s.dataAnswer(trace, map[string]any{"successProductOrderInfos": success, "failProductOrderInfos": fail})
}

// courierCodes are the deliveryCompanyCode values the simulator accepts.
var courierCodes = map[string]bool{
	"CJGLS": true, "HYUNDAI": true, "HANJIN": true, "KGB": true, "EPOST": true, "KDEXP": true, "DAESIN": true,
	"ILYANG": true, "CHUNIL": true, "HDEXP": true, "CVSNET": true, "CUPARCEL": true, "REGISTPOST": true, "CH1": true,
}

func (s *Sim) dispatch(r *http.Request, body []byte, trace string) answer {
	if !jsonBody(r) {
		return s.errAnswer(http.StatusUnsupportedMediaType, trace, "4000", "Content-Type은 application/json이어야 합니다.")
	}
	var req struct {
		Items []struct {
			ProductOrderID json.Number `json:"productOrderId"`
			DeliveryMethod string      `json:"deliveryMethod"`
			Company        string      `json:"deliveryCompanyCode"`
			Tracking       string      `json:"trackingNumber"`
			DispatchDate   string      `json:"dispatchDate"`
		} `json:"dispatchProductOrders"`
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil || len(req.Items) == 0 || len(req.Items) > 30 {
		return s.badRequest(trace, "4000", fmt.Sprintf("잘못된 요청 파라미터입니다. (dispatchProductOrders: %d건, 1~30건)", len(req.Items)))
	}
	now := s.now()
	success, fail := []string{}, []itemFailure{}
	seen := map[string]bool{}
	for _, it := range req.Items {
		id := it.ProductOrderID.String()
		p, ok := s.orders[id]
		sent, dateErr := parseWireTime(it.DispatchDate)
		switch {
		case seen[id]:
			fail = append(fail, itemFailure{id, "104131", "상품주문번호가 중복되었습니다."})
		case !ok:
			fail = append(fail, itemFailure{id, "100001", "상품 주문이 존재하지 않습니다."})
		case it.DeliveryMethod == "":
			fail = append(fail, itemFailure{id, "4000", "배송 방법을 입력하세요."})
		case p.expectedMethod() == methodNothing && it.DeliveryMethod != methodNothing:
			// documented: 104116 배송 방법 변경 필요(배송 없음 주문)
			fail = append(fail, itemFailure{id, "104116", "배송 방법 변경 필요(배송 없음 주문)"})
		case p.expectedMethod() != methodNothing && it.DeliveryMethod == methodNothing:
			// documented: 104117 배송 방법 변경 필요
			fail = append(fail, itemFailure{id, "104117", "배송 방법 변경 필요"})
		case it.DeliveryMethod == methodNothing && (it.Company != "" || strings.TrimSpace(it.Tracking) != ""):
			fail = append(fail, itemFailure{id, "4000", "잘못된 요청 파라미터입니다. (배송 없음: deliveryCompanyCode, trackingNumber)"})
		case it.DeliveryMethod == "DELIVERY" && it.Company == "":
			fail = append(fail, itemFailure{id, "104118", "택배사를 입력하세요."})
		case it.DeliveryMethod == "DELIVERY" && !courierCodes[it.Company]:
			fail = append(fail, itemFailure{id, "104119", "택배사코드 확인"})
		case it.DeliveryMethod == "DELIVERY" && strings.TrimSpace(it.Tracking) == "":
			fail = append(fail, itemFailure{id, "104120", "송장 번호를 입력하세요."})
		case dateErr != nil:
			fail = append(fail, itemFailure{id, "4000", "잘못된 요청 파라미터입니다. (dispatchDate)"})
		case p.status != "PAYED" || p.openClaim():
			fail = append(fail, itemFailure{id, "9999", "주문상태 및 클레임상태를 확인하세요"})
		default:
			if p.placeOrderStatus != "OK" {
				p.placeOrderStatus, p.placeOrderDate = "OK", now
			}
			p.status, p.deliveryMethod, p.courier, p.tracking, p.sendDate = "DELIVERING", it.DeliveryMethod, it.Company, it.Tracking, sent
			p.touch(now, "DISPATCHED")
			success = append(success, id)
		}
		seen[id] = true
	}
	return s.dataAnswer(trace, map[string]any{"successProductOrderIds": success, "failProductOrderInfos": fail})
}

// shippingDue is a product order's 발송 기한 as Naver states it: the end (23:59:59 KST) of the third
// business day after payment (weekends skipped; public holidays are not modelled).
func shippingDue(paid time.Time) time.Time {
	if paid.IsZero() {
		return time.Time{}
	}
	d := paid.In(order.KST())
	for n := 0; n < 3; {
		d = d.AddDate(0, 0, 1)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	y, m, day := d.Date()
	return time.Date(y, m, day, 23, 59, 59, 0, order.KST())
}

package naver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

const (
	pathToken           = "/v1/oauth2/token"
	pathChangedStatuses = "/v1/pay-order/seller/product-orders/last-changed-statuses"
	pathQuery           = "/v1/pay-order/seller/product-orders/query"
	pathProductOrders   = "/v1/pay-order/seller/product-orders"
	pathConfirm         = "/v1/pay-order/seller/product-orders/confirm"
	pathDispatch        = "/v1/pay-order/seller/product-orders/dispatch"
	// pathOrderPrefix + orderId + pathProductOrderIDs is the product-order-ids path.
	pathOrderPrefix     = "/v1/pay-order/seller/orders/"
	pathProductOrderIDs = "/product-order-ids"

	// MaxWindow is the longest date window SellerDesk asks for in one call (only 24 h is documented).
	MaxWindow = 24 * time.Hour
	// MaxChangedPage is the feed's largest page (limitCount).
	MaxChangedPage = 300
	// MaxQueryIDs is the most product order ids /query takes at once.
	MaxQueryIDs = 300
	// MaxWriteIDs is the most product orders confirm and dispatch take at once.
	MaxWriteIDs = 30
	// MaxListPageSize is the conditional list's largest page.
	MaxListPageSize = 300
)

// ChangedStatusesQuery asks for one page of the changed-statuses feed.
type ChangedStatusesQuery struct {
	// From is inclusive. To is inclusive; zero means From + 24 h. To − From may not exceed 24 h.
	From, To time.Time
	// LastChangedType filters by change kind (e.g. "DELIVERY_ADDRESS_CHANGED"); empty = all.
	LastChangedType string
	// MoreSequence continues a truncated answer (with From = the previous More.MoreFrom).
	MoreSequence string
	// Limit is the page size, 1..300 (0 = 300).
	Limit int
}

// ChangedStatusesPage fetches one page of GET last-changed-statuses.
func (c *Client) ChangedStatusesPage(ctx context.Context, q ChangedStatusesQuery) (ChangedStatusesPage, error) {
	const op = "changed statuses"
	if q.From.IsZero() {
		return ChangedStatusesPage{}, &RequestError{Op: op, Reason: "from is required"}
	}
	if !q.To.IsZero() && (q.To.Before(q.From) || q.To.Sub(q.From) > MaxWindow) {
		return ChangedStatusesPage{}, &RequestError{Op: op, Reason: fmt.Sprintf("window %s..%s is not within 24 h", FormatTime(q.From), FormatTime(q.To))}
	}
	if q.Limit < 0 || q.Limit > MaxChangedPage {
		return ChangedStatusesPage{}, &RequestError{Op: op, Reason: fmt.Sprintf("limit %d outside 1..%d", q.Limit, MaxChangedPage)}
	}
	v := url.Values{"lastChangedFrom": {FormatTime(q.From)}}
	if !q.To.IsZero() {
		v.Set("lastChangedTo", FormatTime(q.To))
	}
	if q.LastChangedType != "" {
		v.Set("lastChangedType", q.LastChangedType)
	}
	if q.MoreSequence != "" {
		v.Set("moreSequence", q.MoreSequence)
	}
	limit := q.Limit
	if limit == 0 {
		limit = MaxChangedPage
	}
	v.Set("limitCount", strconv.Itoa(limit))
	var page ChangedStatusesPage
	trace, err := c.do(ctx, request{op: op, api: "last-changed-statuses", method: http.MethodGet, path: pathChangedStatuses, query: v}, &page)
	page.TraceID, page.WindowTo = trace, q.To
	if q.To.IsZero() {
		page.WindowTo = q.From.Add(MaxWindow)
	}
	return page, err
}

// ChangedStatuses walks the feed over [from, to], in windows of at most 24 h and pages of limit
// rows (0 = 300), continuing each truncated page with more.moreFrom + more.moreSequence (the first
// row not yet returned) and the same lastChangedTo. visit is called once per page, in order, an
// empty window's page included; the caller may commit its cursor there (to WindowTo on a
// window's last page).
func (c *Client) ChangedStatuses(ctx context.Context, from, to time.Time, limit int, visit func(ChangedStatusesPage) error) error {
	if to.Before(from) {
		return &RequestError{Op: "changed statuses", Reason: "to is before from"}
	}
	for wFrom := from; !wFrom.After(to); {
		wTo := wFrom.Add(MaxWindow)
		if wTo.After(to) {
			wTo = to
		}
		q := ChangedStatusesQuery{From: wFrom, To: wTo, Limit: limit}
		seen := map[string]bool{}
		for {
			page, err := c.ChangedStatusesPage(ctx, q)
			if err != nil {
				return err
			}
			if err := visit(page); err != nil {
				return err
			}
			if page.More == nil || page.More.MoreFrom.IsZero() {
				break
			}
			key := FormatTime(page.More.MoreFrom.Time) + "|" + page.More.MoreSequence
			if seen[key] {
				return &DecodeError{Op: "changed statuses", TraceID: page.TraceID, Err: fmt.Errorf("cursor %s repeats", key)}
			}
			seen[key] = true
			q.From, q.MoreSequence = page.More.MoreFrom.Time, page.More.MoreSequence
		}
		wFrom = wTo.Add(time.Millisecond)
	}
	return nil
}

// QueryResult is the answer of QueryProductOrders.
type QueryResult struct {
	Orders []ProductOrderDetail
	// Missing lists requested ids Naver did not return (unknown, or not this seller's).
	Missing []string
	// Undecodable lists product orders Naver returned in a shape this client cannot read; one odd
	// element does not sink the other 299.
	Undecodable []UndecodableOrder
}

// UndecodableOrder is one product order whose JSON could not be decoded, kept raw.
type UndecodableOrder struct {
	ProductOrderID string
	Raw            json.RawMessage
	Err            error
}

// decodeDetails decodes each element on its own.
func decodeDetails(elems []json.RawMessage) ([]ProductOrderDetail, []UndecodableOrder) {
	var (
		out []ProductOrderDetail
		bad []UndecodableOrder
	)
	for _, raw := range elems {
		d, u := decodeDetail(raw, "")
		if u != nil {
			bad = append(bad, *u)
			continue
		}
		out = append(out, d)
	}
	return out, bad
}

// decodeDetail decodes one product order; fallbackID fills an empty productOrderId (the list
// API carries the id beside the content).
func decodeDetail(raw json.RawMessage, fallbackID ID) (ProductOrderDetail, *UndecodableOrder) {
	var d ProductOrderDetail
	err := json.Unmarshal(raw, &d)
	if err == nil && d.ProductOrder.ProductOrderID == "" {
		d.ProductOrder.ProductOrderID = fallbackID
	}
	if err == nil && d.ID() == "" {
		err = errors.New("no productOrderId")
	}
	if err == nil {
		return d, nil
	}
	u := &UndecodableOrder{ProductOrderID: string(fallbackID), Raw: raw, Err: fmt.Errorf("naver: decode product order: %w", err)}
	var idOnly struct {
		ProductOrder struct {
			ProductOrderID json.RawMessage `json:"productOrderId"`
		} `json:"productOrder"`
	}
	if json.Unmarshal(raw, &idOnly) == nil {
		var id ID
		if id.UnmarshalJSON(idOnly.ProductOrder.ProductOrderID) == nil && id != "" {
			u.ProductOrderID = string(id)
		}
	}
	return ProductOrderDetail{}, u
}

// QueryProductOrders fetches the details of product orders, 300 ids per call. Ids Naver leaves
// out of its answer are listed in Missing, never dropped silently.
func (c *Client) QueryProductOrders(ctx context.Context, ids []string) (QueryResult, error) {
	ids = uniqueIDs(ids)
	var res QueryResult
	for start := 0; start < len(ids); start += MaxQueryIDs {
		chunk := ids[start:min(start+MaxQueryIDs, len(ids))]
		var data []json.RawMessage
		body := map[string]any{"productOrderIds": chunk}
		if _, err := c.do(ctx, request{op: "query product orders", api: "query", method: http.MethodPost, path: pathQuery, body: body}, &data); err != nil {
			return res, err
		}
		orders, bad := decodeDetails(data)
		got := make(map[string]bool, len(orders)+len(bad))
		for _, d := range orders {
			got[d.ID()] = true
		}
		for _, u := range bad {
			got[u.ProductOrderID] = true
		}
		res.Orders = append(res.Orders, orders...)
		res.Undecodable = append(res.Undecodable, bad...)
		for _, id := range chunk {
			if !got[id] {
				res.Missing = append(res.Missing, id)
			}
		}
	}
	return res, nil
}

// ProductOrderIDs lists the product orders of one order (GET orders/{orderId}/product-order-ids).
func (c *Client) ProductOrderIDs(ctx context.Context, orderID string) ([]string, error) {
	if orderID == "" || strings.ContainsAny(orderID, "/?#") {
		return nil, &RequestError{Op: "product order ids", Reason: fmt.Sprintf("invalid order id %q", orderID)}
	}
	var data []ID
	path := pathOrderPrefix + url.PathEscape(orderID) + pathProductOrderIDs
	if _, err := c.do(ctx, request{op: "product order ids", api: "product-order-ids", method: http.MethodGet, path: path}, &data); err != nil {
		return nil, err
	}
	out := make([]string, len(data))
	for i, id := range data {
		out[i] = string(id)
	}
	return out, nil
}

// ListQuery asks the conditional list (GET product-orders), for back-fill.
type ListQuery struct {
	// From is inclusive; To is inclusive (zero = From + 24 h). Longer ranges are split by ListProductOrders.
	From, To time.Time
	// RangeType says which date From/To filter: PAYED_DATETIME, ORDERED_DATETIME, DISPATCHED_DATETIME, …
	RangeType            string
	ProductOrderStatuses []string
	ClaimStatuses        []string
	PlaceOrderStatusType string
	// PageSize is 1..300 (0 = 300).
	PageSize int
}

// ListProductOrdersPage fetches one page (page ≥ 1) of the conditional list; To − From ≤ 24 h.
func (c *Client) ListProductOrdersPage(ctx context.Context, q ListQuery, page int) (ProductOrdersPage, error) {
	const op = "list product orders"
	switch {
	case q.From.IsZero() || q.RangeType == "":
		return ProductOrdersPage{}, &RequestError{Op: op, Reason: "from and rangeType are required"}
	case !q.To.IsZero() && (q.To.Before(q.From) || q.To.Sub(q.From) > MaxWindow):
		return ProductOrdersPage{}, &RequestError{Op: op, Reason: "window is not within 24 h"}
	case q.PageSize < 0 || q.PageSize > MaxListPageSize:
		return ProductOrdersPage{}, &RequestError{Op: op, Reason: fmt.Sprintf("page size %d outside 1..%d", q.PageSize, MaxListPageSize)}
	case page < 1:
		return ProductOrdersPage{}, &RequestError{Op: op, Reason: "page starts at 1"}
	}
	size := q.PageSize
	if size == 0 {
		size = MaxListPageSize
	}
	v := url.Values{
		"from":      {FormatTime(q.From)},
		"rangeType": {q.RangeType},
		"page":      {strconv.Itoa(page)},
		"pageSize":  {strconv.Itoa(size)},
	}
	if !q.To.IsZero() {
		v.Set("to", FormatTime(q.To))
	}
	for _, s := range q.ProductOrderStatuses {
		v.Add("productOrderStatuses", s)
	}
	for _, s := range q.ClaimStatuses {
		v.Add("claimStatuses", s)
	}
	if q.PlaceOrderStatusType != "" {
		v.Set("placeOrderStatusType", q.PlaceOrderStatusType)
	}
	var data struct {
		Contents []struct {
			ProductOrderID ID              `json:"productOrderId"`
			Content        json.RawMessage `json:"content"`
		} `json:"contents"`
		Pagination struct {
			Page    int  `json:"page"`
			Size    int  `json:"size"`
			HasNext bool `json:"hasNext"`
		} `json:"pagination"`
	}
	trace, err := c.do(ctx, request{op: op, api: "product-orders", method: http.MethodGet, path: pathProductOrders, query: v}, &data)
	if err != nil {
		return ProductOrdersPage{}, err
	}
	out := ProductOrdersPage{Page: data.Pagination.Page, Size: data.Pagination.Size, HasNext: data.Pagination.HasNext, TraceID: trace}
	for _, ct := range data.Contents {
		d, u := decodeDetail(ct.Content, ct.ProductOrderID)
		if u != nil {
			out.Undecodable = append(out.Undecodable, *u)
			continue
		}
		out.Orders = append(out.Orders, d)
	}
	return out, nil
}

// ListProductOrders walks the conditional list over [q.From, q.To] in ≤ 24 h windows, page by
// page while hasNext, calling visit per page.
func (c *Client) ListProductOrders(ctx context.Context, q ListQuery, visit func(ProductOrdersPage) error) error {
	if q.To.IsZero() {
		q.To = q.From.Add(MaxWindow)
	}
	if q.To.Before(q.From) {
		return &RequestError{Op: "list product orders", Reason: "to is before from"}
	}
	end := q.To
	for wFrom := q.From; !wFrom.After(end); {
		w := q
		w.From, w.To = wFrom, wFrom.Add(MaxWindow)
		if w.To.After(end) {
			w.To = end
		}
		for page := 1; ; page++ {
			p, err := c.ListProductOrdersPage(ctx, w, page)
			if err != nil {
				return err
			}
			if err := visit(p); err != nil {
				return err
			}
			if !p.HasNext {
				break
			}
		}
		wFrom = w.To.Add(time.Millisecond)
	}
	return nil
}

// ConfirmResult is the outcome of Confirm per product order.
type ConfirmResult struct {
	Succeeded []ConfirmSuccess
	Failed    []ItemFailure
	// NotSent lists ids never sent because an earlier chunk stopped the run.
	NotSent []string
}

// Confirm marks product orders as acknowledged (발주확인), 30 per call. Items Naver refuses come
// back in Failed even though the call answered 200. After a timeout, a 5xx or a cut-off answer the
// error is *OutcomeUnknownError for that chunk (never retried) and later chunks are NotSent.
func (c *Client) Confirm(ctx context.Context, ids []string) (ConfirmResult, error) {
	ids = uniqueIDs(ids)
	var res ConfirmResult
	for start := 0; start < len(ids); start += MaxWriteIDs {
		chunk := ids[start:min(start+MaxWriteIDs, len(ids))]
		var data struct {
			Success []ConfirmSuccess `json:"successProductOrderInfos"`
			Fail    []ItemFailure    `json:"failProductOrderInfos"`
		}
		trace, err := c.do(ctx, request{op: "confirm", api: "confirm", method: http.MethodPost, path: pathConfirm,
			body: map[string]any{"productOrderIds": chunk}, write: true, ids: chunk}, &data)
		if err != nil {
			res.NotSent = append(res.NotSent, ids[start+len(chunk):]...)
			if !IsOutcomeUnknown(err) {
				res.NotSent = append(slices.Clone(chunk), res.NotSent...)
			}
			return res, err
		}
		res.Succeeded = append(res.Succeeded, data.Success...)
		res.Failed = append(res.Failed, data.Fail...)
		answered := map[string]bool{}
		for _, s := range data.Success {
			answered[string(s.ProductOrderID)] = true
		}
		for _, f := range data.Fail {
			answered[string(f.ProductOrderID)] = true
		}
		if missing := notIn(chunk, answered); len(missing) > 0 {
			res.NotSent = append(res.NotSent, ids[start+len(chunk):]...)
			return res, &OutcomeUnknownError{Op: "confirm", ProductOrderIDs: missing, TraceID: trace,
				Err: fmt.Errorf("answer does not mention %d product orders", len(missing))}
		}
	}
	return res, nil
}

// DispatchResult is the outcome of Dispatch per product order.
type DispatchResult struct {
	Succeeded []string
	Failed    []ItemFailure
	NotSent   []string
}

// Dispatch marks product orders as sent (발송처리), 30 per call, with the same per-item and
// outcome-unknown rules as Confirm.
func (c *Client) Dispatch(ctx context.Context, items []DispatchItem) (DispatchResult, error) {
	var res DispatchResult
	type wireItem struct {
		ProductOrderID      string `json:"productOrderId"`
		DeliveryMethod      string `json:"deliveryMethod"`
		DeliveryCompanyCode string `json:"deliveryCompanyCode,omitempty"`
		TrackingNumber      string `json:"trackingNumber,omitempty"`
		DispatchDate        string `json:"dispatchDate"`
	}
	allIDs := make([]string, len(items))
	for i, it := range items {
		allIDs[i] = it.ProductOrderID
	}
	for _, id := range allIDs {
		if strings.TrimSpace(id) == "" || id != strings.TrimSpace(id) {
			return res, &RequestError{Op: "dispatch", Reason: fmt.Sprintf("invalid product order id %q", id)}
		}
	}
	if len(uniqueIDs(allIDs)) != len(allIDs) {
		return res, &RequestError{Op: "dispatch", Reason: "a product order appears twice"}
	}
	for start := 0; start < len(items); start += MaxWriteIDs {
		chunk := items[start:min(start+MaxWriteIDs, len(items))]
		ids := allIDs[start : start+len(chunk)]
		wire := make([]wireItem, len(chunk))
		for i, it := range chunk {
			method := it.DeliveryMethod
			if method == "" {
				method = "DELIVERY"
			}
			at := it.DispatchedAt
			if at.IsZero() {
				at = c.clock()
			}
			wire[i] = wireItem{ProductOrderID: it.ProductOrderID, DeliveryMethod: method,
				DeliveryCompanyCode: it.CourierCode, TrackingNumber: strings.TrimSpace(it.TrackingNumber), DispatchDate: FormatTime(at)}
		}
		var data struct {
			Success []ID          `json:"successProductOrderIds"`
			Fail    []ItemFailure `json:"failProductOrderInfos"`
		}
		trace, err := c.do(ctx, request{op: "dispatch", api: "dispatch", method: http.MethodPost, path: pathDispatch,
			body: map[string]any{"dispatchProductOrders": wire}, write: true, ids: ids}, &data)
		if err != nil {
			res.NotSent = append(res.NotSent, allIDs[start+len(chunk):]...)
			if !IsOutcomeUnknown(err) {
				res.NotSent = append(slices.Clone(ids), res.NotSent...)
			}
			return res, err
		}
		answered := map[string]bool{}
		for _, s := range data.Success {
			res.Succeeded = append(res.Succeeded, string(s))
			answered[string(s)] = true
		}
		for _, f := range data.Fail {
			answered[string(f.ProductOrderID)] = true
		}
		res.Failed = append(res.Failed, data.Fail...)
		if missing := notIn(ids, answered); len(missing) > 0 {
			res.NotSent = append(res.NotSent, allIDs[start+len(chunk):]...)
			return res, &OutcomeUnknownError{Op: "dispatch", ProductOrderIDs: missing, TraceID: trace,
				Err: fmt.Errorf("answer does not mention %d product orders", len(missing))}
		}
	}
	return res, nil
}

func uniqueIDs(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, id)
	}
	return out
}

func notIn(ids []string, set map[string]bool) []string {
	var out []string
	for _, id := range ids {
		if !set[id] {
			out = append(out, id)
		}
	}
	return out
}

package coupang

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sellerdesk/backend/order"
	"strconv"
	"time"
)

// Order-sheet statuses (the status query parameter and field).
const (
	StatusAccept        = "ACCEPT"         // 결제완료
	StatusInstruct      = "INSTRUCT"       // 상품준비중
	StatusDeparture     = "DEPARTURE"      // 배송지시
	StatusDelivering    = "DELIVERING"     // 배송중
	StatusFinalDelivery = "FINAL_DELIVERY" // 배송완료
	StatusNoneTracking  = "NONE_TRACKING"  // 업체 직접 배송(추적불가)
)

// OrderSheetStatuses lists every status a day/minute list can be asked for, in flow order.
func OrderSheetStatuses() []string {
	return []string{StatusAccept, StatusInstruct, StatusDeparture, StatusDelivering, StatusFinalDelivery, StatusNoneTracking}
}

func validOrderSheetStatus(s string) bool {
	for _, k := range OrderSheetStatuses() {
		if s == k {
			return true
		}
	}
	return false
}

// Limits the API documents; the client enforces them before calling.
const (
	MaxDayRange    = 31 * 24 * time.Hour
	MaxMinuteRange = 24 * time.Hour
	MaxPerPage     = 50
	MaxAckBoxes    = 50
	// MaxItemsPerDay bounds what one paged list (every page of it) may hold per day of its date
	// window: a list that goes on beyond it is a runaway, not a seller's orders (the paged lists
	// answer at most 50 a page).
	MaxItemsPerDay  = 2_000
	dayLayout       = "2006-01-02"
	minuteLayout    = "2006-01-02T15:04"
	returnCancel    = "CANCEL"
	searchTimeFrame = "timeFrame"
)

// DayQuery lists order sheets by day (createdAtFrom/To as KST dates, at most 31 days apart).
type DayQuery struct {
	From, To   time.Time // only the KST date is used
	Status     string    // one status per call
	MaxPerPage int       // 1..50, 0 means 50
}

// MinuteQuery lists order sheets by minute (searchType=timeFrame, at most 24 h, KST).
type MinuteQuery struct {
	From, To time.Time // truncated to the minute in KST
	Status   string
}

func kstDate(t time.Time) time.Time {
	y, m, d := t.In(order.KST()).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, order.KST())
}

// values builds the query; suffix ("" or "+09:00") follows every date (see Client.dateSuffix).
func (q DayQuery) values(suffix string) (url.Values, error) {
	if !validOrderSheetStatus(q.Status) {
		return nil, invalid("status", "one of %v required, got %q", OrderSheetStatuses(), q.Status)
	}
	v, err := dayRange(q.From, q.To, suffix)
	if err != nil {
		return nil, err
	}
	per := q.MaxPerPage
	if per == 0 {
		per = MaxPerPage
	}
	if per < 1 || per > MaxPerPage {
		return nil, invalid("maxPerPage", "must be 1..%d, got %d", MaxPerPage, per)
	}
	v.Set("status", q.Status)
	v.Set("maxPerPage", strconv.Itoa(per))
	return v, nil
}

func dayRange(from, to time.Time, suffix string) (url.Values, error) {
	if from.IsZero() || to.IsZero() {
		return nil, invalid("createdAtFrom/createdAtTo", "both dates are required")
	}
	f, t := kstDate(from), kstDate(to)
	if t.Before(f) {
		return nil, invalid("createdAtTo", "is before createdAtFrom")
	}
	if t.Sub(f) > MaxDayRange {
		return nil, invalid("createdAtTo", "range %s..%s is longer than 31 days", f.Format(dayLayout), t.Format(dayLayout))
	}
	v := url.Values{}
	v.Set("createdAtFrom", f.Format(dayLayout)+suffix)
	v.Set("createdAtTo", t.Format(dayLayout)+suffix)
	return v, nil
}

func minuteRange(from, to time.Time, suffix string) (url.Values, error) {
	if from.IsZero() || to.IsZero() {
		return nil, invalid("createdAtFrom/createdAtTo", "both times are required")
	}
	f, t := from.In(order.KST()).Truncate(time.Minute), to.In(order.KST()).Truncate(time.Minute)
	if t.Before(f) {
		return nil, invalid("createdAtTo", "is before createdAtFrom")
	}
	if t.Sub(f) > MaxMinuteRange {
		return nil, invalid("createdAtTo", "minute range %s..%s is longer than 24 hours", f.Format(minuteLayout), t.Format(minuteLayout))
	}
	v := url.Values{}
	v.Set("createdAtFrom", f.Format(minuteLayout)+suffix)
	v.Set("createdAtTo", t.Format(minuteLayout)+suffix)
	v.Set("searchType", searchTimeFrame)
	return v, nil
}

func (q MinuteQuery) values(suffix string) (url.Values, error) {
	if !validOrderSheetStatus(q.Status) {
		return nil, invalid("status", "one of %v required, got %q", OrderSheetStatuses(), q.Status)
	}
	v, err := minuteRange(q.From, q.To, suffix)
	if err != nil {
		return nil, err
	}
	v.Set("status", q.Status)
	return v, nil
}

// OrderSheetPage fetches one page of the day list; token "" asks for the first page.
func (c *Client) OrderSheetPage(ctx context.Context, q DayQuery, token string) (OrderSheetPage, error) {
	v, err := q.values(c.dateSuffix())
	if err != nil {
		return OrderSheetPage{}, err
	}
	if token != "" {
		v.Set("nextToken", token)
	}
	return c.orderSheetPage(ctx, "list order sheets by day", v)
}

func (c *Client) orderSheetPage(ctx context.Context, op string, v url.Values) (OrderSheetPage, error) {
	return getChecked(ctx, c, request{op: op, method: http.MethodGet, path: c.path(EndpointOrderSheets, "/ordersheets"), query: v, extended: true},
		DecodeOrderSheetPage, func(p OrderSheetPage) (Code, string) { return p.Code, p.Message })
}

// getChecked sends a read and decodes its answer with decode, turning a non-OK code in the
// answer's envelope into an error.
func getChecked[T any](ctx context.Context, c *Client, req request, decode func([]byte) (T, error), code func(T) (Code, string)) (T, error) {
	var out T
	err := c.call(ctx, req, func(body []byte) error {
		p, err := decode(body)
		if err != nil {
			return err
		}
		if cd, msg := code(p); !cd.OK() {
			return checkCode(req.op, cd, msg)
		}
		out = p
		return nil
	})
	return out, err
}

// OrderSheetsByDay fetches every page of the day list (following nextToken until it is empty).
// A box repeated across pages is returned once. On an error the sheets of the pages already read
// are returned with it.
func (c *Client) OrderSheetsByDay(ctx context.Context, q DayQuery) ([]OrderSheet, error) {
	v, err := q.values(c.dateSuffix())
	if err != nil {
		return nil, err
	}
	return c.allPages(ctx, "list order sheets by day", v, pageCap(q.From, q.To))
}

// OrderSheetsByMinute fetches the minute list (searchType=timeFrame). The API does not page it,
// but a nextToken in the answer is followed all the same.
func (c *Client) OrderSheetsByMinute(ctx context.Context, q MinuteQuery) ([]OrderSheet, error) {
	v, err := q.values(c.dateSuffix())
	if err != nil {
		return nil, err
	}
	return c.allPages(ctx, "list order sheets by minute", v, pageCap(q.From, q.To))
}

// pageCap is how many pages of 50 a list over [from, to] may take: MaxItemsPerDay a day.
func pageCap(from, to time.Time) int {
	days := int((to.Sub(from) + 24*time.Hour - 1) / (24 * time.Hour))
	return (max(days, 1)*MaxItemsPerDay + MaxPerPage - 1) / MaxPerPage
}

func (c *Client) allPages(ctx context.Context, op string, v url.Values, maxPages int) ([]OrderSheet, error) {
	return followPages(op, v, maxPages,
		func(q url.Values) ([]OrderSheet, string, error) {
			page, err := c.orderSheetPage(ctx, op, q)
			if err == nil && len(page.Unreadable) > 0 {
				// Callers of the whole list get every sheet or an error (the sync reads page by page).
				err = page.Unreadable[0].Err
			}
			return page.Sheets, page.NextToken, err
		},
		func(s OrderSheet) Int64 { return s.ShipmentBoxID })
}

// followPages fetches page after page by nextToken until it comes back empty, keeping one copy of
// each item (a later page has the fresher copy). A repeated token is a malformed answer, not a
// reason to loop.
func followPages[T any](op string, v url.Values, maxPages int, fetch func(url.Values) ([]T, string, error), id func(T) Int64) ([]T, error) {
	var out []T
	seen := map[Int64]int{}
	tokens := map[string]bool{}
	token := ""
	for range maxPages {
		q := cloneValues(v)
		if token != "" {
			q.Set("nextToken", token)
		}
		items, next, err := fetch(q)
		if err != nil {
			return out, err
		}
		for _, it := range items {
			if i, ok := seen[id(it)]; ok {
				out[i] = it
				continue
			}
			seen[id(it)] = len(out)
			out = append(out, it)
		}
		if next == "" {
			return out, nil
		}
		if tokens[next] {
			return out, fmt.Errorf("coupang: %s: %w: nextToken %q repeated", op, ErrMalformedResponse, next)
		}
		tokens[next] = true
		token = next
	}
	return out, fmt.Errorf("coupang: %s: %w: more than %d pages, more than the window can hold", op, ErrMalformedResponse, maxPages)
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v)+1)
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// OrderSheet fetches one box by shipmentBoxId (always fresh; use it to re-check the receiver
// after 상품준비중 and to read a box back after an outcome-unknown write).
func (c *Client) OrderSheet(ctx context.Context, shipmentBoxID int64) (OrderSheet, error) {
	if shipmentBoxID <= 0 {
		return OrderSheet{}, invalid("shipmentBoxId", "must be positive")
	}
	op := "get order sheet " + strconv.FormatInt(shipmentBoxID, 10)
	var out OrderSheet
	err := c.call(ctx, request{op: op, method: http.MethodGet, path: c.path(EndpointOrderSheet, "/ordersheets/"+strconv.FormatInt(shipmentBoxID, 10))},
		func(body []byte) error {
			env, err := decodeEnvelope(body)
			if err != nil {
				return err
			}
			if err := checkCode(op, env.Code, env.Message); err != nil {
				return err
			}
			sheets, err := DecodeOrderSheets(env.Data)
			if err != nil {
				return err
			}
			for _, s := range sheets {
				if int64(s.ShipmentBoxID) == shipmentBoxID {
					out = s
					return nil
				}
			}
			return &APIError{Op: op, HTTPStatus: http.StatusOK, Code: string(env.Code), Message: "box not in answer"}
		})
	return out, err
}

// OrderSheetsByOrderID fetches the boxes of one order; data may be an object or an array.
func (c *Client) OrderSheetsByOrderID(ctx context.Context, orderID int64) ([]OrderSheet, error) {
	if orderID <= 0 {
		return nil, invalid("orderId", "must be positive")
	}
	op := "get order " + strconv.FormatInt(orderID, 10)
	p, err := getChecked(ctx, c, request{op: op, method: http.MethodGet, path: c.path(EndpointOrderSheetsByOrder, "/"+strconv.FormatInt(orderID, 10)+"/ordersheets")},
		DecodeOrderSheetPage, func(p OrderSheetPage) (Code, string) { return p.Code, p.Message })
	if err == nil && len(p.Unreadable) > 0 {
		err = p.Unreadable[0].Err
	}
	return p.Sheets, err
}

// Return-request statuses (query parameter).
const (
	ReturnStopRequested   = "RU" // 출고중지요청
	ReturnReceived        = "UC" // 반품접수
	ReturnCompleted       = "CC" // 반품완료
	ReturnCoupangCheckReq = "PR" // 쿠팡확인요청
)

// ReturnQuery lists return/cancel receipts. For cancels made at 결제완료 set CancelType "CANCEL"
// and leave Status and OrderID empty; otherwise give Status (RU/UC/CC/PR) or OrderID.
type ReturnQuery struct {
	From, To   time.Time
	ByMinute   bool // searchType=timeFrame, at most 24 h, not paged
	Status     string
	CancelType string // "" (returns) or "CANCEL"
	OrderID    int64
	MaxPerPage int // day mode only; 0 means 50
}

func (q ReturnQuery) values() (url.Values, error) {
	var v url.Values
	var err error
	if q.ByMinute {
		v, err = minuteRange(q.From, q.To, "")
	} else {
		v, err = dayRange(q.From, q.To, "")
	}
	if err != nil {
		return nil, err
	}
	switch q.CancelType {
	case returnCancel:
		if q.Status != "" || q.OrderID != 0 {
			return nil, invalid("cancelType", "CANCEL must be sent without status and orderId")
		}
		v.Set("cancelType", returnCancel)
	case "":
		switch q.Status {
		case ReturnStopRequested, ReturnReceived, ReturnCompleted, ReturnCoupangCheckReq:
			v.Set("status", q.Status)
		case "":
			if q.OrderID <= 0 {
				return nil, invalid("status", "status (RU/UC/CC/PR) or orderId is required")
			}
		default:
			return nil, invalid("status", "must be RU, UC, CC or PR, got %q", q.Status)
		}
		if q.OrderID > 0 {
			v.Set("orderId", strconv.FormatInt(q.OrderID, 10))
		}
	default:
		return nil, invalid("cancelType", "must be empty or CANCEL, got %q", q.CancelType)
	}
	if !q.ByMinute {
		per := q.MaxPerPage
		if per == 0 {
			per = MaxPerPage
		}
		if per < 1 || per > MaxPerPage {
			return nil, invalid("maxPerPage", "must be 1..%d, got %d", MaxPerPage, per)
		}
		v.Set("maxPerPage", strconv.Itoa(per))
	}
	return v, nil
}

// ReturnRequests fetches every page of the return/cancel request list. Each request carries the
// CancelType it was listed under.
func (c *Client) ReturnRequests(ctx context.Context, q ReturnQuery) ([]ReturnRequest, error) {
	v, err := q.values()
	if err != nil {
		return nil, err
	}
	cancelType := "RETURN"
	if q.CancelType == returnCancel {
		cancelType = returnCancel
	}
	op := "list return requests"
	from, to := q.From, q.To
	if to.IsZero() {
		to = from
	}
	return followPages(op, v, pageCap(from, to),
		func(qv url.Values) ([]ReturnRequest, string, error) {
			page, err := getChecked(ctx, c, request{op: op, method: http.MethodGet, path: c.path(EndpointReturnRequests, "/returnRequests"), query: qv, extended: true},
				DecodeReturnRequestPage, func(p ReturnRequestPage) (Code, string) { return p.Code, p.Message })
			for i := range page.Requests {
				page.Requests[i].CancelType = cancelType
			}
			return page.Requests, page.NextToken, err
		},
		func(r ReturnRequest) Int64 { return r.ReceiptID })
}

// CheckConnection makes one cheap read (today's ACCEPT list, one per page) to test the keys, the
// PC clock and the IP registration from the settings screen. Explain a failure with
// SellerMessage.
func (c *Client) CheckConnection(ctx context.Context) error {
	today := c.now()
	_, err := c.OrderSheetPage(ctx, DayQuery{From: today, To: today, Status: StatusAccept, MaxPerPage: 1}, "")
	return err
}

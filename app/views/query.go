package views

import (
	"fmt"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// ShipmentQuery is the order board's filter, as the UI sends it.
type ShipmentQuery struct {
	Markets     []string `json:"markets"`
	Statuses    []string `json:"statuses"`
	Findings    []string `json:"findings"`
	BlockedOnly bool     `json:"blockedOnly"`
	From        string   `json:"from"` // yyyy-mm-dd, KST, inclusive
	To          string   `json:"to"`   // yyyy-mm-dd, KST, inclusive
	Text        string   `json:"text"`
	Offset      int      `json:"offset"`
	Limit       int      `json:"limit"`
	// Sort names a column (store.SortColumns, "" is 결제일시), Reverse turns it; HeldFirst puts 보류 first.
	Sort      string `json:"sort"`
	Reverse   bool   `json:"reverse"`
	HeldFirst bool   `json:"heldFirst"`
	// Unprinted: on no shipping-list print (미출력만); WriteProblem: a write that did not go through.
	Unprinted    bool `json:"unprinted"`
	WriteProblem bool `json:"writeProblem"`
	// DueToday: the 발송기한 ends today (KST) or has passed (오늘 할 일).
	DueToday bool `json:"dueToday"`
}

// Filter checks the query (Korean errors for the seller) and turns it into the store's filter at
// the time now (오늘 할 일's end of today).
func (q ShipmentQuery) Filter(now time.Time) (store.Filter, error) {
	f := store.Filter{Text: strings.TrimSpace(q.Text), BlockedOnly: q.BlockedOnly, Offset: q.Offset, Limit: q.Limit,
		Reverse: q.Reverse, HeldFirst: q.HeldFirst, Unprinted: q.Unprinted, WriteProblem: q.WriteProblem}
	var err error
	if f.Sort, err = store.ParseSortBy(q.Sort); err != nil {
		return f, usererr.New("정렬할 수 없는 칸입니다: "+q.Sort, err)
	}
	if q.Offset < 0 || q.Limit < 0 || q.Limit > 1000 {
		return f, usererr.New("목록 범위가 올바르지 않습니다.", fmt.Errorf("bad page offset %d limit %d", q.Offset, q.Limit))
	}
	for _, m := range q.Markets {
		mk, err := order.ParseMarketplace(m)
		if err != nil {
			return f, usererr.New("알 수 없는 마켓입니다: "+m, err)
		}
		f.Markets = append(f.Markets, mk)
	}
	for _, s := range q.Statuses {
		st, err := order.ParseStatus(s)
		if err != nil {
			return f, usererr.New("알 수 없는 주문 상태입니다: "+s, err)
		}
		f.Statuses = append(f.Statuses, st)
	}
	for _, c := range q.Findings {
		f.Findings = append(f.Findings, order.FindingCode(c))
	}
	if f.From, err = parseDay(q.From); err != nil {
		return f, err
	}
	if f.To, err = parseDay(q.To); err != nil {
		return f, err
	}
	if !f.To.IsZero() {
		f.To = f.To.Add(24*time.Hour - time.Nanosecond) // the whole last day
	}
	if q.DueToday {
		f.DueBefore = order.DayEnd(now)
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, usererr.New("기간의 시작일이 종료일보다 늦습니다.", fmt.Errorf("from %s after to %s", q.From, q.To))
	}
	return f, nil
}

func parseDay(s string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(s), order.KST())
	if err != nil {
		return time.Time{}, usererr.New("날짜는 2026-11-22 형식으로 입력하세요.", fmt.Errorf("parse day %q: %w", s, err))
	}
	return t, nil
}

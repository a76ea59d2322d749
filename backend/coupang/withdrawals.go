package coupang

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Limits of the withdrawal list (article 360034027354).
const (
	// MaxWithdrawalDays is how many calendar days one call may cover, dateFrom and dateTo both
	// counted ("최대 7일까지만 조회가 가능합니다").
	MaxWithdrawalDays = 7
	// MaxWithdrawalsPerPage is the largest sizePerPage (default 10).
	MaxWithdrawalsPerPage = 100
)

// Withdrawal is a return or cancel request the buyer withdrew (반품철회). The receipt leaves the
// returnRequests lists; only this record says it is gone.
type Withdrawal struct {
	// CancelID is the receiptId of the withdrawn return/cancel receipt.
	CancelID           Int64   `json:"cancelId"`
	OrderID            Int64   `json:"orderId"`
	VendorID           string  `json:"vendorId"`
	RefundDeliveryDuty string  `json:"refundDeliveryDuty"` // COM | CUS | COU
	CreatedAt          Time    `json:"createdAt"`          // when it was withdrawn
	VendorItemIDs      []Int64 `json:"vendorItemIds"`
}

// WithdrawalPage is one page of the withdrawal list.
type WithdrawalPage struct {
	Code        Code
	Message     string
	Withdrawals []Withdrawal
	// NextPageIndex is the next pageIndex; "" on the last page. HasNext is false when the answer
	// did not name a next page at all (the article does not name the field; SellerDesk reads
	// nextPageIndex and otherwise asks for the next page while pages come back full).
	NextPageIndex string
	HasNext       bool
}

// DecodeWithdrawalPage decodes a returnWithdrawRequests answer (data: array or null).
func DecodeWithdrawalPage(body []byte) (WithdrawalPage, error) {
	var env struct {
		Code          Code            `json:"code"`
		Message       string          `json:"message"`
		Data          json.RawMessage `json:"data"`
		NextPageIndex json.RawMessage `json:"nextPageIndex"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return WithdrawalPage{}, fmt.Errorf("%w: %w", ErrMalformedResponse, err)
	}
	page := WithdrawalPage{Code: env.Code, Message: env.Message}
	if next := bytes.TrimSpace(env.NextPageIndex); len(next) > 0 {
		var t Token
		if err := t.UnmarshalJSON(next); err != nil {
			return WithdrawalPage{}, fmt.Errorf("%w: nextPageIndex: %w", ErrMalformedResponse, err)
		}
		page.NextPageIndex, page.HasNext = string(t), true
	}
	data := bytes.TrimSpace(env.Data)
	if len(data) == 0 || bytes.Equal(data, []byte("null")) {
		return page, nil
	}
	if err := json.Unmarshal(data, &page.Withdrawals); err != nil {
		return WithdrawalPage{}, fmt.Errorf("%w: withdrawals: %w", ErrMalformedResponse, err)
	}
	return page, nil
}

// ReturnWithdrawals lists the returns and cancels withdrawn between two KST dates (both counted,
// at most 7 days), every page. A withdrawal repeated across pages is returned once.
func (c *Client) ReturnWithdrawals(ctx context.Context, from, to time.Time) ([]Withdrawal, error) {
	if from.IsZero() || to.IsZero() {
		return nil, invalid("dateFrom/dateTo", "both dates are required")
	}
	f, t := kstDate(from), kstDate(to)
	switch {
	case t.Before(f):
		return nil, invalid("dateTo", "is before dateFrom")
	case t.Sub(f) >= MaxWithdrawalDays*24*time.Hour:
		return nil, invalid("dateTo", "%s..%s covers more than %d days", f.Format(dayLayout), t.Format(dayLayout), MaxWithdrawalDays)
	}
	op := "list return withdrawals"
	var out []Withdrawal
	seen := map[Int64]bool{}
	index := 1
	// sizePerPage is 100 here: the cap of the 50-a-page lists, in pages of 100.
	maxPages := (pageCap(f, t.AddDate(0, 0, 1)) + 1) / 2
	for range maxPages {
		v := url.Values{}
		v.Set("dateFrom", f.Format(dayLayout))
		v.Set("dateTo", t.Format(dayLayout))
		v.Set("pageIndex", strconv.Itoa(index))
		v.Set("sizePerPage", strconv.Itoa(MaxWithdrawalsPerPage))
		page, err := getChecked(ctx, c, request{op: op, method: http.MethodGet, path: c.path(EndpointReturnWithdrawRequests, "/returnWithdrawRequests"),
			query: v, extended: true}, DecodeWithdrawalPage, func(p WithdrawalPage) (Code, string) { return p.Code, p.Message })
		if err != nil {
			return out, err
		}
		for _, w := range page.Withdrawals {
			if !seen[w.CancelID] {
				seen[w.CancelID] = true
				out = append(out, w)
			}
		}
		next := index + 1
		switch {
		case page.HasNext && page.NextPageIndex == "":
			return out, nil
		case page.HasNext:
			n, err := strconv.Atoi(page.NextPageIndex)
			if err != nil || n <= index {
				return out, fmt.Errorf("coupang: %s: %w: nextPageIndex %q after page %d", op, ErrMalformedResponse, page.NextPageIndex, index)
			}
			next = n
		case len(page.Withdrawals) < MaxWithdrawalsPerPage:
			return out, nil
		}
		index = next
	}
	return out, fmt.Errorf("coupang: %s: %w: more than %d pages, more than the window can hold", op, ErrMalformedResponse, maxPages)
}

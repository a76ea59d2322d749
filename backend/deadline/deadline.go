// Package deadline warns the seller before a 발송기한 passes with boxes still unshipped: how many
// hours before (a store setting) and which boxes.
package deadline

import (
	"context"
	"fmt"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// HoursSetting keeps how many hours before a 발송기한 the seller is warned.
const HoursSetting = "board.deadlineAlertHours"

// Limits of the warning, in hours before the deadline.
const (
	DefaultHours = 6
	MinHours     = 1
	MaxHours     = 72
)

// Alert is what is near: the boxes still to ship whose 발송기한 passes within Hours (or passed).
type Alert struct {
	Hours int
	Count int
	// First is the box with the nearest 발송기한 (zero when Count is 0).
	First store.Summary
}

// Hours reads the seller's warning time.
func Hours(ctx context.Context, st *store.Store) (int, error) {
	h := DefaultHours
	if _, err := st.GetSetting(ctx, HoursSetting, &h); err != nil {
		return 0, fmt.Errorf("deadline: read hours: %w", err)
	}
	return h, nil
}

// SetHours saves the warning time after checking it (a Korean usererr when out of range).
func SetHours(ctx context.Context, st *store.Store, h int) error {
	if h < MinHours || h > MaxHours {
		return usererr.New(fmt.Sprintf("발송기한 알림은 %d시간에서 %d시간 전 사이로 정하세요.", MinHours, MaxHours),
			fmt.Errorf("deadline: hours %d out of range", h))
	}
	if err := st.PutSetting(ctx, HoursSetting, h); err != nil {
		return fmt.Errorf("deadline: save hours: %w", err)
	}
	return nil
}

// Near counts the boxes still to ship (신규주문, 발주확인) whose 발송기한 is before now + the
// seller's hours.
func Near(ctx context.Context, st *store.Store, now time.Time) (Alert, error) {
	h, err := Hours(ctx, st)
	if err != nil {
		return Alert{}, err
	}
	page, err := st.List(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged},
		DueBefore: now.Add(time.Duration(h) * time.Hour), Sort: store.SortDue, Limit: 1})
	if err != nil {
		return Alert{}, fmt.Errorf("deadline: near: %w", err)
	}
	a := Alert{Hours: h, Count: page.Total}
	if len(page.Items) > 0 {
		a.First = page.Items[0]
	}
	return a, nil
}

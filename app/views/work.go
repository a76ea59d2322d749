package views

import (
	"fmt"
	"time"

	"sellerdesk/backend/deadline"
	"sellerdesk/backend/order"
	"sellerdesk/backend/prints"
)

// The seller's day on the board: the 발송기한 warning and the shipping-list prints (차수).

// DeadlineAlert is the badge and the notification of boxes whose 발송기한 is near.
type DeadlineAlert struct {
	Hours int `json:"hours"`
	// Count is the number of boxes still to ship whose 발송기한 passes within Hours (or passed).
	Count int `json:"count"`
	// Earliest is the nearest such 발송기한 (KST "MM-DD HH:mm", "" when Count is 0).
	Earliest string `json:"earliest"`
	// Message is the notification's sentence ("" when Count is 0).
	Message string `json:"message"`
}

// Deadline shapes the warning.
func Deadline(a deadline.Alert, now time.Time) DeadlineAlert {
	out := DeadlineAlert{Hours: a.Hours, Count: a.Count}
	if a.Count == 0 || a.First.ShipBy.IsZero() {
		return out
	}
	due := a.First.ShipBy
	out.Earliest = due.In(order.KST()).Format("01-02 15:04")
	passed := ""
	if !due.After(now) {
		passed = "지났거나 "
	}
	out.Message = fmt.Sprintf("발송기한이 %s%d시간 안에 끝나는 미발송 주문이 %d건 있습니다. 가장 빠른 기한: %s", passed, a.Hours, a.Count, out.Earliest)
	return out
}

// PrintBatch is one shipping-list print (차수) as the 출력 screen lists it.
type PrintBatch struct {
	ID        string `json:"id"`
	PrintedAt string `json:"printedAt"` // KST "MM-DD HH:mm"
	Reprinted string `json:"reprinted"` // "" when never
	Count     int    `json:"count"`
}

// PrintBatches shapes the kept batches (newest first).
func PrintBatches(bs []prints.Batch) []PrintBatch {
	out := make([]PrintBatch, 0, len(bs))
	for _, b := range bs {
		p := PrintBatch{ID: b.ID, PrintedAt: b.PrintedAt.In(order.KST()).Format("01-02 15:04"), Count: len(b.Keys)}
		if !b.Reprinted.IsZero() {
			p.Reprinted = b.Reprinted.In(order.KST()).Format("01-02 15:04")
		}
		out = append(out, p)
	}
	return out
}

// NoCombineDetail is the history's words for turning 합포장 금지 on or off.
func NoCombineDetail(on bool) string {
	if on {
		return "합포장 금지"
	}
	return "합포장 금지 해제"
}

package check

import (
	"time"

	"sellerdesk/backend/order"
)

// Apply prepares a freshly synced shipment for storing over the stored one. prev is the stored
// version (nil when the shipment is new), next the marketplace's current view; Apply runs inside
// the store's upsert transaction and changes next only.
//
// It carries over what the marketplace does not send — the receiver as first stored, SellerDesk's
// first-seen and acknowledge times, the seller's 합포장 금지 flag and typed-in courier/tracking
// number, what was printed, a write that did not go through (until the box's status moves on),
// the events seen so far — and then re-runs the checks, keeping the raise time and the
// resolution of every finding that is still the same finding. Findings with codes this package
// does not raise (see Codes) are kept as they were.
func Apply(prev, next *order.Shipment, now time.Time) {
	ApplyLearned(prev, next, now, Learned{})
}

// ApplyLearned is Apply with what the seller taught the name check (see ShipmentLearned).
func ApplyLearned(prev, next *order.Shipment, now time.Time, learned Learned) {
	if next == nil {
		return
	}
	if prev != nil {
		switch {
		case prev.PreviousReceiver != nil:
			r := *prev.PreviousReceiver
			next.PreviousReceiver = &r
		case !prev.Receiver.SameDestination(next.Receiver):
			r := prev.Receiver
			next.PreviousReceiver = &r
		default:
			next.PreviousReceiver = nil
		}
		if !prev.FirstSeenAt.IsZero() {
			next.FirstSeenAt = prev.FirstSeenAt
		}
		if next.AcknowledgedAt.IsZero() {
			next.AcknowledgedAt = prev.AcknowledgedAt
		}
		keepAcknowledged(prev, next, now)
		next.NoCombine = next.NoCombine || prev.NoCombine
		if next.Printed == nil {
			next.Printed = prev.Printed
		}
		if next.WriteProblem == nil {
			next.WriteProblem = prev.WriteProblem
		}
		if next.Courier == "" && next.TrackingNumber == "" {
			next.Courier, next.TrackingNumber = prev.Courier, prev.TrackingNumber
		}
		next.Events = mergeEvents(prev.Events, next.Events)
	} else {
		// a new shipment has no earlier receiver of ours to compare with
		next.PreviousReceiver = nil
	}
	next.SettleWriteProblem()
	if next.FirstSeenAt.IsZero() {
		next.FirstSeenAt = now
	}
	next.UpdatedAt = now
	var prevFindings []order.Finding
	if prev != nil {
		prevFindings = prev.Findings
	}
	next.Findings = order.MergeFindings(prevFindings, ShipmentLearned(next, now, learned))
	// findings other packages raise (CHANGED_AFTER_PRINT) are theirs to clear
	for _, f := range prevFindings {
		if !ownCode(f.Code) {
			next.Findings = append(next.Findings, f)
		}
	}
}

// AckSettle is how long an acknowledgement the marketplace answered with success may take to show
// in its reads. Coupang keeps the box 결제완료 for up to 30 minutes when orders surge and asks for
// an online inquiry after an hour (article 900001688666); Naver shows it at once.
const AckSettle = time.Hour

// keepAcknowledged keeps a shipment SellerDesk acknowledged less than AckSettle ago acknowledged
// while the marketplace still reports it paid: the acknowledgement is on its way, not undone.
// MarketStatus keeps the marketplace's own word. A cancel meanwhile is not "paid" and wins.
func keepAcknowledged(prev, next *order.Shipment, now time.Time) {
	if prev.Status == order.StatusAcknowledged && next.Status == order.StatusPaid &&
		!next.AcknowledgedAt.IsZero() && now.Sub(next.AcknowledgedAt) < AckSettle {
		next.Status = order.StatusAcknowledged
	}
}

// mergeEvents keeps every event once: the stored ones first, then the new ones not yet seen.
func mergeEvents(prev, next []order.Event) []order.Event {
	if len(prev) == 0 && len(next) == 0 {
		return nil
	}
	out := make([]order.Event, 0, len(prev)+len(next))
	seen := make(map[order.Event]bool, len(prev)+len(next))
	for _, list := range [][]order.Event{prev, next} {
		for _, e := range list {
			k := e
			k.At = e.At.UTC()
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

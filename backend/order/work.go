package order

import "time"

// What SellerDesk keeps of the seller's own work on a box: what was printed, and a write to the
// marketplace that did not surely go through.

// Printed says which lists a box was printed on.
type Printed struct {
	// Batch names the newest shipping-list print (차수) the box was on, "" when none: the KST day
	// and the number of the print that day, e.g. "2026-11-22#2".
	Batch string `json:"batch,omitempty"`
	// Lists are the lists the box was printed on (picking, packing, shipping), each once.
	Lists []string `json:"lists,omitempty"`
	// At is when a list with the box was last printed.
	At time.Time `json:"at"`
}

// WriteResult is the outcome of a write that leaves a WriteProblem: it failed, nobody knows
// (확인 필요), or the marketplace is not ready for it yet.
type WriteResult string

const (
	WriteFailed  WriteResult = "failed"
	WriteUnknown WriteResult = "unknown"
	WritePending WriteResult = "pending"
)

// WriteProblem is a write to the marketplace (발주확인, 발송처리, …) that failed, whose outcome is
// not known, or that must be sent again later. It stays on the box until a write of the same kind
// goes through or the marketplace moves the box to another status (SettleWriteProblem), so a
// failure does not vanish with the banner that reported it.
type WriteProblem struct {
	// Action is the write's audit action ("dispatch", "acknowledge", …).
	Action string      `json:"action"`
	Result WriteResult `json:"result"`
	// Message is the Korean sentence the seller read about it.
	Message string `json:"message"`
	// Status is the box's status when it happened.
	Status Status    `json:"status"`
	At     time.Time `json:"at"`
}

// SettleWriteProblem drops the write problem once the box's status moved on from the one it was
// recorded at: the marketplace did it after all (done in the seller centre, or the answer was
// late), or the box went elsewhere (cancelled) and the write has nothing left to do.
func (s *Shipment) SettleWriteProblem() {
	if p := s.WriteProblem; p != nil && p.Status != s.Status {
		s.WriteProblem = nil
	}
}

// DayEnd is the start of the KST day after the one t falls on: "today" ends there.
func DayEnd(t time.Time) time.Time {
	y, m, d := t.In(kst).Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, kst)
}

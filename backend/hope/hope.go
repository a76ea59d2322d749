// Package hope watches the day a buyer wants the goods to arrive (Naver 희망일배송): a day or hour
// that changes after SellerDesk first stored the box raises HOPE_CHANGED, so a birthday cake is not
// sent for the old day. It runs in the sync's merge, after the pre-ship checks and the
// printed-then-changed check (syncer), and knows nothing but the model.
package hope

import (
	"time"

	"sellerdesk/backend/order"
)

// Apply prepares next (the marketplace's current view) for storing over prev (the stored box, nil
// for a new one): it keeps in PreviousHope the day the seller knows — the hope as first stored,
// or the day the seller last confirmed (확인 완료 or 보류 해제 of a HOPE_CHANGED finding) once the
// buyer moves it again — and replaces the box's HOPE_CHANGED finding with the one that holds now.
// So a box confirmed and printed for its new day is held again when the buyer moves the day back
// to the first one: the paper carries the confirmed day. The finding blocks when a list with the
// box had been printed before the change was seen (the paper carries the old day), else it warns;
// a finding already known keeps its severity, raise time and the seller's answer.
func Apply(prev, next *order.Shipment, now time.Time) {
	if next == nil {
		return
	}
	next.PreviousHope = nil
	if prev != nil && next.Hope != nil {
		switch {
		case confirmed(prev) && !order.SameWhen(prev.Hope, next.Hope):
			h := *prev.Hope
			next.PreviousHope = &h
		case prev.PreviousHope != nil:
			h := *prev.PreviousHope
			next.PreviousHope = &h
		case prev.Hope != nil && !order.SameWhen(prev.Hope, next.Hope):
			h := *prev.Hope
			next.PreviousHope = &h
		}
	}
	var known []order.Finding
	if prev != nil {
		known = codeOnly(prev.Findings)
	}
	kept := withoutHopeChanged(next.Findings)
	fresh := order.MergeFindings(known, Findings(next, now))
	for i := range fresh {
		for _, k := range known {
			if k.ID() == fresh[i].ID() {
				fresh[i].Severity = k.Severity
			}
		}
	}
	kept = append(kept, fresh...)
	if len(kept) == 0 {
		kept = nil
	}
	next.Findings = kept
}

// Findings are the HOPE_CHANGED findings of s as it is: one when its hope's day or hour differs
// from the one first stored, none otherwise.
func Findings(s *order.Shipment, now time.Time) []order.Finding {
	old, cur := s.PreviousHope, s.Hope
	if old == nil || cur == nil || order.SameWhen(old, cur) {
		return nil
	}
	was, is := old.Long(now), cur.Long(now)
	f := order.Finding{Code: order.HopeChanged, Severity: order.Warn, Line: -1, RaisedAt: now,
		Message:  "배송 희망일이 바뀌었습니다: " + was + " → " + is + ". 새 희망일에 도착하도록 보내세요.",
		Evidence: []order.Evidence{{Field: "hope", Old: old.Full(), New: cur.Full()}}}
	if s.Printed != nil {
		f.Severity = order.Block
		f.Message = "배송 희망일이 바뀌었습니다: " + was + " → " + is + ". 출력한 목록에는 바뀌기 전 날짜가 있습니다. 다시 출력하고 새 희망일에 도착하도록 보내세요."
	}
	return []order.Finding{f}
}

// confirmed reports whether the seller answered s's HOPE_CHANGED finding for the day s has now
// (the finding's new day is s's day): that day is then the one the seller knows and printed.
func confirmed(s *order.Shipment) bool {
	if s.Hope == nil {
		return false
	}
	for _, f := range s.Findings {
		if f.Code != order.HopeChanged || f.Resolution == nil {
			continue
		}
		for _, e := range f.Evidence {
			if e.Field == "hope" && e.New == s.Hope.Full() {
				return true
			}
		}
	}
	return false
}

func codeOnly(fs []order.Finding) []order.Finding {
	var out []order.Finding
	for _, f := range fs {
		if f.Code == order.HopeChanged {
			out = append(out, f)
		}
	}
	return out
}

// Forget drops what s remembers of a change of its hope (the day first stored and the
// HOPE_CHANGED finding): the seller set the day, so there is no change to tell of.
func Forget(s *order.Shipment) {
	s.PreviousHope = nil
	s.Findings = withoutHopeChanged(s.Findings)
	if len(s.Findings) == 0 {
		s.Findings = nil
	}
}

// withoutHopeChanged is fs without its HOPE_CHANGED findings, in a new slice.
func withoutHopeChanged(fs []order.Finding) []order.Finding {
	kept := fs[:0:0]
	for _, f := range fs {
		if f.Code != order.HopeChanged {
			kept = append(kept, f)
		}
	}
	return kept
}

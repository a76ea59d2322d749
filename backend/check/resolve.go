package check

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// ErrUnknownFinding: the shipment has no finding with that id (it may have been re-checked away).
var ErrUnknownFinding = errors.New("check: unknown finding")

// ErrAlreadyResolved: the finding was already resolved or overridden.
var ErrAlreadyResolved = errors.New("check: finding already resolved")

// ErrReasonRequired: overriding a finding needs a reason. Its text is shown to the seller as is.
var ErrReasonRequired = errors.New("보류를 해제하려면 사유를 입력하세요.")

// ErrInvalidResolution: the resolution kind is neither resolved nor overridden.
var ErrInvalidResolution = errors.New("check: invalid resolution kind")

// ErrMarketplaceOnly: the finding's cause is still open at the marketplace, so the seller cannot
// clear it (order.ClearedByMarketplace). Its text is shown to the seller as is.
var ErrMarketplaceOnly = errors.New("마켓에 열려 있는 요청이라 여기서 해제할 수 없습니다. 요청이 철회·거부·완료되면 다음 동기화 때 자동으로 풀립니다.")

// ErrNotAllowed: this kind of resolution does not exist for the finding (e.g. overriding a
// warning, which holds nothing back).
var ErrNotAllowed = errors.New("check: resolution not allowed for this finding")

// Resolve records that the seller dealt with one finding of s: kind Resolved (checked and acted)
// or Overridden (ships anyway). Who may do what, and when a reason is required, is the finding
// code's (order.FindingCode.SellerMay): a finding only the marketplace can clear is refused with
// ErrMarketplaceOnly. by names who did it.
func Resolve(s *order.Shipment, findingID string, kind order.ResolutionKind, reason, by string, at time.Time) error {
	if kind != order.Resolved && kind != order.Overridden {
		return fmt.Errorf("check: resolve %s on %s: %w: %q", findingID, s.Key(), ErrInvalidResolution, kind)
	}
	for i := range s.Findings {
		f := &s.Findings[i]
		if f.ID() != findingID {
			continue
		}
		if f.Code.Clearance() == order.ClearedByMarketplace {
			return fmt.Errorf("check: resolve %s on %s: %w", findingID, s.Key(), ErrMarketplaceOnly)
		}
		allowed, needReason := f.Code.SellerMay(kind, f.Severity)
		if !allowed {
			return fmt.Errorf("check: %s %s on %s: %w", kind, findingID, s.Key(), ErrNotAllowed)
		}
		if f.Resolution != nil {
			return fmt.Errorf("check: resolve %s on %s: %w (%s by %s)", findingID, s.Key(), ErrAlreadyResolved,
				f.Resolution.Kind, f.Resolution.By)
		}
		reason = strings.TrimSpace(reason)
		if needReason && reason == "" {
			return ErrReasonRequired
		}
		f.Resolution = &order.Resolution{Kind: kind, Reason: reason, By: by, At: at}
		return nil
	}
	return fmt.Errorf("check: resolve %s on %s: %w", findingID, s.Key(), ErrUnknownFinding)
}

// BlockedError says which findings keep a shipment out of print and dispatch.
type BlockedError struct {
	Shipment string          // shipment key
	Findings []order.Finding // the unresolved blocking findings
}

// Error lists the blocking findings in Korean, for the seller.
func (e *BlockedError) Error() string {
	labels := make([]string, 0, len(e.Findings))
	for _, f := range e.Findings {
		labels = append(labels, f.Code.Label())
	}
	return fmt.Sprintf("%s: 확인이 필요한 항목(%s)이 있어 출력·발송할 수 없습니다.", e.Shipment, strings.Join(labels, ", "))
}

// Is makes errors.Is(err, ErrBlocked) true for every *BlockedError.
func (e *BlockedError) Is(target error) bool { return target == ErrBlocked }

// ErrBlocked matches (errors.Is) every error Shippable returns.
var ErrBlocked = errors.New("check: shipment blocked")

// Shippable returns nil when s may be printed and dispatched, or a *BlockedError listing the
// findings that still block it.
func Shippable(s *order.Shipment) error {
	var blocking []order.Finding
	for _, f := range s.Findings {
		if f.Blocking() {
			blocking = append(blocking, f)
		}
	}
	if len(blocking) == 0 {
		return nil
	}
	return &BlockedError{Shipment: s.Key(), Findings: blocking}
}

// ResolveAllSellerMay records as checked (order.Resolved, with note) every open finding of s the
// seller may clear without a reason (order.ClearedBySeller): the bulk 확인 완료 of 알림. Findings
// that need a written reason or that only the marketplace can clear stay open; left counts them.
func ResolveAllSellerMay(s *order.Shipment, note, by string, at time.Time) (resolved, left int) {
	note = strings.TrimSpace(note)
	for i := range s.Findings {
		f := &s.Findings[i]
		if !f.Open() {
			continue
		}
		allowed, needReason := f.Code.SellerMay(order.Resolved, f.Severity)
		if !allowed || needReason || f.Code.Clearance() != order.ClearedBySeller {
			left++
			continue
		}
		f.Resolution = &order.Resolution{Kind: order.Resolved, Reason: note, By: by, At: at}
		resolved++
	}
	return resolved, left
}

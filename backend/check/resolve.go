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

// Resolve records that the seller dealt with one finding of s: kind Resolved (checked and acted)
// or Overridden (ships anyway; reason required). by names who did it.
func Resolve(s *order.Shipment, findingID string, kind order.ResolutionKind, reason, by string, at time.Time) error {
	if kind != order.Resolved && kind != order.Overridden {
		return fmt.Errorf("check: resolve %s on %s: %w: %q", findingID, s.Key(), ErrInvalidResolution, kind)
	}
	for i := range s.Findings {
		f := &s.Findings[i]
		if f.ID() != findingID {
			continue
		}
		if f.Resolution != nil {
			return fmt.Errorf("check: resolve %s on %s: %w (%s by %s)", findingID, s.Key(), ErrAlreadyResolved,
				f.Resolution.Kind, f.Resolution.By)
		}
		reason = strings.TrimSpace(reason)
		if kind == order.Overridden && reason == "" {
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

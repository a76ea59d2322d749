// Package review is the seller's answers to the pre-ship findings over several stored shipments:
// 알림's bulk 확인 완료.
package review

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Summary is what a bulk 확인 완료 did: findings recorded as checked, and the open ones it could
// not clear (a written reason needed, or only the marketplace can clear them), in Korean.
type Summary struct {
	Resolved int    `json:"resolved"`
	Left     int    `json:"left"`
	Message  string `json:"message"`
}

// ResolveAll records as checked, on each of the shipments, every open finding the seller may
// clear without a reason (check.ResolveAllSellerMay), in one store transaction; each changed
// shipment gets an audit entry. It returns the keys that changed.
func ResolveAll(ctx context.Context, st *store.Store, keys []string, note, by string, now time.Time) (Summary, []string, error) {
	if len(keys) == 0 {
		return Summary{}, nil, usererr.New("확인할 주문을 고르세요.", errors.New("review: no keys"))
	}
	note = strings.TrimSpace(note)
	if utf8.RuneCountInString(note) > 500 {
		return Summary{}, nil, usererr.New("메모는 500자 이내로 적어 주세요.", errors.New("review: note too long"))
	}
	var sum Summary
	var audit []store.AuditEntry
	changed, err := st.UpdateMany(ctx, keys, nil, func(s *order.Shipment) {
		n, left := check.ResolveAllSellerMay(s, note, by, now)
		sum.Resolved, sum.Left = sum.Resolved+n, sum.Left+left
		if n > 0 {
			audit = append(audit, store.AuditEntry{At: now, Actor: by, Action: "finding-resolved", ShipmentKey: s.Key(),
				Detail: strings.TrimSpace(fmt.Sprintf("알림에서 %d건 확인 완료 %s", n, note))})
		}
	})
	if err != nil {
		return Summary{}, nil, usererr.New("검수 처리를 저장하지 못했습니다.", fmt.Errorf("review: resolve: %w", err))
	}
	// The entries are known once the transaction has run: they follow it (a crash in between
	// loses the history line, never the resolution).
	if len(audit) > 0 {
		if err := st.AppendAudit(ctx, audit...); err != nil {
			return Summary{}, changed, usererr.New("확인 완료는 저장했지만 처리 기록을 남기지 못했습니다.", fmt.Errorf("review: audit: %w", err))
		}
	}
	sum.Message = fmt.Sprintf("%d건을 확인 완료로 기록했습니다.", sum.Resolved)
	if sum.Left > 0 {
		sum.Message += fmt.Sprintf(" %d건은 사유가 필요하거나 마켓에서만 풀 수 있어 그대로 두었습니다. 주문을 열어 처리하세요.", sum.Left)
	}
	return sum, changed, nil
}

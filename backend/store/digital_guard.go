package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// The marketplace step after a delivery's mail (Delivery.MarketState).
const (
	// MarketPending: not done yet, tried again by the next run (no answer, not yet, no connection).
	MarketPending = "pending"
	// MarketDone: 발송처리 as 배송없음 is on the marketplace.
	MarketDone = "done"
	// MarketFailed: the marketplace refused it; the seller decides (not tried again by itself).
	MarketFailed = "failed"
	// MarketDelivered and MarketDecided: a later read showed 배송완료, then 구매확정.
	MarketDelivered = "delivered"
	MarketDecided   = "decided"
)

// MarketStateLabel is the marketplace step in Korean.
func MarketStateLabel(state string) string {
	switch state {
	case "":
		return ""
	case MarketPending:
		return "발송처리 대기"
	case MarketDone:
		return "배송없음 발송처리"
	case MarketFailed:
		return "발송처리 실패"
	case MarketDelivered:
		return "배송완료"
	case MarketDecided:
		return "구매확정"
	}
	return state
}

// DeliveryBadge is what the order board shows of a shipment's digital delivery.
type DeliveryBadge struct {
	State       DeliveryState `json:"state"`
	MarketState string        `json:"marketState,omitempty"`
}

// DeliveryBadges returns the delivery of each key that has one, in one read transaction (the
// board's page of rows).
func (s *Store) DeliveryBadges(ctx context.Context, keys []string) (map[string]DeliveryBadge, error) {
	out := map[string]DeliveryBadge{}
	err := s.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDigital)
		if b == nil {
			return nil
		}
		dl := b.Bucket(digitalDeliveries)
		for _, k := range keys {
			v := dl.Get([]byte(k))
			if v == nil {
				continue
			}
			var d DeliveryBadge
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("decode delivery %s: %w", k, err)
			}
			out[k] = d
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: delivery badges: %w", err)
	}
	return out, nil
}

// HoldAfterRestore is the guard after the data file was restored from an older backup: a
// delivery the backup shows planned, or failed with tries left, may have been mailed after the
// backup was taken. Each becomes unknown with note, so no mail leaves again without the seller.
// It returns the keys.
func (s *Store) HoldAfterRestore(ctx context.Context, note string) ([]string, error) {
	return s.markUnknown(ctx, "hold deliveries after a restore", note, "restored from a backup", true,
		DeliveryPlanned, DeliveryFailed, DeliverySending)
}

// MaskAddress masks a mail address for logs and the audit: "buyer_01@naver.com" → "bu******@naver.com".
func MaskAddress(addr string) string {
	at := strings.LastIndex(addr, "@")
	if at <= 0 {
		return maskAll(addr)
	}
	local := addr[:at]
	keep := min(2, utf8.RuneCountInString(local)-1)
	r := []rune(local)
	return string(r[:max(keep, 0)]) + strings.Repeat("*", len(r)-max(keep, 0)) + addr[at:]
}

// MaskedBody replaces a delivery's mail once its buyer's personal data is masked.
const MaskedBody = "(개인정보 보관 기간이 지나 메일 본문을 지웠습니다. 보낸 코드는 위에 남아 있습니다.)"

// maskDelivery masks the buyer's personal data in the delivery of a masked shipment (inside the
// masking transaction): the name, the addresses (and where the notes quote them), the mail. The
// licence codes stay: they are the seller's, and the pool must never hand them out again.
func maskDelivery(tx *bolt.Tx, key string, now time.Time) error {
	d, ok, err := getDelivery(tx, key)
	if err != nil || !ok || d.MaskedAt != nil {
		return err
	}
	personal := []string{}
	for _, v := range []string{d.To, d.Override, d.BuyerName} {
		if utf8.RuneCountInString(strings.TrimSpace(v)) >= 2 {
			personal = append(personal, v)
		}
	}
	mask := func(s string) string {
		for _, v := range personal {
			s = strings.ReplaceAll(s, v, maskMark)
		}
		return s
	}
	d.BuyerName = maskName(d.BuyerName)
	d.To, d.Override = MaskAddress(d.To), MaskAddress(d.Override)
	if d.Override == maskMark || d.Override == "" {
		d.Override = ""
	}
	d.Subject, d.Note, d.Detail, d.MarketNote = mask(d.Subject), mask(d.Note), mask(d.Detail), mask(d.MarketNote)
	if d.Body != "" {
		d.Body = MaskedBody
	}
	at := now
	d.MaskedAt = &at
	return putDelivery(tx, &d)
}

// Decisions lists the decisions the seller may take on the delivery now (DecideDelivery's rule).
func (d *Delivery) Decisions() []DeliveryState {
	var out []DeliveryState
	for _, to := range []DeliveryState{DeliveryPlanned, DeliverySent, DeliveryManual, DeliveryCanceled} {
		if to == DeliveryPlanned && (d.MaskedAt != nil || d.Subject == "" || d.To == "") {
			continue
		}
		for _, from := range decisions[to] {
			if from == d.State {
				out = append(out, to)
				break
			}
		}
	}
	return out
}

// AddressEditable reports whether the seller may type an address for the delivery now.
func (d *Delivery) AddressEditable() bool {
	if d.MaskedAt != nil {
		return false
	}
	switch d.State {
	case DeliveryHeld, DeliveryPlanned, DeliveryFailed, DeliveryUnknown:
		return true
	}
	return false
}

package app

import (
	"errors"
	"fmt"
	"sellerdesk/app/views"
	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/review"
	"sellerdesk/backend/store"
	"strings"
	"unicode/utf8"
)

// sellerActor names who acts through the UI in audit entries and resolutions.
const sellerActor = views.SellerActor

// ResolveFinding records that the seller checked a finding and acted on it (e.g. confirmed the
// new address). note is optional. The shipment and the audit entry are written in one
// transaction; the updated shipment is returned.
func (d *Orders) ResolveFinding(key, findingID, note string) (views.ShipmentDetail, error) {
	return d.resolve(key, findingID, order.Resolved, note)
}

// OverrideFinding records that the seller ships despite a finding; the reason is required.
func (d *Orders) OverrideFinding(key, findingID, reason string) (views.ShipmentDetail, error) {
	return d.resolve(key, findingID, order.Overridden, reason)
}

func (d *Orders) resolve(key, findingID string, kind order.ResolutionKind, reason string) (views.ShipmentDetail, error) {
	if _, _, err := order.SplitKey(key); err != nil {
		return views.ShipmentDetail{}, userErr("주문 번호가 올바르지 않습니다.", err)
	}
	if strings.TrimSpace(findingID) == "" {
		return views.ShipmentDetail{}, userErr("처리할 검수 항목을 고르세요.", errors.New("empty finding id"))
	}
	reason = strings.TrimSpace(reason)
	if utf8.RuneCountInString(reason) > 500 {
		return views.ShipmentDetail{}, userErr("사유는 500자 이내로 적어 주세요.", errors.New("reason too long"))
	}
	action := "finding-resolved"
	if kind == order.Overridden {
		action = "finding-overridden"
	}
	now := d.app.cfg.Now()
	err := d.app.store.Update(d.ctx(), key, func(s *order.Shipment) error {
		return check.Resolve(s, findingID, kind, reason, sellerActor, now)
	}, store.AuditEntry{At: now, Actor: sellerActor, Action: action, FindingID: findingID, Detail: reason})
	switch {
	case errors.Is(err, check.ErrReasonRequired):
		return views.ShipmentDetail{}, userErr(check.ErrReasonRequired.Error(), err)
	case errors.Is(err, check.ErrMarketplaceOnly):
		return views.ShipmentDetail{}, userErr(check.ErrMarketplaceOnly.Error(), err)
	case errors.Is(err, check.ErrNotAllowed):
		return views.ShipmentDetail{}, userErr("이 검수 항목에는 할 수 없는 처리입니다.", err)
	case errors.Is(err, check.ErrUnknownFinding):
		return views.ShipmentDetail{}, userErr("이 검수 항목은 더 이상 없습니다. 주문을 새로 고치세요.", err)
	case errors.Is(err, check.ErrAlreadyResolved):
		return views.ShipmentDetail{}, userErr("이미 처리된 검수 항목입니다.", err)
	case errors.Is(err, store.ErrNotFound):
		return views.ShipmentDetail{}, userErr("이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.", err)
	case err != nil:
		return views.ShipmentDetail{}, d.fail("검수 처리를 저장하지 못했습니다.", fmt.Errorf("resolve %s %s: %w", key, findingID, err))
	}
	d.app.log.Info("finding dealt with", "key", key, "finding", findingID, "kind", kind)
	d.app.events.Emit(EventShipmentsChanged, []string{key})
	return d.GetShipment(key)
}

// ResolveFindings is 알림's bulk 확인 완료 (review.ResolveAll).
func (d *Orders) ResolveFindings(keys []string, note string) (review.Summary, error) {
	sum, changed, err := review.ResolveAll(d.ctx(), d.app.store, keys, note, sellerActor, d.app.cfg.Now())
	d.app.events.Emit(EventShipmentsChanged, changed)
	return sum, err
}

package app

import (
	"fmt"

	"sellerdesk/app/views"
	"sellerdesk/backend/deadline"
	"sellerdesk/backend/order"
	"sellerdesk/backend/prints"
	"sellerdesk/backend/store"
)

// DeadlineAlert: the boxes still to ship whose 발송기한 passes within the seller's hours (badge, notification).
func (d *Orders) DeadlineAlert() (views.DeadlineAlert, error) {
	now := d.app.cfg.Now()
	a, err := deadline.Near(d.ctx(), d.app.store, now)
	if err != nil {
		return views.DeadlineAlert{}, d.fail("발송기한을 읽지 못했습니다.", err)
	}
	return views.Deadline(a, now), nil
}

// SetDeadlineAlertHours sets how many hours before a 발송기한 the seller is warned.
func (d *Orders) SetDeadlineAlertHours(hours int) (views.DeadlineAlert, error) {
	if err := deadline.SetHours(d.ctx(), d.app.store, hours); err != nil {
		return views.DeadlineAlert{}, d.sellerErr("설정을 저장하지 못했습니다.", err)
	}
	return d.DeadlineAlert()
}

// SetNoCombine turns the box's 합포장 금지 on or off (the packing list then packs it alone).
func (d *Orders) SetNoCombine(key string, on bool) (views.ShipmentDetail, error) {
	if _, _, err := order.SplitKey(key); err != nil {
		return views.ShipmentDetail{}, userErr("주문 번호가 올바르지 않습니다.", err)
	}
	audit := store.AuditEntry{At: d.app.cfg.Now(), Actor: sellerActor, Action: "no-combine", Detail: views.NoCombineDetail(on)}
	if err := d.app.store.Update(d.ctx(), key, func(s *order.Shipment) error { s.NoCombine = on; return nil }, audit); err != nil {
		return views.ShipmentDetail{}, d.fail("합포장 금지를 저장하지 못했습니다.", fmt.Errorf("no-combine %s: %w", key, err))
	}
	d.app.events.Emit(EventShipmentsChanged, []string{key})
	return d.GetShipment(key)
}

// PrintBatches lists the shipping-list prints (차수) kept, newest first, for a reprint.
func (d *Lists) PrintBatches() ([]views.PrintBatch, error) {
	bs, err := prints.Batches(d.ctx(), d.app.store)
	if err != nil {
		return nil, d.fail("출력 차수를 읽지 못했습니다.", err)
	}
	return views.PrintBatches(bs), nil
}

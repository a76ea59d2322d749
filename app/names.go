package app

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"sellerdesk/app/views"
	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/taught"
)

// LearnedNamesSetting is the store setting holding the name pairs the seller taught the
// option-name check (backend/taught).
const LearnedNamesSetting = taught.Setting

// learnedNames is what the checks apply: the pairs taught so far.
func (a *App) learnedNames() check.Learned { return a.names.Learned() }

// runChecks runs the pre-ship checks with the pairs the seller taught: the check of the sync and
// of the writes.
func (a *App) runChecks(prev, next *order.Shipment, now time.Time) {
	check.ApplyLearned(prev, next, now, a.learnedNames())
}

// LearnedNameView is one taught pair as the settings screen shows it.
type LearnedNameView struct {
	ID         string `json:"id"`
	Registered string `json:"registered"`
	Exposed    string `json:"exposed"`
	Bundle     int    `json:"bundle"`
	Same       bool   `json:"same"`
	Verdict    string `json:"verdict"` // "같은 상품" | "다른 상품"
	At         string `json:"at"`      // KST
}

func learnedView(p check.LearnedPair) LearnedNameView {
	v := LearnedNameView{ID: p.ID(), Registered: p.Registered, Exposed: p.Exposed, Bundle: p.Bundle, Same: p.Same,
		Verdict: "다른 상품", At: views.Clock(p.At)}
	if p.Same {
		v.Verdict = "같은 상품"
	}
	return v
}

// MarkNames is the seller's answer to a flagged line from the drawer: the registered name and the
// name the buyer saw on line `line` of shipment key are the same goods (same) or different goods.
// The pair is remembered — never flagged again when the same, always held when different — and
// every stored shipment showing it is checked again. The updated shipment is returned.
func (d *Orders) MarkNames(key string, line int, same bool) (views.ShipmentDetail, error) {
	if _, _, err := order.SplitKey(key); err != nil {
		return views.ShipmentDetail{}, userErr("주문 번호가 올바르지 않습니다.", err)
	}
	ctx := d.ctx()
	s, err := d.shipment(ctx, key, "mark names")
	if err != nil {
		return views.ShipmentDetail{}, err
	}
	if line < 0 || line >= len(s.Lines) || strings.TrimSpace(s.Lines[line].ExposedName) == "" {
		return views.ShipmentDetail{}, userErr("이 상품에는 비교할 노출 상품명이 없습니다.", fmt.Errorf("mark names %s: line %d", key, line))
	}
	l := &s.Lines[line]
	now := d.app.cfg.Now()
	p := check.LearnedPair{Registered: check.RegisteredName(l), Exposed: l.ExposedName, Bundle: l.Multiplier(),
		Same: same, At: now, By: sellerActor}
	changed, err := d.app.names.Teach(ctx, p, store.AuditEntry{At: now, Actor: sellerActor, Action: "names-taught",
		Detail: learnedView(p).Verdict + "으로 기억: " + p.Registered + " ↔ " + p.Exposed})
	if err != nil {
		return views.ShipmentDetail{}, d.namesErr("상품명 조합을 기억하지 못했습니다.", err)
	}
	d.app.log.Info("names taught", "key", key, "line", line, "same", same, "rechecked", len(changed))
	d.app.events.Emit(EventShipmentsChanged, changed)
	return d.GetShipment(key)
}

// LearnedNames lists the pairs the seller taught, newest first.
func (d *Orders) LearnedNames() ([]LearnedNameView, error) {
	pairs := d.app.names.Pairs()
	out := make([]LearnedNameView, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, learnedView(p))
	}
	return out, nil
}

// ForgetNames removes a taught pair: the check judges it again from now on, and the stored
// shipments showing it are checked again. It returns the remaining list.
func (d *Orders) ForgetNames(id string) ([]LearnedNameView, error) {
	now := d.app.cfg.Now()
	_, changed, err := d.app.names.Forget(d.ctx(), id, func(gone check.LearnedPair) store.AuditEntry {
		return store.AuditEntry{At: now, Actor: sellerActor, Action: "names-forgotten", Detail: "기억 지움: " + gone.Registered + " ↔ " + gone.Exposed}
	})
	if err != nil {
		return nil, d.namesErr("기억한 조합을 지우지 못했습니다.", err)
	}
	d.app.log.Info("names forgotten", "id", id, "rechecked", len(changed))
	d.app.events.Emit(EventShipmentsChanged, changed)
	return d.LearnedNames()
}

// namesErr passes the memory's Korean refusals through and explains anything else.
func (d *Orders) namesErr(korean string, err error) error {
	var ue *UserError
	if errors.As(err, &ue) {
		return err
	}
	return d.fail(korean, err)
}

package app

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"sellerdesk/app/views"
	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// LearnedNamesSetting is the store setting holding the name pairs the seller taught the
// option-name check (이지어드민's 상품매칭 habit: match once, automatic afterwards).
const LearnedNamesSetting = "check.learned-names.v1"

// maxLearnedNames bounds the list; a seller with more distinct flagged pairs than this has a
// catalogue problem that a list will not solve.
const maxLearnedNames = 5000

// nameMemory is the taught pairs as the checks read them: loaded at start, replaced whole on
// each change. Readers (the sync merge, which runs inside a store transaction) only take mu for
// a moment; a change holds edit while it reads, writes and replaces, and never holds mu while it
// calls the store.
type nameMemory struct {
	mu      sync.RWMutex
	learned check.Learned
	pairs   []check.LearnedPair
	edit    sync.Mutex
}

// learnedNames is what the checks apply: the pairs taught so far.
func (a *App) learnedNames() check.Learned {
	a.names.mu.RLock()
	defer a.names.mu.RUnlock()
	return a.names.learned
}

// runChecks runs the pre-ship checks with the pairs the seller taught: the check of the sync and
// of the writes.
func (a *App) runChecks(prev, next *order.Shipment, now time.Time) {
	check.ApplyLearned(prev, next, now, a.learnedNames())
}

func (a *App) taughtPairs() []check.LearnedPair {
	a.names.mu.RLock()
	defer a.names.mu.RUnlock()
	return append([]check.LearnedPair(nil), a.names.pairs...)
}

// loadLearnedNames reads the taught pairs from the store.
func (a *App) loadLearnedNames(ctx context.Context) error {
	var pairs []check.LearnedPair
	if _, err := a.store.GetSetting(ctx, LearnedNamesSetting, &pairs); err != nil {
		return fmt.Errorf("app: read learned names: %w", err)
	}
	a.setLearnedNames(pairs)
	return nil
}

func (a *App) setLearnedNames(pairs []check.LearnedPair) {
	a.names.mu.Lock()
	defer a.names.mu.Unlock()
	a.names.pairs, a.names.learned = pairs, check.NewLearned(pairs)
}

// editLearnedNames changes the taught pairs and stores them, then re-checks the stored shipments
// that show the pair so their findings follow at once.
func (a *App) editLearnedNames(ctx context.Context, edit func([]check.LearnedPair) ([]check.LearnedPair, error)) error {
	a.names.edit.Lock()
	defer a.names.edit.Unlock()
	pairs, err := edit(a.taughtPairs())
	if err != nil {
		return err
	}
	if err := a.store.PutSetting(ctx, LearnedNamesSetting, pairs); err != nil {
		return fmt.Errorf("app: store learned names: %w", err)
	}
	a.setLearnedNames(pairs)
	return nil
}

// recheckPair runs the checks again on every stored shipment with a line showing the pair and
// returns the keys it changed.
func (a *App) recheckPair(ctx context.Context, p check.LearnedPair, audit store.AuditEntry) ([]string, error) {
	keys, err := a.store.Keys(ctx, store.Filter{Text: p.Exposed})
	if err != nil {
		return nil, fmt.Errorf("app: find shipments of a name pair: %w", err)
	}
	id := p.ID()
	learned := a.learnedNames()
	var changed []string
	for _, key := range keys {
		s, err := a.store.Shipment(ctx, key)
		if err != nil {
			return changed, fmt.Errorf("app: read %s: %w", key, err)
		}
		if !showsPair(&s, id) {
			continue
		}
		audit.ShipmentKey = key
		err = a.store.Update(ctx, key, func(s *order.Shipment) error {
			prev := *s
			check.ApplyLearned(&prev, s, a.cfg.Now(), learned)
			return nil
		}, audit)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return changed, fmt.Errorf("app: re-check %s: %w", key, err)
		}
		changed = append(changed, key)
	}
	return changed, nil
}

func showsPair(s *order.Shipment, id string) bool {
	for i := range s.Lines {
		l := &s.Lines[i]
		if l.ExposedName != "" && check.PairID(check.RegisteredName(l), l.ExposedName, l.Multiplier()) == id {
			return true
		}
	}
	return false
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
	err = d.app.editLearnedNames(ctx, func(pairs []check.LearnedPair) ([]check.LearnedPair, error) {
		out := pairs[:0]
		for _, q := range pairs {
			if q.ID() != p.ID() {
				out = append(out, q)
			}
		}
		if len(out) >= maxLearnedNames {
			return nil, userErr(fmt.Sprintf("기억한 상품명 조합이 %d개를 넘었습니다. 설정에서 오래된 조합을 지우세요.", maxLearnedNames),
				errors.New("too many learned names"))
		}
		return append(out, p), nil
	})
	if err != nil {
		var ue *UserError
		if errors.As(err, &ue) {
			return views.ShipmentDetail{}, err
		}
		return views.ShipmentDetail{}, d.fail("상품명 조합을 기억하지 못했습니다.", err)
	}
	verdict := learnedView(p).Verdict
	changed, err := d.app.recheckPair(ctx, p, store.AuditEntry{At: now, Actor: sellerActor, Action: "names-taught",
		Detail: verdict + "으로 기억: " + p.Registered + " ↔ " + p.Exposed})
	if err != nil {
		return views.ShipmentDetail{}, d.fail("기억한 조합으로 주문을 다시 검수하지 못했습니다.", err)
	}
	d.app.log.Info("names taught", "key", key, "line", line, "same", same, "rechecked", len(changed))
	d.app.events.Emit(EventShipmentsChanged, changed)
	return d.GetShipment(key)
}

// LearnedNames lists the pairs the seller taught, newest first.
func (d *Orders) LearnedNames() ([]LearnedNameView, error) {
	pairs := d.app.taughtPairs()
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].At.After(pairs[j].At) })
	out := make([]LearnedNameView, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, learnedView(p))
	}
	return out, nil
}

// ForgetNames removes a taught pair: the check judges it again from now on, and the stored
// shipments showing it are checked again. It returns the remaining list.
func (d *Orders) ForgetNames(id string) ([]LearnedNameView, error) {
	ctx := d.ctx()
	var gone check.LearnedPair
	err := d.app.editLearnedNames(ctx, func(pairs []check.LearnedPair) ([]check.LearnedPair, error) {
		out := pairs[:0]
		for _, q := range pairs {
			if q.ID() == id {
				gone = q
				continue
			}
			out = append(out, q)
		}
		if gone.Exposed == "" {
			return nil, userErr("이 조합은 이미 지워졌습니다. 목록을 새로 고치세요.", fmt.Errorf("forget names: unknown id %q", id))
		}
		return out, nil
	})
	if err != nil {
		var ue *UserError
		if errors.As(err, &ue) {
			return nil, err
		}
		return nil, d.fail("기억한 조합을 지우지 못했습니다.", err)
	}
	now := d.app.cfg.Now()
	changed, err := d.app.recheckPair(ctx, gone, store.AuditEntry{At: now, Actor: sellerActor, Action: "names-forgotten",
		Detail: "기억 지움: " + gone.Registered + " ↔ " + gone.Exposed})
	if err != nil {
		return nil, d.fail("주문을 다시 검수하지 못했습니다.", err)
	}
	d.app.log.Info("names forgotten", "id", id, "rechecked", len(changed))
	d.app.events.Emit(EventShipmentsChanged, changed)
	return d.LearnedNames()
}

// Package taught keeps the name pairs the seller taught the option-name check (이지어드민's
// 상품매칭 habit: match once, automatic afterwards): a pair marked the same goods is never flagged
// again, one marked different is always held. The pairs live in one store setting, are read at
// start, and a change re-checks the stored shipments that show the pair.
package taught

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Setting is the store setting holding the pairs.
const Setting = "check.learned-names.v1"

// Max bounds the list; a seller with more distinct flagged pairs than this has a catalogue
// problem that a list will not solve.
const Max = 5000

// Memory is the taught pairs as the checks read them: loaded at start, replaced whole on each
// change. Readers (the sync merge, which runs inside a store transaction) only take mu for a
// moment; a change holds edit while it reads, writes and replaces, and never holds mu while it
// calls the store.
type Memory struct {
	store *store.Store
	now   func() time.Time

	mu      sync.RWMutex
	learned check.Learned
	pairs   []check.LearnedPair
	edit    sync.Mutex
}

// New is the memory of the pairs stored in st (Load reads them).
func New(st *store.Store, now func() time.Time) *Memory {
	return &Memory{store: st, now: now, learned: check.NewLearned(nil)}
}

// Load reads the pairs from the store.
func (m *Memory) Load(ctx context.Context) error {
	var pairs []check.LearnedPair
	if _, err := m.store.GetSetting(ctx, Setting, &pairs); err != nil {
		return fmt.Errorf("taught: read: %w", err)
	}
	m.set(pairs)
	return nil
}

// Learned is what the checks apply: the pairs taught so far.
func (m *Memory) Learned() check.Learned {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.learned
}

// Pairs are the taught pairs, newest first.
func (m *Memory) Pairs() []check.LearnedPair {
	m.mu.RLock()
	pairs := append([]check.LearnedPair(nil), m.pairs...)
	m.mu.RUnlock()
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].At.After(pairs[j].At) })
	return pairs
}

func (m *Memory) set(pairs []check.LearnedPair) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pairs, m.learned = pairs, check.NewLearned(pairs)
}

// change stores the pairs edit makes of the current ones.
func (m *Memory) change(ctx context.Context, edit func([]check.LearnedPair) ([]check.LearnedPair, error)) error {
	m.edit.Lock()
	defer m.edit.Unlock()
	m.mu.RLock()
	cur := append([]check.LearnedPair(nil), m.pairs...)
	m.mu.RUnlock()
	pairs, err := edit(cur)
	if err != nil {
		return err
	}
	if err := m.store.PutSetting(ctx, Setting, pairs); err != nil {
		return fmt.Errorf("taught: store: %w", err)
	}
	m.set(pairs)
	return nil
}

// Teach remembers p (replacing an earlier answer for the same pair) and re-checks the stored
// shipments that show it; it returns the keys it changed. Over Max pairs it refuses in Korean.
func (m *Memory) Teach(ctx context.Context, p check.LearnedPair, audit store.AuditEntry) ([]string, error) {
	err := m.change(ctx, func(pairs []check.LearnedPair) ([]check.LearnedPair, error) {
		out := pairs[:0]
		for _, q := range pairs {
			if q.ID() != p.ID() {
				out = append(out, q)
			}
		}
		if len(out) >= Max {
			return nil, usererr.New(fmt.Sprintf("기억한 상품명 조합이 %d개를 넘었습니다. 설정에서 오래된 조합을 지우세요.", Max),
				errors.New("too many learned names"))
		}
		return append(out, p), nil
	})
	if err != nil {
		return nil, err
	}
	return m.recheck(ctx, p, audit)
}

// Forget removes the pair with id and re-checks the stored shipments that show it; it returns the
// pair and the keys it changed. An id no longer taught is refused in Korean.
func (m *Memory) Forget(ctx context.Context, id string, audit func(check.LearnedPair) store.AuditEntry) (check.LearnedPair, []string, error) {
	var gone check.LearnedPair
	err := m.change(ctx, func(pairs []check.LearnedPair) ([]check.LearnedPair, error) {
		out := pairs[:0]
		for _, q := range pairs {
			if q.ID() == id {
				gone = q
				continue
			}
			out = append(out, q)
		}
		if gone.Exposed == "" {
			return nil, usererr.New("이 조합은 이미 지워졌습니다. 목록을 새로 고치세요.", fmt.Errorf("forget names: unknown id %q", id))
		}
		return out, nil
	})
	if err != nil {
		return gone, nil, err
	}
	changed, err := m.recheck(ctx, gone, audit(gone))
	return gone, changed, err
}

// recheck runs the checks again on every stored shipment with a line showing the pair and
// returns the keys it changed.
func (m *Memory) recheck(ctx context.Context, p check.LearnedPair, audit store.AuditEntry) ([]string, error) {
	keys, err := m.store.Keys(ctx, store.Filter{Text: p.Exposed})
	if err != nil {
		return nil, fmt.Errorf("taught: find shipments of a name pair: %w", err)
	}
	id := p.ID()
	learned := m.Learned()
	var changed []string
	for _, key := range keys {
		s, err := m.store.Shipment(ctx, key)
		if err != nil {
			return changed, fmt.Errorf("taught: read %s: %w", key, err)
		}
		if !showsPair(&s, id) {
			continue
		}
		audit.ShipmentKey = key
		err = m.store.Update(ctx, key, func(s *order.Shipment) error {
			prev := *s
			check.ApplyLearned(&prev, s, m.now(), learned)
			return nil
		}, audit)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return changed, fmt.Errorf("taught: re-check %s: %w", key, err)
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

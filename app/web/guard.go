package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"strings"
	"sync"
	"time"
)

// guard slows password guessing at the whole door, whoever guesses and from wherever:
//
//   - One password check runs at a time. An attempt waits up to guardQueueWait for its turn and
//     is refused as busy after that, so a hundred parallel tries are not a hundred bcrypt checks.
//   - An attempt is counted when it gets its turn, before bcrypt runs.
//   - The count is global, not per address: every 127.x.y.z is this PC, and rotating over
//     addresses must not buy more guesses. After freeFailures failures in a row every attempt is
//     refused for a lockout that doubles with each further failure (30 s … 15 min).
//   - The owner is never locked out by someone else's failures: a lockout shows an unlock code on
//     the console of the running SellerDesk (Config.Notice); the right password together with that
//     code logs in at once. Wrong codes count as failures and replace the code after a few.
type guard struct {
	slot   chan struct{}
	now    func() time.Time
	notice func(string)

	mu           sync.Mutex
	failures     int
	until        time.Time
	unlock       string
	unlockMisses int
}

const (
	freeFailures   = 5
	firstLockout   = 30 * time.Second
	maxLockout     = 15 * time.Minute
	guardQueueWait = 3 * time.Second
	// maxUnlockMisses wrong unlock codes replace the code (and show the new one).
	maxUnlockMisses = 3
)

func newGuard(now func() time.Time, notice func(string)) *guard {
	if notice == nil {
		notice = func(string) {}
	}
	return &guard{slot: make(chan struct{}, 1), now: now, notice: notice}
}

// enter waits for the one check slot; ok is false when the door is busy with other attempts.
func (g *guard) enter(ctx context.Context) (leave func(), ok bool) {
	t := time.NewTimer(guardQueueWait)
	defer t.Stop()
	select {
	case g.slot <- struct{}{}:
		return func() { <-g.slot }, true
	case <-t.C:
		return nil, false
	case <-ctx.Done():
		return nil, false
	}
}

// admit decides, inside the slot, whether an attempt may be checked now: wait > 0 while locked
// out, unless unlockCode is the code shown on the console.
func (g *guard) admit(unlockCode string) (wait time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	wait = g.until.Sub(g.now())
	if wait <= 0 {
		return 0
	}
	if unlockCode == "" {
		return wait
	}
	if codesEqual(unlockCode, g.unlock) {
		return 0
	}
	g.unlockMisses++
	g.failLocked()
	if g.unlockMisses >= maxUnlockMisses {
		g.newUnlockLocked()
	}
	return g.until.Sub(g.now())
}

// failed records a wrong password (or setup code).
func (g *guard) failed() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.failLocked()
}

func (g *guard) failLocked() {
	g.failures++
	if g.failures < freeFailures {
		return
	}
	d := firstLockout << min(g.failures-freeFailures, 16)
	if d > maxLockout || d <= 0 {
		d = maxLockout
	}
	g.until = g.now().Add(d)
	if g.unlock == "" {
		g.newUnlockLocked()
	}
}

func (g *guard) newUnlockLocked() {
	code, err := NewCode()
	if err != nil {
		return // no code this time: the lockout still ends by itself
	}
	g.unlock, g.unlockMisses = code, 0
	g.notice(code)
}

// succeeded clears the failures and the lockout after a right password.
func (g *guard) succeeded() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.failures, g.until, g.unlock, g.unlockMisses = 0, time.Time{}, "", 0
}

// codeAlphabet has no 0/O, 1/I/L: a code read off a console is typed without doubt.
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// NewCode returns a one-time code (8 characters, about 39 bits, written XXXX-XXXX) for the first
// password (set-up code) or to lift a login lockout (unlock code).
func NewCode() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("web: one-time code: %w", err)
	}
	var sb strings.Builder
	for i, c := range b {
		if i == 4 {
			sb.WriteByte('-')
		}
		sb.WriteByte(codeAlphabet[int(c)%len(codeAlphabet)])
	}
	return sb.String(), nil
}

// codesEqual compares a typed code with the expected one, ignoring case, spaces and dashes.
func codesEqual(typed, want string) bool {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == ' ' {
				return -1
			}
			return r
		}, strings.ToUpper(strings.TrimSpace(s)))
	}
	a, b := norm(typed), norm(want)
	return b != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

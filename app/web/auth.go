package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"sellerdesk/app"
)

// PasswordStore keeps the serve password's bcrypt hash (the store's settings in production).
type PasswordStore interface {
	GetSetting(ctx context.Context, name string, v any) (bool, error)
	PutSetting(ctx context.Context, name string, v any) error
}

const passwordSetting = app.ServePasswordSetting

// MinPasswordLen is the shortest serve password accepted.
const MinPasswordLen = app.MinServePasswordLen

// ErrWeakPassword is returned for a password shorter than MinPasswordLen.
var ErrWeakPassword = errors.New("web: password too short")

// PasswordSet reports whether a serve password has been set.
func PasswordSet(ctx context.Context, ps PasswordStore) (bool, error) {
	var h string
	ok, err := ps.GetSetting(ctx, passwordSetting, &h)
	if err != nil {
		return false, fmt.Errorf("web: read password: %w", err)
	}
	return ok && h != "", nil
}

// SetPassword stores the bcrypt hash of password (never the password itself).
func SetPassword(ctx context.Context, ps PasswordStore, password string) error {
	return setPassword(ctx, ps, password, bcrypt.DefaultCost)
}

func setPassword(ctx context.Context, ps PasswordStore, password string, cost int) error {
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return ErrWeakPassword
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), cost)
	if err != nil {
		return fmt.Errorf("web: hash password: %w", err)
	}
	if err := ps.PutSetting(ctx, passwordSetting, string(h)); err != nil {
		return fmt.Errorf("web: save password: %w", err)
	}
	return nil
}

// passwordHash returns the stored hash ("" when none is set).
func passwordHash(ctx context.Context, ps PasswordStore) (string, error) {
	var h string
	if _, err := ps.GetSetting(ctx, passwordSetting, &h); err != nil {
		return "", fmt.Errorf("web: read password: %w", err)
	}
	return h, nil
}

func checkPassword(ctx context.Context, ps PasswordStore, password string) (bool, error) {
	var h string
	ok, err := ps.GetSetting(ctx, passwordSetting, &h)
	if err != nil {
		return false, fmt.Errorf("web: read password: %w", err)
	}
	if !ok || h == "" {
		return false, nil
	}
	return bcrypt.CompareHashAndPassword([]byte(h), []byte(password)) == nil, nil
}

// sessions are in memory: a restart of `serve` logs everyone out, which is what a seller expects
// from a program on their own PC. A session is bound to the password (hash) it was opened with:
// changing the password ends every open session, so a leaked password stops working everywhere.
type sessions struct {
	mu  sync.Mutex
	ttl time.Duration
	now func() time.Time
	m   map[string]session
}

type session struct {
	expires time.Time
	pwHash  string
}

func newSessions(ttl time.Duration, now func() time.Time) *sessions {
	return &sessions{ttl: ttl, now: now, m: map[string]session{}}
}

func (s *sessions) create(pwHash string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("web: session token: %w", err)
	}
	tok := hex.EncodeToString(b)
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for k, ses := range s.m { // drop expired sessions as new ones arrive
		if now.After(ses.expires) {
			delete(s.m, k)
		}
	}
	s.m[tok] = session{expires: now.Add(s.ttl), pwHash: pwHash}
	return tok, nil
}

// valid reports whether tok is a live session opened with the current password hash.
func (s *sessions) valid(tok, pwHash string) bool {
	if tok == "" {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ses, ok := s.m[tok]
	if !ok {
		return false
	}
	if s.now().After(ses.expires) || ses.pwHash != pwHash {
		delete(s.m, tok)
		return false
	}
	return true
}

func (s *sessions) drop(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, tok)
}

// throttle slows down password guessing: after a few failures from one address, further attempts
// are refused for a period that doubles with every failure (capped).
type throttle struct {
	mu    sync.Mutex
	now   func() time.Time
	state map[string]*attempts
}

type attempts struct {
	failures int
	until    time.Time
}

const (
	freeFailures = 5
	firstLockout = 30 * time.Second
	maxLockout   = 15 * time.Minute
)

func newThrottle(now func() time.Time) *throttle {
	return &throttle{now: now, state: map[string]*attempts{}}
}

// wait returns how long addr must wait before trying again (0 = may try now).
func (t *throttle) wait(addr string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	a, ok := t.state[addr]
	if !ok {
		return 0
	}
	if d := a.until.Sub(t.now()); d > 0 {
		return d
	}
	return 0
}

func (t *throttle) fail(addr string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	a, ok := t.state[addr]
	if !ok {
		a = &attempts{}
		t.state[addr] = a
	}
	a.failures++
	if a.failures >= freeFailures {
		d := firstLockout << (a.failures - freeFailures)
		if d > maxLockout || d <= 0 {
			d = maxLockout
		}
		a.until = t.now().Add(d)
	}
}

func (t *throttle) succeed(addr string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.state, addr)
}

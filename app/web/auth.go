package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"

	"sellerdesk/app"
	"sellerdesk/backend/doorpass"
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
var ErrWeakPassword = doorpass.ErrWeak

// PasswordSet reports whether a serve password has been set.
func PasswordSet(ctx context.Context, ps PasswordStore) (bool, error) {
	h, err := passwordHash(ctx, ps)
	return h != "", err
}

// SetPassword stores the hash of password (never the password itself).
func SetPassword(ctx context.Context, ps PasswordStore, password string) error {
	return setPassword(ctx, ps, password, bcrypt.DefaultCost)
}

func setPassword(ctx context.Context, ps PasswordStore, password string, cost int) error {
	h, err := app.HashServePassword(password, cost)
	if err != nil {
		return fmt.Errorf("web: %w", err)
	}
	if err := ps.PutSetting(ctx, passwordSetting, h); err != nil {
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

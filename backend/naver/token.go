package naver

import (
	"context"
	"log/slog"
	"sellerdesk/backend/order"
	"sync"
	"time"
)

const (
	// maxTokenLifetime is Naver's token lifetime (3 h); a longer expires_in is not believed.
	maxTokenLifetime = 3 * time.Hour
	// refreshBefore: Naver hands out a new token once less than 30 min remain.
	refreshBefore = 30 * time.Minute
	// unusableBefore: a token this close to expiry is not sent any more.
	unusableBefore = time.Minute
	// minRefreshGap keeps a refresh that returned the same token from asking again at once.
	minRefreshGap = time.Minute
)

// Token is an access token and when it expires. String and LogValue never show the token.
type Token struct {
	AccessToken string    `json:"accessToken"`
	TokenType   string    `json:"tokenType"`
	ExpiresAt   time.Time `json:"expiresAt"`
	IssuedAt    time.Time `json:"issuedAt"`
}

// String implements fmt.Stringer without the secret value.
func (t Token) String() string {
	return "naver token (expires " + t.ExpiresAt.In(order.KST()).Format(time.RFC3339) + ")"
}

// GoString implements fmt.GoStringer without the secret value.
func (t Token) GoString() string { return t.String() }

// LogValue implements slog.LogValuer without the secret value.
func (t Token) LogValue() slog.Value {
	return slog.GroupValue(slog.Time("expiresAt", t.ExpiresAt), slog.Time("issuedAt", t.IssuedAt))
}

// TokenCache persists the access token so a restart does not ask Naver again. The store
// implements it; MemoryTokenCache is the in-process default.
type TokenCache interface {
	// LoadToken returns the saved token; ok is false when none is saved.
	LoadToken(ctx context.Context) (tok Token, ok bool, err error)
	SaveToken(ctx context.Context, tok Token) error
}

// MemoryTokenCache keeps the token in memory only.
type MemoryTokenCache struct {
	mu  sync.Mutex
	tok Token
	ok  bool
}

// LoadToken implements TokenCache.
func (m *MemoryTokenCache) LoadToken(context.Context) (Token, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.tok, m.ok, nil
}

// SaveToken implements TokenCache.
func (m *MemoryTokenCache) SaveToken(_ context.Context, t Token) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tok, m.ok = t, true
	return nil
}

// tokenFlight is one token request shared by every caller that needs a token meanwhile.
type tokenFlight struct {
	done chan struct{}
	tok  Token
	err  error
}

// tokenState is the client's view of its token, guarded by mu.
type tokenState struct {
	mu          sync.Mutex
	tok         Token
	have        bool
	cacheLoaded bool
	lastFetch   time.Time
	flight      *tokenFlight
}

// accessToken returns a usable token, asking Naver at most once for any number of concurrent callers.
func (c *Client) accessToken(ctx context.Context) (Token, error) {
	now := c.clock()
	c.ts.mu.Lock()
	usable := c.ts.have && now.Before(c.ts.tok.ExpiresAt.Add(-unusableBefore))
	wantsRefresh := !c.ts.cacheLoaded || !usable ||
		(!now.Before(c.ts.tok.ExpiresAt.Add(-refreshBefore)) && now.Sub(c.ts.lastFetch) >= minRefreshGap)
	if !wantsRefresh {
		tok := c.ts.tok
		c.ts.mu.Unlock()
		return tok, nil
	}
	fl := c.ts.flight
	if fl == nil {
		fl = &tokenFlight{done: make(chan struct{})}
		c.ts.flight = fl
		go c.runTokenFlight(context.WithoutCancel(ctx), fl)
	}
	old, oldUsable := c.ts.tok, usable
	c.ts.mu.Unlock()

	select {
	case <-ctx.Done():
		return Token{}, ctx.Err()
	case <-fl.done:
	}
	if fl.err == nil {
		return fl.tok, nil
	}
	if oldUsable && !IsQuota(fl.err) && !IsIPNotAllowed(fl.err) {
		// Refreshing early failed; the old token still works for a while.
		c.log.WarnContext(ctx, "naver: token refresh failed, keeping the current token", "err", fl.err)
		return old, nil
	}
	return Token{}, fl.err
}

func (c *Client) runTokenFlight(ctx context.Context, fl *tokenFlight) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	defer func() {
		c.ts.mu.Lock()
		if fl.err == nil {
			c.ts.tok, c.ts.have = fl.tok, true
		}
		c.ts.flight = nil
		c.ts.mu.Unlock()
		close(fl.done)
	}()

	c.ts.mu.Lock()
	loadCache := !c.ts.cacheLoaded
	c.ts.cacheLoaded = true
	c.ts.mu.Unlock()
	if loadCache {
		tok, ok, err := c.cache.LoadToken(ctx)
		switch {
		case err != nil:
			c.log.WarnContext(ctx, "naver: cannot load the saved token", "err", err)
		case ok && tok.AccessToken != "" && c.clock().Before(tok.ExpiresAt.Add(-refreshBefore)):
			fl.tok = tok
			return
		}
	}
	tok, err := c.issueToken(ctx)
	c.ts.mu.Lock()
	c.ts.lastFetch = c.clock()
	c.ts.mu.Unlock()
	if err != nil {
		fl.err = err
		return
	}
	fl.tok = tok
	if err := c.cache.SaveToken(ctx, tok); err != nil {
		c.log.WarnContext(ctx, "naver: cannot save the token", "err", err)
	}
}

// invalidateToken forgets tok after Naver refused it, unless a newer one already replaced it.
func (c *Client) invalidateToken(tok Token) {
	c.ts.mu.Lock()
	defer c.ts.mu.Unlock()
	if c.ts.have && c.ts.tok.AccessToken == tok.AccessToken {
		c.ts.have = false
		c.ts.tok = Token{}
		c.ts.lastFetch = time.Time{}
	}
}

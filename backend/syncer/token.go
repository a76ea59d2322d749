package syncer

import (
	"context"
	"fmt"

	"sellerdesk/backend/naver"
	"sellerdesk/backend/store"
)

// StoreTokenCache keeps the Naver access token in the store's settings (the data file is the
// seller's own, 0600), so a restart does not ask Naver for a new token: the token endpoint is the
// one call Naver penalises when called too often.
type StoreTokenCache struct {
	Store *store.Store
	// ClientID separates the tokens of different applications; a new application id never reuses
	// the old application's token.
	ClientID string
}

func (c StoreTokenCache) key() string { return "naver.token." + c.ClientID }

// LoadToken implements naver.TokenCache.
func (c StoreTokenCache) LoadToken(ctx context.Context) (naver.Token, bool, error) {
	var t naver.Token
	ok, err := c.Store.GetSetting(ctx, c.key(), &t)
	if err != nil {
		return naver.Token{}, false, fmt.Errorf("syncer: load naver token: %w", err)
	}
	return t, ok && t.AccessToken != "", nil
}

// SaveToken implements naver.TokenCache.
func (c StoreTokenCache) SaveToken(ctx context.Context, t naver.Token) error {
	if err := c.Store.PutSetting(ctx, c.key(), t); err != nil {
		return fmt.Errorf("syncer: save naver token: %w", err)
	}
	return nil
}

// Forget drops the kept token: the next call asks Naver for a new one. The app forgets it when
// the API address changes, so a token issued by one address is never sent to another.
func (c StoreTokenCache) Forget(ctx context.Context) error {
	if err := c.Store.DeleteSetting(ctx, c.key()); err != nil {
		return fmt.Errorf("syncer: forget naver token: %w", err)
	}
	return nil
}

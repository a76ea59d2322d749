package app

import (
	"context"
	"fmt"
	"time"

	"sellerdesk/backend/coupang"
	markets "sellerdesk/backend/market"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/syncer"
)

// Environment variables that override the saved keys and API addresses (the headless door, CI,
// a relay with a fixed IP). Read only when Config.Env is set. Trusted (whoever sets them runs the
// program), but an address still follows market.APIURL: openMarket refuses another.
const (
	EnvNaverClientID     = "SELLERDESK_NAVER_CLIENT_ID"
	EnvNaverClientSecret = "SELLERDESK_NAVER_CLIENT_SECRET"
	EnvNaverBaseURL      = "SELLERDESK_NAVER_BASE_URL"
	EnvCoupangVendorID   = "SELLERDESK_COUPANG_VENDOR_ID"
	EnvCoupangAccessKey  = "SELLERDESK_COUPANG_ACCESS_KEY"
	EnvCoupangSecretKey  = "SELLERDESK_COUPANG_SECRET_KEY"
	EnvCoupangBaseURL    = "SELLERDESK_COUPANG_BASE_URL"
	// EnvCoupangAPIVersions overrides endpoint versions, e.g. "ordersheets=v6" (see coupang.Endpoints).
	EnvCoupangAPIVersions = "SELLERDESK_COUPANG_API_VERSIONS"
	defaultNaverLookback  = 3
	defaultCoupangWindow  = 7
	maxCoupangWindowDays  = 31
	maxNaverLookbackDays  = 90
)

// syncSettings are the settings with the environment's overrides applied.
func (a *App) syncSettings(ctx context.Context) (Settings, error) {
	s, err := a.loadSettings(ctx)
	if err != nil {
		return s, err
	}
	env := a.cfg.Env
	if env == nil {
		return s, nil
	}
	for _, o := range []struct {
		name string
		dst  *string
	}{
		{EnvNaverClientID, &s.Naver.ClientID}, {EnvNaverClientSecret, &s.Naver.ClientSecret}, {EnvNaverBaseURL, &s.Naver.BaseURL},
		{EnvCoupangVendorID, &s.Coupang.VendorID}, {EnvCoupangAccessKey, &s.Coupang.AccessKey},
		{EnvCoupangSecretKey, &s.Coupang.SecretKey}, {EnvCoupangBaseURL, &s.Coupang.BaseURL},
		{EnvCoupangAPIVersions, &s.Coupang.APIVersions},
	} {
		if v := env(o.name); v != "" {
			*o.dst = v
		}
	}
	return s, nil
}

// market is one marketplace's connection: its client, shared by the sync and the writes, and the
// sync source reading with it (which also reads shipments back for the writes).
type market struct {
	m       order.Marketplace
	naver   *naver.Client
	coupang *coupang.Client
	source  syncer.Reader
}

// tokens says whether a Naver client keeps its token in the store (the sync and the writes) or
// asks Naver for a fresh one (the connection test, which must prove the keys).
type tokens bool

const (
	storedToken tokens = true
	freshToken  tokens = false
)

// openMarket builds the client and the sync source of m from the settings s (saved keys or the
// SELLERDESK_* environment: syncSettings): base URL, Coupang's API versions, the config's client
// options and the store-backed Naver token. It is the one place marketplace clients are made.
// ok is false when m has no keys; an error says in Korean which key cannot be used.
func (a *App) openMarket(m order.Marketplace, s Settings, tok tokens) (market, bool, error) {
	mk := market{m: m}
	if !s.configured(m) {
		return mk, false, nil
	}
	// The address rule holds for an address saved by an older version and for the environment's.
	base, err := markets.APIURL(m, apiURL(s, m))
	if err != nil {
		return mk, true, err
	}
	switch m {
	case order.Naver:
		opts := []naver.Option{naver.WithLogger(a.log)}
		if base != "" {
			opts = append(opts, naver.WithBaseURL(base))
		}
		if tok == storedToken {
			opts = append(opts, naver.WithTokenCache(syncer.StoreTokenCache{Store: a.store, ClientID: s.Naver.ClientID}))
		}
		c, err := naver.New(s.Naver.ClientID, s.Naver.ClientSecret, append(opts, a.cfg.NaverOptions...)...)
		if err != nil {
			return mk, true, userErr("네이버 애플리케이션 시크릿 형식이 올바르지 않습니다. 설정에서 다시 입력하세요.", err)
		}
		lookback := s.NaverLookbackDays
		if lookback <= 0 {
			lookback = defaultNaverLookback
		}
		src, err := syncer.NewNaver(syncer.NaverConfig{Client: c,
			Lookback: time.Duration(min(lookback, maxNaverLookbackDays)) * 24 * time.Hour})
		if err != nil {
			return mk, true, fmt.Errorf("app: naver source: %w", err)
		}
		mk.naver, mk.source = c, src
	case order.Coupang:
		versions, err := coupang.ParseVersions(s.Coupang.APIVersions)
		if err != nil {
			return mk, true, userErr(coupang.VersionsHelp, err)
		}
		if len(versions) > 0 {
			a.log.Info("coupang api versions overridden", "versions", versions.String())
		}
		opts := []coupang.Option{coupang.WithAPIVersions(versions), coupang.WithWingUserID(s.Coupang.WingUserID)}
		if base != "" {
			opts = append(opts, coupang.WithBaseURL(base))
		}
		c, err := coupang.New(s.Coupang.VendorID, s.Coupang.AccessKey, s.Coupang.SecretKey, append(opts, a.cfg.CoupangOptions...)...)
		if err != nil {
			return mk, true, userErr("쿠팡 API 키를 사용할 수 없습니다. 설정에서 다시 입력하세요.", err)
		}
		window := s.CoupangWindowDays
		if window <= 0 {
			window = defaultCoupangWindow
		}
		src, err := syncer.NewCoupang(syncer.CoupangConfig{Client: c,
			Window: time.Duration(min(window, maxCoupangWindowDays)) * 24 * time.Hour})
		if err != nil {
			return mk, true, fmt.Errorf("app: coupang source: %w", err)
		}
		mk.coupang, mk.source = c, src
	default:
		return mk, false, fmt.Errorf("app: unknown marketplace %q", m)
	}
	return mk, true, nil
}

// source is the sync source of m (see openMarket).
func (a *App) source(m order.Marketplace, s Settings) (syncer.Source, bool, error) {
	mk, ok, err := a.openMarket(m, s, storedToken)
	if err != nil || !ok {
		return nil, ok, err
	}
	return mk.source, true, nil
}

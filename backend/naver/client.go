package naver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sellerdesk/backend/retry"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// DefaultBaseURL is the production base; every path is relative to it.
const DefaultBaseURL = "https://api.commerce.naver.com/external"

const maxBodyBytes = 32 << 20

// Client calls the Naver Commerce API for one own-store application (type=SELF). It is safe for
// concurrent use. Create it with New.
type Client struct {
	clientID     string
	clientSecret string
	baseURL      string
	http         *http.Client
	clock        func() time.Time
	log          *slog.Logger
	cache        TokenCache

	rateLimit rate.Limit
	rateBurst int
	limMu     sync.Mutex
	limiters  map[string]*rate.Limiter

	retry  RetryPolicy
	sleep  func(ctx context.Context, d time.Duration) error
	jitter func(d time.Duration) time.Duration

	ts     tokenState
	sclock serverClock
	// calls counts the HTTP requests sent (token requests and every retry included).
	calls atomic.Int64
}

// RetryPolicy bounds the retries of reads (writes are never retried); the default is 4 tries,
// 500 ms doubling up to 5 s. It is the one policy type of both clients (retry.Policy).
type RetryPolicy = retry.Policy

// Option configures a Client.
type Option func(*Client)

// WithBaseURL sets the API base (tests, a fixed-IP relay). It must include "/external".
func WithBaseURL(u string) Option { return func(c *Client) { c.baseURL = strings.TrimRight(u, "/") } }

// WithHTTPClient sets the HTTP client (timeouts, proxy). The default has a 30 s timeout.
func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.http = h } }

// WithClock sets the clock used for token timestamps and expiry.
func WithClock(now func() time.Time) Option { return func(c *Client) { c.clock = now } }

// WithLogger sets the logger. Tokens and secrets are never logged; trace ids always are.
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// WithTokenCache sets where the token is persisted between runs.
func WithTokenCache(tc TokenCache) Option { return func(c *Client) { c.cache = tc } }

// WithRateLimit sets the per-API client-side pace (default 2/s, burst 2). rate.Inf turns it off.
// GNCP-GW-RateLimit-* answer headers adjust it later.
func WithRateLimit(r rate.Limit, burst int) Option {
	return func(c *Client) { c.rateLimit, c.rateBurst = r, burst }
}

// WithRetry sets the read retry policy.
func WithRetry(p RetryPolicy) Option { return func(c *Client) { c.retry = p } }

// WithSleep replaces the backoff sleep (tests make it instant or record it).
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(c *Client) { c.sleep = sleep }
}

// WithJitter replaces the backoff jitter; it maps the nominal delay to the one slept.
func WithJitter(j func(d time.Duration) time.Duration) Option {
	return func(c *Client) { c.jitter = j }
}

// New makes a client for the application clientID/clientSecret. The secret must be the bcrypt salt
// Naver shows ("$2a$04$…", 29 characters); anything else is a *SecretFormatError.
func New(clientID, clientSecret string, opts ...Option) (*Client, error) {
	if strings.TrimSpace(clientID) == "" {
		return nil, &RequestError{Op: "new client", Reason: "empty client id"}
	}
	if err := ValidateSecret(clientSecret); err != nil {
		return nil, err
	}
	c := &Client{
		clientID:     clientID,
		clientSecret: clientSecret,
		baseURL:      DefaultBaseURL,
		http:         &http.Client{Timeout: 30 * time.Second},
		clock:        time.Now,
		log:          slog.New(slog.DiscardHandler),
		cache:        &MemoryTokenCache{},
		rateLimit:    2,
		rateBurst:    2,
		limiters:     map[string]*rate.Limiter{},
		retry:        RetryPolicy{MaxTries: 4, BaseDelay: 500 * time.Millisecond, MaxDelay: 5 * time.Second},
		sleep:        retry.Sleep,
		jitter:       func(d time.Duration) time.Duration { return d/2 + rand.N(d/2+1) },
	}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// String shows the application id and address, never the secret.
func (c *Client) String() string {
	return "naver.Client{clientId=" + c.clientID + ", baseUrl=" + c.baseURL + "}"
}

// GoString keeps %#v from printing the secret.
func (c *Client) GoString() string { return c.String() }

// LogValue keeps slog from printing the secret.
func (c *Client) LogValue() slog.Value { return slog.StringValue(c.String()) }

// Calls is how many HTTP requests the client has sent so far (token requests and retries
// included): the sync log's call count.
func (c *Client) Calls() int64 { return c.calls.Load() }

// CheckAccess gets a token (from the cache or from Naver) to prove the application id, secret
// and this PC's IP work; the settings screen calls it. Errors are typed like every other call.
func (c *Client) CheckAccess(ctx context.Context) error {
	if _, err := c.accessToken(ctx); err != nil {
		return fmt.Errorf("naver: check access: %w", err)
	}
	return nil
}

// limiter returns the pace of one API.
func (c *Client) limiter(api string) *rate.Limiter {
	c.limMu.Lock()
	defer c.limMu.Unlock()
	l, ok := c.limiters[api]
	if !ok {
		l = rate.NewLimiter(c.rateLimit, max(c.rateBurst, 1))
		c.limiters[api] = l
	}
	return l
}

// adjustLimiter follows GNCP-GW-RateLimit-Replenish-Rate / -Burst-Capacity when Naver sends them.
func (c *Client) adjustLimiter(l *rate.Limiter, h http.Header) {
	if c.rateLimit == rate.Inf {
		return
	}
	if r, err := strconv.ParseFloat(h.Get("GNCP-GW-RateLimit-Replenish-Rate"), 64); err == nil && r > 0 && rate.Limit(r) != l.Limit() {
		l.SetLimit(rate.Limit(r))
	}
	if b, err := strconv.Atoi(h.Get("GNCP-GW-RateLimit-Burst-Capacity")); err == nil && b > 0 && b != l.Burst() {
		l.SetBurst(b)
	}
}

// retryAfter is the Retry-After header's wait, 0 without one.
func retryAfter(h http.Header) time.Duration {
	if s, err := strconv.Atoi(h.Get("Retry-After")); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 0
}

// request describes one API call.
type request struct {
	op     string // for errors and logs, e.g. "query product orders"
	api    string // rate-limit bucket
	method string
	path   string
	query  url.Values
	body   any
	write  bool
	ids    []string // product orders a write touches
}

// backoff is the nominal delay before try n+1 (n ≥ 1).
func (c *Client) backoff(n int, h http.Header) time.Duration {
	d := c.retry.Delay(n)
	d = max(d, min(retryAfter(h), 30*time.Second))
	return c.jitter(d)
}

// do performs rq and decodes the answer's "data" into out. Reads are retried on 429 GW.RATE_LIMIT,
// 5xx, timeouts and cut-off answers. Writes are only repeated after refusals that prove nothing was
// applied (429 GW.RATE_LIMIT from the gateway; 401 GW.AUTHN, once, with a new token); after a
// timeout, a 5xx or a cut-off answer they give *OutcomeUnknownError and are never retried.
func (c *Client) do(ctx context.Context, rq request, out any) (string, error) {
	var payload []byte
	if rq.body != nil {
		var err error
		if payload, err = json.Marshal(rq.body); err != nil {
			return "", fmt.Errorf("naver: %s: encode request: %w", rq.op, err)
		}
	}
	reissued := false
	for try := 1; ; try++ {
		tok, err := c.accessToken(ctx)
		if err != nil {
			return "", fmt.Errorf("naver: %s: get token: %w", rq.op, err)
		}
		lim := c.limiter(rq.api)
		if err := lim.Wait(ctx); err != nil {
			return "", fmt.Errorf("naver: %s: wait for rate limit: %w", rq.op, err)
		}
		began := time.Now()
		status, header, body, err := c.send(ctx, rq, tok, payload)
		took := time.Since(began)
		trace := header.Get("GNCP-GW-Trace-ID")
		if header != nil {
			c.adjustLimiter(lim, header)
			c.learnFromDate(header)
		}
		if err == nil && status >= 200 && status < 300 {
			derr := decodeData(body, out, !rq.write)
			if derr == nil {
				c.log.DebugContext(ctx, "naver: call ok", "op", rq.op, "status", status, "trace_id", trace, "try", try, "took", took)
				return trace, nil
			}
			err = &DecodeError{Op: rq.op, TraceID: trace, Err: derr}
		}
		var apiErr *APIError
		if err == nil {
			apiErr = parseAPIError(rq.op, status, header, body)
			err = apiErr
		}
		if ctx.Err() != nil {
			if rq.write {
				return trace, &OutcomeUnknownError{Op: rq.op, ProductOrderIDs: rq.ids, TraceID: trace, Err: ctx.Err()}
			}
			return trace, fmt.Errorf("naver: %s: %w", rq.op, ctx.Err())
		}
		c.log.WarnContext(ctx, "naver: call failed", "op", rq.op, "status", status, "trace_id", trace, "try", try, "took", took, "err", err)

		if apiErr != nil && apiErr.IsAuth() && !reissued {
			reissued = true
			c.invalidateToken(tok)
			try--
			continue
		}
		if apiErr != nil && (apiErr.IsQuota() || apiErr.IsIPNotAllowed()) {
			return trace, apiErr
		}
		retryable := apiErr == nil || apiErr.IsRateLimit() || apiErr.IsServer()
		if rq.write {
			// The gateway's own rate limit refuses a write before it reaches the order system, so
			// that one refusal is safe to wait out; every other write failure is final or unknown.
			gatewayRateLimit := apiErr != nil && apiErr.Code == CodeRateLimit
			switch {
			case gatewayRateLimit:
				retryable = true
			case apiErr != nil && !apiErr.IsServer():
				return trace, apiErr // a definite refusal: nothing was applied
			default:
				return trace, &OutcomeUnknownError{Op: rq.op, ProductOrderIDs: rq.ids, TraceID: trace, Err: err}
			}
		}
		if !retryable || try >= c.retry.Tries() {
			if apiErr != nil && apiErr.IsRateLimit() {
				return trace, &RateLimitError{RetryAfter: retryAfter(header), Err: apiErr}
			}
			if apiErr != nil {
				return trace, apiErr
			}
			return trace, fmt.Errorf("naver: %s: %w", rq.op, err)
		}
		if serr := c.sleep(ctx, c.backoff(try, header)); serr != nil {
			return trace, fmt.Errorf("naver: %s: %w", rq.op, serr)
		}
	}
}

// send makes one HTTP exchange. A nil error means a complete answer was read.
func (c *Client) send(ctx context.Context, rq request, tok Token, payload []byte) (int, http.Header, []byte, error) {
	u := c.baseURL + rq.path
	if len(rq.query) > 0 {
		u += "?" + rq.query.Encode()
	}
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, rq.method, u, body)
	if err != nil {
		return 0, http.Header{}, nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	req.Header.Set("Accept", "application/json")
	if payload != nil {
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	c.calls.Add(1)
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, http.Header{}, nil, redactURLError(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBodyBytes))
	if err != nil {
		return resp.StatusCode, resp.Header, b, fmt.Errorf("read answer: %w", err)
	}
	return resp.StatusCode, resp.Header, b, nil
}

// redactURLError drops the URL from transport errors: it is long and never needed by the seller.
func redactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

// decodeData unmarshals the envelope {"timestamp","traceId","data"} and then data into out.
// Naver leaves "data" out when a read has nothing to give (a window without changes, a query of
// unknown ids): with emptyOK that is an empty answer and out stays as it is. A write's answer
// always carries data; without it nothing is known about what was applied.
func decodeData(body []byte, out any, emptyOK bool) error {
	var env struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return fmt.Errorf("decode answer: %w", err)
	}
	if out == nil {
		return nil
	}
	if len(env.Data) == 0 || string(env.Data) == "null" {
		if emptyOK {
			return nil
		}
		return errors.New("answer has no data")
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		return fmt.Errorf("decode data: %w", err)
	}
	return nil
}

// tokenAnswer is the token endpoint's JSON.
type tokenAnswer struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"`
	TokenType   string `json:"token_type"`
}

// issueToken asks Naver for a token: POST /v1/oauth2/token with every parameter in an
// application/x-www-form-urlencoded body, type=SELF and no account_id. Params in the query string
// earn the application a day of 1-call-per-hour quota, so nothing goes there.
//
// The timestamp is signed 30 s before Naver's estimated time (see signBackdate). A refusal is a
// *TokenError and is not repeated, with one exception: a clock refusal that taught the client
// Naver's clock for the first time is asked once more with the corrected timestamp. A PC clock
// known to be further off than TokenWindow is refused here, without calling Naver.
func (c *Client) issueToken(ctx context.Context) (Token, error) {
	const op = "issue token"
	corrected := false
	for try := 1; ; try++ {
		skew, known := c.sclock.get()
		if known && skew.Abs() > TokenWindow {
			c.log.WarnContext(ctx, "naver: PC clock too far from Naver's, no token requested", "naver_minus_pc", skew)
			return Token{}, &TokenError{Cause: TokenCauseClock, Skew: skew, SkewKnown: true}
		}
		now := c.clock()
		stamp := now.Add(skew - signBackdate)
		ts := stamp.UnixMilli()
		sign, err := Sign(c.clientID, c.clientSecret, ts)
		if err != nil {
			return Token{}, err
		}
		form := url.Values{
			"client_id":          {c.clientID},
			"timestamp":          {strconv.FormatInt(ts, 10)},
			"grant_type":         {"client_credentials"},
			"client_secret_sign": {sign},
			"type":               {"SELF"},
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+pathToken, strings.NewReader(form.Encode()))
		if err != nil {
			return Token{}, fmt.Errorf("naver: %s: build request: %w", op, err)
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Accept", "application/json")
		lim := c.limiter("token")
		if err := lim.Wait(ctx); err != nil {
			return Token{}, fmt.Errorf("naver: %s: wait for rate limit: %w", op, err)
		}
		var (
			status int
			header = http.Header{}
			body   []byte
		)
		sent := c.clock()
		c.calls.Add(1)
		resp, err := c.http.Do(req)
		if err == nil {
			status, header = resp.StatusCode, resp.Header
			body, err = io.ReadAll(io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
		} else {
			err = redactURLError(err)
		}
		received := c.clock()
		trace := header.Get("GNCP-GW-Trace-ID")
		if err == nil && status == http.StatusOK {
			var ta tokenAnswer
			if derr := json.Unmarshal(body, &ta); derr != nil || ta.AccessToken == "" {
				if derr == nil {
					derr = errors.New("no access_token")
				}
				err = &DecodeError{Op: op, TraceID: trace, Err: derr}
			} else {
				c.learnFromToken(header, time.UnixMilli(ts), sent, received)
				life := time.Duration(ta.ExpiresIn) * time.Second
				if life <= 0 || life > maxTokenLifetime {
					life = maxTokenLifetime
				}
				skew, _ := c.sclock.get()
				c.log.InfoContext(ctx, "naver: token issued", "trace_id", trace, "expires_in_s", int64(life.Seconds()), "naver_minus_pc", skew)
				return Token{AccessToken: ta.AccessToken, TokenType: ta.TokenType, IssuedAt: now, ExpiresAt: now.Add(life)}, nil
			}
		}
		var apiErr *APIError
		if err == nil {
			apiErr = parseAPIError(op, status, header, body)
			err = apiErr
		}
		c.log.WarnContext(ctx, "naver: token request failed", "status", status, "trace_id", trace, "try", try, "err", err)
		if ctx.Err() != nil {
			return Token{}, fmt.Errorf("naver: %s: %w", op, ctx.Err())
		}
		if apiErr != nil {
			if te := tokenRefusal(apiErr); te != nil {
				if te.Cause == TokenCauseClock {
					c.learnFromRefusal(header, body, received)
					te.Skew, te.SkewKnown = c.sclock.get()
					if !known && !corrected && te.SkewKnown && te.Skew.Abs() <= TokenWindow {
						corrected = true
						c.log.WarnContext(ctx, "naver: PC clock off, asking once more with Naver's time", "naver_minus_pc", te.Skew)
						continue
					}
				}
				return Token{}, te
			}
		}
		retryable := apiErr == nil || apiErr.IsRateLimit() || apiErr.IsServer()
		if !retryable || try >= c.retry.Tries() {
			if apiErr != nil {
				return Token{}, apiErr
			}
			return Token{}, fmt.Errorf("naver: %s: %w", op, err)
		}
		if serr := c.sleep(ctx, c.backoff(try, header)); serr != nil {
			return Token{}, fmt.Errorf("naver: %s: %w", op, serr)
		}
	}
}

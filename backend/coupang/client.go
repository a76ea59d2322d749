package coupang

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
	"regexp"
	"sellerdesk/backend/retry"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// Defaults.
const (
	DefaultBaseURL         = "https://api-gateway.coupang.com"
	DefaultRatePerSecond   = 5
	DefaultExtendedTimeout = 90 * time.Second
	DefaultHTTPTimeout     = 100 * time.Second
	DefaultMaxRetries      = 3
	DefaultRateLimitPause  = 5 * time.Minute
	maxBodyBytes           = 64 << 20
)

// Client talks to the Coupang Wing Open API for one vendor. Safe for concurrent use; calls are
// paced by one token bucket per client (one client per vendorId).
type Client struct {
	vendorID   string
	wingUserID string
	signer     *Signer
	baseURL    string
	versions   Versions
	httpClient *http.Client
	now        func() time.Time
	limiter    *rate.Limiter
	sleep      func(context.Context, time.Duration) error
	retry      retry.Policy
	jitter     func(time.Duration) time.Duration
	extTimeout time.Duration
	pause429   time.Duration

	mu           sync.Mutex
	blockedUntil time.Time
	// notFound is the first 404 this client got: a wrong path (a moved version, a mistyped
	// vendorId). Coupang blocks the IP and the vendorId after repeated 404s, so every later call
	// fails here without being sent, until ForgetNotFound.
	notFound *APIError
	// calls counts the HTTP requests sent (every retry included).
	calls atomic.Int64
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL points the client at another host (the simulator in tests and the demo).
func WithBaseURL(u string) Option { return func(c *Client) { c.baseURL = strings.TrimRight(u, "/") } }

// WithWingUserID gives the client the seller's WING login id (userId), which 주문 상품 취소 처리
// asks for beside the vendorId: the one saved with the account (WingUserID reads it back).
func WithWingUserID(id string) Option {
	return func(c *Client) { c.wingUserID = strings.TrimSpace(id) }
}

// WingUserID is the seller's WING login id given with WithWingUserID ("" when none).
func (c *Client) WingUserID() string { return c.wingUserID }

// WithHTTPClient sets the HTTP client; its Timeout should exceed the extended timeout.
func WithHTTPClient(h *http.Client) Option {
	return func(c *Client) {
		if h != nil {
			c.httpClient = h
		}
	}
}

// WithClock sets the clock used for signatures and rate-limit pauses.
func WithClock(now func() time.Time) Option { return func(c *Client) { c.now = now } }

// WithRateLimit sets the client-side pace (default 5/s, burst 1). rate.Inf turns it off (tests).
func WithRateLimit(r rate.Limit, burst int) Option {
	return func(c *Client) { c.limiter = rate.NewLimiter(r, max(burst, 1)) }
}

// WithRetry sets the read retry policy: the attempts after a 5xx, timeout or truncated answer
// (default DefaultMaxRetries retries, 1 s doubling up to 30 s).
func WithRetry(p retry.Policy) Option { return func(c *Client) { c.retry = p } }

// WithJitter replaces the backoff jitter; it maps the nominal delay to the one slept (default
// ±50 %).
func WithJitter(j func(d time.Duration) time.Duration) Option {
	return func(c *Client) { c.jitter = j }
}

// WithSleep replaces the backoff sleep (tests make it instant).
func WithSleep(sleep func(context.Context, time.Duration) error) Option {
	return func(c *Client) { c.sleep = sleep }
}

// WithExtendedTimeout sets X-EXTENDED-TIMEOUT for list calls (0 omits the header).
func WithExtendedTimeout(d time.Duration) Option { return func(c *Client) { c.extTimeout = d } }

// WithRateLimitPause sets how long to stop calling after a 429 without a Retry-After header.
func WithRateLimitPause(d time.Duration) Option { return func(c *Client) { c.pause429 = d } }

var vendorIDPattern = regexp.MustCompile(`^[A-Za-z0-9]{1,32}$`)

// New returns a client for one vendor. The secret key is kept inside the signer only.
func New(vendorID, accessKey, secretKey string, opts ...Option) (*Client, error) {
	switch {
	case !vendorIDPattern.MatchString(vendorID):
		return nil, invalid("vendorId", "must be letters and digits, e.g. A00012345")
	case strings.TrimSpace(accessKey) == "" || strings.ContainsAny(accessKey, " ,\t\r\n"):
		return nil, invalid("accessKey", "missing or contains spaces/commas")
	case secretKey == "":
		return nil, invalid("secretKey", "missing")
	}
	c := &Client{
		vendorID:   vendorID,
		signer:     NewSigner(accessKey, secretKey),
		baseURL:    DefaultBaseURL,
		versions:   DefaultVersions(),
		httpClient: &http.Client{Timeout: DefaultHTTPTimeout},
		now:        time.Now,
		limiter:    rate.NewLimiter(DefaultRatePerSecond, 1),
		sleep:      retry.Sleep,
		retry:      defaultRetry(),
		jitter:     jitter,
		extTimeout: DefaultExtendedTimeout,
		pause429:   DefaultRateLimitPause,
	}
	for _, o := range opts {
		o(c)
	}
	if err := c.checkVersions(); err != nil {
		return nil, err
	}
	if _, err := url.Parse(c.baseURL); err != nil {
		return nil, invalid("baseURL", "%v", err)
	}
	return c, nil
}

// Calls is how many HTTP requests the client has sent so far (retries included): the sync log's
// call count.
func (c *Client) Calls() int64 { return c.calls.Load() }

// VendorID is the vendor this client works for.
func (c *Client) VendorID() string { return c.vendorID }

// String never includes the secret key.
func (c *Client) String() string {
	return "coupang.Client{vendor=" + c.vendorID + ", baseUrl=" + c.baseURL + "}"
}

// GoString keeps %#v from printing the keys.
func (c *Client) GoString() string { return c.String() }

// LogValue keeps slog from printing the keys.
func (c *Client) LogValue() slog.Value { return slog.StringValue(c.String()) }

// defaultRetry is DefaultMaxRetries retries after the first try, 1s, 2s, 4s… up to 30 s.
func defaultRetry() retry.Policy {
	return retry.Policy{MaxTries: DefaultMaxRetries + 1, BaseDelay: time.Second, MaxDelay: 30 * time.Second}
}

// jitter spreads a delay over ±50 %.
func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return d
	}
	return d/2 + time.Duration(rand.Int64N(int64(d)))
}

// request is one API call.
type request struct {
	op       string
	method   string
	path     string // absolute path, e.g. c.path(EndpointOrderSheets, "/ordersheets")
	query    url.Values
	body     any
	write    bool    // never retried; lost answers become OutcomeUnknownError
	boxIDs   []int64 // for OutcomeUnknownError
	extended bool    // send X-EXTENDED-TIMEOUT
}

// errTransient marks a read failure worth retrying.
type errTransient struct{ err error }

func (e errTransient) Error() string { return e.err.Error() }
func (e errTransient) Unwrap() error { return e.err }

// call performs r and hands a 2xx body to decode. Reads are retried on 5xx, transport errors
// and undecodable (truncated) bodies; writes never are.
func (c *Client) call(ctx context.Context, r request, decode func([]byte) error) error {
	var payload []byte
	if r.body != nil {
		b, err := json.Marshal(r.body)
		if err != nil {
			return fmt.Errorf("coupang: %s: encode body: %w", r.op, err)
		}
		payload = b
	}
	// Build the query once: the same string goes into the URL and into the signature.
	rawQuery := ""
	if len(r.query) > 0 {
		rawQuery = encodeQuery(r.query)
	}
	var lastErr error
	for attempt := 0; ; attempt++ {
		if attempt > 0 {
			if err := c.sleep(ctx, c.jitter(c.retry.Delay(attempt))); err != nil {
				return fmt.Errorf("coupang: %s: %w (last error: %w)", r.op, err, lastErr)
			}
		}
		err := c.once(ctx, r, rawQuery, payload, decode)
		if err == nil {
			return nil
		}
		var tr errTransient
		if !errors.As(err, &tr) {
			return err
		}
		if r.write {
			return &OutcomeUnknownError{Op: r.op, ShipmentBoxIDs: r.boxIDs, Err: tr.err}
		}
		lastErr = tr.err
		if attempt+1 >= c.retry.Tries() || ctx.Err() != nil {
			return fmt.Errorf("coupang: %s: gave up after %d attempt(s): %w", r.op, attempt+1, tr.err)
		}
	}
}

func (c *Client) once(ctx context.Context, r request, rawQuery string, payload []byte, decode func([]byte) error) error {
	if err := c.checkBlock(); err != nil {
		return err
	}
	if err := c.checkNotFound(r.op); err != nil {
		return err
	}
	if err := c.limiter.Wait(ctx); err != nil {
		return fmt.Errorf("coupang: %s: wait for rate limit: %w", r.op, err)
	}
	u := c.baseURL + r.path
	if rawQuery != "" {
		u += "?" + rawQuery
	}
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, u, body)
	if err != nil {
		return fmt.Errorf("coupang: %s: build request: %w", r.op, err)
	}
	req.URL.RawQuery = rawQuery
	req.Header.Set("Authorization", c.signer.Authorization(c.now(), r.method, r.path, rawQuery))
	req.Header.Set("Content-Type", "application/json;charset=UTF-8")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("X-Requested-By", c.vendorID)
	if r.extended && c.extTimeout > 0 {
		req.Header.Set("X-EXTENDED-TIMEOUT", strconv.FormatInt(c.extTimeout.Milliseconds(), 10))
	}
	c.calls.Add(1)
	resp, err := c.httpClient.Do(req)
	if err != nil {
		if ctx.Err() != nil && !r.write {
			return fmt.Errorf("coupang: %s: %w", r.op, ctx.Err())
		}
		return errTransient{fmt.Errorf("coupang: %s: %w", r.op, redactURL(err))}
	}
	defer resp.Body.Close()
	respBody, readErr := io.ReadAll(io.LimitReader(resp.Body, maxBodyBytes))
	if readErr != nil {
		return errTransient{fmt.Errorf("coupang: %s: read answer: %w", r.op, readErr)}
	}
	if resp.StatusCode/100 != 2 {
		apiErr := parseAPIError(r.op, resp, respBody)
		switch {
		case resp.StatusCode == http.StatusTooManyRequests:
			return c.startBlock(resp, apiErr)
		case resp.StatusCode >= 500:
			return errTransient{apiErr}
		case resp.StatusCode == http.StatusNotFound && !apiErr.HTML:
			apiErr.Path = r.path
			c.mu.Lock()
			if c.notFound == nil {
				c.notFound = apiErr
			}
			c.mu.Unlock()
		}
		return apiErr
	}
	if err := decode(respBody); err != nil {
		var apiErr *APIError
		if errors.As(err, &apiErr) {
			return err
		}
		// A body that is not even JSON was cut short: worth another read, and for a write the
		// outcome is unknown. A complete JSON body of an unexpected shape will not improve by
		// asking again.
		if r.write || !json.Valid(respBody) {
			return errTransient{fmt.Errorf("coupang: %s: %w", r.op, err)}
		}
		return fmt.Errorf("coupang: %s: %w", r.op, err)
	}
	return nil
}

// redactURL drops the URL from transport errors (it carries no secret, but keeps logs short).
func redactURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

func (c *Client) checkBlock() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if now.Before(c.blockedUntil) {
		return &RateLimitError{RetryAfter: c.blockedUntil.Sub(now), Until: c.blockedUntil}
	}
	return nil
}

// checkNotFound refuses every call after a 404 (see Client.notFound).
func (c *Client) checkNotFound(op string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.notFound == nil {
		return nil
	}
	return fmt.Errorf("coupang: %s: not sent after a 404 from %s: %w", op, c.notFound.Path, c.notFound)
}

// ForgetNotFound lets calls go out again after a 404 stopped them: for the seller's own retry
// ("sync now"), never for an automatic one.
func (c *Client) ForgetNotFound() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.notFound = nil
}

func (c *Client) startBlock(resp *http.Response, apiErr *APIError) error {
	wait := c.pause429
	if s := resp.Header.Get("Retry-After"); s != "" {
		if secs, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && secs > 0 {
			wait = max(time.Duration(secs)*time.Second, time.Minute)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	until := c.now().Add(wait)
	if until.After(c.blockedUntil) {
		c.blockedUntil = until
	}
	return &RateLimitError{RetryAfter: wait, Until: until, Err: apiErr}
}

func parseAPIError(op string, resp *http.Response, body []byte) *APIError {
	e := &APIError{Op: op, HTTPStatus: resp.StatusCode}
	trimmed := bytes.TrimSpace(body)
	ct := strings.ToLower(resp.Header.Get("Content-Type"))
	if strings.Contains(ct, "text/html") || bytes.HasPrefix(trimmed, []byte("<")) {
		e.HTML = true
		e.Message = htmlTitle(trimmed)
		return e
	}
	var env struct {
		Code          Code   `json:"code"`
		Message       string `json:"message"`
		TransactionID string `json:"transactionId"`
		Error         string `json:"error"`
	}
	if err := json.Unmarshal(trimmed, &env); err == nil {
		e.Code = string(env.Code)
		e.Message = env.Message
		if e.Message == "" {
			e.Message = env.Error
		}
		e.TransactionID = env.TransactionID
		return e
	}
	e.Message = strings.TrimSpace(string(trimmed[:min(len(trimmed), 200)]))
	return e
}

// htmlTitle extracts a short text from an HTML error page ("Access Denied").
func htmlTitle(b []byte) string {
	s := string(b)
	lower := asciiLower(s) // same length as s, so indexes carry over
	for _, tag := range []string{"title", "h1"} {
		i := strings.Index(lower, "<"+tag)
		if i < 0 {
			continue
		}
		j := strings.Index(lower[i:], ">")
		k := strings.Index(lower[i:], "</"+tag)
		if j >= 0 && k > j {
			return strings.TrimSpace(s[i+j+1 : i+k])
		}
	}
	return "HTML error page"
}

// asciiLower lowers A-Z only, keeping every byte offset (strings.ToLower may change lengths).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// checkCode turns a 2xx answer whose envelope code is not a success into an APIError.
func checkCode(op string, code Code, msg string) error {
	if code.OK() {
		return nil
	}
	return &APIError{Op: op, HTTPStatus: http.StatusOK, Code: string(code), Message: msg}
}

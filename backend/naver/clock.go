package naver

import (
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

// Naver takes a token timestamp only when it is not later than its own clock ("timestamp 항목은
// 현재 이전이어야 합니다") and not older than 5 minutes ("5분간 유효"). A PC clock is often a few
// seconds fast, so the client signs a little in the past, corrected by what it learned of
// Naver's clock from its answers (the Date header, or a token error body's timestamp).
const (
	// signBackdate is how far before Naver's (estimated) time a token timestamp is signed.
	signBackdate = 30 * time.Second
	// TokenWindow is how old a token timestamp may be. A PC clock further than this from Naver's
	// is not corrected: the seller is asked to set it right.
	TokenWindow = 5 * time.Minute
)

// serverClock is what the client knows of Naver's clock: skew = Naver's time − the PC's, a
// lower bound (the server stamped its answer before the PC read it).
type serverClock struct {
	mu    sync.Mutex
	skew  time.Duration
	known bool
}

func (s *serverClock) get() (time.Duration, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.skew, s.known
}

func (s *serverClock) set(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.skew, s.known = d.Round(time.Millisecond), true
}

// ClockSkew is Naver's clock minus this PC's as last learned from an answer (negative: the PC
// clock is fast); ok is false before any answer was seen.
func (c *Client) ClockSkew() (skew time.Duration, ok bool) { return c.sclock.get() }

// serverTime reads when Naver answered: the body's timestamp (milliseconds) when there is one,
// else the Date header (seconds, rounded down).
func serverTime(h http.Header, body []byte) (time.Time, bool) {
	var b struct {
		Timestamp string `json:"timestamp"`
	}
	if json.Unmarshal(body, &b) == nil && b.Timestamp != "" {
		if t, err := ParseTime(b.Timestamp); err == nil && !t.IsZero() {
			return t, true
		}
	}
	if t, err := http.ParseTime(h.Get("Date")); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// learnFromDate records the skew the Date header of any answer shows (Naver dates every answer).
func (c *Client) learnFromDate(h http.Header) {
	if t, err := http.ParseTime(h.Get("Date")); err == nil {
		c.sclock.set(t.Sub(c.clock()))
	}
}

// ServerNow is Naver's time as the client knows it: the PC clock corrected by the learned skew
// (the PC clock alone before any answer).
func (c *Client) ServerNow() time.Time {
	skew, _ := c.sclock.get()
	return c.clock().Add(skew)
}

// learnFromRefusal records the skew an answer of the token endpoint shows; received is the PC's
// time when the answer arrived.
func (c *Client) learnFromRefusal(h http.Header, body []byte, received time.Time) {
	if t, ok := serverTime(h, body); ok {
		c.sclock.set(t.Sub(received))
	}
}

// learnFromToken records the skew a successful token answer shows. Naver took the timestamp ts
// at some PC time between sent and received, so its clock was then in [ts, ts + 5 min]: the skew
// read from the Date header is kept inside what that allows.
func (c *Client) learnFromToken(h http.Header, ts, sent, received time.Time) {
	t, ok := serverTime(h, nil)
	if !ok {
		return
	}
	lo, hi := ts.Sub(received), ts.Add(TokenWindow).Sub(sent)
	c.sclock.set(min(max(t.Sub(received), lo), hi))
}

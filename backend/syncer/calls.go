package syncer

import (
	"net/http"
	"sync/atomic"
)

// callCounter counts the HTTP calls a source makes (each attempt of a retried read counts).
type callCounter struct {
	base http.RoundTripper
	n    atomic.Int64
}

func (c *callCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.base.RoundTrip(r)
}

// countingClient wraps h (nil: a client with timeout) so every call is counted.
func countingClient(h *http.Client, timeout func() *http.Client) (*http.Client, *callCounter) {
	if h == nil {
		h = timeout()
	}
	base := h.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	cc := &callCounter{base: base}
	out := *h
	out.Transport = cc
	return &out, cc
}

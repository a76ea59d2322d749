// Package stall is the simulators' stalled-gateway fault: while it is on, every call waits without
// an answer until its caller gives up (at most Max); switched off, the calls still waiting are
// answered late. Both simulated marketplaces use it the same way.
package stall

import (
	"bytes"
	"io"
	"net/http"
	"sync"
	"time"
)

// Max bounds a stalled call, so a test's server can always close.
const Max = 2 * time.Minute

// Gate is the fault's switch. The zero value is off and ready to use.
type Gate struct {
	mu  sync.Mutex
	end chan struct{} // closed when the stall ends; nil while off
}

// Set switches the stall on or off.
func (g *Gate) Set(on bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	switch {
	case on && g.end == nil:
		g.end = make(chan struct{})
	case !on && g.end != nil:
		close(g.end)
		g.end = nil
	}
}

// Wait holds r while the stall is on. It reports false when the call gets no answer (the caller
// gave up, or Max passed) and true when the call goes on: no stall, or the stall ended meanwhile.
func (g *Gate) Wait(r *http.Request) bool {
	g.mu.Lock()
	end := g.end
	g.mu.Unlock()
	if end == nil {
		return true
	}
	// Read the body first: the server notices a caller that gave up only once it has.
	held, _ := io.ReadAll(http.MaxBytesReader(nil, r.Body, 8<<20))
	r.Body = io.NopCloser(bytes.NewReader(held))
	t := time.NewTimer(Max)
	defer t.Stop()
	select {
	case <-r.Context().Done():
		return false
	case <-t.C:
		return false
	case <-end:
		return true // the gateway came back: this call is answered late
	}
}

// Package testclock is the settable clock SellerDesk's tests share: the app, the clients and the
// simulators read the same time, and a test moves it on.
package testclock

import (
	"sync"
	"time"
)

// Clock is a settable clock, safe for concurrent use.
type Clock struct {
	mu   sync.Mutex
	t    time.Time
	wall bool
}

// New returns a clock standing at t.
func New(t time.Time) *Clock { return &Clock{t: t} }

// Now is the clock's time; pass c.Now wherever a func() time.Time is wanted.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.wall {
		return time.Now()
	}
	return c.t
}

// FollowWall makes the clock read the wall clock from now on (paced benchmarks, where a
// simulator's rate bucket must refill in real time).
func (c *Clock) FollowWall() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wall = true
}

// Add moves the clock on by d.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// Set puts the clock at t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

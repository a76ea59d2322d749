// Package retry is how both marketplace clients bound and pace the retries of a read (a write is
// never retried: its lost answer is read back instead). One policy type, one option style:
// naver.WithRetry(retry.Policy{…}) and coupang.WithRetry(retry.Policy{…}).
package retry

import (
	"context"
	"time"
)

// Policy bounds the retries of a read.
type Policy struct {
	// MaxTries is the number of attempts of a read, the first included (at least 1).
	MaxTries int
	// BaseDelay is the first backoff; it doubles per try up to MaxDelay.
	BaseDelay time.Duration
	MaxDelay  time.Duration
}

// Tries is MaxTries, at least 1.
func (p Policy) Tries() int { return max(p.MaxTries, 1) }

// Delay is the nominal backoff before try n+1 (n ≥ 1): BaseDelay doubled n-1 times, at most
// MaxDelay (the clients add their jitter).
func (p Policy) Delay(n int) time.Duration {
	d := p.BaseDelay
	for i := 1; i < n && d < p.MaxDelay; i++ {
		d *= 2
	}
	return min(d, p.MaxDelay)
}

// Sleep waits d, or until ctx ends (its error is returned then). The clients' default sleep.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

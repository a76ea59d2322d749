package retention

import (
	"context"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A forced run asked for while another runs (the seller changed the period while a run that read
// the old one was going) runs after it instead of being dropped.
func TestForcedRunWhileOneRunsFollowsIt(t *testing.T) {
	ctx := context.Background()
	release := make(chan struct{})
	var reads atomic.Int32
	r := &Runner{Now: time.Now, Log: slog.New(slog.DiscardHandler), Days: func(context.Context) (int, error) {
		if reads.Add(1) == 1 {
			<-release
		}
		return 0, nil // masking off: Apply stops after reading the period
	}}
	r.Maybe(ctx, true)
	require.Eventually(t, func() bool { return reads.Load() == 1 }, 5*time.Second, time.Millisecond, "the first run reads the period")
	r.Maybe(ctx, true)  // the seller saves a new period meanwhile
	r.Maybe(ctx, true)  // and again: still one run to follow
	r.Maybe(ctx, false) // a sync's ask adds none
	close(release)
	r.Wait()
	assert.Equal(t, int32(2), reads.Load(), "the forced run followed the one that was running")

	r.Maybe(ctx, false) // right after: not due for six hours
	r.Wait()
	assert.Equal(t, int32(2), reads.Load())
}

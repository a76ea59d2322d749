package retry

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestDelayDoublesUpToTheMax(t *testing.T) {
	p := Policy{MaxTries: 5, BaseDelay: 500 * time.Millisecond, MaxDelay: 3 * time.Second}
	var got []time.Duration
	for n := 1; n <= 5; n++ {
		got = append(got, p.Delay(n))
	}
	assert.Equal(t, []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 3 * time.Second, 3 * time.Second}, got)
	assert.Equal(t, 1, Policy{}.Tries(), "at least one attempt")
	assert.Zero(t, Policy{}.Delay(3))
}

func TestSleepEndsWithTheContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, Sleep(ctx, time.Hour), context.Canceled)
	assert.NoError(t, Sleep(context.Background(), time.Millisecond))
	assert.NoError(t, Sleep(context.Background(), 0))
}

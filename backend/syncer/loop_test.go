package syncer

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// scriptedSource answers runs with the errors of a script (nil after it ends).
type scriptedSource struct {
	runs   atomic.Int32
	script []error
	ran    chan int
}

func (s *scriptedSource) Market() order.Marketplace { return order.Naver }
func (s *scriptedSource) Calls() int64              { return int64(s.runs.Load()) }
func (s *scriptedSource) Sync(ctx context.Context, run *Run) error {
	n := int(s.runs.Add(1))
	defer func() { s.ran <- n }()
	if n-1 < len(s.script) {
		return s.script[n-1]
	}
	return nil
}

func TestLoopRunsOnTriggerPausesOnStopAndEndsWithContext(t *testing.T) {
	st := openStore(t, t.TempDir())
	rec := newRecorder()
	e := newEngine(t, st, rec, nil)
	quota := &naver.APIError{HTTPStatus: 429, Code: naver.CodeQuotaLimit, Message: "quota"}
	src := &scriptedSource{script: []error{nil, quota}, ran: make(chan int, 10)}
	trig := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		e.Loop(ctx, src, LoopOptions{Interval: func() time.Duration { return time.Hour }, Trigger: trig})
	}()
	wait := func(want int) {
		t.Helper()
		select {
		case n := <-src.ran:
			require.Equal(t, want, n)
		case <-time.After(5 * time.Second):
			t.Fatalf("run %d did not happen", want)
		}
	}
	wait(1) // at once
	trig <- struct{}{}
	wait(2) // "sync now"; it hits the quota: automatic runs pause
	select {
	case n := <-src.ran:
		t.Fatalf("run %d after a stopping error without a trigger", n)
	case <-time.After(100 * time.Millisecond):
	}
	trig <- struct{}{}
	wait(3) // the seller asked again
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("loop did not end with its context")
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	require.Len(t, rec.finished, 3)
	assert.True(t, rec.finished[1].Stopped)
	assert.Equal(t, naver.SellerMessage(quota), rec.finished[1].ErrKorean)
	assert.True(t, errors.Is(rec.finished[1].Err, quota) || rec.finished[1].Err == quota)
	runs, err := st.SyncRuns(context.Background(), order.Naver, 0)
	require.NoError(t, err)
	assert.Len(t, runs, 3)
}

func TestOnlyOneRunPerMarketplace(t *testing.T) {
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	block := make(chan struct{})
	src := &blockingSource{release: block, started: make(chan struct{})}
	first := make(chan Result, 1)
	go func() { first <- e.Run(context.Background(), src) }()
	<-src.started
	res := e.Run(context.Background(), src)
	assert.ErrorIs(t, res.Err, ErrBusy)
	close(block)
	require.NoError(t, (<-first).Err)
}

type blockingSource struct {
	release <-chan struct{}
	started chan struct{}
}

func (b *blockingSource) Market() order.Marketplace { return order.Coupang }
func (b *blockingSource) Calls() int64              { return 0 }
func (b *blockingSource) Sync(ctx context.Context, run *Run) error {
	close(b.started)
	<-b.release
	return nil
}

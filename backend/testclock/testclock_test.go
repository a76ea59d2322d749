package testclock

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestClock(t *testing.T) {
	at := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	c := New(at)
	assert.Equal(t, at, c.Now())
	c.Add(time.Hour)
	assert.Equal(t, at.Add(time.Hour), c.Now())
	c.Set(at)
	assert.Equal(t, at, c.Now())
	c.FollowWall()
	assert.WithinDuration(t, time.Now(), c.Now(), time.Minute)
}

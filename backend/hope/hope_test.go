package hope

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

func box(day int, hour int) *order.Shipment {
	s := &order.Shipment{Marketplace: order.Naver, ID: "1", Status: order.StatusPaid}
	if day > 0 {
		s.Hope = &order.HopeDelivery{Date: time.Date(2026, 12, day, 0, 0, 0, 0, order.KST())}
		if hour >= 0 {
			s.Hope.Time, s.Hope.HasTime = hour, true
		}
	}
	return s
}

// step stores next over prev the way the sync's merge does and returns what was stored.
func step(prev, next *order.Shipment, now time.Time) *order.Shipment {
	if prev != nil {
		next.Printed = prev.Printed
		for _, f := range prev.Findings { // the pre-ship checks keep other packages' findings
			next.Findings = append(next.Findings, f)
		}
	}
	Apply(prev, next, now)
	return next
}

func TestHopeChanged(t *testing.T) {
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, order.KST())

	first := step(nil, box(24, -1), now)
	assert.Empty(t, first.Findings, "a new box has no earlier day")
	same := step(first, box(24, -1), now)
	assert.Empty(t, same.Findings)
	assert.Nil(t, same.PreviousHope)

	moved := step(same, box(26, -1), now)
	require.Len(t, moved.Findings, 1)
	f := moved.Findings[0]
	assert.Equal(t, order.HopeChanged, f.Code)
	assert.Equal(t, order.Warn, f.Severity, "nothing printed")
	assert.Equal(t, "배송 희망일이 바뀌었습니다: 12월 24일 → 12월 26일. 새 희망일에 도착하도록 보내세요.", f.Message)
	assert.Equal(t, []order.Evidence{{Field: "hope", Old: "2026-12-24(목)", New: "2026-12-26(토)"}}, f.Evidence)

	// printed afterwards: the list has the new day, the warning stays a warning
	moved.Printed = &order.Printed{Lists: []string{"pack"}, At: now}
	again := step(moved, box(26, -1), now.Add(time.Hour))
	require.Len(t, again.Findings, 1)
	assert.Equal(t, order.Warn, again.Findings[0].Severity)
	assert.Equal(t, now, again.Findings[0].RaisedAt)

	// the seller answered; then the buyer moves the hour too: a new change, printed before it:
	// blocks, and says the change from the day the seller confirmed (the paper has that one)
	again.Findings[0].Resolution = &order.Resolution{Kind: order.Resolved, By: "seller", At: now}
	kept := step(again, box(26, -1), now.Add(2*time.Hour))
	require.NotNil(t, kept.Findings[0].Resolution, "the answer survives re-checks")
	hour := step(kept, box(26, 15*60), now.Add(3*time.Hour))
	require.Len(t, hour.Findings, 1)
	assert.Equal(t, order.Block, hour.Findings[0].Severity)
	assert.Nil(t, hour.Findings[0].Resolution)
	assert.Contains(t, hour.Findings[0].Message, "12월 26일 → 12월 26일 15:00. 출력한 목록에는 바뀌기 전 날짜가 있습니다.")
	assert.Equal(t, []order.Evidence{{Field: "hope", Old: "2026-12-26(토)", New: "2026-12-26(토) 15:00"}}, hour.Findings[0].Evidence)
	assert.True(t, hour.Held())

	// back to the day first stored: the seller confirmed and printed 12/26, so the box is held
	// again, from 12/26 to 12/24
	back := step(hour, box(24, -1), now.Add(4*time.Hour))
	require.Len(t, back.Findings, 1)
	assert.Equal(t, order.Block, back.Findings[0].Severity)
	assert.Contains(t, back.Findings[0].Message, "12월 26일 → 12월 24일.")
	assert.True(t, back.Held())

	// a box without a hope, and one whose hope is dropped, raise nothing
	assert.Empty(t, step(step(nil, box(0, -1), now), box(0, -1), now).Findings)
	assert.Empty(t, step(first, box(0, -1), now).Findings)
}

// The day the seller knows is the first one until the seller confirms a change; after that it is
// the confirmed day: the buyer moving the day back to the first one is a change again (the box was
// packed and printed for the confirmed day), while a change nobody answered that goes back is none.
func TestHopeMovedBackAfterTheSellerConfirmed(t *testing.T) {
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, order.KST())
	printed := &order.Printed{Lists: []string{"pick", "ship"}, At: now}
	for _, tc := range []struct {
		name     string
		answer   *order.Resolution
		printed  *order.Printed
		want     order.Severity // "" = no finding
		wantText string
	}{
		{name: "nobody answered", printed: printed},
		{name: "confirmed and printed", answer: &order.Resolution{Kind: order.Resolved, By: "seller", At: now},
			printed: printed, want: order.Block, wantText: "12월 26일 → 12월 24일. 출력한 목록에는 바뀌기 전 날짜가 있습니다."},
		{name: "hold lifted and printed", answer: &order.Resolution{Kind: order.Overridden, Reason: "새 날짜로 보냄", By: "seller", At: now},
			printed: printed, want: order.Block, wantText: "12월 26일 → 12월 24일."},
		{name: "confirmed, not printed", answer: &order.Resolution{Kind: order.Resolved, By: "seller", At: now},
			want: order.Warn, wantText: "12월 26일 → 12월 24일. 새 희망일에 도착하도록 보내세요."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := step(nil, box(24, -1), now)
			first.Printed = tc.printed
			moved := step(first, box(26, -1), now.Add(time.Hour))
			require.Len(t, moved.Findings, 1)
			moved.Findings[0].Resolution = tc.answer
			same := step(moved, box(26, -1), now.Add(2*time.Hour))
			require.Len(t, same.Findings, 1, "the confirmed day read again changes nothing")
			assert.Equal(t, tc.answer, same.Findings[0].Resolution)

			back := step(same, box(24, -1), now.Add(3*time.Hour))
			if tc.want == "" {
				assert.Empty(t, back.Findings)
				return
			}
			require.Len(t, back.Findings, 1)
			f := back.Findings[0]
			assert.Equal(t, tc.want, f.Severity)
			assert.Nil(t, f.Resolution, "a new change is open")
			assert.Contains(t, f.Message, tc.wantText)
			assert.Equal(t, []order.Evidence{{Field: "hope", Old: "2026-12-26(토)", New: "2026-12-24(목)"}}, f.Evidence)
			require.NotNil(t, back.PreviousHope)
			assert.Equal(t, "2026-12-26(토)", back.PreviousHope.Full())
		})
	}
}

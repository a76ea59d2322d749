package syncer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/market"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Stops reports whether err needs the seller before automatic syncing may go on: a used-up Naver
// quota (more calls make the penalty longer), an unregistered IP, refused keys, a PC clock that is
// off (Naver's token refusals: another token request on the interval only repeats the refusal,
// and a malformed one costs a day of 1 call per hour), a Coupang 404 (a moved API version or a
// wrong 업체코드: repeated 404s get the IP and the vendorId blocked). Everything else is retried
// at the next interval.
func Stops(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	return naver.IsQuota(err) || naver.IsIPNotAllowed(err) || naver.IsAuth(err) || naver.IsTokenRefused(err) ||
		coupang.IsIPNotAllowed(err) || coupang.IsKeyExpired(err) || coupang.IsSignatureOrClock(err) ||
		coupang.IsNotFound(err)
}

// RetryAfter is how long the marketplace asked to be left alone after err (a 429).
func RetryAfter(err error) time.Duration {
	return max(coupang.RetryAfter(err), naver.RetryAfter(err))
}

// SellerMessage explains a failed run to the seller in Korean.
func SellerMessage(m order.Marketplace, err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.Canceled):
		return m.Label() + " 동기화를 멈췄습니다 (프로그램 종료 또는 설정 변경)."
	case errors.Is(err, ErrBusy):
		return m.Label() + " 동기화가 이미 진행 중입니다."
	}
	var pe *PagingError
	if errors.As(err, &pe) {
		return pe.Korean()
	}
	var de *DeadlineError
	if errors.As(err, &de) {
		return de.Korean()
	}
	// A store error is the seller's disk or data file, not the marketplace or the network.
	if msg, ok := store.SellerMessage(err); ok {
		msg = m.Label() + " 동기화를 마치지 못했습니다. " + msg
		if errors.Is(err, store.ErrDiskFull) || errors.Is(err, store.ErrReadOnly) {
			// Nothing of the failed batch was stored and its cursor did not move.
			msg += " 저장하지 못한 주문은 다음 동기화에서 다시 받아옵니다."
		}
		return msg
	}
	return market.SellerMessage(m, err)
}

// Bounds of one run. A run stores page by page with its cursor, so a run that stops at a bound
// keeps what it stored and the next run goes on from there.
const (
	// DefaultRunTimeout is how long one run of one marketplace may take (Config.RunTimeout). A
	// first Coupang run over 31 days at 5 calls a second, or a Naver run over 90 days of windows,
	// takes a few minutes; a stalled API must not hold the run (and the marketplace's turn) longer.
	DefaultRunTimeout = 10 * time.Minute
	// NaverMaxChangesPerDay bounds the rows of one 24-hour window of Naver's changed-statuses
	// feed (its largest window), 300 a page: 100 pages. A small seller's busiest day has a few
	// thousand product orders changing a few times each; this is about ten times that.
	NaverMaxChangesPerDay = 30_000
	// CoupangMaxBoxesPerDay bounds the boxes one order-sheet list (one status) may hold per day
	// of its creation-date window, 50 a page (maxPerPage's documented maximum): 40 pages a day,
	// 280 for the default 7-day window, 1,240 for the 31-day maximum.
	CoupangMaxBoxesPerDay = 2_000
	// stallPages is how many pages in a row may bring nothing new before a list that goes on is
	// taken as a runaway (a list never repeats itself for long when it moves forward).
	stallPages = 3
)

// PagingError stops a run whose list would not end: more pages than its window can hold, a
// continuation token that comes back, or pages that bring nothing new.
type PagingError struct {
	Market order.Marketplace
	// List names the list (Naver's feed window, a Coupang status).
	List string
	// Pages is how many pages were read; Reason says why the run stopped (English, for the log).
	Pages  int
	Reason string
}

func (e *PagingError) Error() string {
	return fmt.Sprintf("syncer: %s %s: stopped after %d pages: %s", e.Market, e.List, e.Pages, e.Reason)
}

// Korean is the sentence for the seller (the sync log).
func (e *PagingError) Korean() string {
	return fmt.Sprintf("%s 주문 목록을 끝없이 이어서 보내 %d쪽에서 동기화를 멈췄습니다. 그때까지 받은 주문은 저장했습니다. "+
		"잠시 후 다시 동기화하고, 계속되면 %s 고객센터에 API 응답 오류로 문의하세요.", subject(e.Market.Label()), e.Pages, e.Market.Label())
}

// DeadlineError stops a run that took longer than its bound (Config.RunTimeout).
type DeadlineError struct {
	Market order.Marketplace
	After  time.Duration
	Err    error
}

func (e *DeadlineError) Error() string {
	return fmt.Sprintf("syncer: %s run stopped after %s: %v", e.Market, e.After, e.Err)
}

func (e *DeadlineError) Unwrap() error { return e.Err }

// Korean is the sentence for the seller (the sync log).
func (e *DeadlineError) Korean() string {
	return fmt.Sprintf("%s 동기화가 %s 안에 끝나지 않아 멈췄습니다(%s API가 응답하지 않거나 너무 느립니다). "+
		"그때까지 받은 주문은 저장했고, 다음 동기화에서 이어서 받습니다.", e.Market.Label(), koreanMinutes(e.After), e.Market.Label())
}

func koreanMinutes(d time.Duration) string {
	if d >= time.Minute && d%time.Minute == 0 {
		return fmt.Sprintf("%d분", int(d/time.Minute))
	}
	return fmt.Sprintf("%d초", max(1, int(d.Round(time.Second)/time.Second)))
}

// subject is a Korean noun with its subject particle (이 after a final consonant, else 가).
func subject(noun string) string {
	r := []rune(noun)
	if len(r) > 0 {
		if last := r[len(r)-1]; last >= 0xAC00 && last <= 0xD7A3 && (last-0xAC00)%28 != 0 {
			return noun + "이"
		}
	}
	return noun + "가"
}

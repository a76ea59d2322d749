package syncer

import (
	"context"
	"errors"
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

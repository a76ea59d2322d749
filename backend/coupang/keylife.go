package coupang

import (
	"fmt"
	"time"

	"sellerdesk/backend/order"
)

// A WING Open API key works for KeyLife after it is issued; WING issues the next one from
// ReissueFrom before the end (the field report of 2026-12, fact 8; errors.go says the same when a
// key was refused).
const (
	KeyLife     = 180 * 24 * time.Hour
	ReissueFrom = 14 * 24 * time.Hour
)

// KeyExpiryNote warns, in Korean, when keys saved at savedAt are near the end of their life or
// past it: a key is issued before it is saved, so it expires at the latest KeyLife after
// savedAt. "" while the keys are young, or when the day they were saved is unknown (zero).
func KeyExpiryNote(savedAt, now time.Time) string {
	if savedAt.IsZero() {
		return ""
	}
	end := savedAt.Add(KeyLife)
	left := end.Sub(now)
	if left > ReissueFrom {
		return ""
	}
	age := int(now.Sub(savedAt) / (24 * time.Hour))
	const how = "주문을 놓치지 않도록 쿠팡 WING > 판매자 정보 > 추가판매정보 > OPEN API 키 발급에서 키를 재발급한 뒤 " +
		"새 Access Key와 Secret Key를 설정에 저장하세요(반영까지 최대 30분)."
	if left <= 0 {
		return fmt.Sprintf("쿠팡 Open API 키를 저장한 지 %d일이 지나 만료되었을 수 있습니다(키는 발급 후 180일 동안만 쓸 수 있습니다). %s", age, how)
	}
	return fmt.Sprintf("쿠팡 Open API 키가 곧 만료됩니다: 저장한 지 %d일이 지났고, 늦어도 %s에 만료됩니다(발급 후 180일). %s",
		age, end.In(order.KST()).Format("2006-01-02"), how)
}

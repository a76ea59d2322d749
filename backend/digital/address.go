package digital

import (
	"fmt"
	netmail "net/mail"
	"regexp"
	"strings"

	"sellerdesk/backend/order"
)

// Why an order waits for the seller instead of being mailed.
const (
	HoldNoAddress      = "no-address"     // the buyer's Naver ID is missing
	HoldMaskedAddress  = "masked-address" // the buyer's Naver ID is masked (kimm****)
	HoldBadAddress     = "bad-address"    // the ID does not look like a Naver ID
	HoldCoupang        = "coupang"        // Coupang gives no buyer e-mail
	HoldNoCodes        = "no-codes"       // the product's code pool has too few codes
	HoldNoProduct      = "no-product"     // the digital product was removed from the settings
	HoldNothingToSend  = "nothing"        // the line has no quantity left to deliver
	AddressFromNaverID = "naver-id"       // <ordererId>@naver.com
	AddressFromSeller  = "seller"         // typed in by the seller for this order
)

// Recipient is where a delivery's mail goes, or why it cannot go yet.
type Recipient struct {
	// To is the address; empty when the order must wait (Hold says why, Note tells the seller).
	To     string `json:"to,omitempty"`
	Source string `json:"source,omitempty"`
	Hold   string `json:"hold,omitempty"`
	Note   string `json:"note,omitempty"`
}

// naverIDRe is a Naver ID: 5–20 lower-case letters, digits, - and _ today; older IDs can be
// shorter, so 3 is the floor. Anything else (a masking star, an @) is not mailed.
var naverIDRe = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{2,19}$`)

// CoupangNote tells the seller why a Coupang order cannot be delivered by mail.
const CoupangNote = "쿠팡은 2024년 8월 6일부터 주문자 이메일을 빈 값으로 보내므로 디지털 상품을 메일로 보낼 수 없습니다. " +
	"구매자에게 받은 메일 주소를 이 주문에 직접 입력하거나, 다른 방법으로 보낸 뒤 '직접 보냄'으로 표시하세요."

// BuyerAddress is the address rule: the seller's address for this order when given; else, on
// Naver, the buyer's Naver mailbox <ordererId>@naver.com — the order answer carries no e-mail —
// when the ID is whole; else the order waits for the seller with a note saying what to do.
func BuyerAddress(m order.Marketplace, ordererID, override string) Recipient {
	if strings.TrimSpace(override) != "" {
		addr, err := ParseAddress(override)
		if err != nil {
			return Recipient{Hold: HoldBadAddress, Note: err.Error()}
		}
		return Recipient{To: addr, Source: AddressFromSeller}
	}
	switch m {
	case order.Coupang:
		return Recipient{Hold: HoldCoupang, Note: CoupangNote}
	case order.Naver:
	default:
		return Recipient{Hold: HoldNoAddress, Note: "이 마켓의 주문은 메일로 보낼 수 없습니다. 받는 주소를 직접 입력하세요."}
	}
	id := strings.ToLower(strings.TrimSpace(ordererID))
	switch {
	case id == "":
		return Recipient{Hold: HoldNoAddress, Note: "네이버가 이 주문의 구매자 ID를 보내지 않아 받는 주소를 알 수 없습니다. " +
			"구매자에게 톡톡으로 메일 주소를 받아 이 주문에 입력하세요."}
	case strings.Contains(id, "*"):
		return Recipient{Hold: HoldMaskedAddress, Note: fmt.Sprintf("네이버가 구매자 ID를 가려서(%s) 보냈기 때문에 받는 주소를 알 수 없습니다. "+
			"구매자에게 톡톡으로 메일 주소를 받아 이 주문에 입력하세요.", ordererID)}
	case !naverIDRe.MatchString(id):
		return Recipient{Hold: HoldBadAddress, Note: fmt.Sprintf("구매자 ID %q가 네이버 ID 형식이 아니어서 메일을 보내지 않았습니다. 받는 주소를 직접 입력하세요.", ordererID)}
	}
	return Recipient{To: id + "@naver.com", Source: AddressFromNaverID}
}

// ParseAddress checks an address the seller typed: one plain address (no name, no list).
func ParseAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	a, err := netmail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s || !strings.Contains(a.Address, "@") ||
		strings.ContainsAny(s, " ,;<>\r\n") {
		return "", fmt.Errorf("메일 주소 %q의 형식이 올바르지 않습니다 (예: buyer@naver.com)", s)
	}
	host := s[strings.LastIndex(s, "@")+1:]
	if !strings.Contains(host, ".") {
		return "", fmt.Errorf("메일 주소 %q의 도메인이 올바르지 않습니다 (예: buyer@naver.com)", s)
	}
	return s, nil
}

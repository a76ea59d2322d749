package marketsim

import "math/rand/v2"

// claimTwists raises a few requests of each kind the claims screen answers or lists, so the first
// sync of the demo has something to try: Coupang 출고중지 요청 on boxes in 상품준비중, a return and
// exchanges of delivered boxes (two waiting for 입고 확인, one whose goods the seller confirmed in
// WING earlier, so its re-delivery box is made and 교환 재배송 can be tried at once, and one confirmed
// the same way that Coupang re-delivers in two boxes, one invoice each); Naver returns
// and an exchange of delivered orders (the cancels are startingTwists'). Returns the number raised.
func (d *Demo) claimTwists(rng *rand.Rand) int {
	n := 0
	stops, returns, exchanges := 0, 0, 0
	for _, b := range d.Coupang.Boxes() {
		if b.FullyCancel || b.Units == 0 {
			continue
		}
		switch {
		case b.Status == "INSTRUCT" && stops < 3:
			if _, err := d.Coupang.CancelBox(b.ID, b.Units); err == nil {
				stops++
			}
		case b.Status == "FINAL_DELIVERY" && returns < 1:
			if _, err := d.Coupang.CancelBox(b.ID, 1); err == nil {
				returns++
			}
		case b.Status == "FINAL_DELIVERY" && exchanges < 4 && b.CanceledQty == 0:
			id, err := d.Coupang.RequestExchange(b.ID, 1, exchangeReasons[rng.IntN(len(exchangeReasons))])
			if err != nil {
				continue
			}
			exchanges++
			if exchanges == 4 {
				_ = d.Coupang.SplitExchange(id, 2)
			}
			if exchanges >= 3 {
				_, _ = d.Coupang.ConfirmExchangeInWing(id)
			}
		}
	}
	n += stops + returns + exchanges
	asked := 0
	for _, id := range d.Naver.ProductOrderIDs() {
		if asked >= 3 {
			break
		}
		o, ok := d.Naver.Order(id)
		if !ok || o.Status != "DELIVERED" || o.ClaimType != "" {
			continue
		}
		var err error
		if asked < 2 {
			err = d.Naver.RequestReturn(id, returnReasons[rng.IntN(len(returnReasons))])
		} else {
			err = d.Naver.RequestExchange(id, "사이즈 교환")
		}
		if err == nil {
			asked++
		}
	}
	return n + asked
}

var returnReasons = []string{"단순 변심", "상품 파손", "색상 및 사이즈 변경"}

var exchangeReasons = []string{"사이즈가 맞지 않아요", "색상 교환", "상품 불량"}

// coupangExchange is a buyer asking to exchange one unit of a delivered Coupang box that has no
// claim yet (the demo's life raises one now and then). Returns the box, or 0 when none was raised.
func (d *Demo) coupangExchange(rng *rand.Rand) int64 {
	for _, b := range d.Coupang.Boxes() {
		if b.Status != "FINAL_DELIVERY" || b.FullyCancel || b.CanceledQty > 0 || b.Units == 0 || b.Exchanges > 0 {
			continue
		}
		if _, err := d.Coupang.RequestExchange(b.ID, 1, exchangeReasons[rng.IntN(len(exchangeReasons))]); err == nil {
			return b.ID
		}
	}
	return 0
}

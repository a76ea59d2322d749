package marketsim

import "math/rand/v2"

// claimTwists raises a few requests of each kind the claims screen answers or lists, so the first
// sync of the demo has something to try: Coupang 출고중지 요청 on boxes in 상품준비중 and a return
// of a delivered box; Naver returns and an exchange of delivered orders (the cancels are
// startingTwists'). Returns the number raised.
func (d *Demo) claimTwists(rng *rand.Rand) int {
	n := 0
	stops, returns := 0, 0
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
		}
	}
	n += stops + returns
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

package marketsim

import (
	"time"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// hopeOrders orders the demo's hope-delivery goods on the simulated Naver (희망일배송): a cake for a
// day with an hour and a region, flowers for a day, and N희망일배송 beef. Returns their ids.
func (d *Demo) hopeOrders(now time.Time) []string {
	day := func(n int) time.Time {
		y, m, dd := now.In(order.KST()).AddDate(0, 0, n).Date()
		return time.Date(y, m, dd, 0, 0, 0, 0, order.KST())
	}
	return []string{
		d.Naver.AddHopeOrder(naversim.HopeOrder{Day: day(3), Hour: "1500", Region: "서울 전지역", Fee: 3000, Product: 0}),
		d.Naver.AddHopeOrder(naversim.HopeOrder{Day: day(4), Product: 1}),
		d.Naver.AddHopeOrder(naversim.HopeOrder{Day: day(5), Guaranteed: true, Product: 2}),
	}
}

// moveHope is a buyer moving the day of one of the hope-delivery orders not sent yet a day later
// (the demo's life does it now and then, once per order). Returns the product order, "" when none
// moved.
func (d *Demo) moveHope(ids []string) string {
	for _, id := range ids {
		h, ok := d.Naver.Hope(id)
		if !ok || h.Guaranteed || h.ChangeReason != "" {
			continue
		}
		day, err := time.ParseInLocation("20060102", h.Ymd, order.KST())
		if err != nil {
			continue
		}
		if d.Naver.ChangeHope(id, day.AddDate(0, 0, 1), h.Hm, "받는 날짜 변경") == nil {
			return id
		}
	}
	return ""
}

package marketsim

import (
	"encoding/json"
	"net/http"
	"time"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// ControlPrefix is where the demo's own control of its simulated buyers is served, on the
// simulated Naver's address (StartDemo): the browser tests make a buyer act on demand instead of
// waiting for the demo's life. Only the demo serves it; the app never calls it.
const ControlPrefix = "/demo/"

// withControl serves the demo's control under ControlPrefix and the simulator h elsewhere.
func (d *Demo) withControl(h http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /demo/naver/hope-orders", d.controlHopeOrder)
	mux.HandleFunc("POST /demo/naver/hope-orders/{id}/move", d.controlHopeMove)
	mux.Handle("/", h)
	return mux
}

// controlHopeOrder is a buyer ordering the demo's cake for a day six days ahead at 15:00 (희망일배송).
// The demo's life never moves it: it is the caller's to move.
func (d *Demo) controlHopeOrder(w http.ResponseWriter, r *http.Request) {
	y, m, dd := time.Now().In(order.KST()).AddDate(0, 0, 6).Date()
	id := d.Naver.AddHopeOrder(naversim.HopeOrder{Day: time.Date(y, m, dd, 0, 0, 0, 0, order.KST()),
		Hour: "1500", Region: "서울 전지역", Fee: 3000, Product: 0})
	h, _ := d.Naver.Hope(id)
	controlAnswer(w, http.StatusOK, map[string]string{"productOrderId": id, "ymd": h.Ymd, "hm": h.Hm})
}

// controlHopeMove is the buyer of product order {id} moving its hope-delivery day a day later on
// the simulated Naver (the feed then says HOPE_DELIVERY_INFO_CHANGED). 404 for an order without a
// hope day, 409 when the simulated Naver refuses the change (sent already, an open claim).
func (d *Demo) controlHopeMove(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	h, ok := d.Naver.Hope(id)
	if !ok {
		controlAnswer(w, http.StatusNotFound, map[string]string{"error": "no hope-delivery order " + id})
		return
	}
	day, err := time.ParseInLocation("20060102", h.Ymd, order.KST())
	if err != nil {
		controlAnswer(w, http.StatusInternalServerError, map[string]string{"error": "hope day " + h.Ymd + ": " + err.Error()})
		return
	}
	if err := d.Naver.ChangeHope(id, day.AddDate(0, 0, 1), h.Hm, "받는 날짜 변경"); err != nil {
		controlAnswer(w, http.StatusConflict, map[string]string{"error": err.Error()})
		return
	}
	now, _ := d.Naver.Hope(id)
	controlAnswer(w, http.StatusOK, map[string]string{"productOrderId": id, "from": h.Ymd, "to": now.Ymd, "hm": now.Hm})
}

func controlAnswer(w http.ResponseWriter, status int, body map[string]string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

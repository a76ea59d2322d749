package digital

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// DeliveryView is one delivery on the 디지털 발송 screen.
type DeliveryView struct {
	Key              string   `json:"key"`
	Market           string   `json:"market"`
	MarketLabel      string   `json:"marketLabel"`
	ID               string   `json:"id"`
	OrderID          string   `json:"orderId"`
	Product          string   `json:"product"`
	ProductName      string   `json:"productName"`
	OptionName       string   `json:"optionName"`
	Quantity         int      `json:"quantity"`
	KindLabel        string   `json:"kindLabel"`
	Codes            []string `json:"codes"`
	BuyerName        string   `json:"buyerName"`
	To               string   `json:"to"`
	ToSource         string   `json:"toSource"`
	Subject          string   `json:"subject"`
	Body             string   `json:"body"`
	State            string   `json:"state"`
	StateLabel       string   `json:"stateLabel"`
	Note             string   `json:"note"`
	Attempts         int      `json:"attempts"`
	MaxAttempts      int      `json:"maxAttempts"`
	Resends          int      `json:"resends"`
	MarketState      string   `json:"marketState"`
	MarketStateLabel string   `json:"marketStateLabel"`
	MarketNote       string   `json:"marketNote"`
	Created          string   `json:"created"` // KST
	Sent             string   `json:"sent"`    // KST
	// Actions are the seller's decisions possible now: resend, received, manual, cancel; Address
	// says an address may be typed; RetryMarket that the 배송없음 step may be tried again.
	Actions     []string `json:"actions"`
	Address     bool     `json:"address"`
	RetryMarket bool     `json:"retryMarket"`
}

// The seller's decisions on a delivery, as the screen names them, with the reason recorded when
// the seller gives none.
var deliveryActions = []struct {
	name   string
	to     store.DeliveryState
	reason string
}{
	{"resend", store.DeliveryPlanned, "판매자가 다시 보내기를 골랐습니다."},
	{"received", store.DeliverySent, "판매자가 구매자가 받았다고 표시했습니다."},
	{"manual", store.DeliveryManual, "판매자가 직접 보냈다고 표시했습니다."},
	{"cancel", store.DeliveryCanceled, "판매자가 보내지 않기로 했습니다."},
}

// KST is a time as the screens show it ("" for none).
func KST(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(order.KST()).Format("01-02 15:04")
}

// ViewOf shapes a stored delivery for the screen.
func ViewOf(d store.Delivery) DeliveryView {
	_, id, _ := order.SplitKey(d.Key)
	v := DeliveryView{Key: d.Key, Market: string(d.Market), MarketLabel: d.Market.Label(), ID: id, OrderID: d.OrderID,
		Product: d.Product, ProductName: d.ProductName, OptionName: d.OptionName, Quantity: d.Quantity,
		KindLabel: Kind(d.Kind).Label(), Codes: d.Codes, BuyerName: d.BuyerName, To: d.To, ToSource: d.ToSource,
		Subject: d.Subject, Body: d.Body, State: string(d.State), StateLabel: d.State.Label(), Note: d.Note,
		Attempts: d.Attempts, MaxAttempts: d.MaxAttempts, Resends: d.Resends, MarketState: d.MarketState,
		MarketStateLabel: store.MarketStateLabel(d.MarketState), MarketNote: d.MarketNote,
		Created: KST(d.CreatedAt), Sent: KST(d.SentAt), Actions: []string{}, Address: d.AddressEditable(),
		RetryMarket: d.MarketState == store.MarketFailed}
	if v.Codes == nil {
		v.Codes = []string{}
	}
	for _, to := range d.Decisions() {
		for _, a := range deliveryActions {
			if a.to == to {
				v.Actions = append(v.Actions, a.name)
			}
		}
	}
	return v
}

// Deliveries lists every delivery, newest first, with its mail, state and codes.
func (d *Desk) Deliveries(ctx context.Context) ([]DeliveryView, error) {
	items, err := List(ctx, d.Store)
	if err != nil {
		return nil, d.fail("디지털 발송 내역을 읽지 못했습니다.", err)
	}
	out := make([]DeliveryView, len(items))
	for i, it := range items {
		out[i] = ViewOf(it.Delivery)
	}
	return out, nil
}

// Decide records the seller's decision on a delivery: "resend" (the same mail again, recorded),
// "received" (the buyer has it), "manual" (delivered by hand) or "cancel".
func (d *Desk) Decide(ctx context.Context, key, action, reason string) (DeliveryView, error) {
	i := 0
	for i < len(deliveryActions) && deliveryActions[i].name != action {
		i++
	}
	if i == len(deliveryActions) {
		return DeliveryView{}, usererr.New("알 수 없는 처리입니다: "+action, fmt.Errorf("decide %s: action %q", key, action))
	}
	if reason = strings.TrimSpace(reason); reason == "" {
		reason = deliveryActions[i].reason
	}
	dl, err := d.Store.DecideDelivery(ctx, key, store.DeliveryDecision{To: deliveryActions[i].to, Actor: "seller", Reason: reason})
	if err != nil {
		return DeliveryView{}, d.deliveryErr(key, err)
	}
	d.changed()
	d.kick() // a resend leaves now; a delivery marked sent goes on to 배송없음
	return ViewOf(dl), nil
}

// SetAddress stores the address the seller typed for one order (a masked or missing Naver ID, a
// Coupang order, a refused address); a held order is planned with it.
func (d *Desk) SetAddress(ctx context.Context, key, address string) (DeliveryView, error) {
	addr, err := ParseAddress(address)
	if err != nil {
		return DeliveryView{}, usererr.New(err.Error(), err)
	}
	dl, err := d.Store.SetDeliveryAddress(ctx, key, addr, "seller")
	if err != nil {
		return DeliveryView{}, d.deliveryErr(key, err)
	}
	d.changed()
	d.kick()
	return ViewOf(dl), nil
}

// RetryMarket lets the runner try 배송없음 again for a delivery the marketplace refused (after the
// seller fixed the cause in the seller centre).
func (d *Desk) RetryMarket(ctx context.Context, key string) (DeliveryView, error) {
	dl, ok, err := d.Store.Delivery(ctx, key)
	switch {
	case err != nil:
		return DeliveryView{}, d.fail("디지털 발송 내역을 읽지 못했습니다.", err)
	case !ok:
		return DeliveryView{}, usererr.New("이 주문의 디지털 발송 기록이 없습니다.", store.ErrNotFound)
	case dl.MarketState != store.MarketFailed:
		return ViewOf(dl), nil
	}
	if dl, err = d.Store.SetDeliveryMarket(ctx, key, "", "판매자가 발송처리를 다시 시도합니다."); err != nil {
		return DeliveryView{}, d.deliveryErr(key, err)
	}
	d.kick()
	return ViewOf(dl), nil
}

func (d *Desk) deliveryErr(key string, err error) error {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return usererr.New("이 주문의 디지털 발송 기록이 없습니다. 목록을 새로 고치세요.", err)
	case errors.Is(err, store.ErrDeliveryState):
		return usererr.New("지금 상태에서는 할 수 없는 처리입니다. 목록을 새로 고치세요.", err)
	}
	return d.fail("디지털 발송 기록을 바꾸지 못했습니다.", fmt.Errorf("%s: %w", key, err))
}

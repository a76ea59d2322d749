package naver

import (
	"encoding/json"
	"fmt"
)

// DeliveryNothing is the deliveryMethod of an order with no delivery (배송없음): what Naver sets as
// expectedDeliveryMethod for goods registered without shipping, and what a digital order is
// dispatched with.
const DeliveryNothing = "NOTHING"

// DigitalFacts are what digital delivery reads from a stored Naver product order beyond the
// order model: who the buyer is on Naver and how Naver expects the order to be delivered.
type DigitalFacts struct {
	// OrdererID is order.ordererId, the buyer's Naver ID ("주문자 ID", about 20 bytes). The
	// documented answer carries no e-mail address; the ID has been seen masked ("kimm****").
	OrdererID string `json:"ordererId"`
	// ExpectedDeliveryMethod is productOrder.expectedDeliveryMethod (NOTHING: 배송 없음).
	ExpectedDeliveryMethod string `json:"expectedDeliveryMethod"`
	// DeliveryMethod is delivery.deliveryMethod, set once the order was dispatched.
	DeliveryMethod string `json:"deliveryMethod,omitempty"`
}

// DigitalFactsOf reads the facts from one product order as Naver sent it (the raw payload kept
// beside the shipment).
func DigitalFactsOf(raw json.RawMessage) (DigitalFacts, error) {
	var d struct {
		Order struct {
			OrdererID string `json:"ordererId"`
		} `json:"order"`
		ProductOrder struct {
			ExpectedDeliveryMethod string `json:"expectedDeliveryMethod"`
		} `json:"productOrder"`
		Delivery *struct {
			DeliveryMethod string `json:"deliveryMethod"`
		} `json:"delivery"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return DigitalFacts{}, fmt.Errorf("naver: read product order for digital delivery: %w", err)
	}
	f := DigitalFacts{OrdererID: d.Order.OrdererID, ExpectedDeliveryMethod: d.ProductOrder.ExpectedDeliveryMethod}
	if d.Delivery != nil {
		f.DeliveryMethod = d.Delivery.DeliveryMethod
	}
	return f, nil
}

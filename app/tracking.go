package app

import (
	"context"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
)

// SetTracking types in (or clears, with an empty number) one shipment's courier and tracking number.
func (d *Writes) SetTracking(key, courierName, trackingNumber string) error {
	if err := d.app.SetTracking(d.ctx(), key, courierName, trackingNumber, "seller"); err != nil {
		return d.sellerErr("운송장번호를 저장하지 못했습니다.", err)
	}
	return nil
}

// ImportTracking reads the courier's result file and stores the matched tracking numbers.
func (d *Writes) ImportTracking(fileName string, data []byte, courier string) (fulfil.TrackingImportView, error) {
	v, err := d.app.ImportTracking(d.ctx(), fulfil.TrackingImportRequest{FileName: fileName, Data: data, Courier: courier, By: "seller"})
	if err != nil {
		return fulfil.TrackingImportView{}, d.sellerErr("운송장 파일을 가져오지 못했습니다.", err)
	}
	return v, nil
}

// CourierChoice is a courier the tracking-number input offers.
type CourierChoice struct {
	Name string `json:"name"`
	// Naver and Coupang tell whether the marketplace takes this courier.
	Naver   bool `json:"naver"`
	Coupang bool `json:"coupang"`
	// Digits are the lengths a tracking number of this courier may have (empty: 8 to 20).
	Digits []int `json:"digits"`
}

// SetTracking sets (or, with an empty number, clears) one shipment's courier and tracking number
// (fulfil.Pipeline.SetTracking).
func (a *App) SetTracking(ctx context.Context, key, courierName, trackingNumber, by string) error {
	return a.fulfil.SetTracking(ctx, key, courierName, trackingNumber, by)
}

// ImportTracking reads a courier's result file and stores the matched tracking numbers
// (fulfil.Pipeline.ImportTracking).
func (a *App) ImportTracking(ctx context.Context, req fulfil.TrackingImportRequest) (fulfil.TrackingImportView, error) {
	return a.fulfil.ImportTracking(ctx, req)
}

// TrackingCouriers lists the couriers a tracking number may be typed in for, CJ대한통운 first.
func (d *Writes) TrackingCouriers() ([]CourierChoice, error) {
	all := d.app.fulfil.Couriers().All()
	out := make([]CourierChoice, 0, len(all))
	for _, c := range all {
		digits := c.TrackingDigits
		if digits == nil {
			digits = []int{}
		}
		out = append(out, CourierChoice{Name: c.Name, Naver: c.Code(order.Naver) != "",
			Coupang: c.Code(order.Coupang) != "", Digits: digits})
	}
	return out, nil
}

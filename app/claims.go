package app

import "sellerdesk/backend/fulfil"

// The answers to the marketplaces (클레임, 발송지연, 송장 수정) are backend/fulfil's writes on the
// one pipeline; the doors reach it through Pipeline, the UI through Claims.

// Pipeline is the app's write pipeline (the doors' answers go through it).
func (a *App) Pipeline() *fulfil.Pipeline { return a.fulfil }

// Claims lists the open claims ("naver", "coupang" or "" for both), oldest first.
func (d *Claims) Claims(market string) ([]fulfil.OpenClaim, error) {
	out, err := fulfil.OpenClaims(d.ctx(), d.app.store, market)
	return out, d.writeErr("클레임 목록을 읽지 못했습니다.", err)
}

// Answer sends one answer to the claims of the selected shipments.
func (d *Claims) Answer(req fulfil.ClaimRequest, keys []string) (fulfil.Outcome, error) {
	res, err := d.app.fulfil.AnswerClaims(d.ctx(), req, keys, "seller")
	return res, d.writeErr("요청에 답하지 못했습니다.", err)
}

// Choices are the documented 발송지연 reasons and return holdback types.
func (d *Claims) Choices() (fulfil.ClaimChoices, error) { return fulfil.Choices(), nil }

// Delay sends 발송지연 for the selected shipments: the new deadline (YYYY-MM-DD), a reason code and
// the detail the buyer reads.
func (d *Claims) Delay(keys []string, until, reason, detail string) (fulfil.Outcome, error) {
	t, err := fulfil.ParseDelayDate(until)
	if err != nil {
		return fulfil.Outcome{}, err
	}
	res, err := d.app.fulfil.Delay(d.ctx(), fulfil.DelayRequest{Until: t, Reason: reason, Detail: detail}, keys, "seller")
	return res, d.writeErr("발송지연을 보내지 못했습니다.", err)
}

// FixInvoice sends 송장 수정 for one dispatched shipment.
func (d *Claims) FixInvoice(key, courier, trackingNumber string) (fulfil.Outcome, error) {
	res, err := d.app.fulfil.FixInvoices(d.ctx(), []fulfil.InvoiceFix{{Key: key, Courier: courier, TrackingNumber: trackingNumber}}, "seller")
	return res, d.writeErr("송장을 수정하지 못했습니다.", err)
}

// writeErr is sellerErr, nil for no error.
func (d desk) writeErr(korean string, err error) error {
	if err == nil {
		return nil
	}
	return d.sellerErr(korean, err)
}

package app

import (
	"context"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// The seller's answers to the marketplaces (클레임 answers, 발송지연, 송장 수정) go through the one
// write pipeline; the logic is backend/fulfil's, the app only opens it for the doors.

// OpenClaims lists the open claims (of market only, when given), oldest first.
func (a *App) OpenClaims(ctx context.Context, market order.Marketplace) ([]fulfil.OpenClaim, error) {
	return fulfil.OpenClaims(ctx, a.store, market)
}

// AnswerClaims sends one answer to the open claims of keys (fulfil.Pipeline.AnswerClaims).
func (a *App) AnswerClaims(ctx context.Context, req fulfil.ClaimRequest, keys []string, by string) (fulfil.Outcome, error) {
	return a.fulfil.AnswerClaims(ctx, req, keys, by)
}

// Delay sends 발송지연 (Naver) for keys (fulfil.Pipeline.Delay).
func (a *App) Delay(ctx context.Context, req fulfil.DelayRequest, keys []string, by string) (fulfil.Outcome, error) {
	return a.fulfil.Delay(ctx, req, keys, by)
}

// FixInvoices sends 송장 수정 (Coupang updateInvoices) (fulfil.Pipeline.FixInvoices).
func (a *App) FixInvoices(ctx context.Context, fixes []fulfil.InvoiceFix, by string) (fulfil.Outcome, error) {
	return a.fulfil.FixInvoices(ctx, fixes, by)
}

// DelayReason is one documented 발송지연 reason.
type DelayReason struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// Claims lists the open claims ("naver", "coupang" or "" for both).
func (d *Claims) Claims(market string) ([]fulfil.OpenClaim, error) {
	var m order.Marketplace
	if market != "" {
		var err error
		if m, err = order.ParseMarketplace(market); err != nil {
			return nil, userErr("알 수 없는 마켓입니다: "+market, err)
		}
	}
	out, err := d.app.OpenClaims(d.ctx(), m)
	if err != nil {
		return nil, d.fail("클레임 목록을 읽지 못했습니다.", err)
	}
	return out, nil
}

// Answer sends one answer to the claims of the selected shipments.
func (d *Claims) Answer(req fulfil.ClaimRequest, keys []string) (fulfil.Outcome, error) {
	res, err := d.app.AnswerClaims(d.ctx(), req, keys, "seller")
	if err != nil {
		return fulfil.Outcome{}, d.sellerErr("요청에 답하지 못했습니다.", err)
	}
	return res, nil
}

// DelayReasons are the documented 발송지연 reasons, in the page's order.
func (d *Claims) DelayReasons() ([]DelayReason, error) {
	out := []DelayReason{}
	for _, c := range naver.DelayReasons() {
		out = append(out, DelayReason{Code: c, Label: naver.DelayReasonLabel(c)})
	}
	return out, nil
}

// Delay sends 발송지연 for the selected shipments: the new deadline (YYYY-MM-DD), a reason code and
// the detail the buyer reads.
func (d *Claims) Delay(keys []string, until, reason, detail string) (fulfil.Outcome, error) {
	t, err := fulfil.ParseDelayDate(until)
	if err != nil {
		return fulfil.Outcome{}, err
	}
	res, err := d.app.Delay(d.ctx(), fulfil.DelayRequest{Until: t, Reason: reason, Detail: detail}, keys, "seller")
	if err != nil {
		return fulfil.Outcome{}, d.sellerErr("발송지연을 보내지 못했습니다.", err)
	}
	return res, nil
}

// FixInvoice sends 송장 수정 for one dispatched shipment.
func (d *Claims) FixInvoice(key, courier, trackingNumber string) (fulfil.Outcome, error) {
	res, err := d.app.FixInvoices(d.ctx(), []fulfil.InvoiceFix{{Key: key, Courier: courier, TrackingNumber: trackingNumber}}, "seller")
	if err != nil {
		return fulfil.Outcome{}, d.sellerErr("송장을 수정하지 못했습니다.", err)
	}
	return res, nil
}

// Package answers is the bound struct of the seller's answers to the marketplaces: the 클레임
// screen, 발송지연, 송장 수정, 배송 희망일 변경 and 판매 취소. The writes are backend/fulfil's, on the one
// pipeline; this package only shapes the UI calls (package app builds it and binds it with the
// others).
package answers

import (
	"context"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/store"
)

// Claims is the 클레임 screen's bound struct, with 발송지연 and 송장 수정.
type Claims struct{ env Env }

// Env is what the bound struct takes from the app: its context (UI calls run with it), its write
// pipeline and store, and the seller's sentence for an error.
type Env struct {
	Ctx      context.Context
	Pipeline *fulfil.Pipeline
	Store    *store.Store
	// SellerErr passes a seller-facing error through and logs anything else behind korean.
	SellerErr func(korean string, err error) error
}

// New is the bound struct over env.
func New(env Env) *Claims { return &Claims{env: env} }

// PipelineOf is the write pipeline of the Claims among bound (the app's bound structs), for the
// command-line doors; nil when there is none. Not a method: the UI must not reach it.
func PipelineOf(bound []any) *fulfil.Pipeline {
	for _, b := range bound {
		if c, ok := b.(*Claims); ok {
			return c.env.Pipeline
		}
	}
	return nil
}

// err is env.SellerErr, nil for no error.
func (c *Claims) err(korean string, err error) error {
	if err == nil {
		return nil
	}
	return c.env.SellerErr(korean, err)
}

// Claims lists the open claims ("naver", "coupang" or "" for both), oldest first.
func (c *Claims) Claims(market string) ([]fulfil.OpenClaim, error) {
	out, err := fulfil.OpenClaims(c.env.Ctx, c.env.Store, market)
	return out, c.err("클레임 목록을 읽지 못했습니다.", err)
}

// Answer sends one answer to the claims of the selected shipments.
func (c *Claims) Answer(req fulfil.ClaimRequest, keys []string) (fulfil.Outcome, error) {
	res, err := c.env.Pipeline.AnswerClaims(c.env.Ctx, req, keys, "seller")
	return res, c.err("요청에 답하지 못했습니다.", err)
}

// Choices are the documented 발송지연 reasons and return holdback types.
func (c *Claims) Choices() (fulfil.ClaimChoices, error) { return fulfil.Choices(), nil }

// Delay sends 발송지연 for the selected shipments: the new deadline (YYYY-MM-DD), a reason code and
// the detail the buyer reads.
func (c *Claims) Delay(keys []string, until, reason, detail string) (fulfil.Outcome, error) {
	t, err := fulfil.ParseDelayDate(until)
	if err != nil {
		return fulfil.Outcome{}, err
	}
	res, err := c.env.Pipeline.Delay(c.env.Ctx, fulfil.DelayRequest{Until: t, Reason: reason, Detail: detail}, keys, "seller")
	return res, c.err("발송지연을 보내지 못했습니다.", err)
}

// FixInvoice sends 송장 수정 for one dispatched shipment.
func (c *Claims) FixInvoice(key, courier, trackingNumber string) (fulfil.Outcome, error) {
	fix := []fulfil.InvoiceFix{{Key: key, Courier: courier, TrackingNumber: trackingNumber}}
	res, err := c.env.Pipeline.FixInvoices(c.env.Ctx, fix, "seller")
	return res, c.err("송장을 수정하지 못했습니다.", err)
}

// ChangeHope sends 배송 희망일 변경 for one hope-delivery box: the new day (YYYY-MM-DD), the hour
// ("" for none, 1500 or 15:00), the region ("" keeps it) and the reason the buyer reads.
func (c *Claims) ChangeHope(key, day, hour, region, reason string) (fulfil.Outcome, error) {
	req, err := fulfil.ParseHopeRequest(day, hour, region, reason)
	if err != nil {
		return fulfil.Outcome{}, err
	}
	res, err := c.env.Pipeline.ChangeHope(c.env.Ctx, req, []string{key}, "seller")
	return res, c.err("배송 희망일을 바꾸지 못했습니다.", err)
}

// SellerCancel sends 판매 취소 for the selected boxes still to ship (품절): the reason in the seller's
// words (required) and, for Coupang, the seller's WING login id. lines, when given, cancel only
// those goods of the one box (item id → count; fulfil.SellerCancelRequest.Lines). Each box is read
// back first.
func (c *Claims) SellerCancel(keys []string, reason, wingID string, lines map[string]int) (fulfil.Outcome, error) {
	res, err := c.env.Pipeline.SellerCancel(c.env.Ctx, fulfil.SellerCancelRequest{Reason: reason, WingID: wingID, Lines: lines}, keys, "seller")
	return res, c.err("판매 취소를 보내지 못했습니다.", err)
}

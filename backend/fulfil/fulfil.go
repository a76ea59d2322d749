// Package fulfil is SellerDesk's one write pipeline to the marketplaces. Every write the seller
// sends — 발주확인 (Acknowledge), 발송처리 (Dispatch), and the ones to come — goes the same way:
//
//  1. the selection is cleaned and bounded (MaxSelection), and writes are serialised;
//  2. each stored shipment is checked by the write's rules (status gating, Write.Check) and the
//     batch as a whole (Write.Prepare: a tracking number on two boxes);
//  3. right before sending, a write that asks for it (Write.Sweep) reads every shipment back from
//     its marketplace through the sync's checked path, so a claim that arrived since the last
//     sync holds the box (the claim sweep), and checks it again (Write.Recheck);
//  4. the shipments go per marketplace to that marketplace's Writer, which sends them in the
//     batches the API allows and answers per shipment (Answer);
//  5. an applied write is stored with its audit entry in one transaction (Write.Mark); a refusal
//     because of the shipment's state is read back (it may have been done already); an answer
//     that was lost is read back and never sent again (ok, failed or 확인 필요);
//  6. every shipment gets a result (ok, failed, unknown, skipped, pending) with a Korean message;
//     a failed, unknown or pending one is left on the shipment (order.WriteProblem) with its audit
//     entry in one transaction, and the UI hears which shipments changed.
//
// A Write holds the rules that are the same on every marketplace; a Writer is one write on one
// marketplace, a small adapter of a client call (see acknowledge.go and dispatch.go).
package fulfil

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Result is the outcome of one shipment in a write.
type Result string

const (
	// OK: the marketplace applied the change (said so, or showed it when read back).
	OK Result = "ok"
	// Failed: the marketplace refused it, or it was not sent; the message says why.
	Failed Result = "failed"
	// Unknown: the answer was lost and reading the shipment back did not tell (확인 필요). Never
	// sent again by SellerDesk: the seller checks the seller centre first.
	Unknown Result = "unknown"
	// Skipped: SellerDesk did not send it (wrong status, held, already done).
	Skipped Result = "skipped"
	// Pending: not yet. The marketplace refused it only because an earlier write has not applied
	// yet (Coupang's 상품준비중 can take up to 30 minutes); what the seller entered stays stored
	// and the same write may be sent again later. Not a failure.
	Pending Result = "pending"
)

// Item is the result of one shipment in a write, as the screen and the doors show it.
type Item struct {
	Key         string            `json:"key"`
	Market      order.Marketplace `json:"market"`
	MarketLabel string            `json:"marketLabel"`
	ID          string            `json:"id"`
	// Name is the box's one name (order.Shipment.Name): marketplace, order number, receiver and,
	// for an order of several boxes, which one.
	Name string `json:"name"`
	// Result is ok, failed, unknown, skipped or pending.
	Result Result `json:"result"`
	// Message is the Korean explanation (the marketplace's reason, or why it was skipped).
	Message string `json:"message"`
	// Code is the marketplace's own result code, when it gave one (e.g. 104119, DUPLICATE_INVOICE_NUMBER).
	Code string `json:"code,omitempty"`
	// Status is the stored status after the write.
	Status         order.Status `json:"status,omitempty"`
	Courier        string       `json:"courier,omitempty"`
	TrackingNumber string       `json:"trackingNumber,omitempty"`
	// ReadBack: the answer was lost and the outcome comes from reading the shipment back.
	ReadBack bool `json:"readBack,omitempty"`
}

// Counts sums a write's items by result.
type Counts struct {
	OK      int `json:"ok"`
	Failed  int `json:"failed"`
	Unknown int `json:"unknown"`
	Skipped int `json:"skipped"`
	Pending int `json:"pending"`
}

// Outcome is the result of a write: each shipment's item in the order of the selection, the
// counts, and one Korean sentence for the result bar.
type Outcome struct {
	Items   []Item `json:"items"`
	Counts  Counts `json:"counts"`
	Summary string `json:"summary"`
}

// MaxSelection bounds the shipments of one write from the board.
const MaxSelection = 1000

// Parcel is what a write sends with a shipment besides its id: the courier and tracking number of
// a dispatch (or an invoice fix), the delivery method of a dispatch without a parcel.
type Parcel struct {
	// Courier is the courier's name in the courier table; Code is the marketplace's code for it.
	Courier string
	Code    string
	Number  string
	// Method is the delivery method ("": a parcel by courier; "NOTHING": 배송없음).
	Method string
}

// Job is one shipment on its way through a write.
type Job struct {
	// Item is what the seller will read about it.
	Item *Item
	// Shipment is the stored shipment; after the claim sweep, the marketplace's current one.
	Shipment order.Shipment
	// Parcel is what the write sends with it (Write.Check fills it).
	Parcel Parcel
	// Boxes are the re-delivery boxes of a Coupang exchange an invoice upload names, each with
	// its parcel (Write.Check fills them).
	Boxes []BoxLine
	// Claim is the claim an answer to a claim is for, as the seller saw it (Write.Check keeps it).
	Claim order.Claim
	// Answer is what the marketplace said about it (the Writer sets it).
	Answer Answer
}

// Said is the kind of a marketplace's answer about one shipment.
type Said int

const (
	// NoAnswer: the shipment is not in the answer, or the answer was lost: it is read back.
	NoAnswer Said = iota
	// Applied: the marketplace applied the write.
	Applied
	// Refused: the marketplace refused it (Answer.Code, Answer.Reason).
	Refused
	// NotYet: refused only until an earlier write applies (Result Pending).
	NotYet
	// NotSent: it was never sent (an earlier batch failed first).
	NotSent
)

// Answer is a marketplace's answer about one shipment of a write.
type Answer struct {
	Said Said
	// Code is the marketplace's own result code; Reason says in Korean why it was refused or not
	// sent ("" for NotSent: the pipeline explains the batch's error).
	Code   string
	Reason string
	// Recheck: refused because of the shipment's state. It is read back and stored (the board then
	// shows the claim or cancel), and reported done when it turns out done already.
	Recheck bool
	// Status and MarketStatus are what an applied write moves the shipment to ("" keeps the stored).
	Status       order.Status
	MarketStatus string
	// AddressChanged: the marketplace says the receiver changed (Naver's 발주확인 answer); the
	// shipment gets the event and the checks run again.
	AddressChanged bool
	// Note replaces the ok message (e.g. Coupang takes up to 30 minutes to show 상품준비중);
	// Detail replaces the audit entry's detail.
	Note, Detail string
}

// Verdict is a decision about a shipment before it is sent: Skipped or Failed, and why.
type Verdict struct {
	Result  Result
	Message string
}

// Skip says a shipment is not sent, and why (not an error: wrong status, held, done already).
func Skip(format string, args ...any) *Verdict {
	return &Verdict{Result: Skipped, Message: fmt.Sprintf(format, args...)}
}

// Fail says a shipment cannot be sent, and why.
func Fail(format string, args ...any) *Verdict {
	return &Verdict{Result: Failed, Message: fmt.Sprintf(format, args...)}
}

// MarkEnv is what Write.Mark may use: the time of the write and the pre-ship checks.
type MarkEnv struct {
	Now   time.Time
	Check func(prev, next *order.Shipment, now time.Time)
}

// Write is one kind of marketplace write: the rules that are the same on every marketplace.
type Write interface {
	// Action names the write in the audit log ("acknowledge"); failures are audited as
	// Action()+"-"+result.
	Action() string
	// Verb is the write in the seller's words ("발주확인"): "3건 발주확인했습니다", "발주확인되었습니다".
	Verb() string
	// Check decides from the stored shipment whether it may be sent: nil to go on (it may fill
	// j.Parcel), or the verdict.
	Check(j *Job) *Verdict
	// Prepare runs once over the checked jobs before anything is sent; it may settle some of them
	// (Job.Settle).
	Prepare(ctx context.Context, st *store.Store, jobs []*Job) error
	// Sweep reports whether every shipment is read back right before sending (the claim sweep);
	// Recheck then decides on the marketplace's current shipment.
	Sweep() bool
	Recheck(j *Job) *Verdict
	// Applied tells from a shipment read back whether the write is on it; conflict says in Korean
	// that something else is (확인 필요), "" otherwise.
	Applied(j *Job, s *order.Shipment) (applied bool, conflict string)
	// Mark writes an applied write onto the stored shipment (inside the store transaction that
	// also appends the audit entry); Detail is that entry's text.
	Mark(j *Job, s *order.Shipment, env MarkEnv)
	Detail(j *Job) string
	// Writer is the write on marketplace m, nil when m has no such write.
	Writer(m order.Marketplace, mk Market) Writer
}

// Plain gives a Write the defaults of a write without a batch rule and without a claim sweep:
// embed it and write only Action, Verb, Check, Applied, Mark, Detail and Writer.
type Plain struct{}

func (Plain) Prepare(context.Context, *store.Store, []*Job) error { return nil }
func (Plain) Sweep() bool                                         { return false }
func (Plain) Recheck(*Job) *Verdict                               { return nil }

// Writer sends one write to one marketplace.
type Writer interface {
	// Send sends the batch's jobs in the chunks the API allows and sets each job's Answer. The
	// error, if any, is the batch's (logged; NotSent answers are explained with it).
	Send(ctx context.Context, b *Batch) error
}

// ReadBackFunc reads shipments (marketplace ids) back from a marketplace and stores them through
// the sync's checked path; it returns the stored shipments by key and why the others could not be
// read (syncer.Engine.ReadBack).
type ReadBackFunc func(ctx context.Context, ids []string) (map[string]order.Shipment, map[string]error)

// Market is one marketplace as a write run sees it.
type Market struct {
	// Unavailable says in Korean why nothing can be written to it now (no keys); "" when it can.
	Unavailable string
	// ReadBack reads shipments back through the sync's checked path.
	ReadBack ReadBackFunc
	// The clients the writers send with (the one built for the sync too).
	Naver   *naver.Client
	Coupang *coupang.Client
}

// Markets opens the marketplaces a write needs.
type Markets func(ctx context.Context, ms []order.Marketplace) (map[order.Marketplace]Market, error)

// Batch is what a Writer sends: the jobs of one marketplace, and what the pipeline lends it.
type Batch struct {
	Market order.Marketplace
	Jobs   []*Job
	// Now is the time of the write (e.g. Naver's dispatchDate).
	Now time.Time
	// ReadBack reads shipments back through the sync's checked path (Coupang's guide asks for it
	// after 상품준비중).
	ReadBack ReadBackFunc
	Log      *slog.Logger
	byID     map[string]*Job
}

// Job is the batch's job of the marketplace id, nil if none.
func (b *Batch) Job(id string) *Job {
	if b.byID == nil {
		b.byID = make(map[string]*Job, len(b.Jobs))
		for _, j := range b.Jobs {
			b.byID[j.Item.ID] = j
		}
	}
	return b.byID[id]
}

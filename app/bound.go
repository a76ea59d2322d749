package app

import (
	"context"
	"errors"
	"fmt"

	"sellerdesk/app/answers"
	"sellerdesk/app/folders"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// The UI calls the app through seven bound structs, one per screen area. Wails binds them to the
// desktop webview and the browser door serves the same methods over HTTP: every exported method
// of a bound struct is reachable, and nothing else is. Each method validates its input, calls the
// service that does the work and shapes the result; errors carry a Korean sentence for the
// seller. Every call runs with the app's context, which ends when the app closes.
type (
	// Orders is the order board and the drawer: counters, the list, one shipment, its findings
	// and the name pairs the seller taught the option-name check.
	Orders struct{ desk }
	// Writes is what goes back to the marketplaces: 발주확인, tracking numbers, 발송처리.
	Writes struct{ desk }
	// Lists is printing and exporting the picking, packing and shipping lists, and 상품 매칭.
	Lists struct{ desk }
	// Setup is the settings screen: keys, the connection test, the sync and its log.
	Setup struct{ desk }
	// Maintenance is backups, restores and the browser door's password.
	Maintenance struct{ desk }
	// Digital is digital goods: the 디지털 발송 screen and its settings (products, mails, SMTP,
	// licence codes).
	Digital struct{ desk }
)

// desk is what every bound struct shares: the app, and the way errors reach the seller.
type desk struct{ app *App }

// bound are the app's bound structs.
type bound struct {
	orders      *Orders
	writes      *Writes
	lists       *Lists
	setup       *Setup
	maintenance *Maintenance
	digital     *Digital
}

func newBound(a *App) bound {
	d := desk{app: a}
	return bound{orders: &Orders{d}, writes: &Writes{d}, lists: &Lists{d}, setup: &Setup{d}, maintenance: &Maintenance{d}, digital: &Digital{d}}
}

// Bound lists the structs the UI may call (Wails binds them; the browser door serves their
// exported methods).
func (a *App) Bound() []any {
	return []any{a.bound.orders, a.bound.writes, a.bound.lists, a.bound.setup, a.bound.maintenance, a.bound.digital, answers.New(answers.Env{Ctx: a.baseCtx, Pipeline: a.fulfil, Store: a.store, SellerErr: desk{a}.sellerErr})} // Claims: app/answers
}

// windowBound are the structs the desktop window binds: Bound's and 폴더 열기 (app/folders), which
// is the window's alone — the browser door downloads its exports instead.
func (a *App) windowBound() []any {
	return append(a.Bound(), folders.New(folders.Env{Ctx: a.baseCtx, Exports: a.ExportsDir(), SellerErr: desk{a}.sellerErr}))
}

// Orders is the order board's and the drawer's bound struct.
func (a *App) Orders() *Orders { return a.bound.orders }

// Writes is the bound struct of the writes to the marketplaces.
func (a *App) Writes() *Writes { return a.bound.writes }

// Lists is the print and export bound struct.
func (a *App) Lists() *Lists { return a.bound.lists }

// Setup is the settings screen's bound struct.
func (a *App) Setup() *Setup { return a.bound.setup }

// Maintenance is the backups' and password's bound struct.
func (a *App) Maintenance() *Maintenance { return a.bound.maintenance }

// Digital is the digital goods' bound struct.
func (a *App) Digital() *Digital { return a.bound.digital }

// ctx is the app's context: every UI call runs with it, and it ends when the app closes.
func (d desk) ctx() context.Context { return d.app.baseCtx }

// fail logs the technical cause and returns the seller's sentence.
func (d desk) fail(korean string, err error) error {
	d.app.log.Error(korean, "err", err)
	// A full disk, a read-only folder, a damaged file: the seller needs to know which.
	if msg, ok := store.SellerMessage(err); ok {
		korean += " " + msg
	}
	return userErr(korean, err)
}

// sellerErr passes a seller-facing error through and logs anything else behind a Korean sentence.
func (d desk) sellerErr(korean string, err error) error {
	var ue *UserError
	if errors.As(err, &ue) {
		return err
	}
	return d.fail(korean, err)
}

// shipment reads one stored shipment for a UI call (op names the call in the log), with the
// seller's sentence when it is gone or unreadable.
func (d desk) shipment(ctx context.Context, key, op string) (order.Shipment, error) {
	s, err := d.app.store.Shipment(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return s, userErr("이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.", err)
	}
	if err != nil {
		return s, d.fail("주문을 읽지 못했습니다.", fmt.Errorf("%s %s: %w", op, key, err))
	}
	return s, nil
}

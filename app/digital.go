package app

import (
	"context"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/store"
)

// Digital goods (issue 17): digital.Service mails and dispatches 배송없음 after every sync run;
// the 디지털 발송 screen's calls are digital.Desk's.

// Mailbox is the demo's mail catcher, shown in the app; nil outside the demo.
type Mailbox interface{ Shown() []mailcatcher.Shown }

// EventDigitalChanged reports a digital run that changed something, or a seller's decision.
const EventDigitalChanged = "digital:changed"

// EventDigitalLowStock reports the low licence-code pools each time their set changes.
const EventDigitalLowStock = "digital:low-stock"

func (a *App) newDigital() (*digital.Service, error) {
	return digital.NewService(digital.ServiceConfig{Store: a.store, Secrets: a.vault, Base: a.baseCtx, Env: a.cfg.Env, MailOptions: a.cfg.MailOptions,
		Market: a.fulfil.Digital(), Now: a.cfg.Now, Log: a.log, ConfirmEvery: a.cfg.DigitalConfirmEvery, Demo: a.cfg.Mailbox != nil,
		Changed:  func(rep digital.Report) { a.events.Emit(EventDigitalChanged, rep) },
		LowStock: func(w []digital.StockWarning) { a.events.Emit(EventDigitalLowStock, w) }})
}

// deliveryBadges are the board's badges of a page of rows.
func (a *App) deliveryBadges(ctx context.Context, keys []string) map[string]store.DeliveryBadge {
	b, err := a.store.DeliveryBadges(ctx, keys)
	if err != nil {
		a.log.Warn("digital: delivery badges", "err", err)
	}
	return b
}

// Settings returns the digital goods' settings (without the SMTP password).
func (d *Digital) Settings() (digital.SettingsView, error) { return d.svc().SettingsView(d.ctx()) }

// SaveSettings saves the settings and, when given, the SMTP password ("" keeps the saved one).
func (d *Digital) SaveSettings(in digital.SettingsInput) (digital.SettingsView, error) {
	return d.svc().Save(d.ctx(), in)
}

// TestSend sends the test mail with the saved server settings (to the from-address when empty).
func (d *Digital) TestSend(to string) (digital.TestSendView, error) {
	return d.svc().TestSend(d.ctx(), to)
}

// ImportCodes reads a licence-code file (CSV, TSV, XLSX; []byte travels as base64) into a pool.
func (d *Digital) ImportCodes(product, fileName string, data []byte) (digital.CodeImportView, error) {
	return d.svc().ImportCodes(d.ctx(), product, fileName, data)
}

// Deliveries lists every digital delivery, newest first, with its mail, state and codes.
func (d *Digital) Deliveries() ([]digital.DeliveryView, error) { return d.svc().Deliveries(d.ctx()) }

// Decide records the seller's decision: resend (recorded), received, manual or cancel.
func (d *Digital) Decide(key, action, reason string) (digital.DeliveryView, error) {
	return d.svc().Decide(d.ctx(), key, action, reason)
}

// SetAddress stores the address the seller typed for one order.
func (d *Digital) SetAddress(key, address string) (digital.DeliveryView, error) {
	return d.svc().SetAddress(d.ctx(), key, address)
}

// RetryMarket lets 배송없음 be tried again after the marketplace refused it.
func (d *Digital) RetryMarket(key string) (digital.DeliveryView, error) {
	return d.svc().RetryMarket(d.ctx(), key)
}

// Status returns whether digital delivery is on and what the last run did.
func (d *Digital) Status() (digital.StatusView, error) { return d.svc().Status(d.ctx()) }

// Mailbox lists the mails the demo's mail catcher received, newest first (empty outside the demo).
func (d *Digital) Mailbox() ([]mailcatcher.Shown, error) {
	if d.app.cfg.Mailbox == nil {
		return []mailcatcher.Shown{}, nil
	}
	return d.app.cfg.Mailbox.Shown(), nil
}

func (d *Digital) svc() *digital.Desk { return d.app.digital.Desk() }

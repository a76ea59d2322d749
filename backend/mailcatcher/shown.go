package mailcatcher

import "sellerdesk/backend/order"

// Shown is one caught mail as the demo's mailbox screen shows it.
type Shown struct {
	At        string   `json:"at"` // KST
	From      string   `json:"from"`
	To        []string `json:"to"`
	Subject   string   `json:"subject"`
	Body      string   `json:"body"`
	MessageID string   `json:"messageId"`
}

// Shown lists the caught mails newest first, as the buyers would read them.
func (c *Catcher) Shown() []Shown {
	mails := c.Mails()
	out := make([]Shown, 0, len(mails))
	for i := len(mails) - 1; i >= 0; i-- {
		m := mails[i]
		out = append(out, Shown{At: m.At.In(order.KST()).Format("01-02 15:04:05"), From: m.FromHeader, To: m.To,
			Subject: m.Subject, Body: m.Body, MessageID: m.MessageID})
	}
	return out
}

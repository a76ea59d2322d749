// Package apierr is what the two marketplace clients' errors share: the wording of an error
// answer in the log, so a line reads the same whichever marketplace answered. The taxonomy is
// the same in both clients too: APIError (an error answer), RateLimitError or the rate-limit
// code, OutcomeUnknownError (a write whose answer was lost), RequestError (refused before
// sending), each with SellerMessage for the seller.
package apierr

import (
	"strconv"
	"strings"
)

// Text is an error answer as a log line:
// "<client>: <op>: HTTP <status> code <code>: <message> (<trace name> <trace>)".
type Text struct {
	Client, Op       string
	Status           int
	Code, Message    string
	TraceName, Trace string
}

func (t Text) String() string {
	var b strings.Builder
	b.WriteString(t.Client)
	b.WriteString(": ")
	if t.Op != "" {
		b.WriteString(t.Op)
		b.WriteString(": ")
	}
	b.WriteString("HTTP ")
	b.WriteString(strconv.Itoa(t.Status))
	if t.Code != "" {
		b.WriteString(" code ")
		b.WriteString(t.Code)
	}
	if t.Message != "" {
		b.WriteString(": ")
		b.WriteString(t.Message)
	}
	if t.Trace != "" {
		b.WriteString(" (")
		b.WriteString(t.TraceName)
		b.WriteString(" ")
		b.WriteString(t.Trace)
		b.WriteString(")")
	}
	return b.String()
}

// Quote adds the marketplace's own words to a Korean reason: "<reason> (<market>: <message>)".
func Quote(reason, market, message string) string {
	if message == "" {
		return reason
	}
	return reason + " (" + market + ": " + message + ")"
}

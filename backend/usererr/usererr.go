// Package usererr is the error that carries a sentence for the seller: the Korean the screen and
// the doors show, with the technical cause kept for the log. Every layer returns it where it
// knows what the seller should read; whoever shows an error asks Korean for it.
package usererr

import "errors"

// Error is an error whose message is meant for the seller (Korean). Detail is the technical cause
// for the log.
type Error struct {
	Korean string
	Detail error
}

func (e *Error) Error() string { return e.Korean }
func (e *Error) Unwrap() error { return e.Detail }

// New returns an *Error saying korean to the seller, caused by detail.
func New(korean string, detail error) error { return &Error{Korean: korean, Detail: detail} }

// Korean is the seller's sentence of the first *Error in err's chain.
func Korean(err error) (string, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e.Korean, true
	}
	return "", false
}

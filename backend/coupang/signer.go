// Package coupang is SellerDesk's client of the Coupang Wing Open API (order side): the HMAC
// signer, order-sheet reads (by day, by minute, by box, by order), return/cancel requests,
// acknowledgement (상품준비중) and invoice upload (송장업로드), with typed errors, client-side rate
// limiting and bounded retries of reads. Wire types are mapped into backend/order in map.go only.
package coupang

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// signedDateLayout is Java's yyMMdd'T'HHmmss'Z' in UTC.
const signedDateLayout = "060102T150405Z"

// Signer computes the CEA HmacSHA256 Authorization header. It never prints the secret key.
type Signer struct {
	accessKey string
	secret    []byte
}

// NewSigner returns a signer for one access key / secret key pair.
func NewSigner(accessKey, secretKey string) *Signer {
	return &Signer{accessKey: accessKey, secret: []byte(secretKey)}
}

// SignedDate formats t as the signed-date value (UTC, yyMMddTHHmmssZ).
func SignedDate(t time.Time) string { return t.UTC().Format(signedDateLayout) }

// Signature is hex(HMAC-SHA256(secret, signedDate + method + path + rawQuery)). rawQuery is the
// query exactly as sent, without the leading '?', percent-encoding included.
func (s *Signer) Signature(signedDate, method, path, rawQuery string) string {
	mac := hmac.New(sha256.New, s.secret)
	mac.Write([]byte(signedDate))
	mac.Write([]byte(method))
	mac.Write([]byte(path))
	mac.Write([]byte(rawQuery))
	return hex.EncodeToString(mac.Sum(nil))
}

// AuthorizationAt is the Authorization header value for a request signed at signedDate.
func (s *Signer) AuthorizationAt(signedDate, method, path, rawQuery string) string {
	return "CEA algorithm=HmacSHA256, access-key=" + s.accessKey +
		", signed-date=" + signedDate +
		", signature=" + s.Signature(signedDate, method, path, rawQuery)
}

// Authorization is the Authorization header value for a request made at t.
func (s *Signer) Authorization(t time.Time, method, path, rawQuery string) string {
	return s.AuthorizationAt(SignedDate(t), method, path, rawQuery)
}

// String shows the access key only; the secret never leaves the signer.
func (s *Signer) String() string { return "coupang.Signer{access-key=" + s.accessKey + ", secret=***}" }

// GoString keeps %#v from printing the secret.
func (s *Signer) GoString() string { return s.String() }

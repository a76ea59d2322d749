package mail

import (
	"crypto/x509"
	"errors"
	"fmt"
	"os"
)

// RootCAsFile returns the system's certificate authorities plus those of a PEM file (a company
// mail server with its own CA; the tests' mail catcher).
func RootCAsFile(path string) (*x509.CertPool, error) {
	pem, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("mail: read the CA file: %w", err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("mail: the CA file holds no PEM certificate")
	}
	return pool, nil
}

package syncer

import (
	"fmt"
	"log/slog"
)

// String shows the application id and address, never the secret.
func (c NaverConfig) String() string {
	return fmt.Sprintf("naver{clientId: %s, baseUrl: %s, secret: %s}", c.ClientID, c.BaseURL, hidden(c.ClientSecret))
}

// GoString keeps %#v from printing the secret.
func (c NaverConfig) GoString() string { return c.String() }

// LogValue keeps slog from printing the secret.
func (c NaverConfig) LogValue() slog.Value { return slog.StringValue(c.String()) }

// String shows the vendor id and address, never the keys.
func (c CoupangConfig) String() string {
	return fmt.Sprintf("coupang{vendorId: %s, baseUrl: %s, accessKey: %s, secretKey: %s}", c.VendorID, c.BaseURL,
		hidden(c.AccessKey), hidden(c.SecretKey))
}

// GoString keeps %#v from printing the keys.
func (c CoupangConfig) GoString() string { return c.String() }

// LogValue keeps slog from printing the keys.
func (c CoupangConfig) LogValue() slog.Value { return slog.StringValue(c.String()) }

func hidden(s string) string {
	if s == "" {
		return "(none)"
	}
	return "(set)"
}

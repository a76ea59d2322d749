package syncer

import (
	"fmt"
	"log/slog"
)

// String shows the client (application id and address), never the secret.
func (c NaverConfig) String() string {
	return fmt.Sprintf("naver source{%v, lookback %s, overlap %s}", c.Client, c.Lookback, c.Overlap)
}

// GoString keeps %#v from printing the secret.
func (c NaverConfig) GoString() string { return c.String() }

// LogValue keeps slog from printing the secret.
func (c NaverConfig) LogValue() slog.Value { return slog.StringValue(c.String()) }

// String shows the client (vendor id and address), never the keys.
func (c CoupangConfig) String() string {
	return fmt.Sprintf("coupang source{%v, window %s}", c.Client, c.Window)
}

// GoString keeps %#v from printing the keys.
func (c CoupangConfig) GoString() string { return c.String() }

// LogValue keeps slog from printing the keys.
func (c CoupangConfig) LogValue() slog.Value { return slog.StringValue(c.String()) }

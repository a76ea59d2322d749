package check

import "time"

var testNow = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

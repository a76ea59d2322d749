//go:build !unix

package check

import "time"

// cpuTime is not measured here; the benchmark then reports the wall-clock rate only.
func cpuTime() time.Duration { return 0 }

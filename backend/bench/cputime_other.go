//go:build !unix

package main

import "time"

// cpuTime is not measured on this OS.
func cpuTime() (time.Duration, bool) { return 0, false }

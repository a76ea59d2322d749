//go:build !unix

package main

// peakRSS is not measured on this OS.
func peakRSS() (int64, bool) { return 0, false }

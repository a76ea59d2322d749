//go:build bindings

package app

// GeneratingBindings is true in the build `wails generate module` runs to read the bound methods:
// that run must not open (or migrate) the seller's data folder.
const GeneratingBindings = true

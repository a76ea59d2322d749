package store

import "testing"

// Test hooks for the external tests (package store_test), which can use storetest.

// WriteLegacyStore writes a schema-2 store (see writeLegacyStore).
func WriteLegacyStore(t testing.TB, dir string, recs []Record) { writeLegacyStore(t, dir, recs) }

// WithMigrateChunk sets how many keys a migration copies per transaction.
func WithMigrateChunk(o Options, n int) Options {
	o.migrateChunk = n
	return o
}

// MigratingName is the migration's new file while it is written.
const MigratingName = migratingName

// WithoutVerifyAtOpen makes Open skip the full check (as for a file above verifyAtOpenMax).
func WithoutVerifyAtOpen(o Options) Options {
	o.verifyMax = -1
	return o
}

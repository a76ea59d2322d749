// Package check holds SellerDesk's pre-ship checks: pure functions over backend/order that find
// what could make a wrong box leave the house (registered vs exposed option names, marketplace
// bundles, a changed address, open claims, partial cancels, a changed option), carry the seller's
// own data over a re-sync, and record how the seller resolved each finding.
//
// Nothing here does I/O or reads the clock: callers pass the time.
package check

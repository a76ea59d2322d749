// Package check holds SellerDesk's pre-ship checks: pure functions over backend/order that find
// what could make a wrong box leave the house, carry the seller's own data over a re-sync, and
// record how the seller dealt with each finding.
//
//   - Shipment runs every check on one shipment: OPTION_NAME_MISMATCH (block), BUNDLE_MULTIPLIER
//     (warn), ADDRESS_CHANGED (block), CLAIM_OPEN (block), PARTIAL_CANCEL (warn) and
//     OPTION_CHANGED (warn), each with a one-sentence Korean message and its evidence.
//   - Apply is called inside the store's upsert: it carries over what the marketplace does not
//     send (first receiver, first-seen and acknowledge times, 합포장 금지, typed-in tracking
//     number, events) and merges fresh findings with the stored ones, so a resolution survives
//     an identical re-check and a new difference is a new finding.
//   - Resolve records a resolution or an override (an override needs a reason); Shippable
//     returns a *BlockedError (errors.Is ErrBlocked) while a blocking finding is open.
//   - CompareNames / CompareBundle / CompareLine compare the seller's registered name with the
//     name the buyer saw by meaning: width, NFKC, spacing, order and packaging words do not
//     matter; counts (3개, x3, 1+1), capacities and weights (with unit conversion), sizes, models
//     and listed attributes (colour, flavour, scent, kind of goods…) do, and so does a product
//     word the lexicon does not list when each name has one the other lacks (된장 vs 고추장:
//     KindWord; a word on one side only, such as 무료배송 or a brand, does not). Differences carry byte
//     spans into the original strings for highlighting. A Matcher does the same with reused
//     buffers for bulk checks.
//
// Nothing here does I/O or reads the clock: callers pass the time.
package check

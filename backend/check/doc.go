// Package check holds SellerDesk's pre-ship checks: pure functions over backend/order that find
// what could make a wrong box leave the house, carry the seller's own data over a re-sync, and
// record how the seller dealt with each finding.
//
//   - Shipment runs every check on one shipment: OPTION_NAME_MISMATCH (block, or warn — 확인 필요 —
//     when only words the matcher cannot explain differ), BUNDLE_MULTIPLIER
//     (warn), ADDRESS_CHANGED (block), CLAIM_OPEN (block), PARTIAL_CANCEL (warn) and
//     OPTION_CHANGED (warn), each with a one-sentence Korean message and its evidence.
//   - Apply is called inside the store's upsert: it carries over what the marketplace does not
//     send (first receiver, first-seen and acknowledge times, 합포장 금지, typed-in tracking
//     number, events) and merges fresh findings with the stored ones, so a resolution survives
//     an identical re-check and a new difference is a new finding.
//   - Resolve records a resolution or an override (an override needs a reason); Shippable
//     returns a *BlockedError (errors.Is ErrBlocked) while a blocking finding is open.
//   - CompareNames / CompareBundle / CompareLine compare the seller's registered name with the
//     name the buyer saw by meaning: width, NFKC, spacing, order, script (Hangul / Latin, by a
//     sound key) and packaging or marketing words do not matter; typed attributes do and block —
//     counts (3개, x3, 1+1, 다스), capacities, weights and lengths (with unit conversion, ounces,
//     pounds and inches within 3 %), sizes, grades (1+ vs 1++, 2B vs B, PLA+ vs PLA), model
//     codes (with or without separators; 952 vs 952XL, 88D vs 88S; modifiers after a code such
//     as 4060 Ti or AK400 DIGITAL; generations such as 팔마2; versions such as V2), composition
//     (본품+리필, 배터리 미포함) and listed attributes (colour, flavour, scent, kind of goods,
//     refill, grind, material, pattern, edition, installation…); a product word standing
//     where the other name has another, that neither the lexicon nor the vocabulary of names of
//     one thing (vocab.go) explains, only warns (KindWord). Differences carry a severity and
//     byte spans into the original strings for highlighting. A Matcher does the same with
//     reused buffers for bulk checks.
//   - ShipmentLearned / ApplyLearned take the name pairs the seller taught (Learned): a pair
//     marked as the same goods is not flagged again, one marked as different goods always
//     blocks.
//
// Nothing here does I/O or reads the clock: callers pass the time.
package check

// Package lists builds the seller's printed lists as data first — 피킹리스트 (PickList),
// 패킹리스트 / 합포장 (PackList), 배송리스트 for the courier upload (ShippingList) — and renders them
// to printable A4 HTML, XLSX, CSV and JSON. It also keeps the seller's item links (SKUMap),
// records what was printed (PrintRecord) to detect changes after printing, and imports the
// courier's tracking-number result files.
//
// The package is pure: no store, no network, no clock. Callers pass the shipments and the time.
package lists

// View logic of the 송장·발송 and 출력 pages: shaping what Go returned for the screen. No decisions
// about orders live here; Go matched the rows, checked the numbers and wrote the messages.
import { labelOf, type CourierChoice, type LabelOption, type Labels, type TrackingImportView, type WriteItem } from "./api";

/** Encodes file bytes as base64 (Go's []byte in JSON), in chunks so large files do not overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    bin += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(bin);
}

export type ImportRowKind = "matched" | "problem" | "ambiguous" | "unreadable" | "unmatched";

export interface ImportRow {
  kind: ImportRowKind;
  /** Korean label of the kind (Go's). */
  label: string;
  /** Row number in the file. */
  row: number;
  trackingNumber: string;
  receiverName: string;
  keys: string[];
  /** Korean reason (Go's sentence), empty when the row is fine. */
  reason: string;
  /** A number Go suggests for the seller to confirm (zeros Excel dropped), "" if none. */
  suggestion: string;
}

/**
 * Flattens an import result into one list for a table, problems first: rows that need the seller's
 * eye (not stored, ambiguous, unreadable, no order) come before the plain matches. A matched row
 * whose number was not stored shows as "저장 안 됨" with Go's message instead of as matched. The
 * kinds are named, and ordered, by Go's label table.
 */
export function importRows(v: TrackingImportView, labels: Pick<Labels, "importKinds" | "matchedBy">): ImportRow[] {
  const kindLabel = (k: ImportRowKind) => labelOf(labels.importKinds, k);
  const problemByRow = new Map((v.problems ?? []).map((p) => [p.row, p]));
  const out: ImportRow[] = [];
  for (const m of v.matched ?? []) {
    const p = problemByRow.get(m.row.row);
    out.push({
      kind: p ? "problem" : "matched",
      label: kindLabel(p ? "problem" : "matched"),
      row: m.row.row,
      trackingNumber: m.row.trackingNumber ?? "",
      receiverName: m.row.receiverName ?? "",
      keys: m.shipmentKeys ?? [],
      reason: p ? p.message : [m.row.note ?? "", `${labelOf(labels.matchedBy, m.by)}로 찾음`].filter(Boolean).join(" · "),
      suggestion: "",
    });
  }
  for (const a of v.ambiguous ?? []) {
    out.push({
      kind: "ambiguous",
      label: kindLabel("ambiguous"),
      row: a.row.row,
      trackingNumber: a.row.trackingNumber ?? "",
      receiverName: a.row.receiverName ?? "",
      keys: a.shipmentKeys ?? [],
      reason: a.reason,
      suggestion: "",
    });
  }
  for (const u of v.unreadable ?? []) {
    out.push({
      kind: "unreadable",
      label: kindLabel("unreadable"),
      row: u.row.row,
      trackingNumber: u.row.raw,
      receiverName: u.row.receiverName ?? "",
      keys: u.shipmentKeys ?? [],
      reason: u.row.note ?? "",
      suggestion: u.row.suggestion ?? "",
    });
  }
  for (const r of v.unmatched ?? []) {
    out.push({
      kind: "unmatched",
      label: kindLabel("unmatched"),
      row: r.row,
      trackingNumber: r.trackingNumber || r.raw,
      receiverName: r.receiverName ?? "",
      keys: [],
      reason: r.note || "이 행에 맞는 주문을 찾지 못했습니다.",
      suggestion: "",
    });
  }
  const order = labels.importKinds.map((k) => k.value);
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.row - b.row);
}

/** Counts per kind for the header line of the import result. */
export function importCounts(rows: ImportRow[]): Record<ImportRowKind, number> {
  const c: Record<ImportRowKind, number> = { matched: 0, problem: 0, ambiguous: 0, unreadable: 0, unmatched: 0 };
  for (const r of rows) c[r.kind]++;
  return c;
}

/** Write results in Go's reading order (its label table lists failures and 확인 필요 first, done last). */
export function sortedResults(items: WriteItem[], order: readonly LabelOption[]): WriteItem[] {
  const rank = (r: string) => order.findIndex((o) => o.value === r);
  return [...items].sort((a, b) => rank(a.result) - rank(b.result));
}

/** The couriers a shipment's marketplace takes, in Go's order (CJ대한통운 first). */
export function couriersFor(market: string, choices: CourierChoice[]): CourierChoice[] {
  return choices.filter((c) => (market === "naver" ? c.naver : market === "coupang" ? c.coupang : true));
}

/** Placeholder for the number input: the digit counts the courier's numbers have, e.g. "숫자 10~12자리". */
export function digitsHint(c: CourierChoice | undefined): string {
  const d = [...(c?.digits ?? [])].sort((a, b) => a - b);
  if (d.length === 0) return "운송장번호";
  if (d.length === 1) return `숫자 ${d[0]}자리`;
  return `숫자 ${d[0]}~${d[d.length - 1]}자리`;
}

/** One line for an item that needs a SKU link: name, seller code, marketplaces and units. */
export function unmatchedLine(it: { name: string; sellerCode: string; markets: string[]; units: number }): string {
  const code = it.sellerCode ? ` [${it.sellerCode}]` : "";
  const markets = it.markets.length > 0 ? ` · ${it.markets.join("·")}` : "";
  return `${it.name}${code}${markets} · ${it.units.toLocaleString("ko-KR")}개`;
}

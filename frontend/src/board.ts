// The order board's view logic, kept apart from React so it can be tested.
import type { ShipmentQuery } from "./api";

export interface BoardFilters {
  market: "" | "naver" | "coupang";
  status: string;
  finding: string;
  blockedOnly: boolean;
  from: string;
  to: string;
  text: string;
}

export const emptyFilters: BoardFilters = {
  market: "",
  status: "",
  finding: "",
  blockedOnly: false,
  from: "",
  to: "",
  text: "",
};

/** The page size the board asks for; the table is virtualized, so pages can be large. */
export const pageSize = 500;

/** Turns the board's filter controls into the query Go answers. */
export function toQuery(f: BoardFilters, offset = 0): ShipmentQuery {
  return {
    markets: f.market ? [f.market] : [],
    statuses: f.status ? [f.status] : [],
    findings: f.finding ? [f.finding] : [],
    blockedOnly: f.blockedOnly,
    from: f.from,
    to: f.to,
    text: f.text.trim(),
    offset,
    limit: pageSize,
  };
}

/** Clicking a counter on top filters by that status; clicking the active one clears it. */
export function toggleStatus(f: BoardFilters, status: string): BoardFilters {
  return { ...f, status: f.status === status ? "" : status, blockedOnly: false };
}

/** The 검수 column's mark: ⛔ block, ⚠ warn, ✓ clean. */
export function checkMark(row: { blocked: boolean; warned: boolean }): { mark: string; tone: "block" | "warn" | "ok" } {
  if (row.blocked) return { mark: "⛔", tone: "block" };
  if (row.warned) return { mark: "⚠", tone: "warn" };
  return { mark: "✓", tone: "ok" };
}

/** Moves a selection index by delta within [0, count). */
export function moveCursor(index: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  if (index < 0) return delta > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, index + delta));
}

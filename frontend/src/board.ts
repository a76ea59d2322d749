// The order board's view logic, kept apart from React so it can be tested.
import type { ShipmentQuery } from "./api";

export interface BoardFilters {
  /** A marketplace's value from Go's label table, "" for all. */
  market: string;
  status: string;
  finding: string;
  blockedOnly: boolean;
  from: string;
  to: string;
  text: string;
  /** The column the board is sorted by ("" is 결제일시, newest first) and whether it is turned round. */
  sort: string;
  reverse: boolean;
  /** 미출력만: boxes on no shipping-list print (차수) yet. */
  unprinted: boolean;
  /** 처리 실패만: boxes with a write to the marketplace that did not go through. */
  writeProblem: boolean;
}

export const emptyFilters: BoardFilters = {
  market: "",
  status: "",
  finding: "",
  blockedOnly: false,
  from: "",
  to: "",
  text: "",
  sort: "",
  reverse: false,
  unprinted: false,
  writeProblem: false,
};

/** The query fields beyond the board's filter controls, unset. */
export const queryExtras = { sort: "", reverse: false, heldFirst: false, unprinted: false, writeProblem: false, dueToday: false };

/** A click on a column's heading: sort by it, or turn the order round when it already sorts. */
export function sortBy(f: BoardFilters, column: string): Pick<BoardFilters, "sort" | "reverse"> {
  return f.sort === column ? { sort: column, reverse: !f.reverse } : { sort: column, reverse: false };
}

/** The page size the board asks for: a few screens of rows; more pages come by offset as the user scrolls. */
export const pageSize = 200;

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
    ...queryExtras,
    sort: f.sort,
    reverse: f.reverse,
    unprinted: f.unprinted,
    writeProblem: f.writeProblem,
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

/**
 * The rows of one filter, fetched page by page as the user scrolls. Row i lives in page
 * floor(i / pageSize); a page is fetched once. The virtualized table asks for the range it shows.
 */
export class RowPages<R> {
  readonly total: number;
  private pages = new Map<number, R[]>();
  private pending = new Set<number>();

  constructor(total: number, first?: R[]) {
    this.total = total;
    if (first) this.pages.set(0, first);
  }

  row(i: number): R | undefined {
    return this.pages.get(Math.floor(i / pageSize))?.[i % pageSize];
  }

  /** Offsets of the pages needed to show rows [start, end] that are neither loaded nor on their way. */
  missing(start: number, end: number): number[] {
    const out: number[] = [];
    if (this.total <= 0) return out;
    const first = Math.max(0, Math.floor(start / pageSize));
    const last = Math.floor(Math.min(end, this.total - 1) / pageSize);
    for (let p = first; p <= last; p++) {
      if (!this.pages.has(p) && !this.pending.has(p)) out.push(p * pageSize);
    }
    return out;
  }

  /** Marks a page as requested so it is not asked for twice. */
  request(offset: number): void {
    this.pending.add(Math.floor(offset / pageSize));
  }

  /** Stores a fetched page and returns a new RowPages sharing the pages (for React state). */
  with(offset: number, rows: R[]): RowPages<R> {
    const next = new RowPages<R>(this.total);
    next.pages = new Map(this.pages);
    next.pending = new Set(this.pending);
    const p = Math.floor(offset / pageSize);
    next.pages.set(p, rows);
    next.pending.delete(p);
    return next;
  }

  /** Forgets a failed request so it can be asked again. */
  failed(offset: number): void {
    this.pending.delete(Math.floor(offset / pageSize));
  }

  /** The index of the row with this key among the loaded pages, or -1. */
  indexOf(key: string): number {
    if (!key) return -1;
    for (const [p, rows] of this.pages) {
      const i = rows.findIndex((r) => (r as { key?: string }).key === key);
      if (i >= 0) return p * pageSize + i;
    }
    return -1;
  }

  loadedCount(): number {
    let n = 0;
    this.pages.forEach((rows) => (n += rows.length));
    return n;
  }
}

/** Selection of rows by key: Space or a click on the checkbox toggles one. */
export function toggleKey(sel: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(sel);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/**
 * Shift-click: selects every loaded row between the anchor and the clicked index (both
 * included), keeping what was selected before.
 */
export function selectRange(sel: ReadonlySet<string>, keyAt: (i: number) => string | undefined, anchor: number, index: number): Set<string> {
  const next = new Set(sel);
  const from = Math.min(anchor < 0 ? index : anchor, index);
  const to = Math.max(anchor < 0 ? index : anchor, index);
  for (let i = from; i <= to; i++) {
    const k = keyAt(i);
    if (k) next.add(k);
  }
  return next;
}

/** The bulk bar's title: "3건 선택", or "126건 모두 선택됨" when it is the whole filtered result. */
export function selectionLabel(n: number, all = false): string {
  return `${n.toLocaleString("ko-KR")}건 ${all ? "모두 선택됨" : "선택"}`;
}

/** A select-all: the keys Go gave for one filter, and the filter's total when they were asked for. */
export interface AllSelected {
  filterKey: string;
  count: number;
}

/**
 * Whether the selection still is the whole filtered result of a select-all: same filter, same
 * total on the board, and no row toggled since (the caller forgets the select-all on a toggle).
 */
export function isAllSelected(all: AllSelected | null, filterKey: string, total: number, selected: number): boolean {
  return !!all && all.filterKey === filterKey && all.count === total && selected === total && total > 0;
}

/** Bulk actions and why one is not available yet (the tooltip), in the bar's order. */
export interface BulkAction {
  id: "ack" | "dispatch" | "picking" | "packing" | "excel";
  label: string;
  enabled: boolean;
  reason: string;
}

export function bulkActions(n: number, features: { acknowledge: boolean; lists: boolean }): BulkAction[] {
  const none = n === 0 ? "먼저 주문을 선택하세요." : "";
  const syncReason = "동기화 기능 연결 후 사용할 수 있습니다";
  const listReason = "출력 기능 연결 후 사용할 수 있습니다";
  return [
    { id: "ack", label: "발주확인", enabled: n > 0 && features.acknowledge, reason: features.acknowledge ? none : syncReason },
    { id: "dispatch", label: "발송처리", enabled: n > 0 && features.acknowledge, reason: features.acknowledge ? none : syncReason },
    { id: "picking", label: "피킹리스트", enabled: n > 0 && features.lists, reason: features.lists ? none : listReason },
    { id: "packing", label: "패킹리스트", enabled: n > 0 && features.lists, reason: features.lists ? none : listReason },
    { id: "excel", label: "엑셀 (패킹 목록)", enabled: n > 0 && features.lists, reason: features.lists ? none : listReason },
  ];
}

/** Shipments that became blocked since the last look: the keys to notify about. */
export function newlyBlocked(seen: ReadonlySet<string>, rows: { key: string; blocked: boolean }[]): string[] {
  return rows.filter((r) => r.blocked && !seen.has(r.key)).map((r) => r.key);
}

import { describe, expect, it } from "vitest";
import { checkMark, emptyFilters, isAllSelected, moveCursor, pageSize, selectionLabel, sortBy, toggleStatus, toQuery } from "./board";

describe("toQuery", () => {
  it("sends empty lists for unset filters", () => {
    expect(toQuery(emptyFilters)).toEqual({
      markets: [],
      statuses: [],
      findings: [],
      blockedOnly: false,
      from: "",
      to: "",
      text: "",
      offset: 0,
      limit: pageSize,
      sort: "",
      reverse: false,
      heldFirst: false,
      unprinted: false,
      writeProblem: false,
      dueToday: false,
    });
  });
  it("maps every control and trims the search text", () => {
    const q = toQuery(
      { ...emptyFilters, market: "coupang", status: "PAID", finding: "ADDRESS_CHANGED", blockedOnly: true, from: "2026-11-01", to: "2026-11-22", text: "  김민준 " },
      500,
    );
    expect(q.markets).toEqual(["coupang"]);
    expect(q.statuses).toEqual(["PAID"]);
    expect(q.findings).toEqual(["ADDRESS_CHANGED"]);
    expect(q.blockedOnly).toBe(true);
    expect(q.text).toBe("김민준");
    expect(q.offset).toBe(500);
  });
});

describe("toggleStatus", () => {
  it("filters by a counter and clears on a second click", () => {
    const f = toggleStatus(emptyFilters, "PAID");
    expect(f.status).toBe("PAID");
    expect(toggleStatus(f, "PAID").status).toBe("");
  });
});

describe("checkMark", () => {
  it("ranks block over warn over ok", () => {
    expect(checkMark({ blocked: true, warned: true }).tone).toBe("block");
    expect(checkMark({ blocked: false, warned: true }).tone).toBe("warn");
    expect(checkMark({ blocked: false, warned: false }).mark).toBe("✓");
  });
});

describe("moveCursor", () => {
  it("stays inside the list", () => {
    expect(moveCursor(-1, 1, 3)).toBe(0);
    expect(moveCursor(-1, -1, 3)).toBe(2);
    expect(moveCursor(2, 1, 3)).toBe(2);
    expect(moveCursor(0, -1, 3)).toBe(0);
    expect(moveCursor(0, 1, 0)).toBe(-1);
  });
});

describe("select-all", () => {
  it("says when the selection is the whole filtered result", () => {
    expect(selectionLabel(126, true)).toBe("126건 모두 선택됨");
    expect(selectionLabel(1234)).toBe("1,234건 선택");
  });
  it("is the whole result only for the same filter, total and count", () => {
    const all = { filterKey: "paid", count: 126 };
    expect(isAllSelected(all, "paid", 126, 126)).toBe(true);
    expect(isAllSelected(all, "acked", 126, 126)).toBe(false);
    expect(isAllSelected(all, "paid", 127, 126)).toBe(false); // a new order arrived
    expect(isAllSelected(all, "paid", 126, 125)).toBe(false);
    expect(isAllSelected(null, "paid", 126, 126)).toBe(false);
    expect(isAllSelected({ filterKey: "x", count: 0 }, "x", 0, 0)).toBe(false);
  });
});

describe("sortBy", () => {
  it("sorts by a column, turns the order round on a second click, and starts a new column unturned", () => {
    const f = { ...emptyFilters, ...sortBy(emptyFilters, "due") };
    expect(f).toMatchObject({ sort: "due", reverse: false });
    const g = { ...f, ...sortBy(f, "due") };
    expect(g).toMatchObject({ sort: "due", reverse: true });
    expect(sortBy(g, "receiver")).toEqual({ sort: "receiver", reverse: false });
    expect(toQuery(g)).toMatchObject({ sort: "due", reverse: true, heldFirst: false, dueToday: false });
  });
});

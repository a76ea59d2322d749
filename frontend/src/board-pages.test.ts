import { describe, expect, it } from "vitest";
import { bulkActions, newlyBlocked, pageSize, RowPages, selectionLabel, selectRange, toggleKey } from "./board";

const rows = (offset: number, n: number) => Array.from({ length: n }, (_, i) => ({ key: `naver/${offset + i}` }));

describe("RowPages", () => {
  it("asks only for the pages the visible range needs, once", () => {
    const p = new RowPages(pageSize * 3 + 10, rows(0, pageSize));
    expect(p.row(0)?.key).toBe("naver/0");
    expect(p.row(pageSize)).toBeUndefined();
    expect(p.missing(0, 40)).toEqual([]);
    expect(p.missing(pageSize - 5, pageSize + 5)).toEqual([pageSize]);
    p.request(pageSize);
    expect(p.missing(pageSize - 5, pageSize + 5)).toEqual([]); // a requested page is not asked for again
    expect(p.missing(pageSize * 3, pageSize * 9)).toEqual([pageSize * 3]); // never past the total
  });
  it("stores a fetched page in a new object and keeps the old pages", () => {
    const p = new RowPages(pageSize * 2, rows(0, pageSize));
    p.request(pageSize);
    const q = p.with(pageSize, rows(pageSize, pageSize));
    expect(q).not.toBe(p);
    expect(q.row(pageSize + 1)?.key).toBe(`naver/${pageSize + 1}`);
    expect(q.row(3)?.key).toBe("naver/3");
    expect(q.loadedCount()).toBe(pageSize * 2);
    expect(q.missing(0, pageSize * 2)).toEqual([]);
  });
  it("finds a shipment's row by its key, wherever new rows pushed it", () => {
    const before = new RowPages(pageSize * 2, rows(0, pageSize)).with(pageSize, rows(pageSize, pageSize));
    expect(before.indexOf("naver/3")).toBe(3);
    expect(before.indexOf(`naver/${pageSize + 7}`)).toBe(pageSize + 7);
    // three new orders arrive on top: the same shipment is now three rows further down
    const after = new RowPages(pageSize * 2 + 3, [...rows(9000, 3), ...rows(0, pageSize - 3)]);
    expect(after.indexOf("naver/3")).toBe(6);
    expect(after.indexOf(`naver/${pageSize + 7}`)).toBe(-1); // its page is not loaded yet
    expect(after.indexOf("")).toBe(-1);
  });
  it("asks again for a page whose request failed", () => {
    const p = new RowPages(pageSize * 2, rows(0, pageSize));
    p.request(pageSize);
    p.failed(pageSize);
    expect(p.missing(pageSize, pageSize)).toEqual([pageSize]);
  });
  it("has nothing to ask for an empty result", () => {
    expect(new RowPages(0, []).missing(0, 30)).toEqual([]);
  });
});

describe("selection", () => {
  it("toggles one key without touching the old set", () => {
    const a = new Set(["x"]);
    const b = toggleKey(a, "y");
    expect([...b].sort()).toEqual(["x", "y"]);
    expect([...a]).toEqual(["x"]);
    expect([...toggleKey(b, "x")]).toEqual(["y"]);
  });
  it("selects a range in either direction and skips rows not loaded", () => {
    const keys = ["a", "b", undefined, "d", "e"];
    const at = (i: number) => keys[i];
    expect([...selectRange(new Set(), at, 1, 4)].sort()).toEqual(["b", "d", "e"]);
    expect([...selectRange(new Set(["z"]), at, 3, 0)].sort()).toEqual(["a", "b", "d", "z"]);
    expect([...selectRange(new Set(), at, -1, 3)]).toEqual(["d"]); // without an anchor: only the clicked row
  });
  it("labels the bulk bar in Korean", () => {
    expect(selectionLabel(3)).toBe("3건 선택");
    expect(selectionLabel(12000)).toBe("12,000건 선택");
  });
});

describe("bulkActions", () => {
  it("keeps acknowledge disabled with the reason until the sync engine is there", () => {
    const a = bulkActions(3, { acknowledge: false, lists: false });
    expect(a.map((x) => x.label)).toEqual(["발주확인", "발송처리", "피킹리스트", "패킹리스트", "엑셀 (패킹 목록)"]);
    expect(a[0]).toMatchObject({ enabled: false, reason: "동기화 기능 연결 후 사용할 수 있습니다" });
    expect(a[1]).toMatchObject({ label: "발송처리", enabled: false });
    expect(a[2]?.enabled).toBe(false);
  });
  it("enables what is available once rows are selected", () => {
    expect(bulkActions(0, { acknowledge: true, lists: true }).every((x) => !x.enabled)).toBe(true);
    expect(bulkActions(2, { acknowledge: true, lists: true }).every((x) => x.enabled)).toBe(true);
  });
});

describe("newlyBlocked", () => {
  it("reports only shipments blocked since the last look", () => {
    const seen = new Set(["naver/1"]);
    expect(
      newlyBlocked(seen, [
        { key: "naver/1", blocked: true },
        { key: "naver/2", blocked: true },
        { key: "naver/3", blocked: false },
      ]),
    ).toEqual(["naver/2"]);
  });
});

import { describe, expect, it } from "vitest";
import { labelOf, type CourierChoice, type Labels, type TrackingImportView, type WriteItem } from "./api";
import { bytesToBase64, couriersFor, digitsHint, importCounts, importRows, sortedResults, unmatchedLine } from "./ship";

// Go's label tables as Orders.Labels returns them (app/labels.go; TestLabelsCoverEveryCode holds Go to them).
const labels = {
  importKinds: [
    { value: "problem", label: "저장 안 됨" },
    { value: "ambiguous", label: "확인 필요" },
    { value: "unreadable", label: "번호 읽기 실패" },
    { value: "unmatched", label: "주문 없음" },
    { value: "matched", label: "연결됨" },
  ],
  matchedBy: [
    { value: "shipment", label: "주문번호" },
    { value: "order", label: "주문번호(묶음)" },
    { value: "receiver", label: "수취인·전화번호" },
  ],
  results: [
    { value: "failed", label: "실패" },
    { value: "unknown", label: "확인 필요" },
    { value: "pending", label: "아직 안 됨" },
    { value: "skipped", label: "건너뜀" },
    { value: "ok", label: "완료" },
  ],
} as Pick<Labels, "importKinds" | "matchedBy" | "results">;

const row = (n: number, extra: Record<string, unknown> = {}) => ({ row: n, raw: "", ...extra });

const view = {
  fileName: "CJ결과.xlsx",
  courier: "CJ대한통운",
  format: "xlsx",
  encoding: "",
  rows: 6,
  matched: [
    { row: row(3, { trackingNumber: "312345678901", receiverName: "김민준" }), shipmentKeys: ["naver/1"], by: "shipment" },
    { row: row(2, { trackingNumber: "612345678902", receiverName: "박서연", note: "엑셀의 지수 표기(E+)를 원래 숫자로 풀었습니다." }), shipmentKeys: ["coupang/7"], by: "receiver" },
    { row: row(4, { trackingNumber: "312345678903" }), shipmentKeys: ["coupang/8"], by: "order" },
  ],
  unmatched: [row(6, { raw: "312345678905", trackingNumber: "312345678905" }), row(9, { raw: "x", note: "" })],
  ambiguous: [{ row: row(5, { trackingNumber: "312345678904", receiverName: "이서준" }), shipmentKeys: ["naver/2", "naver/3"], reason: "같은 수취인의 따로 보내는 상자가 여러 개입니다." }],
  unreadable: [{ row: row(7, { raw: "6.01235E+11", note: "엑셀이 숫자 자리를 잃었습니다." }), shipmentKeys: ["naver/4"], by: "shipment" }],
  problems: [{ row: 4, shipmentKeys: ["coupang/8"], message: "이미 다른 운송장번호가 있습니다." }],
  keys: ["naver/1", "coupang/7"],
  set: 2,
  dryRun: false,
} as unknown as TrackingImportView;

describe("importRows", () => {
  it("puts what needs the seller's eye first and keeps Go's reasons", () => {
    const rows = importRows(view, labels);
    expect(rows.map((r) => [r.kind, r.row])).toEqual([
      ["problem", 4],
      ["ambiguous", 5],
      ["unreadable", 7],
      ["unmatched", 6],
      ["unmatched", 9],
      ["matched", 2],
      ["matched", 3],
    ]);
    expect(rows[0]).toMatchObject({ label: "저장 안 됨", reason: "이미 다른 운송장번호가 있습니다.", keys: ["coupang/8"] });
    expect(rows[1]).toMatchObject({ label: "확인 필요", keys: ["naver/2", "naver/3"], reason: "같은 수취인의 따로 보내는 상자가 여러 개입니다." });
    expect(rows[2]).toMatchObject({ trackingNumber: "6.01235E+11", reason: "엑셀이 숫자 자리를 잃었습니다." });
    expect(rows[3]).toMatchObject({ trackingNumber: "312345678905", reason: "이 행에 맞는 주문을 찾지 못했습니다." });
    expect(rows[4]?.trackingNumber).toBe("x");
    expect(rows[5]?.reason).toBe("엑셀의 지수 표기(E+)를 원래 숫자로 풀었습니다. · 수취인·전화번호로 찾음");
    expect(rows[6]?.reason).toBe("주문번호로 찾음");
  });
  it("counts each kind", () => {
    expect(importCounts(importRows(view, labels))).toEqual({ matched: 2, problem: 1, ambiguous: 1, unreadable: 1, unmatched: 2 });
  });
  it("carries Go's suggested number of a row with lost zeros, and no other", () => {
    const v = {
      ...view,
      unreadable: [{ row: row(8, { raw: "12345678901", issue: "ZEROS_LOST", suggestion: "012345678901", note: "11자리 번호 12345678901" }), shipmentKeys: ["naver/5"], by: "shipment" }],
    } as unknown as TrackingImportView;
    const rows = importRows(v, labels);
    expect(rows.find((r) => r.row === 8)).toMatchObject({ kind: "unreadable", suggestion: "012345678901", keys: ["naver/5"] });
    expect(rows.filter((r) => r.suggestion !== "").length).toBe(1);
  });
  it("copes with null lists from an empty file", () => {
    const empty = { ...view, matched: null, unmatched: null, ambiguous: null, unreadable: null, problems: null } as unknown as TrackingImportView;
    expect(importRows(empty, labels)).toEqual([]);
  });
});

describe("bytesToBase64", () => {
  it("encodes like Go's encoding/json does for []byte, also past one chunk", () => {
    expect(bytesToBase64(new TextEncoder().encode("주문번호,운송장\n"))).toBe(Buffer.from("주문번호,운송장\n").toString("base64"));
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString("base64"));
    expect(bytesToBase64(new Uint8Array())).toBe("");
  });
});

describe("write results", () => {
  it("labels results in Korean", () => {
    expect(["ok", "failed", "unknown", "pending", "skipped"].map((r) => labelOf(labels.results, r))).toEqual(["완료", "실패", "확인 필요", "아직 안 됨", "건너뜀"]);
    expect(labelOf(labels.results, "new-outcome")).toBe("new-outcome"); // a code Go has no label for yet shows as it is
  });
  it("shows failures and 확인 필요 before skipped and done", () => {
    const items = ["ok", "skipped", "unknown", "failed", "ok", "pending"].map((result, i) => ({ key: `k${i}`, result }) as WriteItem);
    expect(sortedResults(items, labels.results).map((i) => i.key)).toEqual(["k3", "k2", "k5", "k1", "k0", "k4"]);
  });
});

describe("couriers", () => {
  const choices = [
    { name: "CJ대한통운", naver: true, coupang: true, digits: [12, 10] },
    { name: "네이버만", naver: true, coupang: false, digits: [13] },
    { name: "쿠팡만", naver: false, coupang: true, digits: [] },
  ] as CourierChoice[];
  it("offers only the couriers the shipment's marketplace takes, CJ대한통운 first", () => {
    expect(couriersFor("coupang", choices).map((c) => c.name)).toEqual(["CJ대한통운", "쿠팡만"]);
    expect(couriersFor("naver", choices).map((c) => c.name)).toEqual(["CJ대한통운", "네이버만"]);
  });
  it("hints the digit counts", () => {
    expect(choices.map(digitsHint)).toEqual(["숫자 10~12자리", "숫자 13자리", "운송장번호"]);
    expect(digitsHint(undefined)).toBe("운송장번호");
  });
});

describe("unmatchedLine", () => {
  it("names the item with its code, marketplaces and units", () => {
    expect(unmatchedLine({ name: "유기농 현미 10kg", sellerCode: "RICE-10", markets: ["네이버", "쿠팡"], units: 1200 })).toBe("유기농 현미 10kg [RICE-10] · 네이버·쿠팡 · 1,200개");
    expect(unmatchedLine({ name: "귤 5kg", sellerCode: "", markets: [], units: 3 })).toBe("귤 5kg · 3개");
  });
});

import { describe, expect, it } from "vitest";
import { autoAckNotice, itemTone, listTone, writeTone } from "./outcome";

const counts = (c: Partial<Record<"ok" | "failed" | "unknown" | "skipped" | "pending", number>>) => ({ ok: 0, failed: 0, unknown: 0, skipped: 0, pending: 0, ...c });

describe("the colour of an outcome", () => {
  it("is green only when everything was done", () => {
    expect(writeTone(counts({ ok: 4 }))).toBe("ok");
    // "0건 발송처리했습니다, 4건은 보내지 않았습니다" was green
    expect(writeTone(counts({ skipped: 4 }))).toBe("warn");
    expect(writeTone(counts({ ok: 3, pending: 1 }))).toBe("warn");
    expect(writeTone(counts({ ok: 3, unknown: 1 }))).toBe("warn");
    expect(writeTone(counts({ ok: 3, failed: 1, skipped: 2 }))).toBe("error");
    expect(writeTone(counts({}))).toBe("neutral");
  });
  it("of one shipment follows its result", () => {
    expect(["ok", "failed", "unknown", "pending", "skipped"].map(itemTone)).toEqual(["ok", "error", "warn", "warn", "warn"]);
  });
  it("of a list: held boxes are amber, an empty list neutral", () => {
    expect(listTone(10, 0)).toBe("ok");
    expect(listTone(8, 2)).toBe("warn");
    expect(listTone(0, 2)).toBe("warn");
    expect(listTone(0, 0)).toBe("neutral");
  });
  it("of an auto-acknowledge says what was done by itself", () => {
    expect(autoAckNotice({ market: "naver", label: "네이버", counts: counts({ ok: 12 }) })).toEqual({
      tone: "ok",
      text: "네이버 신규주문 12건을 자동으로 발주확인했습니다.",
    });
    expect(autoAckNotice({ market: "naver", label: "네이버", counts: counts({}) })).toBeNull();
    expect(autoAckNotice(null)).toBeNull();
  });
});

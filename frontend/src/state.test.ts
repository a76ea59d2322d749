import { beforeEach, describe, expect, it, vi } from "vitest";

// Go, faked: each call counts and answers what the test sets; events are delivered by hand.
const handlers = new Map<string, ((d: unknown) => void)[]>();
const calls: string[] = [];
let blockedRows: { key: string; blocked: boolean; marketLabel: string; receiverName: string; findings: { label: string }[] }[] = [];
vi.mock("./wailsjs/go/app/Orders", () => ({
  Overview: () => {
    calls.push("Overview");
    return Promise.resolve({ blocked: blockedRows.length });
  },
  Labels: () => {
    calls.push("Labels");
    return Promise.resolve({
      findings: [{ value: "ADDRESS_CHANGED" }, { value: "BUNDLE_MULTIPLIER" }],
      statuses: [
        { value: "PAID", toShip: true },
        { value: "SHIPPED", toShip: false },
      ],
    });
  },
  ListShipments: (q: { blockedOnly: boolean; findings: string[]; statuses: string[] }) => {
    calls.push(q.blockedOnly ? "ListShipments:held" : `ListShipments:${q.findings.join(",")}|${q.statuses.join(",")}`);
    return Promise.resolve({ rows: q.blockedOnly ? blockedRows : [{ key: "a", warned: true, blocked: false }, { key: "b", warned: true, blocked: true }], total: 0 });
  },
}));
vi.mock("./wailsjs/go/app/Setup", () => ({
  SyncLog: (m: string) => {
    calls.push("SyncLog:" + m);
    return Promise.resolve([]);
  },
}));
vi.mock("./wailsjs/runtime/runtime", () => ({
  EventsOn: (name: string, cb: (d: unknown) => void) => {
    calls.push("EventsOn:" + name);
    handlers.set(name, [...(handlers.get(name) ?? []), cb]);
    return () => handlers.set(name, (handlers.get(name) ?? []).filter((h) => h !== cb));
  },
}));
const shown: string[] = [];
vi.mock("./notify", () => ({ notifyBlocked: (n: number, first: string) => shown.push(`${n} ${first}`) }));

const { state, overview, careful, syncLog, held } = await import("./state");
const emit = (name: string, data: unknown = {}) => (handlers.get(name) ?? []).forEach((h) => h(data));
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  state.stop();
  calls.length = 0;
  shown.length = 0;
  blockedRows = [];
});

describe("the state", () => {
  it("subscribes to each Go event once, however often it is started", () => {
    state.start();
    state.start();
    const subs = calls.filter((c) => c.startsWith("EventsOn:"));
    expect(subs.sort()).toEqual(
      ["ack:auto", "digital:changed", "digital:low-stock", "findings:added", "settings:changed", "shipments:changed", "sync:finished", "sync:progress", "sync:started"].map((n) => "EventsOn:" + n),
    );
    state.stop();
    expect([...handlers.values()].every((h) => h.length === 0)).toBe(true);
  });

  it("shares one request among the views using the same data and reloads it once per burst of events", async () => {
    state.start();
    const stopA = state.use(overview);
    const stopB = state.use(overview); // a second view on the same data
    await settle();
    expect(calls.filter((c) => c === "Overview")).toHaveLength(1);
    emit("shipments:changed");
    emit("findings:added");
    emit("shipments:changed");
    await settle();
    await settle();
    // three events: one request at once and, as it was on its way, one more afterwards — not three
    expect(calls.filter((c) => c === "Overview")).toHaveLength(3);
    expect(state.get().revision.shipments).toBe(3);
    stopA();
    stopB();
  });

  it("does not reload data no view shows, and reloads it when a view shows it again", async () => {
    state.start();
    state.use(syncLog("naver"))();
    await settle();
    calls.length = 0;
    emit("sync:finished", { market: "naver" });
    emit("settings:changed");
    await settle();
    expect(calls).not.toContain("SyncLog:naver");
    const stop = state.use(syncLog("naver"));
    await settle();
    expect(calls).toContain("SyncLog:naver");
    stop();
  });

  it("keeps the held shipments watched and notifies only those held since the last look", async () => {
    blockedRows = [{ key: "naver/1", blocked: true, marketLabel: "네이버", receiverName: "김*준", findings: [{ label: "주소 변경" }] }];
    state.start();
    await settle();
    expect(shown).toEqual([]); // the first look only learns what is there
    blockedRows = [...blockedRows, { key: "coupang/2", blocked: true, marketLabel: "쿠팡", receiverName: "이*주", findings: [{ label: "옵션명 불일치" }] }];
    emit("findings:added");
    await settle();
    expect(shown).toEqual(["1 쿠팡 이*주 옵션명 불일치"]);
    expect((state.get().values[held.key] as { rows: unknown[] }).rows).toHaveLength(2);
  });

  it("asks for 포장 주의 with Go's finding codes and to-ship statuses, and keeps only the warned boxes not held", async () => {
    state.start();
    const stop = state.use(careful);
    await settle();
    await settle();
    expect(calls).toContain("ListShipments:ADDRESS_CHANGED,BUNDLE_MULTIPLIER|PAID");
    expect((state.get().values[careful.key] as { key: string }[]).map((r) => r.key)).toEqual(["a"]);
    stop();
  });

  it("hears ack:auto: a notice the shell shows until closed", () => {
    state.start();
    emit("ack:auto", { market: "coupang", label: "쿠팡", counts: { ok: 3, failed: 1, unknown: 0, skipped: 0, pending: 0 } });
    const n = state.get().notices;
    expect(n).toHaveLength(1);
    expect(n[0]).toMatchObject({ tone: "error", text: "쿠팡 신규주문 3건을 자동으로 발주확인했습니다. 1건은 처리하지 못했습니다 — 신규주문에서 확인하세요." });
    state.dismiss(n[0]!.id);
    expect(state.get().notices).toHaveLength(0);
  });

  it("follows a sync's progress from start to finish", () => {
    state.start();
    emit("sync:started", { market: "naver", label: "네이버" });
    expect(state.get().progress.naver).toMatchObject({ fetched: 0 });
    emit("sync:progress", { market: "naver", phase: "feed", fetched: 120, added: 3, changed: 1, calls: 2 });
    expect(state.get().progress.naver).toMatchObject({ fetched: 120, added: 3 });
    emit("sync:finished", { market: "naver" });
    expect(state.get().progress.naver).toBeUndefined();
  });
});

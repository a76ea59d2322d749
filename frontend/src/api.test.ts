import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: { name: string; args: unknown[] }[] = [];
// The Go methods live on five bound structs; each mock records the call by method name.
function boundMock(names: string[]) {
  const mod: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of names) {
    mod[name] = (...args: unknown[]) => {
      calls.push({ name, args });
      if (name === "OverrideFinding" && !args[2]) return Promise.reject("보류를 해제하려면 사유를 입력하세요.");
      return Promise.resolve({ called: name });
    };
  }
  return mod;
}
vi.mock("./wailsjs/go/app/Orders", () => boundMock(["ResolveFinding", "OverrideFinding", "ListShipments", "MarkNames", "LearnedNames", "ForgetNames"]));
vi.mock("./wailsjs/go/app/Writes", () => boundMock(["SetTracking", "ImportTracking", "Dispatch"]));
vi.mock("./wailsjs/go/app/Lists", () => boundMock(["PrintPreview", "ExportList", "LinkItem", "UnlinkItem"]));
vi.mock("./wailsjs/go/app/Setup", () => boundMock(["TestConnection", "SaveSettings"]));
vi.mock("./wailsjs/go/folders/Folders", () => boundMock(["OpenExports"]));
vi.mock("./wailsjs/go/app/Maintenance", () => boundMock(["ScheduleRestore", "ChangeServePassword", "BackupNow"]));
vi.mock("./wailsjs/runtime/runtime", () => ({
  EventsOn: vi.fn((name: string, cb: (d: unknown) => void) => {
    calls.push({ name: "EventsOn:" + name, args: [cb] });
    return () => calls.push({ name: "EventsOff:" + name, args: [] });
  }),
}));

const api = await import("./api");

beforeEach(() => {
  calls.length = 0;
});

describe("api", () => {
  it("passes every argument to the Go method of the same name", async () => {
    await api.resolveFinding("coupang/1", "ADDRESS_CHANGED-abc", "새 주소 확인");
    await api.overrideFinding("coupang/1", "OPTION_NAME_MISMATCH-def", "구매자 확인");
    await api.testConnection("naver");
    await api.scheduleRestore("sellerdesk-20261122-163000.sdbackup");
    await api.changeServePassword("old-password", "new-password");
    await api.backupNow();
    expect(calls).toEqual([
      { name: "ResolveFinding", args: ["coupang/1", "ADDRESS_CHANGED-abc", "새 주소 확인"] },
      { name: "OverrideFinding", args: ["coupang/1", "OPTION_NAME_MISMATCH-def", "구매자 확인"] },
      { name: "TestConnection", args: ["naver"] },
      { name: "ScheduleRestore", args: ["sellerdesk-20261122-163000.sdbackup"] },
      { name: "ChangeServePassword", args: ["old-password", "new-password"] },
      { name: "BackupNow", args: [] },
    ]);
  });
  it("sends the seller's answer on a name pair and the list calls", async () => {
    await api.markNames("coupang/7", 0, true);
    await api.markNames("coupang/7", 1, false);
    await api.learnedNames();
    await api.forgetNames("0a1b2c3d4e5f6071");
    expect(calls).toEqual([
      { name: "MarkNames", args: ["coupang/7", 0, true] },
      { name: "MarkNames", args: ["coupang/7", 1, false] },
      { name: "LearnedNames", args: [] },
      { name: "ForgetNames", args: ["0a1b2c3d4e5f6071"] },
    ]);
  });
  it("sends the shipping and writing calls as Go takes them", async () => {
    await api.setTracking("coupang/9", "CJ대한통운", "312345678901");
    await api.importTracking("CJ결과.csv", "7KO866y4", "CJ대한통운");
    await api.dispatch(["coupang/9", "naver/1"]);
    await api.linkItem("code:nut160", "NUT-160", "캐슈넛", "A-01");
    await api.unlinkItem("code:nut160");
    expect(calls).toEqual([
      { name: "SetTracking", args: ["coupang/9", "CJ대한통운", "312345678901"] },
      // Go's []byte is base64 in JSON: the string goes as it is.
      { name: "ImportTracking", args: ["CJ결과.csv", "7KO866y4", "CJ대한통운"] },
      { name: "Dispatch", args: [["coupang/9", "naver/1"]] },
      { name: "LinkItem", args: ["code:nut160", "NUT-160", "캐슈넛", "A-01"] },
      { name: "UnlinkItem", args: ["code:nut160"] },
    ]);
  });
  it("builds print requests: keys or (none) the shipments still to ship, and the courier layout", async () => {
    await api.printPreview("ship", [], "한진택배");
    await api.exportList("pick", ["naver/1"], "csv");
    const [preview, exported] = calls.map((c) => c.args[0] as Record<string, unknown>);
    expect(calls.map((c) => c.name)).toEqual(["PrintPreview", "ExportList"]);
    expect(preview).toMatchObject({ kind: "ship", keys: [], format: "html", courier: "한진택배" });
    expect(preview?.filter).toMatchObject({ statuses: [], markets: [], limit: 0 });
    expect(exported).toMatchObject({ kind: "pick", keys: ["naver/1"], format: "csv", courier: "" });
  });
  it("clears the WING login id with an explicit clear and nothing else (a blank field keeps it)", async () => {
    await api.clearWingUserId();
    expect(calls.map((c) => c.name)).toEqual(["SaveSettings"]);
    expect(JSON.parse(JSON.stringify(calls[0]?.args[0]))).toEqual({ clearCoupangWingUserId: true });
  });
  it("previews only the boxes on no batch yet when asked (미출력만), so 인쇄 after it counts the same", async () => {
    await api.printPreview("ship", [], "", true);
    expect((calls[0]?.args[0] as { filter: { unprinted: boolean } }).filter.unprinted).toBe(true);
  });
  it("opens the exports folder through the window's own binding (폴더 열기)", async () => {
    await api.openExportsFolder();
    expect(calls).toEqual([{ name: "OpenExports", args: [] }]);
    expect(api.exportDownloadURL("패킹리스트.xlsx")).toBe(""); // the window has no download address
  });
  it("hands Go's Korean error through unchanged", async () => {
    const err = await api.overrideFinding("coupang/1", "x", "").catch((e: unknown) => api.errorText(e));
    expect(err).toBe("보류를 해제하려면 사유를 입력하세요.");
    expect(api.errorText(new Error("네트워크 오류"))).toBe("네트워크 오류");
    expect(api.errorText(undefined)).toBe("처리 중 오류가 발생했습니다. 잠시 후 다시 시도하세요.");
  });
  it("subscribes to Go events by name and unsubscribes", () => {
    const off = api.onEvent(api.events.findingsAdded, () => {});
    off();
    expect(calls.map((c) => c.name)).toEqual(["EventsOn:findings:added", "EventsOff:findings:added"]);
  });
  it("the desktop door needs no login", async () => {
    vi.stubGlobal("window", {});
    expect(api.door()).toBe("desktop");
    expect(await api.session()).toEqual({ loggedIn: true, passwordSet: true });
  });
});

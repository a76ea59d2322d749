import { afterEach, describe, expect, it, vi } from "vitest";
import { askNotifyPermission, blockedNotice, notifyBlocked, notifyState } from "./notify";

afterEach(() => {
  vi.unstubAllGlobals();
});

function fakeNotification(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const shown: { title: string; body?: string }[] = [];
  class N {
    static permission = permission;
    static requestPermission = vi.fn(async () => answer);
    constructor(title: string, opts?: NotificationOptions) {
      shown.push({ title, body: opts?.body });
    }
  }
  vi.stubGlobal("Notification", N);
  return { shown, N };
}

describe("notifications", () => {
  it("say how many shipments are blocked, in Korean", () => {
    expect(blockedNotice(1, "쿠팡 김*우 주소 변경")).toEqual({ title: "발송 보류 주문 1건", body: "쿠팡 김*우 주소 변경 — 발송 전에 확인하세요." });
    expect(blockedNotice(3, "네이버 이*주 옵션명 불일치").body).toBe("네이버 이*주 옵션명 불일치 외 2건 — 알림 화면에서 확인하세요.");
  });
  it("show nothing where the API is missing", async () => {
    vi.stubGlobal("Notification", undefined);
    expect(notifyState()).toBe("unsupported");
    expect(await askNotifyPermission()).toBe("unsupported");
    expect(notifyBlocked(2, "x")).toBe(false);
  });
  it("show nothing until the seller allowed them", () => {
    const { shown } = fakeNotification("default");
    expect(notifyBlocked(2, "x")).toBe(false);
    expect(shown).toHaveLength(0);
  });
  it("show one notification once allowed", async () => {
    const { shown, N } = fakeNotification("default", "granted");
    expect(await askNotifyPermission()).toBe("granted");
    expect(N.requestPermission).toHaveBeenCalledOnce();
    N.permission = "granted";
    expect(notifyBlocked(2, "쿠팡 김*우")).toBe(true);
    expect(shown).toEqual([{ title: "발송 보류 주문 2건", body: "쿠팡 김*우 외 1건 — 알림 화면에서 확인하세요." }]);
    expect(notifyBlocked(0, "")).toBe(false);
  });
});

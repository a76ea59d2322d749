// Desktop notifications for new blocking findings. The web Notification API works in the Wails
// webview and in the browser; where it is missing or refused, the badge alone tells the seller.
export type NotifyState = "unsupported" | "default" | "granted" | "denied";

interface NotificationLike {
  permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): unknown;
}

function api(): NotificationLike | undefined {
  const g = globalThis as unknown as { Notification?: NotificationLike };
  return g.Notification;
}

export function notifyState(): NotifyState {
  const n = api();
  return n ? n.permission : "unsupported";
}

/** Asks for permission; call it only from a click, never on load. */
export async function askNotifyPermission(): Promise<NotifyState> {
  const n = api();
  if (!n) return "unsupported";
  try {
    return await n.requestPermission();
  } catch {
    return n.permission;
  }
}

/** The notification's text for n newly blocked shipments. */
export function blockedNotice(n: number, first: string): { title: string; body: string } {
  const title = n === 1 ? "발송 보류 주문 1건" : `발송 보류 주문 ${n.toLocaleString("ko-KR")}건`;
  const body = n === 1 ? `${first} — 발송 전에 확인하세요.` : `${first} 외 ${(n - 1).toLocaleString("ko-KR")}건 — 알림 화면에서 확인하세요.`;
  return { title, body };
}

/** Shows a notification when allowed; otherwise does nothing (the badge is enough). */
export function notifyBlocked(n: number, first: string): boolean {
  const N = api();
  if (!N || N.permission !== "granted" || n <= 0) return false;
  const { title, body } = blockedNotice(n, first);
  try {
    new N(title, { body, tag: "sellerdesk-blocked" });
    return true;
  } catch {
    return false;
  }
}

/** Tells the seller that boxes still to ship are near their 발송기한 (the sentence is Go's). */
export function notifyDeadline(message: string): boolean {
  const N = api();
  if (!N || N.permission !== "granted" || !message) return false;
  try {
    new N("발송기한 임박", { body: message, tag: "sellerdesk-deadline" });
    return true;
  } catch {
    return false;
  }
}

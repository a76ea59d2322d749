// The colour of a message follows its outcome: everything done is green, some failed or unknown
// is amber or red, nothing to do is neutral. Go counted the outcomes and wrote the sentences; this
// only picks the colour.
import type { AutoAcknowledged, WriteCounts } from "./api";

/** ok green · warn amber · error red · info blue (news, no outcome) · neutral grey (nothing to do). */
export type Tone = "ok" | "warn" | "error" | "info" | "neutral";

/**
 * The tone of a write (발주확인, 발송처리) from Go's counts: a failure is red; a result left unknown,
 * waiting or not sent is amber; all done is green; nothing sent and nothing wrong is neutral.
 */
export function writeTone(c: WriteCounts): Tone {
  if (c.failed > 0) return "error";
  if (c.unknown + c.pending + c.skipped > 0) return "warn";
  return c.ok > 0 ? "ok" : "neutral";
}

/** The tone of a list made for printing or export: boxes held back are amber, an empty list neutral. */
export function listTone(count: number, held: number): Tone {
  if (held > 0) return "warn";
  return count > 0 ? "ok" : "neutral";
}

/** The tone of one shipment's write result (the drawer's 발송처리). */
export function itemTone(result: string): Tone {
  return writeTone({ ok: +(result === "ok"), failed: +(result === "failed"), unknown: +(result === "unknown"), pending: +(result === "pending"), skipped: +(result === "skipped") });
}

/** The notice for ack:auto: what SellerDesk acknowledged by itself after a sync, or null if nothing. */
export function autoAckNotice(d: AutoAcknowledged | null | undefined): { tone: Tone; text: string } | null {
  const c = d?.counts;
  if (!d || !c) return null;
  const notDone = c.failed + c.unknown + c.pending + c.skipped;
  if (c.ok + notDone === 0) return null;
  const n = (x: number) => x.toLocaleString("ko-KR");
  let text = `${d.label} 신규주문 ${n(c.ok)}건을 자동으로 발주확인했습니다.`;
  if (notDone > 0) text += ` ${n(notDone)}건은 처리하지 못했습니다 — 신규주문에서 확인하세요.`;
  return { tone: writeTone(c), text };
}

import { useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { Drawer } from "../components/drawer/Drawer";
import type { Tone } from "../outcome";
import { askNotifyPermission, notifyState, type NotifyState } from "../notify";
import { careful, held, useResource } from "../state";

/** How many rows of each list the page shows. */
const shown = 500;

function AlertRow(props: { r: api.ShipmentRow; onOpen: (k: string) => void; picked?: boolean; onPick?: (k: string) => void }) {
  const r = props.r;
  return (
    <li onClick={() => props.onOpen(r.key)} data-key={r.key}>
      {props.onPick && (
        <input
          type="checkbox"
          aria-label={`${r.name} 선택`}
          checked={!!props.picked}
          onClick={(e) => e.stopPropagation()}
          onChange={() => props.onPick?.(r.key)}
        />
      )}{" "}
      <span className={"check " + (r.blocked ? "block" : "warn")}>{r.blocked ? "⛔" : "⚠"}</span> <b>{r.findings.map((f) => f.label).join(" · ")}</b> —{" "}
      <span data-testid="box-name">{r.name}</span> · {r.product} <span className="muted tabular">{r.paidAt}</span>
    </li>
  );
}

// 알림: shipments that must not ship yet (blocking findings) first, then those to pack with care.
// Both lists are the state's: the desktop notifications watch the same held shipments.
export function Alerts() {
  const blocked = useResource(held);
  const warned = useResource(careful);
  const [openKey, setOpenKey] = useState("");
  const [perm, setPerm] = useState<NotifyState>(notifyState());
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<{ text: string; tone: Tone } | null>(null);
  const b = blocked.value;
  const w = warned.value;
  const error = blocked.error || warned.error;
  const pick = (k: string) =>
    setPicked((p) => {
      const n = new Set(p);
      if (n.has(k)) n.delete(k);
      else n.add(k);
      return n;
    });
  const shownKeys = [...(b?.rows.slice(0, shown) ?? []), ...(w ?? [])].map((r) => r.key);
  const allPicked = shownKeys.length > 0 && shownKeys.every((k) => picked.has(k));
  const resolvePicked = () =>
    api
      .resolveFindings([...picked], "")
      .then((s) => {
        setDone({ text: s.message, tone: s.left > 0 ? "warn" : s.resolved > 0 ? "ok" : "neutral" });
        setPicked(new Set());
      })
      .catch((e: unknown) => setDone({ text: api.errorText(e), tone: "error" }));
  return (
    <section className="page">
      <h2>알림 — 발송 전에 확인할 주문</h2>
      {perm === "default" && (
        <Banner tone="info">
          새 보류 주문이 생기면 바탕화면 알림으로 알려 드릴까요?{" "}
          <button className="link" onClick={() => askNotifyPermission().then(setPerm)}>
            알림 받기
          </button>
        </Banner>
      )}
      {error && <Banner tone="error">{error}</Banner>}
      {done && (
        <Banner tone={done.tone} testid="alerts-bulk-result">
          {done.text}
        </Banner>
      )}
      <div className="toolbar">
        <label>
          <input type="checkbox" checked={allPicked} onChange={() => setPicked(allPicked ? new Set() : new Set(shownKeys))} /> 모두 선택
        </label>{" "}
        <button disabled={picked.size === 0} onClick={resolvePicked} data-testid="alerts-bulk-resolve">
          선택한 {picked.size.toLocaleString("ko-KR")}건 확인 완료
        </button>{" "}
        <span className="muted">사유가 필요한 항목과 마켓에서만 풀리는 요청은 그대로 남습니다.</span>
      </div>
      <h3>⛔ 발송 보류 {b ? `${b.total.toLocaleString("ko-KR")}건` : ""}</h3>
      {b && b.rows.length === 0 && <p className="check ok">✓ 보류 중인 주문이 없습니다.</p>}
      <ul className="alerts" data-testid="alerts-blocked">
        {b?.rows.slice(0, shown).map((r) => <AlertRow key={r.key} r={r} onOpen={setOpenKey} picked={picked.has(r.key)} onPick={pick} />)}
      </ul>
      {b && b.total > shown && <p className="muted">… 외 {(b.total - shown).toLocaleString("ko-KR")}건 (주문 화면에서 보류만 보기)</p>}
      <h3>⚠ 포장 주의 {w ? `${w.length.toLocaleString("ko-KR")}건` : ""}</h3>
      <ul className="alerts">
        {w?.map((r) => <AlertRow key={r.key} r={r} onOpen={setOpenKey} picked={picked.has(r.key)} onPick={pick} />)}
      </ul>
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} />}
    </section>
  );
}

import { useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { Drawer } from "../components/drawer/Drawer";
import { askNotifyPermission, notifyState, type NotifyState } from "../notify";
import { careful, held, useResource } from "../state";

/** How many rows of each list the page shows. */
const shown = 500;

function AlertRow(props: { r: api.ShipmentRow; onOpen: (k: string) => void }) {
  const r = props.r;
  return (
    <li onClick={() => props.onOpen(r.key)} data-key={r.key}>
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
  const b = blocked.value;
  const w = warned.value;
  const error = blocked.error || warned.error;
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
      <h3>⛔ 발송 보류 {b ? `${b.total.toLocaleString("ko-KR")}건` : ""}</h3>
      {b && b.rows.length === 0 && <p className="check ok">✓ 보류 중인 주문이 없습니다.</p>}
      <ul className="alerts" data-testid="alerts-blocked">
        {b?.rows.slice(0, shown).map((r) => <AlertRow key={r.key} r={r} onOpen={setOpenKey} />)}
      </ul>
      {b && b.total > shown && <p className="muted">… 외 {(b.total - shown).toLocaleString("ko-KR")}건 (주문 화면에서 보류만 보기)</p>}
      <h3>⚠ 포장 주의 {w ? `${w.length.toLocaleString("ko-KR")}건` : ""}</h3>
      <ul className="alerts">
        {w?.map((r) => <AlertRow key={r.key} r={r} onOpen={setOpenKey} />)}
      </ul>
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} />}
    </section>
  );
}

import { useCallback, useEffect, useState } from "react";
import * as api from "../api";
import { askNotifyPermission, notifyState, type NotifyState } from "../notify";
import { Drawer } from "./Drawer";

const blank = { markets: [], statuses: [], findings: [], blockedOnly: false, from: "", to: "", text: "", offset: 0, limit: 500 };
/** Findings that only warn: shown after the blocking ones. */
const warnCodes = ["BUNDLE_MULTIPLIER", "PARTIAL_CANCEL", "OPTION_CHANGED"];

function AlertRow(props: { r: api.ShipmentRow; onOpen: (k: string) => void }) {
  const r = props.r;
  return (
    <li onClick={() => props.onOpen(r.key)} data-key={r.key}>
      <span className={"check " + (r.blocked ? "block" : "warn")}>{r.blocked ? "⛔" : "⚠"}</span> <b>{r.findings.map((f) => f.label).join(" · ")}</b> —{" "}
      {r.marketLabel} {r.orderId} · {r.receiverName} · {r.product} <span className="muted tabular">{r.paidAt}</span>
    </li>
  );
}

// 알림: shipments that must not ship yet (blocking findings) first, then those to pack with care.
export function Alerts() {
  const [blocked, setBlocked] = useState<api.ShipmentPage | null>(null);
  const [warned, setWarned] = useState<api.ShipmentPage | null>(null);
  const [error, setError] = useState("");
  const [openKey, setOpenKey] = useState("");
  const [perm, setPerm] = useState<NotifyState>(notifyState());
  const load = useCallback(() => {
    api.listShipments({ ...blank, blockedOnly: true }).then(setBlocked, (e) => setError(api.errorText(e)));
    api.listShipments({ ...blank, findings: warnCodes, statuses: ["PAID", "ACKNOWLEDGED"] }).then(setWarned, (e) => setError(api.errorText(e)));
  }, []);
  useEffect(() => {
    load();
    const offs = [api.events.findingsAdded, api.events.shipmentsChanged].map((n) => api.onEvent(n, load));
    return () => offs.forEach((off) => off());
  }, [load]);
  const warnRows = (warned?.rows ?? []).filter((r) => !r.blocked);
  return (
    <section className="page">
      <h2>알림 — 발송 전에 확인할 주문</h2>
      {perm === "default" && (
        <div className="banner info">
          새 보류 주문이 생기면 바탕화면 알림으로 알려 드릴까요?{" "}
          <button className="link" onClick={() => askNotifyPermission().then(setPerm)}>
            알림 받기
          </button>
        </div>
      )}
      {error && <div className="banner error">{error}</div>}
      <h3>
        ⛔ 발송 보류 {blocked ? `${blocked.total.toLocaleString("ko-KR")}건` : ""}
      </h3>
      {blocked && blocked.rows.length === 0 && <p className="check ok">✓ 보류 중인 주문이 없습니다.</p>}
      <ul className="alerts" data-testid="alerts-blocked">
        {blocked?.rows.map((r) => <AlertRow key={r.key} r={r} onOpen={setOpenKey} />)}
      </ul>
      <h3>⚠ 포장 주의 (묶음·부분 취소·옵션 변경) {warned ? `${warnRows.length.toLocaleString("ko-KR")}건` : ""}</h3>
      <ul className="alerts">
        {warnRows.map((r) => (
          <AlertRow key={r.key} r={r} onOpen={setOpenKey} />
        ))}
      </ul>
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} onChanged={load} />}
    </section>
  );
}

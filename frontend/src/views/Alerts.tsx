import { useCallback, useEffect, useState } from "react";
import * as api from "../api";
import { Drawer } from "./Drawer";

// 알림: shipments that must not ship yet (blocking findings), newest first.
export function Alerts() {
  const [page, setPage] = useState<api.ShipmentPage | null>(null);
  const [error, setError] = useState("");
  const [openKey, setOpenKey] = useState("");
  const load = useCallback(() => {
    api
      .listShipments({ markets: [], statuses: [], findings: [], blockedOnly: true, from: "", to: "", text: "", offset: 0, limit: 500 })
      .then(setPage, (e) => setError(api.errorText(e)));
  }, []);
  useEffect(() => {
    load();
    const offs = [api.events.findingsAdded, api.events.shipmentsChanged].map((n) => api.onEvent(n, load));
    return () => offs.forEach((off) => off());
  }, [load]);
  return (
    <section className="page">
      <h2>알림 — 발송 전에 확인할 주문</h2>
      {error && <div className="banner error">{error}</div>}
      {page && page.rows.length === 0 && <p className="check ok">✓ 보류 중인 주문이 없습니다.</p>}
      <ul className="alerts">
        {page?.rows.map((r) => (
          <li key={r.key} onClick={() => setOpenKey(r.key)}>
            <span className="check block">⛔</span> <b>{r.findings.map((f) => f.label).join(" · ")}</b> — {r.marketLabel} {r.orderId} · {r.receiverName} ·{" "}
            {r.product}
          </li>
        ))}
      </ul>
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} />}
    </section>
  );
}

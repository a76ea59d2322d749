import { useEffect, useState } from "react";
import * as api from "../api";

const won = (n: number) => `${n.toLocaleString("ko-KR")}원`;

export function Drawer(props: { shipmentKey: string; onClose: () => void }) {
  const [d, setD] = useState<api.ShipmentDetail | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    setD(null);
    api.getShipment(props.shipmentKey).then(setD, (e) => setError(api.errorText(e)));
  }, [props.shipmentKey]);

  const s = d?.shipment;
  return (
    <aside className="drawer" role="dialog" aria-label="주문 상세">
      <header>
        <b>{d ? `${d.marketLabel} ${s?.orderId}` : "주문 상세"}</b>
        <button className="link" onClick={props.onClose} aria-label="닫기">
          닫기 (Esc)
        </button>
      </header>
      {error && <div className="banner error">{error}</div>}
      {d && s && (
        <div className="drawer-body">
          <p>
            {d.statusLabel} <span className="muted">({s.marketStatus})</span> · 보낼 수량 <b>{d.units}</b>
            {d.blocked && <span className="check block"> ⛔ 보류</span>}
          </p>
          <h3>수취인</h3>
          {s.previousReceiver && (
            <p className="old">
              {s.previousReceiver.name} {s.previousReceiver.phone} ({s.previousReceiver.zip}) {s.previousReceiver.address1} {s.previousReceiver.address2}
            </p>
          )}
          <p>
            {s.receiver.name} {s.receiver.phone} ({s.receiver.zip}) {s.receiver.address1} {s.receiver.address2}
            {s.receiver.message && <span className="muted"> · {s.receiver.message}</span>}
          </p>
          <h3>상품</h3>
          <table className="lines">
            <tbody>
              {s.lines.map((l, i) => (
                <tr key={i}>
                  <td>
                    <div>등록: {l.productName} {l.optionName && `/ ${l.optionName}`}</div>
                    {l.exposedName && <div className="muted">노출: {l.exposedName}</div>}
                  </td>
                  <td className="num">{l.quantity}</td>
                  <td className="num">{won(l.totalPrice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>검수</h3>
          {(s.findings ?? []).length === 0 && <p className="check ok">✓ 이상 없음</p>}
          {(s.findings ?? []).map((f, i) => (
            <div key={i} className={"finding " + f.severity}>
              <div>{f.message}</div>
              {(f.evidence ?? []).map((e, j) => (
                <div key={j} className="muted">
                  {e.field}: {e.old} ↔ {e.new}
                </div>
              ))}
            </div>
          ))}
          <h3>처리 기록</h3>
          {d.history.length === 0 && <p className="muted">기록 없음</p>}
          {d.history.map((h, i) => (
            <div key={i} className="muted">
              {h.at} {h.actor} {h.action} {h.detail}
            </div>
          ))}
        </div>
      )}
    </aside>
  );
}

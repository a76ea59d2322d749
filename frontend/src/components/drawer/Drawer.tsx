import { useCallback, useEffect, useState } from "react";
import * as api from "../../api";
import { useRevision } from "../../state";
import { DrawerAnswers } from "../../views/claims/DrawerAnswers";
import { Banner } from "../Banner";
import { BoxWork } from "./BoxWork";
import { FindingCard } from "./FindingCard";
import { Lines } from "./Lines";
import { TrackingEntry } from "./TrackingEntry";

function Receiver(props: { r: api.ReceiverView; className?: string; testid: string }) {
  const r = props.r;
  return (
    <div className={props.className} data-testid={props.testid}>
      <div>
        <b>{r.name}</b> {r.phone}
        {r.phone2 && ` · ${r.phone2}`}
      </div>
      <div>
        ({r.zip}) {r.address}
      </div>
      {r.message && <div className="muted">배송메시지: {r.message}</div>}
    </div>
  );
}

/** One shipment as Go shaped it, read again whenever the shipments change. */
function useShipment(key: string): { d: api.ShipmentDetail | null; setD: (d: api.ShipmentDetail) => void; error: string; reload: () => void } {
  const [d, setD] = useState<api.ShipmentDetail | null>(null);
  const [error, setError] = useState("");
  const [asked, setAsked] = useState(0);
  const revision = useRevision("shipments");
  useEffect(() => {
    let live = true;
    api.getShipment(key).then(
      (v) => {
        if (!live) return;
        setD(v);
        setError("");
      },
      (e) => live && setError(api.errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [key, revision, asked]);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { d: d && d.key === key ? d : null, setD, error, reload };
}

/** The drawer: everything about one shipment, its findings with the actions Go allows, the tracking number. */
export function Drawer(props: { shipmentKey: string; onClose: () => void }) {
  const { d, setD, error, reload } = useShipment(props.shipmentKey);
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  const s = d?.shipment;
  return (
    <aside className="drawer" role="dialog" aria-label="주문 상세">
      <header>
        <b data-testid="box-name">{d ? d.name : "주문 상세"}</b>
        <button className="link" onClick={props.onClose} aria-label="닫기">
          닫기 (Esc)
        </button>
      </header>
      {error && <Banner tone="error">{error}</Banner>}
      {d && s && (
        <div className="drawer-body">
          <p className="summary">
            <b>{d.statusLabel}</b> <span className="muted">({s.marketStatus})</span> · 보낼 수량 <b className="tabular">{d.units}</b>
            {d.blocked && <span className="check block"> · ⛔ 발송 보류</span>}
          </p>
          <dl className="facts">
            <dt>주문일시</dt>
            <dd className="tabular">{d.orderedAt}</dd>
            <dt>결제일시</dt>
            <dd className="tabular">{d.paidAt}</dd>
            {d.acknowledgedAt && (
              <>
                <dt>발주확인</dt>
                <dd className="tabular">{d.acknowledgedAt}</dd>
              </>
            )}
            <dt>{d.marketLabel} 번호</dt>
            <dd className="tabular">{s.id}</dd>
            {s.packageNumber && (
              <>
                <dt>묶음번호</dt>
                <dd className="tabular">{s.packageNumber}</dd>
              </>
            )}
            {d.claim && (
              <>
                <dt>클레임</dt>
                <dd className="check block">{d.claim}</dd>
              </>
            )}
          </dl>
          <BoxWork d={d} onChanged={setD} />
          <h3>송장</h3>
          <TrackingEntry key={d.key} d={d} onSaved={reload} />
          <DrawerAnswers d={d} />
          <h3>검수</h3>
          {d.findings.length === 0 && <p className="check ok">✓ 이상 없음</p>}
          {d.findings.map((f) => (
            <FindingCard key={f.id} f={f} shipmentKey={d.key} onDone={setD} />
          ))}
          <h3>수취인</h3>
          {d.previousUnknown && (
            <>
              <p className="muted" data-testid="receiver-old-unknown">
                {d.previousUnknown}
              </p>
              <div className="muted">↓ 바뀐 배송지</div>
            </>
          )}
          {d.previousReceiver && (
            <>
              <Receiver r={d.previousReceiver} className="old" testid="receiver-old" />
              <div className="muted">↓ 바뀐 배송지</div>
            </>
          )}
          <Receiver r={d.receiver} testid="receiver-new" />
          <h3>상품</h3>
          <Lines d={d} onChanged={setD} />
          <p className="muted">
            배송비 {d.shippingFee} · 합계 <b>{d.total}</b>
          </p>
          <h3>처리 기록</h3>
          {d.history.length === 0 && <p className="muted">기록 없음</p>}
          <ul className="history">
            {d.history.map((h, i) => (
              <li key={i}>
                <span className="tabular">{h.at}</span> {h.actor} {h.action} {h.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}

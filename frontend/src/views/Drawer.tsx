import { useEffect, useState } from "react";
import * as api from "../api";
import { couriersFor, digitsHint, resultLabel } from "../ship";
import { NameTeach } from "./Names";

/** Courier + tracking number for one shipment; Go checks the number and explains a wrong one in Korean. */
function TrackingEntry(props: { d: api.ShipmentDetail; onSaved: () => void }) {
  const s = props.d.shipment;
  const [choices, setChoices] = useState<api.CourierChoice[]>([]);
  const [courier, setCourier] = useState(s.courier || "");
  const [number, setNumber] = useState(s.trackingNumber || "");
  const [error, setError] = useState("");
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.trackingCouriers().then(
      (c) => {
        const mine = couriersFor(s.marketplace, c);
        setChoices(mine);
        setCourier((cur) => cur || mine[0]?.name || "");
      },
      (e) => setError(api.errorText(e)),
    );
  }, [s.marketplace]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    api.setTracking(props.d.key, courier, number.trim()).then(
      () => {
        setBusy(false);
        setError("");
        setSaved(true);
        props.onSaved();
      },
      (err) => {
        setBusy(false);
        setError(api.errorText(err));
      },
    );
  };
  const [sent, setSent] = useState<api.WriteItem | null>(null);
  const dispatch = () => {
    setBusy(true);
    setSent(null);
    api.dispatch([props.d.key]).then(
      (r) => {
        setBusy(false);
        setError("");
        setSent(r.items.find((it) => it.key === props.d.key) ?? null);
        if (!r.items.some((it) => it.key === props.d.key)) setError(r.summary);
        props.onSaved();
      },
      (err) => {
        setBusy(false);
        setError(api.errorText(err));
      },
    );
  };
  const choice = choices.find((c) => c.name === courier);
  return (
    <form className="tracking" onSubmit={submit} data-testid="tracking-entry">
      <select aria-label="택배사" value={courier} onChange={(e) => setCourier(e.target.value)}>
        {choices.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
      <input
        aria-label="운송장번호"
        inputMode="numeric"
        placeholder={digitsHint(choice)}
        value={number}
        onChange={(e) => {
          setNumber(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit" disabled={busy}>
        {busy ? "저장 중…" : "송장 저장"}
      </button>
      {s.trackingNumber && (
        <button type="button" disabled={busy} onClick={dispatch} title="이 주문만 마켓에 발송처리합니다">
          발송처리
        </button>
      )}
      {saved && <span className="check ok">✓ 저장했습니다</span>}
      {sent && (
        <div className={"banner " + (sent.result === "ok" ? "ok" : sent.result === "pending" ? "info" : "error")} role="status" data-testid="drawer-dispatch">
          {resultLabel(sent.result)}: {sent.message}
        </div>
      )}
      {error && (
        <div className="banner error" role="alert" data-testid="tracking-error">
          {error}
        </div>
      )}
    </form>
  );
}

function Parts(props: { parts: api.TextPart[]; testid: string }) {
  return (
    <span data-testid={props.testid}>
      {props.parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

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

function FindingCard(props: { f: api.FindingView; shipmentKey: string; onDone: (d: api.ShipmentDetail) => void }) {
  const f = props.f;
  // Go says what the seller may do about this finding (f.actions); the card offers that and nothing else.
  const [action, setAction] = useState<api.FindingAction | null>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!action) return;
    setBusy(true);
    const call = action.kind === "override" ? api.overrideFinding(props.shipmentKey, f.id, text) : api.resolveFinding(props.shipmentKey, f.id, text);
    call.then(
      (d) => {
        setAction(null);
        setText("");
        setError("");
        setBusy(false);
        props.onDone(d);
      },
      (err) => {
        setError(api.errorText(err));
        setBusy(false);
      },
    );
  };
  return (
    <div className={"finding " + f.severity + (f.open ? "" : " done")} data-testid={"finding-" + f.code}>
      <div>
        <b>
          {f.severity === "block" ? "⛔" : "⚠"} {f.label}
        </b>{" "}
        {f.message}
      </div>
      {f.evidence.map((e, j) => (
        <div key={j} className="evidence">
          <span className="muted">{e.field}</span>{" "}
          {e.old && (
            <>
              <s>{e.old}</s> →{" "}
            </>
          )}
          {e.new}
        </div>
      ))}
      {!f.open && <div className="check ok">✓ {f.resolution}</div>}
      {f.clearNote && (
        <div className="muted" data-testid="clear-note">
          🔒 {f.clearNote}
        </div>
      )}
      {f.open && !action && f.actions.length > 0 && (
        <div className="actions">
          {f.actions.map((a) => (
            <button key={a.kind} onClick={() => setAction(a)}>
              {a.label}
            </button>
          ))}
        </div>
      )}
      {f.open && action && (
        <form className="resolve" onSubmit={submit}>
          <input
            autoFocus
            aria-label={action.field}
            placeholder={action.placeholder}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.stopPropagation();
                setAction(null);
              }
            }}
          />
          <button type="submit" disabled={busy}>
            {action.submit}
          </button>
          <button type="button" className="link" onClick={() => setAction(null)}>
            취소
          </button>
        </form>
      )}
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

export function Drawer(props: { shipmentKey: string; onClose: () => void; onChanged?: () => void }) {
  const [d, setD] = useState<api.ShipmentDetail | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    let live = true;
    setError("");
    api.getShipment(props.shipmentKey).then(
      (v) => live && setD(v),
      (e) => live && setError(api.errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [props.shipmentKey]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") props.onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [props.onClose]);

  const s = d?.shipment;
  const changed = (v: api.ShipmentDetail) => {
    setD(v);
    props.onChanged?.();
  };
  return (
    <aside className="drawer" role="dialog" aria-label="주문 상세">
      <header>
        <b>{d ? `${d.marketLabel} 주문 ${s?.orderId}` : "주문 상세"}</b>
        <button className="link" onClick={props.onClose} aria-label="닫기">
          닫기 (Esc)
        </button>
      </header>
      {error && <div className="banner error">{error}</div>}
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
          <h3>송장</h3>
          <TrackingEntry
            key={d.key}
            d={d}
            onSaved={() =>
              api.getShipment(d.key).then((v) => {
                setD(v);
                props.onChanged?.();
              }, () => {})
            }
          />
          <h3>검수</h3>
          {d.findings.length === 0 && <p className="check ok">✓ 이상 없음</p>}
          {d.findings.map((f) => (
            <FindingCard key={f.id} f={f} shipmentKey={d.key} onDone={changed} />
          ))}
          <h3>수취인</h3>
          {d.previousReceiver && (
            <>
              <Receiver r={d.previousReceiver} className="old" testid="receiver-old" />
              <div className="muted">↓ 바뀐 배송지</div>
            </>
          )}
          <Receiver r={d.receiver} testid="receiver-new" />
          <h3>상품</h3>
          {d.lines.map((l) => (
            <div key={l.index} className={"line" + (l.namesMatch ? "" : " mismatch")}>
              <div className="names">
                <div>
                  <span className="tag">등록</span> <Parts parts={l.registered} testid={`registered-${l.index}`} />
                </div>
                {l.exposed.length > 0 && (
                  <div>
                    <span className="tag">노출</span> <Parts parts={l.exposed} testid={`exposed-${l.index}`} />
                  </div>
                )}
                {l.differences.map((x, j) => (
                  <div key={j} className={l.taught === "같은 상품" ? "muted" : "check " + (l.nameSeverity === "warn" ? "warn" : "block")}>
                    {x}
                  </div>
                ))}
                <NameTeach line={l} shipmentKey={d.key} onDone={changed} />
              </div>
              <div className="qty tabular">
                {l.quantity}개{l.canceled > 0 && ` − 취소 ${l.canceled}`}
                {l.held > 0 && ` − 보류 ${l.held}`}
                {l.bundle > 1 && ` × 묶음 ${l.bundle}`} = <b>{l.units}</b>
                {l.bundleNote && (
                  <div className="bundle-note" data-testid={`bundle-${l.index}`}>
                    {l.bundleNote}
                  </div>
                )}
                <div className="muted">
                  {l.unitPrice} · {l.totalPrice}
                </div>
                {l.sellerCode && <div className="muted">코드 {l.sellerCode}</div>}
              </div>
            </div>
          ))}
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

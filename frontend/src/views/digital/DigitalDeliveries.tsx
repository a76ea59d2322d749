import { useState } from "react";
import * as api from "../../api";
import { Banner } from "../../components/Banner";
import { deliveries, state, useResource } from "../../state";

/** The words of the seller's decisions on a delivery (Go says which are possible now). */
const actionLabels: Record<string, string> = {
  resend: "다시 보내기",
  received: "받았음으로 표시",
  manual: "직접 보냄으로 표시",
  cancel: "보내지 않기",
};

// 발송 내역: every delivery with its mail, state and code; one opens below the list.
export function DigitalDeliveries() {
  const list = useResource(deliveries);
  const [open, setOpen] = useState("");
  const rows = list.value ?? [];
  const d = rows.find((r) => r.key === open);
  return (
    <>
      {list.error && <Banner tone="error">{list.error}</Banner>}
      {list.value && rows.length === 0 && (
        <p className="muted">아직 디지털 발송 내역이 없습니다. 설정에서 디지털 상품과 메일 서버를 넣고 자동 발송을 켜면, 결제된 주문에 메일을 보냅니다.</p>
      )}
      {rows.length > 0 && (
        <table className="results" data-testid="digital-list">
          <thead>
            <tr>
              <th>상태</th>
              <th>마켓</th>
              <th>주문</th>
              <th>상품</th>
              <th>받는 주소</th>
              <th>코드</th>
              <th>시각</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.key}
                className={"digital-row " + r.state + (r.key === open ? " open" : "")}
                data-testid="digital-row"
                data-key={r.key}
                data-state={r.state}
                data-market={r.marketState}
                onClick={() => setOpen(r.key === open ? "" : r.key)}
              >
                <td>{r.stateLabel}</td>
                <td title={r.marketNote}>{r.marketStateLabel || "-"}</td>
                <td className="tabular">
                  {r.marketLabel} {r.id}
                </td>
                <td>
                  {r.productName} {r.optionName} × {r.quantity}
                </td>
                <td>{r.to || "-"}</td>
                <td className="tabular">{r.codes.join(" ")}</td>
                <td className="tabular">{r.sent || r.created}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d && <DeliveryDetail key={d.key} d={d} />}
    </>
  );
}

function DeliveryDetail(props: { d: api.DeliveryView }) {
  const d = props.d;
  const [addr, setAddr] = useState(d.to);
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const act = (call: () => Promise<api.DeliveryView>, done: string) => {
    setBusy(true);
    setMsg(null);
    call().then(
      () => {
        setBusy(false);
        setMsg({ ok: true, text: done });
        state.invalidate(["digital"]);
      },
      (e) => {
        setBusy(false);
        setMsg({ ok: false, text: api.errorText(e) });
      },
    );
  };
  return (
    <section className="card digital-detail" data-testid="digital-detail">
      <h3>
        {d.marketLabel} {d.id} · {d.stateLabel}
        {d.marketStateLabel && ` · ${d.marketStateLabel}`}
      </h3>
      {d.note && <Banner tone={d.state === "sent" || d.state === "manual" ? "neutral" : "warn"}>{d.note}</Banner>}
      {d.marketNote && <p className="muted">마켓: {d.marketNote}</p>}
      <dl className="facts">
        <dt>구매자</dt>
        <dd>{d.buyerName || "-"}</dd>
        <dt>받는 주소</dt>
        <dd>{d.to || "-"}</dd>
        <dt>상품</dt>
        <dd>
          {d.productName} {d.optionName} × {d.quantity} ({d.kindLabel})
        </dd>
        <dt>코드</dt>
        <dd className="tabular">{d.codes.length > 0 ? d.codes.join(", ") : "-"}</dd>
        <dt>시도</dt>
        <dd>
          {d.attempts}/{d.maxAttempts}회{d.resends > 0 && ` · 판매자가 다시 보냄 ${d.resends}회`}
        </dd>
      </dl>
      {d.subject && (
        <>
          <b>{d.subject}</b>
          <pre className="mail-body">{d.body}</pre>
        </>
      )}
      <div className="actions">
        {d.actions.map((a) => (
          <button key={a} disabled={busy} onClick={() => act(() => api.decideDelivery(d.key, a), `${actionLabels[a] ?? a}: 기록했습니다.`)}>
            {actionLabels[a] ?? a}
          </button>
        ))}
        {d.retryMarket && (
          <button disabled={busy} onClick={() => act(() => api.retryDeliveryMarket(d.key), "배송없음 발송처리를 다시 시도합니다.")}>
            발송처리 다시 시도
          </button>
        )}
      </div>
      {d.address && (
        <form
          className="resolve"
          onSubmit={(e) => {
            e.preventDefault();
            act(() => api.setDeliveryAddress(d.key, addr), "받는 주소를 저장했습니다.");
          }}
        >
          <input aria-label="받는 메일 주소" value={addr} placeholder="buyer@naver.com" onChange={(e) => setAddr(e.target.value)} />
          <button type="submit" disabled={busy}>
            이 주소로
          </button>
        </form>
      )}
      {msg && <Banner tone={msg.ok ? "ok" : "error"}>{msg.text}</Banner>}
    </section>
  );
}

import { useState } from "react";
import * as api from "../../api";
import { Banner } from "../../components/Banner";
import { WriteResult } from "../../components/WriteResult";
import { writeTone } from "../../outcome";
import { claims, state, useResource } from "../../state";
import { ClaimAnswerForm } from "./ClaimAnswerForm";

const markets: { value: string; label: string }[] = [
  { value: "", label: "전체" },
  { value: "naver", label: "네이버" },
  { value: "coupang", label: "쿠팡" },
];

const kst = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", dateStyle: "short", timeStyle: "short" });

function when(t: unknown): string {
  const d = new Date(String(t));
  return isNaN(d.getTime()) || d.getFullYear() < 2000 ? "-" : kst.format(d);
}

/** 클레임: every open cancel / stop-shipment / return / exchange request, oldest first, with the answers Go allows. */
export function ClaimsPage() {
  const list = useResource(claims);
  const [market, setMarket] = useState("");
  const [open, setOpen] = useState<{ key: string; answer: api.OpenClaim["answers"][number] } | null>(null);
  const [result, setResult] = useState<api.AckResult | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const rows = (list.value ?? []).filter((c) => market === "" || c.market === market);

  const send = (req: api.ClaimRequest, keys: string[]) => {
    setBusy(true);
    setError("");
    setResult(null);
    api.answerClaims(req, keys).then(
      (r) => {
        setBusy(false);
        setResult(r);
        setOpen(null);
        state.invalidate(["shipments"]);
      },
      (e) => {
        setBusy(false);
        setError(api.errorText(e));
      },
    );
  };

  return (
    <section className="page claims" data-testid="claims-page">
      <h2>클레임</h2>
      <p className="muted">
        구매자의 취소·출고중지·반품·교환 요청입니다(오래된 순). 답하면 마켓에서 다시 조회해 결과를 보여 주고, 발송 보류는 마켓의 요청 상태가 바뀔 때
        풀립니다.
      </p>
      <div className="filters" role="group" aria-label="마켓">
        {markets.map((m) => (
          <button key={m.value} className={market === m.value ? "chip active" : "chip"} onClick={() => setMarket(m.value)}>
            {m.label}
          </button>
        ))}
      </div>
      {list.error && <Banner tone="error">{list.error}</Banner>}
      {error && <Banner tone="error">{error}</Banner>}
      {result && <WriteResult r={result} tone={writeTone(result.counts)} testid="claim-result" onClose={() => setResult(null)} />}
      {list.value && rows.length === 0 && <p className="check ok">✓ 열린 요청이 없습니다.</p>}
      {rows.length > 0 && (
        <table className="grid" data-testid="claims-table">
          <thead>
            <tr>
              <th>요청일시</th>
              <th>마켓</th>
              <th>요청</th>
              <th>주문</th>
              <th>사유</th>
              <th>할 일</th>
              <th>답</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.key} data-key={c.key} data-testid="claim-row" data-boxes={c.redeliveryBoxes?.length ?? 0}>
                <td className="tabular">{when(c.requestedAt)}</td>
                <td>{c.marketLabel}</td>
                <td>
                  <b>{c.kindLabel}</b>
                  <div className="muted tabular" title={c.state}>
                    {c.stateLabel || c.state}
                  </div>
                  {c.heldBack && <div className="check warn">보류 중</div>}
                </td>
                <td>
                  <div className="tabular">{c.id}</div>
                  <div>
                    {c.receiver} · {c.boxStatusLabel}
                  </div>
                  <div className="muted">{c.product}</div>
                </td>
                <td>{c.reason}</td>
                <td className="todo">{c.todo}</td>
                <td className="answers">
                  {c.answers.map((a) => (
                    <button
                      key={a.action}
                      disabled={busy}
                      data-action={a.action}
                      onClick={() => (a.needs ? setOpen({ key: c.key, answer: a }) : send({ action: a.action }, [c.key]))}
                    >
                      {a.label}
                    </button>
                  ))}
                  <a href={c.sellerCentreUrl} target="_blank" rel="noreferrer" className="link">
                    {c.sellerCentre}
                  </a>
                  {open?.key === c.key && (
                    <ClaimAnswerForm
                      answer={open.answer}
                      market={c.market}
                      boxes={c.redeliveryBoxes}
                      busy={busy}
                      onSend={(req) => send(req, [c.key])}
                      onCancel={() => setOpen(null)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

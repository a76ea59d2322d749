import { useEffect, useState } from "react";
import * as api from "../api";

// 동기화: per marketplace, the last sync and its log.
export function SyncPage(props: { overview: api.Overview }) {
  const [logs, setLogs] = useState<Record<string, api.SyncRunView[]>>({});
  const [error, setError] = useState("");
  const [progress, setProgress] = useState<Record<string, string>>({});
  useEffect(() => {
    const offs = [
      api.onEvent(api.events.syncProgress, (d) => {
        const p = d as api.SyncProgress;
        setProgress((s) => ({ ...s, [p.market]: `${p.phase}: ${p.fetched.toLocaleString("ko-KR")}건 읽음 · 새 주문 ${p.added} · 변경 ${p.changed} · 호출 ${p.calls}` }));
      }),
      api.onEvent(api.events.syncFinished, (d) => {
        const m = (d as { market: string }).market;
        setProgress((s) => ({ ...s, [m]: "" }));
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);
  useEffect(() => {
    for (const m of props.overview.markets) {
      api.syncLog(m.market).then(
        (runs) => setLogs((l) => ({ ...l, [m.market]: runs })),
        (e) => setError(api.errorText(e)),
      );
    }
  }, [props.overview]);
  return (
    <section className="page">
      <h2>동기화</h2>
      {error && <div className="banner error">{error}</div>}
      <div className="cards">
        {props.overview.markets.map((m) => (
          <div key={m.market} className="card">
            <h3>{m.label}</h3>
            <p>
              {m.configured ? "API 연결됨" : "API 키가 없습니다. 설정에서 등록하세요."} · 보관 중인 주문 {m.shipments.toLocaleString("ko-KR")}건
            </p>
            <dl className="facts">
              <dt>마지막 성공</dt>
              <dd className="tabular">{m.lastSuccess || "아직 없음"}</dd>
              <dt>마지막 실행</dt>
              <dd className="tabular">{m.lastSync || "아직 없음"}</dd>
              <dt>다음 실행</dt>
              <dd className="tabular">{m.nextRun || (
                  <span className="muted">
                    {!m.configured ? "API 키를 등록하면 자동으로 동기화합니다" : m.lastError ? "오류를 해결한 뒤 '지금 동기화'를 누르세요" : "자동 동기화 예약 전"}
                  </span>
                )}</dd>
            </dl>
            {m.lastError && (
              <div className="banner error" role="alert">
                <b>마지막 오류:</b> {m.lastError}
              </div>
            )}
            <p>
              <button
                type="button"
                disabled={!m.configured || !!progress[m.market]}
                title={m.configured ? "" : "설정에서 API 키를 먼저 등록하세요"}
                onClick={() => api.syncNow(m.market).catch((e) => setError(api.errorText(e)))}
              >
                지금 동기화
              </button>{" "}
              {progress[m.market] && <span className="muted">동기화 중 — {progress[m.market]}</span>}
            </p>
            <table className="log">
              <thead>
                <tr>
                  <th>시작</th>
                  <th>걸린 시간</th>
                  <th>신규</th>
                  <th>변경</th>
                  <th>호출</th>
                  <th>오류</th>
                </tr>
              </thead>
              <tbody>
                {(logs[m.market] ?? []).map((r, i) => (
                  <tr key={i}>
                    <td>{r.started}</td>
                    <td>{r.duration}</td>
                    <td className="num">{r.added}</td>
                    <td className="num">{r.changed}</td>
                    <td className="num">{r.calls}</td>
                    <td>{r.error}</td>
                  </tr>
                ))}
                {(logs[m.market] ?? []).length === 0 && (
                  <tr>
                    <td colSpan={6} className="muted">
                      동기화 기록이 없습니다.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}

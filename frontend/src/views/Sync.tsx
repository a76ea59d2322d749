import { useEffect, useState } from "react";
import * as api from "../api";

// 동기화: per marketplace, the last sync and its log.
export function SyncPage(props: { overview: api.Overview }) {
  const [logs, setLogs] = useState<Record<string, api.SyncRunView[]>>({});
  const [error, setError] = useState("");
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
              <dd>{m.nextRun || <span className="muted">자동 동기화가 연결되면 표시됩니다</span>}</dd>
            </dl>
            {m.lastError && (
              <div className="banner error" role="alert">
                <b>마지막 오류:</b> {m.lastError}
              </div>
            )}
            <button disabled title="동기화 기능 연결 후 사용할 수 있습니다">
              지금 동기화
            </button>
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

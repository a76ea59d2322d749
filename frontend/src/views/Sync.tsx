import { useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { syncLog, useResource, useSelect } from "../state";

function progressText(p: api.SyncProgress | undefined): string {
  if (!p) return "";
  return `${p.phase ? p.phase + ": " : ""}${p.fetched.toLocaleString("ko-KR")}건 읽음 · 새 주문 ${p.added} · 변경 ${p.changed} · 호출 ${p.calls}`;
}

/** What the card says about the connection: never "연결됨" above a failed last run. */
function connectionLine(m: api.Overview["markets"][number]): string {
  if (!m.configured) return "API 키가 없습니다. 설정에서 등록하세요.";
  if (m.lastError) return "API 키 등록됨 · 마지막 동기화 실패";
  return m.lastSync ? "API 연결됨" : "API 키 등록됨 · 아직 동기화 전";
}

function SyncLog(props: { market: string }) {
  const log = useResource(syncLog(props.market));
  const runs = log.value ?? [];
  return (
    <>
      {log.error && <Banner tone="error">{log.error}</Banner>}
      <table className="log sync-log">
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
          {runs.map((r, i) => (
            <tr key={i}>
              <td>{r.started}</td>
              <td>{r.duration}</td>
              <td className="num">{r.added}</td>
              <td className="num">{r.changed}</td>
              <td className="num">{r.calls}</td>
              <td>{r.error}</td>
            </tr>
          ))}
          {runs.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                동기화 기록이 없습니다.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}

function MarketCard(props: { m: api.Overview["markets"][number] }) {
  const m = props.m;
  const progress = useSelect((s) => s.progress[m.market]);
  const [error, setError] = useState("");
  return (
    <div className="card">
      <h3>{m.label}</h3>
      <p>
        {connectionLine(m)} · 보관 중인 주문 {m.shipments.toLocaleString("ko-KR")}건
      </p>
      <dl className="facts">
        <dt>마지막 성공</dt>
        <dd className="tabular">{m.lastSuccess || "아직 없음"}</dd>
        <dt>마지막 실행</dt>
        <dd className="tabular">{m.lastSync || "아직 없음"}</dd>
        <dt>다음 실행</dt>
        <dd className="tabular">
          {m.nextRun || (
            <span className="muted">
              {!m.configured ? "API 키를 등록하면 자동으로 동기화합니다" : m.lastError ? "오류를 해결한 뒤 '지금 동기화'를 누르세요" : "자동 동기화 예약 전"}
            </span>
          )}
        </dd>
      </dl>
      {m.lastError && (
        <Banner tone="error">
          <b>마지막 오류:</b> {m.lastError}
        </Banner>
      )}
      {error && <Banner tone="error">{error}</Banner>}
      <p>
        <button
          type="button"
          disabled={!m.configured || !!progress}
          title={m.configured ? "" : "설정에서 API 키를 먼저 등록하세요"}
          onClick={() => api.syncNow(m.market).catch((e) => setError(api.errorText(e)))}
        >
          지금 동기화
        </button>{" "}
        {progress && <span className="muted">동기화 중 — {progressText(progress)}</span>}
      </p>
      <SyncLog market={m.market} />
    </div>
  );
}

// 동기화: per marketplace, the last sync and its log.
export function SyncPage(props: { overview: api.Overview }) {
  return (
    <section className="page">
      <h2>동기화</h2>
      <div className="cards">
        {props.overview.markets.map((m) => (
          <MarketCard key={m.market} m={m} />
        ))}
      </div>
    </section>
  );
}

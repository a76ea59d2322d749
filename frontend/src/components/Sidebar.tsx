import * as api from "../api";
import { deadline, useResource } from "../state";

export type Page = "board" | "today" | "alerts" | "claims" | "ship" | "print" | "digital" | "sync" | "settings";

const nav: { page: Page; label: string }[] = [
  { page: "board", label: "주문" },
  { page: "today", label: "오늘 할 일" },
  { page: "alerts", label: "알림" },
  { page: "claims", label: "클레임" },
  { page: "print", label: "출력" },
  { page: "ship", label: "송장·발송" },
  { page: "digital", label: "디지털 발송" },
  { page: "sync", label: "동기화" },
  { page: "settings", label: "설정" },
];

/** The shell's left column: the pages, the alert badge, each marketplace's last sync, the version. */
export function Sidebar(props: { page: Page; onPage: (p: Page) => void; ov: api.Overview | undefined; onLogout: () => void }) {
  const ov = props.ov;
  const due = useResource(deadline).value;
  return (
    <aside className="sidebar">
      <div className="brand">
        <img src="/appicon.png" alt="" width={28} height={28} />
        <span>셀러데스크</span>
      </div>
      <nav>
        {nav.map((n) => (
          <button key={n.page} className={props.page === n.page ? "nav active" : "nav"} onClick={() => props.onPage(n.page)}>
            {n.label}
            {n.page === "alerts" && ov && ov.blocked > 0 && (
              <span className="badge" data-testid="alert-badge">
                {ov.blocked}
              </span>
            )}
            {n.page === "claims" && ov && ov.claims > 0 && (
              <span className="badge" data-testid="claims-badge" title="진행 중인 취소·출고중지·반품·교환 요청">
                {ov.claims}
              </span>
            )}
            {n.page === "today" && due && due.count > 0 && (
              <span className="badge" data-testid="deadline-badge" title={due.message}>
                {due.count}
              </span>
            )}
          </button>
        ))}
      </nav>
      <div className="sidebar-foot">
        {ov?.markets.map((m) => (
          <div key={m.market} className="market-state" title={m.lastError || ""}>
            <span className={"dot " + (m.lastError ? "bad" : m.configured ? "ok" : "off")} />
            {m.label} {m.configured ? (m.lastSync ? m.lastSync.slice(5) : "수집 전") : "미연결"}
          </div>
        ))}
        {api.door() === "browser" && (
          <button className="link" onClick={props.onLogout}>
            로그아웃
          </button>
        )}
        <div className="version">v{ov?.version}</div>
      </div>
    </aside>
  );
}

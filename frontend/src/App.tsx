import { useCallback, useEffect, useRef, useState } from "react";
import * as api from "./api";
import { newlyBlocked } from "./board";
import { notifyBlocked } from "./notify";
import { Alerts } from "./views/Alerts";
import { Board } from "./views/Board";
import { Login } from "./views/Login";
import { SettingsPage } from "./views/Settings";
import { PrintPage } from "./views/Print";
import { ShipPage } from "./views/Ship";
import { SyncPage } from "./views/Sync";

type Page = "board" | "alerts" | "ship" | "print" | "sync" | "settings";

const nav: { page: Page; label: string }[] = [
  { page: "board", label: "주문" },
  { page: "alerts", label: "알림" },
  { page: "print", label: "출력" },
  { page: "ship", label: "송장·발송" },
  { page: "sync", label: "동기화" },
  { page: "settings", label: "설정" },
];

export function App() {
  const [session, setSession] = useState<api.Session | null>(null);
  const [page, setPage] = useState<Page>("board");
  const [ov, setOv] = useState<api.Overview | null>(null);
  const [error, setError] = useState("");
  const [statusFilter, setStatusFilter] = useState("");
  const [printKeys, setPrintKeys] = useState<string[]>([]);

  useEffect(() => {
    api.session().then(setSession, (e) => setError(api.errorText(e)));
    const relogin = () => setSession({ loggedIn: false, passwordSet: true });
    window.addEventListener("sellerdesk:unauthorized", relogin);
    return () => window.removeEventListener("sellerdesk:unauthorized", relogin);
  }, []);

  const refresh = useCallback(() => {
    api.overview().then(
      (o) => {
        setOv(o);
        setError("");
      },
      (e) => setError(api.errorText(e)),
    );
  }, []);

  // New blocking findings: notify once per shipment; the first look only learns what is there.
  const seenBlocked = useRef<Set<string> | null>(null);
  const watchBlocked = useCallback(() => {
    api.listShipments({ markets: [], statuses: [], findings: [], blockedOnly: true, from: "", to: "", text: "", offset: 0, limit: 1000 }).then((p) => {
      const seen = seenBlocked.current;
      if (seen) {
        const fresh = newlyBlocked(seen, p.rows);
        if (fresh.length > 0) {
          const first = p.rows.find((r) => r.key === fresh[0]);
          notifyBlocked(fresh.length, first ? `${first.marketLabel} ${first.receiverName} ${first.findings.map((f) => f.label).join("·")}` : "");
        }
      }
      seenBlocked.current = new Set(p.rows.map((r) => r.key));
    }, () => {});
  }, []);

  useEffect(() => {
    document.title = ov && ov.blocked > 0 ? `(${ov.blocked}) 셀러데스크` : "셀러데스크";
  }, [ov]);

  useEffect(() => {
    if (!session?.loggedIn) return;
    watchBlocked();
    const offs = [api.events.findingsAdded, api.events.shipmentsChanged].map((n) => api.onEvent(n, watchBlocked));
    return () => offs.forEach((off) => off());
  }, [session, watchBlocked]);

  useEffect(() => {
    if (!session?.loggedIn) return;
    refresh();
    const offs = [api.events.shipmentsChanged, api.events.findingsAdded, api.events.syncFinished, api.events.settingsChanged].map((n) =>
      api.onEvent(n, refresh),
    );
    return () => offs.forEach((off) => off());
  }, [session, refresh]);

  if (!session) return <div className="splash">셀러데스크를 여는 중…</div>;
  if (!session.loggedIn) return <Login passwordSet={session.passwordSet} onDone={setSession} />;

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <img src="/appicon.png" alt="" width={28} height={28} />
          <span>셀러데스크</span>
        </div>
        <nav>
          {nav.map((n) => (
            <button
              key={n.page}
              className={page === n.page ? "nav active" : "nav"}
              onClick={() => {
                if (n.page === "print") setPrintKeys([]);
                setPage(n.page);
              }}
            >
              {n.label}
              {n.page === "alerts" && ov && ov.blocked > 0 && <span className="badge" data-testid="alert-badge">{ov.blocked}</span>}
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
            <button className="link" onClick={() => api.logout().then(() => setSession({ loggedIn: false, passwordSet: true }))}>
              로그아웃
            </button>
          )}
          <div className="version">v{ov?.version}</div>
        </div>
      </aside>
      <main className="main">
        {error && (
          <div className="banner error" role="alert">
            {error}
          </div>
        )}
        {ov?.notice && <div className="banner info">{ov.notice}</div>}
        <header className="counters">
          {ov?.counters.map((c) => (
            <button
              key={c.status}
              className={"counter" + (statusFilter === c.status ? " active" : "")}
              onClick={() => {
                setPage("board");
                setStatusFilter(statusFilter === c.status ? "" : c.status);
              }}
            >
              {c.label} <b>{c.count.toLocaleString("ko-KR")}</b>
            </button>
          ))}
          <button className={"counter hold" + (ov && ov.blocked > 0 ? " on" : "")} onClick={() => setPage("alerts")}>
            보류 <b>{ov?.blocked ?? 0}</b> {ov && ov.blocked > 0 ? "⚠" : ""}
          </button>
          <span className="spacer" />
          <span className="total">전체 {ov ? ov.total.toLocaleString("ko-KR") : "-"}건</span>
        </header>
        {page === "board" && <Board
            statusFilter={statusFilter}
            onStatusFilter={setStatusFilter}
            onOpenPrint={(keys) => {
              setPrintKeys(keys);
              setPage("print");
            }}
          />}
        {page === "alerts" && <Alerts />}
        {page === "ship" && <ShipPage />}
        {page === "print" && <PrintPage keys={printKeys} onClearKeys={() => setPrintKeys([])} />}
        {page === "sync" && ov && <SyncPage overview={ov} />}
        {page === "settings" && <SettingsPage />}
      </main>
    </div>
  );
}

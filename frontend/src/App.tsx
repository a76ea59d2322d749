import { useEffect, useState } from "react";
import * as api from "./api";
import { toggleStatus } from "./board";
import { Banner } from "./components/Banner";
import { MarketTrouble } from "./components/MarketTrouble";
import { Sidebar, type Page } from "./components/Sidebar";
import { overview, state, useResource, useSelect } from "./state";
import { Alerts } from "./views/Alerts";
import { Board } from "./views/board/Board";
import { ClaimsPage } from "./views/claims/ClaimsPage";
import { DigitalPage } from "./views/digital/Digital";
import { Login } from "./views/Login";
import { PrintPage } from "./views/Print";
import { SettingsPage } from "./views/Settings";
import { ShipPage } from "./views/Ship";
import { SyncPage } from "./views/Sync";
import { TodayPage } from "./views/today/Today";

export function App() {
  const [session, setSession] = useState<api.Session | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    api.session().then(setSession, (e) => setError(api.errorText(e)));
    const relogin = () => setSession({ loggedIn: false, passwordSet: true });
    window.addEventListener("sellerdesk:unauthorized", relogin);
    return () => window.removeEventListener("sellerdesk:unauthorized", relogin);
  }, []);
  // Logged in: the state hears Go's events from here on, once for every view.
  useEffect(() => (session?.loggedIn ? state.start() : undefined), [session]);

  if (!session) return <div className="splash">{error || "셀러데스크를 여는 중…"}</div>;
  if (!session.loggedIn) return <Login passwordSet={session.passwordSet} onDone={setSession} />;
  return <Shell onLogout={() => api.logout().then(() => setSession({ loggedIn: false, passwordSet: true }))} />;
}

function Shell(props: { onLogout: () => void }) {
  const [page, setPage] = useState<Page>("board");
  const [printKeys, setPrintKeys] = useState<string[]>([]);
  const ov = useResource(overview);
  const o = ov.value;
  const board = useSelect((s) => s.board);
  const notices = useSelect((s) => s.notices);

  useEffect(() => {
    document.title = o && o.blocked > 0 ? `(${o.blocked}) 셀러데스크` : "셀러데스크";
  }, [o]);

  return (
    <div className="shell">
      <Sidebar
        page={page}
        ov={o}
        onLogout={props.onLogout}
        onPage={(p) => {
          if (p === "print") setPrintKeys([]);
          setPage(p);
        }}
      />
      <main className="main">
        {ov.error && <Banner tone="error">{ov.error}</Banner>}
        <MarketTrouble ov={o} onOpenSync={() => setPage("sync")} />
        {o?.notice && <Banner tone="info">{o.notice}</Banner>}
        {notices.map((n) => (
          <Banner key={n.id} tone={n.tone} testid="notice" onClose={() => state.dismiss(n.id)}>
            {n.text}
          </Banner>
        ))}
        <header className="counters">
          {o?.counters.map((c) => (
            <button
              key={c.status}
              className={"counter" + (board.status === c.status ? " active" : "")}
              onClick={() => {
                setPage("board");
                state.setBoard(toggleStatus(board, c.status));
              }}
            >
              {c.label} <b>{c.count.toLocaleString("ko-KR")}</b>
            </button>
          ))}
          <button className={"counter hold" + (o && o.blocked > 0 ? " on" : "")} onClick={() => setPage("alerts")}>
            보류 <b>{o?.blocked ?? 0}</b> {o && o.blocked > 0 ? "⚠" : ""}
          </button>
          <span className="spacer" />
          <span className="total">전체 {o ? o.total.toLocaleString("ko-KR") : "-"}건</span>
        </header>
        {page === "board" && (
          <Board
            onOpenPrint={(keys) => {
              setPrintKeys(keys);
              setPage("print");
            }}
          />
        )}
        {page === "today" && <TodayPage />}
        {page === "alerts" && <Alerts />}
        {page === "claims" && <ClaimsPage />}
        {page === "ship" && <ShipPage />}
        {page === "digital" && <DigitalPage />}
        {page === "print" && <PrintPage keys={printKeys} onClearKeys={() => setPrintKeys([])} />}
        {page === "sync" && o && <SyncPage overview={o} />}
        {page === "settings" && <SettingsPage />}
      </main>
    </div>
  );
}

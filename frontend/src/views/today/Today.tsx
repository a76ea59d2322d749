import { useEffect, useState } from "react";
import * as api from "../../api";
import { queryExtras } from "../../board";
import { Banner } from "../../components/Banner";
import { Drawer } from "../../components/drawer/Drawer";
import { askNotifyPermission, notifyState, type NotifyState } from "../../notify";
import { deadline, useResource, useRevision } from "../../state";

/** What 오늘 할 일 asks Go for: still to ship, 발송기한 by the end of today (or passed), held boxes first, nearest deadline first. */
export const todayQuery = (): api.ShipmentQuery => ({
  markets: [],
  statuses: ["PAID", "ACKNOWLEDGED"],
  findings: [],
  blockedOnly: false,
  from: "",
  to: "",
  text: "",
  offset: 0,
  limit: 1000,
  ...queryExtras,
  sort: "due",
  heldFirst: true,
  dueToday: true,
});

function TodayRow(props: { r: api.ShipmentRow; onOpen: (k: string) => void }) {
  const r = props.r;
  return (
    <li onClick={() => props.onOpen(r.key)} data-key={r.key} data-testid="today-row" className={r.blocked ? "held" : ""}>
      <span className={"tabular due " + r.dueTone}>
        {r.shipBy} {r.dday}
      </span>{" "}
      {r.blocked && <b className="check block">⛔ 보류: {r.findings.map((f) => f.label).join(" · ")} — </b>}
      {r.writeProblem && <b className="check block">⚠ {r.writeProblem} — </b>}
      {r.marketLabel} {r.orderId} · {r.receiverName} · {r.product} · <span className="muted">{r.statusLabel}</span>
    </li>
  );
}

// 오늘 할 일: every box that must leave today (발송기한 today or already passed), the held ones
// first with their reason, then by deadline. The 발송기한 warning's hours are set here.
export function TodayPage() {
  const rev = useRevision("shipments");
  const [page, setPage] = useState<api.ShipmentPage | null>(null);
  const [error, setError] = useState("");
  const [openKey, setOpenKey] = useState("");
  const [perm, setPerm] = useState<NotifyState>(notifyState());
  const alert = useResource(deadline).value;
  const [hours, setHours] = useState("");
  useEffect(() => {
    api.listShipments(todayQuery()).then(
      (p) => {
        setPage(p);
        setError("");
      },
      (e) => setError(api.errorText(e)),
    );
  }, [rev]);
  useEffect(() => setHours(alert ? String(alert.hours) : ""), [alert]);
  const save = () => api.setDeadlineAlertHours(Number(hours)).then(() => setError(""), (e) => setError(api.errorText(e)));
  const held = page?.rows.filter((r) => r.blocked).length ?? 0;
  return (
    <section className="page today">
      <h2>오늘 할 일 — 오늘까지 보내야 하는 주문</h2>
      {error && <Banner tone="error">{error}</Banner>}
      {alert && alert.count > 0 && (
        <Banner tone="warn" testid="deadline-alert">
          {alert.message}
        </Banner>
      )}
      <div className="filters">
        <label className="inline-check">
          발송기한
          <input type="number" min={1} max={72} aria-label="발송기한 알림 시간" value={hours} onChange={(e) => setHours(e.target.value)} style={{ width: 56 }} />
          시간 전에 알림
        </label>
        <button onClick={save}>저장</button>
        {perm === "default" && (
          <button className="link" onClick={() => askNotifyPermission().then(setPerm)}>
            바탕화면 알림 받기
          </button>
        )}
      </div>
      {page && (
        <p data-testid="today-summary">
          {page.total.toLocaleString("ko-KR")}건{held > 0 ? ` · 보류 ${held}건 먼저` : ""}
        </p>
      )}
      {page && page.total === 0 && <p className="check ok">✓ 오늘까지 보내야 하는 주문이 없습니다.</p>}
      <ul className="alerts" data-testid="today-list">
        {page?.rows.map((r) => <TodayRow key={r.key} r={r} onOpen={setOpenKey} />)}
      </ul>
      {page && page.total > page.rows.length && <p className="muted">… 외 {(page.total - page.rows.length).toLocaleString("ko-KR")}건</p>}
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} />}
    </section>
  );
}

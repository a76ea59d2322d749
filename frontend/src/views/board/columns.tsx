import { useState } from "react";
import type * as api from "../../api";
import { checkMark } from "../../board";

/** One column of the board: its heading, the store's sort key ("" when it does not sort), its width and its cell. */
export interface Column {
  id: string;
  label: string;
  sort: string;
  width: string;
  num?: boolean;
  /** The column's own order runs downwards (결제일시: newest first). */
  desc?: boolean;
  cell: (r: api.ShipmentRow) => React.ReactNode;
}

/** The board's columns after the checkbox, in order. The product column takes the free width. */
export const columns: Column[] = [
  { id: "market", label: "마켓", sort: "market", width: "40px", cell: (r) => <span className={"mk " + r.market} title={r.marketLabel}>{r.market === "naver" ? "N" : "C"}</span> },
  {
    id: "status",
    label: "상태",
    sort: "status",
    width: "72px",
    cell: (r) => (
      <span title={r.marketStatus}>
        {r.statusLabel}
        {r.digital && (
          <span className={"dg " + r.digital} title={r.digitalHint} data-testid="digital-badge">
            {r.digitalLabel}
          </span>
        )}
      </span>
    ),
  },
  { id: "paidAt", label: "결제일시", sort: "paid", desc: true, width: "84px", cell: (r) => <span className="tabular">{r.paidAt}</span> },
  {
    id: "receiver",
    label: "수취인",
    sort: "receiver",
    width: "80px",
    // Which box of several ("박스 2/3") is drawn after the name by CSS (.boxno::after), so the cell's text stays the name.
    cell: (r) => (
      <span title={r.name} className={r.box ? "boxno" : undefined} data-box={r.box || undefined}>
        {r.receiverName}
      </span>
    ),
  },
  {
    id: "shipBy",
    label: "발송기한",
    sort: "due",
    width: "118px",
    cell: (r) => {
      const due = (
        <span className={"tabular due " + r.dueTone} data-testid="due" data-tone={r.dueTone} title={r.shipBy ? `발송기한 ${r.shipBy}` : "마켓이 발송기한을 주지 않았습니다"}>
          {r.shipBy ? `${r.shipBy} ${r.dday}` : "-"}
        </span>
      );
      if (!r.hope) return due;
      // A hope-delivery box: the buyer's day under the 발송기한, where the seller looks when choosing what to ship.
      return (
        <span className="due-hope">
          {due}
          <span className="hope tabular" data-testid="hope" title="구매자가 고른 배송 희망일: 이 날 도착하도록 보내세요">
            {r.hope}
          </span>
        </span>
      );
    },
  },
  { id: "product", label: "상품 / 옵션", sort: "product", width: "minmax(80px, 1fr)", cell: () => null },
  { id: "units", label: "수량", sort: "", width: "44px", num: true, cell: (r) => <span className="num tabular">{r.units}</span> },
  {
    id: "check",
    label: "검수",
    sort: "",
    width: "160px",
    cell: (r) => {
      const ck = checkMark(r);
      return (
        <>
          {r.writeProblem && (
            <b className="write-problem" data-testid="write-problem" title={r.writeMessage}>
              ⚠ {r.writeProblem}{" "}
            </b>
          )}
          <span className={"check " + ck.tone} title={r.findings.map((f) => f.hint).join("\n")}>
            {ck.mark} {r.findings.map((f) => f.label).join(" · ")}
          </span>
        </>
      );
    },
  },
  { id: "tracking", label: "송장번호", sort: "", width: "150px", cell: (r) => <span className="tabular" data-testid="tracking">{r.tracking}</span> },
  {
    id: "printed",
    label: "출력",
    sort: "",
    width: "92px",
    cell: (r) => (
      <span data-testid="printed" title={r.printed ? `출력한 목록: ${r.printed}` : "아직 출력하지 않았습니다"}>
        {r.printBatch ? `${r.printBatch.slice(5).replace("#", " ")}차` : r.printed ? r.printed : ""}
      </span>
    ),
  },
];

const storageKey = "sellerdesk.board.hiddenColumns";
const defaultHidden: string[] = [];

function loadHidden(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "null");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : defaultHidden;
  } catch {
    return defaultHidden;
  }
}

/** The columns the seller shows, remembered in this browser (or window) across reloads. */
export function useColumns(): { shown: Column[]; hidden: ReadonlySet<string>; toggle: (id: string) => void } {
  const [hidden, setHidden] = useState<Set<string>>(() => new Set(loadHidden()));
  const toggle = (id: string) =>
    setHidden((h) => {
      const n = new Set(h);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      localStorage.setItem(storageKey, JSON.stringify([...n]));
      return n;
    });
  return { shown: columns.filter((c) => c.id === "product" || !hidden.has(c.id)), hidden, toggle };
}

/** The grid's column widths: the checkbox, then the shown columns. */
export const gridOf = (shown: Column[]) => ["22px", ...shown.map((c) => c.width)].join(" ");

/** 열 선택: which columns the board shows (the product column always). The menu exists only while open. */
export function ColumnChooser(p: { hidden: ReadonlySet<string>; toggle: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="column-chooser">
      <button aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        열 선택
      </button>
      {open && (
        <div className="menu" role="group" aria-label="보이는 열">
          {columns
            .filter((c) => c.id !== "product")
            .map((c) => (
              <label key={c.id} className="inline-check">
                <input type="checkbox" checked={!p.hidden.has(c.id)} onChange={() => p.toggle(c.id)} /> {c.label}
              </label>
            ))}
        </div>
      )}
    </div>
  );
}

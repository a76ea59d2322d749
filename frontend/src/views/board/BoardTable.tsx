import type { VirtualItem } from "@tanstack/react-virtual";
import * as api from "../../api";
import type { RowPages } from "../../board";
import { gridOf, type Column } from "./columns";
import type { Selection } from "./useSelection";

/** A box's lines folded out under its row: loading, or the lines from the drawer's call. */
export type Fold = api.LineView[] | "loading";

export interface BoardTableProps {
  pages: RowPages<api.ShipmentRow> | null;
  items: VirtualItem[];
  totalSize: number;
  scroller: React.RefObject<HTMLDivElement | null>;
  sel: Selection;
  openKey: string;
  folded: ReadonlyMap<string, Fold>;
  /** The board shows the whole store unfiltered (an empty store then means nothing was collected yet). */
  unfiltered: boolean;
  onRowClick: (index: number, key: string, e: React.MouseEvent) => void;
  onCheck: (index: number, key: string, e: React.MouseEvent) => void;
  onFold: (key: string) => void;
  /** The columns shown (열 선택) and the sort; a click on a sortable heading sorts by it. */
  shown: Column[];
  sort: string;
  reverse: boolean;
  onSort: (sort: string) => void;
}

function Row(props: { r: api.ShipmentRow; index: number; p: BoardTableProps }) {
  const { r, p } = props;
  const isSel = p.sel.selected.has(r.key);
  const fold = p.folded.get(r.key);
  // A folded line sits under its row's product and quantity columns (the grid's columns, 1-based after the checkbox).
  const colOf = (id: string) => p.shown.findIndex((c) => c.id === id) + 2;
  return (
    <>
      <div
        role="row"
        data-key={r.key}
        aria-selected={isSel}
        className={"row" + (r.key === p.sel.cursorKey ? " cursor" : "") + (isSel ? " selected" : "") + (r.key === p.openKey ? " open" : "")}
        style={{ gridTemplateColumns: gridOf(p.shown) }}
        onClick={(e) => p.onRowClick(props.index, r.key, e)}
      >
        <span>
          <input type="checkbox" aria-label={`${r.orderId} 선택`} checked={isSel} onClick={(e) => p.onCheck(props.index, r.key, e)} onChange={() => {}} />
        </span>
        {p.shown.map((c) => (c.id === "product" ? <Product key={c.id} {...props} /> : <span key={c.id}>{c.cell(r)}</span>))}
      </div>
      {fold === "loading" && <div className="subline muted">불러오는 중…</div>}
      {Array.isArray(fold) &&
        fold.map((l) => (
          <div key={l.index} className="subline" data-testid="subline" style={{ gridTemplateColumns: gridOf(p.shown), padding: "0 12px" }}>
            <span className="sub-name" style={{ gridColumn: colOf("product") }}>
              {l.registered.map((x) => x.text).join("")}
            </span>
            {colOf("units") > 1 && (
              <span className="num tabular" style={{ gridColumn: colOf("units") }}>
                {l.units}
              </span>
            )}
          </div>
        ))}
    </>
  );
}

function Product(props: { r: api.ShipmentRow; index: number; p: BoardTableProps }) {
  const { r, p } = props;
  const fold = p.folded.get(r.key);
  return (
        <span className="product" title={r.product}>
          {r.lines > 1 && (
            <button
              className="fold"
              aria-label={fold ? "상품 접기" : "상품 펼치기"}
              aria-expanded={!!fold}
              onClick={(e) => {
                e.stopPropagation();
                p.onFold(r.key);
              }}
            >
              {fold ? "▾" : "▸"}
            </button>
          )}
          {r.product}
        </span>
  );
}

/** The order board's table: the heading with select-all and the virtualized rows. */
export function BoardTable(p: BoardTableProps) {
  const { pages, sel } = p;
  return (
    <>
      <div className="row head" role="row" style={{ gridTemplateColumns: gridOf(p.shown) }}>
        <span>
          <input
            type="checkbox"
            aria-label="조건에 맞는 주문 모두 선택"
            title="지금 조건에 맞는 주문을 (화면에 보이지 않는 것까지) 모두 선택합니다"
            checked={sel.allSelected}
            onChange={(e) => (e.target.checked ? sel.selectAll() : sel.setSelected(new Set()))}
          />
        </span>
        {p.shown.map((c) =>
          c.sort ? (
            <span key={c.id} aria-sort={p.sort === c.sort ? (p.reverse !== !!c.desc ? "descending" : "ascending") : "none"}>
              <button className="sort" data-testid={"sort-" + c.id} title={`${c.label} 순으로 정렬 (다시 누르면 반대로)`} onClick={() => p.onSort(c.sort)}>
                {c.label}
                {p.sort === c.sort ? (p.reverse !== !!c.desc ? " ▼" : " ▲") : ""}
              </button>
            </span>
          ) : (
            <span key={c.id} className={c.num ? "num" : ""}>
              {c.label}
            </span>
          ),
        )}
      </div>
      <div className="body" ref={p.scroller} data-testid="board-body">
        {pages && pages.total === 0 && (
          <div className="empty">
            {p.unfiltered
              ? "아직 수집된 주문이 없습니다. 설정에서 마켓 API 키를 등록하면 주문이 자동으로 들어옵니다."
              : "조건에 맞는 주문이 없습니다."}
          </div>
        )}
        <div style={{ height: p.totalSize, position: "relative" }}>
          {p.items.map((v) => {
            const r = pages?.row(v.index);
            const style = { position: "absolute" as const, top: 0, transform: `translateY(${v.start}px)`, width: "100%" };
            if (!r)
              return (
                <div key={"loading-" + v.index} role="row" className="row loading" style={style}>
                  <span />
                  <span className="muted">불러오는 중…</span>
                </div>
              );
            return (
              <div key={r.key} style={style}>
                <Row r={r} index={v.index} p={p} />
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}

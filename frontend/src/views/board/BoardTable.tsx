import type { VirtualItem } from "@tanstack/react-virtual";
import * as api from "../../api";
import { checkMark, type RowPages } from "../../board";
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
}

function Row(props: { r: api.ShipmentRow; index: number; p: BoardTableProps }) {
  const { r, p } = props;
  const ck = checkMark(r);
  const isSel = p.sel.selected.has(r.key);
  const fold = p.folded.get(r.key);
  return (
    <>
      <div
        role="row"
        data-key={r.key}
        aria-selected={isSel}
        className={"row" + (r.key === p.sel.cursorKey ? " cursor" : "") + (isSel ? " selected" : "") + (r.key === p.openKey ? " open" : "")}
        onClick={(e) => p.onRowClick(props.index, r.key, e)}
      >
        <span>
          <input type="checkbox" aria-label={`${r.orderId} 선택`} checked={isSel} onClick={(e) => p.onCheck(props.index, r.key, e)} onChange={() => {}} />
        </span>
        <span className={"mk " + r.market} title={r.marketLabel}>
          {r.market === "naver" ? "N" : "C"}
        </span>
        <span title={r.marketStatus}>
          {r.statusLabel}
          {r.digital && (
            <span className={"dg " + r.digital} title={r.digitalHint} data-testid="digital-badge">
              {r.digitalLabel}
            </span>
          )}
        </span>
        <span className="tabular">{r.paidAt}</span>
        <span>{r.receiverName}</span>
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
        <span className="num tabular">{r.units}</span>
        <span className={"check " + ck.tone} title={r.findings.map((f) => f.hint).join("\n")}>
          {ck.mark} {r.findings.map((f) => f.label).join(" · ")}
        </span>
      </div>
      {fold === "loading" && <div className="subline muted">불러오는 중…</div>}
      {Array.isArray(fold) &&
        fold.map((l) => (
          <div key={l.index} className="subline" data-testid="subline">
            <span className="sub-name">{l.registered.map((x) => x.text).join("")}</span>
            <span className="num tabular">{l.units}</span>
          </div>
        ))}
    </>
  );
}

/** The order board's table: the heading with select-all and the virtualized rows. */
export function BoardTable(p: BoardTableProps) {
  const { pages, sel } = p;
  return (
    <>
      <div className="row head" role="row">
        <span>
          <input
            type="checkbox"
            aria-label="조건에 맞는 주문 모두 선택"
            title="지금 조건에 맞는 주문을 (화면에 보이지 않는 것까지) 모두 선택합니다"
            checked={sel.allSelected}
            onChange={(e) => (e.target.checked ? sel.selectAll() : sel.setSelected(new Set()))}
          />
        </span>
        <span>마켓</span>
        <span>상태</span>
        <span>결제일시</span>
        <span>수취인</span>
        <span>상품 / 옵션</span>
        <span className="num">수량</span>
        <span>검수</span>
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

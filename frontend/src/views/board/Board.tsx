import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";
import * as api from "../../api";
import { emptyFilters, sortBy } from "../../board";
import { Banner } from "../../components/Banner";
import { Drawer } from "../../components/drawer/Drawer";
import { state, useSelect } from "../../state";
import { BoardFilters } from "./BoardFilters";
import { BoardResults } from "./BoardResults";
import { BoardTable, type Fold } from "./BoardTable";
import { ColumnChooser, useColumns } from "./columns";
import { BulkBar } from "./BulkBar";
import { useBoardActions } from "./useBoardActions";
import { useBoardKeys } from "./useBoardKeys";
import { useBoardRows } from "./useBoardRows";
import { useSelection } from "./useSelection";

const rowHeight = 30;
const sublineHeight = 22;

// 주문: the order board. The filter lives in the state (the counters on top set its status);
// the rows, the selection and the open drawer are this view's own.
export function Board(props: { onOpenPrint?: (keys: string[]) => void }) {
  const filters = useSelect((s) => s.board);
  const filterKey = JSON.stringify(filters);
  const rows = useBoardRows(filters);
  const { pages, pagesRef } = rows;
  const [error, setError] = useState("");
  const sel = useSelection(filters, pagesRef, pages?.total ?? 0, setError);
  const actions = useBoardActions(sel.selected, sel.setSelected, setError);
  const [openKey, setOpenKey] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const cols = useColumns();
  const scroller = useRef<HTMLDivElement>(null);

  // Boxes with several lines fold out under their row (the lines come from the drawer's call).
  const [folded, setFolded] = useState<Map<string, Fold>>(new Map());
  const foldedRef = useRef(folded);
  foldedRef.current = folded;
  const unfold = (key: string) =>
    setFolded((m) => {
      const n = new Map(m);
      n.delete(key);
      return n;
    });
  const toggleFold = (key: string) => {
    if (folded.has(key)) return unfold(key);
    setFolded((m) => new Map(m).set(key, "loading"));
    api.getShipment(key).then(
      (d) => setFolded((m) => (m.has(key) ? new Map(m).set(key, d.lines) : m)),
      (e) => {
        unfold(key);
        setError(api.errorText(e));
      },
    );
  };

  const count = pages?.total ?? 0;
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => {
      const key = pagesRef.current?.row(i)?.key;
      const f = key ? foldedRef.current.get(key) : undefined;
      return rowHeight + (f === "loading" ? sublineHeight : Array.isArray(f) ? f.length * sublineHeight : 0);
    },
    overscan: 20,
  });
  useEffect(() => virtual.measure(), [folded, virtual]);
  useEffect(() => {
    setFolded(new Map());
    scroller.current?.scrollTo({ top: 0 });
  }, [filterKey]);
  const items = virtual.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const { fetchRange } = rows;
  useEffect(() => fetchRange(firstIndex, lastIndex), [fetchRange, pages, firstIndex, lastIndex]);

  useBoardKeys({
    sel,
    count,
    openKey,
    setOpenKey,
    scrollTo: (i) => virtual.scrollToIndex(i),
    focusSearch: () => search.current?.focus(),
    printPicking: () => actions.makeList("pick", "html"),
  });

  const clickRow = (index: number, key: string, e: React.MouseEvent) => {
    sel.setCursorKey(key);
    if (e.shiftKey) return sel.rangeTo(index);
    sel.setAnchorKey(key);
    setOpenKey(key);
  };
  const clickCheck = (index: number, key: string, e: React.MouseEvent) => {
    e.stopPropagation();
    if (e.shiftKey) sel.rangeTo(index);
    else sel.toggle(key);
    sel.setAnchorKey(key);
    sel.setCursorKey(key);
  };

  const timing = rows.timing;
  useEffect(() => setError(""), [timing]); // a fresh answer from Go clears an old error
  const shownError = error || rows.error;
  return (
    <section className="board">
      <BoardFilters filters={filters} searchRef={search} extra={<ColumnChooser hidden={cols.hidden} toggle={cols.toggle} />} />
      {shownError && <Banner tone="error">{shownError}</Banner>}
      <BoardResults a={actions} />
      <div className="table" role="table" aria-label="주문 목록" aria-busy={rows.stale}>
        <BoardTable
          pages={pages}
          items={items}
          totalSize={virtual.getTotalSize()}
          scroller={scroller}
          sel={sel}
          openKey={openKey}
          folded={folded}
          unfiltered={filterKey === JSON.stringify(emptyFilters)}
          onRowClick={clickRow}
          onCheck={clickCheck}
          onFold={toggleFold}
          shown={cols.shown}
          sort={filters.sort || "paid"}
          reverse={filters.reverse}
          onSort={(c) => state.setBoard(sortBy(filters, c))}
        />
        <BulkBar
          count={sel.selected.size}
          all={sel.allSelected}
          busy={actions.busy}
          onAction={actions.run}
          onOpenPrint={props.onOpenPrint && (() => props.onOpenPrint?.([...sel.selected]))}
          onClear={() => sel.setSelected(new Set())}
          keys={[...sel.selected]}
        />
        <div className="foot" data-testid="board-foot" data-server-ms={timing?.server.toFixed(2)} data-screen-ms={timing?.screen.toFixed(1)}>
          {pages
            ? `${pages.total.toLocaleString("ko-KR")}건 · 검색 ${timing?.server.toFixed(1)}ms · ↑↓ 이동 · Space 선택 · Enter 상세 · / 검색`
            : rows.error
              ? "조건을 고치면 다시 찾습니다."
              : "불러오는 중…"}
        </div>
      </div>
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} />}
    </section>
  );
}

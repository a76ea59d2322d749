import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState } from "react";
import * as api from "../api";
import {
  bulkActions,
  checkMark,
  emptyFilters,
  isAllSelected,
  moveCursor,
  RowPages,
  selectionLabel,
  selectRange,
  toggleKey,
  toQuery,
  type AllSelected,
  type BoardFilters,
} from "../board";
import { Drawer } from "./Drawer";
import { DispatchResultView } from "./Ship";

const statusOptions: [string, string][] = [
  ["", "상태 전체"],
  ["PAID", "신규주문"],
  ["ACKNOWLEDGED", "발주확인"],
  ["SHIPPED", "발송처리"],
  ["DELIVERING", "배송중"],
  ["DELIVERED", "배송완료"],
  ["DECIDED", "구매확정"],
  ["CANCELED", "취소"],
  ["RETURNED", "반품"],
  ["EXCHANGED", "교환"],
];

const findingOptions: [string, string][] = [
  ["", "검수 전체"],
  ["OPTION_NAME_MISMATCH", "옵션명 불일치"],
  ["BUNDLE_MULTIPLIER", "묶음상품"],
  ["ADDRESS_CHANGED", "주소 변경"],
  ["CLAIM_OPEN", "취소·반품·교환 요청"],
  ["PARTIAL_CANCEL", "부분 취소"],
  ["OPTION_CHANGED", "옵션 변경"],
];

/** Keys typed into a text field or a select belong to it; a focused checkbox leaves them to the board. */
function isTyping(t: EventTarget | null): boolean {
  if (t instanceof HTMLInputElement) return t.type !== "checkbox" && t.type !== "radio";
  return t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
}

const rowHeight = 30;
const sublineHeight = 22;

/** What the board can do: 발주확인, and the lists (print, Excel). */
const features = { acknowledge: true, lists: true };

/** Prints a list page through a hidden frame (works in the desktop webview and the browser). */
function printHTML(html: string): void {
  let frame = document.getElementById("print-frame") as HTMLIFrameElement | null;
  if (!frame) {
    frame = document.createElement("iframe");
    frame.id = "print-frame";
    frame.setAttribute("data-testid", "print-frame");
    frame.setAttribute("aria-hidden", "true");
    frame.style.cssText = "position:fixed;width:0;height:0;border:0;right:0;bottom:0";
    document.body.appendChild(frame);
  }
  const f = frame;
  f.onload = () => f.contentWindow?.print();
  f.srcdoc = html;
}

const notDone = (items: api.WriteItem[]) => items.filter((it) => it.result !== "ok");

export function Board(props: { statusFilter: string; onStatusFilter: (s: string) => void; onOpenPrint?: (keys: string[]) => void }) {
  const [filters, setFilters] = useState<BoardFilters>(emptyFilters);
  const [pages, setPages] = useState<RowPages<api.ShipmentRow> | null>(null);
  const [timing, setTiming] = useState<{ server: number; screen: number } | null>(null);
  const [error, setError] = useState("");
  const [notice, setNotice] = useState("");
  // The keyboard cursor and the shift-range anchor follow a shipment (its key), not a row index:
  // when new orders arrive on top, the rows move down and the cursor moves with its shipment.
  const [cursorKey, setCursorKey] = useState("");
  const [anchorKey, setAnchorKey] = useState("");
  const [selectedKeys, setSelectedKeys] = useState<Set<string>>(new Set());
  // A select-all took the whole filtered result from Go; any later change of the selection by
  // hand makes it an ordinary selection again.
  const [allOf, setAllOf] = useState<AllSelected | null>(null);
  const selected = selectedKeys;
  const setSelected = (next: React.SetStateAction<Set<string>>) => {
    setAllOf(null);
    setSelectedKeys(next);
  };
  const [openKey, setOpenKey] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const generation = useRef(0);
  const pagesRef = useRef<RowPages<api.ShipmentRow> | null>(null);
  pagesRef.current = pages;
  const effective: BoardFilters = { ...filters, status: props.statusFilter };
  const filterKey = JSON.stringify(effective);
  const filterKeyRef = useRef(filterKey);
  filterKeyRef.current = filterKey;

  const load = useCallback(() => {
    const gen = ++generation.current;
    const started = performance.now();
    api.listShipments(toQuery(effective)).then(
      (p) => {
        if (gen !== generation.current) return; // a newer filter is on its way
        setPages(new RowPages(p.total, p.rows));
        setTiming({ server: p.tookMs, screen: performance.now() - started });
        setError("");
      },
      (e) => gen === generation.current && setError(api.errorText(e)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  useEffect(() => {
    const t = setTimeout(load, filters.text ? 120 : 0); // debounce typing in the search box
    return () => clearTimeout(t);
  }, [load, filters.text]);

  useEffect(() => {
    setCursorKey("");
    setAnchorKey("");
    scroller.current?.scrollTo({ top: 0 });
  }, [filterKey]);

  useEffect(() => {
    const offs = [api.events.shipmentsChanged, api.events.findingsAdded].map((n) => api.onEvent(n, load));
    return () => offs.forEach((off) => off());
  }, [load]);

  // Boxes with several lines fold out under their row (the lines come from the drawer's call).
  const [folded, setFolded] = useState<Map<string, api.LineView[] | "loading">>(new Map());
  const foldedRef = useRef(folded);
  foldedRef.current = folded;
  const toggleFold = (key: string) => {
    if (folded.has(key)) {
      setFolded((m) => {
        const n = new Map(m);
        n.delete(key);
        return n;
      });
      return;
    }
    setFolded((m) => new Map(m).set(key, "loading"));
    api.getShipment(key).then(
      (d) => setFolded((m) => (m.has(key) ? new Map(m).set(key, d.lines) : m)),
      (e) => {
        setFolded((m) => {
          const n = new Map(m);
          n.delete(key);
          return n;
        });
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
  useEffect(() => setFolded(new Map()), [filterKey]);
  const items = virtual.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;

  // Fetch the pages the visible rows need, as the user scrolls.
  useEffect(() => {
    const p = pagesRef.current;
    if (!p) return;
    const gen = generation.current;
    for (const offset of p.missing(firstIndex, lastIndex)) {
      p.request(offset);
      api.listShipments(toQuery(effective, offset)).then(
        (res) => {
          if (gen !== generation.current) return;
          setPages((cur) => (cur ? cur.with(offset, res.rows) : cur));
        },
        (e) => {
          p.failed(offset);
          setError(api.errorText(e));
        },
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pages, firstIndex, lastIndex]);

  const keyAt = useCallback((i: number) => pagesRef.current?.row(i)?.key, []);
  const indexOf = useCallback((key: string) => pagesRef.current?.indexOf(key) ?? -1, []);

  const clickRow = (index: number, key: string, e: React.MouseEvent) => {
    if (e.shiftKey) {
      setSelected((s) => selectRange(s, keyAt, indexOf(anchorKey), index));
      setCursorKey(key);
      return;
    }
    setCursorKey(key);
    setAnchorKey(key);
    setOpenKey(key);
  };
  const clickCheck = (index: number, key: string, e: React.MouseEvent) => {
    e.stopPropagation();
    if (e.shiftKey) setSelected((s) => selectRange(s, keyAt, indexOf(anchorKey), index));
    else setSelected((s) => toggleKey(s, key));
    setAnchorKey(key);
    setCursorKey(key);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target;
      const typing = isTyping(t);
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "p") {
        e.preventDefault();
        makeList("pick", "html");
        return;
      }
      if (e.key === "/" && !typing) {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === "Escape") {
        if (openKey) setOpenKey("");
        else if (typing) (t as HTMLElement).blur();
      } else if (!typing && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
        e.preventDefault();
        const next = moveCursor(indexOf(cursorKey), e.key === "ArrowDown" ? 1 : -1, count);
        if (next >= 0) virtual.scrollToIndex(next);
        const k = keyAt(next);
        if (!k) return; // that row's page is still on its way
        setCursorKey(k);
        if (!e.shiftKey) setAnchorKey(k);
        else setSelected((s) => selectRange(s, keyAt, indexOf(anchorKey), next));
        if (openKey) setOpenKey(k);
      } else if (!typing && e.key === " " && cursorKey) {
        e.preventDefault();
        setSelected((s) => toggleKey(s, cursorKey));
        setAnchorKey(cursorKey);
      } else if (!typing && e.key === "Enter" && cursorKey) {
        setOpenKey(cursorKey);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [cursorKey, anchorKey, count, openKey, virtual, keyAt, indexOf, selected]);

  const [busy, setBusy] = useState(false);
  const [ack, setAck] = useState<api.AckResult | null>(null);
  const [listDoc, setListDoc] = useState<{ title: string; count: number; held: number; path: string } | null>(null);
  const makeList = (kind: "pick" | "pack", format: "html" | "xlsx") => {
    if (selected.size === 0) {
      setNotice("출력할 주문을 먼저 선택하세요.");
      return;
    }
    setBusy(true);
    const keys = [...selected];
    const done = (d: { title: string; count: number; held: number; path: string }) => {
      setBusy(false);
      setListDoc(d);
    };
    const failed = (e: unknown) => {
      setBusy(false);
      setError(api.errorText(e));
    };
    if (format === "html")
      api.printList(kind, keys).then((d) => {
        printHTML(d.html);
        done({ title: d.title, count: d.count, held: d.held, path: "" });
      }, failed);
    else api.exportList(kind, keys).then((r) => done({ title: r.fileName, count: r.count, held: r.held, path: r.path }), failed);
  };
  const runAction = (id: string) => {
    if (id === "ack") acknowledge();
    else if (id === "dispatch") dispatch();
    else if (id === "picking") makeList("pick", "html");
    else if (id === "packing") makeList("pack", "html");
    else if (id === "excel") makeList("pack", "xlsx");
  };
  const [sent, setSent] = useState<api.DispatchResult | null>(null);
  // runWrite sends a bulk write (발주확인 / 발송처리) for the selection, shows its per-shipment
  // result, and drops the shipments it completed from the selection.
  const runWrite = <R extends { items: api.WriteItem[] }>(send: (keys: string[]) => Promise<R>, show: (r: R | null) => void) => {
    setBusy(true);
    show(null);
    send([...selected]).then(
      (r) => {
        show(r);
        setBusy(false);
        const done = new Set(r.items.filter((it) => it.result === "ok").map((it) => it.key));
        setSelected((s) => new Set([...s].filter((k) => !done.has(k))));
        load();
      },
      (e) => {
        setBusy(false);
        setError(api.errorText(e));
      },
    );
  };
  const dispatch = () => runWrite(api.dispatch, setSent);
  const acknowledge = () => runWrite(api.acknowledge, setAck);

  // Select-all selects the whole filtered result: the board holds only the rows on screen, so Go
  // gives the keys of every match.
  const selectAll = () => {
    const key = filterKey;
    api.shipmentKeys(toQuery(effective)).then(
      (keys) => {
        if (key !== filterKeyRef.current) return; // the filter changed meanwhile
        setSelectedKeys(new Set(keys));
        setAllOf({ filterKey: key, count: keys.length });
      },
      (e) => setError(api.errorText(e)),
    );
  };
  const allSelected = isAllSelected(allOf, filterKey, pages?.total ?? 0, selected.size);

  const set = (patch: Partial<BoardFilters>) => setFilters({ ...filters, ...patch });
  const actions = bulkActions(selected.size, features);

  return (
    <section className="board">
      <div className="filters">
        <div className="seg" role="group" aria-label="마켓">
          {(["", "naver", "coupang"] as const).map((m) => (
            <button key={m} className={filters.market === m ? "on" : ""} onClick={() => set({ market: m })}>
              {m === "" ? "전체" : m === "naver" ? "네이버" : "쿠팡"}
            </button>
          ))}
        </div>
        <select aria-label="상태" value={props.statusFilter} onChange={(e) => props.onStatusFilter(e.target.value)}>
          {statusOptions.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
        <select aria-label="검수" value={filters.finding} onChange={(e) => set({ finding: e.target.value })}>
          {findingOptions.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
        <label className="inline-check">
          <input type="checkbox" checked={filters.blockedOnly} onChange={(e) => set({ blockedOnly: e.target.checked })} /> 보류만
        </label>
        <input type="date" aria-label="시작일" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
        <span>~</span>
        <input type="date" aria-label="종료일" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
        <input
          ref={search}
          className="search"
          type="search"
          placeholder="검색: 이름·전화·주문번호·상품 (/)"
          aria-label="검색"
          value={filters.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {ack && (
        <div className={"banner " + (ack.items.length > ack.counts.ok ? "error" : "ok")} role="status" data-testid="ack-result">
          <div>
            <b>{ack.summary}</b>{" "}
            <button className="link" onClick={() => setAck(null)}>
              닫기
            </button>
          </div>
          {notDone(ack.items)
            .slice(0, 20)
            .map((it) => (
              <div key={it.key} className="ack-item">
                {it.marketLabel} {it.id}: {it.message}
              </div>
            ))}
          {notDone(ack.items).length > 20 && <div>… 외 {notDone(ack.items).length - 20}건</div>}
        </div>
      )}
      {sent && <DispatchResultView r={sent} onClose={() => setSent(null)} />}
      {listDoc && (
        <div className={"banner " + (listDoc.held > 0 ? "error" : "ok")} role="status" data-testid="list-result">
          <b>
            {listDoc.title}: {listDoc.count.toLocaleString("ko-KR")}건
            {listDoc.held > 0 && ` · ${listDoc.held.toLocaleString("ko-KR")}건은 보류·발송 대상 아님으로 목록에서 뺐습니다 (알림 화면에서 확인)`}
          </b>
          {listDoc.path && <div>저장한 곳: {listDoc.path}</div>}{" "}
          <button className="link" onClick={() => setListDoc(null)}>
            닫기
          </button>
        </div>
      )}
      {notice && (
        <div className="banner info" role="status" onClick={() => setNotice("")}>
          {notice}
        </div>
      )}
      <div className="table" role="table" aria-label="주문 목록">
        <div className="row head" role="row">
          <span>
            <input
              type="checkbox"
              aria-label="조건에 맞는 주문 모두 선택"
              title="지금 조건에 맞는 주문을 (화면에 보이지 않는 것까지) 모두 선택합니다"
              checked={allSelected}
              onChange={(e) => (e.target.checked ? selectAll() : setSelected(new Set()))}
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
        <div className="body" ref={scroller} data-testid="board-body">
          {pages && count === 0 && (
            <div className="empty">
              {pages.total === 0 && filterKey === JSON.stringify({ ...emptyFilters, status: "" })
                ? "아직 수집된 주문이 없습니다. 설정에서 마켓 API 키를 등록하면 주문이 자동으로 들어옵니다."
                : "조건에 맞는 주문이 없습니다."}
            </div>
          )}
          <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
            {items.map((v) => {
              const r = pages?.row(v.index);
              const style = { position: "absolute" as const, top: 0, transform: `translateY(${v.start}px)`, width: "100%" };
              if (!r)
                return (
                  <div key={"loading-" + v.index} role="row" className="row loading" style={style}>
                    <span />
                    <span className="muted">불러오는 중…</span>
                  </div>
                );
              const ck = checkMark(r);
              const isSel = selected.has(r.key);
              const fold = folded.get(r.key);
              return (
                <div key={r.key} style={style}>
                <div
                  role="row"
                  data-key={r.key}
                  aria-selected={isSel}
                  className={"row" + (r.key === cursorKey ? " cursor" : "") + (isSel ? " selected" : "") + (r.key === openKey ? " open" : "")}
                  onClick={(e) => clickRow(v.index, r.key, e)}
                >
                  <span>
                    <input type="checkbox" aria-label={`${r.orderId} 선택`} checked={isSel} onClick={(e) => clickCheck(v.index, r.key, e)} onChange={() => {}} />
                  </span>
                  <span className={"mk " + r.market} title={r.marketLabel}>
                    {r.market === "naver" ? "N" : "C"}
                  </span>
                  <span title={r.marketStatus}>{r.statusLabel}</span>
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
                          toggleFold(r.key);
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
                      <span className="sub-name">{l.registered.map((p) => p.text).join("")}</span>
                      <span className="num tabular">{l.units}</span>
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
        {selected.size > 0 && (
          <div className="bulk" role="toolbar" aria-label="선택한 주문">
            <b data-testid="selection-label">{selectionLabel(selected.size, allSelected)}:</b>
            {actions.map((a) => (
              <button key={a.id} disabled={!a.enabled || busy} title={a.reason} onClick={() => runAction(a.id)}>
                {busy && (a.id === "ack" || a.id === "dispatch") ? a.label + " 중…" : a.label}
              </button>
            ))}
            {props.onOpenPrint && (
              <button onClick={() => props.onOpenPrint?.([...selected])} title="배송리스트·미리보기·CSV는 출력 화면에서">
                출력 화면…
              </button>
            )}
            <button className="link" onClick={() => setSelected(new Set())}>
              선택 해제
            </button>
          </div>
        )}
        <div className="foot" data-testid="board-foot" data-server-ms={timing?.server.toFixed(2)} data-screen-ms={timing?.screen.toFixed(1)}>
          {pages
            ? `${pages.total.toLocaleString("ko-KR")}건 · 검색 ${timing?.server.toFixed(1)}ms · ↑↓ 이동 · Space 선택 · Enter 상세 · / 검색`
            : "불러오는 중…"}
        </div>
      </div>
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} onChanged={load} />}
    </section>
  );
}

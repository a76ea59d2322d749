import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState } from "react";
import * as api from "../api";
import { checkMark, emptyFilters, moveCursor, toQuery, type BoardFilters } from "../board";
import { Drawer } from "./Drawer";

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

export function Board(props: { statusFilter: string; onStatusFilter: (s: string) => void }) {
  const [filters, setFilters] = useState<BoardFilters>(emptyFilters);
  const [page, setPage] = useState<api.ShipmentPage | null>(null);
  const [error, setError] = useState("");
  const [cursor, setCursor] = useState(-1);
  const [openKey, setOpenKey] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const effective: BoardFilters = { ...filters, status: props.statusFilter };

  const load = useCallback(() => {
    api.listShipments(toQuery(effective)).then(
      (p) => {
        setPage(p);
        setError("");
      },
      (e) => setError(api.errorText(e)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(effective)]);

  useEffect(() => {
    const t = setTimeout(load, 120); // debounce typing in the search box
    return () => clearTimeout(t);
  }, [load]);

  useEffect(() => {
    const offs = [api.events.shipmentsChanged, api.events.findingsAdded].map((n) => api.onEvent(n, load));
    return () => offs.forEach((off) => off());
  }, [load]);

  const rows = page?.rows ?? [];
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 30,
    overscan: 20,
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
      if (e.key === "/" && !typing) {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === "Escape") {
        if (openKey) setOpenKey("");
        else if (typing) (e.target as HTMLElement).blur();
      } else if (!typing && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
        e.preventDefault();
        const next = moveCursor(cursor, e.key === "ArrowDown" ? 1 : -1, rows.length);
        setCursor(next);
        if (next >= 0) virtual.scrollToIndex(next);
      } else if (!typing && e.key === "Enter" && cursor >= 0 && rows[cursor]) {
        setOpenKey(rows[cursor].key);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [cursor, rows, openKey, virtual]);

  const set = (patch: Partial<BoardFilters>) => setFilters({ ...filters, ...patch });

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
      <div className="table" role="table" aria-label="주문 목록">
        <div className="row head" role="row">
          <span>마켓</span>
          <span>상태</span>
          <span>결제일시</span>
          <span>수취인</span>
          <span>상품 / 옵션</span>
          <span className="num">수량</span>
          <span>검수</span>
        </div>
        <div className="body" ref={scroller}>
          {page && rows.length === 0 && (
            <div className="empty">
              {page.total === 0 && !filters.text && !props.statusFilter
                ? "아직 수집된 주문이 없습니다. 설정에서 마켓 API 키를 등록하면 주문이 자동으로 들어옵니다."
                : "조건에 맞는 주문이 없습니다."}
            </div>
          )}
          <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
            {virtual.getVirtualItems().map((v) => {
              const r = rows[v.index];
              if (!r) return null;
              const ck = checkMark(r);
              return (
                <div
                  key={r.key}
                  role="row"
                  className={"row" + (v.index === cursor ? " cursor" : "")}
                  style={{ position: "absolute", top: 0, transform: `translateY(${v.start}px)`, width: "100%" }}
                  onClick={() => {
                    setCursor(v.index);
                    setOpenKey(r.key);
                  }}
                >
                  <span className={"mk " + r.market}>{r.market === "naver" ? "N" : "C"}</span>
                  <span title={r.marketStatus}>{r.statusLabel}</span>
                  <span className="tabular">{r.paidAt}</span>
                  <span>{r.receiverName}</span>
                  <span className="product" title={r.product}>
                    {r.product}
                  </span>
                  <span className="num tabular">{r.units}</span>
                  <span className={"check " + ck.tone} title={r.findings.map((f) => f.label).join(", ")}>
                    {ck.mark} {r.findings.map((f) => f.label).join(" · ")}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        <div className="foot">
          {page ? `${page.total.toLocaleString("ko-KR")}건 중 ${rows.length.toLocaleString("ko-KR")}건 표시 · ${page.tookMs.toFixed(1)}ms` : "불러오는 중…"}
        </div>
      </div>
      {openKey && <Drawer shipmentKey={openKey} onClose={() => setOpenKey("")} />}
    </section>
  );
}

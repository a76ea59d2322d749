import type { BoardFilters as Filters } from "../../board";
import { OptionSelect } from "../../components/Options";
import { state, useLabels } from "../../state";

/** The board's filter bar: marketplace, status, finding, 보류만, paid dates and the search box (/). */
export function BoardFilters(props: { filters: Filters; searchRef: React.RefObject<HTMLInputElement | null> }) {
  const f = props.filters;
  const labels = useLabels();
  const set = (patch: Partial<Filters>) => state.setBoard(patch);
  return (
    <div className="filters">
      <div className="seg" role="group" aria-label="마켓">
        <button className={f.market === "" ? "on" : ""} onClick={() => set({ market: "" })}>
          전체
        </button>
        {labels?.markets.map((m) => (
          <button key={m.value} className={f.market === m.value ? "on" : ""} onClick={() => set({ market: m.value as Filters["market"] })}>
            {m.label}
          </button>
        ))}
      </div>
      <OptionSelect label="상태" all="상태 전체" options={labels?.statuses ?? []} value={f.status} onChange={(status) => set({ status })} />
      <OptionSelect label="검수" all="검수 전체" options={labels?.findings ?? []} value={f.finding} onChange={(finding) => set({ finding })} />
      <label className="inline-check">
        <input type="checkbox" checked={f.blockedOnly} onChange={(e) => set({ blockedOnly: e.target.checked })} /> 보류만
      </label>
      <input type="date" aria-label="시작일" value={f.from} onChange={(e) => set({ from: e.target.value })} />
      <span>~</span>
      <input type="date" aria-label="종료일" value={f.to} onChange={(e) => set({ to: e.target.value })} />
      <input
        ref={props.searchRef}
        className="search"
        type="search"
        placeholder="검색: 이름·전화·주문번호·상품 (/)"
        aria-label="검색"
        value={f.text}
        onChange={(e) => set({ text: e.target.value })}
      />
    </div>
  );
}

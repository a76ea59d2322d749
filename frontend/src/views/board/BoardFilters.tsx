import type { BoardFilters as Filters } from "../../board";
import { OptionSelect } from "../../components/Options";
import { state, useLabels } from "../../state";

/** The board's filter bar: marketplace, status, finding, 보류만, paid dates and the search box (/). */
export function BoardFilters(props: { filters: Filters; searchRef: React.RefObject<HTMLInputElement | null>; extra?: React.ReactNode }) {
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
      <label className="inline-check" title="배송리스트(송장)를 아직 한 번도 출력하지 않은 주문">
        <input type="checkbox" checked={f.unprinted} onChange={(e) => set({ unprinted: e.target.checked })} /> 미출력만
      </label>
      <label className="inline-check" title="발주확인·발송처리가 실패했거나 결과를 확인하지 못한 주문">
        <input type="checkbox" checked={f.writeProblem} onChange={(e) => set({ writeProblem: e.target.checked })} /> 처리 실패만
      </label>
      <input type="date" aria-label="시작일" value={f.from} onChange={(e) => set({ from: e.target.value })} />
      <span>~</span>
      <input type="date" aria-label="종료일" value={f.to} onChange={(e) => set({ to: e.target.value })} />
      <input
        ref={props.searchRef}
        className="search"
        type="search"
        placeholder="검색: 이름·전화·주문번호·송장번호·상품 (/)"
        aria-label="검색"
        value={f.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      {props.extra}
    </div>
  );
}

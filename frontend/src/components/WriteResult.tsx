import { labelOf, type LabelOption, type WriteCounts, type WriteItem } from "../api";
import type { Tone } from "../outcome";
import { sortedResults } from "../ship";
import { useLabels } from "../state";
import { Banner } from "./Banner";

const shown = 200;

/**
 * The per-shipment result of a write (발주확인, 발송처리): Go's summary sentence, then each
 * shipment with its outcome in Go's words, what needs the seller's eye first.
 */
export function WriteResult(props: { r: { items: WriteItem[]; counts: WriteCounts; summary: string }; tone: Tone; testid: string; onClose?: () => void }) {
  const results: readonly LabelOption[] = useLabels()?.results ?? [];
  const items = sortedResults(props.r.items, results);
  return (
    <Banner tone={props.tone} testid={props.testid}>
      <div>
        <b>{props.r.summary}</b>{" "}
        {props.onClose && (
          <button className="link" onClick={props.onClose}>
            닫기
          </button>
        )}
      </div>
      <table className="results">
        <tbody>
          {items.slice(0, shown).map((it) => (
            <tr key={it.key} className={"result " + it.result} data-key={it.key}>
              <td>{labelOf(results, it.result)}</td>
              <td data-testid="box-name">{it.name}</td>
              <td className="tabular">
                {it.courier} {it.trackingNumber}
              </td>
              <td>{it.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > shown && <div>… 외 {(items.length - shown).toLocaleString("ko-KR")}건</div>}
    </Banner>
  );
}

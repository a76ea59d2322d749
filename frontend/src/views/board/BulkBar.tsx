import { bulkActions, selectionLabel } from "../../board";
import { DelayButton } from "../claims/DelayForm";

/** What the board can do: 발주확인, and the lists (print, Excel). */
const features = { acknowledge: true, lists: true };

/** The bar under the table while shipments are selected: the bulk actions on them. */
export function BulkBar(props: {
  count: number;
  all: boolean;
  busy: boolean;
  onAction: (id: string) => void;
  onOpenPrint?: () => void;
  onClear: () => void;
  /** The selected keys, for 발송지연 (absent: the button is not shown). */
  keys?: string[];
}) {
  if (props.count === 0) return null;
  return (
    <div className="bulk" role="toolbar" aria-label="선택한 주문">
      <b data-testid="selection-label">{selectionLabel(props.count, props.all)}:</b>
      {bulkActions(props.count, features).map((a) => (
        <button key={a.id} disabled={!a.enabled || props.busy} title={a.reason} onClick={() => props.onAction(a.id)}>
          {props.busy && (a.id === "ack" || a.id === "dispatch") ? a.label + " 중…" : a.label}
        </button>
      ))}
      {props.keys && <DelayButton keys={props.keys} />}
      {props.onOpenPrint && (
        <button onClick={props.onOpenPrint} title="배송리스트·미리보기·CSV는 출력 화면에서">
          출력 화면…
        </button>
      )}
      <button className="link" onClick={props.onClear}>
        선택 해제
      </button>
    </div>
  );
}

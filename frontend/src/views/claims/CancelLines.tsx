import type * as api from "../../api";

/**
 * The goods of the box a 판매 취소 cancels, one count each (Go gives the lines, what each has left and
 * the step; all of it by default: the whole box). When Go says only the whole box may go now
 * (wholeOnly, e.g. 결제완료 on Coupang), the counts stay at all and its words say why.
 */
export function CancelLines(props: {
  lines: api.CancelableLine[];
  wholeOnly: string;
  counts: Record<string, number>;
  onChange: (itemId: string, n: number) => void;
}) {
  return (
    <div className="cancel-lines" data-testid="seller-cancel-lines">
      {props.lines.map((l) => (
        <label key={l.itemId}>
          {l.name}{" "}
          <input
            type="number"
            aria-label={`${l.name} 취소 수량`}
            min={0}
            max={l.left}
            step={l.step || 1}
            disabled={!!props.wholeOnly}
            value={props.counts[l.itemId] ?? l.left}
            onChange={(e) => props.onChange(l.itemId, e.target.value === "" ? 0 : Number(e.target.value))}
          />{" "}
          / {l.left}개
        </label>
      ))}
      {props.wholeOnly && <span className="muted">{props.wholeOnly}</span>}
    </div>
  );
}

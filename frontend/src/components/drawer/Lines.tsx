import * as api from "../../api";
import { NameTeach } from "./NameTeach";

/** A name cut into parts by Go; the differing tokens are marked. */
function Parts(props: { parts: api.TextPart[]; testid: string }) {
  return (
    <span data-testid={props.testid}>
      {props.parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

/** The drawer's 상품 section: each line's names (registered above exposed), units and prices. */
export function Lines(props: { d: api.ShipmentDetail; onChanged: (d: api.ShipmentDetail) => void }) {
  return (
    <>
      {props.d.lines.map((l) => (
        <div key={l.index} className={"line" + (l.namesMatch ? "" : " mismatch")}>
          <div className="names">
            <div>
              <span className="tag">등록</span> <Parts parts={l.registered} testid={`registered-${l.index}`} />
            </div>
            {l.exposed.length > 0 && (
              <div>
                <span className="tag">노출</span> <Parts parts={l.exposed} testid={`exposed-${l.index}`} />
              </div>
            )}
            {l.differences.map((x, j) => (
              <div key={j} className={l.taught === "같은 상품" ? "muted" : "check " + (l.nameSeverity === "warn" ? "warn" : "block")}>
                {x}
              </div>
            ))}
            <NameTeach line={l} shipmentKey={props.d.key} onDone={props.onChanged} />
          </div>
          <div className="qty tabular">
            {l.quantity}개{l.canceled > 0 && ` − 취소 ${l.canceled}`}
            {l.held > 0 && ` − 보류 ${l.held}`}
            {l.bundle > 1 && ` × 묶음 ${l.bundle}`} = <b>{l.units}</b>
            {l.bundleNote && (
              <div className="bundle-note" data-testid={`bundle-${l.index}`}>
                {l.bundleNote}
              </div>
            )}
            <div className="muted">
              {l.unitPrice} · {l.totalPrice}
            </div>
            {l.sellerCode && <div className="muted">코드 {l.sellerCode}</div>}
          </div>
        </div>
      ))}
    </>
  );
}

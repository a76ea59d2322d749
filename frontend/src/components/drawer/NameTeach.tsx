import { useState } from "react";
import * as api from "../../api";
import { Banner } from "../Banner";

/**
 * Under a flagged line of the drawer: the seller says whether the registered name and the name the
 * buyer saw are the same goods. Go remembers the pair (settings lists it) and checks again.
 */
export function NameTeach(props: { line: api.LineView; shipmentKey: string; onDone: (d: api.ShipmentDetail) => void }) {
  const l = props.line;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  if (l.exposed.length === 0 || (l.namesMatch && !l.taught)) return null;
  const mark = (same: boolean) => {
    setBusy(true);
    setError("");
    api.markNames(props.shipmentKey, l.index, same).then(
      (d) => {
        setBusy(false);
        props.onDone(d);
      },
      (e) => {
        setBusy(false);
        setError(api.errorText(e));
      },
    );
  };
  return (
    <div className="teach" data-testid={`teach-${l.index}`}>
      {l.taught ? (
        <span className="muted" data-testid={`taught-${l.index}`}>
          {l.taught}으로 기억한 조합입니다 · 설정에서 지울 수 있습니다
        </span>
      ) : (
        <>
          <button type="button" disabled={busy} onClick={() => mark(true)}>
            같은 상품 (다음부터 알리지 않음)
          </button>{" "}
          <button type="button" disabled={busy} onClick={() => mark(false)}>
            다른 상품
          </button>
        </>
      )}
      {error && <Banner tone="error">{error}</Banner>}
    </div>
  );
}

import { useState } from "react";
import * as api from "../../api";
import { Banner } from "../Banner";

/** The seller's work on the box: its 발송기한, a write that did not go through, what was printed, and 합포장 금지. */
export function BoxWork(props: { d: api.ShipmentDetail; onChanged: (d: api.ShipmentDetail) => void }) {
  const { d } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const toggle = (on: boolean) => {
    setBusy(true);
    api.setNoCombine(d.key, on).then(
      (next) => {
        setBusy(false);
        setError("");
        props.onChanged(next);
      },
      (e) => {
        setBusy(false);
        setError(api.errorText(e));
      },
    );
  };
  return (
    <>
      {d.writeProblem && (
        <Banner tone="error" testid="drawer-write-problem">
          ⚠ {d.writeProblem}: {d.writeMessage}
        </Banner>
      )}
      <dl className="facts">
        <dt>발송기한</dt>
        <dd className="tabular">{d.shipBy || "마켓이 주지 않음"}</dd>
        {d.hope && (
          <>
            <dt>배송 희망일</dt>
            <dd className="tabular hope" data-testid="drawer-hope">
              {d.hope}
            </dd>
          </>
        )}
        <dt>출력</dt>
        <dd>{d.printed ? `${d.printed}${d.printBatch ? ` (배송리스트 ${d.printBatch.replace("#", " ")}차)` : ""}` : "아직 출력하지 않음"}</dd>
      </dl>
      <label className="inline-check" title="켜면 같은 수취인의 다른 주문과 합치지 않고 따로 포장합니다">
        <input type="checkbox" data-testid="no-combine" checked={d.shipment.noCombine ?? false} disabled={busy} onChange={(e) => toggle(e.target.checked)} /> 합포장 금지
      </label>
      {error && <Banner tone="error">{error}</Banner>}
    </>
  );
}
